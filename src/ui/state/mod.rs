//! The root store, provided once by [`crate::ui::App`] through context.
//!
//! Children take the narrow handle they need (`use_app().lang`) instead of props chains.

pub(crate) mod answers;
pub(crate) mod autosave;
pub(crate) mod export;
pub(crate) mod imports;
pub(crate) mod meeting;
pub(crate) mod new_action;
pub(crate) mod open_session;
pub(crate) mod problems;
pub(crate) mod route;
pub(crate) mod store;
pub(crate) mod view;

pub use imports::ImportReport;
pub use open_session::{use_open_session, OpenSession};
pub use problems::{Problem, SaveStatus};
pub use route::Route;
pub use store::{use_store, Added, SessionStore};
pub use view::{use_view, FrameworkStep, ViewState};

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
    /// A new version of the app is installed and waits for the team to reload.
    pub update_ready: RwSignal<bool>,
}

/// The language the views below were built in. It is a plain value: a language switch
/// builds the screen again (see [`by_language`]), so every text below is a `&'static str`
/// with no closure, effect or rebuild code of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr(pub Lang);

impl Tr {
    /// The text of `key` in this language.
    pub fn t<K: Text>(&self, key: K) -> &'static str {
        key.get(self.0)
    }

    /// This language.
    pub fn lang(&self) -> Lang {
        self.0
    }
}

/// The root store from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The language the current view is built in (from [`by_language`], else the app's).
pub fn use_tr() -> Tr {
    use_context::<Tr>().unwrap_or_else(|| Tr(use_app().lang.get_untracked()))
}

/// Builds `view` in the app's language, and builds it again when the language changes.
pub fn by_language<V: IntoView + 'static>(
    view: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_app().lang;
    move || {
        provide_context(Tr(lang.get()));
        view()
    }
}
