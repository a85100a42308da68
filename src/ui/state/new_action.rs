//! Adding an action from anywhere (a bottleneck, a ladder rung, the actions screen).

use std::sync::atomic::{AtomicU32, Ordering};

use crate::model::action::{self, Action, ActionOrigin};
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
