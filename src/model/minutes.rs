//! Exact time: hours are kept as whole minutes so totals never drift.

use serde::{Deserialize, Serialize};

/// A whole number of minutes (per week, unless said otherwise).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Minutes(pub u32);

impl Minutes {
    /// One quarter of an hour, the step of the − / + buttons.
    pub const QUARTER: Minutes = Minutes(15);

    /// Whole hours as minutes.
    pub const fn hours(h: u32) -> Minutes {
        Minutes(h * 60)
    }
}
