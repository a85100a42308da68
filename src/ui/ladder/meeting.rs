//! The ladder in meeting mode: first everyone on their own phone (the answer page's QR code
//! and the phones' answers as a histogram), then whose place (the team, or a role at the
//! table) and the four rungs side by side with "we are here" and "we want to be here",
//! each with what the phones said; the source's text of a rung is one tap away.

use leptos::prelude::*;

use crate::i18n::tables::{FrameworkText as F, LadderText as L, MeetingText as M, RoleText};
use crate::model::answers::Asks;
use crate::model::ladder::Rung;
use crate::model::Role;
use crate::ui::ladder::rungs::RungCard;
use crate::ui::state::meeting::step_page;
use crate::ui::state::{use_tr, use_view, OpenSession};
use crate::ui::widgets::answers::histogram::LadderAnswers;
use crate::ui::widgets::answers::PhoneRound;

/// The ladder step of a meeting.
#[component]
pub fn LadderMeeting() -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let who = use_view().ladder_who;
    let page = step_page(|| 2);
    let roles = move || {
        crate::model::order::sorted_unique(
            open.with(|s| s.participants.iter().map(|p| p.role).collect::<Vec<Role>>()),
        )
    };
    let choice = move |role: Option<Role>, label: String, testid: String| {
        view! {
            <button type="button" class="button button--ghost role-picker__button" data-testid=testid
                aria-pressed=move || (who.get() == role).to_string()
                on:click=move |_| who.set(role)>
                {label}
            </button>
        }
    };
    let cards = Rung::ALL
        .into_iter()
        .filter_map(|r| r.info())
        .map(|info| view! { <RungCard info who/> })
        .collect_view();
    let phones = move || {
        (page.get() == 0).then(|| {
            view! {
                <div class="ladder-meeting__phones" data-testid="meeting-phones-page">
                    <PhoneRound asks=Asks::LADDER board=true/>
                    <LadderAnswers/>
                </div>
            }
        })
    };
    view! {
        {phones}
        <section class="ladder-meeting" data-testid="meeting-ladder" hidden=move || page.get() == 0>
            <h2 class="sr-only">{tr.t(L::RungsTitle)}</h2>
            <div class="marking-role" role="group" aria-labelledby="ladder-who-label">
                <span class="marking-role__label" id="ladder-who-label">{tr.t(M::LadderWho)}</span>
                {choice(None, tr.t(F::WholeTeam).to_string(), "role-pick-team".into())}
                {move || roles().into_iter().map(|r| choice(
                    Some(r),
                    tr.t(RoleText::from(r)).to_string(),
                    format!("role-pick-{}", r.slug()),
                )).collect_view()}
            </div>
            <ol class="rungs__list ladder-meeting__rungs">{cards}</ol>
        </section>
    }
}
