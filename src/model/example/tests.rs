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

#[test]
fn the_examples_plan_is_a_step_towards_its_target_with_the_same_hours() {
    let p = example_session(1).pyramid;
    let now = p.tier_minutes(Scenario::Current);
    let plan = p.tier_minutes(Scenario::Planned);
    assert_ne!(now, plan, "something to compare");
    assert_eq!(
        p.allocated_minutes(Scenario::Current),
        p.allocated_minutes(Scenario::Planned)
    );
    assert_eq!(p.over_allocated_by(Scenario::Planned), None);
    // Closer to the target in every level: the distance in minutes shrinks.
    let total = p.allocated_minutes(Scenario::Planned).0 as i64;
    let target = p.target();
    for (i, tier) in Tier::ALL.into_iter().enumerate() {
        let want = total * target.share_bp(tier) as i64 / 10_000;
        let (n, l) = (now[i].0 as i64, plan[i].0 as i64);
        assert!(
            (l - want).abs() < (n - want).abs(),
            "{tier:?}: {n} → {l}, target {want}"
        );
    }
}

#[test]
fn the_english_example_is_the_same_session_in_english() {
    let nl = example_session(1);
    let en = example_session_in(1, crate::lang::Lang::En);
    assert_ne!(nl.title, en.title);
    assert!(en.title.starts_with("Example"));
    // The same figures, marks, ladder and plan: only the words differ.
    assert_eq!(
        nl.pyramid.summary(crate::model::pyramid::Scenario::Current),
        en.pyramid.summary(crate::model::pyramid::Scenario::Current)
    );
    assert_eq!(nl.analysis.marks, en.analysis.marks);
    assert_eq!(nl.ladder, en.ladder);
    assert_eq!(nl.actions.len(), en.actions.len());
    assert!(en
        .actions
        .iter()
        .all(|a| !a.what.is_empty() && !a.what.contains("leerkracht")));
}
