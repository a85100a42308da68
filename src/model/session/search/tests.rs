use super::*;

#[test]
fn folds_case_and_accents() {
    assert_eq!(fold("CBS De Ëik — Çağ"), "cbs de eik — cag");
    assert!(matches("Obs 't Schôltje", "SCHOLTJE obs"));
    assert!(!matches("Obs Noord", "zuid"));
    assert!(matches("anything", "   "));
}
