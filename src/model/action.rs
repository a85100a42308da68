//! The action plan: what, who, by when.

use serde::{Deserialize, Serialize};

/// One agreed action.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Action {}
