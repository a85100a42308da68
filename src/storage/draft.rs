//! Text kept until it becomes part of something: the answer a phone keeps until it is sent
//! (one short text per round), and text typed into a field that is not yet part of its
//! session (a new action before it is added), each under its own key, so a reload, a
//! closed tab or a lost signal loses nothing typed or tapped.

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

/// Most characters kept of a typed text (the longest field's bound).
const MAX_FIELD_CHARS: usize = crate::model::bounds::MAX_LONG_CHARS;

/// The text typed into `field` of session `id` and not yet added, if any.
pub fn load_field(kv: &impl KeyValue, id: &str, field: &str) -> Option<String> {
    let text = kv.get(&keys::draft_key(id, field)).ok().flatten()?;
    let text = crate::model::bounds::clip(text, MAX_FIELD_CHARS);
    (!text.is_empty()).then_some(text)
}

/// Keeps `text` typed into `field` of session `id`; an empty text removes the key.
pub fn save_field(
    kv: &mut impl KeyValue,
    id: &str,
    field: &str,
    text: &str,
) -> Result<(), SaveError> {
    let key = keys::draft_key(id, field);
    if text.is_empty() {
        Ok(kv.remove(&key)?)
    } else {
        Ok(kv.set(&key, &crate::model::bounds::clip(text, MAX_FIELD_CHARS))?)
    }
}

#[cfg(test)]
mod tests;
