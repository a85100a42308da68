use super::*;
use proptest::prelude::*;

#[test]
fn equal_state_is_not_a_step() {
    let mut h = History::new(1);
    assert!(!h.apply(1));
    assert!(!h.can_undo());
    assert!(h.apply(2));
    assert!(h.can_undo() && !h.can_redo());
}

#[test]
fn undo_redo_walks_both_ways_and_new_step_clears_redo() {
    let mut h = History::new(0);
    h.apply(1);
    h.apply(2);
    assert!(h.undo());
    assert_eq!(*h.current(), 1);
    assert!(h.redo());
    assert_eq!(*h.current(), 2);
    assert!(!h.redo());
    h.undo();
    h.apply(5);
    assert!(!h.can_redo());
    assert!(h.undo() && h.undo());
    assert_eq!(*h.current(), 0);
    assert!(!h.undo());
}

#[test]
fn depth_drops_the_oldest() {
    let mut h = History::with_depth(0, 3);
    for i in 1..=10 {
        h.apply(i);
    }
    assert_eq!(h.undo_len(), 3);
    while h.undo() {}
    assert_eq!(*h.current(), 7);
}

#[test]
fn default_depth_is_200() {
    let mut h = History::new(0);
    for i in 1..=250 {
        h.apply(i);
    }
    assert_eq!(h.undo_len(), DEFAULT_DEPTH);
}

#[test]
fn coalescing_merges_a_burst_and_breaks_on_other_key_or_undo() {
    let mut h = History::new(0);
    h.apply_coalesced(1, "m:7");
    h.apply_coalesced(2, "m:7");
    h.apply_coalesced(3, "m:7");
    assert_eq!(h.undo_len(), 1);
    h.apply_coalesced(4, "m:8");
    assert_eq!(h.undo_len(), 2);
    h.undo();
    h.apply_coalesced(9, "m:8");
    assert_eq!(h.undo_len(), 2);
    h.seal();
    h.apply_coalesced(10, "m:8");
    assert_eq!(h.undo_len(), 3);
}

#[test]
fn burst_back_to_start_leaves_no_step() {
    let mut h = History::new(0);
    h.apply_coalesced(1, "k");
    h.apply_coalesced(0, "k");
    assert!(!h.can_undo());
    assert_eq!(*h.current(), 0);
}

proptest! {
    #[test]
    fn undo_all_then_redo_all(steps in proptest::collection::vec(0u8..6, 0..80)) {
        let mut h = History::new(0u32);
        let mut states = vec![0u32];
        let mut value = 0u32;
        for s in steps {
            value = value.wrapping_add(u32::from(s));
            if h.apply(value) {
                states.push(value);
            }
        }
        let final_state = *h.current();
        while h.undo() {}
        prop_assert_eq!(*h.current(), states[0]);
        while h.redo() {}
        prop_assert_eq!(*h.current(), final_state);
        prop_assert_eq!(h.undo_len(), states.len() - 1);
    }
}

#[test]
fn a_withdrawn_step_leaves_no_undo_and_no_redo() {
    let mut h = History::new(1);
    h.apply(2);
    h.apply(3);
    // The test sees the state before the step and the current one.
    assert!(!h.withdraw_if(|before, now| *before == 1 && *now == 3));
    assert!(h.withdraw_if(|before, now| *before == 2 && *now == 3));
    assert_eq!(*h.current(), 2);
    assert_eq!(h.undo_len(), 1);
    assert!(!h.can_redo());
    assert!(h.withdraw_if(|_, _| true));
    assert_eq!(*h.current(), 1);
    assert!(!h.withdraw_if(|_, _| true), "nothing left to take back");
    assert_eq!(*h.current(), 1);
}

#[test]
fn a_withdraw_ends_a_coalescing_burst() {
    let mut h = History::new(0);
    h.apply(5);
    h.apply_coalesced(6, "k");
    assert!(h.withdraw_if(|_, _| true));
    h.apply_coalesced(7, "k");
    assert_eq!(
        h.undo_len(),
        2,
        "the next keyed change is a step of its own"
    );
}
