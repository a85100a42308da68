use super::*;
use serde_json::json;

#[test]
fn invalid_names_field_and_value_in_both_languages() {
    let e =
        DecodeError::invalid("pupil_count", &json!(-3), Rule::WholeNumber).within("sessions[2]");
    assert_eq!(
        decode_error(&e, Lang::En),
        "sessions[2].pupil_count: expected a whole number ≥ 0, got -3"
    );
    assert_eq!(
        decode_error(&e, Lang::Nl),
        "sessions[2].pupil_count: verwacht een geheel getal ≥ 0, gekregen -3"
    );
}

#[test]
fn every_error_has_words_in_both_languages() {
    let errors = [
        SaveError::Full,
        SaveError::Conflict { stored_revision: 3 },
        SaveError::NoId,
        SaveError::Encode,
        SaveError::Denied,
        SaveError::Failed,
        SaveError::Removed,
        SaveError::CopyUnverified,
        SaveError::NotKeptAside,
        SaveError::Blocked { key: "k".into() },
    ];
    for e in &errors {
        let (nl, en) = (save_error(e, Lang::Nl), save_error(e, Lang::En));
        assert!(!nl.is_empty() && !en.is_empty() && nl != en, "{e:?}");
    }
    for e in [
        ShareError::NotAShareLink,
        ShareError::BadBase64,
        ShareError::BadDeflate,
        ShareError::TooLarge,
    ] {
        assert_ne!(share_error(&e, Lang::Nl), share_error(&e, Lang::En));
    }
}

/// A session object's first wrong field, as the interface says it in English.
fn err(v: serde_json::Value) -> String {
    decode_error(
        &crate::storage::validate::session_from_value(v).unwrap_err(),
        Lang::En,
    )
}

#[test]
fn a_session_files_wrong_fields_read_as_sentences() {
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
        "date: expected a real date YYYY-MM-DD or empty, got 12-03-2026"
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
fn documents_errors_read_as_sentences() {
    use crate::storage::{decode, migrate::migrate};
    let future = "{\"format\":\"samen-doen\",\"version\":7,\"kind\":\"session\",\"data\":{}}";
    assert_eq!(
        decode_error(&decode(future).unwrap_err(), Lang::Nl),
        "bestandsversie 7 wordt niet ondersteund (deze app leest t/m versie 2); gebruik een nieuwere versie van de app"
    );
    let bad = "{\"format\":\"samen-doen\",\"version\":1,\"kind\":\"export\",\"data\":[{},{\"pupil_count\":-3}]}";
    assert_eq!(
        decode_error(&decode(bad).unwrap_err(), Lang::En),
        "sessions[1].pupil_count: expected a whole number ≥ 0, got -3"
    );
    let kind = "{\"format\":\"samen-doen\",\"version\":1,\"kind\":\"x\",\"data\":{}}";
    assert!(decode_error(&decode(kind).unwrap_err(), Lang::En).starts_with("kind:"));
    let e = migrate(0, json!([{}, {"pupils": "veel"}])).unwrap_err();
    assert_eq!(
        decode_error(&e, Lang::En),
        "sessions[1].pupils: expected a whole number ≥ 0, got \"veel\""
    );
    let e = migrate(0, json!({"created": -1})).unwrap_err();
    assert!(decode_error(&e, Lang::En).starts_with("created:"));
}

#[test]
fn decoder_messages_become_rules_without_their_text() {
    let huge = "\u{301}".repeat(100_000);
    let e = crate::storage::validate::session_from_value(
        json!({"actions": [{"id": "a", "status": huge}]}),
    )
    .unwrap_err();
    let said = decode_error(&e, Lang::Nl);
    // Refused by its length first (no deep work on a huge value), quoting only its start.
    assert!(said.starts_with("actions[0].status"), "{said}");
    assert!(said.contains("hoogstens 5.000 tekens"), "{said}");
    let wrong = crate::storage::validate::session_from_value(
        json!({"actions": [{"id": "a", "status": "Klaar"}]}),
    )
    .unwrap_err();
    let wrong = decode_error(&wrong, Lang::Nl);
    assert!(wrong.contains("een van: Open, InProgress, Done"), "{wrong}");
    assert!(
        said.chars().count() < 300,
        "the refusal quotes the whole value: {} chars",
        said.chars().count()
    );
}
