//! The team's marks and explanations on the Raamwerk rows, per role.

use serde::{Deserialize, Serialize};

/// Everything a session records about the Raamwerk analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Analysis {}
