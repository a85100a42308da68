//! The user's settings kept in the browser: language and smartboard mode.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// Settings stored under [`super::keys::SETTINGS`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Interface language.
    pub language: Lang,
    /// Large interface for the smartboard.
    pub smartboard: bool,
    /// The session open when the page was left, reopened on reload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_open: Option<String>,
}

impl Settings {
    /// Reads stored settings text; unknown fields are ignored, missing ones get defaults.
    pub fn from_json(text: &str) -> Result<Settings, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The text to store.
    pub fn to_json(&self) -> String {
        // Two plain fields cannot fail to serialise; the fallback keeps this panic-free anyway.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_string())
    }
}

#[cfg(test)]
mod tests;
