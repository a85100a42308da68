//! Names for export files that sort by date and say whose meeting it is. The words in a
//! name ("alle-sessies", "sessie") come from the caller in its language: storage knows
//! none.

use crate::model::session::search::fold;
use crate::model::Session;

/// What an export file contains, for naming it.
#[derive(Clone, Copy, Debug)]
pub enum ExportScope<'a> {
    /// One session.
    One(&'a Session),
    /// All sessions.
    All,
}

/// The words a file name may need, in the interface's language.
#[derive(Clone, Copy, Debug)]
pub struct FileWords<'a> {
    /// What a file of all sessions is called ("alle sessies").
    pub all_sessions: &'a str,
    /// What a session without school or title is called ("sessie").
    pub untitled: &'a str,
}

/// `samen-doen-<school-or-title-slug>-<date>.json`, or `samen-doen-<all-sessions>-<date>.json`.
///
/// `date` is the export day as `YYYY-MM-DD`; anything else in it is reduced to a safe slug.
pub fn export_file_name(scope: ExportScope<'_>, words: FileWords<'_>, date: &str) -> String {
    let what = match scope {
        ExportScope::All => slug(words.all_sessions),
        ExportScope::One(s) => [s.school.as_str(), s.title.as_str(), words.untitled]
            .iter()
            .map(|t| slug(t))
            .find(|t| !t.is_empty())
            .unwrap_or_default(),
    };
    let date = slug(date);
    if date.is_empty() {
        format!("samen-doen-{what}.json")
    } else {
        format!("samen-doen-{what}-{date}.json")
    }
}

/// `samen-doen-<school-or-title-slug>-<date>-<part>.<ext>` for the other downloads of one
/// session (a CSV table, the picture), safe on every operating system.
pub fn session_file_name(
    session: &Session,
    words: FileWords<'_>,
    part: &str,
    ext: &str,
    date: &str,
) -> String {
    let base = export_file_name(ExportScope::One(session), words, date);
    let stem = base.strip_suffix(".json").unwrap_or(&base);
    let part = slug(part);
    let ext = slug(ext);
    if part.is_empty() {
        format!("{stem}.{ext}")
    } else {
        format!("{stem}-{part}.{ext}")
    }
}

/// Lower-case ASCII letters and digits joined by single hyphens, at most 40 characters,
/// so the name is valid on every file system and survives e-mail attachments.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            if out.len() >= 40 {
                break;
            }
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests;
