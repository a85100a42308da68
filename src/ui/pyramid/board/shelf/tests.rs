use super::placements;

/// Applies the moves to a list the way `insertBefore` does.
fn apply(mut list: Vec<u32>, moves: &[(u32, Option<u32>)]) -> Vec<u32> {
    for (id, before) in moves {
        list.retain(|x| x != id);
        let at = before
            .and_then(|b| list.iter().position(|x| *x == b))
            .unwrap_or(list.len());
        list.insert(at, *id);
    }
    list
}

#[test]
fn a_list_in_order_needs_no_moves() {
    assert!(placements(&[1, 2, 3], &[1, 2, 3]).is_empty());
}

#[test]
fn a_card_that_arrives_or_changes_place_is_one_move() {
    assert_eq!(placements(&[1, 2, 3], &[1, 4, 2, 3]), vec![(4, Some(2))]);
    assert_eq!(placements(&[1, 2, 3], &[1, 2, 3, 4]), vec![(4, None)]);
    assert_eq!(placements(&[1, 2, 3], &[3, 1, 2]), vec![(3, Some(1))]);
    // A card leaving is not a move here: its new list takes it.
    assert!(placements(&[1, 2, 3], &[1, 3]).is_empty());
}

#[test]
fn the_moves_give_the_wanted_order_from_any_start() {
    // Every order of up to five cards, from every order of some of the same cards and
    // some that leave (9): the list ends up as wanted once the leavers are gone.
    let orders = permutations(&[1, 2, 3, 4, 5]);
    let starts = [
        vec![],
        vec![9, 1],
        vec![5, 9, 3, 1],
        vec![2, 4, 9],
        vec![1, 2, 3, 4, 5],
    ];
    for want in &orders {
        for now in &starts {
            let moves = placements(now, want);
            let mut got = apply(now.clone(), &moves);
            got.retain(|x| *x != 9);
            assert_eq!(&got, want, "from {now:?}");
            assert!(moves.len() <= want.len());
        }
    }
}

fn permutations(items: &[u32]) -> Vec<Vec<u32>> {
    if items.is_empty() {
        return vec![vec![]];
    }
    let mut out = Vec::new();
    for (i, first) in items.iter().enumerate() {
        let mut rest = items.to_vec();
        rest.remove(i);
        for mut tail in permutations(&rest) {
            tail.insert(0, *first);
            out.push(tail);
        }
    }
    out
}
