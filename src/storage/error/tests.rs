use super::*;

#[test]
fn shorten_respects_char_boundaries() {
    let long = "é".repeat(100);
    assert_eq!(shorten(&long).chars().count(), 61);
}
