//! The collaboration ladder screen: where the team stands now and where it wants to be.

pub(crate) mod meeting;
pub(crate) mod note;
pub(crate) mod rungs;
pub(crate) mod spread;
pub(crate) mod stairs;

use leptos::prelude::*;

use crate::i18n::tables::{FrameworkText as F, LadderText as L, Screens};
use crate::i18n::Lang;
use crate::model::answers::Asks;
use crate::model::ladder::ladder;
use crate::ui::ladder::note::LadderNote;
use crate::ui::ladder::rungs::LadderRungs;
use crate::ui::ladder::spread::LadderSpreadView;
use crate::ui::ladder::stairs::LadderStairs;
use crate::ui::state::{use_tr, use_view};
use crate::ui::widgets::answers::histogram::LadderAnswers;
use crate::ui::widgets::answers::PhoneRound;
use crate::ui::widgets::role_picker::RolePicker;

/// The four rungs from the source, the placement for the team or one role, the staircase
/// picture, and how the roles' placements differ.
#[component]
pub fn LadderScreen() -> impl IntoView {
    let tr = use_tr();
    let data = ladder();
    let who = use_view().ladder_who;
    let intro = move || match tr.lang() {
        Lang::Nl => {
            view! { <p class="ladder__intro" lang="nl">{data.intro.as_str()}</p> }.into_any()
        }
        Lang::En => view! {
            <p class="ladder__intro">
                {data.intro_en.as_str()} " "
                <span class="isf-tips__original" lang="nl">"(" {data.intro.as_str()} ")"</span>
            </p>
        }
        .into_any(),
    };
    view! {
        <section class="screen ladder" data-testid="screen-ladder">
            <h1>{tr.t(Screens::LadderTitle)}</h1>
            <p class="screen__intro">{tr.t(Screens::LadderIntro)}</p>
            {intro}
            <RolePicker selected=who team=true label=F::WhosePlacement/>
            <LadderStairs who/>
            <LadderRungs who/>
            <LadderNote/>
            <LadderSpreadView/>
            <PhoneRound asks=Asks::LADDER/>
            <LadderAnswers/>
            <footer class="citation" data-testid="ladder-citation">
                <h2 class="citation__heading">{tr.t(L::Citation)}</h2>
                <p lang="nl">{data.citation.as_str()}</p>
            </footer>
        </section>
    }
}
