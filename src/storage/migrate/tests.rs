use super::*;
use crate::storage::error::DecodeError;
use serde_json::json;

#[test]
fn v0_session_becomes_a_current_envelope() {
    let v1 = migrate(
        0,
        json!({"id": "x", "name": "Overleg", "pupils": " 412 ", "created": 1767225600.5,
               "participants": ["Teacher", {"role": "Parent", "name": "M"}]}),
    )
    .unwrap();
    assert_eq!(
        v1,
        json!({"format": "samen-doen", "version": 2, "kind": "session", "data":
            {"id": "x", "title": "Overleg", "pupil_count": 412, "created_ms": 1767225600500u64,
             "participants": [{"role": "Teacher", "name": ""}, {"role": "Parent", "name": "M"}]}})
    );
}

#[test]
fn v0_errors_name_the_old_field() {
    let e = migrate(0, json!([{}, {"pupils": "veel"}])).unwrap_err();
    assert_eq!(
        e,
        DecodeError::Invalid {
            field: "sessions[1].pupils".into(),
            value: "\"veel\"".into(),
            rule: Rule::WholeNumber
        }
    );
    let e = migrate(0, json!({"created": -1})).unwrap_err();
    assert!(matches!(e, DecodeError::Invalid { field, .. } if field == "created"));
}

#[test]
fn v1_becomes_v2_with_its_data_unchanged() {
    let data = json!({"id": "x", "title": "Overleg", "actions": [{"id": "a", "what": "bellen"}]});
    let v1 = json!({"format": "samen-doen", "version": 1, "kind": "export", "exported_ms": 5, "data": [data]});
    assert_eq!(
        migrate(1, v1).unwrap(),
        json!({"format": "samen-doen", "version": 2, "kind": "export", "exported_ms": 5, "data": [data]})
    );
}

#[test]
fn current_is_untouched_and_future_refused() {
    let doc = json!({"format": "samen-doen", "version": 2, "kind": "session", "data": {}});
    assert_eq!(
        migrate(u64::from(CURRENT_VERSION), doc.clone()).unwrap(),
        doc
    );
    assert!(matches!(
        migrate(u64::from(CURRENT_VERSION) + 1, doc),
        Err(DecodeError::UnsupportedVersion { .. })
    ));
}
