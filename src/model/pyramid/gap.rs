//! The gap to target: which hours to move between tiers to reach the target spread.

use super::{Minutes, Pyramid, Scenario, TargetSpread, Tier};

/// Move `minutes` per week from one tier to another (plain data; the UI words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shift {
    /// The tier that gives hours.
    pub from: Tier,
    /// The tier that receives them.
    pub to: Tier,
    /// How much per week, a whole number of quarter hours unless a tier has less than that.
    pub minutes: Minutes,
}

/// Hundredths of a minute per quarter hour: deviations are kept ×100 so whole-percent
/// targets stay exact integers.
const QUARTER_CENTI: i64 = 1_500;

impl Pyramid {
    /// The fewest moves, in quarter hours, that bring every tier within a quarter hour of
    /// the target; empty when already there or when nothing is allocated.
    ///
    /// When a tier's minutes are not whole quarters it may give less than a quarter, so
    /// it never goes below zero; the guarantee of a quarter hour holds for quarter data.
    pub fn gap(&self, scenario: Scenario) -> Vec<Shift> {
        gap_to(self.tier_minutes(scenario), self.target())
    }
}

/// [`Pyramid::gap`] from minutes per tier (in [`Tier::ALL`] order) that the caller already
/// has, such as a summary's.
pub fn gap_to(minutes: [Minutes; 3], target: TargetSpread) -> Vec<Shift> {
    let actual = minutes.map(|m| i64::from(m.0));
    let total: i64 = actual.iter().sum();
    let target = target.percents().map(i64::from);
    // deviation[i] = (target minutes − actual minutes) × 100, exact.
    let deviation: [i64; 3] = std::array::from_fn(|i| total * target[i] - 100 * actual[i]);
    if total == 0 || deviation.iter().all(|d| d.abs() < QUARTER_CENTI) {
        return Vec::new();
    }
    let quarters = round_preserving_sum(deviation);

    let mut givers: Vec<(Tier, i64)> = Vec::new();
    let mut takers: Vec<(Tier, i64)> = Vec::new();
    for tier in Tier::ALL {
        let (i, k) = (tier.index(), quarters[tier.index()]);
        if k < 0 {
            // Never ask a tier for more than it has (only possible with odd minutes).
            givers.push((tier, (-k * 15).min(actual[i])));
        } else if k > 0 {
            takers.push((tier, k * 15));
        }
    }
    let given: i64 = givers.iter().map(|g| g.1).sum();
    let mut excess = takers.iter().map(|t| t.1).sum::<i64>() - given;
    crate::model::order::sort_by_key(&mut takers, |t| std::cmp::Reverse(t.1));
    for taker in takers.iter_mut() {
        let cut = excess.min(taker.1).max(0);
        taker.1 -= cut;
        excess -= cut;
    }
    crate::model::order::sort_by_key(&mut givers, |g| std::cmp::Reverse(g.1));
    pair_up(givers, takers)
}

/// Rounds each deviation to whole quarters so the quarters sum to 0 and each is off by less
/// than one quarter (largest remainder: floor everything, then round up the largest rests).
fn round_preserving_sum(deviation: [i64; 3]) -> [i64; 3] {
    let mut quarters = deviation.map(|d| d.div_euclid(QUARTER_CENTI));
    let missing = -quarters.iter().sum::<i64>();
    let mut order = [0usize, 1, 2];
    crate::model::order::sort_by_key(&mut order, |i| {
        std::cmp::Reverse(deviation[*i].rem_euclid(QUARTER_CENTI))
    });
    for i in order.iter().take(usize::try_from(missing).unwrap_or(0)) {
        quarters[*i] += 1;
    }
    quarters
}

/// Matches givers to takers greedily, biggest first; with three tiers that is at most two moves.
fn pair_up(mut givers: Vec<(Tier, i64)>, mut takers: Vec<(Tier, i64)>) -> Vec<Shift> {
    let mut shifts = Vec::new();
    let (mut g, mut t) = (0usize, 0usize);
    while g < givers.len() && t < takers.len() {
        let amount = givers[g].1.min(takers[t].1);
        if amount > 0 {
            shifts.push(Shift {
                from: givers[g].0,
                to: takers[t].0,
                minutes: Minutes(u32::try_from(amount).unwrap_or(0)),
            });
        }
        givers[g].1 -= amount;
        takers[t].1 -= amount;
        if givers[g].1 == 0 {
            g += 1;
        }
        if takers[t].1 == 0 {
            t += 1;
        }
    }
    shifts
}
