//! Importing a file a few sessions per task, so the page keeps answering while a big file
//! is read and stored; and what the last import did, kept in state so it is still shown
//! after the screen is built again (a language switch) and says what was really stored.

use std::time::Duration;

use leptos::prelude::*;

use crate::model::Session;
use crate::storage::codec::refuse_too_large;
use crate::storage::stepwise::Stepwise;
use crate::storage::DecodeError;
use crate::ui::browser::clock::monotonic_ms;
use crate::ui::state::store::Added;
use crate::ui::state::SessionStore;

/// How long one task of an import may run before the page gets its turn: well inside the
/// 200 ms after which a tap feels ignored, with room for the one session that is the
/// longest to read (see `storage::stepwise::MAX_SESSION_BYTES`) and for an engine several
/// times slower than Chromium (WebKit stores a session in about 4 ms).
const TASK_BUDGET_MS: f64 = 30.0;

/// What happened to one imported file (or share link).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportReport {
    /// The file is being read and stored.
    Reading {
        /// Which import this is (two files may have the same name).
        job: u32,
        /// The file's name.
        file: String,
        /// Sessions read (or, once all are read, stored) so far.
        done: usize,
        /// Sessions in the file; 0 while it is still being opened.
        total: usize,
        /// True once every session is read and they are being stored.
        storing: bool,
    },
    /// Sessions were added.
    Added {
        /// How many were added and stored.
        stored: usize,
        /// How many were added but could not be stored (they are in memory and listed as
        /// not saved).
        not_stored: usize,
        /// Some got a new id because theirs was taken.
        copies: bool,
    },
    /// The file was read but is not a valid Samen Doen document.
    Invalid {
        /// The file's name.
        file: String,
        /// What is wrong, with the field and value.
        error: DecodeError,
    },
    /// The browser could not read the file at all.
    Unreadable {
        /// The file's name.
        file: String,
    },
}

impl ImportReport {
    /// The report of adding sessions whose original ids were `original`.
    pub fn of(added: &Added, original: &[String]) -> ImportReport {
        ImportReport::Added {
            stored: added.stored.len(),
            not_stored: added.not_stored.len(),
            copies: added.ids.iter().zip(original).any(|(new, old)| new != old),
        }
    }

    /// Whether this is the progress of import `job`.
    pub fn is_reading(&self, job: u32) -> bool {
        matches!(self, ImportReport::Reading { job: j, .. } if *j == job)
    }
}

/// Where an import is: reading the file's sessions, then storing them.
enum Stage {
    Reading(Stepwise),
    Storing {
        /// Sessions read and not yet added, in file order (the next is last).
        left: Vec<Session>,
        total: usize,
        added: Added,
        original: Vec<String>,
    },
}

impl SessionStore {
    /// Starts importing the file `name` of `bytes` bytes, shown as being read; `None` when
    /// it is refused before it is read (a huge file would be loaded whole into memory).
    pub fn begin_import(&self, name: String, bytes: usize) -> Option<Import> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let import = Import {
            job: NEXT.fetch_add(1, Ordering::Relaxed),
            name,
        };
        match refuse_too_large(bytes) {
            Ok(()) => {
                self.show_import(&import, import.reading(0, 0, false));
                Some(import)
            }
            Err(error) => {
                self.settle_import(&import, import.invalid(error));
                None
            }
        }
    }

    /// The browser could not read the file: said in place of its progress.
    pub fn import_unreadable(&self, import: &Import) {
        let report = ImportReport::Unreadable {
            file: import.name.clone(),
        };
        self.settle_import(import, report);
    }

    /// Imports a file's bytes: every session is added as a copy when its id is taken, and
    /// nothing is ever overwritten. The work runs in tasks of at most about
    /// [`TASK_BUDGET_MS`], its progress and outcome shown in [`SessionStore::imports`].
    pub fn import_file(self, import: Import, bytes: Vec<u8>) {
        // The first task only opens the file (size, encoding and JSON in one pass).
        let stage = Stepwise::open_bytes(bytes).map(Stage::Reading);
        match stage {
            Ok(stage) => self.import_later(import, stage),
            Err(error) => self.settle_import(&import, import.invalid(error)),
        }
    }

    fn import_later(self, import: Import, stage: Stage) {
        set_timeout(move || self.import_some(import, stage), Duration::ZERO);
    }

    /// Runs one task of an import, then gives the page its turn.
    fn import_some(self, import: Import, mut stage: Stage) {
        let start = monotonic_ms();
        // The index is written once per task, after the sessions this task stored.
        let mut stored_now = false;
        loop {
            match stage {
                Stage::Reading(mut steps) => match steps.step() {
                    Ok(true) => stage = Stage::Reading(steps),
                    Ok(false) => stage = storing(steps),
                    Err(error) => return self.settle_import(&import, import.invalid(error)),
                },
                Stage::Storing {
                    ref mut left,
                    ref mut added,
                    ..
                } => match left.pop() {
                    Some(session) => {
                        added.extend(self.add_one_quietly(session));
                        stored_now = true;
                    }
                    None => break,
                },
            }
            if monotonic_ms() - start >= TASK_BUDGET_MS {
                break;
            }
        }
        if stored_now {
            self.persist_list();
        }
        match stage {
            Stage::Storing {
                left,
                added,
                original,
                ..
            } if left.is_empty() => {
                // The list is told once, now that every session is in it.
                self.sessions.notify();
                self.settle_import(&import, ImportReport::of(&added, &original));
            }
            stage => {
                self.show_import(&import, stage.progress(&import));
                self.import_later(import, stage);
            }
        }
    }

    /// Shows an import's progress in place of its last progress.
    fn show_import(&self, import: &Import, report: ImportReport) {
        self.imports
            .update(|v| match v.iter_mut().find(|x| x.is_reading(import.job)) {
                Some(slot) => *slot = report,
                None => v.push(report),
            });
    }

    /// Replaces an import's progress by what importing it did.
    fn settle_import(&self, import: &Import, report: ImportReport) {
        self.imports.update(|v| {
            v.retain(|x| !x.is_reading(import.job));
            v.push(report);
        });
    }
}

/// One file being imported: its number (two files may have the same name) and its name.
#[derive(Clone, Debug)]
pub struct Import {
    job: u32,
    name: String,
}

impl Import {
    fn reading(&self, done: usize, total: usize, storing: bool) -> ImportReport {
        ImportReport::Reading {
            job: self.job,
            file: self.name.clone(),
            done,
            total,
            storing,
        }
    }

    fn invalid(&self, error: DecodeError) -> ImportReport {
        ImportReport::Invalid {
            file: self.name.clone(),
            error,
        }
    }
}

impl Stage {
    fn progress(&self, import: &Import) -> ImportReport {
        match self {
            Stage::Reading(steps) => import.reading(steps.done(), steps.total(), false),
            Stage::Storing { left, total, .. } => import.reading(total - left.len(), *total, true),
        }
    }
}

/// Every session read: they are stored next, in file order.
fn storing(steps: Stepwise) -> Stage {
    let sessions = steps.finish().sessions;
    let original = sessions.iter().map(|s| s.id.clone()).collect();
    let total = sessions.len();
    let mut left = sessions;
    left.reverse();
    Stage::Storing {
        left,
        total,
        added: Added::default(),
        original,
    }
}
