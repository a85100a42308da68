//! The rules of saving on top of any [`KeyValue`]: revision checks, quarantine, index.
//!
//! [`super::local::LocalStore`] is this store over the browser's localStorage.

use std::collections::HashMap;

use super::backend::{BackendError, KeyValue};
use super::codec::{decode_stored_session, encode_session};
use super::keys;
use super::restore::{build_index, build_trash, restore, IndexEntry, QuarantineMove, Restored};
use super::settings::Settings;
use crate::model::session::Sessions;
use crate::model::Session;

/// Why a write did not happen. The previously stored value is always left intact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Storage is full: export to a file or empty the trash.
    Full,
    /// Another tab saved a newer revision since this tab loaded the session.
    Conflict {
        /// The revision now in storage.
        stored_revision: u64,
    },
    /// The session has an empty id.
    NoId,
    /// The session could not be encoded.
    Encode(String),
    /// Storage failed otherwise (disabled, security error …).
    Unavailable(String),
}

impl From<BackendError> for SaveError {
    fn from(e: BackendError) -> Self {
        match e {
            BackendError::Full => SaveError::Full,
            BackendError::Other(msg) => SaveError::Unavailable(msg),
        }
    }
}

/// [`Restored`] plus the quarantine moves that could not be carried out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    /// Everything read at start.
    pub restored: Restored,
    /// Moves that failed; their originals were left in place.
    pub failed_moves: Vec<(QuarantineMove, SaveError)>,
}

/// Sessions, trash, settings and quarantine over a [`KeyValue`] backend.
#[derive(Debug)]
pub struct Store<B: KeyValue> {
    backend: B,
    /// Revision of each session as this tab last read or wrote it.
    known: HashMap<String, u64>,
    /// The index as last written, to skip rewriting it when nothing listed changed.
    index: Option<Vec<IndexEntry>>,
}

impl<B: KeyValue> Store<B> {
    /// A store over `backend`; call [`Store::load_all`] before saving.
    pub fn new(backend: B) -> Self {
        Store {
            backend,
            known: HashMap::new(),
            index: None,
        }
    }

    /// The backend, e.g. to inspect it in tests.
    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// Reads everything, puts damaged entries aside and rewrites the index.
    pub fn load_all(&mut self, now_ms: u64) -> Result<Loaded, SaveError> {
        let mut entries = Vec::new();
        for key in self.backend.keys()? {
            if !key.starts_with(keys::APP_PREFIX) {
                continue;
            }
            if let Some(raw) = self.backend.get(&key)? {
                entries.push((key, raw));
            }
        }
        let restored = restore(entries, now_ms);
        let failed_moves = self.apply_moves(&restored.moves);
        self.known = restored
            .sessions
            .items
            .iter()
            .chain(restored.sessions.trash.iter().map(|t| &t.session))
            .map(|s| (s.id.clone(), s.revision))
            .collect();
        // The index is a cache; failing to rewrite it loses nothing.
        let _ = self.write_index(restored.index.clone());
        Ok(Loaded {
            restored,
            failed_moves,
        })
    }

    /// Reads one session fresh from storage and remembers its revision (for conflicts:
    /// to keep this tab's version, set its revision above the returned one and save).
    pub fn load_session(&mut self, id: &str) -> Result<Option<Session>, SaveError> {
        let Some(raw) = self.backend.get(&keys::session_key(id))? else {
            return Ok(None);
        };
        match decode_stored_session(&raw) {
            Ok(mut session) => {
                session.id = id.to_string();
                self.known.insert(id.to_string(), session.revision);
                Ok(Some(session))
            }
            Err(_) => Ok(None),
        }
    }

    /// Saves one session under its own key, refusing if another tab saved a newer revision.
    pub fn save_session(&mut self, session: &Session) -> Result<(), SaveError> {
        if session.id.is_empty() {
            return Err(SaveError::NoId);
        }
        let key = keys::session_key(&session.id);
        let text = encode_session(session).map_err(|e| SaveError::Encode(e.0))?;
        if let Some(raw) = self.backend.get(&key)? {
            match decode_stored_session(&raw) {
                Ok(stored) => {
                    let known = self.known.get(&session.id).copied();
                    if known.is_none_or(|k| stored.revision > k) {
                        return Err(SaveError::Conflict {
                            stored_revision: stored.revision,
                        });
                    }
                }
                // Unreadable text under this key is kept aside before it is overwritten.
                Err(_) => {
                    self.quarantine(&key, &raw, session.updated_ms)?;
                }
            }
        }
        // setItem replaces the value atomically: on failure the old value is still there.
        self.backend.set(&key, &text)?;
        self.known.insert(session.id.clone(), session.revision);
        self.refresh_index_entry(session);
        Ok(())
    }

    /// Saves the session list's trash and index after create/duplicate/delete/restore/rename.
    pub fn save_list(&mut self, sessions: &Sessions) -> Result<(), SaveError> {
        let trash = serde_json::to_string(&build_trash(sessions))
            .map_err(|e| SaveError::Encode(e.to_string()))?;
        self.backend.set(keys::TRASH, &trash)?;
        let _ = self.write_index(build_index(sessions));
        Ok(())
    }

    /// Removes a session's key for good (after [`Sessions::purge`]; then call `save_list`).
    pub fn delete_session(&mut self, id: &str) -> Result<(), SaveError> {
        self.backend.remove(&keys::session_key(id))?;
        self.known.remove(id);
        Ok(())
    }

    /// Copies `raw` to a fresh quarantine key and verifies it; returns that key.
    pub fn quarantine(&mut self, key: &str, raw: &str, now_ms: u64) -> Result<String, SaveError> {
        let mut stamp = now_ms;
        let mut to = keys::quarantine_key(key, stamp);
        // Never overwrite an earlier quarantined copy: move the stamp on until free.
        while self
            .backend
            .get(&to)?
            .is_some_and(|existing| existing != raw)
        {
            stamp += 1;
            to = keys::quarantine_key(key, stamp);
        }
        self.backend.set(&to, raw)?;
        if self.backend.get(&to)?.as_deref() != Some(raw) {
            return Err(SaveError::Unavailable(
                "quarantine copy did not read back".into(),
            ));
        }
        Ok(to)
    }

    /// Carries out quarantine moves (copy, verify, then remove); returns those that failed.
    pub fn apply_moves(&mut self, moves: &[QuarantineMove]) -> Vec<(QuarantineMove, SaveError)> {
        let mut failed = Vec::new();
        for m in moves {
            let result = self
                .quarantine(&m.from, &m.raw, stamp_of(&m.to))
                .and_then(|_| self.backend.remove(&m.from).map_err(SaveError::from));
            if let Err(e) = result {
                failed.push((m.clone(), e));
            }
        }
        failed
    }

    /// Removes an entry kept aside (after the user saved or dismissed it).
    pub fn discard_quarantined(&mut self, key: &str) -> Result<(), SaveError> {
        if keys::classify(key) != keys::KeyKind::Quarantine {
            return Err(SaveError::Unavailable(format!(
                "{key} is not a quarantine key"
            )));
        }
        Ok(self.backend.remove(key)?)
    }

    /// The stored settings, defaults when missing or unreadable.
    pub fn load_settings(&self) -> Settings {
        match self.backend.get(keys::SETTINGS) {
            Ok(Some(text)) => Settings::from_json(&text).unwrap_or_default(),
            _ => Settings::default(),
        }
    }

    /// Stores the settings.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<(), SaveError> {
        Ok(self.backend.set(keys::SETTINGS, &settings.to_json())?)
    }

    fn refresh_index_entry(&mut self, session: &Session) {
        let Some(mut index) = self.index.clone() else {
            return;
        };
        let entry = IndexEntry {
            id: session.id.clone(),
            title: session.title.clone(),
            school: session.school.clone(),
            created_ms: session.created_ms,
        };
        match index.binary_search_by(|e| e.id.cmp(&entry.id)) {
            Ok(i) => index[i] = entry,
            Err(i) => index.insert(i, entry),
        }
        let _ = self.write_index(index);
    }

    fn write_index(&mut self, index: Vec<IndexEntry>) -> Result<(), SaveError> {
        if self.index.as_ref() == Some(&index) {
            return Ok(());
        }
        let text = serde_json::to_string(&index).map_err(|e| SaveError::Encode(e.to_string()))?;
        self.backend.set(keys::INDEX, &text)?;
        self.index = Some(index);
        Ok(())
    }
}

fn stamp_of(quarantine_key: &str) -> u64 {
    quarantine_key
        .rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests;
