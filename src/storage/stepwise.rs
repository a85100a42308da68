//! A file decoded one session at a time, so a big file never holds the page: opening it
//! checks its size, encoding and JSON in one pass without building its values, and each
//! [`Stepwise::step`] then reads one session of its list. The caller decides how many steps
//! fit in one task of the page; every decision about the text stays here, pure and tested.
//!
//! A document that is not a list of sessions (one stored session, or a file that is wrong)
//! is read whole on opening; in a file it may be at most [`MAX_SESSION_BYTES`], the bound
//! on every single session, so no one read takes long.

use std::collections::BTreeMap;
use std::ops::Range;

use serde_json::value::RawValue;
use serde_json::Value;

use super::codec::{decode_whole, version_of, Document, Kind, MAX_DOCUMENT_BYTES};
use super::error::{shorten, DecodeError, Found, Rule};
use super::format::CURRENT_VERSION;
use super::migrate::{migrate_session, supported};
use super::validate::session_from_value;
use crate::model::bounds::{Bound, MAX_SESSIONS_PER_FILE};
use crate::model::Session;

/// Most bytes of one session in a file or link: fifty times a full meeting's session
/// (about 20 KB), and small enough to read within one short task of the page.
pub const MAX_SESSION_BYTES: usize = 1024 * 1024;

/// A document being decoded; see the module's note.
#[derive(Debug)]
pub struct Stepwise {
    text: String,
    /// Where each session of the list is in `text`, in file order.
    items: Vec<Range<usize>>,
    /// The version the list was written in (its sessions are migrated one by one).
    version: u64,
    kind: Kind,
    sessions: Vec<Session>,
}

impl Stepwise {
    /// Checks a file's bytes (size, UTF-8, JSON, envelope) and finds its sessions.
    pub fn open_bytes(bytes: Vec<u8>) -> Result<Stepwise, DecodeError> {
        too_large(bytes.len())?;
        let text = String::from_utf8(bytes).map_err(|e| DecodeError::NotUtf8 {
            byte: e.utf8_error().valid_up_to(),
        })?;
        Stepwise::open(text)
    }

    /// Like [`Stepwise::open_bytes`] for text already read.
    pub fn open(text: String) -> Result<Stepwise, DecodeError> {
        too_large(text.len())?;
        // A byte-order mark is what Windows editors put in front of hand-edited files.
        let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let body = &text[start..];
        let found = match body.trim_start().as_bytes().first() {
            // The prototype's (version 0) export: a bare list of sessions.
            Some(b'[') => Some((0, raw_list(body, body)?)),
            Some(b'{') => export_list(body)?,
            _ => None,
        };
        let Some((version, items)) = found else {
            let doc = single(body)?;
            return Ok(Stepwise {
                text: String::new(),
                items: Vec::new(),
                version: u64::from(doc.version),
                kind: doc.kind,
                sessions: doc.sessions,
            });
        };
        if items.len() > MAX_SESSIONS_PER_FILE {
            return Err(DecodeError::Invalid {
                field: "data".into(),
                value: items.len().to_string(),
                rule: Rule::Bound(Bound::MaxItems(MAX_SESSIONS_PER_FILE)),
            });
        }
        let items = items
            .into_iter()
            .map(|r| r.start + start..r.end + start)
            .collect::<Vec<_>>();
        Ok(Stepwise {
            sessions: Vec::with_capacity(items.len()),
            text,
            items,
            version,
            kind: Kind::Export,
        })
    }

    /// Sessions in the document.
    pub fn total(&self) -> usize {
        self.items.len().max(self.sessions.len())
    }

    /// Sessions read so far.
    pub fn done(&self) -> usize {
        self.sessions.len()
    }

    /// Reads the next session; false when none is left. An error names the session
    /// (`sessions[3].title`), and the document is refused as a whole.
    pub fn step(&mut self) -> Result<bool, DecodeError> {
        let i = self.sessions.len();
        let Some(range) = self.items.get(i).cloned() else {
            return Ok(false);
        };
        let path = format!("sessions[{i}]");
        let raw = &self.text[range];
        if raw.len() > MAX_SESSION_BYTES {
            return Err(DecodeError::Invalid {
                field: path,
                value: raw.len().to_string(),
                rule: Rule::Bound(Bound::MaxBytes(MAX_SESSION_BYTES)),
            });
        }
        // Opening checked the whole text as JSON, so this cannot fail; said, not assumed.
        let value: Value = serde_json::from_str(raw).map_err(not_json)?;
        let session = migrate_session(self.version, value)
            .and_then(session_from_value)
            .map_err(|e| e.within(&path))?;
        self.sessions.push(session);
        Ok(i + 1 < self.items.len())
    }

    /// The decoded document; the sessions not yet read are left out.
    pub fn finish(self) -> Document {
        Document {
            kind: self.kind,
            sessions: self.sessions,
            version: u32::try_from(self.version).unwrap_or(CURRENT_VERSION),
        }
    }

    /// Reads every session at once (for texts known to be small, and for tests).
    pub fn run(mut self) -> Result<Document, DecodeError> {
        while self.step()? {}
        Ok(self.finish())
    }
}

fn too_large(bytes: usize) -> Result<(), DecodeError> {
    if bytes > MAX_DOCUMENT_BYTES {
        return Err(DecodeError::TooLarge {
            bytes,
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    Ok(())
}

fn not_json(e: serde_json::Error) -> DecodeError {
    DecodeError::NotJson {
        line: e.line(),
        column: e.column(),
    }
}

/// Where each item of the JSON list `list` (a slice of `body`) is in `body`.
fn raw_list(list: &str, body: &str) -> Result<Vec<Range<usize>>, DecodeError> {
    let items: Vec<&RawValue> = serde_json::from_str(list).map_err(not_json)?;
    let base = body.as_ptr() as usize;
    Ok(items
        .iter()
        .map(|raw| {
            let start = raw.get().as_ptr() as usize - base;
            start..start + raw.get().len()
        })
        .collect())
}

/// A list's version and the places of its sessions in the text.
type Listed = (u64, Vec<Range<usize>>);

/// An enveloped export's version and the places of its sessions; `None` when the document
/// is not a list of sessions (it is then read whole, which also says what is wrong).
fn export_list(body: &str) -> Result<Option<Listed>, DecodeError> {
    let top: BTreeMap<String, &RawValue> = serde_json::from_str(body).map_err(not_json)?;
    // Everything but the sessions, read as values: the envelope's checks are the whole
    // reading's own, so both ways refuse a wrong file with the same words.
    let head: serde_json::Map<String, Value> = top
        .iter()
        .filter(|(key, _)| key.as_str() != "data")
        .filter_map(|(key, raw)| Some((key.clone(), serde_json::from_str(raw.get()).ok()?)))
        .collect();
    let enveloped = head.contains_key("format");
    let version = version_of(&Value::Object(head.clone()))?;
    supported(version)?;
    let data = top.get("data").map(|raw| raw.get());
    let list = data.filter(|d| d.trim_start().starts_with('['));
    let kind = head.get("kind").and_then(Value::as_str);
    let export = enveloped && (version == 0 || kind == Some("export"));
    match list {
        Some(list) if export => Ok(Some((version, raw_list(list, body)?))),
        _ if body.len() <= MAX_SESSION_BYTES => Ok(None),
        // Too big to be read whole: refused by what it is, quoting only its start.
        Some(_) | None if !enveloped || version == 0 || kind == Some("session") => {
            Err(DecodeError::Invalid {
                field: if enveloped { "data" } else { "session" }.into(),
                value: body.len().to_string(),
                rule: Rule::Bound(Bound::MaxBytes(MAX_SESSION_BYTES)),
            })
        }
        _ if kind == Some("export") => Err(DecodeError::Invalid {
            field: "data".into(),
            value: shorten(data.unwrap_or("null")),
            rule: Rule::List,
        }),
        _ => Err(DecodeError::invalid(
            "kind",
            head.get("kind").unwrap_or(&Value::Null),
            Rule::OneOf(vec!["session".into(), "export".into()]),
        )),
    }
}

/// A document that is not a list of sessions, read whole: one session, or the refusal.
fn single(body: &str) -> Result<Document, DecodeError> {
    if body.len() > MAX_SESSION_BYTES {
        // Not an object or a list: JSON at all? Then what it is, quoting its start.
        let _: &RawValue = serde_json::from_str(body).map_err(not_json)?;
        return Err(DecodeError::WrongFormat(Found::Value(shorten(body.trim()))));
    }
    decode_whole(body)
}

#[cfg(test)]
mod tests;
