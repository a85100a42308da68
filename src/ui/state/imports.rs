//! What the last import did, kept in state so it is still shown after the screen is built
//! again (a language switch) and says what was really stored.

use crate::storage::DecodeError;
use crate::ui::state::store::Added;

/// What happened to one imported file (or share link).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportReport {
    /// The file is being read.
    Reading {
        /// The file's name.
        file: String,
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
}
