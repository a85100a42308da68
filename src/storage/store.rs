//! The rules of saving on top of any [`KeyValue`]: revision checks, quarantine, index.
//!
//! [`super::local::LocalStore`] is this store over the browser's localStorage.

use std::collections::{HashMap, HashSet};

use super::backend::KeyValue;
use super::codec::{decode_stored_session, encode_session};
use super::error::SaveError;
use super::exact::Exact;
use super::keys;
use super::restore::{build_index, build_trash, restore, IndexEntry, QuarantineMove, Restored};
use super::settings::Settings;
use crate::model::bounds::Violation;
use crate::model::session::Sessions;
use crate::model::Session;

/// [`Restored`] plus what reading storage itself ran into.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    /// Everything read at start.
    pub restored: Restored,
    /// Moves that failed; their originals were left in place and are never written over.
    pub failed_moves: Vec<(QuarantineMove, SaveError)>,
    /// Listing the keys failed; the sessions were found through the index instead.
    pub listing_failed: Option<SaveError>,
    /// Sessions that read only after a repair, with the key of the exact copy kept aside.
    pub repaired: Vec<Repaired>,
}

/// A session read after a repair (values outside today's bounds, or text that was not
/// valid Unicode); its exact original is kept aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repaired {
    /// The session's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// What was outside the bounds (empty when only the text was not valid Unicode).
    pub violations: Vec<Violation>,
    /// Where the exact original is kept, or why it could not be.
    pub kept: Result<String, SaveError>,
}

/// Sessions, trash, settings and quarantine over a [`KeyValue`] backend.
#[derive(Debug)]
pub struct Store<B: KeyValue> {
    backend: B,
    /// Revision of each session as this tab last read or wrote it.
    known: HashMap<String, u64>,
    /// The index as last written, to skip rewriting it when nothing listed changed.
    index: Option<Vec<IndexEntry>>,
    /// Keys never to write: what they hold could not be read and not be kept aside, or
    /// storage could not be read at all.
    blocked: HashSet<String>,
    /// Index lines of sessions listed by the index but not read (storage could not list
    /// its keys): kept in the index so they are found again next time.
    unread: Vec<IndexEntry>,
}

impl<B: KeyValue> Store<B> {
    /// A store over `backend`; call [`Store::load_all`] before saving.
    pub fn new(backend: B) -> Self {
        Store {
            backend,
            known: HashMap::new(),
            index: None,
            blocked: HashSet::new(),
            unread: Vec::new(),
        }
    }

    /// The backend, e.g. to inspect it in tests.
    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// The backend, to change storage behind the store's back in tests.
    #[cfg(test)]
    pub(crate) fn backend_mut(&mut self) -> &mut B {
        &mut self.backend
    }

    /// Reads everything, puts damaged entries aside and rewrites the index.
    ///
    /// Fails only when nothing can be read at all; then every key this app knows of is
    /// protected, so nothing stored is written over unseen.
    pub fn load_all(&mut self, now_ms: u64) -> Result<Loaded, SaveError> {
        let (entries, listing_failed) = match self.read_entries() {
            Ok(entries) => (entries, None),
            Err(listing) => match self.read_through_index() {
                Ok(entries) => (entries, Some(listing)),
                Err(e) => {
                    self.protect_everything();
                    return Err(e);
                }
            },
        };
        let exact: HashMap<String, String> = entries
            .iter()
            .filter(|(_, v)| matches!(v, Exact::Utf16(_)))
            .map(|(k, v)| (k.clone(), v.kept()))
            .collect();
        let lossy: Vec<(String, String)> = entries
            .iter()
            .map(|(k, v)| (k.clone(), v.lossy()))
            .collect();
        let mut restored = restore(lossy.iter().cloned(), now_ms);
        // Text that was not valid Unicode is kept aside exactly (escaped), not as read.
        for m in &mut restored.moves {
            if let Some(kept) = exact.get(&m.from) {
                m.raw = kept.clone();
            }
        }
        for q in &mut restored.quarantined {
            if let Some(kept) = exact.get(&q.key) {
                q.raw = kept.clone();
            }
        }
        let failed_moves = self.apply_moves(&restored.moves);
        for (m, _) in &failed_moves {
            self.blocked.insert(m.from.clone());
        }
        let repaired = self.keep_repaired(&lossy, &exact, &restored, now_ms);
        self.known = restored
            .sessions
            .items
            .iter()
            .chain(restored.sessions.trash.iter().map(|t| &t.session))
            .map(|s| (s.id.clone(), s.revision))
            .collect();
        if listing_failed.is_some() {
            // Entries the index lists but that were not read stay listed.
            self.unread = restored.missing.clone();
            restored.missing.clear();
        }
        // The index is a cache; failing to rewrite it loses nothing.
        let _ = self.write_index(restored.index.clone());
        Ok(Loaded {
            restored,
            failed_moves,
            listing_failed,
            repaired,
        })
    }

    fn read_entries(&self) -> Result<Vec<(String, Exact)>, SaveError> {
        let mut entries = Vec::new();
        for key in self.backend.keys()? {
            if !key.starts_with(keys::APP_PREFIX) {
                continue;
            }
            if let Some(raw) = self.backend.get_exact(&key)? {
                entries.push((key, raw));
            }
        }
        Ok(entries)
    }

    /// When the keys cannot be listed: the index names the sessions, the other keys are
    /// known by name.
    fn read_through_index(&self) -> Result<Vec<(String, Exact)>, SaveError> {
        let mut wanted = vec![
            keys::INDEX.to_string(),
            keys::TRASH.to_string(),
            keys::SETTINGS.to_string(),
        ];
        if let Some(index) = self.backend.get(keys::INDEX)? {
            if let Ok(list) = serde_json::from_str::<Vec<IndexEntry>>(&index) {
                wanted.extend(list.iter().map(|e| keys::session_key(&e.id)));
            }
        }
        let mut entries = Vec::new();
        for key in wanted {
            if let Some(raw) = self.backend.get_exact(&key)? {
                entries.push((key, raw));
            }
        }
        Ok(entries)
    }

    fn protect_everything(&mut self) {
        for key in [keys::INDEX, keys::TRASH, keys::SETTINGS] {
            self.blocked.insert(key.to_string());
        }
        if let Ok(all) = self.backend.keys() {
            self.blocked
                .extend(all.into_iter().filter(|k| k.starts_with(keys::APP_PREFIX)));
        }
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
        self.writable(&key)?;
        let text = encode_session(session).map_err(|_| SaveError::Encode)?;
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
    ///
    /// The index records the trash too: when the trash key is protected (it holds something
    /// that could not be kept aside), the index alone carries it, and this still succeeds.
    pub fn save_list(&mut self, sessions: &Sessions) -> Result<(), SaveError> {
        let index = self.write_index(build_index(sessions));
        if self.blocked.contains(keys::TRASH) {
            return index;
        }
        let trash = serde_json::to_string(&build_trash(sessions)).map_err(|_| SaveError::Encode)?;
        self.backend.set(keys::TRASH, &trash)?;
        Ok(())
    }

    /// Refuses a write to a protected key.
    fn writable(&self, key: &str) -> Result<(), SaveError> {
        if self.blocked.contains(key) {
            return Err(SaveError::Blocked {
                key: key.to_string(),
            });
        }
        Ok(())
    }

    /// Whether `key` is protected from writes.
    pub fn is_blocked(&self, key: &str) -> bool {
        self.blocked.contains(key)
    }

    /// Removes a session's key for good (after [`Sessions::purge`]; then call `save_list`).
    pub fn delete_session(&mut self, id: &str) -> Result<(), SaveError> {
        let key = keys::session_key(id);
        self.writable(&key)?;
        self.backend.remove(&key)?;
        self.known.remove(id);
        Ok(())
    }

    /// The stored settings, defaults when missing or unreadable.
    pub fn load_settings(&self) -> Settings {
        self.read_settings().unwrap_or_default()
    }

    /// The stored settings (the defaults when none are stored), or `None` when settings are
    /// stored but cannot be read: the start then reads everything (see [`super::restore`]),
    /// so they are kept aside and said before anything writes the defaults over them.
    pub fn read_settings(&self) -> Option<Settings> {
        match self.backend.get(keys::SETTINGS) {
            Ok(Some(text)) => Settings::from_json(&text).ok(),
            Ok(None) => Some(Settings::default()),
            Err(_) => None,
        }
    }

    /// When each session was last saved to a file (none when unreadable: a reminder only).
    pub fn load_copies(&self) -> super::keeping::FileCopies {
        match self.backend.get(keys::COPIES) {
            Ok(Some(text)) => super::keeping::copies_from_json(&text),
            _ => Default::default(),
        }
    }

    /// Stores when each session was last saved to a file.
    pub fn save_copies(&mut self, copies: &super::keeping::FileCopies) -> Result<(), SaveError> {
        self.writable(keys::COPIES)?;
        Ok(self
            .backend
            .set(keys::COPIES, &super::keeping::copies_to_json(copies))?)
    }

    /// Stores the settings. What is under the key and cannot be read as settings (another
    /// tab's or app's text written since the start) is first copied aside at `now_ms`, and
    /// not written over when that copy fails.
    pub fn save_settings(&mut self, settings: &Settings, now_ms: u64) -> Result<(), SaveError> {
        self.writable(keys::SETTINGS)?;
        if let Ok(Some(raw)) = self.backend.get(keys::SETTINGS) {
            if Settings::from_json(&raw).is_err() {
                self.backend
                    .set(&keys::quarantine_key(keys::SETTINGS, now_ms), &raw)?;
            }
        }
        Ok(self.backend.set(keys::SETTINGS, &settings.to_json())?)
    }

    fn refresh_index_entry(&mut self, session: &Session) {
        let Some(mut index) = self.index.clone() else {
            return;
        };
        let trashed = index
            .iter()
            .find(|e| e.id == session.id)
            .and_then(|e| e.trashed_ms);
        let entry = IndexEntry::of(session, trashed);
        match index.binary_search_by(|e| e.id.cmp(&entry.id)) {
            Ok(i) => index[i] = entry,
            Err(i) => index.insert(i, entry),
        }
        let _ = self.write_index(index);
    }

    fn write_index(&mut self, mut index: Vec<IndexEntry>) -> Result<(), SaveError> {
        for entry in &self.unread {
            if index.iter().all(|e| e.id != entry.id) {
                index.push(entry.clone());
            }
        }
        crate::model::order::sort_by(&mut index, |a, b| a.id.cmp(&b.id));
        if self.index.as_ref() == Some(&index) {
            return Ok(());
        }
        self.writable(keys::INDEX)?;
        let text = serde_json::to_string(&index).map_err(|_| SaveError::Encode)?;
        self.backend.set(keys::INDEX, &text)?;
        self.index = Some(index);
        Ok(())
    }
}

mod quarantine;

#[cfg(test)]
mod tests;
