//! A screen's heading and introduction: also shown when a session screen has no session
//! open, and for an unknown address, so no screen is ever blank.

use leptos::prelude::*;

use crate::i18n::tables::{Screens, Shell};
use crate::ui::state::use_tr;
use crate::ui::state::Route;

/// Title and introduction of a screen.
#[component]
pub fn ScreenIntro(route: Route) -> impl IntoView {
    let tr = use_tr();
    let (title, intro) = match route {
        Route::Home | Route::Import(_) | Route::Answer(_) => {
            (Screens::HomeTitle, Screens::HomeIntro)
        }
        Route::Pyramid => (Screens::PyramidTitle, Screens::PyramidIntro),
        Route::Framework => (Screens::FrameworkTitle, Screens::FrameworkIntro),
        Route::Ladder => (Screens::LadderTitle, Screens::LadderIntro),
        Route::Actions => (Screens::ActionsTitle, Screens::ActionsIntro),
        Route::Report => (Screens::ReportTitle, Screens::ReportIntro),
        Route::Meeting => (Screens::MeetingTitle, Screens::MeetingIntro),
        Route::Progress => (Screens::ProgressTitle, Screens::ProgressIntro),
        Route::Privacy | Route::NotFound => {
            return view! {
                <section class="screen" data-testid="screen-not-found">
                    <p>{tr.t(Shell::NotFound)}</p>
                </section>
            }
            .into_any()
        }
    };
    let testid = format!("screen-{}", route.slug());
    view! {
        <section class="screen" data-testid=testid>
            <h1>{tr.t(title)}</h1>
            <p class="screen__intro">{tr.t(intro)}</p>
        </section>
    }
    .into_any()
}
