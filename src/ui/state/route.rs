//! Hash routes: `#/piramide`, `#/raamwerk`, …
//!
//! Routing lives in the URL fragment so the app works from any sub-path (a GitHub Pages
//! project page) with one static `index.html`, and a share link's payload never reaches
//! a server.

use crate::i18n::tables::Nav;

/// A screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Sessions home.
    Home,
    /// The support pyramid.
    Pyramid,
    /// The Raamwerk analysis.
    Framework,
    /// The collaboration ladder.
    Ladder,
    /// The action plan.
    Actions,
    /// The report of the session.
    Report,
    /// Progress over the school year: the meetings of a school side by side.
    Progress,
    /// Meeting mode: the whole meeting at the smartboard, one step per screen.
    Meeting,
    /// The privacy page.
    Privacy,
    /// A share link being opened; carries the encoded payload.
    Import(String),
    /// A phone's answer sent as a link; carries the answer code.
    Answer(String),
    /// An unknown fragment.
    NotFound,
}

impl Route {
    /// The screens of the main navigation, in meeting order.
    pub const NAV: [Route; 8] = [
        Route::Home,
        Route::Pyramid,
        Route::Framework,
        Route::Ladder,
        Route::Actions,
        Route::Report,
        Route::Progress,
        Route::Privacy,
    ];

    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path {
            "" | "sessies" => Route::Home,
            "piramide" => Route::Pyramid,
            "raamwerk" => Route::Framework,
            "ladder" => Route::Ladder,
            "acties" => Route::Actions,
            "rapport" => Route::Report,
            "overleg" => Route::Meeting,
            "voortgang" => Route::Progress,
            "privacy" => Route::Privacy,
            other => match (
                other.strip_prefix("import/"),
                other.strip_prefix("antwoord/"),
            ) {
                (Some(payload), _) if !payload.is_empty() => Route::Import(payload.to_string()),
                (_, Some(code)) if !code.is_empty() => Route::Answer(code.to_string()),
                _ => Route::NotFound,
            },
        }
    }

    /// The fragment that leads to this route.
    pub fn href(&self) -> String {
        let slug = match self {
            Route::Home | Route::NotFound => "sessies",
            Route::Pyramid => "piramide",
            Route::Framework => "raamwerk",
            Route::Ladder => "ladder",
            Route::Actions => "acties",
            Route::Report => "rapport",
            Route::Meeting => "overleg",
            Route::Progress => "voortgang",
            Route::Privacy => "privacy",
            Route::Import(payload) => return format!("#/import/{payload}"),
            Route::Answer(code) => return format!("#/antwoord/{code}"),
        };
        format!("#/{slug}")
    }

    /// The navigation label of this route.
    pub fn label(&self) -> Nav {
        match self {
            Route::Home | Route::NotFound | Route::Import(_) | Route::Answer(_) => Nav::Home,
            Route::Pyramid => Nav::Pyramid,
            Route::Framework => Nav::Framework,
            Route::Ladder => Nav::Ladder,
            Route::Actions => Nav::Actions,
            Route::Report => Nav::Report,
            Route::Meeting => Nav::Meeting,
            Route::Progress => Nav::Progress,
            Route::Privacy => Nav::Privacy,
        }
    }

    /// A short ascii name for `data-testid`s.
    pub fn slug(&self) -> &'static str {
        match self {
            Route::Home => "home",
            Route::Pyramid => "pyramid",
            Route::Framework => "framework",
            Route::Ladder => "ladder",
            Route::Actions => "actions",
            Route::Report => "report",
            Route::Meeting => "meeting",
            Route::Progress => "progress",
            Route::Privacy => "privacy",
            Route::Import(_) => "import",
            Route::Answer(_) => "answer",
            Route::NotFound => "not-found",
        }
    }

    /// Whether this screen shows the open session (and needs one).
    pub fn needs_session(&self) -> bool {
        matches!(
            self,
            Route::Pyramid
                | Route::Framework
                | Route::Ladder
                | Route::Actions
                | Route::Report
                | Route::Meeting
        )
    }
}

#[cfg(test)]
mod tests;
