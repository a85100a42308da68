use super::*;
use crate::i18n::errors::decode_error;
use crate::i18n::Lang;
use serde_json::json;

fn err(v: Value) -> String {
    decode_error(&session_from_value(v).unwrap_err(), Lang::En)
}

#[test]
fn accepts_minimal_and_nulls() {
    let s =
        session_from_value(json!({"id": "a", "title": null, "participants": [{"role": "Parent"}]}))
            .unwrap();
    assert_eq!(s.id, "a");
    assert_eq!(s.participants[0].role, Role::Parent);
}

#[test]
fn errors_name_field_and_value() {
    assert_eq!(
        err(json!({"pupil_count": -3})),
        "pupil_count: expected a whole number ≥ 0, got -3"
    );
    assert_eq!(
        err(json!({"pupil_count": "12"})),
        "pupil_count: expected a whole number ≥ 0, got \"12\""
    );
    assert_eq!(
        err(json!({"pupil_count": 5_000_000_000u64})),
        "pupil_count: expected a whole number ≥ 0, got 5000000000"
    );
    assert_eq!(
        err(json!({"date": "12-03-2026"})),
        "date: expected a date YYYY-MM-DD or empty, got \"12-03-2026\""
    );
    assert_eq!(
        err(json!({"participants": [{"role": "Wizard"}]})),
        "participants[0].role: expected a known role, got \"Wizard\""
    );
    assert_eq!(err(json!({"title": 5})), "title: expected text, got 5");
    assert_eq!(
        err(json!({"revision": 1.5})),
        "revision: expected a whole number ≥ 0, got 1.5"
    );
    assert!(err(json!({"actions": {}})).starts_with("actions: expected a list"));
    assert!(err(json!([1])).starts_with("session: expected an object"));
}

#[test]
fn iso_dates() {
    assert!(is_iso_date("2026-09-01"));
    assert!(!is_iso_date("2026-13-01"));
    assert!(!is_iso_date("2026-1-01x"));
    assert!(!is_iso_date("２０２６-09-01"));
}
