use super::*;
use crate::model::Session;
use crate::storage::codec::encode_session;
use crate::storage::keys::{session_key, INDEX, SETTINGS, TRASH};

fn stored(id: &str, title: &str) -> (String, String) {
    let mut s = Session::new(id, 10);
    s.title = title.into();
    (session_key(id), encode_session(&s).unwrap())
}

#[test]
fn healthy_storage_loads_everything() {
    let entries = vec![
        stored("a", "A"),
        stored("b", "B"),
        (
            TRASH.into(),
            r#"[{"id":"b","deleted_ms":77},{"id":"gone","deleted_ms":1}]"#.into(),
        ),
        (
            SETTINGS.into(),
            r#"{"language":"en","smartboard":true}"#.into(),
        ),
        (
            INDEX.into(),
            r#"[{"id":"a"},{"id":"lost","title":"Weg"}]"#.into(),
        ),
        ("other-app/x".into(), "not json".into()),
        ("samen-doen/v9/thing".into(), "future".into()),
    ];
    let r = restore(entries, 1000);
    assert!(r.quarantined.is_empty() && r.moves.is_empty());
    assert_eq!(r.sessions.items.len(), 1);
    assert_eq!(r.sessions.trash[0].deleted_ms, 77);
    assert!(r.settings.smartboard);
    assert_eq!(r.missing.len(), 1);
    assert_eq!(r.missing[0].title, "Weg");
    assert_eq!(
        r.index.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
        ["a", "b"]
    );
}

#[test]
fn corrupting_every_key_type_keeps_raw_text_and_loads_the_rest() {
    let bad_session = (
        session_key("bad"),
        "{\"format\":\"samen-doen\",\"version\":1,\"kind\":\"sess".to_string(),
    );
    let invalid_session = (
        session_key("neg"),
        r#"{"format":"samen-doen","version":1,"kind":"session","data":{"pupil_count":-3}}"#
            .to_string(),
    );
    let entries = vec![
        stored("good", "Goed"),
        bad_session.clone(),
        invalid_session.clone(),
        (INDEX.into(), "[{\"id\": 5}]".into()),
        (TRASH.into(), "\u{0}garbage".into()),
        (SETTINGS.into(), r#"{"language":"fr"}"#.into()),
        ("samen-doen/quarantine/x/1".into(), "old damage".into()),
    ];
    let r = restore(entries.clone(), 42);
    assert_eq!(r.sessions.items.len(), 1);
    assert_eq!(r.sessions.items[0].title, "Goed");
    assert_eq!(r.settings, Settings::default());
    assert_eq!(r.quarantined.len(), 5);
    assert_eq!(
        r.kept_aside,
        vec![(
            "samen-doen/quarantine/x/1".to_string(),
            "old damage".to_string()
        )]
    );
    for (key, raw) in &entries[1..6] {
        let q = r.quarantined.iter().find(|q| &q.key == key).unwrap();
        assert_eq!(&q.raw, raw);
        let m = r.moves.iter().find(|m| &m.from == key).unwrap();
        assert_eq!(&m.raw, raw, "raw text preserved byte for byte");
        assert_eq!(m.to, format!("samen-doen/quarantine/{key}/42"));
    }
    let neg = r
        .quarantined
        .iter()
        .find(|q| q.key == invalid_session.0)
        .unwrap();
    assert_eq!(
        neg.error,
        DecodeError::Invalid {
            field: "pupil_count".into(),
            value: "-3".into(),
            rule: crate::storage::error::Rule::WholeNumber
        }
    );
    assert!(matches!(
        r.quarantined
            .iter()
            .find(|q| q.key == bad_session.0)
            .unwrap()
            .error,
        DecodeError::NotJson { .. }
    ));
    assert!(r.missing.is_empty());
}

#[test]
fn key_decides_the_id() {
    let (_, raw) = stored("inside", "X");
    let r = restore(vec![(session_key("outside"), raw)], 1);
    assert_eq!(r.sessions.items[0].id, "outside");
}

#[test]
fn trash_and_index_both_damaged_the_trash_comes_back_as_trash_and_is_said() {
    let entries = vec![
        stored("s1", "Weg"),
        stored("s2", "Blijft"),
        stored("s10", "Ook weg"),
        // Cut off mid-write: not JSON, yet it still names what was in it.
        (
            TRASH.to_string(),
            r#"[{"id":"s1","deleted_ms":77},{"id":"s10","del"#.to_string(),
        ),
        (INDEX.to_string(), "{kapot".to_string()),
    ];
    let r = restore(entries, 500);
    let live: Vec<&str> = r.sessions.items.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(live, ["s2"], "nothing deleted comes back to life");
    let trashed: Vec<(&str, u64)> = r
        .sessions
        .trash
        .iter()
        .map(|t| (t.session.id.as_str(), t.deleted_ms))
        .collect();
    assert_eq!(trashed, [("s1", 77), ("s10", 500)]);
    assert_eq!(
        r.trash_recovered,
        [
            ("s1".to_string(), "Weg".to_string()),
            ("s10".to_string(), "Ook weg".to_string())
        ]
    );
    // Both damaged texts are kept aside, unchanged.
    let aside: Vec<&str> = r.quarantined.iter().map(|q| q.key.as_str()).collect();
    assert!(
        aside.contains(&TRASH) && aside.contains(&INDEX),
        "{aside:?}"
    );
}
