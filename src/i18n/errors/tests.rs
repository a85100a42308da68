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
        SaveError::Encode("x".into()),
        SaveError::Unavailable("SecurityError: denied".into()),
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
