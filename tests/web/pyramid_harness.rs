//! What the pyramid's browser tests share: a small session and mounting the pyramid
//! screen; the DOM helpers come from `tests/support`.

// Each test file uses its own subset of these helpers.
#![allow(dead_code)]

use leptos::prelude::*;
use samen_doen::model::pyramid::{Scenario, Tier};
use samen_doen::model::{Minutes, Session};
use samen_doen::ui::pyramid::PyramidScreen;
use samen_doen::ui::state::{AppState, OpenSession, Route};

pub use crate::support::*;

/// A session with 10 hours available: universal 2 h (id 1), targeted 3 h (id 2),
/// individual 3 h (id 3).
pub fn session() -> Session {
    let mut s = Session::new("t", 0);
    let p = &mut s.pyramid;
    p.add_worker("Jeugdhulpverlener", "Org", Minutes::hours(10))
        .unwrap();
    for (tier, h) in [
        (Tier::Universal, 2),
        (Tier::Targeted, 3),
        (Tier::Individual, 3),
    ] {
        let id = p
            .add_activity(Scenario::Current, tier, format!("A{h}"))
            .unwrap();
        p.set_minutes(Scenario::Current, id, Minutes::hours(h));
    }
    s
}

/// Mounts the pyramid screen in Dutch with `session` open; returns the wrapper element.
pub fn mount(session: Session) -> (web_sys::Element, OpenSession) {
    let (root, open, _) = mount_with_app(session);
    (root, open)
}

/// Mounts the pyramid screen and also hands out the app state (language, smartboard).
pub fn mount_with_app(session: Session) -> (web_sys::Element, OpenSession, AppState) {
    let app = app_state(Route::Pyramid);
    let (root, open) = mount_screen(app, session, || view! { <PyramidScreen/> });
    (root, open, app)
}

/// The level slug the card of activity `id` says it is on.
pub fn card_level(root: &web_sys::Element, id: u32) -> String {
    el(root, &format!("activity-card-{id}"))
        .get_attribute("data-tier")
        .unwrap_or_default()
}
