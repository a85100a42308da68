//! Stable sorting through one compiled sort routine.
//!
//! `slice::sort_by` is generic over the element and the comparison, so every call site with
//! its own closure compiles its own copy of the standard library's stable sort (driftsort,
//! 3–5 KB of WebAssembly each; fifteen call sites came to 59 KB, measured with
//! `scripts/wasm-breakdown.mjs`). These helpers sort a list of positions with a comparison
//! behind `&dyn Fn`, which compiles the sort once for the whole app, and then put the
//! elements in that order. The result is exactly the standard stable sort's (a property test
//! checks it); the cost is one indirect call per comparison and one pass of swaps to put the
//! elements in place, nothing at the app's list sizes.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = {
        let list: &[T] = items;
        positions_in_order(list.len(), &|a, b| compare(&list[a], &list[b]))
    };
    apply(items, order);
}

/// Sorts `items` stably by the key `key` gives, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` ascending, stably, like `slice::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The items in ascending order, each once: what collecting into a `BTreeSet` gives (which
/// compiles its own copy of the stable sort for every element type) as a list.
pub fn sorted_unique<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut list: Vec<T> = items.into_iter().collect();
    sort(&mut list);
    list.dedup();
    list
}

/// `0..len` in the stable order of `compare` over positions: the one monomorphic sort.
fn positions_in_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|a, b| compare(*a, *b));
    order
}

/// Rearranges `items` in place so that the element at `order[i]` comes at position `i`:
/// each cycle of the permutation is walked once, in `len` swaps at most.
fn apply<T>(items: &mut [T], order: Vec<usize>) {
    let mut done = vec![false; order.len()];
    for start in 0..order.len() {
        if done[start] {
            continue;
        }
        // Along the cycle, position `at` takes the element from `order[at]` (untouched so
        // far), and the element first at `start` moves on until it reaches its place.
        let mut at = start;
        loop {
            done[at] = true;
            let from = order[at];
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard stable sort, ties kept in their first order.
        #[test]
        fn sorts_like_the_standard_stable_sort(pairs in prop::collection::vec((0u8..6, any::<u16>()), 0..80)) {
            let mut ours = pairs.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std_sorted = pairs.clone();
            std_sorted.sort_by_key(|p| p.0);
            prop_assert_eq!(&ours, &std_sorted);

            let mut ours = pairs.clone();
            sort_by(&mut ours, |a, b| (b.1 % 7).cmp(&(a.1 % 7)).then(a.0.cmp(&b.0)));
            let mut std_sorted = pairs.clone();
            std_sorted.sort_by(|a, b| (b.1 % 7).cmp(&(a.1 % 7)).then(a.0.cmp(&b.0)));
            prop_assert_eq!(&ours, &std_sorted);

            let mut ours = pairs.clone();
            sort(&mut ours);
            let mut std_sorted = pairs;
            std_sorted.sort();
            prop_assert_eq!(ours, std_sorted);
        }
    }
}

#[cfg(test)]
mod tests;
