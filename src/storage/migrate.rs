//! Migrations of older file and storage formats to the current one.
//!
//! # Version 0 (pre-release prototype, before 2026)
//! The prototype wrote **bare session JSON without an envelope**, both in localStorage (under
//! the session key) and in export files (one object, or an array of objects). Its fields
//! differed from version 1:
//! - `name` instead of `title`;
//! - `pupils` instead of `pupil_count`, a number or numeric text (`"412"`), from a text box;
//! - `created` / `updated`: **seconds** since the epoch as a float (JavaScript `Date.now()/1000`)
//!   instead of whole milliseconds `created_ms` / `updated_ms`;
//! - `participants`: a list of role names (`["Teacher", "YouthWorker"]`) without names;
//! - no `revision`.
//!
//! A document is version 0 when it has no `"format"` field, or says `"version": 0`.
//!
//! # Version 1
//! `{ "format": "samen-doen", "version": 1, "kind": "session", "data": {session} }` for one
//! stored session, `{ …, "kind": "export", "exported_ms": n, "data": [sessions] }` for a file.
//!
//! # Version 2 (current)
//! The same envelope; a session may hold `"answers"`: the round of answers on the
//! participants' phones and the answers received. A version-1 document has none, so the
//! step only raises the version; the version exists so an app that does not know answers
//! refuses a version-2 document instead of dropping its answers when it saves.
//!
//! To add version 3: raise `CURRENT_VERSION`, write `v2_to_v3(Value) -> Result<Value, _>` that
//! turns a whole v2 envelope into a v3 envelope, append it to `STEPS`, add fixtures.

use serde_json::{Map, Value};

use super::error::{DecodeError, Rule};
use super::format::{CURRENT_VERSION, FORMAT};

type Migration = fn(Value) -> Result<Value, DecodeError>;

/// `STEPS[n]` turns a version-n document into a version-(n+1) document.
const STEPS: [Migration; CURRENT_VERSION as usize] = [v0_to_v1, v1_to_v2];

/// Runs every migration from `version` up to the current version on a whole document; a
/// version newer than this app's is refused here (by [`supported`]).
pub fn migrate(version: u64, mut doc: Value) -> Result<Value, DecodeError> {
    let from = supported(version)?;
    for step in &STEPS[from..] {
        doc = step(doc)?;
    }
    Ok(doc)
}

/// The version as an index into the migrations, or the refusal of a version newer than
/// this app's: the one place that decides which versions this app reads.
pub fn supported(version: u64) -> Result<usize, DecodeError> {
    match usize::try_from(version) {
        Ok(v) if version <= u64::from(CURRENT_VERSION) => Ok(v),
        _ => Err(DecodeError::UnsupportedVersion {
            found: version.to_string(),
            newest: CURRENT_VERSION,
        }),
    }
}

/// Runs the migrations on one session of an export's list, read on its own (a big file is
/// decoded a session at a time): the same result as migrating the whole file, because a
/// version-0 list item is a bare session and every later step changes only the envelope.
pub fn migrate_session(version: u64, session: Value) -> Result<Value, DecodeError> {
    let (from, session) = match supported(version)? {
        0 => (1, session_v0_to_v1(session)?),
        from => (from, session),
    };
    if from == CURRENT_VERSION as usize {
        return Ok(session);
    }
    let mut envelope = Map::new();
    envelope.insert("format".into(), FORMAT.into());
    envelope.insert("version".into(), from.into());
    envelope.insert("kind".into(), "session".into());
    envelope.insert("data".into(), session);
    match migrate(from as u64, Value::Object(envelope))? {
        Value::Object(mut envelope) => Ok(envelope.remove("data").unwrap_or(Value::Null)),
        other => Err(DecodeError::invalid("", &other, Rule::Object)),
    }
}

fn v0_to_v1(doc: Value) -> Result<Value, DecodeError> {
    // A v0 document that already sits in an envelope (`"version": 0`) carries it in `data`.
    let doc = match doc {
        Value::Object(mut obj) if obj.contains_key("format") => {
            obj.remove("data").unwrap_or(Value::Null)
        }
        other => other,
    };
    let (kind, data) = match doc {
        Value::Array(items) => {
            let sessions = items
                .into_iter()
                .enumerate()
                .map(|(i, s)| session_v0_to_v1(s).map_err(|e| e.within(&format!("sessions[{i}]"))))
                .collect::<Result<Vec<_>, _>>()?;
            ("export", Value::Array(sessions))
        }
        other => ("session", session_v0_to_v1(other)?),
    };
    let mut envelope = Map::new();
    envelope.insert("format".into(), FORMAT.into());
    envelope.insert("version".into(), 1.into());
    envelope.insert("kind".into(), kind.into());
    envelope.insert("data".into(), data);
    Ok(Value::Object(envelope))
}

fn v1_to_v2(doc: Value) -> Result<Value, DecodeError> {
    let Value::Object(mut envelope) = doc else {
        return Err(DecodeError::invalid("", &doc, Rule::Object));
    };
    envelope.insert("version".into(), 2.into());
    Ok(Value::Object(envelope))
}

fn session_v0_to_v1(session: Value) -> Result<Value, DecodeError> {
    let Value::Object(mut obj) = session else {
        return Err(DecodeError::invalid("session", &session, Rule::Object));
    };
    rename(&mut obj, "name", "title");
    if let Some(pupils) = obj.remove("pupils") {
        let count = match &pupils {
            Value::String(text) => text.trim().parse::<u32>().ok().map(Value::from),
            Value::Null => Some(Value::Null),
            other => Some(other.clone()),
        };
        let count =
            count.ok_or_else(|| DecodeError::invalid("pupils", &pupils, Rule::WholeNumber))?;
        obj.entry("pupil_count").or_insert(count);
    }
    for (old, new) in [("created", "created_ms"), ("updated", "updated_ms")] {
        if let Some(seconds) = obj.remove(old) {
            let ms = seconds_to_ms(&seconds)
                .ok_or_else(|| DecodeError::invalid(old, &seconds, Rule::WholeNumber))?;
            obj.entry(new).or_insert(ms.into());
        }
    }
    if let Some(Value::Array(list)) = obj.get_mut("participants") {
        for p in list.iter_mut() {
            if let Value::String(role) = p {
                let mut fields = Map::new();
                fields.insert("role".into(), Value::String(std::mem::take(role)));
                fields.insert("name".into(), "".into());
                *p = Value::Object(fields);
            }
        }
    }
    Ok(Value::Object(obj))
}

fn rename(obj: &mut Map<String, Value>, old: &str, new: &str) {
    if let Some(v) = obj.remove(old) {
        obj.entry(new).or_insert(v);
    }
}

fn seconds_to_ms(v: &Value) -> Option<u64> {
    if v.is_null() {
        return Some(0);
    }
    let secs = v.as_f64()?;
    // Beyond ~year 2500 or negative is not a real prototype timestamp.
    (secs.is_finite() && (0.0..=1.7e10).contains(&secs)).then(|| (secs * 1000.0).round() as u64)
}

#[cfg(test)]
mod tests;
