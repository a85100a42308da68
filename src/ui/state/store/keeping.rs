//! Keeping the sessions: asking the browser to keep them where it decides by itself, asking
//! Firefox on a tap, and remembering when each session was last saved to a file.

use leptos::prelude::*;

use super::SessionStore;
use crate::model::Session;
use crate::storage::keeping::{Engine, FileCopy, Keeping};
use crate::ui::browser::clock::now_ms;
use crate::ui::browser::persist;

impl SessionStore {
    /// Learns whether the browser keeps the sessions. Chromium and Safari decide a request
    /// to keep them by themselves, without a question, so it is made at once; Firefox asks
    /// the user, so there it waits for a tap ([`SessionStore::ask_to_keep`]).
    pub fn check_keeping(&self) {
        let store = *self;
        persist::facts(move |facts| {
            store.keeping.set(Keeping::of(facts));
            if facts.persisted == Some(false) && facts.engine != Engine::Firefox {
                persist::ask_to_keep(move |granted| {
                    if granted == Some(true) {
                        store.keeping.set(Keeping::Kept);
                    }
                });
            }
        });
    }

    /// Asks the browser to keep the sessions (Firefox asks the user); says what it decided.
    pub fn ask_to_keep(&self) {
        let store = *self;
        persist::ask_to_keep(move |granted| {
            if granted == Some(true) {
                store.keeping.set(Keeping::Kept);
            }
        });
    }

    /// Records that `sessions` were saved to a file just now.
    pub(crate) fn copied(&self, sessions: &[Session]) {
        let now = now_ms();
        self.copies.update(|c| {
            for s in sessions {
                c.insert(
                    s.id.clone(),
                    FileCopy {
                        ms: now,
                        updated_ms: s.updated_ms,
                    },
                );
            }
        });
        let copies = self.copies.get_untracked();
        self.backend().update_value(|b| {
            if let Some(store) = b {
                // A reminder only: failing to keep it loses no session.
                let _ = store.save_copies(&copies);
            }
        });
    }
}
