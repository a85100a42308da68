use super::*;
use Role::{Teacher, YouthWorker};

#[test]
fn set_and_clear() {
    let mut p = LadderPlacement::default();
    p.set_now(Some(YouthWorker), Some(Rung::Coordination));
    p.set_now(None, Some(Rung::Cooperation));
    p.set_wanted(None, Some(Rung::Collaboration));
    assert_eq!(p.entries.first().map(|e| e.role), Some(None), "team first");
    assert_eq!(p.overall().gap(), Some(2));
    assert_eq!(
        p.for_role(Some(Teacher)),
        LadderEntry {
            role: Some(Teacher),
            ..Default::default()
        }
    );
    p.set_now(Some(YouthWorker), None);
    assert_eq!(p.entries.len(), 1, "empty entries are dropped");
    p.clear(None);
    assert_eq!(p, LadderPlacement::default());
}

#[test]
fn spread_shows_who_differs() {
    let mut p = LadderPlacement::default();
    assert!(!p.spread().is_spread());
    p.set_now(Some(Teacher), Some(Rung::Cooperation));
    p.set_now(Some(YouthWorker), Some(Rung::Collaboration));
    let s = p.spread();
    assert_eq!(s.now, Some((Rung::Cooperation, Rung::Collaboration)));
    assert!(s.roles_apart.is_empty() && s.is_spread());
    p.set_now(None, Some(Rung::Cooperation));
    p.set_wanted(Some(Teacher), Some(Rung::Integration));
    let s = p.spread();
    assert_eq!(s.roles_apart, [YouthWorker]);
    assert_eq!(s.wanted, Some((Rung::Integration, Rung::Integration)));
}

#[test]
fn serde_round_trip() {
    let mut p = LadderPlacement::default();
    p.set_wanted(Some(Teacher), Some(Rung::Integration));
    let json = serde_json::to_string(&p).unwrap_or_default();
    assert_eq!(serde_json::from_str::<LadderPlacement>(&json).ok(), Some(p));
    assert_eq!(
        serde_json::from_str::<LadderPlacement>("{}").ok(),
        Some(LadderPlacement::default())
    );
}

#[test]
fn the_note_is_kept_as_typed_and_an_unchanged_note_is_no_change() {
    let mut p = LadderPlacement::default();
    assert!(p.set_note("Overleg loopt via de IB'er.\nDoel: samen plannen.".into()));
    assert_eq!(p.note, "Overleg loopt via de IB'er.\nDoel: samen plannen.");
    assert!(!p.set_note(p.note.clone()));
    assert!(p.set_note(String::new()));
    assert!(p.note.is_empty());
}
