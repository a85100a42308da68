//! The versioned envelope around stored sessions and export files.
//!
//! ```json
//! { "format": "samen-doen", "version": 1, "kind": "session", "data": { …session… } }
//! { "format": "samen-doen", "version": 1, "kind": "export", "exported_ms": 0, "data": [ … ] }
//! ```
//! Older versions are migrated on reading (see [`super::migrate`]); writing is always current.

use serde::Serialize;
use serde_json::Value;

use super::error::{shorten, DecodeError, EncodeError, Found, Rule};
pub use super::format::{CURRENT_VERSION, FORMAT};
use super::migrate::migrate;
use super::validate::{session_from_value, stored_session_from_value};
use crate::model::bounds::{Bound, Violation, MAX_SESSIONS_PER_FILE};
use crate::model::Session;

/// Largest document accepted, in bytes; far above any real meeting, below a browser hang.
pub const MAX_DOCUMENT_BYTES: usize = 20 * 1024 * 1024;

/// What a document holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One stored session.
    Session,
    /// An export file of one or more sessions.
    Export,
}

/// A decoded document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Stored session or export file.
    pub kind: Kind,
    /// The sessions, in file order (exactly one for [`Kind::Session`]).
    pub sessions: Vec<Session>,
    /// The version the text was written in (older ones were migrated).
    pub version: u32,
}

// A struct rather than `json!` keeps "format" first, so a person opening the file sees it.
#[derive(Serialize)]
struct Envelope<'a, T: Serialize> {
    format: &'static str,
    version: u32,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported_ms: Option<u64>,
    /// The Bronvermelding travels with every export (readers ignore it on import).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sources: Vec<&'a str>,
    data: &'a T,
}

/// The citations of the instruments the app is built on, for exports and reports.
pub fn sources() -> Vec<&'static str> {
    use crate::model::{framework::framework, isf::isf_tips, ladder::ladder};
    vec![
        framework().citation.text.as_str(),
        ladder().citation.as_str(),
        isf_tips().citation.text.as_str(),
    ]
}

/// Compact text of one session for its storage key.
pub fn encode_session(session: &Session) -> Result<String, EncodeError> {
    let doc = Envelope {
        format: FORMAT,
        version: CURRENT_VERSION,
        kind: "session",
        exported_ms: None,
        sources: Vec::new(),
        data: session,
    };
    serde_json::to_string(&doc).map_err(|_| EncodeError)
}

/// Readable text of an export file with the given sessions.
pub fn encode_export(sessions: &[Session], exported_ms: u64) -> Result<String, EncodeError> {
    let doc = Envelope {
        format: FORMAT,
        version: CURRENT_VERSION,
        kind: "export",
        exported_ms: Some(exported_ms),
        sources: sources(),
        data: &sessions,
    };
    // Compact first, then laid out: one compiled serializer for every format (see pretty.rs).
    serde_json::to_string(&doc)
        .map(|compact| super::pretty::pretty(&compact))
        .map_err(|_| EncodeError)
}

/// Reads a document all at once, building its values first: for one session (stored or
/// in a small file); files go through `super::stepwise`, which reads lists a session at a
/// time.
pub(super) fn decode_whole(text: &str) -> Result<Document, DecodeError> {
    decode_with(text, false).map(|(doc, _)| doc)
}

/// Refuses a document longer than [`MAX_DOCUMENT_BYTES`]: before a file is read, and again
/// before any text is decoded.
pub fn refuse_too_large(bytes: usize) -> Result<(), DecodeError> {
    if bytes > MAX_DOCUMENT_BYTES {
        return Err(DecodeError::TooLarge {
            bytes,
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    Ok(())
}

fn decode_with(text: &str, repairing: bool) -> Result<(Document, Vec<Violation>), DecodeError> {
    refuse_too_large(text.len())?;
    // A byte-order mark is what Windows editors put in front of hand-edited files.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc: Value = serde_json::from_str(text).map_err(|e| DecodeError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let version = version_of(&doc)?;
    let Value::Object(mut envelope) = migrate(version, doc)? else {
        return Err(DecodeError::WrongFormat(Found::NoEnvelope));
    };
    let data = envelope.remove("data").unwrap_or(Value::Null);
    let kind = envelope.remove("kind").unwrap_or(Value::Null);
    let mut repaired = Vec::new();
    let (kind, sessions) = match (kind.as_str(), data) {
        (Some("session"), data) if repairing => {
            let (session, found) = stored_session_from_value(data)?;
            repaired = found;
            (Kind::Session, vec![session])
        }
        (Some("session"), data) => (Kind::Session, vec![session_from_value(data)?]),
        (Some("export"), Value::Array(items)) if items.len() > MAX_SESSIONS_PER_FILE => {
            return Err(DecodeError::Invalid {
                field: "data".into(),
                value: items.len().to_string(),
                rule: Rule::Bound(Bound::MaxItems(MAX_SESSIONS_PER_FILE)),
            })
        }
        (Some("export"), Value::Array(items)) => {
            let sessions = items
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    session_from_value(s).map_err(|e| e.within(&format!("sessions[{i}]")))
                })
                .collect::<Result<Vec<_>, _>>()?;
            (Kind::Export, sessions)
        }
        (Some("export"), data) => return Err(DecodeError::invalid("data", &data, Rule::List)),
        _ => {
            return Err(DecodeError::invalid(
                "kind",
                &kind,
                Rule::OneOf(vec!["session".into(), "export".into()]),
            ))
        }
    };
    Ok((
        Document {
            kind,
            sessions,
            // `migrate` refused anything newer than this app's version.
            version: u32::try_from(version).unwrap_or(CURRENT_VERSION),
        },
        repaired,
    ))
}

/// Reads the value of a session key: exactly one session (an export there is an error).
/// Values an earlier version could have stored outside today's bounds are repaired.
pub fn decode_stored_session(text: &str) -> Result<Session, DecodeError> {
    decode_stored_session_repairing(text).map(|(s, _)| s)
}

/// Like [`decode_stored_session`], and also says what it repaired.
pub fn decode_stored_session_repairing(
    text: &str,
) -> Result<(Session, Vec<Violation>), DecodeError> {
    let (doc, repaired) = decode_with(text, true)?;
    match (doc.kind, doc.sessions.len()) {
        (Kind::Session, 1) => Ok((
            doc.sessions.into_iter().next().expect("one session"),
            repaired,
        )),
        _ => Err(DecodeError::WrongFormat(Found::ExportNotSession)),
    }
}

pub(super) fn version_of(doc: &Value) -> Result<u64, DecodeError> {
    match doc {
        Value::Object(obj) => match obj.get("format") {
            Some(Value::String(f)) if f == FORMAT => {
                // Whether this app reads that version is the migrations' to say.
                let v = obj.get("version").unwrap_or(&Value::Null);
                match v.as_u64() {
                    Some(n) => Ok(n),
                    None => Err(DecodeError::invalid("version", v, Rule::WholeNumber)),
                }
            }
            Some(other) => Err(DecodeError::WrongFormat(Found::Marker(shorten(
                &other.to_string(),
            )))),
            // The prototype's bare session objects always carried an id.
            None if obj.contains_key("id") => Ok(0),
            None => Err(DecodeError::WrongFormat(Found::NoFormat)),
        },
        Value::Array(_) => Ok(0),
        other => Err(DecodeError::WrongFormat(Found::Value(shorten(
            &other.to_string(),
        )))),
    }
}

#[cfg(test)]
mod tests;
