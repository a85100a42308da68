use super::*;

const MIN: u64 = 60_000;

#[test]
fn a_fresh_agenda_is_a_75_minute_meeting_of_seven_steps() {
    let m = Meeting::new(0);
    assert_eq!(m.agenda().len(), 7);
    assert_eq!(m.planned_total_minutes(), 75);
    assert_eq!(m.current(), AgendaStep::Start);
    assert!(m.is_running());
}

#[test]
fn time_goes_to_the_step_it_was_spent_on() {
    let mut m = Meeting::new(1_000);
    assert!(m.next(1_000 + 3 * MIN));
    assert_eq!(m.current(), AgendaStep::PyramidNow);
    assert_eq!(m.spent_ms(AgendaStep::Start, 1_000 + 10 * MIN), 3 * MIN);
    assert_eq!(
        m.spent_ms(AgendaStep::PyramidNow, 1_000 + 10 * MIN),
        7 * MIN
    );
    assert_eq!(m.total_spent_ms(1_000 + 10 * MIN), 10 * MIN);
    assert!(m.previous(1_000 + 11 * MIN));
    assert_eq!(
        m.spent_ms(AgendaStep::PyramidNow, 1_000 + 20 * MIN),
        8 * MIN
    );
    assert_eq!(m.spent_ms(AgendaStep::Start, 1_000 + 20 * MIN), 12 * MIN);
}

#[test]
fn running_over_and_pausing() {
    let mut m = Meeting::new(0);
    assert!(!m.is_over(AgendaStep::Start, 5 * MIN));
    assert!(m.is_over(AgendaStep::Start, 5 * MIN + 1));
    assert_eq!(m.remaining_ms(AgendaStep::Start, 6 * MIN), -(MIN as i64));
    assert!(m.pause(6 * MIN));
    assert!(!m.pause(7 * MIN));
    assert_eq!(m.spent_ms(AgendaStep::Start, 60 * MIN), 6 * MIN);
    assert!(m.resume(60 * MIN));
    assert_eq!(m.spent_ms(AgendaStep::Start, 61 * MIN), 7 * MIN);
}

#[test]
fn skipped_steps_are_passed_over_and_the_current_one_cannot_be_skipped() {
    let mut m = Meeting::new(0);
    assert!(!m.set_skipped(AgendaStep::Start, true));
    assert!(m.set_skipped(AgendaStep::PyramidNow, true));
    assert_eq!(m.planned_total_minutes(), 65);
    assert!(m.next(0));
    assert_eq!(m.current(), AgendaStep::Framework);
    assert!(!m.go_to(AgendaStep::PyramidNow, 0));
}

#[test]
fn reordering_changes_what_comes_next() {
    let mut m = Meeting::new(0);
    assert!(m.move_step(AgendaStep::Ladder, true));
    assert_eq!(m.agenda()[2].step, AgendaStep::Ladder);
    assert!(m.next(0));
    assert!(m.next(0));
    assert_eq!(m.current(), AgendaStep::Ladder);
    assert!(!m.move_step(AgendaStep::Start, true));
    assert!(!m.move_step(AgendaStep::Close, false));
}

#[test]
fn a_damaged_agenda_is_repaired_on_reading() {
    let text = r#"{"agenda":[{"step":"Ladder","planned_minutes":9000},{"step":"Ladder","planned_minutes":3}],"current":"Ladder"}"#;
    let m: Meeting = serde_json::from_str(text).unwrap();
    assert_eq!(m.agenda().len(), 7);
    assert_eq!(
        m.item(AgendaStep::Ladder).unwrap().planned_minutes,
        MAX_STEP_MINUTES
    );
    let back: Meeting = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
    assert_eq!(back, m);
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use proptest::prelude::*;

    #[derive(Clone, Debug)]
    enum Op {
        Next,
        Previous,
        GoTo(usize),
        Pause,
        Resume,
        Skip(usize, bool),
        Move(usize, bool),
        Plan(usize, u16),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            Just(Op::Next),
            Just(Op::Previous),
            (0..7usize).prop_map(Op::GoTo),
            Just(Op::Pause),
            Just(Op::Resume),
            (0..7usize, any::<bool>()).prop_map(|(i, b)| Op::Skip(i, b)),
            (0..7usize, any::<bool>()).prop_map(|(i, b)| Op::Move(i, b)),
            (0..7usize, any::<u16>()).prop_map(|(i, m)| Op::Plan(i, m)),
        ]
    }

    proptest! {
        /// Whatever the team does, and however the clock jumps (backwards too), every step
        /// is on the agenda once, the current step is not skipped, time never goes back
        /// while the clock runs forward, and the total is the sum of the steps.
        #[test]
        fn the_agenda_keeps_its_shape_and_time_adds_up(
            ops in prop::collection::vec((op(), -3_600_000i64..7_200_000), 0..60),
        ) {
            let mut now: u64 = 10_000_000;
            let mut m = Meeting::new(now);
            let mut wall_forward = true;
            let mut last_total = 0u64;
            for (op, jump) in ops {
                now = now.saturating_add_signed(jump);
                if jump < 0 { wall_forward = false; }
                match op {
                    Op::Next => { m.next(now); }
                    Op::Previous => { m.previous(now); }
                    Op::GoTo(i) => { m.go_to(AgendaStep::ALL[i], now); }
                    Op::Pause => { m.pause(now); }
                    Op::Resume => { m.resume(now); }
                    Op::Skip(i, b) => { m.set_skipped(AgendaStep::ALL[i], b); }
                    Op::Move(i, b) => { m.move_step(AgendaStep::ALL[i], b); }
                    Op::Plan(i, minutes) => { m.set_planned(AgendaStep::ALL[i], minutes); }
                }
                let mut steps: Vec<AgendaStep> = m.agenda().iter().map(|i| i.step).collect();
                steps.sort();
                prop_assert_eq!(steps, AgendaStep::ALL.to_vec());
                prop_assert!(!m.item(m.current()).unwrap().skipped);
                prop_assert!(m.agenda().iter().all(|i| i.planned_minutes <= MAX_STEP_MINUTES));
                let total = m.total_spent_ms(now);
                let sum: u64 = AgendaStep::ALL.iter().map(|s| m.spent_ms(*s, now)).sum();
                prop_assert_eq!(total, sum);
                if wall_forward {
                    prop_assert!(total >= last_total);
                }
                last_total = total;
            }
        }
    }
}

#[test]
fn a_clock_that_jumped_or_a_damaged_value_never_shows_more_than_a_day_on_a_step() {
    let mut m = Meeting::new(1_000);
    // The computer's clock set to the year 2100 while the meeting runs.
    let far = 4_102_444_800_000;
    assert_eq!(m.spent_ms(AgendaStep::Start, far), MAX_STEP_SPENT_MS);
    assert!(m.remaining_ms(AgendaStep::Start, far) >= -(MAX_STEP_SPENT_MS as i64));
    // Leaving the step banks at most the bound, and the total stays bounded too.
    assert!(m.next(far));
    assert_eq!(m.spent_ms(AgendaStep::Start, far), MAX_STEP_SPENT_MS);
    assert!(m.total_spent_ms(u64::MAX) <= 7 * MAX_STEP_SPENT_MS);
}

#[test]
fn damaged_stored_times_are_bounded_on_reading() {
    let raw = serde_json::json!({
        "current": "Start",
        "started_ms": 1_000_000,
        "running_since_ms": 0,
        "agenda": [{ "step": "Start", "planned_minutes": 5, "spent_ms": u64::MAX }],
    });
    let m: Meeting = serde_json::from_value(raw).unwrap();
    assert_eq!(m.spent_ms(AgendaStep::Start, 1_000_000), MAX_STEP_SPENT_MS);
    assert_eq!(
        m.item(AgendaStep::Start).unwrap().spent_ms,
        MAX_STEP_SPENT_MS
    );
    // Running since before the start counts from the start, not from 1970.
    let fresh: Meeting = serde_json::from_value(serde_json::json!({
        "current": "Start", "started_ms": 1_000_000, "running_since_ms": 0,
    }))
    .unwrap();
    assert_eq!(fresh.spent_ms(AgendaStep::Start, 1_000_000 + MIN), MIN);
}
