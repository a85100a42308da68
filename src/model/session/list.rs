//! All sessions of this browser plus the trash, with the operations of the session list.

use serde::{Deserialize, Serialize};

use super::{summary, MetaEdit, Session};

/// What earlier versions appended to the title of the next meeting's copy; a copy made now
/// is named by its date instead, and this is taken off a title that has it.
pub const DUPLICATE_TITLE_SUFFIX: &str = " (vervolg)";
/// Appended to the title of an imported session whose id was already taken.
pub const IMPORT_TITLE_SUFFIX: &str = " (kopie)";

/// A deleted session, kept until purged so deleting can be undone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trashed {
    /// The session as it was when deleted.
    pub session: Session,
    /// When it was deleted, milliseconds since the Unix epoch.
    pub deleted_ms: u64,
}

/// No live (or, for restore/purge, trashed) session has the given id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionNotFound(pub String);

impl std::fmt::Display for SessionNotFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no session with id {:?}", self.0)
    }
}

impl std::error::Error for SessionNotFound {}

/// The session list: live sessions and the trash. Ids are unique across both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sessions {
    /// Live sessions, in no particular order (use [`Sessions::newest_first`] to list).
    pub items: Vec<Session>,
    /// Deleted sessions that can still be restored.
    pub trash: Vec<Trashed>,
}

impl Sessions {
    /// True if a live or trashed session has this id.
    pub fn contains_id(&self, id: &str) -> bool {
        self.get(id).is_some() || self.trash.iter().any(|t| t.session.id == id)
    }

    /// The live session with this id.
    pub fn get(&self, id: &str) -> Option<&Session> {
        self.items.iter().find(|s| s.id == id)
    }

    /// The live session with this id, to change it (call [`Session::touch`] yourself).
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Session> {
        self.items.iter_mut().find(|s| s.id == id)
    }

    /// Creates an empty session; returns `None` (and changes nothing) if the id is taken.
    pub fn create(&mut self, id: impl Into<String>, now_ms: u64) -> Option<&mut Session> {
        let id = id.into();
        if id.is_empty() || self.contains_id(&id) {
            return None;
        }
        self.items.push(Session::new(id, now_ms));
        self.items.last_mut()
    }

    /// Changes the title; see [`Sessions::edit`].
    pub fn rename(&mut self, id: &str, title: &str, now_ms: u64) -> Result<bool, SessionNotFound> {
        self.edit(id, MetaEdit::Title(title.to_string()), now_ms)
    }

    /// Applies a meeting-details edit; `Ok(true)` if the session changed (and was touched).
    pub fn edit(&mut self, id: &str, edit: MetaEdit, now_ms: u64) -> Result<bool, SessionNotFound> {
        let session = self.get_mut(id).ok_or_else(|| SessionNotFound(id.into()))?;
        Ok(session.apply(edit, now_ms))
    }

    /// Starts the next meeting from this one: a full copy (pyramid, analysis, ladder,
    /// actions) under `new_id`, held on `date` (ISO; anything else leaves the date empty),
    /// fresh times and revision 0. The copy is told apart by its date, so its title stays
    /// (an earlier version's " (vervolg)" taken off). Errs with the offending id if `id` is
    /// unknown or `new_id` is empty or taken.
    pub fn duplicate(
        &mut self,
        id: &str,
        new_id: impl Into<String>,
        date: &str,
        now_ms: u64,
    ) -> Result<&mut Session, SessionNotFound> {
        let new_id = new_id.into();
        if new_id.is_empty() || self.contains_id(&new_id) {
            return Err(SessionNotFound(new_id));
        }
        let mut copy = self
            .get(id)
            .ok_or_else(|| SessionNotFound(id.into()))?
            .clone();
        copy.id = new_id;
        while let Some(plain) = copy.title.strip_suffix(DUPLICATE_TITLE_SUFFIX) {
            copy.title = plain.to_string();
        }
        copy.date = if crate::model::bounds::is_calendar_date(date) {
            date.to_string()
        } else {
            String::new()
        };
        copy.created_ms = now_ms;
        copy.updated_ms = now_ms;
        copy.revision = 0;
        // The next meeting gets its own agenda and clock, and asks the phones again.
        copy.meeting = None;
        copy.answers = Default::default();
        self.items.push(copy);
        Ok(self.items.last_mut().expect("just pushed"))
    }

    /// Moves a session to the trash (undo with [`Sessions::restore`]).
    pub fn delete(&mut self, id: &str, now_ms: u64) -> Result<(), SessionNotFound> {
        let pos = self.position(id)?;
        let session = self.items.remove(pos);
        self.trash.push(Trashed {
            session,
            deleted_ms: now_ms,
        });
        Ok(())
    }

    /// Brings a session back from the trash.
    pub fn restore(&mut self, id: &str) -> Result<&mut Session, SessionNotFound> {
        let pos = self.trash_position(id)?;
        self.items.push(self.trash.remove(pos).session);
        Ok(self.items.last_mut().expect("just pushed"))
    }

    /// Removes a session from the trash for good and hands it back (last chance to export).
    pub fn purge(&mut self, id: &str) -> Result<Session, SessionNotFound> {
        let pos = self.trash_position(id)?;
        Ok(self.trash.remove(pos).session)
    }

    /// Live sessions, most recently changed first (ties: newest created, then id).
    pub fn newest_first(&self) -> Vec<&Session> {
        let mut list: Vec<&Session> = self.items.iter().collect();
        crate::model::order::sort_by(&mut list, |a, b| {
            summary::newest_first_order(
                (a.updated_ms, a.created_ms, &a.id),
                (b.updated_ms, b.created_ms, &b.id),
            )
        });
        list
    }

    /// Trashed sessions, most recently deleted first.
    pub fn trash_newest_first(&self) -> Vec<&Trashed> {
        let mut list: Vec<&Trashed> = self.trash.iter().collect();
        crate::model::order::sort_by(&mut list, |a, b| {
            b.deleted_ms
                .cmp(&a.deleted_ms)
                .then_with(|| a.session.id.cmp(&b.session.id))
        });
        list
    }

    /// Live sessions whose title, school or date (as `date_text` writes it) contains every
    /// word of `query`, ignoring case and accents, newest first. An empty query lists
    /// everything.
    pub fn search(&self, query: &str, date_text: &dyn Fn(&str) -> String) -> Vec<&Session> {
        self.newest_first()
            .into_iter()
            .filter(|s| summary::found(&s.title, &s.school, &s.date, date_text, query))
            .collect()
    }

    /// Adds imported sessions without ever overwriting: a taken id (or one repeated within
    /// the import) gets `new_id()` and [`IMPORT_TITLE_SUFFIX`]. Returns the ids as added.
    pub fn add_imported(
        &mut self,
        sessions: Vec<Session>,
        mut new_id: impl FnMut() -> String,
    ) -> Vec<String> {
        let mut added = Vec::with_capacity(sessions.len());
        for mut session in sessions {
            if session.id.is_empty() || self.contains_id(&session.id) {
                // A broken generator must not loop forever; give up on uniqueness only
                // after many tries, and then append a counter, which is always unique.
                let mut candidate = new_id();
                let mut tries = 0;
                while candidate.is_empty() || self.contains_id(&candidate) {
                    tries += 1;
                    candidate = if tries < 100 {
                        new_id()
                    } else {
                        format!(
                            "{}-{}",
                            candidate,
                            self.items.len() + self.trash.len() + tries
                        )
                    };
                }
                session.id = candidate;
                session.title = copy_title(&session.title);
                session.revision = 0;
            }
            added.push(session.id.clone());
            self.items.push(session);
        }
        added
    }

    fn position(&self, id: &str) -> Result<usize, SessionNotFound> {
        self.items
            .iter()
            .position(|s| s.id == id)
            .ok_or_else(|| SessionNotFound(id.into()))
    }

    fn trash_position(&self, id: &str) -> Result<usize, SessionNotFound> {
        self.trash
            .iter()
            .position(|t| t.session.id == id)
            .ok_or_else(|| SessionNotFound(id.into()))
    }
}

/// The title of an imported copy: `title` with [`IMPORT_TITLE_SUFFIX`], the title cut so
/// the whole stays within the title's bound (a copy never breaks a bound itself).
pub fn copy_title(title: &str) -> String {
    use crate::model::bounds::{clip, MAX_SHORT_CHARS};
    let room = MAX_SHORT_CHARS - IMPORT_TITLE_SUFFIX.chars().count();
    let mut copy = clip(title.trim_end(), room);
    copy.push_str(IMPORT_TITLE_SUFFIX);
    copy
}

#[cfg(test)]
mod tests;
