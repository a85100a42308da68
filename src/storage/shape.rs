//! Two checks on a session's raw JSON, before it becomes a [`crate::model::Session`]:
//!
//! - [`check_size`]: no text longer and no list or object larger than any field of a
//!   session may be, so a huge value is refused at once (by its length, quoting only its
//!   start) instead of after deep work on it;
//! - [`raw_violations`]: values the typed model would otherwise set right on reading
//!   without a word (a target spread that is not 100 %, planned minutes above the bound,
//!   a step twice on the agenda, the step shown being a skipped one, times outside what a
//!   meeting can have). A file or link with one is refused with the field's path; a stored
//!   session is repaired and the caller says so, keeping the original aside.

use serde_json::{Map, Value};

use super::error::{shorten, DecodeError, Rule};
use crate::model::bounds::{
    Bound, Violation, MAX_ANALYSIS_ITEMS, MAX_LONG_CHARS, MAX_STEP_MINUTES, MAX_STEP_SPENT_MS,
};

/// Most characters of any text in a session (the longest field's bound).
const MAX_TEXT: usize = MAX_LONG_CHARS;
/// Most items of any list or object in a session (the largest list's bound).
const MAX_ITEMS: usize = MAX_ANALYSIS_ITEMS;

/// Refuses, with its path, the first text, list or object in `value` larger than any
/// field of a session may be. Cheap: lengths are read before characters are counted.
pub fn check_size(value: &Value, path: &str) -> Result<(), DecodeError> {
    let too_long = |path: &str, text: &str| DecodeError::Invalid {
        field: path.to_string(),
        value: shorten(text),
        rule: Rule::Bound(Bound::MaxChars(MAX_TEXT)),
    };
    let too_many = |path: &str, len: usize| DecodeError::Invalid {
        field: path.to_string(),
        value: len.to_string(),
        rule: Rule::Bound(Bound::MaxItems(MAX_ITEMS)),
    };
    match value {
        // A character is at most four bytes: only a text near the bound is counted.
        Value::String(text) if text.len() > MAX_TEXT && text.chars().nth(MAX_TEXT).is_some() => {
            Err(too_long(path, text))
        }
        Value::Array(items) if items.len() > MAX_ITEMS => Err(too_many(path, items.len())),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, v)| check_size(v, &format!("{path}[{i}]"))),
        Value::Object(fields) if fields.len() > MAX_ITEMS => Err(too_many(path, fields.len())),
        Value::Object(fields) => fields.iter().try_for_each(|(k, v)| {
            if k.len() > MAX_TEXT {
                return Err(too_long(path, k));
            }
            check_size(v, &join(path, k))
        }),
        _ => Ok(()),
    }
}

fn join(path: &str, key: &str) -> String {
    let key = shorten(key);
    if path.is_empty() {
        key
    } else {
        format!("{path}.{key}")
    }
}

/// The values of a session object that the model would change on reading, each with the
/// path of its field (see the module's note).
pub fn raw_violations(session: &Map<String, Value>) -> Vec<Violation> {
    let mut found = Vec::new();
    if let Some(Value::Object(pyramid)) = session.get("pyramid") {
        if let Some(Value::Object(target)) = pyramid.get("target") {
            target_spread(target, &mut found);
        }
    }
    if let Some(Value::Object(meeting)) = session.get("meeting") {
        meeting_state(meeting, &mut found);
    }
    found
}

fn target_spread(target: &Map<String, Value>, found: &mut Vec<Violation>) {
    // A missing part is the default's; a part that is no small number is the decoder's.
    let defaults = [50, 35, 15];
    let parts = ["universal", "targeted", "individual"];
    let mut sum = 0;
    for (part, default) in parts.iter().zip(defaults) {
        match target.get(*part) {
            None | Some(Value::Null) => sum += default,
            Some(v) => match v.as_u64() {
                Some(n) if n <= u64::from(u8::MAX) => sum += n,
                _ => return,
            },
        }
    }
    if sum != 100 {
        let text = parts
            .iter()
            .zip(defaults)
            .map(|(p, d)| {
                target
                    .get(*p)
                    .and_then(Value::as_u64)
                    .unwrap_or(d)
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join("/");
        found.push(violation("pyramid.target", text, Bound::SumsTo(100)));
    }
}

fn meeting_state(meeting: &Map<String, Value>, found: &mut Vec<Violation>) {
    let number = |key: &str| meeting.get(key).and_then(Value::as_u64);
    let started = number("started_ms").unwrap_or(0);
    if let Some(since) = number("running_since_ms") {
        if since < started {
            let path = "meeting.running_since_ms";
            found.push(violation(path, since, Bound::NotBeforeStart));
        }
    }
    let Some(Value::Array(agenda)) = meeting.get("agenda") else {
        return;
    };
    let mut steps: Vec<&str> = Vec::new();
    let mut skipped: Vec<&str> = Vec::new();
    for (i, item) in agenda.iter().enumerate() {
        let Value::Object(item) = item else { continue };
        let at = format!("meeting.agenda[{i}]");
        if let Some(step) = item.get("step").and_then(Value::as_str) {
            if steps.contains(&step) {
                found.push(violation(format!("{at}.step"), step, Bound::Once));
            }
            steps.push(step);
            if item.get("skipped") == Some(&Value::Bool(true)) {
                skipped.push(step);
            }
        }
        if let Some(minutes) = item.get("planned_minutes").and_then(Value::as_u64) {
            if minutes > u64::from(MAX_STEP_MINUTES) {
                let bound = Bound::AtMost(u64::from(MAX_STEP_MINUTES));
                found.push(violation(format!("{at}.planned_minutes"), minutes, bound));
            }
        }
        if let Some(spent) = item.get("spent_ms").and_then(Value::as_u64) {
            if spent > MAX_STEP_SPENT_MS {
                let bound = Bound::AtMost(MAX_STEP_SPENT_MS);
                found.push(violation(format!("{at}.spent_ms"), spent, bound));
            }
        }
    }
    let current = meeting
        .get("current")
        .and_then(Value::as_str)
        .unwrap_or("Start");
    if skipped.contains(&current) {
        found.push(violation("meeting.current", current, Bound::NotSkipped));
    }
}

fn violation(path: impl Into<String>, value: impl ToString, bound: Bound) -> Violation {
    Violation {
        path: path.into(),
        value: shorten(&value.to_string()),
        bound,
    }
}

#[cfg(test)]
mod tests;
