use super::*;
use crate::model::action::{Action, ActionOrigin};
use crate::model::session::Sessions;

fn meeting(id: &str, school: &str, date: &str, created: u64) -> Session {
    let mut s = Session::new(id, created);
    s.school = school.into();
    s.date = date.into();
    s
}

#[test]
fn the_default_series_is_the_school_ignoring_case_and_accents() {
    let all = vec![
        meeting("a", "De Linde", "2026-09-01", 1),
        meeting("b", "de linde ", "2026-10-01", 2),
        meeting("c", "De Lindé", "2026-11-01", 3),
        meeting("d", "Het Anker", "2026-09-15", 4),
    ];
    let ids: Vec<&str> = of_school(&all, "De Linde")
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids, ["a", "b", "c"]);
}

#[test]
fn dated_meetings_come_by_date_then_undated_by_creation() {
    let all = [
        meeting("late", "S", "2027-03-01", 1),
        meeting("undated2", "S", "", 9),
        meeting("early", "S", "2026-09-01", 5),
        meeting("undated1", "S", "gisteren", 3),
    ];
    let refs: Vec<&Session> = all.iter().collect();
    let s = series(&refs, "2026-12-02");
    let ids: Vec<&str> = s.points.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["early", "late", "undated1", "undated2"]);
    assert!(s.undated);
}

#[test]
fn actions_carried_over_a_duplicate_are_the_same_actions() {
    let mut list = Sessions::default();
    let mut first = meeting("m1", "S", "2026-09-01", 1);
    first
        .actions
        .push(Action::new("a1", "Ouders uitnodigen", ActionOrigin::Free));
    list.items.push(first);
    list.duplicate("m1", "m2", "2026-10-01", 2).unwrap();
    let second = list.get_mut("m2").unwrap();
    second.date = "2026-10-01".into();
    second
        .actions
        .push(Action::new("a2", "Training", ActionOrigin::Free));
    second.actions[0].status = ActionStatus::Done;
    let refs: Vec<&Session> = list.items.iter().collect();
    let s = series(&refs, "2026-12-02");
    assert_eq!(s.added(), [1, 1]);
    assert_eq!(s.carried(), [0, 1]);
    assert_eq!(s.points[1].done, 1);
    let d = difference(&s.points[0], &s.points[1]);
    assert_eq!((d.actions_added, d.actions_done), (1, 1));
}

#[test]
fn bottlenecks_appear_persist_and_disappear() {
    let mut a = meeting("a", "S", "2026-09-01", 1);
    let mut b = meeting("b", "S", "2026-10-01", 2);
    let mut c = meeting("c", "S", "2026-11-01", 3);
    a.analysis
        .set_mark("ih.communicatie.1", Role::Teacher, false, true);
    a.analysis
        .set_mark("ih.communicatie.2", Role::Teacher, false, true);
    b.analysis
        .set_mark("ih.communicatie.1", Role::Parent, false, true);
    c.analysis
        .set_mark("ih.communicatie.1", Role::Parent, false, true);
    c.analysis
        .set_mark("pd.aanpak.2", Role::Teacher, false, true);
    let s = series(&[&c, &a, &b], "2026-12-02");
    assert_eq!(
        s.bottlenecks(),
        vec![
            ("ih.communicatie.1".to_string(), Course::Persisted),
            ("ih.communicatie.2".to_string(), Course::Disappeared),
            ("pd.aanpak.2".to_string(), Course::Appeared),
        ]
    );
}

#[test]
fn the_spread_moves_between_meetings_in_minutes() {
    use crate::model::pyramid::Tier;
    let mut a = meeting("a", "S", "2026-09-01", 1);
    a.pyramid.add_worker("W", "O", Minutes::hours(10)).unwrap();
    let id = a
        .pyramid
        .add_activity(Scenario::Current, Tier::Individual, "x")
        .unwrap();
    a.pyramid
        .set_minutes(Scenario::Current, id, Minutes::hours(6));
    let mut b = a.clone();
    b.id = "b".into();
    b.date = "2026-10-01".into();
    b.pyramid
        .move_activity(Scenario::Current, id, Tier::Universal);
    let s = series(&[&a, &b], "2026-12-02");
    let d = difference(&s.points[0], &s.points[1]);
    assert_eq!(d.minutes, [360, 0, -360]);
    assert_eq!(s.points[1].current.percents, [100, 0, 0]);
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the dates, the series is ordered (dated first, by date), every session
        /// is in it once, and added plus carried is each meeting's number of actions.
        #[test]
        fn a_series_is_ordered_and_complete(
            meetings in prop::collection::vec((prop::option::of((2025u32..2028, 1u32..13, 1u32..29)), 0u64..1000, prop::collection::vec(0u8..6, 0..5)), 1..12),
        ) {
            let sessions: Vec<Session> = meetings
                .iter()
                .enumerate()
                .map(|(i, (date, created, actions))| {
                    let date = date.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")).unwrap_or_default();
                    let mut s = meeting(&format!("s{i}"), "S", &date, *created);
                    for a in actions {
                        let id = format!("a{a}");
                        if s.actions.iter().all(|x| x.id != id) {
                            s.actions.push(Action::new(id, "x", ActionOrigin::Free));
                        }
                    }
                    s
                })
                .collect();
            let refs: Vec<&Session> = sessions.iter().collect();
            let s = series(&refs, "2026-12-02");
            prop_assert_eq!(s.points.len(), sessions.len());
            let mut ids: Vec<&str> = s.points.iter().map(|p| p.id.as_str()).collect();
            ids.sort();
            ids.dedup();
            prop_assert_eq!(ids.len(), sessions.len());
            let dated: Vec<&Point> = s.points.iter().take_while(|p| p.date.is_some()).collect();
            prop_assert!(s.points.iter().skip(dated.len()).all(|p| p.date.is_none()));
            prop_assert!(dated.windows(2).all(|w| w[0].date <= w[1].date));
            for (i, (added, carried)) in s.added().into_iter().zip(s.carried()).enumerate() {
                prop_assert_eq!(added + carried, s.points[i].actions.len());
            }
        }
    }
}
