//! The target spread (doelverdeling): whole percentages per tier that always sum to 100.

use serde::{Deserialize, Serialize};

use super::Tier;

/// The share per tier the team aims for, in whole percent; always sums to 100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "RawSpread")]
pub struct TargetSpread {
    universal: u8,
    targeted: u8,
    individual: u8,
}

/// What a file may hold; repaired on load so a broken file cannot break the invariant.
#[derive(Deserialize)]
#[serde(default)]
struct RawSpread {
    universal: u8,
    targeted: u8,
    individual: u8,
}

impl Default for RawSpread {
    fn default() -> Self {
        let d = TargetSpread::default();
        RawSpread {
            universal: d.universal,
            targeted: d.targeted,
            individual: d.individual,
        }
    }
}

impl From<RawSpread> for TargetSpread {
    fn from(raw: RawSpread) -> Self {
        TargetSpread::new(raw.universal, raw.targeted, raw.individual).unwrap_or_default()
    }
}

impl Default for TargetSpread {
    /// 50 / 35 / 15: a broad base, as the ISF model recommends.
    fn default() -> Self {
        TargetSpread {
            universal: 50,
            targeted: 35,
            individual: 15,
        }
    }
}

impl TargetSpread {
    /// A spread from three percentages; `None` unless they sum to exactly 100.
    pub fn new(universal: u8, targeted: u8, individual: u8) -> Option<Self> {
        let sum = u32::from(universal) + u32::from(targeted) + u32::from(individual);
        (sum == 100).then_some(TargetSpread {
            universal,
            targeted,
            individual,
        })
    }

    /// The percentage for one tier.
    pub fn percent(&self, tier: Tier) -> u8 {
        match tier {
            Tier::Universal => self.universal,
            Tier::Targeted => self.targeted,
            Tier::Individual => self.individual,
        }
    }

    /// The percentage for one tier as basis points, for the same formatting as shares.
    pub fn share_bp(&self, tier: Tier) -> u32 {
        u32::from(self.percent(tier)) * 100
    }

    /// All three percentages in [`Tier::ALL`] order.
    pub fn percents(&self) -> [u8; 3] {
        [self.universal, self.targeted, self.individual]
    }

    /// A copy with `tier` set to `percent` (capped at 100) and the rest rebalanced.
    ///
    /// The remainder is split over the other two tiers in proportion to what they had, so a
    /// slider move keeps their mutual balance; evenly when both were 0.
    pub fn with_share(&self, tier: Tier, percent: u8) -> Self {
        let percent = percent.min(100);
        let rest = 100 - u32::from(percent);
        let others: Vec<Tier> = Tier::ALL.into_iter().filter(|t| *t != tier).collect();
        let (a, b) = match others.as_slice() {
            [a, b] => (*a, *b),
            _ => return *self,
        };
        let (pa, pb) = (u32::from(self.percent(a)), u32::from(self.percent(b)));
        let share_a = if pa + pb == 0 {
            // Odd rests go to the lower tier, which is the broader one.
            rest.div_ceil(2)
        } else {
            // Rounded to nearest so 50/50 stays 50/50 and nothing drifts one way.
            (rest * pa * 2 + (pa + pb)) / ((pa + pb) * 2)
        };
        let share_b = rest - share_a;
        let mut next = *self;
        next.set(tier, percent);
        next.set(a, u8::try_from(share_a).unwrap_or(0));
        next.set(b, u8::try_from(share_b).unwrap_or(0));
        next
    }

    /// A copy with `tier` set to `percent`, the difference taken from (or given to) only
    /// `balance`. When `balance` cannot absorb it (it would go below 0 or above 100),
    /// `tier` moves only as far as `balance` allows; the third level never changes.
    /// With `balance == tier` nothing can balance, and the spread is returned unchanged.
    pub fn with_balanced(&self, tier: Tier, percent: u8, balance: Tier) -> Self {
        if balance == tier {
            return *self;
        }
        let (now, other) = (
            i32::from(self.percent(tier)),
            i32::from(self.percent(balance)),
        );
        let want = i32::from(percent.min(100));
        // The balancing level stays within 0..=100: it can give all it has, or take what
        // the changed level gives up.
        let delta = (want - now).clamp(-now, other);
        let mut next = *self;
        next.set(tier, u8::try_from(now + delta).unwrap_or(0));
        next.set(balance, u8::try_from(other - delta).unwrap_or(0));
        next
    }

    fn set(&mut self, tier: Tier, percent: u8) {
        match tier {
            Tier::Universal => self.universal = percent,
            Tier::Targeted => self.targeted = percent,
            Tier::Individual => self.individual = percent,
        }
    }
}
