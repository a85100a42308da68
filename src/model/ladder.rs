//! The collaboration ladder (Gerdes): where the team stands and wants to be.

use serde::{Deserialize, Serialize};

/// Where the team places itself on the ladder, now and wanted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LadderPlacement {}
