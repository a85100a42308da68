//! The key-value interface the store needs, so its rules are tested natively in memory.

use std::collections::BTreeMap;

pub use super::error::BackendError;
use super::exact::Exact;

/// A string key-value store with atomic single-key writes (like `localStorage`).
pub trait KeyValue {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, BackendError>;
    /// Writes `value` under `key`; on error the previous value is unchanged.
    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError>;
    /// Removes `key` (no error if absent).
    fn remove(&mut self, key: &str) -> Result<(), BackendError>;
    /// All keys.
    fn keys(&self) -> Result<Vec<String>, BackendError>;
    /// The value under `key` exactly, even when it is not valid Unicode (a lone surrogate
    /// that `get` would have to replace).
    fn get_exact(&self, key: &str) -> Result<Option<Exact>, BackendError> {
        Ok(self.get(key)?.map(Exact::Text))
    }
}

/// An in-memory [`KeyValue`] with an optional size quota, for tests and previews.
#[derive(Clone, Debug, Default)]
pub struct MemoryBackend {
    /// The stored entries.
    pub entries: BTreeMap<String, String>,
    /// Largest total of key + value lengths (bytes) before writes fail with `Full`.
    pub quota: Option<usize>,
    /// When true every call fails with `Denied`, like a browser that revoked storage.
    pub broken: bool,
    /// Only reads fail (`getItem` throws).
    pub fail_get: bool,
    /// Only writes fail (`setItem` throws something else than a full quota).
    pub fail_set: bool,
    /// Only listing fails (`key()` throws).
    pub fail_keys: bool,
    /// Values that are not valid Unicode (UTF-16 with lone surrogates), as a browser can hold.
    pub utf16: BTreeMap<String, Vec<u16>>,
}

impl MemoryBackend {
    fn check(&self, op_fails: bool) -> Result<(), BackendError> {
        if self.broken || op_fails {
            return Err(BackendError::Denied);
        }
        Ok(())
    }
}

impl KeyValue for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        Ok(self.get_exact(key)?.map(|e| e.lossy()))
    }

    fn get_exact(&self, key: &str) -> Result<Option<Exact>, BackendError> {
        self.check(self.fail_get)?;
        if let Some(units) = self.utf16.get(key) {
            return Ok(Some(Exact::Utf16(units.clone())));
        }
        Ok(self.entries.get(key).cloned().map(Exact::Text))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        self.check(self.fail_set)?;
        if let Some(quota) = self.quota {
            let others: usize = self
                .entries
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(BackendError::Full);
            }
        }
        self.utf16.remove(key);
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        self.check(self.fail_set)?;
        self.entries.remove(key);
        self.utf16.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        self.check(self.fail_keys)?;
        let mut keys: Vec<String> = self.entries.keys().cloned().collect();
        keys.extend(self.utf16.keys().cloned());
        Ok(keys)
    }
}
