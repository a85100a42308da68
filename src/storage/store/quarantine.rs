//! Keeping damaged entries aside: a copy under a quarantine key, verified, before the
//! original goes; and an exact copy of each session that read only after a repair.

use std::collections::HashMap;

use super::Store;
use crate::storage::backend::KeyValue;
use crate::storage::error::SaveError;
use crate::storage::keys;
use crate::storage::restore::{QuarantineMove, Restored};
use crate::storage::store::Repaired;

impl<B: KeyValue> Store<B> {
    /// Keeps an exact copy of each session that only read after a repair (the original
    /// stays too, until the session is next saved).
    pub(super) fn keep_repaired(
        &mut self,
        lossy: &[(String, String)],
        exact: &HashMap<String, String>,
        restored: &Restored,
        now_ms: u64,
    ) -> Vec<Repaired> {
        let mut out = Vec::new();
        for (key, raw) in lossy {
            let keys::KeyKind::Session(id) = keys::classify(key) else {
                continue;
            };
            let violations = restored
                .repaired
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            let original = exact.get(key);
            if violations.is_empty() && original.is_none() {
                continue;
            }
            let Some(session) = restored
                .sessions
                .items
                .iter()
                .chain(restored.sessions.trash.iter().map(|t| &t.session))
                .find(|s| s.id == id)
            else {
                continue;
            };
            let title = session.title.clone();
            let kept = self.quarantine(key, original.unwrap_or(raw), now_ms);
            out.push(Repaired {
                id: id.clone(),
                title,
                violations,
                kept,
            });
        }
        out
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
            return Err(SaveError::CopyUnverified);
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
            return Err(SaveError::NotKeptAside);
        }
        Ok(self.backend.remove(key)?)
    }
}

fn stamp_of(quarantine_key: &str) -> u64 {
    quarantine_key
        .rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}
