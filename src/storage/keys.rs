//! Every localStorage key Samen Doen uses, in one table.
//!
//! | key | holds |
//! |---|---|
//! | `samen-doen/v1/session/<id>` | one session in a stored-session envelope (also trashed ones) |
//! | `samen-doen/v1/index` | summary of the sessions (`id`, title, school, created); a cache |
//! | `samen-doen/v1/trash` | which sessions are in the trash: `[{ "id", "deleted_ms" }]` |
//! | `samen-doen/v1/settings` | `{ "language": "nl" \| "en", "smartboard": bool }` |
//! | `samen-doen/v1/copies` | when each session was last saved to a file: `{ id: { ms, updated_ms } }` |
//! | `samen-doen/v1/answer/<tag>` | on a phone: the answer kept until sent, for one round |
//! | `samen-doen/v1/draft/<id>/<field>` | text typed into a field not yet part of session `<id>` (a new action) |
//! | `samen-doen/quarantine/<key>/<ms>` | raw text of an entry that could not be read, kept aside |
//! | `samen-doen/probe` | written and removed again by `LocalStore::open` to test storage |
//!
//! Each session has its own key so that saving one of 500 sessions writes one small value.
//! Session keys are the source of truth: the index is rebuilt from them when it is damaged.
//! The `v1` in the path is the *key layout* version, independent of the JSON format version
//! inside the values; keys of other apps and of unknown layouts are never touched.

/// Prefix of every key this app owns.
pub const APP_PREFIX: &str = "samen-doen/";
/// Prefix of the session keys; the session id follows.
pub const SESSION_PREFIX: &str = "samen-doen/v1/session/";
/// The session index (summary cache).
pub const INDEX: &str = "samen-doen/v1/index";
/// The list of trashed session ids.
pub const TRASH: &str = "samen-doen/v1/trash";
/// Language and smartboard mode.
pub const SETTINGS: &str = "samen-doen/v1/settings";
/// When each session was last saved to a file (a reminder, not data).
pub const COPIES: &str = "samen-doen/v1/copies";
/// Prefix of the answers a phone keeps; the round's tag follows.
pub const ANSWER_PREFIX: &str = "samen-doen/v1/answer/";
/// Prefix of the texts typed but not yet added; the session id and field follow.
pub const DRAFT_PREFIX: &str = "samen-doen/v1/draft/";
/// Prefix of quarantined entries; the original key and a timestamp follow.
pub const QUARANTINE_PREFIX: &str = "samen-doen/quarantine/";
/// Scratch key for the availability probe.
pub const PROBE: &str = "samen-doen/probe";

/// The key under which session `id` is stored.
pub fn session_key(id: &str) -> String {
    format!("{SESSION_PREFIX}{id}")
}

/// The key under which a phone keeps its answer for the round `tag`.
pub fn answer_key(tag: u32) -> String {
    format!("{ANSWER_PREFIX}{tag}")
}

/// The key under which text typed into `field` of session `id` is kept until it is added.
pub fn draft_key(id: &str, field: &str) -> String {
    format!("{DRAFT_PREFIX}{id}/{field}")
}

/// The quarantine key for the damaged entry `original` found at `now_ms`.
pub fn quarantine_key(original: &str, now_ms: u64) -> String {
    format!("{QUARANTINE_PREFIX}{original}/{now_ms}")
}

/// What a key is, for restore and for reacting to `storage` events from other tabs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyKind {
    /// A session key, with the session id.
    Session(String),
    /// The index.
    Index,
    /// The trash list.
    Trash,
    /// The settings.
    Settings,
    /// The file-copy reminders.
    Copies,
    /// An entry kept aside earlier.
    Quarantine,
    /// A phone's answer, kept until sent.
    AnswerDraft,
    /// Text typed into a field, kept until it is added.
    FieldDraft,
    /// The probe key.
    Probe,
    /// Ours by prefix but unknown (e.g. written by a newer version): leave it alone.
    UnknownOwn,
    /// Not ours.
    Foreign,
}

/// Classifies a localStorage key.
pub fn classify(key: &str) -> KeyKind {
    if let Some(id) = key.strip_prefix(SESSION_PREFIX) {
        return if id.is_empty() {
            KeyKind::UnknownOwn
        } else {
            KeyKind::Session(id.to_string())
        };
    }
    match key {
        INDEX => KeyKind::Index,
        TRASH => KeyKind::Trash,
        SETTINGS => KeyKind::Settings,
        COPIES => KeyKind::Copies,
        PROBE => KeyKind::Probe,
        _ if key.starts_with(QUARANTINE_PREFIX) => KeyKind::Quarantine,
        _ if key.starts_with(ANSWER_PREFIX) => KeyKind::AnswerDraft,
        _ if key.starts_with(DRAFT_PREFIX) => KeyKind::FieldDraft,
        _ if key.starts_with(APP_PREFIX) => KeyKind::UnknownOwn,
        _ => KeyKind::Foreign,
    }
}

#[cfg(test)]
mod tests;
