//! Tests of the analysis: marks, explanations, heat, disagreements.

use super::*;
use Role::{CareCoordinator as Ib, Teacher, YouthWorker as Jhv};

const ROW: &str = "ih.communicatie.1";

#[test]
fn toggles_add_and_remove_marks() {
    let mut a = Analysis::default();
    assert!(a.toggle_success(ROW, Teacher));
    assert!(a.toggle_bottleneck(ROW, Teacher));
    let m = a.mark(ROW, Teacher).cloned();
    assert_eq!(m.map(|m| (m.success, m.bottleneck)), Some((true, true)));
    assert!(!a.toggle_success(ROW, Teacher));
    assert!(!a.toggle_bottleneck(ROW, Teacher));
    assert_eq!(a, Analysis::default(), "all-false marks are removed");
}

#[test]
fn click_order_does_not_matter() {
    let (mut a, mut b) = (Analysis::default(), Analysis::default());
    a.toggle_success("pd.aanpak.1", Jhv);
    a.toggle_bottleneck(ROW, Teacher);
    b.toggle_bottleneck(ROW, Teacher);
    b.toggle_success("pd.aanpak.1", Jhv);
    assert_eq!(a, b);
    assert_eq!(a.marked_rows(), [ROW, "pd.aanpak.1"]);
}

#[test]
fn explanations_and_priorities() {
    let mut a = Analysis::default();
    a.set_explanation_field(ROW, Question::Where, "in de klas");
    assert_eq!(
        a.explanation(ROW).map(|e| e.get(Question::Where)),
        Some("in de klas")
    );
    let json = serde_json::to_string(&a).unwrap_or_default();
    assert!(json.contains("\"where\":\"in de klas\""), "{json}");
    assert_eq!(
        serde_json::from_str::<Analysis>(&json).ok(),
        Some(a.clone())
    );
    a.set_explanation_field(ROW, Question::Where, "");
    assert!(a.explanations.is_empty());
    assert!(a.toggle_priority(ROW) && a.is_priority(ROW));
    assert!(!a.toggle_priority(ROW) && a.priorities.is_empty());
}

#[test]
fn heat_counts_role_marks() {
    let mut a = Analysis::default();
    a.set_mark(ROW, Teacher, true, true);
    a.set_mark("ih.communicatie.2", Ib, false, true);
    a.set_mark("of.leiderschap.1", Jhv, true, false);
    assert_eq!(a.heat("ih.communicatie"), (1, 2));
    assert_eq!(a.heat("ih.flexibiliteit"), (0, 0));
    assert_eq!(a.heat("nope"), (0, 0));
    assert_eq!(a.perspective_heat("ih"), (1, 2));
    assert_eq!(a.perspective_heat("of"), (1, 0));
    a.clear_role(Teacher);
    assert_eq!(a.heat("ih.communicatie"), (0, 1));
}

#[test]
fn disagreements_follow_the_definition() {
    let mut a = Analysis::default();
    a.set_mark(ROW, Teacher, true, false);
    a.set_mark(ROW, Jhv, false, true);
    a.set_mark("ih.communicatie.2", Teacher, true, true);
    a.set_mark("ih.communicatie.2", Jhv, true, true);
    a.set_mark("of.leiderschap.1", Teacher, true, false);
    a.set_mark("of.leiderschap.1", Jhv, true, true);
    let d = a.disagreements(&[Teacher, Jhv]);
    let rows: Vec<(&str, bool)> = d.iter().map(|d| (d.row.as_str(), d.contrary)).collect();
    assert_eq!(rows, [(ROW, true), ("of.leiderschap.1", true)]);
    assert_eq!(d[0].success, [Teacher]);
    assert_eq!(d[0].bottleneck, [Jhv]);
    let d = a.disagreements(&[Teacher, Jhv, Ib, Ib]);
    assert_eq!(d.len(), 3, "the IB'er marked nothing");
    assert!(d.iter().all(|d| d.unmarked == [Ib]));
    assert!(!d[1].contrary);
    a.clear_row(ROW);
    assert!(a.marks_on(ROW).next().is_none());
}

#[test]
fn other_marks_and_roles_on_a_row() {
    let mut a = Analysis::default();
    a.set_mark(ROW, Teacher, true, true);
    a.set_mark(ROW, Jhv, false, true);
    assert_eq!(a.other_marks(ROW, Some(Teacher)), (0, 1));
    assert_eq!(a.other_marks(ROW, None), (1, 2));
    assert_eq!(a.roles_on(ROW), (vec![Teacher], vec![Teacher, Jhv]));
    assert_eq!(
        [0, 1, 3, 4, 9].map(heat_level),
        [0, 1, 3, 4, 4],
        "capped at four"
    );
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn marks_stay_sorted_unique_and_non_empty(ops in prop::collection::vec((0usize..27, 0usize..7, any::<bool>()), 0..60)) {
            let rows: Vec<&str> = framework().rows().map(|(_, _, r)| r.id.as_str()).collect();
            let mut a = Analysis::default();
            for (row, role, success) in ops {
                let (row, role) = (rows[row], Role::ALL[role]);
                if success { a.toggle_success(row, role); } else { a.toggle_bottleneck(row, role); }
            }
            prop_assert!(a.marks.iter().all(|m| m.success || m.bottleneck));
            prop_assert!(a.marks.windows(2).all(|w| (&w[0].row, w[0].role) < (&w[1].row, w[1].role)));
        }
    }
}
