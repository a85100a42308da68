//! The sync plan on its own: two tabs editing one session from a common base, each edit a
//! named model change, merged without losing either tab's change; a conflict only where
//! both changed the same field differently; planning twice changes nothing more.

use proptest::prelude::*;

use super::*;
use crate::model::action::{self, Action, ActionOrigin};
use crate::model::ladder::Rung;
use crate::model::session::MetaEdit;
use crate::model::Role;

/// A session both tabs start from: the example, stored at revision 5.
fn base() -> Session {
    let mut s = crate::model::example::example_session(1_767_225_600_000);
    s.id = "s1".into();
    s.revision = 5;
    s
}

/// One edit a tab can make, on one field; `field` names it like a conflict does.
#[derive(Clone, Debug)]
enum Edit {
    Title(u8),
    School(u8),
    Notes(u8),
    Pupils(u16),
    Mark(usize, bool),
    Explain(usize, u8),
    LadderNote(u8),
    LadderNow(usize),
    NewAction(u8),
    ActionWhat(usize, u8),
}

impl Edit {
    /// The field the edit changes in tab `tab`'s version; two edits of one field with
    /// different values conflict.
    fn field(&self, tab: &str) -> String {
        match self {
            Edit::Title(_) => "title".into(),
            Edit::School(_) => "school".into(),
            Edit::Notes(_) => "notes".into(),
            Edit::Pupils(_) => "pupil_count".into(),
            Edit::Mark(row, _) => format!("mark {row}"),
            Edit::Explain(row, _) => format!("explain {row}"),
            Edit::LadderNote(_) => "ladder.note".into(),
            Edit::LadderNow(_) => "ladder now".into(),
            // Each tab's new action is an item of its own.
            Edit::NewAction(v) => format!("new action {tab}-{v}"),
            Edit::ActionWhat(i, _) => format!("action {}", i % base().actions.len().max(1)),
        }
    }

    fn apply(&self, s: &mut Session, tab: &str) {
        let rows = ["ih.communicatie.1", "pd.rollen.1", "of.leiderschap.1"];
        match self {
            Edit::Title(v) => {
                s.apply(MetaEdit::Title(format!("titel {v}")), 0);
            }
            Edit::School(v) => {
                s.apply(MetaEdit::School(format!("school {v}")), 0);
            }
            Edit::Notes(v) => {
                s.apply(MetaEdit::Notes(format!("notities {v}")), 0);
            }
            Edit::Pupils(v) => {
                s.apply(MetaEdit::PupilCount(u32::from(*v)), 0);
            }
            Edit::Mark(row, on) => {
                let row = rows[row % rows.len()];
                s.analysis.set_mark(row, Role::Parent, *on, !*on);
            }
            Edit::Explain(row, v) => {
                let row = rows[row % rows.len()];
                s.analysis.set_explanation_field(
                    row,
                    crate::model::analysis::Question::Why,
                    format!("omdat {v}"),
                );
            }
            Edit::LadderNote(v) => {
                s.ladder.set_note(format!("noot {v}"));
            }
            Edit::LadderNow(r) => s
                .ladder
                .set_now(Some(Role::Teacher), Some(Rung::ALL[r % Rung::ALL.len()])),
            Edit::NewAction(v) => {
                // Each tab's new action has its own id, as two tabs' clocks give.
                action::add(
                    &mut s.actions,
                    Action::new(
                        format!("{tab}-{v}"),
                        format!("actie {v}"),
                        ActionOrigin::Free,
                    ),
                );
            }
            Edit::ActionWhat(i, v) => {
                // An action of the base, by id: a tab's new actions must not shift which
                // action the edit means.
                let ids: Vec<String> = base().actions.iter().map(|a| a.id.clone()).collect();
                if let Some(id) = ids.get(i % ids.len().max(1)) {
                    action::set_what(&mut s.actions, id, format!("wat {v}"));
                }
            }
        }
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0u8..3).prop_map(Edit::Title),
        (0u8..3).prop_map(Edit::School),
        (0u8..3).prop_map(Edit::Notes),
        (0u16..3).prop_map(Edit::Pupils),
        (0usize..3, any::<bool>()).prop_map(|(r, b)| Edit::Mark(r, b)),
        (0usize..3, 0u8..3).prop_map(|(r, v)| Edit::Explain(r, v)),
        (0u8..3).prop_map(Edit::LadderNote),
        (0usize..4).prop_map(Edit::LadderNow),
        (0u8..3).prop_map(Edit::NewAction),
        (0usize..3, 0u8..3).prop_map(|(i, v)| Edit::ActionWhat(i, v)),
    ]
}

/// `base` with `edits` applied by tab `tab`.
fn edited(base: &Session, edits: &[Edit], tab: &str) -> Session {
    let mut s = base.clone();
    for e in edits {
        e.apply(&mut s, tab);
    }
    s
}

/// The fields `edits` leave different from `base`.
fn changed_fields(base: &Session, edits: &[Edit], tab: &str) -> Vec<String> {
    let mut out = Vec::new();
    for e in edits {
        let field = e.field(tab);
        if out.contains(&field) {
            continue;
        }
        // The last edit of a field decides its value; the field changed when applying
        // every edit of it differs from leaving them all out.
        let without: Vec<Edit> = edits
            .iter()
            .filter(|x| x.field(tab) != field)
            .cloned()
            .collect();
        if !same_content(&edited(base, edits, tab), &edited(base, &without, tab)) {
            out.push(field);
        }
    }
    out
}

/// What storage holds after the other tab saved its edits over `base`.
fn stored_by_them(base: &Session, theirs: &[Edit]) -> Session {
    let mut s = edited(base, theirs, "b");
    s.revision = base.revision + 1;
    s.updated_ms = base.updated_ms + 10;
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// This tab's write was refused (the other tab wrote first): the plan keeps both tabs'
    /// edits, asks only about a field both changed differently, and writes above theirs.
    #[test]
    fn no_edit_is_lost_and_only_a_field_both_changed_conflicts(
        mine in prop::collection::vec(edit(), 0..5),
        their_edits in prop::collection::vec(edit(), 0..5),
    ) {
        let start = base();
        let bases = Bases::opened(Some(start.clone()));
        let ours = edited(&start, &mine, "a");
        let theirs = stored_by_them(&start, &their_edits);
        let decided = plan(&bases, &ours, Some(&theirs), Occasion::WriteRefused(Prefer::Neither), 99);
        let theirs_changed = changed_fields(&start, &their_edits, "b");
        let both: Vec<String> = changed_fields(&start, &mine, "a")
            .into_iter()
            .filter(|f| theirs_changed.contains(f))
            .collect();
        // Both changed a field: a conflict unless both ended at the same value.
        let same_ends = both.iter().all(|f| {
            let only = |edits: &[Edit], tab: &str| {
                let kept: Vec<Edit> = edits.iter().filter(|e| &e.field(tab) == f).cloned().collect();
                edited(&start, &kept, tab)
            };
            same_content(&only(&mine, "a"), &only(&their_edits, "b"))
        });
        match decided {
            SyncPlan::Conflict { fields, .. } => {
                prop_assert!(!same_ends, "a conflict with no field both changed differently: {fields:?}");
                prop_assert!(!fields.is_empty());
            }
            SyncPlan::Write { theirs: t, next } => {
                prop_assert!(same_ends, "both changed {both:?} differently, yet no conflict");
                prop_assert_eq!(&*t, &theirs);
                prop_assert_eq!(next.revision, theirs.revision + 1);
                // Every edit of each tab is in the result: applying either tab's edits
                // again changes nothing.
                prop_assert!(same_content(&edited(&next, &mine, "a"), &next), "an edit of this tab was lost");
                prop_assert!(same_content(&edited(&next, &their_edits, "b"), &next), "an edit of the other tab was lost");
            }
            SyncPlan::TakeTheirs(t) => {
                prop_assert!(same_ends);
                prop_assert!(same_content(&edited(&t, &mine, "a"), &t), "this tab's edit was lost");
            }
            other => prop_assert!(false, "unexpected plan {other:?}"),
        }
    }

    /// Planning again on the result changes nothing more: the merged version, once stored,
    /// is taken as it is.
    #[test]
    fn planning_is_idempotent(
        mine in prop::collection::vec(edit(), 0..5),
        their_edits in prop::collection::vec(edit(), 0..5),
    ) {
        let start = base();
        let mut bases = Bases::opened(Some(start.clone()));
        let ours = edited(&start, &mine, "a");
        let theirs = stored_by_them(&start, &their_edits);
        if let SyncPlan::Write { theirs: t, next } =
            plan(&bases, &ours, Some(&theirs), Occasion::WriteRefused(Prefer::Neither), 99)
        {
            bases.advance(*t);
            bases.advance((*next).clone());
            // The storage event of this tab's own write, or a second refusal: nothing to do.
            let again = plan(&bases, &next, Some(&next), Occasion::TheyWrote { pending: false }, 100);
            prop_assert_eq!(again, SyncPlan::Nothing);
            let refused = plan(&bases, &next, Some(&next), Occasion::WriteRefused(Prefer::Neither), 100);
            prop_assert_eq!(refused, SyncPlan::TakeTheirs(next.clone()));
        }
    }

    /// A preference decides every contested field and keeps the other tab's other changes.
    #[test]
    fn a_preference_never_conflicts_and_keeps_the_uncontested_changes(
        mine in prop::collection::vec(edit(), 0..5),
        their_edits in prop::collection::vec(edit(), 0..5),
        keep_mine in any::<bool>(),
    ) {
        let start = base();
        let bases = Bases::opened(Some(start.clone()));
        let ours = edited(&start, &mine, "a");
        let theirs = stored_by_them(&start, &their_edits);
        let prefer = if keep_mine { Prefer::Mine } else { Prefer::Theirs };
        let decided = plan(&bases, &ours, Some(&theirs), Occasion::WriteRefused(prefer), 99);
        let result = match decided {
            SyncPlan::Write { next, .. } => *next,
            SyncPlan::TakeTheirs(t) => *t,
            other => return Err(TestCaseError::fail(format!("unexpected plan {other:?}"))),
        };
        let winner = if keep_mine { (&mine, "a") } else { (&their_edits, "b") };
        prop_assert!(same_content(&edited(&result, winner.0, winner.1), &result), "the preferred side lost an edit");
    }
}

#[test]
fn another_tabs_write_is_taken_when_this_tab_changed_nothing() {
    let start = base();
    let bases = Bases::opened(Some(start.clone()));
    let theirs = stored_by_them(&start, &[Edit::Title(1)]);
    assert_eq!(
        plan(
            &bases,
            &start,
            Some(&theirs),
            Occasion::TheyWrote { pending: false },
            9
        ),
        SyncPlan::TakeTheirs(Box::new(theirs.clone()))
    );
    // With a change waiting for its save, the two are merged instead.
    let mut waiting = start.clone();
    waiting.title = "hier".into();
    match plan(
        &bases,
        &waiting,
        Some(&theirs),
        Occasion::TheyWrote { pending: true },
        9,
    ) {
        SyncPlan::Conflict { fields, .. } => assert_eq!(fields, vec!["title".to_string()]),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_write_over_this_tabs_write_brings_this_tabs_changes_back() {
    // This tab wrote its title at revision 6; the other tab, still at 5, wrote its school
    // over it, also as revision 6.
    let start = base();
    let mut mine = start.clone();
    mine.title = "van mij".into();
    mine.revision = 6;
    let mut bases = Bases::opened(Some(start.clone()));
    bases.advance(mine.clone());
    let mut theirs = start.clone();
    theirs.school = "van hen".into();
    theirs.revision = 6;
    match plan(
        &bases,
        &mine,
        Some(&theirs),
        Occasion::TheyWrote { pending: false },
        9,
    ) {
        SyncPlan::Write { next, .. } => {
            assert_eq!(
                (next.title.as_str(), next.school.as_str()),
                ("van mij", "van hen")
            );
            assert_eq!(next.revision, 7);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_session_gone_from_storage_is_written_back_and_a_conflict_waits() {
    let start = base();
    let bases = Bases::opened(Some(start.clone()));
    assert_eq!(
        plan(
            &bases,
            &start,
            None,
            Occasion::WriteRefused(Prefer::Neither),
            1
        ),
        SyncPlan::WriteBack(Box::new(start.clone()))
    );
    assert_eq!(
        save_step(&bases, Some(&start), &start, false, true, 1),
        SaveStep::Wait
    );
    assert_eq!(
        save_step(&bases, Some(&start), &start, false, false, 1),
        SaveStep::UpToDate
    );
    let mut changed = start.clone();
    changed.notes = "nieuw".into();
    match save_step(&bases, Some(&start), &changed, false, false, 7) {
        SaveStep::Write(next) => {
            assert_eq!(next.revision, start.revision + 1);
            assert_eq!(next.notes, "nieuw");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_bases_advance_one_step_at_a_time() {
    let mut b = Bases::opened(Some(base()));
    let mut next = base();
    next.revision = 6;
    b.advance(next.clone());
    assert_eq!(b.before.as_ref().map(|s| s.revision), Some(5));
    assert_eq!(b.stored, Some(next));
}
