//! Restore on start, as a pure function from the raw storage entries to a plan.
//!
//! Nothing is ever dropped: an entry that does not read is reported with its raw text and
//! gets a [`QuarantineMove`]. Applying a move (see `Store::apply_moves`) goes in this order:
//! 1. write the raw text under the quarantine key;
//! 2. read it back and compare;
//! 3. only then remove the original key.
//!
//! If step 1 or 2 fails (e.g. storage full) the original stays where it is and is reported
//! again on the next start.

use serde::{Deserialize, Serialize};

use super::codec::decode_stored_session_repairing;
use super::error::{shorten, DecodeError, Rule};
use super::keys::{self, KeyKind};
use super::settings::Settings;
use crate::model::bounds::Violation;
use crate::model::session::{Sessions, Trashed};
use crate::model::Session;

/// One line of the index: enough to list a session without decoding it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexEntry {
    /// Session id.
    pub id: String,
    /// Title when last saved.
    #[serde(default)]
    pub title: String,
    /// School when last saved.
    #[serde(default)]
    pub school: String,
    /// Creation time.
    #[serde(default)]
    pub created_ms: u64,
    /// Meeting date when last saved (ISO or empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Last change when last saved.
    #[serde(default)]
    pub updated_ms: u64,
    /// When it went to the trash, if it is there: a second record of the trash, used when
    /// the trash list itself cannot be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trashed_ms: Option<u64>,
}

impl IndexEntry {
    /// The index line of `session`, trashed at `trashed_ms` if it is in the trash.
    pub fn of(session: &Session, trashed_ms: Option<u64>) -> IndexEntry {
        IndexEntry {
            id: session.id.clone(),
            title: session.title.clone(),
            school: session.school.clone(),
            created_ms: session.created_ms,
            date: session.date.clone(),
            updated_ms: session.updated_ms,
            trashed_ms,
        }
    }
}

/// One line of the trash list; the session itself stays under its own key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrashEntry {
    /// Session id.
    pub id: String,
    /// When it was deleted.
    pub deleted_ms: u64,
}

/// An entry that could not be read, with its raw text kept intact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quarantined {
    /// Where it was found.
    pub key: String,
    /// Its full raw text.
    pub raw: String,
    /// Why it could not be read.
    pub error: DecodeError,
}

/// Copy `raw` from `from` to `to`, then remove `from` (see the module docs for the order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuarantineMove {
    /// The damaged entry's key.
    pub from: String,
    /// The quarantine key to copy it to.
    pub to: String,
    /// Its full raw text.
    pub raw: String,
}

/// The result of reading everything at start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Restored {
    /// Every session that read, live and trashed.
    pub sessions: Sessions,
    /// Settings (defaults when missing or damaged).
    pub settings: Settings,
    /// Entries that did not read.
    pub quarantined: Vec<Quarantined>,
    /// The moves that put them aside.
    pub moves: Vec<QuarantineMove>,
    /// Entries put aside on an earlier start: `(key, raw)`, so the UI can offer them.
    pub kept_aside: Vec<(String, String)>,
    /// Sessions the index knew but whose key is gone (removed outside the app).
    pub missing: Vec<IndexEntry>,
    /// The index as it should be now (rebuilt from the sessions).
    pub index: Vec<IndexEntry>,
    /// Session keys whose value read only after a repair, with what was wrong.
    pub repaired: Vec<(String, Vec<Violation>)>,
    /// Sessions put back in the trash from the text of a damaged trash list (when the index
    /// could not say either): `(id, title)`.
    pub trash_recovered: Vec<(String, String)>,
}

/// Builds the plan from all `(key, raw)` pairs in storage; keys not ours are ignored.
pub fn restore(entries: impl IntoIterator<Item = (String, String)>, now_ms: u64) -> Restored {
    let mut out = Restored::default();
    let mut loaded = Vec::new();
    let mut damaged_ids = Vec::new();
    let mut trash: Option<Vec<TrashEntry>> = None;
    let mut trash_damaged = false;
    let mut trash_raw = String::new();
    let mut old_index: Vec<IndexEntry> = Vec::new();
    for (key, raw) in entries {
        let result = match keys::classify(&key) {
            KeyKind::Session(id) => match decode_stored_session_repairing(&raw) {
                Ok((mut session, violations)) => {
                    if !violations.is_empty() {
                        out.repaired.push((key.clone(), violations));
                    }
                    // The key is what saving and deleting address, so it decides the id.
                    session.id = id;
                    loaded.push(session);
                    Ok(())
                }
                Err(e) => {
                    damaged_ids.push(id);
                    Err(e)
                }
            },
            KeyKind::Index => parse(&raw, "index").map(|list| old_index = list),
            KeyKind::Trash => parse(&raw, "trash")
                .map(|list| trash = Some(list))
                .inspect_err(|_| {
                    trash_damaged = true;
                    trash_raw = raw.clone();
                }),
            KeyKind::Settings => {
                Settings::from_json(&raw)
                    .map(|s| out.settings = s)
                    .map_err(|_| DecodeError::Invalid {
                        field: "settings".into(),
                        value: shorten(&raw),
                        rule: Rule::Object,
                    })
            }
            KeyKind::Quarantine => {
                out.kept_aside.push((key.clone(), raw.clone()));
                Ok(())
            }
            KeyKind::Probe
            | KeyKind::AnswerDraft
            | KeyKind::FieldDraft
            | KeyKind::Copies
            | KeyKind::UnknownOwn
            | KeyKind::Foreign => Ok(()),
        };
        if let Err(error) = result {
            out.moves.push(QuarantineMove {
                to: keys::quarantine_key(&key, now_ms),
                from: key.clone(),
                raw: raw.clone(),
            });
            out.quarantined.push(Quarantined { key, raw, error });
        }
    }
    // A damaged trash list is kept aside; which sessions were in it is then read from the
    // index, which records it too, so nothing deleted comes back to life.
    // When the index cannot say either (damaged too), the damaged list's own text still
    // names the sessions that were in it: they go back to the trash, and that is said.
    let trash = match trash {
        Some(list) => list,
        None if trash_damaged => {
            let mut list: Vec<TrashEntry> = old_index
                .iter()
                .filter_map(|e| {
                    e.trashed_ms.map(|deleted_ms| TrashEntry {
                        id: e.id.clone(),
                        deleted_ms,
                    })
                })
                .collect();
            for s in &loaded {
                if list.iter().all(|t| t.id != s.id) {
                    if let Some(deleted_ms) = named_in(&trash_raw, &s.id) {
                        list.push(TrashEntry {
                            id: s.id.clone(),
                            deleted_ms: deleted_ms.unwrap_or(now_ms),
                        });
                        out.trash_recovered.push((s.id.clone(), s.title.clone()));
                    }
                }
            }
            list
        }
        None => Vec::new(),
    };
    for session in loaded {
        match trash.iter().find(|t| t.id == session.id) {
            Some(t) => out.sessions.trash.push(Trashed {
                session,
                deleted_ms: t.deleted_ms,
            }),
            None => out.sessions.items.push(session),
        }
    }
    out.index = build_index(&out.sessions);
    out.missing = old_index
        .into_iter()
        .filter(|e| !out.sessions.contains_id(&e.id) && !damaged_ids.contains(&e.id))
        .collect();
    out
}

/// Whether a damaged trash list's text names session `id` (as a JSON string), and if so the
/// `deleted_ms` written after it, when that still reads.
fn named_in(raw: &str, id: &str) -> Option<Option<u64>> {
    let quoted = serde_json::to_string(id).ok()?;
    let at = raw.find(&quoted)? + quoted.len();
    let rest = raw.get(at..)?.chars().take(80).collect::<String>();
    let deleted = rest.split_once("\"deleted_ms\"").and_then(|(_, after)| {
        let digits: String = after
            .trim_start_matches([':', ' '])
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    });
    Some(deleted)
}

/// The index for these sessions (live and trashed), sorted by id for stable text.
pub fn build_index(sessions: &Sessions) -> Vec<IndexEntry> {
    let live = sessions.items.iter().map(|s| IndexEntry::of(s, None));
    let trashed = sessions
        .trash
        .iter()
        .map(|t| IndexEntry::of(&t.session, Some(t.deleted_ms)));
    let mut index: Vec<IndexEntry> = live.chain(trashed).collect();
    crate::model::order::sort_by(&mut index, |a, b| a.id.cmp(&b.id));
    index
}

/// The trash list to store for these sessions.
pub fn build_trash(sessions: &Sessions) -> Vec<TrashEntry> {
    sessions
        .trash
        .iter()
        .map(|t| TrashEntry {
            id: t.session.id.clone(),
            deleted_ms: t.deleted_ms,
        })
        .collect()
}

fn parse<T: serde::de::DeserializeOwned>(raw: &str, field: &str) -> Result<T, DecodeError> {
    serde_json::from_str(raw).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            DecodeError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        } else {
            DecodeError::Invalid {
                field: field.to_string(),
                value: shorten(raw),
                rule: Rule::from_decoder(&e.to_string()),
            }
        }
    })
}

#[cfg(test)]
mod tests;
