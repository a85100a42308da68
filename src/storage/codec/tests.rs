use super::*;
use crate::model::{Participant, Role};
use crate::storage::stepwise::decode;

fn sample() -> Session {
    let mut s = Session::new("s1", 1_767_225_600_000);
    s.title = "Teamoverleg <script>alert(1)</script>".into();
    s.school = "OBS Ëik & Çınar".into();
    s.date = "2026-09-14".into();
    s.pupil_count = 312;
    s.participants.push(Participant {
        role: Role::CareCoordinator,
        name: "IB".into(),
    });
    s
}

#[test]
fn stored_session_round_trip() {
    let s = sample();
    let text = encode_session(&s).unwrap();
    assert!(text.starts_with(&format!(
        "{{\"format\":\"samen-doen\",\"version\":{CURRENT_VERSION}"
    )));
    assert_eq!(decode_stored_session(&text).unwrap(), s);
}

#[test]
fn export_round_trip() {
    let list = vec![sample(), Session::new("s2", 5)];
    let doc = decode(&encode_export(&list, 9).unwrap()).unwrap();
    assert_eq!((doc.kind, doc.version), (Kind::Export, CURRENT_VERSION));
    assert_eq!(doc.sessions, list);
}

#[test]
fn typed_errors() {
    assert!(matches!(
        decode("{\"format\":"),
        Err(DecodeError::NotJson { line: 1, .. })
    ));
    assert!(matches!(
        decode("{\"format\":\"other\"}"),
        Err(DecodeError::WrongFormat { .. })
    ));
    assert!(matches!(decode("42"), Err(DecodeError::WrongFormat { .. })));
    assert!(matches!(
        decode("{\"a\":1}"),
        Err(DecodeError::WrongFormat { .. })
    ));
    let future = "{\"format\":\"samen-doen\",\"version\":7,\"kind\":\"session\",\"data\":{}}";
    assert_eq!(
        decode(future).unwrap_err(),
        DecodeError::UnsupportedVersion {
            found: "7".into(),
            newest: CURRENT_VERSION
        }
    );
    let bad = "{\"format\":\"samen-doen\",\"version\":1,\"kind\":\"export\",\"data\":[{},{\"pupil_count\":-3}]}";
    assert_eq!(
        decode(bad).unwrap_err(),
        DecodeError::Invalid {
            field: "sessions[1].pupil_count".into(),
            value: "-3".into(),
            rule: Rule::WholeNumber
        }
    );
    let kind = "{\"format\":\"samen-doen\",\"version\":1,\"kind\":\"x\",\"data\":{}}";
    assert!(
        matches!(decode(kind).unwrap_err(), DecodeError::Invalid { field, .. } if field == "kind")
    );
    let export = encode_export(&[sample()], 1).unwrap();
    assert!(matches!(
        decode_stored_session(&export),
        Err(DecodeError::WrongFormat { .. })
    ));
}

#[test]
fn bom_and_v0_bare_session() {
    let doc = decode("\u{feff}{\"id\":\"old\",\"name\":\"Proto\",\"pupils\":\"20\"}").unwrap();
    assert_eq!((doc.kind, doc.version), (Kind::Session, 0));
    assert_eq!(doc.sessions[0].title, "Proto");
    assert_eq!(doc.sessions[0].pupil_count, 20);
}

#[test]
fn every_export_carries_the_bronvermelding() {
    let text = encode_export(&[Session::new("a", 1)], 2).unwrap();
    assert!(text.contains("Geveke, C., De Jong, N., Smit, M., Steenbeek, H. (2024)"));
    assert!(text.contains("Gerdes"));
    let doc = decode(&text).unwrap();
    assert_eq!(doc.sessions.len(), 1);
}
