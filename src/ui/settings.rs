//! The remembered interface choices (language, smartboard mode).

use crate::i18n::Lang;

/// Interface settings kept between visits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Interface language.
    pub lang: Lang,
    /// Smartboard mode on or off.
    pub smartboard: bool,
}

const KEY: &str = "samen-doen/v1/settings";

/// Loads the settings; anything missing or unreadable gives the defaults (Dutch, normal).
pub fn load() -> Settings {
    use gloo_storage::Storage;
    match gloo_storage::LocalStorage::get::<serde_json::Value>(KEY) {
        Ok(v) => Settings {
            lang: Lang::from_code(v.get("lang").and_then(|l| l.as_str()).unwrap_or("nl")),
            smartboard: v
                .get("smartboard")
                .and_then(|b| b.as_bool())
                .unwrap_or(false),
        },
        Err(_) => Settings::default(),
    }
}

/// Saves the settings; a failure (storage off or full) only means they are not remembered.
pub fn save(settings: &Settings) {
    use gloo_storage::Storage;
    let value =
        serde_json::json!({ "lang": settings.lang.code(), "smartboard": settings.smartboard });
    let _ = gloo_storage::LocalStorage::set(KEY, value);
}
