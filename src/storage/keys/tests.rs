use super::*;

#[test]
fn keys_round_trip_through_classify() {
    assert_eq!(
        classify(&session_key("a/b")),
        KeyKind::Session("a/b".into())
    );
    assert_eq!(classify(INDEX), KeyKind::Index);
    assert_eq!(classify(TRASH), KeyKind::Trash);
    assert_eq!(classify(SETTINGS), KeyKind::Settings);
    assert_eq!(classify(PROBE), KeyKind::Probe);
    assert_eq!(classify(&quarantine_key(INDEX, 5)), KeyKind::Quarantine);
    assert_eq!(classify("samen-doen/v2/index"), KeyKind::UnknownOwn);
    assert_eq!(classify(SESSION_PREFIX), KeyKind::UnknownOwn);
    assert_eq!(classify("other-app"), KeyKind::Foreign);
}
