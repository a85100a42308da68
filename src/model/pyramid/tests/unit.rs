//! Example-based tests: each pins one rule the UI relies on.

use super::super::*;

fn pyramid_with(minutes: [u32; 3], available: u32) -> Pyramid {
    let mut p = Pyramid::new();
    p.add_worker("A", "Org", Minutes(available)).unwrap();
    for tier in Tier::ALL {
        let id = p.add_activity(Scenario::Current, tier, "x").unwrap();
        p.set_minutes(Scenario::Current, id, Minutes(minutes[tier.index()]));
    }
    p
}

#[test]
fn over_allocation_is_flagged() {
    let p = pyramid_with([600, 300, 300], 1_140);
    let s = p.summary(Scenario::Current);
    assert_eq!(s.allocated, Minutes(1_200));
    assert_eq!(s.unallocated, -60);
    assert_eq!(s.over_allocated_by(), Some(Minutes(60)));
    assert_eq!(s.unallocated_height_bp, 0);
    let fits = pyramid_with([600, 300, 300], 1_200);
    assert_eq!(fits.over_allocated_by(Scenario::Current), None);
}

#[test]
fn removing_a_worker_removes_it_from_activities_in_both_scenarios() {
    let mut p = Pyramid::new();
    let a = p.add_worker("A", "Org", Minutes::hours(8)).unwrap();
    let b = p.add_worker("B", "Org", Minutes::hours(4)).unwrap();
    let act = p
        .add_activity(Scenario::Current, Tier::Targeted, "Training")
        .unwrap();
    assert!(p.update_activity(
        Scenario::Current,
        act,
        ActivityEdit::Workers(vec![a, b, a, 99])
    ));
    assert_eq!(
        p.activity(Scenario::Current, act)
            .map(|x| x.workers.clone()),
        Some(vec![a, b])
    );
    p.start_planned_from_current();
    assert!(p.remove_worker(a));
    assert!(!p.remove_worker(a));
    for s in Scenario::ALL {
        assert_eq!(p.activity(s, act).map(|x| x.workers.clone()), Some(vec![b]));
    }
    assert_eq!(p.available_minutes(), Minutes::hours(4));
}

#[test]
fn target_validation_rejects_and_rebalances() {
    assert!(TargetSpread::new(50, 30, 30).is_none());
    assert!(TargetSpread::new(60, 30, 10).is_some());
    let d = TargetSpread::default();
    assert_eq!(d.percents(), [50, 35, 15]);
    // 35:15 is kept as closely as whole percents allow.
    assert_eq!(d.with_share(Tier::Universal, 70).percents(), [70, 21, 9]);
    assert_eq!(d.with_share(Tier::Individual, 200).percents(), [0, 0, 100]);
    let all_top = TargetSpread::new(0, 0, 100).unwrap_or_default();
    assert_eq!(
        all_top.with_share(Tier::Individual, 41).percents(),
        [30, 29, 41]
    );
    let mut p = Pyramid::new();
    assert!(!p.set_target_share(Tier::Universal, 50));
    assert!(p.set_target_share(Tier::Targeted, 20));
    assert_eq!(
        p.target()
            .percents()
            .iter()
            .map(|x| u32::from(*x))
            .sum::<u32>(),
        100
    );
}

#[test]
fn broken_target_in_a_file_falls_back_to_default() {
    let t: TargetSpread =
        serde_json::from_str(r#"{"universal":90,"targeted":90,"individual":90}"#).unwrap();
    assert_eq!(t, TargetSpread::default());
    let p: Pyramid = serde_json::from_str("{}").unwrap();
    assert_eq!(p, Pyramid::default());
}

#[test]
fn pyramid_round_trips_through_json() {
    let p = Pyramid::sample_for_bench(20);
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<Pyramid>(&json).unwrap(), p);
}

#[test]
fn minutes_saturate_at_zero_and_cap() {
    let mut p = pyramid_with([30, 0, 0], 0);
    let id = p.activities(Scenario::Current)[0].id;
    assert!(p.change_minutes(Scenario::Current, id, -5));
    assert_eq!(p.tier_minutes(Scenario::Current)[0], Minutes(0));
    assert!(!p.change_minutes(Scenario::Current, id, -1));
    assert!(p.change_minutes(Scenario::Current, id, i32::MAX));
    assert_eq!(p.tier_minutes(Scenario::Current)[0], MAX_ACTIVITY_MINUTES);
    assert!(!p.set_minutes(Scenario::Current, id, Minutes(u32::MAX)));
}

#[test]
fn shares_example_and_empty() {
    let p = pyramid_with([1, 1, 1], 0);
    let s = p.summary(Scenario::Current);
    assert_eq!(s.tiers.map(|t| t.share_bp), [3_334, 3_333, 3_333]);
    assert_eq!(s.tiers.map(|t| t.share_percent), [34, 33, 33]);
    let empty = Pyramid::new().summary(Scenario::Current);
    assert_eq!(empty.tiers.map(|t| t.share_bp), [0, 0, 0]);
    assert_eq!(empty.tiers.map(|t| t.height_bp), [0, 0, 0]);
}

#[test]
fn heights_follow_hours_including_unallocated() {
    let p = pyramid_with([300, 150, 150], 1_200);
    let s = p.summary(Scenario::Current);
    assert_eq!(s.tiers.map(|t| t.height_bp), [2_500, 1_250, 1_250]);
    assert_eq!(s.unallocated_height_bp, 5_000);
}

#[test]
fn pupils_and_minutes_per_pupil() {
    let mut p = pyramid_with([120, 60, 0], 0);
    let ids: Vec<u32> = p
        .activities(Scenario::Current)
        .iter()
        .map(|a| a.id)
        .collect();
    p.update_activity(Scenario::Current, ids[0], ActivityEdit::PupilsReached(25));
    let s = p.summary(Scenario::Current);
    assert_eq!(s.tier(Tier::Universal).minutes_per_pupil, Some(Minutes(5)));
    assert_eq!(s.tier(Tier::Targeted).minutes_per_pupil, None);
    assert_eq!(s.pupils_reached, 25);
    assert_eq!(s.tier(Tier::Universal).activity_count, 1);
}

#[test]
fn gap_example_individual_to_universal() {
    // 600 min: target 50/35/15 is 300/210/90; actual 90/210/300.
    let p = pyramid_with([90, 210, 300], 600);
    let gap = p.gap(Scenario::Current);
    assert_eq!(
        gap,
        vec![Shift {
            from: Tier::Individual,
            to: Tier::Universal,
            minutes: Minutes(210)
        }]
    );
    assert_eq!(gap[0].minutes, Minutes(210));
    assert!(pyramid_with([300, 210, 90], 0)
        .gap(Scenario::Current)
        .is_empty());
    assert!(Pyramid::new().gap(Scenario::Current).is_empty());
}

#[test]
fn gap_never_asks_more_than_a_tier_has() {
    let mut p = pyramid_with([8, 8, 84], 0);
    p.set_target(TargetSpread::new(0, 0, 100).unwrap_or_default());
    for shift in p.gap(Scenario::Current) {
        assert!(shift.minutes <= p.tier_minutes(Scenario::Current)[shift.from.index()]);
    }
}

#[test]
fn edits_validate_and_report_change() {
    let mut p = Pyramid::new();
    let w = p.add_worker("A", "Org", Minutes::hours(2)).unwrap();
    let id = p
        .add_activity(Scenario::Current, Tier::Universal, "Les")
        .unwrap();
    assert!(!p.update_activity(Scenario::Current, id, ActivityEdit::Score(Some(6))));
    assert!(p.update_activity(Scenario::Current, id, ActivityEdit::Score(Some(4))));
    assert!(!p.update_activity(Scenario::Current, id, ActivityEdit::Score(Some(4))));
    assert!(!p.update_activity(Scenario::Current, id, ActivityEdit::ToggleWorker(w + 100)));
    assert!(p.update_activity(Scenario::Current, id, ActivityEdit::ToggleWorker(w)));
    assert!(p.update_activity(
        Scenario::Current,
        id,
        ActivityEdit::ToggleOther(Role::Teacher)
    ));
    assert!(p.update_activity(Scenario::Current, id, ActivityEdit::Weeks(500)));
    assert_eq!(
        p.activity(Scenario::Current, id).map(|a| a.weeks),
        Some(MAX_WEEKS)
    );
    assert!(!p.update_activity(Scenario::Planned, id, ActivityEdit::Goal("x".into())));
    let copy = p.duplicate_activity(Scenario::Current, id).unwrap_or(0);
    assert_ne!(copy, id);
    assert_eq!(p.activities(Scenario::Current)[1].id, copy);
    assert!(p.place_activity(Scenario::Current, copy, Tier::Targeted, Some(id)));
    assert_eq!(p.activities(Scenario::Current)[0].id, copy);
    assert!(p.remove_activity(Scenario::Current, id).is_some());
    // Ids are never reused, so an old undo target can not be confused with a new one.
    let again = p
        .add_activity(Scenario::Current, Tier::Universal, "Nieuw")
        .unwrap();
    assert!(again > copy);
}

#[test]
fn compare_and_bench_sample() {
    let p = Pyramid::sample_for_bench(200);
    assert_eq!(p.activities(Scenario::Current).len(), 200);
    let diffs = p.compare();
    assert_eq!(diffs.iter().map(|d| d.delta_minutes).sum::<i64>(), 0);
    assert_eq!(diffs.iter().map(|d| d.delta_share_bp).sum::<i32>(), 0);
    assert!(diffs[0].delta_minutes > 0);
}

#[test]
fn stepping_an_activity_walks_the_tiers_and_stops_at_the_edges() {
    let mut p = Pyramid::new();
    let id = p
        .add_activity(Scenario::Current, Tier::Universal, "a")
        .unwrap();
    assert!(!p.step_activity(Scenario::Current, id, false));
    assert!(p.step_activity(Scenario::Current, id, true));
    assert!(p.step_activity(Scenario::Current, id, true));
    assert_eq!(
        p.activity(Scenario::Current, id).map(|a| a.tier),
        Some(Tier::Individual)
    );
    assert!(!p.step_activity(Scenario::Current, id, true));
    assert!(!p.step_activity(Scenario::Current, 999, true));
}

#[test]
fn target_steps_clamp_and_keep_the_sum() {
    let mut p = Pyramid::new();
    assert!(p.change_target_share(Tier::Universal, 5));
    assert_eq!(
        p.target()
            .percents()
            .iter()
            .map(|x| u32::from(*x))
            .sum::<u32>(),
        100
    );
    assert_eq!(p.target().percent(Tier::Universal), 55);
    assert!(p.change_target_share(Tier::Universal, 200));
    assert_eq!(p.target().percent(Tier::Universal), 100);
    assert!(!p.change_target_share(Tier::Universal, 5));
}

#[test]
fn resetting_the_plan_reports_a_change_only_once() {
    let mut p = Pyramid::new();
    p.add_activity(Scenario::Current, Tier::Targeted, "a")
        .unwrap();
    assert!(p.reset_planned_to_current());
    assert!(!p.reset_planned_to_current());
    assert_eq!(
        p.activities(Scenario::Planned),
        p.activities(Scenario::Current)
    );
}

#[test]
fn an_edit_shares_every_untouched_activity_with_the_snapshot_before_it() {
    // Undo keeps whole snapshots; they stay cheap only if an edit copies just what it changed.
    let mut p = pyramid_with([60, 60, 60], 600);
    let before = p.clone();
    let id = p.activities(Scenario::Current)[1].id;
    assert!(p.change_minutes(Scenario::Current, id, 1));
    assert!(!p.change_minutes(Scenario::Current, 999, 1));
    let shared: Vec<bool> = before
        .activities(Scenario::Current)
        .iter()
        .zip(p.activities(Scenario::Current))
        .map(|(a, b)| std::sync::Arc::ptr_eq(a, b))
        .collect();
    assert_eq!(shared, [true, false, true]);
    assert_eq!(
        p.activity(Scenario::Current, id).map(|a| a.weekly_minutes),
        Some(Minutes(75))
    );
    assert_eq!(
        before
            .activity(Scenario::Current, id)
            .map(|a| a.weekly_minutes),
        Some(Minutes(60))
    );
}

#[test]
fn a_balanced_target_change_moves_only_the_chosen_level() {
    let d = TargetSpread::default(); // 50 / 35 / 15
    let up = d.with_balanced(Tier::Universal, 60, Tier::Individual);
    assert_eq!(up.percents(), [60, 35, 5]);
    // The balancing level cannot go below 0: the change stops there.
    let far = d.with_balanced(Tier::Universal, 90, Tier::Individual);
    assert_eq!(far.percents(), [65, 35, 0]);
    let down = d.with_balanced(Tier::Individual, 5, Tier::Targeted);
    assert_eq!(down.percents(), [50, 45, 5]);
    assert_eq!(d.with_balanced(Tier::Targeted, 10, Tier::Targeted), d);
    let mut p = Pyramid::new();
    assert!(p.set_target_balanced(Tier::Universal, 55, Tier::Individual));
    assert_eq!(p.target().percents(), [55, 35, 10]);
    assert!(!p.set_target_balanced(Tier::Universal, 55, Tier::Individual));
}

#[test]
fn only_an_untouched_new_activity_is_removed_on_closing() {
    let mut p = Pyramid::default();
    let s = Scenario::Current;
    let id = p
        .add_activity(s, Tier::Targeted, "Nieuwe activiteit")
        .unwrap();
    assert!(
        !p.remove_if_untouched(s, id, "New activity"),
        "another title is a change"
    );
    assert!(p.remove_if_untouched(s, id, "Nieuwe activiteit"));
    assert!(p.activity(s, id).is_none());

    let id = p
        .add_activity(s, Tier::Targeted, "Nieuwe activiteit")
        .unwrap();
    assert!(p.change_minutes(s, id, 1));
    assert!(
        !p.remove_if_untouched(s, id, "Nieuwe activiteit"),
        "hours were given"
    );
    assert!(p.activity(s, id).is_some());
    assert!(
        !p.remove_if_untouched(s, 999, "Nieuwe activiteit"),
        "no such activity"
    );
}
