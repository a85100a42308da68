//! Importing a file a few sessions per task, so the page keeps answering while a big file
//! is read and stored; and what the last import did, kept in state so it is still shown
//! after the screen is built again (a language switch) and says what was really stored.

use std::time::Duration;

use leptos::prelude::*;

use crate::model::Session;
use crate::storage::stepwise::Stepwise;
use crate::storage::DecodeError;
use crate::ui::browser::clock::monotonic_ms;
use crate::ui::state::store::Added;
use crate::ui::state::SessionStore;

/// How long one task of an import may run before the page gets its turn: well inside the
/// 200 ms after which a tap feels ignored, with room for the one session that is the
/// longest to read (see `storage::stepwise::MAX_SESSION_BYTES`).
const TASK_BUDGET_MS: f64 = 40.0;

/// What happened to one imported file (or share link).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportReport {
    /// The file is being read and stored.
    Reading {
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

    /// Whether this is the progress of the file named `name`.
    pub fn is_reading(&self, name: &str) -> bool {
        matches!(self, ImportReport::Reading { file, .. } if file == name)
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
        /// Milliseconds one session took to store, as measured so far.
        per_session_ms: f64,
    },
}

impl SessionStore {
    /// Imports a file's bytes: every session is added as a copy when its id is taken, and
    /// nothing is ever overwritten. The work runs in tasks of at most about
    /// [`TASK_BUDGET_MS`], its progress and outcome shown in [`SessionStore::imports`].
    pub fn import_file(self, name: String, bytes: Vec<u8>) {
        self.show_import(&name, ImportReport::reading(&name, 0, 0, false));
        // The first task only opens the file (size, encoding and JSON in one pass).
        let stage = Stepwise::open_bytes(bytes).map(Stage::Reading);
        match stage {
            Ok(stage) => self.import_later(name, stage),
            Err(error) => self.settle_import(
                &name,
                ImportReport::Invalid {
                    file: name.clone(),
                    error,
                },
            ),
        }
    }

    fn import_later(self, name: String, stage: Stage) {
        set_timeout(move || self.import_some(name, stage), Duration::ZERO);
    }

    /// Runs one task of an import, then gives the page its turn.
    fn import_some(self, name: String, mut stage: Stage) {
        let start = monotonic_ms();
        loop {
            match stage {
                Stage::Reading(mut steps) => match steps.step() {
                    Ok(true) => stage = Stage::Reading(steps),
                    Ok(false) => stage = storing(steps),
                    Err(error) => {
                        let report = ImportReport::Invalid {
                            file: name.clone(),
                            error,
                        };
                        return self.settle_import(&name, report);
                    }
                },
                Stage::Storing {
                    ref mut left,
                    ref mut added,
                    ref mut per_session_ms,
                    ..
                } => {
                    if left.is_empty() {
                        break;
                    }
                    // As many as fit in what is left of this task (at least one).
                    let room =
                        (TASK_BUDGET_MS - (monotonic_ms() - start)) / per_session_ms.max(0.05);
                    let count = (room.floor() as usize).clamp(1, left.len());
                    let batch: Vec<Session> = left
                        .split_off(left.len() - count)
                        .into_iter()
                        .rev()
                        .collect();
                    let before = monotonic_ms();
                    let done = self.add_sessions(batch);
                    *per_session_ms = (monotonic_ms() - before) / count as f64;
                    added.ids.extend(done.ids);
                    added.stored.extend(done.stored);
                    added.not_stored.extend(done.not_stored);
                }
            }
            if monotonic_ms() - start >= TASK_BUDGET_MS {
                break;
            }
        }
        match stage {
            Stage::Storing {
                left,
                added,
                original,
                ..
            } if left.is_empty() => {
                self.settle_import(&name, ImportReport::of(&added, &original));
            }
            stage => {
                self.show_import(&name, stage.progress(&name));
                self.import_later(name, stage);
            }
        }
    }

    /// Shows the progress of the file `name` in place of its last progress.
    fn show_import(&self, name: &str, report: ImportReport) {
        self.imports
            .update(|v| match v.iter_mut().find(|x| x.is_reading(name)) {
                Some(slot) => *slot = report,
                None => v.push(report),
            });
    }

    /// Replaces the progress of the file `name` by what importing it did.
    fn settle_import(&self, name: &str, report: ImportReport) {
        self.imports.update(|v| {
            v.retain(|x| !x.is_reading(name));
            v.push(report);
        });
    }
}

impl ImportReport {
    fn reading(file: &str, done: usize, total: usize, storing: bool) -> ImportReport {
        ImportReport::Reading {
            file: file.to_string(),
            done,
            total,
            storing,
        }
    }
}

impl Stage {
    fn progress(&self, name: &str) -> ImportReport {
        match self {
            Stage::Reading(steps) => {
                ImportReport::reading(name, steps.done(), steps.total(), false)
            }
            Stage::Storing { left, total, .. } => {
                ImportReport::reading(name, total - left.len(), *total, true)
            }
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
        per_session_ms: 1.0,
    }
}
