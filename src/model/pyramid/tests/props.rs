//! Property tests: invariants that must hold after any sequence of edits.

use proptest::prelude::*;

use super::super::*;
use crate::model::history::History;

/// One random edit; indexes are taken modulo the list they refer to.
#[derive(Clone, Debug)]
enum Op {
    AddWorker(u32),
    RemoveWorker(usize),
    ChangeWorker(usize, i32),
    AddActivity(Scenario, Tier),
    Move(Scenario, usize, Tier),
    Change(Scenario, usize, i32),
    SetMinutes(Scenario, usize, u32),
    Remove(Scenario, usize),
    Duplicate(Scenario, usize),
    ToggleWorker(Scenario, usize, usize),
    Pupils(Scenario, usize, u32),
    StartPlanned,
    Target(Tier, u8),
}

fn scenario() -> impl Strategy<Value = Scenario> {
    prop_oneof![Just(Scenario::Current), Just(Scenario::Planned)]
}

fn tier() -> impl Strategy<Value = Tier> {
    prop_oneof![
        Just(Tier::Universal),
        Just(Tier::Targeted),
        Just(Tier::Individual)
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        1 => (0u32..3_000).prop_map(Op::AddWorker),
        1 => any::<usize>().prop_map(Op::RemoveWorker),
        1 => (any::<usize>(), -20i32..20).prop_map(|(i, d)| Op::ChangeWorker(i, d)),
        3 => (scenario(), tier()).prop_map(|(s, t)| Op::AddActivity(s, t)),
        3 => (scenario(), any::<usize>(), tier()).prop_map(|(s, i, t)| Op::Move(s, i, t)),
        3 => (scenario(), any::<usize>(), -200i32..200).prop_map(|(s, i, d)| Op::Change(s, i, d)),
        1 => (scenario(), any::<usize>(), 0u32..3_000).prop_map(|(s, i, m)| Op::SetMinutes(s, i, m)),
        1 => (scenario(), any::<usize>()).prop_map(|(s, i)| Op::Remove(s, i)),
        1 => (scenario(), any::<usize>()).prop_map(|(s, i)| Op::Duplicate(s, i)),
        1 => (scenario(), any::<usize>(), any::<usize>())
            .prop_map(|(s, i, w)| Op::ToggleWorker(s, i, w)),
        1 => (scenario(), any::<usize>(), 0u32..500).prop_map(|(s, i, n)| Op::Pupils(s, i, n)),
        1 => Just(Op::StartPlanned),
        1 => (tier(), 0u8..=120).prop_map(|(t, p)| Op::Target(t, p)),
    ]
}

fn activity_id(p: &Pyramid, s: Scenario, i: usize) -> Option<u32> {
    let list = p.activities(s);
    (!list.is_empty()).then(|| list[i % list.len()].id)
}

fn worker_id(p: &Pyramid, i: usize) -> Option<u32> {
    let list = p.workers();
    (!list.is_empty()).then(|| list[i % list.len()].id)
}

/// Applies one op the way the UI would: through a named method.
fn run(p: &mut Pyramid, op: &Op) {
    match *op {
        Op::AddWorker(m) => {
            p.add_worker("W", "Org", Minutes(m)).unwrap();
        }
        Op::RemoveWorker(i) => {
            if let Some(id) = worker_id(p, i) {
                p.remove_worker(id);
            }
        }
        Op::ChangeWorker(i, d) => {
            if let Some(id) = worker_id(p, i) {
                p.change_worker_minutes(id, d);
            }
        }
        Op::AddActivity(s, t) => {
            p.add_activity(s, t, "A").unwrap();
        }
        Op::Move(s, i, t) => {
            if let Some(id) = activity_id(p, s, i) {
                p.move_activity(s, id, t);
            }
        }
        Op::Change(s, i, d) => {
            if let Some(id) = activity_id(p, s, i) {
                p.change_minutes(s, id, d);
            }
        }
        Op::SetMinutes(s, i, m) => {
            if let Some(id) = activity_id(p, s, i) {
                p.set_minutes(s, id, Minutes(m));
            }
        }
        Op::Remove(s, i) => {
            if let Some(id) = activity_id(p, s, i) {
                p.remove_activity(s, id);
            }
        }
        Op::Duplicate(s, i) => {
            if let Some(id) = activity_id(p, s, i) {
                p.duplicate_activity(s, id);
            }
        }
        Op::ToggleWorker(s, i, w) => {
            if let (Some(id), Some(w)) = (activity_id(p, s, i), worker_id(p, w)) {
                p.update_activity(s, id, ActivityEdit::ToggleWorker(w));
            }
        }
        Op::Pupils(s, i, n) => {
            if let Some(id) = activity_id(p, s, i) {
                p.update_activity(s, id, ActivityEdit::PupilsReached(n));
            }
        }
        Op::StartPlanned => p.start_planned_from_current(),
        Op::Target(t, pct) => {
            p.set_target_share(t, pct);
        }
    }
}

fn build(ops: &[Op]) -> Pyramid {
    let mut p = Pyramid::new();
    for op in ops {
        run(&mut p, op);
    }
    p
}

fn within_quarter_of_target(minutes: [i64; 3], target: [u8; 3]) -> bool {
    let total: i64 = minutes.iter().sum();
    (0..3).all(|i| (100 * minutes[i] - total * i64::from(target[i])).abs() < 1_500)
}

fn apply_shifts(mut minutes: [i64; 3], shifts: &[Shift]) -> [i64; 3] {
    for s in shifts {
        minutes[s.from.index()] -= i64::from(s.minutes.0);
        minutes[s.to.index()] += i64::from(s.minutes.0);
    }
    minutes
}

proptest! {
    #[test]
    fn moving_never_changes_allocated_total(
        ops in prop::collection::vec(op(), 0..40),
        s in scenario(), i in any::<usize>(), t in tier(),
    ) {
        let mut p = build(&ops);
        let before = p.allocated_minutes(s);
        let other = p.activities(match s { Scenario::Current => Scenario::Planned, _ => Scenario::Current }).to_vec();
        if let Some(id) = activity_id(&p, s, i) {
            p.move_activity(s, id, t);
        }
        prop_assert_eq!(p.allocated_minutes(s), before);
        let unchanged = p.activities(match s { Scenario::Current => Scenario::Planned, _ => Scenario::Current });
        prop_assert_eq!(unchanged, other.as_slice());
    }

    #[test]
    fn shares_and_heights_sum_to_exactly_the_whole(ops in prop::collection::vec(op(), 0..40)) {
        let p = build(&ops);
        for s in Scenario::ALL {
            let sum = p.summary(s);
            let bp: u32 = sum.tiers.iter().map(|t| t.share_bp).sum();
            let pct: u32 = sum.tiers.iter().map(|t| t.share_percent).sum();
            let heights: u32 = sum.tiers.iter().map(|t| t.height_bp).sum::<u32>()
                + sum.unallocated_height_bp;
            let has_hours = sum.allocated.0 > 0;
            prop_assert_eq!(bp, if has_hours { 10_000 } else { 0 });
            prop_assert_eq!(pct, if has_hours { 100 } else { 0 });
            prop_assert_eq!(heights, if has_hours || sum.available.0 > 0 { 10_000 } else { 0 });
            let total: u32 = sum.tiers.iter().map(|t| t.minutes.0).sum();
            prop_assert_eq!(total, sum.allocated.0);
            prop_assert_eq!(sum.unallocated, i64::from(sum.available.0) - i64::from(total));
            prop_assert_eq!(sum.over_allocated_by().is_some(), sum.unallocated < 0);
        }
        let target: u32 = p.target().percents().iter().map(|x| u32::from(*x)).sum();
        prop_assert_eq!(target, 100);
    }

    #[test]
    fn undo_all_restores_initial_and_redo_all_restores_final(
        setup in prop::collection::vec(op(), 0..20),
        edits in prop::collection::vec(op(), 0..60),
    ) {
        let initial = build(&setup);
        let mut history = History::new(initial.clone());
        for op in &edits {
            let mut next = history.current().clone();
            run(&mut next, op);
            history.apply(next);
        }
        let final_state = history.current().clone();
        while history.undo() {}
        prop_assert_eq!(history.current(), &initial);
        while history.redo() {}
        prop_assert_eq!(history.current(), &final_state);
    }

    #[test]
    fn gap_shifts_reach_target_within_a_quarter(
        quarters in prop::array::uniform3(0u32..200),
        u in 0u8..=100, t in 0u8..=100,
    ) {
        let t = t.min(100 - u);
        let target = TargetSpread::new(u, t, 100 - u - t).unwrap_or_default();
        let mut p = Pyramid::new();
        p.set_target(target);
        for tier in Tier::ALL {
            let id = p.add_activity(Scenario::Planned, tier, "x").unwrap();
            p.set_minutes(Scenario::Planned, id, Minutes(15 * quarters[tier.index()]));
        }
        let before = p.tier_minutes(Scenario::Planned).map(|m| i64::from(m.0));
        let shifts = p.gap(Scenario::Planned);
        prop_assert!(shifts.len() <= 2);
        prop_assert_eq!(shifts.is_empty(), within_quarter_of_target(before, target.percents()));
        for s in &shifts {
            prop_assert!(s.from != s.to && s.minutes.0 > 0 && s.minutes.0 % 15 == 0);
        }
        let after = apply_shifts(before, &shifts);
        prop_assert!(after.iter().all(|m| *m >= 0));
        prop_assert_eq!(after.iter().sum::<i64>(), before.iter().sum::<i64>());
        prop_assert!(within_quarter_of_target(after, target.percents()));
        // Moving the hours by hand (as a team would) leaves nothing more to do.
        for s in &shifts {
            let to = p.add_activity(Scenario::Planned, s.to, "moved").unwrap();
            p.set_minutes(Scenario::Planned, to, s.minutes);
            let from = p.activities_on(Scenario::Planned, s.from).map(|a| a.id).next();
            if let Some(from) = from {
                p.change_minutes(Scenario::Planned, from, -i32::try_from(s.minutes.0 / 15).unwrap_or(0));
            }
        }
        prop_assert!(p.gap(Scenario::Planned).is_empty());
    }

    #[test]
    fn gap_with_odd_minutes_stays_sound(
        minutes in prop::array::uniform3(0u32..500),
        u in 0u8..=100, t in 0u8..=100,
    ) {
        let t = t.min(100 - u);
        let target = TargetSpread::new(u, t, 100 - u - t).unwrap_or_default();
        let mut p = Pyramid::new();
        p.set_target(target);
        for tier in Tier::ALL {
            let id = p.add_activity(Scenario::Current, tier, "x").unwrap();
            p.set_minutes(Scenario::Current, id, Minutes(minutes[tier.index()]));
        }
        let before = p.tier_minutes(Scenario::Current).map(|m| i64::from(m.0));
        let after = apply_shifts(before, &p.gap(Scenario::Current));
        prop_assert!(after.iter().all(|m| *m >= 0));
        prop_assert_eq!(after.iter().sum::<i64>(), before.iter().sum::<i64>());
    }
}

proptest! {
    /// The picture's shape is the spread: each level's drawn area is its share of the hours
    /// within one percentage point, and the shares shown add up to 100.
    #[test]
    fn drawn_areas_follow_the_shares(
        minutes in prop::array::uniform3(0u32..2_400),
        available in 0u32..6_000,
        target in (0u8..=100, 0u8..=100),
    ) {
        let mut p = Pyramid::new();
        p.add_worker("A", "Org", Minutes(available)).unwrap();
        for tier in Tier::ALL {
            let id = p.add_activity(Scenario::Current, tier, "x").unwrap();
            p.set_minutes(Scenario::Current, id, Minutes(minutes[tier.index()]));
        }
        let (u, t) = (target.0, target.1.min(100 - target.0));
        let spread = TargetSpread::new(u, t, 100 - u - t).unwrap();
        let s = p.summary(Scenario::Current);
        let d = drawing::Drawing::of(&s, spread);
        let percents = s.percents();
        if s.allocated.0 > 0 {
            prop_assert_eq!(percents.iter().sum::<u32>(), 100);
        }
        for tier in Tier::ALL {
            let drawn = i64::from(d.area_share_bp(tier));
            let shown = i64::from(percents[tier.index()]) * 100;
            prop_assert!((drawn - shown).abs() <= 100, "{:?}: drawn {} shown {}", tier, drawn, shown);
            let bar = d.bar(tier);
            prop_assert!(bar.x >= 0.0 && bar.x + bar.width <= drawing::WIDTH + 1e-9);
        }
    }

    /// Pupils reached never pass the school's pupils, on any tier or in all.
    #[test]
    fn reach_never_exceeds_the_school(
        pupils in prop::collection::vec((0usize..3, 0u32..600), 0..8),
        school in 0u32..800,
    ) {
        let mut p = Pyramid::new();
        for (tier, n) in &pupils {
            let id = p.add_activity(Scenario::Current, Tier::ALL[*tier], "x").unwrap();
            p.update_activity(Scenario::Current, id, ActivityEdit::PupilsReached(*n));
        }
        let s = p.summary_in_school(Scenario::Current, Some(school));
        if school > 0 {
            prop_assert!(s.pupils_reached <= school);
            for t in s.tiers {
                prop_assert!(t.pupils_reached <= school);
                prop_assert!(t.reach.at_least() <= t.reach.at_most());
            }
        }
    }
}

proptest! {
    /// Setting a target share moves only the level chosen to balance with; the sum stays 100.
    #[test]
    fn a_balanced_target_never_touches_the_third_level(
        start in (0u8..=100, 0u8..=100),
        tier in 0usize..3,
        balance in 0usize..3,
        percent in 0u8..=120,
    ) {
        let (u, t) = (start.0, start.1.min(100 - start.0));
        let spread = TargetSpread::new(u, t, 100 - u - t).unwrap();
        let (tier, balance) = (Tier::ALL[tier], Tier::ALL[balance]);
        let next = spread.with_balanced(tier, percent, balance);
        prop_assert_eq!(next.percents().iter().map(|p| u32::from(*p)).sum::<u32>(), 100);
        for third in Tier::ALL {
            if third != tier && third != balance {
                prop_assert_eq!(next.percent(third), spread.percent(third));
            }
        }
    }
}
