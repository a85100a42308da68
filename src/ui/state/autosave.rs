//! Saving the open session and keeping tabs in step: the timer, the page's events and the
//! Web Lock. What to write, show or ask is decided by the pure [`crate::storage::sync`];
//! this file only carries it out.
//!
//! One effect watches the open session and saves it after [`SAVE_DELAY`], under a Web Lock
//! per session key where the browser has them, so two tabs do not read, compare and write
//! the same session at the same time. `pagehide` flushes a pending save. When another tab
//! wrote the session meanwhile (a newer revision in storage, or a `storage` event), the
//! two versions are reconciled.

use leptos::prelude::*;

use crate::model::Session;
use crate::storage::keys::{classify, session_key, KeyKind};
use crate::storage::list_sync::keep_deletions;
use crate::storage::merge::Prefer;
use crate::storage::sync::{plan, same_content, save_step, Occasion, SaveStep, SyncPlan};
use crate::storage::SaveError;
use crate::ui::browser::clock::now_ms;
use crate::ui::browser::locks::with_lock;
use crate::ui::state::problems::{Problem, SaveStatus};
use crate::ui::state::store::{SessionStore, SAVE_DELAY};

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
            // The first run for a newly opened session is not a change, unless the session
            // was changed before this effect first ran (a screen that changes it as it is
            // built, such as an answer's link): once per opening, it is compared.
            let opened_now = prev.flatten().as_deref() != Some(id.as_str());
            if opened_now {
                let changed = open.with_untracked(|current| {
                    self.sessions
                        .with_untracked(|s| s.get(&id).is_some_and(|l| !same_content(l, current)))
                });
                if !changed {
                    return Some(id);
                }
            }
            if self.persistent() {
                self.status.set(SaveStatus::Pending);
            }
            let handle = set_timeout_with_handle(
                move || {
                    self.pending().set_value(None);
                    self.save_open_locked();
                },
                SAVE_DELAY,
            )
            .ok();
            self.pending().set_value(handle);
            Some(id)
        });

        let pagehide = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        // Leaving with changes only in memory asks first: the browser's own question.
        let unload = window_event_listener(leptos::ev::beforeunload, move |ev| {
            if self.unsaved.with_untracked(|u| !u.is_empty()) {
                ev.prevent_default();
                ev.set_return_value("unsaved");
            }
        });
        let storage = window_event_listener(leptos::ev::storage, move |ev| {
            // Another tab's change is merged into the whole list, so that must be read.
            self.ensure_loaded();
            self.storage_changed(ev.key(), ev.new_value().is_none());
        });
        on_cleanup(move || {
            pagehide.remove();
            unload.remove();
            storage.remove();
        });
    }

    /// Another tab changed `key` (`None`: storage was cleared); `removed`: the key is gone.
    fn storage_changed(&self, key: Option<String>, removed: bool) {
        match key {
            None => self.reload_list(),
            Some(key) => match classify(&key) {
                KeyKind::Session(id) if removed => self.vanished(&id),
                KeyKind::Session(id) => self.external_change(&id),
                KeyKind::Trash => self.reload_list(),
                _ => {}
            },
        }
    }

    /// Saves a pending change of the open session right away (no lock: this runs when the
    /// page is hidden or another session opens, and must not wait).
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

    /// Saves the open session holding the session's Web Lock, where there is one.
    fn save_open_locked(&self) {
        let Some(id) = self.open_id_untracked() else {
            return;
        };
        let store = *self;
        with_lock(&session_key(&id), move || store.save_open_now());
    }

    /// Saves the open session if it differs from its last saved version, merging another
    /// tab's newer version first.
    pub(crate) fn save_open_now(&self) {
        let Some(open) = self.open.get_untracked() else {
            return;
        };
        // A write checks revisions against every session read, so all must be read first.
        self.ensure_loaded();
        let current = open.with_untracked(Clone::clone);
        let step = {
            let listed = self
                .sessions
                .with_untracked(|s| s.get(&current.id).cloned());
            let unsaved = self.unsaved.with_untracked(|u| u.contains_key(&current.id));
            let in_conflict = self.in_conflict(&current.id);
            self.bases.with_value(|b| {
                save_step(b, listed.as_ref(), &current, unsaved, in_conflict, now_ms())
            })
        };
        match step {
            SaveStep::Wait => self.status.set(SaveStatus::Pending),
            SaveStep::UpToDate => self.mark_saved(),
            SaveStep::Write(next) => match self.write(&next) {
                Ok(()) => self.saved(*next),
                Err(SaveError::Conflict { .. }) => {
                    self.reconcile(&current, Occasion::WriteRefused(Prefer::Neither))
                }
                Err(_) => {
                    // Kept in memory (and offered for export) until a write succeeds.
                    self.replace_in_list(*next);
                    self.status.set(SaveStatus::Failed);
                }
            },
        }
    }

    fn mark_saved(&self) {
        if self.persistent() {
            self.status.set(SaveStatus::Saved);
        }
    }

    /// Records a successful write of the open session.
    fn saved(&self, session: Session) {
        self.bases.update_value(|b| b.advance(session.clone()));
        self.replace_in_list(session);
        self.mark_saved();
    }

    /// Brings the open session `current` in step with what storage holds now, on
    /// `occasion`, and carries out what [`plan`] decides.
    fn reconcile(&self, current: &Session, occasion: Occasion) {
        let id = current.id.clone();
        let theirs = self.load_fresh(&id);
        let decided = self
            .bases
            .with_value(|b| plan(b, current, theirs.as_ref(), occasion, now_ms()));
        match decided {
            SyncPlan::Nothing => {}
            SyncPlan::WriteBack(ours) => {
                let _ = self.write(&ours);
            }
            SyncPlan::TakeTheirs(theirs) => {
                self.clear_conflict(&id);
                self.bases.update_value(|b| b.advance((*theirs).clone()));
                self.show(*theirs);
                self.mark_saved();
            }
            SyncPlan::Write { theirs, next } => {
                self.clear_conflict(&id);
                // Their version is now the base; the merge is saved just above it.
                self.bases.update_value(|b| b.advance(*theirs));
                self.show((*next).clone());
                if self.write(&next).is_ok() {
                    self.saved(*next);
                }
            }
            SyncPlan::Conflict { base, fields } => {
                if let Some(base) = base {
                    // The version both tabs started from is the base of the answer's merge.
                    self.bases.update_value(|b| b.stored = Some(*base));
                }
                self.report(Problem::Conflict { id, fields });
                self.status.set(SaveStatus::Pending);
            }
        }
    }

    /// Shows `session` as the open session (a merge result or another tab's version) and
    /// lists it, without an undo step.
    fn show(&self, session: Session) {
        if let Some(open) = self.open.get_untracked() {
            let differs = open.with_untracked(|s| s.id == session.id && *s != session);
            if differs {
                open.replace(session.clone());
                // That replacement is not a change of this tab's: nothing to save for it.
                self.cancel_pending();
            }
        }
        self.replace_in_list(session);
    }

    fn in_conflict(&self, id: &str) -> bool {
        self.problems.with_untracked(|p| {
            p.iter()
                .any(|x| matches!(x, Problem::Conflict { id: other, .. } if other == id))
        })
    }

    fn clear_conflict(&self, id: &str) {
        self.problems.update(|p| {
            p.retain(|x| !matches!(x, Problem::Conflict { id: other, .. } if other == id))
        });
    }

    /// Another tab wrote session `id`.
    fn external_change(&self, id: &str) {
        let open = self
            .open
            .get_untracked()
            .filter(|o| o.with_untracked(|s| s.id == id));
        let Some(open) = open else {
            // Not open here: take their version, unless this tab holds unsaved changes.
            if !self.unsaved.with_untracked(|u| u.contains_key(id)) {
                if let Some(theirs) = self.load_fresh(id) {
                    self.replace_in_list(theirs);
                }
            }
            return;
        };
        let current = open.with_untracked(Clone::clone);
        // A change waiting for its save keeps its timer: a plan that writes includes it
        // (the timer then finds nothing left to save), any other leaves it to the timer.
        let pending = self.pending().with_value(Option::is_some);
        self.reconcile(&current, Occasion::TheyWrote { pending });
    }

    /// Resolves a conflict keeping this tab's value of each contested field (and the other
    /// tab's changes to every other field).
    pub fn keep_mine(&self, id: &str) {
        self.resolve(id, Prefer::Mine);
    }

    /// Resolves a conflict taking the other tab's value of each contested field (and
    /// keeping this tab's changes to every other field).
    pub fn take_theirs(&self, id: &str) {
        self.resolve(id, Prefer::Theirs);
    }

    fn resolve(&self, id: &str, prefer: Prefer) {
        self.cancel_pending();
        self.clear_conflict(id);
        let current = self
            .open
            .get_untracked()
            .map(|o| o.with_untracked(Clone::clone))
            .filter(|s| s.id == id);
        if let Some(current) = current {
            self.reconcile(&current, Occasion::WriteRefused(prefer));
        }
    }

    pub(crate) fn load_fresh(&self, id: &str) -> Option<Session> {
        let mut found = None;
        self.backend().update_value(|b| {
            if let Some(store) = b {
                found = store.load_session(id).ok().flatten();
            }
        });
        found
    }

    /// Session `id`'s key was removed in another tab. A purge removes trashed sessions
    /// only; a live session that disappears was removed outside the app: it is kept here,
    /// written again on the next save, and the user is told.
    fn vanished(&self, id: &str) {
        let live = self.sessions.with_untracked(|s| s.get(id).cloned());
        let open_here = self.open_id_untracked().as_deref() == Some(id);
        match live {
            Some(session) => {
                self.unsaved.update(|u| {
                    u.insert(id.to_string(), SaveError::Removed);
                });
                self.report(Problem::Missing(vec![(id.to_string(), session.title)]));
            }
            // Purged in another tab while this tab has it open (and may be typing in it):
            // what this tab holds stays, live again, unsaved until written anew, and said.
            None if open_here => {
                let kept = self
                    .open
                    .with_untracked(|o| o.as_ref().map(|o| o.with_untracked(Session::clone)));
                if let Some(session) = kept {
                    let title = session.title.clone();
                    self.sessions.update(|s| {
                        s.trash.retain(|t| t.session.id != id);
                        s.items.push(session);
                    });
                    self.unsaved.update(|u| {
                        u.insert(id.to_string(), SaveError::Removed);
                    });
                    self.report(Problem::Missing(vec![(id.to_string(), title)]));
                }
            }
            None => self
                .sessions
                .update(|s| s.trash.retain(|t| t.session.id != id)),
        }
    }

    /// Re-reads the list after another tab changed the trash (deleted or restored), or
    /// cleared storage. Sessions this tab knows that storage no longer has are kept and
    /// reported, never silently dropped.
    fn reload_list(&self) {
        self.flush();
        let mut loaded = None;
        self.backend().update_value(|b| {
            if let Some(store) = b {
                loaded = store.load_all(now_ms()).ok();
            }
        });
        let Some(loaded) = loaded else {
            return;
        };
        let mut fresh = loaded.restored.sessions;
        let mut gone = Vec::new();
        self.sessions.with_untracked(|mine| {
            for s in &mine.items {
                if !fresh.contains_id(&s.id) {
                    gone.push((s.id.clone(), s.title.clone()));
                    fresh.items.push(s.clone());
                }
            }
        });
        // What this tab has not managed to store stays as this tab has it.
        let unsaved = self.unsaved.get_untracked();
        self.sessions.with_untracked(|mine| {
            for id in unsaved.keys() {
                if let (Some(ours), Some(slot)) = (mine.get(id), fresh.get_mut(id)) {
                    *slot = ours.clone();
                }
            }
        });
        // Two tabs deleting at once: what this tab deleted stays deleted.
        let kept = self
            .sessions
            .with_untracked(|mine| keep_deletions(mine, &mut fresh));
        self.sessions.set(fresh);
        if kept {
            self.persist_list();
        }
        if !gone.is_empty() {
            self.unsaved.update(|u| {
                for (id, _) in &gone {
                    u.insert(id.clone(), SaveError::Removed);
                }
            });
            self.report(Problem::Missing(gone));
        }
    }
}
