use super::*;
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
