//! The support pyramid: youth-worker hours and activities on three tiers (ISF model,
//! Barrett et al. 2013).
//!
//! All state lives in [`Pyramid`], whose fields are private: every change goes through a
//! named method, so the UI never does arithmetic on hours and the invariants (ids unique,
//! worker references valid, minutes capped, target summing to 100 %) hold everywhere.
//! Figures such as shares and the gap to target are computed on demand, never stored.

mod activities;
pub mod drawing;
mod figures;
mod gap;
mod sample;
mod target;
mod workers;

#[cfg(test)]
mod tests;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::bounds::{
    clip, is_calendar_date, MAX_ACTIVITY_MINUTES, MAX_LONG_CHARS, MAX_PUPILS, MAX_SHORT_CHARS,
    MAX_WEEKS, MAX_WORKER_MINUTES,
};
use super::{Minutes, Role};

pub use activities::ActivityEdit;
pub use figures::{Figures, Reach, TierDiff, TierFigures};
pub use gap::{gap_to, Shift};
pub use target::TargetSpread;

/// A share of the whole, in basis points (10 000 = 100 %).
pub const FULL_SHARE_BP: u32 = 10_000;

/// A level of support (`Tier` in `docs/design.md`).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Tier {
    /// universeel / basisondersteuning: all pupils
    #[default]
    Universal,
    /// gericht: groups, a class
    Targeted,
    /// individueel: intensive, a few pupils
    Individual,
}

impl Tier {
    /// The three tiers from the base of the pyramid to its top.
    pub const ALL: [Tier; 3] = [Tier::Universal, Tier::Targeted, Tier::Individual];

    /// The code name for CSS classes, `data-tier` and `data-testid`s (not shown to users).
    pub const fn slug(self) -> &'static str {
        match self {
            Tier::Universal => "universal",
            Tier::Targeted => "targeted",
            Tier::Individual => "individual",
        }
    }

    /// Position in [`Tier::ALL`], for indexing per-tier arrays.
    pub const fn index(self) -> usize {
        match self {
            Tier::Universal => 0,
            Tier::Targeted => 1,
            Tier::Individual => 2,
        }
    }

    /// The next tier towards the top of the pyramid (more intensive), `None` at the top.
    pub const fn above(self) -> Option<Tier> {
        match self {
            Tier::Universal => Some(Tier::Targeted),
            Tier::Targeted => Some(Tier::Individual),
            Tier::Individual => None,
        }
    }

    /// The next tier towards the base of the pyramid (broader), `None` at the base.
    pub const fn below(self) -> Option<Tier> {
        match self {
            Tier::Universal => None,
            Tier::Targeted => Some(Tier::Universal),
            Tier::Individual => Some(Tier::Targeted),
        }
    }
}

/// Which of the two spreads is meant: as it is now, or as the team wants it.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Scenario {
    /// huidig
    #[default]
    Current,
    /// gewenst
    Planned,
}

impl Scenario {
    /// Both scenarios, current first.
    pub const ALL: [Scenario; 2] = [Scenario::Current, Scenario::Planned];
}

/// Where an activity stands.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum ActivityStatus {
    /// gepland
    #[default]
    Planned,
    /// loopt
    Running,
    /// afgerond
    Done,
}

/// How the team judges an activity afterwards.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evaluation {
    /// Score from 1 to 5, `None` when not scored.
    pub score: Option<u8>,
    /// Free explanation.
    pub note: String,
}

/// A youth worker (jeugdhulpverlener) and the hours available at this school.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct YouthWorker {
    /// Unique within the pyramid.
    pub id: u32,
    /// Name or function.
    pub name: String,
    /// Employing organisation.
    pub organisation: String,
    /// Hours available per week at this school.
    pub weekly_minutes: Minutes,
}

/// One activity or intervention on a tier.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Activity {
    /// Unique within its scenario; a planned copy keeps the id of its current original.
    pub id: u32,
    /// Short title.
    pub title: String,
    /// Level of support.
    pub tier: Tier,
    /// Youth-worker time per week.
    pub weekly_minutes: Minutes,
    /// Start date, ISO `YYYY-MM-DD`, empty when not set.
    pub start: String,
    /// Number of weeks it runs, 0 when open-ended.
    pub weeks: u16,
    /// Ids of the youth workers involved.
    pub workers: Vec<u32>,
    /// Who else takes part.
    pub others: Vec<Role>,
    /// Class or group.
    pub group: String,
    /// Number of pupils reached.
    pub pupils_reached: u32,
    /// What it should achieve.
    pub goal: String,
    /// Planned, running or done.
    pub status: ActivityStatus,
    /// The team's judgement afterwards.
    pub evaluation: Evaluation,
}

impl Activity {
    /// Youth-worker minutes over the whole run (weekly minutes × weeks).
    pub fn period_minutes(&self) -> u64 {
        u64::from(self.weekly_minutes.0) * u64::from(self.weeks)
    }
}

/// Youth-worker hours and activities of one session.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pyramid {
    workers: Vec<YouthWorker>,
    target: TargetSpread,
    // Shared, not owned: an undo snapshot clones the session, and with `Arc` that copies
    // 200 pointers instead of 200 activities (and equal snapshots compare by pointer first).
    current: Vec<Arc<Activity>>,
    planned: Vec<Arc<Activity>>,
    /// Kept so ids are never reused after a removal (a reused id could revive undo targets).
    next_id: u32,
}

impl Pyramid {
    /// An empty pyramid with the default target spread.
    pub fn new() -> Self {
        Self::default()
    }

    /// The youth workers, shared by both scenarios.
    pub fn workers(&self) -> &[YouthWorker] {
        &self.workers
    }

    /// One youth worker by id.
    pub fn worker(&self, id: u32) -> Option<&YouthWorker> {
        YouthWorker::find(&self.workers, id)
    }

    /// The spread the team aims for.
    pub fn target(&self) -> TargetSpread {
        self.target
    }

    /// All activities of a scenario, in the order the team entered them.
    pub fn activities(&self, scenario: Scenario) -> &[Arc<Activity>] {
        match scenario {
            Scenario::Current => &self.current,
            Scenario::Planned => &self.planned,
        }
    }

    /// The activities of a scenario on one tier.
    pub fn activities_on(
        &self,
        scenario: Scenario,
        tier: Tier,
    ) -> impl Iterator<Item = &Activity> + '_ {
        self.activities(scenario)
            .iter()
            .map(Arc::as_ref)
            .filter(move |a| a.tier == tier)
    }

    /// One activity by id.
    pub fn activity(&self, scenario: Scenario, id: u32) -> Option<&Activity> {
        self.activities(scenario)
            .iter()
            .map(Arc::as_ref)
            .find(|a| a.id == id)
    }

    /// Replaces the target spread (always valid by construction).
    pub fn set_target(&mut self, target: TargetSpread) {
        self.target = target;
    }

    /// Sets one tier's target percentage and rebalances the other two; false when unchanged.
    pub fn set_target_share(&mut self, tier: Tier, percent: u8) -> bool {
        let before = self.target;
        self.target = before.with_share(tier, percent);
        self.target != before
    }

    /// Moves one tier's target by `delta` percentage points (clamped to 0..=100) and
    /// rebalances the other two; false when unchanged (already at the edge). Tests only:
    /// the screens set a share, they do not step it.
    #[cfg(test)]
    pub fn change_target_share(&mut self, tier: Tier, delta: i32) -> bool {
        let now = i32::from(self.target.percent(tier));
        let next = u8::try_from((now + delta).clamp(0, 100)).unwrap_or(0);
        self.set_target_share(tier, next)
    }

    /// Sets one tier's target and balances the difference with `balance` only (see
    /// [`TargetSpread::with_balanced`]); false when unchanged.
    pub fn set_target_balanced(&mut self, tier: Tier, percent: u8, balance: Tier) -> bool {
        let before = self.target;
        self.target = before.with_balanced(tier, percent, balance);
        self.target != before
    }

    /// Starts the planned scenario as a copy of the current one (ids kept, so they match).
    pub fn start_planned_from_current(&mut self) {
        self.planned = self.current.clone();
    }

    /// Like [`Pyramid::start_planned_from_current`], but reports whether anything changed,
    /// so a click that changes nothing leaves no undo step.
    pub fn reset_planned_to_current(&mut self) -> bool {
        let changed = self.planned != self.current;
        self.start_planned_from_current();
        changed
    }

    fn activities_mut(&mut self, scenario: Scenario) -> &mut Vec<Arc<Activity>> {
        match scenario {
            Scenario::Current => &mut self.current,
            Scenario::Planned => &mut self.planned,
        }
    }

    /// Brings values an earlier version may have stored back inside the bounds of
    /// [`crate::model::bounds`]: texts clipped, minutes, weeks and pupils capped, dates that
    /// are no calendar date cleared, scores outside 1–5 and unknown workers dropped.
    pub(crate) fn repair(&mut self) {
        const SHORT: usize = MAX_SHORT_CHARS;
        for w in &mut self.workers {
            w.name = clip(std::mem::take(&mut w.name), SHORT);
            w.organisation = clip(std::mem::take(&mut w.organisation), SHORT);
            w.weekly_minutes = w.weekly_minutes.min(MAX_WORKER_MINUTES);
        }
        let known: Vec<u32> = self.workers.iter().map(|w| w.id).collect();
        for list in [&mut self.current, &mut self.planned] {
            for a in list.iter_mut() {
                let a = Arc::make_mut(a);
                a.title = clip(std::mem::take(&mut a.title), SHORT);
                a.group = clip(std::mem::take(&mut a.group), SHORT);
                a.goal = clip(std::mem::take(&mut a.goal), MAX_LONG_CHARS);
                a.evaluation.note = clip(std::mem::take(&mut a.evaluation.note), MAX_LONG_CHARS);
                a.weekly_minutes = a.weekly_minutes.min(MAX_ACTIVITY_MINUTES);
                a.weeks = a.weeks.min(MAX_WEEKS);
                a.pupils_reached = a.pupils_reached.min(MAX_PUPILS);
                if !a.start.is_empty() && !is_calendar_date(&a.start) {
                    a.start.clear();
                }
                if !matches!(a.evaluation.score, None | Some(1..=5)) {
                    a.evaluation.score = None;
                }
                a.workers.retain(|w| known.contains(w));
            }
        }
    }

    /// A fresh id; also guards against a stale `next_id` in an old or hand-edited file.
    fn fresh_id(&mut self) -> u32 {
        let highest = self
            .workers
            .iter()
            .map(|w| w.id)
            .chain(self.current.iter().map(|a| a.id))
            .chain(self.planned.iter().map(|a| a.id))
            .max();
        let id = match highest {
            Some(h) => self.next_id.max(h.saturating_add(1)),
            None => self.next_id,
        };
        self.next_id = id.saturating_add(1);
        id
    }
}

/// Adds whole quarter hours to `m` (negative removes), saturating at 0 and capped at `max`.
pub fn add_quarters(m: Minutes, delta_quarters: i32, max: Minutes) -> Minutes {
    let delta = i64::from(delta_quarters) * i64::from(Minutes::QUARTER.0);
    let next = (i64::from(m.0) + delta).clamp(0, i64::from(max.0));
    Minutes(u32::try_from(next).unwrap_or(max.0))
}
