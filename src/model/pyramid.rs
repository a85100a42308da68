//! The support pyramid: youth-worker hours and activities on three tiers.

use serde::{Deserialize, Serialize};

/// A level of support (DESIGN.md `Tier`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Tier {
    /// universeel / basisondersteuning: all pupils
    Universal,
    /// gericht: groups, a class
    Targeted,
    /// individueel: intensive, a few pupils
    Individual,
}

/// Youth-worker hours and activities of one session.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pyramid {}
