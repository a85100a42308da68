//! The session store: all sessions, the open one, and saving them to localStorage.
//!
//! Screens never save: they change the open session through [`OpenSession`], and autosave
//! (see `autosave.rs`) writes it under a revision check and a per-session lock, merging
//! what another tab changed meanwhile. Every write is judged for the session it wrote: a
//! failed write is remembered per session ([`SessionStore::unsaved`]) and shown until that
//! session is written, whatever else succeeds meanwhile. Nothing panics.

use std::collections::BTreeMap;
use std::time::Duration;

use leptos::prelude::*;

use crate::model::session::summary::{self, Summary};
use crate::model::session::Sessions;
use crate::storage::keeping::{FileCopies, Keeping};
use crate::storage::sync::Bases;
use crate::storage::{LocalStore, SaveError, Settings, Writable};
use crate::ui::browser::clock::now_ms;
use crate::ui::state::problems::{restore_problems, Problem, SaveStatus};
use crate::ui::state::{ImportReport, OpenSession};

mod keeping;
mod list;

pub use list::Added;

/// How long edits are gathered before one save; short enough that closing the tab loses
/// nothing a person would notice, and `pagehide` flushes anyway.
pub(crate) const SAVE_DELAY: Duration = Duration::from_millis(250);

/// The root store of sessions, provided by context.
#[derive(Clone, Copy)]
pub struct SessionStore {
    /// Every session and the trash: the latest known versions, in memory. Those in
    /// [`SessionStore::unsaved`] differ from what storage holds.
    pub sessions: RwSignal<Sessions>,
    /// While the sessions are not read yet: the session list as the index has it. `None`
    /// once [`SessionStore::ensure_loaded`] ran; until then `sessions` holds at most the
    /// session that was open last time.
    glance: RwSignal<Option<Vec<Summary>>>,
    /// The open session, if any.
    pub open: RwSignal<Option<OpenSession>>,
    /// Sessions whose latest version is not in storage, with why the last write failed.
    pub unsaved: RwSignal<BTreeMap<String, SaveError>>,
    /// Storage problems to show.
    pub problems: RwSignal<Vec<Problem>>,
    /// What the last import did, file by file.
    pub imports: RwSignal<Vec<ImportReport>>,
    /// Whether this browser keeps the sessions (see `keeping.rs`).
    pub keeping: RwSignal<Keeping>,
    /// When each session was last saved to a file.
    pub copies: RwSignal<FileCopies>,
    /// Saving state of the open session (Idle, Pending or Saved; failures are in
    /// `unsaved`, see [`SessionStore::save_status`]).
    pub(crate) status: RwSignal<SaveStatus>,
    backend: StoredValue<Option<LocalStore>, LocalStorage>,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// The open session as storage holds it, and the version before this tab's last
    /// write of it: the bases of a merge with another tab's change.
    pub(crate) bases: StoredValue<Bases, LocalStorage>,
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
        let mut glance = None;
        let mut copies = FileCopies::new();
        let backend = match LocalStore::open() {
            Ok((mut store, writable)) => {
                copies = store.load_copies();
                match writable {
                    Writable::Yes => {}
                    Writable::Full => problems.push(Problem::FullAtStart),
                    Writable::Refused => problems.push(Problem::ReadOnly),
                }
                // The first screen lists from the index when it can be trusted; the
                // sessions are read and checked right after (`ensure_loaded`).
                // Damaged settings send the start the long way, which keeps them aside and
                // says so, before anything could write the defaults over them.
                let readable = store.read_settings();
                let trusted = store.glance().filter(|_| readable.is_some());
                match trusted {
                    Some(listed) => {
                        settings = readable.unwrap_or_default();
                        // The session the team had open is read now, alone: the home
                        // screen shows it above the list.
                        // Only a live one: a session in the trash is not reopened.
                        let live = |id: &String| listed.iter().any(|s| &s.id == id);
                        if let Some(id) = settings.last_open.as_ref().filter(|id| live(id)) {
                            if let Ok(Some(open)) = store.load_session(id) {
                                sessions.items.push(open);
                            }
                        }
                        glance = Some(listed);
                    }
                    None => match store.load_all(now) {
                        Ok(loaded) => {
                            settings = loaded.restored.settings.clone();
                            problems.extend(restore_problems(&loaded));
                            sessions = loaded.restored.sessions;
                        }
                        Err(e) => problems.push(Problem::LoadFailed(e)),
                    },
                }
                Some(store)
            }
            Err(why) => {
                problems.push(Problem::MemoryOnly(why));
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
            glance: RwSignal::new(glance),
            open: RwSignal::new(None),
            unsaved: RwSignal::new(BTreeMap::new()),
            problems: RwSignal::new(problems),
            imports: RwSignal::new(Vec::new()),
            keeping: RwSignal::new(Keeping::Unknown),
            copies: RwSignal::new(copies),
            status: RwSignal::new(status),
            backend: StoredValue::new_local(backend),
            pending: StoredValue::new_local(None),
            bases: StoredValue::new_local(Bases::default()),
            owner: StoredValue::new_local(Owner::current()),
        };
        (store, settings)
    }

    /// Reads and checks every stored session if that has not happened yet: damaged
    /// entries are kept aside and reported, the index is rewritten. Runs right after the
    /// first screen is shown, and before anything reads or changes the whole list.
    pub fn ensure_loaded(&self) {
        if self.glance.with_untracked(Option::is_none) {
            return;
        }
        let now = now_ms();
        let result = self
            .backend
            .try_update_value(|b| b.as_mut().map(|store| store.load_all(now)))
            .flatten();
        let mut found = Vec::new();
        match result {
            Some(Ok(loaded)) => {
                found.extend(restore_problems(&loaded));
                self.sessions.set(loaded.restored.sessions);
            }
            Some(Err(e)) => found.push(Problem::LoadFailed(e)),
            None => {}
        }
        self.glance.set(None);
        if !found.is_empty() {
            self.problems.update(|p| p.extend(found));
        }
    }

    /// Ids of the live sessions in list order, those found by `query` (tracked): from the
    /// index until the sessions are read, then from the sessions, in the same order. Dates
    /// are searched as the list writes them in `lang`.
    pub fn listed(&self, query: &str, lang: crate::i18n::Lang) -> Vec<String> {
        let date_text = move |iso: &str| crate::i18n::words::date_search_text(iso, lang);
        let from_glance = self.glance.with(|g| {
            g.as_ref().map(|items| {
                summary::listed(items, query, &date_text)
                    .into_iter()
                    .map(|s| s.id.clone())
                    .collect::<Vec<_>>()
            })
        });
        if let Some(ids) = from_glance {
            return ids;
        }
        // An empty query finds every session, in the same order as `newest_first`.
        self.sessions.with(|s| {
            s.search(query, &date_text)
                .into_iter()
                .map(|s| s.id.clone())
                .collect()
        })
    }

    /// What the list shows of session `id` (tracked), from the index until the sessions
    /// are read.
    pub fn summary(&self, id: &str) -> Option<Summary> {
        let from_glance = self.glance.with(|g| {
            g.as_ref()
                .map(|items| items.iter().find(|s| s.id == id).cloned())
        });
        match from_glance {
            Some(found) => found,
            None => self.sessions.with(|s| s.get(id).map(Summary::of)),
        }
    }

    /// Whether the list still comes from the index, the sessions not yet read (tracked).
    pub fn listing_from_index(&self) -> bool {
        self.glance.with(Option::is_some)
    }

    /// Whether there is no live session at all (tracked).
    pub fn has_none(&self) -> bool {
        match self.glance.with(|g| g.as_ref().map(Vec::is_empty)) {
            Some(empty) => empty,
            None => self.sessions.with(|s| s.items.is_empty()),
        }
    }

    /// Whether sessions are kept in localStorage (false: memory only).
    pub fn persistent(&self) -> bool {
        self.backend.with_value(|b| b.is_some())
    }

    /// The save state of the open session (tracked).
    pub fn save_status(&self) -> SaveStatus {
        if !self.persistent() {
            return SaveStatus::MemoryOnly;
        }
        let failed = self
            .open_id()
            .is_some_and(|id| self.unsaved.with(|u| u.contains_key(&id)));
        if failed {
            SaveStatus::Failed
        } else {
            self.status.get()
        }
    }

    /// Saves the interface settings; failing only means they are not remembered.
    pub fn save_settings(&self, settings: &Settings) {
        self.backend.update_value(|b| {
            if let Some(store) = b {
                let _ = store.save_settings(settings, now_ms());
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
        // The session open last time is already read; any other needs the whole list.
        if self.sessions.with_untracked(|s| s.get(id).is_none()) {
            self.ensure_loaded();
        }
        let Some(session) = self.sessions.with_untracked(|s| s.get(id).cloned()) else {
            return false;
        };
        // What storage holds is the base of later merges; an unsaved session has none.
        let stored = if self.unsaved.with_untracked(|u| u.contains_key(id)) {
            None
        } else {
            Some(session.clone())
        };
        self.bases.set_value(Bases::opened(stored));
        let handle = match self.owner.get_value() {
            Some(owner) => owner.with(|| OpenSession::new(session)),
            None => OpenSession::new(session),
        };
        let previous = self.open.get_untracked();
        self.status.set(SaveStatus::Idle);
        self.open.set(Some(handle));
        dispose_later(previous);
        true
    }

    /// Closes the open session (after saving it).
    pub fn close(&self) {
        self.flush();
        let previous = self.open.get_untracked();
        self.open.set(None);
        self.bases.set_value(Bases::default());
        dispose_later(previous);
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
        self.ensure_loaded();
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
        // Only a real change notifies: an import writes hundreds of sessions in a row, and
        // every notice would otherwise be built again after each.
        self.problems.maybe_update(|p| {
            let before = p.len();
            p.retain(|x| x != problem);
            p.len() != before
        });
    }
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
    let rand = crate::ui::browser::page::random_u64() % 1_000_000_000_000;
    format!("s{:x}{:x}", now_ms(), rand)
}

/// The session store from context.
pub fn use_store() -> SessionStore {
    expect_context::<SessionStore>()
}
