//! Saving the open session and keeping tabs in step.
//!
//! One effect watches the open session and saves it after [`SAVE_DELAY`]; `pagehide`
//! flushes a pending save; `storage` events from other tabs bring their changes in, and
//! when both tabs changed the same session the user chooses (never a silent overwrite).

use leptos::prelude::*;

use crate::model::Session;
use crate::storage::keys::{classify, KeyKind};
use crate::ui::browser::clock::now_ms;
use crate::ui::state::store::{Problem, SaveStatus, SessionStore, SAVE_DELAY};

/// Same content, ignoring the bookkeeping fields a save changes.
fn same_content(a: &Session, b: &Session) -> bool {
    let bare = |s: &Session| Session {
        revision: 0,
        updated_ms: 0,
        ..s.clone()
    };
    bare(a) == bare(b)
}

impl SessionStore {
    /// Starts autosave and cross-tab sync; call once from the root component.
    pub fn install_autosave(self) {
        // Every change of the open session (re)starts the timer; whether anything really
        // differs from the saved version is decided once, when the timer fires, so the
        // hot path of a click never clones or compares whole sessions.
        Effect::new(move |prev: Option<Option<String>>| {
            let open = self.open.get()?;
            let id = open.with(|current| current.id.clone());
            self.cancel_pending();
            // The first run for a newly opened session is not a change.
            if prev.flatten().as_deref() != Some(id.as_str()) {
                return Some(id);
            }
            if self.persistent() {
                self.status.set(SaveStatus::Pending);
            }
            let handle = set_timeout_with_handle(
                move || {
                    self.pending().set_value(None);
                    self.save_open_now();
                },
                SAVE_DELAY,
            )
            .ok();
            self.pending().set_value(handle);
            Some(id)
        });

        let pagehide = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        let storage = window_event_listener(leptos::ev::storage, move |ev| {
            match ev.key().map(|k| classify(&k)) {
                Some(KeyKind::Session(id)) => self.external_change(&id),
                Some(KeyKind::Trash) | None => self.reload_list(),
                _ => {}
            }
        });
        on_cleanup(move || {
            pagehide.remove();
            storage.remove();
        });
    }

    /// Saves a pending change of the open session right away.
    pub fn flush(&self) {
        if self.cancel_pending() {
            self.save_open_now();
        }
    }

    fn cancel_pending(&self) -> bool {
        match self.pending().try_update_value(Option::take).flatten() {
            Some(handle) => {
                handle.clear();
                true
            }
            None => false,
        }
    }

    fn has_unsaved(&self, current: &Session) -> bool {
        self.sessions.with_untracked(|s| {
            s.get(&current.id)
                .is_some_and(|base| !same_content(base, current))
        })
    }

    /// Saves the open session if it differs from its last saved version.
    fn save_open_now(&self) {
        let Some(open) = self.open.get_untracked() else {
            return;
        };
        let current = open.with_untracked(Clone::clone);
        let Some(base) = self
            .sessions
            .with_untracked(|s| s.get(&current.id).cloned())
        else {
            return;
        };
        if same_content(&base, &current) {
            if self.persistent() {
                self.status.set(SaveStatus::Saved);
            }
            return;
        }
        // The saved version's bookkeeping, moved on by one change.
        let mut next = Session {
            revision: base.revision,
            updated_ms: base.updated_ms,
            ..current
        };
        next.touch(now_ms());
        if !self.persistent() || self.write(&next) {
            self.replace_in_list(next);
        }
    }

    fn replace_in_list(&self, session: Session) {
        self.sessions.update(|s| match s.get_mut(&session.id) {
            Some(slot) => *slot = session,
            None => s.items.push(session),
        });
    }

    /// Another tab wrote session `id`: take it in, or ask when this tab changed it too.
    fn external_change(&self, id: &str) {
        let open = self
            .open
            .get_untracked()
            .filter(|o| o.with_untracked(|s| s.id == id));
        if let Some(open) = open {
            if open.with_untracked(|s| self.has_unsaved(s)) {
                self.report(Problem::Conflict { id: id.to_string() });
                return;
            }
        }
        let theirs = self.load_fresh(id);
        match theirs {
            Some(theirs) => {
                if let Some(open) = open {
                    open.replace(theirs.clone());
                }
                self.replace_in_list(theirs);
            }
            None => self.reload_list(),
        }
    }

    /// Resolves a conflict by taking the version saved in the other tab.
    pub fn take_theirs(&self, id: &str) {
        self.cancel_pending();
        if let Some(theirs) = self.load_fresh(id) {
            if let Some(open) = self.open.get_untracked() {
                if open.with_untracked(|s| s.id == id) {
                    open.replace(theirs.clone());
                }
            }
            self.replace_in_list(theirs);
        }
        self.dismiss(&Problem::Conflict { id: id.to_string() });
    }

    /// Resolves a conflict by saving this tab's version over the other tab's.
    pub fn keep_mine(&self, id: &str) {
        self.cancel_pending();
        if let Some(theirs) = self.load_fresh(id) {
            // Their revision becomes the base, so this save lands just above it.
            self.replace_in_list(theirs);
        }
        self.dismiss(&Problem::Conflict { id: id.to_string() });
        self.save_open_now();
    }

    fn load_fresh(&self, id: &str) -> Option<Session> {
        let mut found = None;
        self.backend().update_value(|b| {
            if let Some(store) = b {
                found = store.load_session(id).ok().flatten();
            }
        });
        found
    }

    /// Re-reads the list after another tab changed the trash (deleted or restored).
    fn reload_list(&self) {
        self.flush();
        let mut loaded = None;
        self.backend().update_value(|b| {
            if let Some(store) = b {
                loaded = store.load_all(now_ms()).ok();
            }
        });
        if let Some(loaded) = loaded {
            self.sessions.set(loaded.restored.sessions);
        }
    }
}
