//! Changes to a session's meeting details (title, school, who is here …).

use super::{Participant, Session};
use crate::model::bounds::{
    clip, is_calendar_date, MAX_LONG_CHARS, MAX_PARTICIPANTS, MAX_PUPILS, MAX_SHORT_CHARS,
};
use crate::model::Role;

/// One change to the meeting details of a session, as the start screen makes them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetaEdit {
    /// New title.
    Title(String),
    /// New school name.
    School(String),
    /// New meeting date, ISO `YYYY-MM-DD` or empty.
    Date(String),
    /// New school year, e.g. `2026-2027`.
    SchoolYear(String),
    /// New number of pupils.
    PupilCount(u32),
    /// New free notes.
    Notes(String),
    /// Adds a participant at the end.
    AddParticipant(Participant),
    /// Removes the participant at this position.
    RemoveParticipant(usize),
    /// Changes the role of the participant at this position.
    ParticipantRole(usize, Role),
    /// Changes the name of the participant at this position.
    ParticipantName(usize, String),
    /// Replaces the whole participant list (e.g. after reordering).
    Participants(Vec<Participant>),
}

impl Session {
    /// Applies `edit`; touches the session and returns true only if something changed,
    /// so re-typing the same value does not create a revision (and no needless save).
    pub fn apply(&mut self, edit: MetaEdit, now_ms: u64) -> bool {
        let changed = match edit {
            MetaEdit::Title(v) => replace(&mut self.title, clip(v, MAX_SHORT_CHARS)),
            MetaEdit::School(v) => replace(&mut self.school, clip(v, MAX_SHORT_CHARS)),
            // A date that is no calendar date is refused, never stored half-valid.
            MetaEdit::Date(v) if !v.is_empty() && !is_calendar_date(&v) => false,
            MetaEdit::Date(v) => replace(&mut self.date, v),
            MetaEdit::SchoolYear(v) => replace(&mut self.school_year, clip(v, MAX_SHORT_CHARS)),
            MetaEdit::PupilCount(v) => replace(&mut self.pupil_count, v.min(MAX_PUPILS)),
            MetaEdit::Notes(v) => replace(&mut self.notes, clip(v, MAX_LONG_CHARS)),
            MetaEdit::AddParticipant(_) if self.participants.len() >= MAX_PARTICIPANTS => false,
            MetaEdit::AddParticipant(mut p) => {
                p.name = clip(p.name, MAX_SHORT_CHARS);
                self.participants.push(p);
                true
            }
            MetaEdit::RemoveParticipant(i) => {
                if i < self.participants.len() {
                    self.participants.remove(i);
                    true
                } else {
                    false
                }
            }
            MetaEdit::ParticipantRole(i, role) => match self.participants.get_mut(i) {
                Some(p) => replace(&mut p.role, role),
                None => false,
            },
            MetaEdit::ParticipantName(i, name) => match self.participants.get_mut(i) {
                Some(p) => replace(&mut p.name, clip(name, MAX_SHORT_CHARS)),
                None => false,
            },
            MetaEdit::Participants(mut list) => {
                list.truncate(MAX_PARTICIPANTS);
                for p in &mut list {
                    p.name = clip(std::mem::take(&mut p.name), MAX_SHORT_CHARS);
                }
                replace(&mut self.participants, list)
            }
        };
        if changed {
            self.touch(now_ms);
        }
        changed
    }
}

fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        return false;
    }
    *slot = value;
    true
}

#[cfg(test)]
mod tests;
