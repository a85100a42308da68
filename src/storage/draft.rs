//! The answer a phone keeps until it is sent: one short text per round, under its own key,
//! so a reload, a closed tab or a lost signal loses nothing the participant tapped.

use super::backend::KeyValue;
use super::error::SaveError;
use super::keys;

/// The draft kept for the round with this tag, if any (unreadable storage: none).
pub fn load(kv: &impl KeyValue, tag: u32) -> Option<String> {
    kv.get(&keys::answer_key(tag)).ok().flatten()
}

/// Keeps `draft` for the round with this tag.
pub fn save(kv: &mut impl KeyValue, tag: u32, draft: &str) -> Result<(), SaveError> {
    Ok(kv.set(&keys::answer_key(tag), draft)?)
}

#[cfg(test)]
mod tests;
