//! What the save indicator shows and the storage problems the team must hear about, and
//! how a start's findings become problems. The words are `ui/app/notices`'.

use crate::storage::{DecodeError, Loaded, Repaired, SaveError, StorageUnavailable};

/// What the save indicator shows for the open session.
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
    /// The last save of this session failed; its changes are only in memory.
    Failed,
}

/// Something about storage the user must know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// localStorage cannot be reached at all (private mode, blocked): nothing will be kept.
    MemoryOnly(StorageUnavailable),
    /// Storage was already full at start: what is stored is shown, new changes cannot be
    /// kept until there is room.
    FullAtStart,
    /// Storage reads but refuses writes.
    ReadOnly,
    /// What is stored could not be read; it is not shown, and nothing is written over it.
    LoadFailed(SaveError),
    /// The list of stored keys could not be read; the sessions were found through the index.
    Listing(SaveError),
    /// Another tab changed the same fields of this session as this tab.
    Conflict {
        /// The session's id.
        id: String,
        /// The fields both changed, as paths (`title`, `actions[a1].what`).
        fields: Vec<String>,
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
    /// Sessions that are no longer in storage (removed outside the app): `(id, title)`.
    Missing(Vec<(String, String)>),
    /// Sessions that read only after a repair; their originals are kept aside.
    Repaired(Vec<Repaired>),
    /// Sessions put back in the trash from a damaged trash list's text: `(id, title)`.
    TrashRecovered(Vec<(String, String)>),
    /// The trash or the index could not be saved.
    ListNotSaved(SaveError),
}

/// What the start found that the user must hear about: entries put aside now, entries that
/// could not be put aside, entries kept aside earlier, sessions that disappeared or read
/// only after a repair, and keys that could not be listed.
pub(crate) fn restore_problems(loaded: &Loaded) -> Vec<Problem> {
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
    if !loaded.restored.trash_recovered.is_empty() {
        out.push(Problem::TrashRecovered(
            loaded.restored.trash_recovered.clone(),
        ));
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
    if !loaded.repaired.is_empty() {
        out.push(Problem::Repaired(loaded.repaired.clone()));
    }
    if let Some(e) = &loaded.listing_failed {
        out.push(Problem::Listing(e.clone()));
    }
    out
}
