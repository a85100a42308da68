//! Taking sessions along as a file: one function for every "Exporteren" button (the
//! sessions home, the storage notices, a session's card and the share dialog).

use crate::model::Session;
use crate::storage::{encode_export, export_file_name, ExportScope};
use crate::ui::browser::clock::{now_ms, today_iso};
use crate::ui::browser::download::download_text;
use crate::ui::state::SessionStore;

/// What an export did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exported {
    /// The file was offered for download.
    Offered,
    /// There was nothing to export.
    Nothing,
    /// The file could not be made or the browser refused the download.
    Failed,
}

impl SessionStore {
    /// The latest version of session `id`, including unsaved edits of the open session.
    pub fn latest(&self, id: &str) -> Option<Session> {
        self.snapshot().into_iter().find(|s| s.id == id)
    }

    /// Offers every live session (unsaved edits included) as one export file.
    pub fn export_all(&self) -> Exported {
        let sessions = self.snapshot();
        if sessions.is_empty() {
            return Exported::Nothing;
        }
        offer(&sessions, ExportScope::All)
    }

    /// Offers session `id` (unsaved edits included) as an export file of one session.
    pub fn export_one(&self, id: &str) -> Exported {
        match self.latest(id) {
            Some(session) => offer(std::slice::from_ref(&session), ExportScope::One(&session)),
            None => Exported::Nothing,
        }
    }
}

fn offer(sessions: &[Session], scope: ExportScope<'_>) -> Exported {
    let Ok(text) = encode_export(sessions, now_ms()) else {
        return Exported::Failed;
    };
    let name = export_file_name(scope, &today_iso());
    if download_text(&name, &text, "application/json") {
        Exported::Offered
    } else {
        Exported::Failed
    }
}
