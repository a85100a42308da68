//! The first screen without reading a session: the session list from the stored index,
//! trusted only when it names exactly the sessions storage holds. Everything is still read
//! and checked right after (`Store::load_all`), which also rewrites an out-of-step index.

use std::collections::BTreeSet;

use super::backend::KeyValue;
use super::keys::{self, KeyKind};
use super::restore::IndexEntry;
use super::store::Store;
use crate::model::session::summary::Summary;

impl<B: KeyValue> Store<B> {
    /// The live sessions as the index lists them, or `None` when the index cannot stand in
    /// for the sessions: missing, unreadable, or naming other sessions than the stored keys
    /// (a session added or removed without the index, or an index from elsewhere). Reads
    /// the key list and one key; parses no session and writes nothing.
    pub fn glance(&self) -> Option<Vec<Summary>> {
        let backend = self.backend();
        let stored: BTreeSet<String> = backend
            .keys()
            .ok()?
            .into_iter()
            .filter_map(|key| match keys::classify(&key) {
                KeyKind::Session(id) => Some(id),
                _ => None,
            })
            .collect();
        let text = backend.get(keys::INDEX).ok()??;
        let index: Vec<IndexEntry> = serde_json::from_str(&text).ok()?;
        let listed: BTreeSet<String> = index.iter().map(|e| e.id.clone()).collect();
        if listed != stored || listed.len() != index.len() {
            return None;
        }
        Some(
            index
                .into_iter()
                .filter(|e| e.trashed_ms.is_none())
                .map(|e| Summary {
                    id: e.id,
                    title: e.title,
                    school: e.school,
                    date: e.date,
                    created_ms: e.created_ms,
                    updated_ms: e.updated_ms,
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests;
