//! Whether this browser keeps the sessions, and when each was last saved to a file: the
//! decisions, pure. A browser may clear a site's storage by its own rules: Safari after seven
//! days of use without a visit (unless the app is on the Home Screen), the others when the
//! disk runs short, unless the site's storage is persistent (`navigator.storage.persist()`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The browser engine, as far as it matters for keeping data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Safari, or any browser on an iPad or iPhone (they all use Safari's engine).
    AppleWebKit,
    /// Firefox: asks the user before it keeps a site's data.
    Firefox,
    /// Chromium (Chrome, Edge) and the rest: decide by themselves.
    Other,
}

impl Engine {
    /// The engine a user agent string names.
    pub fn of(user_agent: &str) -> Engine {
        let apple = ["iPhone", "iPad", "iPod", "Macintosh"]
            .iter()
            .any(|d| user_agent.contains(d));
        if user_agent.contains("Firefox/") && !user_agent.contains("FxiOS") {
            Engine::Firefox
        } else if apple
            && user_agent.contains("AppleWebKit")
            && (!user_agent.contains("Chrome/") || user_agent.contains("CriOS"))
        {
            Engine::AppleWebKit
        } else {
            Engine::Other
        }
    }
}

/// What is known about this browser's storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageFacts {
    /// `navigator.storage.persisted()`: `None` where the browser has no such question.
    pub persisted: Option<bool>,
    /// The engine.
    pub engine: Engine,
    /// The app runs from the Home Screen (installed), not in a browser tab.
    pub installed: bool,
}

/// Whether the sessions stay, and if not, why they may go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// Not known yet (the browser has not answered).
    Unknown,
    /// The browser keeps them until the team removes them.
    Kept,
    /// Safari in a tab: seven days of Safari use without a visit, and they are gone.
    SafariWeek,
    /// Firefox keeps them only when asked, and asks the user first: a tap does it.
    AskFirefox,
    /// The browser may clear them when its disk runs short.
    MayClear,
}

impl Keeping {
    /// What `facts` mean for the sessions.
    pub fn of(facts: StorageFacts) -> Keeping {
        match facts {
            StorageFacts {
                persisted: Some(true),
                ..
            } => Keeping::Kept,
            StorageFacts {
                engine: Engine::AppleWebKit,
                installed: false,
                ..
            } => Keeping::SafariWeek,
            StorageFacts {
                engine: Engine::Firefox,
                persisted: Some(false),
                ..
            } => Keeping::AskFirefox,
            _ => Keeping::MayClear,
        }
    }

    /// Whether the team should be told to keep a copy.
    pub fn at_risk(self) -> bool {
        !matches!(self, Keeping::Kept | Keeping::Unknown)
    }
}

/// When a session was last saved to a file, and how far its changes then went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileCopy {
    /// When the file was offered for download, ms since the epoch.
    pub ms: u64,
    /// The session's last change then: a later one means changes not in the file.
    pub updated_ms: u64,
}

/// The last file copy of each session, by session id.
pub type FileCopies = BTreeMap<String, FileCopy>;

/// How a session stands against its last file copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyState {
    /// Never saved to a file.
    Never,
    /// Saved at `ms`, nothing changed since.
    Saved {
        /// When.
        ms: u64,
    },
    /// Saved at `ms`, changed since.
    ChangedSince {
        /// When.
        ms: u64,
    },
}

/// Where session `id`, last changed at `updated_ms`, stands against `copies`.
pub fn copy_state(copies: &FileCopies, id: &str, updated_ms: u64) -> CopyState {
    match copies.get(id) {
        None => CopyState::Never,
        Some(c) if updated_ms > c.updated_ms => CopyState::ChangedSince { ms: c.ms },
        Some(c) => CopyState::Saved { ms: c.ms },
    }
}

/// The copies as stored text.
pub fn copies_to_json(copies: &FileCopies) -> String {
    serde_json::to_string(copies).unwrap_or_else(|_| "{}".into())
}

/// Stored text as copies; anything unreadable is no copy at all (it is only a reminder).
pub fn copies_from_json(text: &str) -> FileCopies {
    serde_json::from_str(text).unwrap_or_default()
}

#[cfg(test)]
mod tests;
