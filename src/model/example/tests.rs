use super::*;
use crate::model::framework::framework;

#[test]
fn example_fills_every_part_and_refers_to_real_rows() {
    let s = example_session(1);
    assert!(s.pyramid.activities(Scenario::Current).len() >= 5);
    assert_eq!(s.pyramid.workers().len(), 2);
    assert!(!s.analysis.marks.is_empty());
    for mark in &s.analysis.marks {
        assert!(
            framework().row(&mark.row).is_some(),
            "unknown row {}",
            mark.row
        );
    }
    assert_eq!(s.actions.len(), 2);
    assert!(s.ladder.overall().now.is_some());
    assert!(
        s.participants.iter().all(|p| p.name.is_empty()),
        "no names in the example"
    );
}
