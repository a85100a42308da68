//! Field-by-field checks of a session in JSON, so errors name the field and the value
//! instead of a bare decoder message.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::error::{shorten, DecodeError, Rule};
use super::shape::{check_size, raw_violations};
use crate::model::action::Action;
use crate::model::analysis::Analysis;
use crate::model::answers::Answers;
use crate::model::bounds::{Bound, Violation};
use crate::model::ladder::LadderPlacement;
use crate::model::pyramid::Pyramid;
use crate::model::session::check::{check_session, repair};
use crate::model::{Role, Session};

const TEXT_FIELDS: [&str; 6] = ["id", "title", "school", "date", "school_year", "notes"];
const TIME_FIELDS: [&str; 3] = ["created_ms", "updated_ms", "revision"];

/// Checks a current-version session object and turns it into a [`Session`].
///
/// `null` counts as "not set" (the field's default), because hand-edited and older files
/// use it that way; unknown fields are ignored so files of sibling versions still load.
pub fn session_from_value(value: Value) -> Result<Session, DecodeError> {
    session_checked(value, false).map(|(s, _)| s)
}

/// Like [`session_from_value`], for this app's own stored sessions: what an earlier version
/// could have stored outside today's bounds is repaired (see [`repair`]) and returned, so
/// the caller can keep the original aside and say so; the rest is checked as strictly.
pub fn stored_session_from_value(value: Value) -> Result<(Session, Vec<Violation>), DecodeError> {
    session_checked(value, true)
}

fn session_checked(
    value: Value,
    repairing: bool,
) -> Result<(Session, Vec<Violation>), DecodeError> {
    let Value::Object(mut obj) = value else {
        return Err(DecodeError::invalid("session", &value, Rule::Object));
    };
    // Size first: a huge value in a file or link is refused by its length before any deep
    // work on it. This app's own stored sessions are not: an earlier version may have kept a
    // text longer than today's bound, which `repair` shortens and says instead.
    if !repairing {
        for (key, v) in &obj {
            check_size(v, key)?;
        }
    }
    obj.retain(|_, v| !v.is_null());
    // What the model would set right on reading: refused in a file or link, repaired and
    // said for this app's own stored sessions.
    let mut repaired = raw_violations(&obj);
    if let (false, Some(v)) = (repairing, repaired.first()) {
        return Err(DecodeError::Invalid {
            field: v.path.clone(),
            value: v.value.clone(),
            rule: Rule::Bound(v.bound.clone()),
        });
    }
    for field in TEXT_FIELDS {
        if let Some(v) = obj.get(field) {
            if !v.is_string() {
                return Err(DecodeError::invalid(field, v, Rule::Text));
            }
        }
    }
    if let Some(v) = obj.get("pupil_count") {
        if v.as_u64().is_none_or(|n| n > u64::from(u32::MAX)) {
            return Err(DecodeError::invalid("pupil_count", v, Rule::WholeNumber));
        }
    }
    for field in TIME_FIELDS {
        if let Some(v) = obj.get(field) {
            if v.as_u64().is_none() {
                return Err(DecodeError::invalid(field, v, Rule::WholeNumber));
            }
        }
    }
    if let Some(v) = obj.get_mut("participants") {
        check_participants(v)?;
    }
    check_part::<Pyramid>(&obj, "pyramid")?;
    check_part::<Analysis>(&obj, "analysis")?;
    check_part::<LadderPlacement>(&obj, "ladder")?;
    check_part::<Answers>(&obj, "answers")?;
    if let Some(v) = obj.get("actions") {
        let Value::Array(actions) = v else {
            return Err(DecodeError::invalid("actions", v, Rule::List));
        };
        for (i, action) in actions.iter().enumerate() {
            check::<Action>(action, &format!("actions[{i}]"))?;
        }
    }
    let whole = Value::Object(obj);
    let mut session: Session =
        serde_json::from_value(whole.clone()).map_err(|e| structure("session", &whole, &e))?;
    check_marks(&session)?;
    check_ladder(&session)?;
    // Stored in the form the app itself writes (marks and entries in order), so no accepted
    // session reads differently, or not at all, after it is saved.
    session.normalise();
    if repairing {
        repaired.extend(repair(&mut session));
    }
    check_session(&session).map_err(|v| DecodeError::Invalid {
        field: v.path,
        value: shorten(&v.value),
        rule: Rule::Bound(v.bound),
    })?;
    Ok((session, repaired))
}

/// Marks are kept sorted with one per row and role; a file with two for the same pair is
/// refused rather than guessed at.
fn check_marks(session: &Session) -> Result<(), DecodeError> {
    let marks = &session.analysis.marks;
    match first_repeat(marks.iter().map(|m| (m.row.as_str(), m.role))) {
        Some(i) => Err(DecodeError::Invalid {
            field: format!("analysis.marks[{i}]"),
            value: shorten(&marks[i].row),
            rule: Rule::Bound(Bound::UniqueId),
        }),
        None => Ok(()),
    }
}

/// One ladder placement per role (and one for the team); two are refused, not guessed at.
fn check_ladder(session: &Session) -> Result<(), DecodeError> {
    let entries = &session.ladder.entries;
    match first_repeat(entries.iter().map(|e| e.role)) {
        Some(i) => Err(DecodeError::Invalid {
            field: format!("ladder.entries[{i}].role"),
            value: entries[i]
                .role
                .map_or_else(|| "null".into(), |r| format!("{r:?}")),
            rule: Rule::Bound(Bound::Once),
        }),
        None => Ok(()),
    }
}

/// The position of the first item equal to an earlier one.
fn first_repeat<T: std::hash::Hash + Eq>(items: impl Iterator<Item = T>) -> Option<usize> {
    let mut seen = std::collections::HashSet::new();
    items
        .enumerate()
        .find_map(|(i, item)| (!seen.insert(item)).then_some(i))
}

fn check_participants(v: &mut Value) -> Result<(), DecodeError> {
    let Value::Array(list) = v else {
        return Err(DecodeError::invalid("participants", v, Rule::List));
    };
    for (i, p) in list.iter_mut().enumerate() {
        let Value::Object(fields) = p else {
            return Err(DecodeError::invalid(
                format!("participants[{i}]"),
                p,
                Rule::Object,
            ));
        };
        fields.retain(|_, v| !v.is_null());
        let role = fields.get("role").unwrap_or(&Value::Null);
        if serde_json::from_value::<Role>(role.clone()).is_err() {
            return Err(DecodeError::invalid(
                format!("participants[{i}].role"),
                role,
                Rule::Role,
            ));
        }
        if let Some(name) = fields.get("name") {
            if !name.is_string() {
                return Err(DecodeError::invalid(
                    format!("participants[{i}].name"),
                    name,
                    Rule::Text,
                ));
            }
        }
    }
    Ok(())
}

fn check_part<T: DeserializeOwned>(
    obj: &Map<String, Value>,
    field: &str,
) -> Result<(), DecodeError> {
    match obj.get(field) {
        Some(v) => check::<T>(v, field),
        None => Ok(()),
    }
}

fn check<T: DeserializeOwned>(v: &Value, field: &str) -> Result<(), DecodeError> {
    serde_json::from_value::<T>(v.clone())
        .map(|_| ())
        .map_err(|e| structure(field, v, &e))
}

fn structure(field: &str, v: &Value, e: &serde_json::Error) -> DecodeError {
    DecodeError::invalid(field, v, Rule::from_decoder(&e.to_string()))
}

#[cfg(test)]
mod tests;
