//! Property: any session a file is accepted with survives saving, reading back and one edit
//! of each kind, in the form the app itself writes (marks, ladder entries and answers in
//! order), so no accepted file can later lose its session. The files are drawn raw, in any
//! order and with values just inside and outside the bounds, as a hand-edited file may be.

use proptest::prelude::*;
use serde_json::{json, Value};

use crate::model::action::{self, Action, ActionOrigin};
use crate::model::framework::framework;
use crate::model::ladder::Rung;
use crate::model::meeting::AgendaStep;
use crate::model::session::check::check_session;
use crate::model::session::Sessions;
use crate::model::{Role, Session};
use crate::storage::codec::{decode_stored_session_repairing, decode_whole, encode_session};
use crate::storage::stepwise::decode;

fn row_id() -> impl Strategy<Value = String> {
    prop_oneof![
        200 => framework_row(),
        2 => "[a-z.]{1,12}",
        1 => Just("x".repeat(120)),
    ]
}

/// A row of the Raamwerk, as the screens offer them.
fn framework_row() -> impl Strategy<Value = String> {
    let rows: Vec<String> = framework().rows().map(|(_, _, r)| r.id.clone()).collect();
    prop::sample::select(rows)
}

fn role_value(i: usize) -> Value {
    serde_json::to_value(Role::ALL[i % Role::ALL.len()]).unwrap()
}

fn rung() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        (0..Rung::ALL.len()).prop_map(|i| serde_json::to_value(Rung::ALL[i]).unwrap()),
    ]
}

fn step_value(i: usize) -> Value {
    serde_json::to_value(AgendaStep::ALL[i % AgendaStep::ALL.len()]).unwrap()
}

/// Marks on distinct (row, role) pairs in any order, now and then one pair twice.
fn marks() -> impl Strategy<Value = Value> {
    let flags = (any::<bool>(), any::<bool>());
    let pairs = prop::collection::btree_map((row_id(), 0..Role::ALL.len()), flags, 0..24);
    let list = pairs
        .prop_map(|p| p.into_iter().collect::<Vec<_>>())
        .prop_shuffle();
    (list, prop::bool::weighted(0.1)).prop_map(|(mut list, twice)| {
        if twice {
            if let Some(first) = list.first().cloned() {
                list.push(first);
            }
        }
        Value::Array(
            list.into_iter()
                .map(|((row, role), (s, b))| {
                    json!({ "row": row, "role": role_value(role), "success": s, "bottleneck": b })
                })
                .collect(),
        )
    })
}

/// Placements for distinct roles (the team's too) in any order, now and then one twice.
fn ladder() -> impl Strategy<Value = Value> {
    let roles = prop::sample::subsequence((0..=Role::ALL.len()).collect::<Vec<_>>(), 0..=4);
    (
        roles,
        prop::collection::vec((rung(), rung()), 5),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(roles, rungs, twice)| {
            let mut roles = roles;
            roles.reverse();
            if twice {
                if let Some(first) = roles.first().copied() {
                    roles.push(first);
                }
            }
            let entries: Vec<Value> = roles
                .into_iter()
                .zip(rungs.into_iter().cycle())
                .map(|(i, (now, wanted))| {
                    let role = if i == Role::ALL.len() {
                        Value::Null
                    } else {
                        role_value(i)
                    };
                    json!({ "role": role, "now": now, "wanted": wanted })
                })
                .collect();
            json!({ "entries": entries })
        })
}

/// An agenda of distinct steps in any order, with values mostly inside the bounds.
fn meeting() -> impl Strategy<Value = Value> {
    let steps = prop::sample::subsequence((0..AgendaStep::ALL.len()).collect::<Vec<_>>(), 0..=7)
        .prop_shuffle();
    let item = (
        prop_oneof![99 => 0u64..=240, 1 => 241u64..=70_000],
        prop::bool::weighted(0.15),
        prop_oneof![99 => 0u64..=7_200_000, 1 => any::<u64>()],
    );
    let times = (0u64..2_000_000, prop::option::of(0u64..4_000_000));
    (steps, prop::collection::vec(item, 7), 0..AgendaStep::ALL.len(), times, prop::bool::weighted(0.1)).prop_map(
        |(steps, items, current, (start, since), twice)| {
            let mut agenda: Vec<Value> = steps
                .into_iter()
                .zip(items)
                .map(|(i, (minutes, skipped, spent))| {
                    json!({ "step": step_value(i), "planned_minutes": minutes, "skipped": skipped, "spent_ms": spent })
                })
                .collect();
            if twice {
                if let Some(first) = agenda.first().cloned() {
                    agenda.push(first);
                }
            }
            json!({ "agenda": agenda, "current": step_value(current), "started_ms": start, "running_since_ms": since })
        },
    )
}

fn actions() -> impl Strategy<Value = Value> {
    let origin = prop_oneof![
        Just(json!("Free")),
        row_id().prop_map(|row| json!({ "Bottleneck": row })),
    ];
    (
        prop::collection::vec(origin, 0..4),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(list, twice)| {
            Value::Array(
                list.into_iter()
                    .enumerate()
                    .map(|(i, origin)| {
                        let id = if twice {
                            "a0".to_string()
                        } else {
                            format!("a{i}")
                        };
                        json!({ "id": id, "what": "Samen doen", "origin": origin })
                    })
                    .collect(),
            )
        })
}

fn raw_session() -> impl Strategy<Value = Value> {
    let spread = (0u64..=100)
        .prop_flat_map(|u| (Just(u), 0..=100 - u))
        .prop_map(|(u, t)| (u, t, 100 - u - t));
    let target = prop_oneof![
        6 => Just((50u64, 35u64, 15u64)),
        6 => spread,
        1 => (0u64..=255, 0u64..=255, 0u64..=255),
    ];
    let priorities = prop::collection::vec(row_id(), 0..4);
    (
        marks(),
        ladder(),
        prop::option::of(meeting()),
        actions(),
        target,
        priorities,
    )
        .prop_map(|(marks, ladder, meeting, actions, (u, t, i), priorities)| {
            json!({
                "id": "s1",
                "title": "Teamoverleg",
                "pyramid": { "target": { "universal": u, "targeted": t, "individual": i } },
                "analysis": { "marks": marks, "priorities": priorities },
                "ladder": ladder,
                "actions": actions,
                "meeting": meeting,
            })
        })
}

/// Saved and read back as the app does on every start: the same session, nothing repaired.
fn survives(s: &Session) -> Result<(), TestCaseError> {
    let text = encode_session(s).map_err(|_| TestCaseError::fail("encodes"))?;
    let (back, repaired) = decode_stored_session_repairing(&text)
        .map_err(|e| TestCaseError::fail(format!("reads back: {e:?}")))?;
    prop_assert_eq!(&back, s);
    prop_assert!(
        repaired.is_empty(),
        "repaired on reading back: {:?}",
        repaired
    );
    prop_assert_eq!(check_session(s), Ok(()));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn an_accepted_file_never_loses_its_session(raw in raw_session(), row in framework_row(), r in 0..Role::ALL.len()) {
        let text = json!({ "format": "samen-doen", "version": 1, "kind": "export", "data": [raw] }).to_string();
        let Ok(doc) = decode(&text) else { return Ok(()) };
        let mut list = Sessions::default();
        let ids = list.add_imported(doc.sessions, || "fresh".into());
        let mut s: Session = list.get(&ids[0]).cloned().expect("imported");
        // Every mark the file holds is found where the screens look for it.
        for m in &s.analysis.marks {
            prop_assert_eq!(s.analysis.mark(&m.row, m.role), Some(m));
        }
        survives(&s)?;
        let role = Role::ALL[r];
        let was = s.analysis.mark(&row, role).copied_flags();
        s.analysis.toggle_success(&row, role);
        prop_assert_eq!(s.analysis.marks.iter().filter(|m| m.row == row && m.role == role).count(), usize::from(!was.0 || was.1));
        survives(&s)?;
        s.analysis.toggle_priority(&row);
        survives(&s)?;
        s.ladder.set_now(Some(role), Some(Rung::ALL[r % Rung::ALL.len()]));
        survives(&s)?;
        action::add(&mut s.actions, Action::new("z9", "Nog een", ActionOrigin::Free));
        survives(&s)?;
        s.start_meeting(3_000_000);
        s.with_meeting(|m| m.next(3_060_000));
        survives(&s)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A file read a session at a time says exactly what reading it whole says: the same
    /// sessions, or the same refusal with the same path (for the prototype's bare lists,
    /// which the whole reading migrates first, the same sessions or a refusal).
    #[test]
    fn reading_a_file_stepwise_is_reading_it_whole(
        raws in prop::collection::vec(raw_session(), 0..5),
        version in 0u64..=2,
        ids in prop::collection::vec("[a-c]", 5),
    ) {
        let data: Vec<Value> = raws.into_iter().zip(ids).map(|(mut raw, id)| {
            raw["id"] = id.into();
            raw
        }).collect();
        let text = if version == 0 {
            Value::Array(data).to_string()
        } else {
            json!({ "format": "samen-doen", "version": version, "kind": "export", "data": data }).to_string()
        };
        let stepwise = decode(&text);
        let whole = decode_whole(&text);
        if version == 0 {
            prop_assert_eq!(stepwise.is_ok(), whole.is_ok(), "{:?} / {:?}", stepwise, whole);
            if let (Ok(a), Ok(b)) = (stepwise, whole) {
                prop_assert_eq!(a, b);
            }
        } else {
            prop_assert_eq!(stepwise, whole);
        }
    }
}

/// The two flags of a mark, (false, false) for none.
trait Flags {
    fn copied_flags(self) -> (bool, bool);
}

impl Flags for Option<&crate::model::analysis::Mark> {
    fn copied_flags(self) -> (bool, bool) {
        self.map_or((false, false), |m| (m.success, m.bottleneck))
    }
}

/// The property above is not vacuous: most drawn files are accepted, and every refusal
/// names its field.
#[test]
fn most_drawn_files_are_accepted_and_every_refusal_names_its_field() {
    use crate::storage::error::DecodeError;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut accepted = 0;
    for _ in 0..500 {
        let raw = raw_session().new_tree(&mut runner).unwrap().current();
        let text = json!({ "format": "samen-doen", "version": 1, "kind": "export", "data": [raw] });
        match decode(&text.to_string()) {
            Ok(_) => accepted += 1,
            Err(DecodeError::Invalid { field, .. }) => {
                assert!(field.starts_with("sessions[0]."), "{field}")
            }
            Err(other) => panic!("refused without a field: {other:?}"),
        }
    }
    assert!(accepted >= 200, "only {accepted} of 500 accepted");
}
