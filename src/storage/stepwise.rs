//! A file decoded one session at a time, so a big file never holds the page: opening it
//! checks its size and encoding, and its JSON syntax in one pass that builds no values
//! (each session's numbers and nesting are checked when it is read), and reads the
//! envelope; each [`Stepwise::step`] then reads one session of its list. The caller decides
//! how many steps fit in one task of the page; every decision about the text stays here,
//! pure and tested.
//!
//! A document that is not a list of sessions (one stored session, or a file that is wrong)
//! is read whole on opening; in a file it may be at most [`MAX_SESSION_BYTES`], the bound
//! on every single session and every other field of the envelope, so no one read is long.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::de::{Deserialize, Deserializer, IgnoredAny, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;

use super::codec::{decode_whole, refuse_too_large, version_of, Document, Kind};
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
    /// Where the document starts in `text` (after a byte-order mark): positions in errors
    /// count from here, as a text editor shows them.
    body_start: usize,
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
        refuse_too_large(bytes.len())?;
        let text = String::from_utf8(bytes).map_err(|e| DecodeError::NotUtf8 {
            byte: e.utf8_error().valid_up_to(),
        })?;
        Stepwise::open(text)
    }

    /// Like [`Stepwise::open_bytes`] for text already read.
    pub fn open(text: String) -> Result<Stepwise, DecodeError> {
        refuse_too_large(text.len())?;
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
                body_start: 0,
                items: Vec::new(),
                version: u64::from(doc.version),
                kind: doc.kind,
                sessions: doc.sessions,
            });
        };
        let items = items
            .into_iter()
            .map(|r| r.start + start..r.end + start)
            .collect::<Vec<_>>();
        Ok(Stepwise {
            sessions: Vec::with_capacity(items.len()),
            text,
            body_start: start,
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
        // Opening checked the syntax; a number out of range or nesting too deep is found
        // here, and placed in the whole file.
        let body = &self.text[self.body_start..];
        let value: Value = serde_json::from_str(raw).map_err(|e| not_json_in(e, body, raw))?;
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

/// Reads any Samen Doen document of any supported version: a stored session or an export.
/// Every session must be inside the model's bounds. (A file is best read with
/// [`Stepwise`], which lets the page answer between its sessions; this reads them all.)
pub fn decode(text: &str) -> Result<Document, DecodeError> {
    Stepwise::open(text.to_owned())?.run()
}

fn not_json(e: serde_json::Error) -> DecodeError {
    DecodeError::NotJson {
        line: e.line(),
        column: e.column(),
    }
}

/// An error in `part` (a slice of `body`) placed by line and column in `body`.
fn not_json_in(e: serde_json::Error, body: &str, part: &str) -> DecodeError {
    let offset = (part.as_ptr() as usize)
        .saturating_sub(body.as_ptr() as usize)
        .min(body.len());
    let before = body.as_bytes()[..offset].iter();
    let lines = before.filter(|&&b| b == b'\n').count();
    let line_start = body[..offset].rfind('\n').map_or(0, |i| i + 1);
    DecodeError::NotJson {
        line: lines + e.line(),
        column: if e.line() == 1 {
            offset - line_start + e.column()
        } else {
            e.column()
        },
    }
}

/// The items of a JSON list as raw text, the first `MAX_SESSIONS_PER_FILE + 1` kept and the
/// rest only counted: a list of ten million tiny values is refused by its length without
/// ten million places being kept.
struct Bounded<'a> {
    items: Vec<&'a RawValue>,
    total: usize,
}

impl<'de> Deserialize<'de> for Bounded<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Items;
        impl<'de> Visitor<'de> for Items {
            type Value = Bounded<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                let mut total = 0;
                while items.len() <= MAX_SESSIONS_PER_FILE {
                    match seq.next_element::<&'de RawValue>()? {
                        Some(raw) => items.push(raw),
                        None => {
                            return Ok(Bounded {
                                total: items.len(),
                                items,
                            })
                        }
                    }
                }
                total += items.len();
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    total += 1;
                }
                Ok(Bounded { items, total })
            }
        }
        deserializer.deserialize_seq(Items)
    }
}

/// Where each item of the JSON list `list` (a slice of `body`) is in `body`; more than a
/// file's number of sessions is refused by the count.
fn raw_list(list: &str, body: &str) -> Result<Vec<Range<usize>>, DecodeError> {
    let Bounded { items, total } =
        serde_json::from_str(list).map_err(|e| not_json_in(e, body, list))?;
    if total > MAX_SESSIONS_PER_FILE {
        return Err(DecodeError::Invalid {
            field: "data".into(),
            value: total.to_string(),
            rule: Rule::Bound(Bound::MaxItems(MAX_SESSIONS_PER_FILE)),
        });
    }
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
    // reading's own, so both ways refuse a wrong file with the same words. A field bigger
    // than a session may be is refused by its size before it is read.
    let mut head = serde_json::Map::new();
    for (key, raw) in top.iter().filter(|(key, _)| key.as_str() != "data") {
        let raw = raw.get();
        if raw.len() > MAX_SESSION_BYTES {
            return Err(DecodeError::Invalid {
                field: shorten(key),
                value: raw.len().to_string(),
                rule: Rule::Bound(Bound::MaxBytes(MAX_SESSION_BYTES)),
            });
        }
        let value = serde_json::from_str(raw).map_err(|e| not_json_in(e, body, raw))?;
        head.insert(key.clone(), value);
    }
    let head = Value::Object(head);
    let enveloped = head.get("format").is_some();
    let version = version_of(&head)?;
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
