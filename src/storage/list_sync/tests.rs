use proptest::prelude::*;

use super::*;
use crate::model::Session;

fn list(ids: &[&str]) -> Sessions {
    let mut s = Sessions::default();
    for id in ids {
        s.create(*id, 1).unwrap();
    }
    s
}

#[test]
fn two_deletes_at_once_both_stay_deleted() {
    // Tab one deleted a, tab two deleted b, each from a list with both live; tab two wrote last.
    let mut one = list(&["a", "b", "c"]);
    one.delete("a", 10).unwrap();
    let mut two = list(&["a", "b", "c"]);
    two.delete("b", 11).unwrap();
    let mut fresh = two.clone();
    assert!(keep_deletions(&one, &mut fresh));
    let live: Vec<&str> = fresh.items.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(live, ["c"]);
    assert!(fresh
        .trash
        .iter()
        .any(|t| t.session.id == "a" && t.deleted_ms == 10));
    // Tab two, reading tab one's list written again, keeps both deleted too.
    let mut back = fresh.clone();
    assert!(!keep_deletions(&two, &mut back));
    assert_eq!(back, fresh);
}

#[test]
fn a_session_restored_or_edited_elsewhere_stays_live() {
    let mut mine = list(&["a"]);
    mine.delete("a", 10).unwrap();
    let mut restored = list(&["a"]);
    restored.get_mut("a").unwrap().touch(20);
    assert!(!keep_deletions(&mine, &mut restored));
    assert_eq!(restored.items.len(), 1);
}

proptest! {
    #[test]
    fn deletions_from_any_two_tabs_are_all_kept(
        n in 1usize..8,
        first in prop::collection::vec(any::<bool>(), 8),
        second in prop::collection::vec(any::<bool>(), 8),
    ) {
        let ids: Vec<String> = (0..n).map(|i| format!("s{i}")).collect();
        let base = {
            let mut s = Sessions::default();
            for id in &ids {
                s.items.push(Session::new(id.clone(), 1));
            }
            s
        };
        let (mut one, mut two) = (base.clone(), base);
        for (i, id) in ids.iter().enumerate() {
            if first[i] { one.delete(id, 10).unwrap(); }
            if second[i] { two.delete(id, 11).unwrap(); }
        }
        // Tab two wrote last; tab one reads it and keeps its own deletions.
        let mut fresh = two.clone();
        keep_deletions(&one, &mut fresh);
        for (i, id) in ids.iter().enumerate() {
            let live = fresh.get(id).is_some();
            prop_assert_eq!(live, !(first[i] || second[i]), "{}", id);
            prop_assert!(fresh.contains_id(id));
        }
    }
}
