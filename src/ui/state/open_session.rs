//! The open session as seen by the screens: read it, change it through named model methods,
//! undo and redo. Saving is the session store's business, not the screens'.

use leptos::prelude::*;

use crate::model::history::History;
use crate::model::Session;

/// A narrow handle on the open session, provided by context while a session is open.
#[derive(Clone, Copy)]
pub struct OpenSession {
    history: RwSignal<History<Session>>,
}

impl OpenSession {
    /// Wraps a session in a fresh undo history.
    pub fn new(session: Session) -> Self {
        OpenSession {
            history: RwSignal::new(History::new(session)),
        }
    }

    /// Reads the session (tracked: a closure calling this re-runs on every change).
    pub fn with<R>(&self, f: impl FnOnce(&Session) -> R) -> R {
        self.history.with(|h| f(h.current()))
    }

    /// Reads the session without tracking.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Session) -> R) -> R {
        self.history.with_untracked(|h| f(h.current()))
    }

    /// Applies one change as one undo step. `f` calls a model method and returns whether it
    /// changed anything (model methods return that), so no-op clicks leave no undo step.
    /// Returns whether a step was recorded.
    pub fn edit(&self, f: impl FnOnce(&mut Session) -> bool) -> bool {
        let mut recorded = false;
        self.history.update(|h| {
            let mut next = h.current().clone();
            if f(&mut next) {
                recorded = h.apply(next);
            }
        });
        recorded
    }

    /// Like [`Self::edit`], but a burst of changes with the same `key` (repeated + clicks,
    /// typing in one field) becomes a single undo step.
    pub fn edit_coalesced(&self, key: &str, f: impl FnOnce(&mut Session) -> bool) {
        self.history.update(|h| {
            let mut next = h.current().clone();
            if f(&mut next) {
                h.apply_coalesced(next, key);
            }
        });
    }

    /// Takes back the last change without an undo or redo step when `made(before, now)`
    /// says it should go (see [`History::withdraw_if`]). Returns whether it did.
    pub fn withdraw_if(&self, made: impl FnOnce(&Session, &Session) -> bool) -> bool {
        let mut done = false;
        self.history.update(|h| done = h.withdraw_if(made));
        done
    }

    /// Undoes the last change; false when there is nothing to undo.
    pub fn undo(&self) -> bool {
        let mut done = false;
        self.history.update(|h| done = h.undo());
        done
    }

    /// Redoes the last undone change; false when there is nothing to redo.
    pub fn redo(&self) -> bool {
        let mut done = false;
        self.history.update(|h| done = h.redo());
        done
    }

    /// Whether undo is possible (tracked).
    pub fn can_undo(&self) -> bool {
        self.history.with(|h| h.can_undo())
    }

    /// Whether redo is possible (tracked).
    pub fn can_redo(&self) -> bool {
        self.history.with(|h| h.can_redo())
    }

    /// Frees the history once the session is closed or another one is opened.
    pub fn dispose(self) {
        self.history.dispose();
    }

    /// Replaces the session without an undo step (a newer version from another tab).
    pub fn replace(&self, session: Session) {
        self.history.update(|h| h.reset(session));
    }
}

/// The open session from context, if one is open.
pub fn use_open_session() -> Option<OpenSession> {
    use_context::<OpenSession>()
}
