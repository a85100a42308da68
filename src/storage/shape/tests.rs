use serde_json::json;

use super::*;

fn paths(session: serde_json::Value) -> Vec<(String, Bound)> {
    let serde_json::Value::Object(obj) = session else {
        panic!("an object")
    };
    raw_violations(&obj)
        .into_iter()
        .map(|v| (v.path, v.bound))
        .collect()
}

#[test]
fn a_huge_text_is_refused_by_its_length_quoting_only_its_start() {
    let huge = "e\u{301}".repeat(100_000);
    let value = json!({ "pyramid": { "current": [{ "tier": huge }] } });
    let started = std::time::Instant::now();
    let err = check_size(&value, "").unwrap_err();
    assert!(
        started.elapsed().as_millis() < 200,
        "{:?}",
        started.elapsed()
    );
    let DecodeError::Invalid { field, value, rule } = err else {
        panic!("an invalid field")
    };
    assert_eq!(field, "pyramid.current[0].tier");
    assert!(value.chars().count() <= 61, "{}", value.chars().count());
    assert_eq!(rule, Rule::Bound(Bound::MaxChars(MAX_TEXT)));
}

#[test]
fn a_huge_list_is_refused_before_its_items_are_read() {
    let value = json!({ "current": vec![json!({}); 100_000] });
    let err = check_size(&value, "pyramid").unwrap_err();
    assert!(matches!(
        err,
        DecodeError::Invalid { ref field, rule: Rule::Bound(Bound::MaxItems(_)), .. }
            if field == "pyramid.current"
    ));
}

#[test]
fn texts_up_to_the_longest_bound_pass() {
    let value = json!({ "notes": "x".repeat(MAX_TEXT), "emoji": "😀".repeat(MAX_TEXT) });
    assert_eq!(check_size(&value, ""), Ok(()));
}

#[test]
fn a_target_that_is_not_100_percent_is_named() {
    for target in [
        json!({ "universal": 60, "targeted": 30, "individual": 20 }),
        json!({ "universal": 255, "targeted": 0, "individual": 0 }),
        json!({ "universal": 50, "targeted": 35, "individual": 14 }),
        json!({ "universal": 0 }),
    ] {
        let found = paths(json!({ "pyramid": { "target": target } }));
        assert_eq!(
            found,
            [("pyramid.target".to_string(), Bound::SumsTo(100))],
            "{target}"
        );
    }
    let fine =
        json!({ "pyramid": { "target": { "universal": 100, "targeted": 0, "individual": 0 } } });
    assert!(paths(fine).is_empty());
    let partial = json!({ "pyramid": { "target": { "universal": 50 } } });
    assert!(
        paths(partial).is_empty(),
        "the missing parts are the default's"
    );
}

#[test]
fn the_meeting_values_the_model_would_change_are_named() {
    let found = paths(json!({ "meeting": {
        "current": "Ladder",
        "started_ms": 1_000,
        "running_since_ms": 0,
        "agenda": [
            { "step": "Start", "planned_minutes": 9_999 },
            { "step": "Start", "planned_minutes": 5 },
            { "step": "Ladder", "planned_minutes": 10, "skipped": true, "spent_ms": u64::MAX },
        ],
    }}));
    assert_eq!(
        found,
        [
            (
                "meeting.running_since_ms".to_string(),
                Bound::NotBeforeStart
            ),
            (
                "meeting.agenda[0].planned_minutes".to_string(),
                Bound::AtMost(240)
            ),
            ("meeting.agenda[1].step".to_string(), Bound::Once),
            (
                "meeting.agenda[2].spent_ms".to_string(),
                Bound::AtMost(MAX_STEP_SPENT_MS)
            ),
            ("meeting.current".to_string(), Bound::NotSkipped),
        ]
    );
}

#[test]
fn a_meeting_as_the_app_writes_it_has_nothing_to_say() {
    let mut m = crate::model::meeting::Meeting::new(5_000);
    m.next(65_000);
    m.set_planned(crate::model::meeting::AgendaStep::Ladder, 240);
    m.set_skipped(crate::model::meeting::AgendaStep::Actions, true);
    let session = json!({ "meeting": serde_json::to_value(&m).unwrap() });
    assert!(paths(session).is_empty());
}
