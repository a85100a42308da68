//! Shown on a session screen when no session is open: what to do, never a blank page.

use leptos::prelude::*;

use crate::i18n::tables::Shell;
use crate::ui::app::screen_intro::ScreenIntro;
use crate::ui::state::use_tr;
use crate::ui::state::Route;

/// The screen's title and intro, plus a way to the sessions.
#[component]
pub fn NoSessionNotice(route: Route) -> impl IntoView {
    let tr = use_tr();
    view! {
        <ScreenIntro route=route/>
        <div class="notice" data-testid="no-session">
            <h2>{tr.t(Shell::NoSessionTitle)}</h2>
            <p>{tr.t(Shell::NoSessionBody)}</p>
            <a class="button" href=Route::Home.href()>{tr.t(Shell::GoToSessions)}</a>
        </div>
    }
}
