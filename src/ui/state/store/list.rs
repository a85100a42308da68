//! Changes to the list of sessions (create, copy, add, delete, restore, purge, retry) and
//! the writes behind them, each judged for the session it wrote.

use leptos::prelude::*;

use super::{new_id, SessionStore};
use crate::model::Session;
use crate::storage::SaveError;
use crate::ui::browser::clock::now_ms;
use crate::ui::state::problems::Problem;

/// What adding sessions (import, share link, example) did, session by session.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Added {
    /// Ids as added, in order (copies get a fresh id).
    pub ids: Vec<String>,
    /// Those that are stored.
    pub stored: Vec<String>,
    /// Those that are only in memory, with why.
    pub not_stored: Vec<(String, SaveError)>,
}

impl Added {
    /// Adds what a later step added.
    pub fn extend(&mut self, more: Added) {
        self.ids.extend(more.ids);
        self.stored.extend(more.stored);
        self.not_stored.extend(more.not_stored);
    }
}

impl SessionStore {
    /// Creates an empty session, saves and opens it; returns its id. A session that could
    /// not be stored stays in memory and is listed as not saved.
    pub fn create(&self) -> String {
        self.ensure_loaded();
        let id = new_id();
        let now = now_ms();
        self.sessions.update(|s| {
            s.create(id.clone(), now);
        });
        self.persist_new(&id);
        self.open_session(&id);
        id
    }

    /// Copies a session for the next meeting on `date` (everything, including the action
    /// plan).
    pub fn duplicate(&self, id: &str, date: &str) -> Option<String> {
        self.ensure_loaded();
        self.flush();
        let new = new_id();
        let mut ok = false;
        self.sessions
            .update(|s| ok = s.duplicate(id, new.clone(), date, now_ms()).is_ok());
        ok.then(|| {
            self.persist_new(&new);
            new
        })
    }

    /// Adds sessions (import, example): never overwrites, copies get fresh ids. Says, per
    /// session, whether it is stored.
    pub fn add_sessions(&self, sessions: Vec<Session>) -> Added {
        let mut added = Added::default();
        for session in sessions {
            added.extend(self.add_one_quietly(session));
        }
        self.persist_list();
        self.sessions.notify();
        added
    }

    /// Adds one session like [`SessionStore::add_sessions`] and stores it, without writing
    /// the index or telling the views: a big import adds its sessions one by one, writes
    /// the index once per task (`persist_list`) and tells the views once, at its end
    /// (`sessions.notify()`), so the list is not built again after every session.
    pub(crate) fn add_one_quietly(&self, session: Session) -> Added {
        self.ensure_loaded();
        let mut ids = Vec::new();
        self.sessions
            .update_untracked(|s| ids = s.add_imported(vec![session], new_id));
        let mut added = Added {
            ids: ids.clone(),
            ..Added::default()
        };
        for id in ids {
            match self.write_new(&id) {
                Ok(()) => added.stored.push(id),
                Err(e) => added.not_stored.push((id, e)),
            }
        }
        added
    }

    /// Moves a session to the trash (restorable); closes it if it was open.
    pub fn delete(&self, id: &str) {
        self.ensure_loaded();
        if self.open_id_untracked().as_deref() == Some(id) {
            self.close();
        }
        self.sessions.update(|s| {
            let _ = s.delete(id, now_ms());
        });
        self.persist_list();
    }

    /// Brings a session back from the trash. The restore counts as a change of the session
    /// (its revision moves on), so another tab that deleted it at the same time can tell a
    /// restore from a list written before it saw the deletion (`storage::list_sync`).
    pub fn restore(&self, id: &str) {
        self.ensure_loaded();
        let mut restored = None;
        self.sessions.update(|s| {
            if let Ok(session) = s.restore(id) {
                session.touch(now_ms());
                restored = Some(session.clone());
            }
        });
        if let Some(session) = restored {
            let _ = self.write(&session);
        }
        self.persist_list();
    }

    /// Removes a trashed session for good.
    pub fn purge(&self, id: &str) {
        self.ensure_loaded();
        let mut removed = false;
        self.sessions.update(|s| removed = s.purge(id).is_ok());
        if removed {
            self.backend.update_value(|b| {
                if let Some(store) = b {
                    let _ = store.delete_session(id);
                }
            });
            self.unsaved.update(|u| {
                u.remove(id);
            });
            self.persist_list();
        }
    }

    /// Writes again every session whose last write failed (after the user made room).
    pub fn retry_unsaved(&self) {
        self.ensure_loaded();
        self.flush();
        let ids: Vec<String> = self.unsaved.with_untracked(|u| u.keys().cloned().collect());
        let open = self.open_id_untracked();
        for id in ids {
            let session = if open.as_deref() == Some(id.as_str()) {
                self.open
                    .get_untracked()
                    .map(|o| o.with_untracked(Clone::clone))
            } else {
                self.sessions.with_untracked(|s| s.get(&id).cloned())
            };
            if let Some(session) = session {
                if self.write(&session).is_ok() && open.as_deref() == Some(id.as_str()) {
                    self.bases.update_value(|b| b.advance(session));
                }
            }
        }
        self.persist_list();
    }

    /// The latest version of every live session, including unsaved edits of the open one.
    pub fn snapshot(&self) -> Vec<Session> {
        self.ensure_loaded();
        let open = self
            .open
            .get_untracked()
            .map(|o| o.with_untracked(Clone::clone));
        self.sessions.with_untracked(|s| {
            s.items
                .iter()
                .map(|item| match &open {
                    Some(o) if o.id == item.id => o.clone(),
                    _ => item.clone(),
                })
                .collect()
        })
    }

    /// Changes session `id`, which is not open in this tab, with `change` (a named model
    /// method; false: nothing changed) and stores it under the revision check. When another
    /// tab stored the session meanwhile, the change is made again on that tab's version, so
    /// the tab that has it open merges it in and nothing of either is lost.
    pub(crate) fn change_stored(&self, id: &str, mut change: impl FnMut(&mut Session) -> bool) {
        for _ in 0..3 {
            let Some(mut session) = self
                .load_fresh(id)
                .or_else(|| self.sessions.with_untracked(|s| s.get(id).cloned()))
            else {
                return;
            };
            if !change(&mut session) {
                return;
            }
            session.touch(now_ms());
            match self.write(&session) {
                Err(SaveError::Conflict { .. }) => continue,
                _ => {
                    self.replace_in_list(session);
                    return;
                }
            }
        }
    }

    /// Writes a session created in memory just now, then lists it.
    fn persist_new(&self, id: &str) {
        let _ = self.write_new(id);
        self.persist_list();
    }

    fn write_new(&self, id: &str) -> Result<(), SaveError> {
        match self.sessions.with_untracked(|s| s.get(id).cloned()) {
            Some(session) => self.write(&session),
            None => Ok(()),
        }
    }

    /// Saves the trash and the index; a failure is shown until a later save succeeds.
    pub(crate) fn persist_list(&self) {
        let sessions = self.sessions;
        let mut result = Ok(());
        self.backend.update_value(|b| {
            if let Some(store) = b {
                result = sessions.with_untracked(|s| store.save_list(s));
            }
        });
        // Only a real change notifies (see `dismiss`).
        self.problems.maybe_update(|p| {
            let before = p.len();
            p.retain(|x| !matches!(x, Problem::ListNotSaved(_)));
            let failed = result.is_err();
            if let Err(e) = result {
                p.push(Problem::ListNotSaved(e));
            }
            failed || p.len() != before
        });
    }

    /// Writes one session and records the outcome for that session. A conflict is left
    /// to the caller (autosave merges); every other failure marks the session unsaved.
    pub(crate) fn write(&self, session: &Session) -> Result<(), SaveError> {
        if !self.persistent() {
            return Ok(());
        }
        let mut result = Ok(());
        self.backend.update_value(|b| {
            if let Some(store) = b {
                result = store.save_session(session);
            }
        });
        match &result {
            Ok(()) => {
                self.unsaved
                    .maybe_update(|u| u.remove(&session.id).is_some());
                // A session write that went through proves there is room again.
                self.dismiss(&Problem::FullAtStart);
            }
            Err(SaveError::Conflict { .. }) => {}
            Err(e) => self.unsaved.update(|u| {
                u.insert(session.id.clone(), e.clone());
            }),
        }
        result
    }

    /// Puts `session` in the list as the latest known version (stored or not).
    pub(crate) fn replace_in_list(&self, session: Session) {
        self.sessions.update(|s| match s.get_mut(&session.id) {
            Some(slot) => *slot = session,
            None => {
                if let Some(t) = s.trash.iter_mut().find(|t| t.session.id == session.id) {
                    t.session = session;
                } else {
                    s.items.push(session);
                }
            }
        });
    }
}
