//! Counting the board and the phones together, and naming nobody who stands alone.

use super::*;
use crate::model::answers::AnswerMark;
use crate::model::Role::*;

fn phone(id: u32, role: Option<Role>, row: &str, s: bool, b: bool) -> Answer {
    Answer {
        id,
        role,
        marks: vec![AnswerMark {
            row: row.to_string(),
            success: s,
            bottleneck: b,
        }],
        ..Default::default()
    }
}

const ROW: &str = "of.leiderschap.1";

#[test]
fn a_role_that_answered_alone_is_folded_into_the_other_roles() {
    let analysis = Analysis::default();
    let answers = vec![
        phone(1, Some(SchoolLeader), ROW, false, true),
        phone(2, Some(Teacher), ROW, false, true),
        phone(3, Some(Teacher), ROW, true, false),
        phone(4, None, ROW, false, true),
    ];
    let r = Recognition::new(&analysis, &answers);
    assert_eq!(r.counts(ROW), (1, 3));
    let views = r.views(ROW);
    assert_eq!(
        views,
        vec![
            View {
                voice: Voice::Role(Teacher),
                success: 1,
                bottleneck: 1
            },
            View {
                voice: Voice::OtherRoles,
                success: 0,
                bottleneck: 2
            },
        ]
    );
    // The school leader's answer is nowhere named.
    assert!(r.disagreements(&[SchoolLeader, Teacher]).iter().all(|d| d
        .success
        .iter()
        .chain(&d.bottleneck)
        .all(|(v, _)| *v != Voice::Role(SchoolLeader))));
}

#[test]
fn board_marks_and_answers_count_together() {
    let mut analysis = Analysis::default();
    analysis.set_mark(ROW, YouthWorker, true, false);
    analysis.set_mark("ih.communicatie.1", Teacher, false, true);
    let answers = vec![
        phone(1, Some(Parent), ROW, true, true),
        phone(2, Some(Parent), "ih.communicatie.1", false, true),
    ];
    let r = Recognition::new(&analysis, &answers);
    assert_eq!(r.counts(ROW), (2, 1));
    assert_eq!(r.other_marks(ROW, Some(YouthWorker)), (1, 1));
    assert_eq!(r.marked_rows(), vec!["ih.communicatie.1", ROW]);
    assert!(r.is_marked(ROW) && r.is_marked("ih.communicatie.1"));
    assert!(!r.is_marked("pd.monitoring.1"), "nobody marked it");
    assert_eq!(r.bottleneck_rows(), vec!["ih.communicatie.1", ROW]);
    assert_eq!(r.heat("of.leiderschap"), (2, 1));
    assert_eq!(r.perspective_heat("ih"), (0, 2));
    let d = r.disagreements(&[YouthWorker, Teacher]);
    let row = d.iter().find(|d| d.row == ROW).unwrap();
    assert!(row.contrary);
    assert_eq!(
        row.success,
        vec![(Voice::Role(YouthWorker), 1), (Voice::Role(Parent), 1)]
    );
    assert_eq!(row.bottleneck, vec![(Voice::Role(Parent), 1)]);
    assert!(
        row.unmarked.is_empty(),
        "with answers, board roles are not asked to mark"
    );
}

#[test]
fn without_answers_the_board_keeps_its_old_reading() {
    let mut analysis = Analysis::default();
    analysis.set_mark(ROW, Teacher, true, false);
    let r = Recognition::new(&analysis, &[]);
    let d = r.disagreements(&[Teacher, YouthWorker]);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].unmarked, vec![YouthWorker]);
    assert!(!d[0].contrary);
}
