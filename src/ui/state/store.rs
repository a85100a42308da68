//! The session store: all sessions, the open one, and saving them to localStorage.
//!
//! Screens never save: they change the open session through [`OpenSession`], and an effect
//! here saves it (debounced) under a revision check, so two tabs never silently overwrite
//! each other. Storage problems become [`Problem`]s the page shows; nothing panics.

use std::time::Duration;

use leptos::prelude::*;

use crate::model::session::Sessions;
use crate::model::Session;
use crate::storage::{DecodeError, Loaded, LocalStore, SaveError, Settings};
use crate::ui::browser::clock::now_ms;
use crate::ui::state::OpenSession;

/// How long edits are gathered before one save; short enough that closing the tab loses
/// nothing a person would notice, and `pagehide` flushes anyway.
pub(crate) const SAVE_DELAY: Duration = Duration::from_millis(250);

/// What the save indicator shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed since opening.
    Idle,
    /// A change waits for the debounced save.
    Pending,
    /// Everything is saved.
    Saved,
    /// Storage is unavailable: the app works in memory only.
    MemoryOnly,
    /// The last save failed; the previously saved version is intact.
    Failed,
}

/// Something about storage the user must know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// localStorage is off (private mode, disabled): nothing will be kept.
    MemoryOnly,
    /// Storage is full: the last saved version stays, export is offered.
    Full,
    /// Another tab saved this session since this tab loaded it.
    Conflict {
        /// The session's id.
        id: String,
    },
    /// A stored entry could not be read; its raw text was kept aside under `key`.
    Quarantined {
        /// The quarantine key holding the raw text.
        key: String,
        /// The raw text, offered for download.
        raw: String,
        /// What was wrong.
        error: DecodeError,
    },
    /// An entry could not be read and could not be kept aside either (e.g. no room for the
    /// copy): it stays where it is, untouched, and is not overwritten.
    NotKeptAside {
        /// The key of the unreadable entry.
        key: String,
        /// Its raw text, offered for download.
        raw: String,
        /// Why it could not be read.
        error: DecodeError,
        /// Why the copy failed.
        failure: SaveError,
    },
    /// Entries put aside on an earlier visit are still there: `(key, raw text)`.
    KeptAside(Vec<(String, String)>),
    /// Sessions the index listed whose key has gone (removed outside the app): `(id, title)`.
    Missing(Vec<(String, String)>),
    /// Saving failed for another reason.
    SaveFailed(SaveError),
}

/// The root store of sessions, provided by context.
#[derive(Clone, Copy)]
pub struct SessionStore {
    /// Every session and the trash, as last saved or loaded.
    pub sessions: RwSignal<Sessions>,
    /// The open session, if any.
    pub open: RwSignal<Option<OpenSession>>,
    /// The save indicator.
    pub status: RwSignal<SaveStatus>,
    /// Storage problems to show.
    pub problems: RwSignal<Vec<Problem>>,
    backend: StoredValue<Option<LocalStore>, LocalStorage>,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// The root owner: an open session's signals must outlive the screen that opened it.
    owner: StoredValue<Option<Owner>, LocalStorage>,
}

impl SessionStore {
    /// Opens localStorage (or falls back to memory) and loads every session.
    pub fn init() -> (SessionStore, Settings) {
        let now = now_ms();
        let mut problems = Vec::new();
        let mut sessions = Sessions::default();
        let mut settings = Settings::default();
        let backend = match LocalStore::open() {
            Ok(mut store) => {
                settings = store.load_settings();
                match store.load_all(now) {
                    Ok(loaded) => {
                        problems.extend(restore_problems(&loaded));
                        sessions = loaded.restored.sessions;
                    }
                    Err(e) => problems.push(Problem::SaveFailed(e)),
                }
                Some(store)
            }
            Err(_) => {
                problems.push(Problem::MemoryOnly);
                None
            }
        };
        let status = if backend.is_some() {
            SaveStatus::Idle
        } else {
            SaveStatus::MemoryOnly
        };
        let store = SessionStore {
            sessions: RwSignal::new(sessions),
            open: RwSignal::new(None),
            status: RwSignal::new(status),
            problems: RwSignal::new(problems),
            backend: StoredValue::new_local(backend),
            pending: StoredValue::new_local(None),
            owner: StoredValue::new_local(Owner::current()),
        };
        (store, settings)
    }

    /// Whether sessions are kept in localStorage (false: memory only).
    pub fn persistent(&self) -> bool {
        self.backend.with_value(|b| b.is_some())
    }

    /// Saves the interface settings; failing only means they are not remembered.
    pub fn save_settings(&self, settings: &Settings) {
        self.backend.update_value(|b| {
            if let Some(store) = b {
                let _ = store.save_settings(settings);
            }
        });
    }

    /// The id of the open session (tracked).
    pub fn open_id(&self) -> Option<String> {
        self.open.get().map(|o| o.with_untracked(|s| s.id.clone()))
    }

    /// Opens the session with this id; false if it does not exist.
    pub fn open_session(&self, id: &str) -> bool {
        self.flush();
        let Some(session) = self.sessions.with_untracked(|s| s.get(id).cloned()) else {
            return false;
        };
        let handle = match self.owner.get_value() {
            Some(owner) => owner.with(|| OpenSession::new(session)),
            None => OpenSession::new(session),
        };
        let previous = self.open.get_untracked();
        self.open.set(Some(handle));
        dispose_later(previous);
        true
    }

    /// Closes the open session (after saving it).
    pub fn close(&self) {
        self.flush();
        let previous = self.open.get_untracked();
        self.open.set(None);
        dispose_later(previous);
    }

    /// Creates an empty session, saves and opens it; returns its id.
    pub fn create(&self) -> String {
        let id = new_id();
        let now = now_ms();
        self.sessions.update(|s| {
            s.create(id.clone(), now);
        });
        self.persist_new(&id);
        self.open_session(&id);
        id
    }

    /// Copies a session for the next meeting (everything, including the action plan).
    pub fn duplicate(&self, id: &str) -> Option<String> {
        self.flush();
        let new = new_id();
        let mut ok = false;
        self.sessions
            .update(|s| ok = s.duplicate(id, new.clone(), now_ms()).is_ok());
        ok.then(|| {
            self.persist_new(&new);
            new
        })
    }

    /// Adds sessions (import, example): never overwrites, copies get fresh ids.
    pub fn add_sessions(&self, sessions: Vec<Session>) -> Vec<String> {
        let mut ids = Vec::new();
        self.sessions
            .update(|s| ids = s.add_imported(sessions, new_id));
        for id in &ids {
            self.persist_new(id);
        }
        ids
    }

    /// Moves a session to the trash (restorable); closes it if it was open.
    pub fn delete(&self, id: &str) {
        if self.open_id_untracked().as_deref() == Some(id) {
            self.close();
        }
        self.sessions.update(|s| {
            let _ = s.delete(id, now_ms());
        });
        self.persist_list();
    }

    /// Brings a session back from the trash.
    pub fn restore(&self, id: &str) {
        self.sessions.update(|s| {
            let _ = s.restore(id);
        });
        self.persist_list();
    }

    /// Removes a trashed session for good.
    pub fn purge(&self, id: &str) {
        let mut removed = false;
        self.sessions.update(|s| removed = s.purge(id).is_ok());
        if removed {
            self.backend.update_value(|b| {
                if let Some(store) = b {
                    let _ = store.delete_session(id);
                }
            });
            self.persist_list();
        }
    }

    /// The latest version of every live session, including unsaved edits of the open one.
    pub fn snapshot(&self) -> Vec<Session> {
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

    pub(crate) fn open_id_untracked(&self) -> Option<String> {
        self.open
            .get_untracked()
            .map(|o| o.with_untracked(|s| s.id.clone()))
    }

    pub(crate) fn backend(&self) -> StoredValue<Option<LocalStore>, LocalStorage> {
        self.backend
    }

    pub(crate) fn pending(&self) -> StoredValue<Option<TimeoutHandle>, LocalStorage> {
        self.pending
    }

    /// Records a problem once (the same problem is not listed twice).
    pub fn report(&self, problem: Problem) {
        self.problems.update(|p| {
            if !p.contains(&problem) {
                p.push(problem);
            }
        });
    }

    /// Removes an entry kept aside (after the user downloaded it or chose to let it go).
    pub fn discard_kept_aside(&self, key: &str) -> Result<(), SaveError> {
        let mut result = Ok(());
        self.backend.update_value(|b| {
            if let Some(store) = b {
                result = store.discard_quarantined(key);
            }
        });
        if result.is_ok() {
            self.problems.update(|list| {
                for p in list.iter_mut() {
                    if let Problem::KeptAside(entries) = p {
                        entries.retain(|(k, _)| k != key);
                    }
                }
                list.retain(|p| !matches!(p, Problem::KeptAside(e) if e.is_empty()));
            });
        }
        result
    }

    /// Removes a problem from the list (the user dealt with it).
    pub fn dismiss(&self, problem: &Problem) {
        self.problems.update(|p| p.retain(|x| x != problem));
    }

    fn persist_new(&self, id: &str) {
        if let Some(session) = self.sessions.with_untracked(|s| s.get(id).cloned()) {
            self.write(&session);
        }
        self.persist_list();
    }

    fn persist_list(&self) {
        let sessions = self.sessions;
        let mut result = Ok(());
        self.backend.update_value(|b| {
            if let Some(store) = b {
                result = sessions.with_untracked(|s| store.save_list(s));
            }
        });
        self.note_result(result);
    }

    /// Writes one session, reporting the outcome to the status and problem list.
    pub(crate) fn write(&self, session: &Session) -> bool {
        let mut result = Ok(());
        self.backend.update_value(|b| {
            if let Some(store) = b {
                result = store.save_session(session);
            }
        });
        if let Err(SaveError::Conflict { .. }) = result {
            self.report(Problem::Conflict {
                id: session.id.clone(),
            });
        }
        self.note_result(result)
    }

    fn note_result(&self, result: Result<(), SaveError>) -> bool {
        match result {
            Ok(()) => {
                self.dismiss(&Problem::Full);
                if self.persistent() {
                    self.status.set(SaveStatus::Saved);
                }
                true
            }
            Err(SaveError::Full) => {
                self.report(Problem::Full);
                self.status.set(SaveStatus::Failed);
                false
            }
            Err(SaveError::Conflict { .. }) => {
                self.status.set(SaveStatus::Failed);
                false
            }
            Err(other) => {
                self.report(Problem::SaveFailed(other));
                self.status.set(SaveStatus::Failed);
                false
            }
        }
    }
}

/// What the start found that the user must hear about: entries put aside now, entries that
/// could not be put aside, entries kept aside earlier and sessions that disappeared.
fn restore_problems(loaded: &Loaded) -> Vec<Problem> {
    let mut out = Vec::new();
    for q in &loaded.restored.quarantined {
        match loaded.failed_moves.iter().find(|(m, _)| m.from == q.key) {
            Some((_, failure)) => out.push(Problem::NotKeptAside {
                key: q.key.clone(),
                raw: q.raw.clone(),
                error: q.error.clone(),
                failure: failure.clone(),
            }),
            None => out.push(Problem::Quarantined {
                key: q.key.clone(),
                raw: q.raw.clone(),
                error: q.error.clone(),
            }),
        }
    }
    if !loaded.restored.kept_aside.is_empty() {
        out.push(Problem::KeptAside(loaded.restored.kept_aside.clone()));
    }
    if !loaded.restored.missing.is_empty() {
        out.push(Problem::Missing(
            loaded
                .restored
                .missing
                .iter()
                .map(|e| (e.id.clone(), e.title.clone()))
                .collect(),
        ));
    }
    out
}

/// Frees a closed session's history once the views that showed it are gone (they are torn
/// down when `open` changes, before a zero-delay timeout fires).
fn dispose_later(previous: Option<OpenSession>) {
    if let Some(previous) = previous {
        set_timeout(move || previous.dispose(), Duration::ZERO);
    }
}

/// A fresh session id: time plus randomness, unique enough across tabs and devices.
pub fn new_id() -> String {
    let rand = (js_sys::Math::random() * 1e12) as u64;
    format!("s{:x}{:x}", now_ms(), rand)
}

/// The session store from context.
pub fn use_store() -> SessionStore {
    expect_context::<SessionStore>()
}
