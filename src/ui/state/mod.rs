//! The root store, provided once by [`crate::ui::App`] through context.
//!
//! Children take the narrow handle they need (`use_app().lang`) instead of props chains.

pub(crate) mod autosave;
pub(crate) mod export;
pub(crate) mod new_action;
pub(crate) mod open_session;
pub(crate) mod route;
pub(crate) mod store;

pub use open_session::{use_open_session, OpenSession};
pub use route::Route;
pub use store::{use_store, Problem, SaveStatus, SessionStore};

use leptos::prelude::*;

use crate::i18n::{Lang, Text};

/// App-wide reactive state.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Interface language.
    pub lang: RwSignal<Lang>,
    /// Smartboard mode: the whole interface scaled up, high contrast.
    pub smartboard: RwSignal<bool>,
    /// The screen shown.
    pub route: RwSignal<Route>,
}

impl AppState {
    /// A translator bound to this state's language signal.
    pub fn tr(&self) -> Tr {
        Tr(self.lang)
    }
}

/// Looks up texts in the current language; reading it inside a closure tracks the language.
#[derive(Clone, Copy)]
pub struct Tr(pub RwSignal<Lang>);

impl Tr {
    /// The text of `key` in the current language (reactive).
    pub fn t<K: Text>(&self, key: K) -> &'static str {
        key.get(self.0.get())
    }

    /// The current language (reactive).
    pub fn lang(&self) -> Lang {
        self.0.get()
    }
}

/// The root store from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The translator from context.
pub fn use_tr() -> Tr {
    use_app().tr()
}
