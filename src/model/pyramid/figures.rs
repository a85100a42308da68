//! Figures computed from the pyramid: totals, shares, pupils reached, comparison.
//!
//! Shares use largest-remainder rounding so the parts shown always add up to exactly the
//! whole; a pie or bar that sums to 99 % or 101 % undermines trust at the smartboard.

use super::{Minutes, Pyramid, Scenario, Tier, FULL_SHARE_BP};

/// The figures of one tier in one scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TierFigures {
    /// Which tier.
    pub tier: Tier,
    /// Youth-worker minutes per week on this tier.
    pub minutes: Minutes,
    /// Share of the allocated minutes in basis points; the three sum to 10 000 (or all 0).
    pub share_bp: u32,
    /// Share of the allocated minutes in whole percent; the three sum to 100 (or all 0).
    pub share_percent: u32,
    /// Height of this tier in the drawing, in basis points of allocated plus unallocated.
    pub height_bp: u32,
    /// Pupils reached: at most this many (see [`Reach`]); never more than the school has.
    pub pupils_reached: u32,
    /// What is known about the pupils reached on this tier.
    pub reach: Reach,
    /// Minutes per week per pupil reached (counting [`TierFigures::pupils_reached`]),
    /// rounded to whole minutes; `None` with 0 pupils.
    pub minutes_per_pupil: Option<Minutes>,
    /// Number of activities on this tier.
    pub activity_count: usize,
}

/// Everything the pyramid screen shows about one scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    /// Per tier, in [`Tier::ALL`] order.
    pub tiers: [TierFigures; 3],
    /// Youth-worker minutes available per week (sum over workers).
    pub available: Minutes,
    /// Minutes per week given to activities.
    pub allocated: Minutes,
    /// Available minus allocated; negative when more is planned than available.
    pub unallocated: i64,
    /// Height of the unallocated band in the drawing; the tier heights plus this sum to 10 000.
    pub unallocated_height_bp: u32,
    /// Pupils reached over all tiers: at most this many, never more than the school has.
    pub pupils_reached: u32,
    /// Whether the same pupils may be counted on more than one tier or activity.
    pub overlap_possible: bool,
}

/// Pupils reached on a tier. Activities give how many pupils each reaches, but the same
/// pupils may take part in several (a lesson for all groups and a training for one), so
/// the tier reaches at least as many as its largest activity and at most all of them
/// together, and never more than the school's pupils.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reach {
    /// Pupils of the activity that reaches the most.
    pub largest: u32,
    /// The activities' pupils added up (pupils in two activities counted twice).
    pub sum: u32,
    /// The school's number of pupils, when the session has one.
    pub cap: Option<u32>,
}

impl Reach {
    /// At most this many pupils are reached.
    pub fn at_most(&self) -> u32 {
        self.cap.map_or(self.sum, |cap| self.sum.min(cap))
    }

    /// At least this many pupils are reached.
    pub fn at_least(&self) -> u32 {
        self.cap.map_or(self.largest, |cap| self.largest.min(cap))
    }

    /// Whether the figure is a range: activities may overlap, or the sum passes the school.
    pub fn is_range(&self) -> bool {
        self.at_least() != self.at_most()
    }

    /// Whether the activities together name more pupils than the school has.
    pub fn capped(&self) -> bool {
        self.cap.is_some_and(|cap| self.sum > cap)
    }
}

impl Figures {
    /// The figures of one tier.
    pub fn tier(&self, tier: Tier) -> &TierFigures {
        &self.tiers[tier.index()]
    }

    /// The share of each tier in whole percent, in [`Tier::ALL`] order: the one rounding
    /// every screen, the report, the print and the exports show. Largest remainder, so the
    /// three add up to exactly 100 (or are all 0 when nothing is allocated).
    pub fn percents(&self) -> [u32; 3] {
        self.tiers.map(|t| t.share_percent)
    }

    /// How much more is allocated than available, if anything.
    pub fn over_allocated_by(&self) -> Option<Minutes> {
        (self.allocated > self.available).then(|| Minutes(self.allocated.0 - self.available.0))
    }
}

/// Current against planned for one tier.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TierDiff {
    /// Which tier.
    pub tier: Tier,
    /// Minutes per week now.
    pub current: Minutes,
    /// Minutes per week in the plan.
    pub planned: Minutes,
    /// Share now, basis points.
    pub current_share_bp: u32,
    /// Share in the plan, basis points.
    pub planned_share_bp: u32,
    /// Planned minus current minutes.
    pub delta_minutes: i64,
    /// Planned minus current share, basis points.
    pub delta_share_bp: i32,
}

/// Splits `whole` units over `parts` in proportion, by largest remainder; all 0 when empty.
///
/// Ties go to the earlier part, so the result is deterministic.
pub(crate) fn apportion<const N: usize>(parts: [u64; N], whole: u32) -> [u32; N] {
    let total: u64 = parts.iter().sum();
    let mut out = [0u32; N];
    if total == 0 {
        return out;
    }
    let whole64 = u64::from(whole);
    let mut remainders = [(0u64, 0usize); N];
    let mut given = 0u64;
    for (i, part) in parts.iter().enumerate() {
        // u128 because minutes × 10 000 can exceed u64 only in theory, but theory is cheap.
        let scaled = u128::from(*part) * u128::from(whole64);
        let floor = u64::try_from(scaled / u128::from(total)).unwrap_or(0);
        let rem = u64::try_from(scaled % u128::from(total)).unwrap_or(0);
        out[i] = u32::try_from(floor).unwrap_or(0);
        given += floor;
        remainders[i] = (rem, i);
    }
    // Stable sort by descending remainder keeps earlier parts first on ties.
    crate::model::order::sort_by_key(&mut remainders, |r| std::cmp::Reverse(r.0));
    let missing = usize::try_from(whole64.saturating_sub(given)).unwrap_or(0);
    for (_, i) in remainders.iter().take(missing) {
        out[*i] += 1;
    }
    out
}

impl TierFigures {
    /// Hours per week per pupil reached, in hundredths of an hour, rounded half up from the
    /// exact minutes (not from the rounded [`TierFigures::minutes_per_pupil`]: 150 minutes
    /// for 240 pupils is 0,01 hour, where a minute rounded up would say 0,02); `None` with
    /// no pupils.
    pub fn per_pupil_hundredths(&self) -> Option<u64> {
        if self.pupils_reached == 0 {
            return None;
        }
        let exact = u64::from(self.minutes.0) * 100;
        let per = 60 * u64::from(self.pupils_reached);
        Some((2 * exact + per) / (2 * per))
    }
}

/// Minutes per pupil rounded half up: 4,8 minutes per pupil reads better as 5 than as 4.
fn per_pupil(minutes: Minutes, pupils: u32) -> Option<Minutes> {
    if pupils == 0 {
        return None;
    }
    let (m, p) = (u64::from(minutes.0), u64::from(pupils));
    Some(Minutes(
        u32::try_from((2 * m + p) / (2 * p)).unwrap_or(minutes.0),
    ))
}

impl Pyramid {
    /// Minutes per week per tier in [`Tier::ALL`] order.
    pub fn tier_minutes(&self, scenario: Scenario) -> [Minutes; 3] {
        let mut sums = [0u32; 3];
        for a in self.activities(scenario) {
            let slot = &mut sums[a.tier.index()];
            *slot = slot.saturating_add(a.weekly_minutes.0);
        }
        sums.map(Minutes)
    }

    /// Minutes per week given to activities in a scenario.
    pub fn allocated_minutes(&self, scenario: Scenario) -> Minutes {
        Minutes(
            self.tier_minutes(scenario)
                .iter()
                .fold(0u32, |s, m| s.saturating_add(m.0)),
        )
    }

    /// How much more a scenario allocates than the workers have, if anything.
    pub fn over_allocated_by(&self, scenario: Scenario) -> Option<Minutes> {
        self.summary(scenario).over_allocated_by()
    }

    /// All figures of one scenario, without knowing the school's size (pupils reached are
    /// then not capped; see [`Pyramid::summary_in_school`]).
    pub fn summary(&self, scenario: Scenario) -> Figures {
        self.summary_in_school(scenario, None)
    }

    /// All figures of one scenario in a school of `pupils` pupils (`None` or 0: unknown).
    pub fn summary_in_school(&self, scenario: Scenario, pupils: Option<u32>) -> Figures {
        let cap = pupils.filter(|p| *p > 0);
        let minutes = self.tier_minutes(scenario);
        let parts = minutes.map(|m| u64::from(m.0));
        let available = self.available_minutes();
        let allocated = self.allocated_minutes(scenario);
        let unallocated = i64::from(available.0) - i64::from(allocated.0);
        let free = u64::try_from(unallocated).unwrap_or(0);
        let shares = apportion(parts, FULL_SHARE_BP);
        let percents = apportion(parts, 100);
        let heights = apportion([parts[0], parts[1], parts[2], free], FULL_SHARE_BP);
        let mut tiers = [TierFigures::default(); 3];
        let mut pupils_total = 0u32;
        let mut overlap = false;
        let mut tiers_with_pupils = 0;
        for tier in Tier::ALL {
            let i = tier.index();
            let (mut reach, mut count) = (
                Reach {
                    cap,
                    ..Reach::default()
                },
                0usize,
            );
            for a in self.activities_on(scenario, tier) {
                reach.sum = reach.sum.saturating_add(a.pupils_reached);
                reach.largest = reach.largest.max(a.pupils_reached);
                count += 1;
            }
            let pupils = reach.at_most();
            overlap |= reach.is_range();
            if pupils > 0 {
                tiers_with_pupils += 1;
            }
            pupils_total = pupils_total.saturating_add(pupils);
            tiers[i] = TierFigures {
                tier,
                minutes: minutes[i],
                share_bp: shares[i],
                share_percent: percents[i],
                height_bp: heights[i],
                pupils_reached: pupils,
                reach,
                minutes_per_pupil: per_pupil(minutes[i], pupils),
                activity_count: count,
            };
        }
        // A pupil can be reached on two tiers too.
        overlap |= tiers_with_pupils > 1;
        if let Some(cap) = cap {
            pupils_total = pupils_total.min(cap);
        }
        Figures {
            tiers,
            available,
            allocated,
            unallocated,
            unallocated_height_bp: heights[3],
            pupils_reached: pupils_total,
            overlap_possible: overlap,
        }
    }

    /// Current against planned, per tier in [`Tier::ALL`] order.
    pub fn compare(&self) -> [TierDiff; 3] {
        TierDiff::between(
            &self.summary(Scenario::Current),
            &self.summary(Scenario::Planned),
        )
    }
}

impl TierDiff {
    /// The difference per tier between two summaries, in [`Tier::ALL`] order; the UI
    /// calls this with summaries it already has, instead of recomputing them.
    pub fn between(now: &Figures, plan: &Figures) -> [TierDiff; 3] {
        Tier::ALL.map(|tier| {
            let (c, p) = (now.tier(tier), plan.tier(tier));
            TierDiff {
                tier,
                current: c.minutes,
                planned: p.minutes,
                current_share_bp: c.share_bp,
                planned_share_bp: p.share_bp,
                delta_minutes: i64::from(p.minutes.0) - i64::from(c.minutes.0),
                delta_share_bp: i32::try_from(p.share_bp).unwrap_or(0)
                    - i32::try_from(c.share_bp).unwrap_or(0),
            }
        })
    }
}
