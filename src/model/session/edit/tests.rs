use super::*;

#[test]
fn edits_touch_only_on_change() {
    let mut s = Session::new("a", 10);
    assert!(s.apply(MetaEdit::Title("Overleg".into()), 20));
    assert_eq!((s.revision, s.updated_ms), (1, 20));
    assert!(!s.apply(MetaEdit::Title("Overleg".into()), 30));
    assert_eq!(s.revision, 1);
    let p = Participant {
        role: Role::Teacher,
        name: String::new(),
    };
    assert!(s.apply(MetaEdit::AddParticipant(p), 40));
    assert!(s.apply(MetaEdit::ParticipantRole(0, Role::Parent), 41));
    assert!(s.apply(MetaEdit::ParticipantName(0, "AB".into()), 42));
    assert!(!s.apply(MetaEdit::ParticipantName(5, "x".into()), 43));
    assert_eq!(s.participants[0].role, Role::Parent);
    assert!(s.apply(MetaEdit::RemoveParticipant(0), 44));
    assert!(!s.apply(MetaEdit::RemoveParticipant(0), 45));
    assert!(s.apply(MetaEdit::PupilCount(312), 46));
    assert_eq!(s.revision, 6);
}

#[test]
fn clock_going_back_keeps_updated_time() {
    let mut s = Session::new("a", 100);
    s.touch(50);
    assert_eq!(s.updated_ms, 100);
}
