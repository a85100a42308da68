//! A generated pyramid of any size, for benchmarks and stress tests.

use super::{Activity, ActivityStatus, Minutes, Pyramid, Role, Scenario, Tier};

impl Pyramid {
    /// A deterministic pyramid with three youth workers and `n` activities in the current
    /// scenario, roughly 50/30/20 over the tiers; the planned scenario is a copy with every
    /// fifth activity moved one tier down, so comparisons have something to show.
    pub fn sample_for_bench(n: usize) -> Pyramid {
        let mut p = Pyramid::new();
        let workers = [
            p.add_worker(
                "Jeugdhulpverlener A",
                "Organisatie Noord",
                Minutes::hours(16),
            ),
            p.add_worker(
                "Jeugdhulpverlener B",
                "Organisatie Zuid",
                Minutes::hours(12),
            ),
            p.add_worker(
                "Schoolmaatschappelijk werk",
                "Organisatie Oost",
                Minutes::hours(8),
            ),
        ]
        // A fresh pyramid always has room for three workers.
        .map(Option::unwrap_or_default);
        // A small LCG: varied figures without a dependency, identical on every run.
        let mut seed: u32 = 0x2013_0b4e;
        let mut next = move || {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            seed >> 8
        };
        for i in 0..n {
            let tier = match i % 10 {
                0..=4 => Tier::Universal,
                5..=7 => Tier::Targeted,
                _ => Tier::Individual,
            };
            let status = match next() % 3 {
                0 => ActivityStatus::Planned,
                1 => ActivityStatus::Running,
                _ => ActivityStatus::Done,
            };
            let worker = workers[i % workers.len()];
            let activity = Activity {
                title: format!("Activiteit {}", i + 1),
                tier,
                weekly_minutes: Minutes(15 * (1 + next() % 16)),
                weeks: u16::try_from(4 + next() % 36).unwrap_or(10),
                workers: vec![worker],
                others: vec![Role::ALL[i % Role::ALL.len()]],
                group: format!("Groep {}", 1 + i % 8),
                pupils_reached: match tier {
                    Tier::Universal => 20 + next() % 60,
                    Tier::Targeted => 4 + next() % 12,
                    Tier::Individual => 1 + next() % 3,
                },
                goal: "Voorbeelddoel".to_string(),
                status,
                ..Activity::default()
            };
            p.insert_activity(Scenario::Current, activity);
        }
        p.start_planned_from_current();
        let moves: Vec<(u32, Tier)> = p
            .activities(Scenario::Planned)
            .iter()
            .step_by(5)
            .map(|a| (a.id, lower(a.tier)))
            .collect();
        for (id, tier) in moves {
            p.move_activity(Scenario::Planned, id, tier);
        }
        p
    }
}

/// One tier towards the base of the pyramid.
fn lower(tier: Tier) -> Tier {
    match tier {
        Tier::Individual => Tier::Targeted,
        _ => Tier::Universal,
    }
}
