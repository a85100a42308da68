use super::*;
use crate::model::bounds::MAX_LONG_CHARS;
use serde_json::json;

#[test]
fn accepts_minimal_and_nulls() {
    let s =
        session_from_value(json!({"id": "a", "title": null, "participants": [{"role": "Parent"}]}))
            .unwrap();
    assert_eq!(s.id, "a");
    assert_eq!(s.participants[0].role, Role::Parent);
}

#[test]
fn errors_name_field_value_and_rule() {
    let err = |v: Value| match session_from_value(v).unwrap_err() {
        DecodeError::Invalid { field, value, rule } => (field, value, rule),
        other => panic!("{other:?}"),
    };
    let e = |field: &str, value: &str, rule: Rule| (field.to_string(), value.to_string(), rule);
    assert_eq!(
        err(json!({"pupil_count": -3})),
        e("pupil_count", "-3", Rule::WholeNumber)
    );
    assert_eq!(
        err(json!({"pupil_count": "12"})),
        e("pupil_count", "\"12\"", Rule::WholeNumber)
    );
    assert_eq!(
        err(json!({"pupil_count": 5_000_000_000u64})),
        e("pupil_count", "5000000000", Rule::WholeNumber)
    );
    assert_eq!(
        err(json!({"date": "12-03-2026"})),
        e("date", "12-03-2026", Rule::Bound(Bound::CalendarDate))
    );
    assert_eq!(
        err(json!({"participants": [{"role": "Wizard"}]})),
        e("participants[0].role", "\"Wizard\"", Rule::Role)
    );
    assert_eq!(err(json!({"title": 5})), e("title", "5", Rule::Text));
    assert_eq!(
        err(json!({"revision": 1.5})),
        e("revision", "1.5", Rule::WholeNumber)
    );
    assert_eq!(err(json!({"actions": {}})).2, Rule::List);
    assert_eq!(err(json!([1])).2, Rule::Object);
}

fn refusal(v: Value) -> (String, Rule) {
    match session_from_value(v).unwrap_err() {
        DecodeError::Invalid { field, rule, .. } => (field, rule),
        other => panic!("{other:?}"),
    }
}

#[test]
fn marks_in_any_order_are_stored_in_the_order_the_screens_look_them_up() {
    let s = session_from_value(json!({"id": "a", "analysis": {"marks": [
        {"row": "pp.zz", "role": "Teacher", "success": true},
        {"row": "pp.aa", "role": "Parent", "bottleneck": true},
        {"row": "pp.aa", "role": "Teacher", "success": false, "bottleneck": false},
    ]}}))
    .unwrap();
    assert_eq!(
        s.analysis.marks.len(),
        2,
        "a mark of neither kind is no mark"
    );
    assert!(s.analysis.mark("pp.zz", Role::Teacher).is_some());
    assert!(s.analysis.mark("pp.aa", Role::Parent).is_some());
}

#[test]
fn what_the_model_would_change_silently_is_refused_with_its_path() {
    let target = json!({"id": "a", "pyramid": {"target": {"universal": 60, "targeted": 30, "individual": 20}}});
    assert_eq!(
        refusal(target),
        ("pyramid.target".into(), Rule::Bound(Bound::SumsTo(100)))
    );
    let minutes =
        json!({"id": "a", "meeting": {"agenda": [{"step": "Ladder", "planned_minutes": 9999}]}});
    assert_eq!(
        refusal(minutes),
        (
            "meeting.agenda[0].planned_minutes".into(),
            Rule::Bound(Bound::AtMost(240))
        )
    );
    let twice = json!({"id": "a", "ladder": {"entries": [{"role": "Teacher", "now": "Cooperation"}, {"role": "Teacher", "now": "Coordination"}]}});
    assert_eq!(refusal(twice).0, "ladder.entries[1].role");
}

#[test]
fn every_text_has_a_bound_origins_priorities_and_the_actions_before_included() {
    let long = "x".repeat(101);
    let origin = json!({"id": "a", "actions": [{"id": "b", "origin": {"Bottleneck": long}}]});
    assert_eq!(refusal(origin).0, "actions[0].origin.Bottleneck");
    let priority = json!({"id": "a", "analysis": {"priorities": [long]}});
    assert_eq!(refusal(priority).0, "analysis.priorities[0]");
    let before = json!({"id": "a", "meeting": {"actions_before": [long]}});
    assert_eq!(refusal(before).0, "meeting.actions_before[0]");
}

#[test]
fn a_stored_meeting_outside_its_bounds_is_repaired_and_said() {
    let (s, repaired) = stored_session_from_value(json!({"id": "a", "meeting": {
        "current": "Ladder",
        "started_ms": 1000,
        "agenda": [{"step": "Ladder", "planned_minutes": 9999, "skipped": true}],
    }}))
    .unwrap();
    let paths: Vec<&str> = repaired.iter().map(|v| v.path.as_str()).collect();
    assert_eq!(
        paths,
        ["meeting.agenda[0].planned_minutes", "meeting.current"]
    );
    let m = s.meeting.unwrap();
    let ladder = m.item(crate::model::meeting::AgendaStep::Ladder).unwrap();
    assert_eq!((ladder.planned_minutes, ladder.skipped), (240, false));
}

#[test]
fn a_stored_text_longer_than_todays_bound_is_repaired_not_refused() {
    let long = "x".repeat(MAX_LONG_CHARS + 10);
    let (s, repaired) = stored_session_from_value(json!({"id": "a", "notes": long})).unwrap();
    assert_eq!(s.notes.chars().count(), MAX_LONG_CHARS);
    assert_eq!(repaired[0].path, "notes");
    // The same text in a file is refused, by its length.
    assert_eq!(
        refusal(json!({"id": "a", "notes": "x".repeat(MAX_LONG_CHARS + 10)})).0,
        "notes"
    );
}
