//! The key-value interface the store needs, so its rules are tested natively in memory.

use std::collections::BTreeMap;

/// A failure of the underlying storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackendError {
    /// The quota is exhausted; nothing was written.
    Full,
    /// Any other failure (storage disabled, security error …), with the browser's words.
    Other(String),
}

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
}

/// An in-memory [`KeyValue`] with an optional size quota, for tests and previews.
#[derive(Clone, Debug, Default)]
pub struct MemoryBackend {
    /// The stored entries.
    pub entries: BTreeMap<String, String>,
    /// Largest total of key + value lengths (bytes) before writes fail with `Full`.
    pub quota: Option<usize>,
    /// When true every call fails with `Other`, like a browser that revoked storage.
    pub broken: bool,
}

impl MemoryBackend {
    fn check(&self) -> Result<(), BackendError> {
        if self.broken {
            return Err(BackendError::Other("SecurityError".into()));
        }
        Ok(())
    }
}

impl KeyValue for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.check()?;
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        self.check()?;
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
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        self.check()?;
        self.entries.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        self.check()?;
        Ok(self.entries.keys().cloned().collect())
    }
}
