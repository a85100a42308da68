//! Adding an action from anywhere (a bottleneck, a ladder rung, the actions screen).

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;

use crate::model::action::{self, Action, ActionOrigin};
use crate::storage::draft;
use crate::storage::local::WebStorage;
use crate::ui::browser::clock::now_ms;
use crate::ui::state::OpenSession;

/// A fresh action id: the clock plus a counter, so two clicks in one millisecond differ.
pub fn new_action_id() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("a{}-{n}", now_ms())
}

/// Adds an open action to the session's plan as one undo step; returns its id.
pub fn add_action(open: OpenSession, what: String, origin: ActionOrigin) -> String {
    let id = new_action_id();
    let new = Action::new(id.clone(), what, origin);
    open.edit(|s| action::add(&mut s.actions, new));
    id
}

/// The text of a new action typed but not yet added, kept under its own storage key on
/// every keystroke (see `storage::draft`), so leaving, reloading or closing the page within
/// a moment of typing loses nothing; `field` names the place it is typed in. Emptying the
/// signal (after adding) removes the key.
pub fn kept_new_action(open: OpenSession, field: &'static str) -> RwSignal<String> {
    let id = open.with_untracked(|s| s.id.clone());
    let mut kv = WebStorage::open().ok();
    let start = kv
        .as_ref()
        .and_then(|kv| draft::load_field(kv, &id, field))
        .unwrap_or_default();
    let text = RwSignal::new(start);
    // Written synchronously in the effect of each change: the next task (a reload, a
    // closed tab) comes after it. Storage that refuses keeps the text on screen only, as
    // before; the save notice already says when storage fails.
    Effect::new(move |_| {
        let now = text.get();
        if let Some(kv) = kv.as_mut() {
            let _ = draft::save_field(kv, &id, field, &now);
        }
    });
    text
}
