//! The user's settings kept in the browser: language and smartboard mode.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

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

/// What may be stored: exactly the fields of [`Settings`].
#[derive(Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Strict {
    language: Lang,
    smartboard: bool,
    last_open: Option<String>,
}

impl Default for Strict {
    fn default() -> Self {
        let d = Settings::default();
        Strict {
            language: d.language,
            smartboard: d.smartboard,
            last_open: d.last_open,
        }
    }
}

impl Settings {
    /// Reads stored settings text; missing fields get defaults. Anything else than an
    /// object with these fields (another app's value, an envelope of a newer version) is
    /// refused, so it is kept aside instead of silently becoming defaults.
    pub fn from_json(text: &str) -> Result<Settings, serde_json::Error> {
        serde_json::from_str::<Strict>(text).map(|s| Settings {
            language: s.language,
            smartboard: s.smartboard,
            last_open: s.last_open,
        })
    }

    /// The text to store.
    pub fn to_json(&self) -> String {
        // Two plain fields cannot fail to serialise; the fallback keeps this panic-free anyway.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_string())
    }
}

#[cfg(test)]
mod tests;
