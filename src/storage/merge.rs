//! Three-way merge of two edits of one session, so two tabs that changed different fields
//! both keep their change, and only a field changed in both is a conflict to ask about.
//!
//! Works on the JSON form of a session (the same form that is stored): objects merge field
//! by field; lists whose items carry a unique key (`"id"`, or row and role for a mark, or
//! the role for a ladder entry) merge item by item, an item added, changed or removed on one
//! side being taken from that side; lists of distinct strings merge as sets; any other value
//! is one field.

use serde_json::{Map, Value};

use super::validate;
use crate::model::Session;

/// Which side wins where both changed the same field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefer {
    /// Neither: report the field as a conflict and keep `mine` there for now.
    Neither,
    /// This tab's value.
    Mine,
    /// The other tab's value.
    Theirs,
}

/// The merged value and the paths of the fields changed differently on both sides.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The merged value.
    pub value: Value,
    /// Paths like `title` or `actions[a3].what` that both sides changed differently.
    pub conflicts: Vec<String>,
}

/// Merges `mine` and `theirs`, both edited from `base`.
pub fn merge(base: &Value, mine: &Value, theirs: &Value, prefer: Prefer) -> Merged {
    let mut conflicts = Vec::new();
    let value = merge_at("", base, mine, theirs, prefer, &mut conflicts);
    Merged { value, conflicts }
}

fn merge_at(
    path: &str,
    base: &Value,
    mine: &Value,
    theirs: &Value,
    prefer: Prefer,
    conflicts: &mut Vec<String>,
) -> Value {
    if mine == theirs {
        return mine.clone();
    }
    if mine == base {
        return theirs.clone();
    }
    if theirs == base {
        return mine.clone();
    }
    match (base, mine, theirs) {
        (Value::Object(b), Value::Object(m), Value::Object(t)) => {
            Value::Object(merge_objects(path, b, m, t, prefer, conflicts))
        }
        (Value::Array(b), Value::Array(m), Value::Array(t)) => {
            if let (Some(sb), Some(sm), Some(st)) = (string_set(b), string_set(m), string_set(t)) {
                return Value::Array(merge_sets(&sb, &sm, &st));
            }
            match (keyed(b), keyed(m), keyed(t)) {
                (Some(kb), Some(km), Some(kt)) => {
                    Value::Array(merge_lists(path, &kb, &km, &kt, prefer, conflicts))
                }
                _ => pick(path, mine, theirs, prefer, conflicts),
            }
        }
        _ => pick(path, mine, theirs, prefer, conflicts),
    }
}

fn pick(
    path: &str,
    mine: &Value,
    theirs: &Value,
    prefer: Prefer,
    conflicts: &mut Vec<String>,
) -> Value {
    match prefer {
        Prefer::Theirs => theirs.clone(),
        Prefer::Mine => mine.clone(),
        Prefer::Neither => {
            conflicts.push(if path.is_empty() {
                "(session)".into()
            } else {
                path.to_string()
            });
            mine.clone()
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn merge_objects(
    path: &str,
    b: &Map<String, Value>,
    m: &Map<String, Value>,
    t: &Map<String, Value>,
    prefer: Prefer,
    conflicts: &mut Vec<String>,
) -> Map<String, Value> {
    let mut out = Map::new();
    // Keys in mine's order, then keys only theirs has.
    let keys = m.keys().chain(t.keys().filter(|k| !m.contains_key(*k)));
    for key in keys {
        let null = Value::Null;
        let (bv, mv, tv) = (
            b.get(key).unwrap_or(&null),
            m.get(key).unwrap_or(&null),
            t.get(key).unwrap_or(&null),
        );
        let merged = merge_at(&join(path, key), bv, mv, tv, prefer, conflicts);
        // A field removed on one side and untouched on the other stays removed.
        if !(merged.is_null() && (!m.contains_key(key) || !t.contains_key(key))) {
            out.insert(key.clone(), merged);
        }
    }
    out
}

/// What identifies a list item across versions: its `"id"`; for a mark, its row and role;
/// for a ladder entry, its role.
fn item_key(v: &Value) -> Option<String> {
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Null => Some("-".to_string()),
        _ => None,
    };
    let obj = v.as_object()?;
    if let Some(id) = obj.get("id") {
        return text(id);
    }
    match (obj.get("row"), obj.get("role")) {
        (Some(row), Some(role)) => Some(format!("{}/{}", text(row)?, text(role)?)),
        (None, Some(role)) => text(role),
        _ => None,
    }
}

/// A list as (key, item) pairs when every item has a key and no key repeats.
fn keyed(list: &[Value]) -> Option<Vec<(String, &Value)>> {
    let mut out: Vec<(String, &Value)> = Vec::with_capacity(list.len());
    for item in list {
        let id = item_key(item)?;
        if out.iter().any(|(k, _)| *k == id) {
            return None;
        }
        out.push((id, item));
    }
    Some(out)
}

/// A list of distinct strings (a set, like the chosen priorities).
fn string_set(list: &[Value]) -> Option<Vec<&str>> {
    let mut out: Vec<&str> = Vec::with_capacity(list.len());
    for item in list {
        let s = item.as_str()?;
        if out.contains(&s) {
            return None;
        }
        out.push(s);
    }
    Some(out)
}

/// Set merge: what both kept, plus what either added; what either removed is gone.
fn merge_sets(b: &[&str], m: &[&str], t: &[&str]) -> Vec<Value> {
    let kept = |x: &&str| !b.contains(x) || (m.contains(x) && t.contains(x));
    let mut out: Vec<&str> = m.iter().copied().filter(kept).collect();
    let added: Vec<&str> = t
        .iter()
        .copied()
        .filter(|x| !out.contains(x) && kept(x))
        .collect();
    out.extend(added);
    out.into_iter()
        .map(|s| Value::String(s.to_string()))
        .collect()
}

fn merge_lists(
    path: &str,
    b: &[(String, &Value)],
    m: &[(String, &Value)],
    t: &[(String, &Value)],
    prefer: Prefer,
    conflicts: &mut Vec<String>,
) -> Vec<Value> {
    let find = |list: &[(String, &Value)], id: &str| {
        list.iter()
            .find(|(k, _)| k == id)
            .map(|(_, v)| (*v).clone())
    };
    let mut out = Vec::new();
    // The order: mine's, unless only theirs reordered; then items only the other side has
    // go after the item they follow there (or first).
    let order = |list: &[(String, &Value)]| list.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
    let (base_order, mine_order, theirs_order) = (order(b), order(m), order(t));
    let theirs_reordered_only = mine_order == base_order && theirs_order != base_order;
    let (skeleton, other) = if theirs_reordered_only {
        (t, m)
    } else {
        (m, t)
    };
    let mut ids: Vec<String> = order(skeleton);
    for (i, (id, _)) in other.iter().enumerate() {
        if ids.contains(id) {
            continue;
        }
        let after = other[..i]
            .iter()
            .rev()
            .find_map(|(k, _)| ids.iter().position(|x| x == k));
        match after {
            Some(p) => ids.insert(p + 1, id.clone()),
            None => ids.insert(0, id.clone()),
        }
    }
    for id in &ids {
        let (bv, mv, tv) = (find(b, id), find(m, id), find(t, id));
        let item_path = format!("{path}[{id}]");
        let merged = match (bv, mv, tv) {
            // Removed on one side, untouched on the other: removed.
            (Some(bv), Some(mv), None) if mv == bv => None,
            (Some(bv), None, Some(tv)) if tv == bv => None,
            // Removed on one side, changed on the other: a conflict; keeping it loses nothing.
            (Some(_), Some(mv), None) => match prefer {
                Prefer::Theirs => None,
                Prefer::Mine => Some(mv),
                Prefer::Neither => {
                    conflicts.push(item_path);
                    Some(mv)
                }
            },
            (Some(_), None, Some(tv)) => match prefer {
                Prefer::Mine => None,
                Prefer::Theirs => Some(tv),
                Prefer::Neither => {
                    conflicts.push(item_path);
                    Some(tv)
                }
            },
            (bv, Some(mv), Some(tv)) => {
                let bv = bv.unwrap_or(Value::Null);
                Some(merge_at(&item_path, &bv, &mv, &tv, prefer, conflicts))
            }
            (None, Some(mv), None) => Some(mv),
            (None, None, Some(tv)) => Some(tv),
            _ => None,
        };
        out.extend(merged);
    }
    out
}

/// Two sessions merged: the session, and the fields both sides changed differently.
#[derive(Clone, Debug, PartialEq)]
pub struct MergedSession {
    /// The merged session (bookkeeping: the higher revision and change time of the two).
    pub session: Session,
    /// Paths of the fields both sides changed differently (empty with a preference).
    pub conflicts: Vec<String>,
}

/// Merges two edits of one session made from `base`; `None` only if the merged JSON no
/// longer reads as a session (it always should: both sides did).
pub fn merge_sessions(
    base: &Session,
    mine: &Session,
    theirs: &Session,
    prefer: Prefer,
) -> Option<MergedSession> {
    // Through the compact text rather than `to_value`: serde would compile every session
    // type's Serialize a second time for the Value serializer.
    let bare = |s: &Session| -> Option<Value> {
        serde_json::to_string(&Session {
            revision: 0,
            updated_ms: 0,
            ..s.clone()
        })
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
    };
    let (mut base_v, mut mine_v, mut theirs_v) = (bare(base)?, bare(mine)?, bare(theirs)?);
    // A counter both sides moved on is not a conflict: the higher one is right for all three.
    let next = [&mine_v, &theirs_v]
        .iter()
        .filter_map(|v| v.get("pyramid")?.get("next_id")?.as_u64())
        .max();
    if let Some(next) = next {
        for v in [&mut base_v, &mut mine_v, &mut theirs_v] {
            if let Some(p) = v.get_mut("pyramid") {
                p["next_id"] = Value::from(next);
            }
        }
    }
    let merged = merge(&base_v, &mine_v, &theirs_v, prefer);
    let mut session = validate::session_from_value(merged.value).ok()?;
    // Lists merged item by item keep both sides' order, not the model's.
    session.normalise();
    session.revision = mine.revision.max(theirs.revision);
    session.updated_ms = mine.updated_ms.max(theirs.updated_ms);
    Some(MergedSession {
        session,
        conflicts: merged.conflicts,
    })
}

#[cfg(test)]
mod tests;
