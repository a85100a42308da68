use super::*;

#[test]
fn strings_and_references_sort_too() {
    let mut words = vec!["b".to_string(), "a".to_string(), "c".to_string()];
    sort(&mut words);
    assert_eq!(words, ["a", "b", "c"]);
    let owned = [3, 1, 2];
    let mut refs: Vec<&i32> = owned.iter().collect();
    sort_by(&mut refs, |a, b| b.cmp(a));
    assert_eq!(refs, [&3, &2, &1]);
    assert_eq!(sorted_unique(["b", "a", "b", "c", "a"]), ["a", "b", "c"]);
    let mut empty: Vec<u8> = Vec::new();
    sort(&mut empty);
    assert!(empty.is_empty());
}
