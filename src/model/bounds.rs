//! Every bound a session's values keep, in one table, and the two small checks all layers
//! share (`clip` for texts, [`is_calendar_date`] for dates). A leaf: it imports nothing of
//! the model, so every type may use it. The walk over a whole session that checks and
//! repairs these bounds is [`crate::model::session::check`].
//!
//! The bounds are far above what a school has and low enough that the largest session
//! allowed still opens promptly.

use super::Minutes;

/// Most characters in a short text: a title, school, name, organisation, group.
pub const MAX_SHORT_CHARS: usize = 200;
/// Most characters in a long text: notes, a goal, an answer, an action.
pub const MAX_LONG_CHARS: usize = 5_000;
/// Most characters in an id.
pub const MAX_ID_CHARS: usize = 100;
/// Most pupils in a school (the largest Dutch primary schools have about 1,500).
pub const MAX_PUPILS: u32 = 5_000;
/// Most participants in one meeting.
pub const MAX_PARTICIPANTS: usize = 60;
/// Most youth workers in one pyramid.
pub const MAX_WORKERS: usize = 40;
/// Most activities in one scenario.
pub const MAX_ACTIVITIES: usize = 300;
/// Most actions in one plan.
pub const MAX_ACTIONS: usize = 300;
/// Most marks, explanations or priorities (27 rows × 7 roles is 189 marks).
pub const MAX_ANALYSIS_ITEMS: usize = 400;
/// Most ladder entries (the team and each role).
pub const MAX_LADDER_ENTRIES: usize = 16;
/// Most rows one answer may mark (the Raamwerk has 27).
pub const MAX_ANSWER_MARKS: usize = 100;
/// Most sessions in one file or import.
pub const MAX_SESSIONS_PER_FILE: usize = 1_000;
/// Most minutes one activity may take per week (40 hours).
pub const MAX_ACTIVITY_MINUTES: Minutes = Minutes::hours(40);
/// Most minutes one youth worker may have available per week (60 hours).
pub const MAX_WORKER_MINUTES: Minutes = Minutes::hours(60);
/// Most weeks an activity may run (a year and a bit).
pub const MAX_WEEKS: u16 = 53;
/// Most minutes planned for one step of a meeting's agenda.
pub const MAX_STEP_MINUTES: u16 = 240;
/// Most time one step of a meeting can have taken (a day): a clock that jumped, or a
/// damaged stored value, never shows a step longer than this.
pub const MAX_STEP_SPENT_MS: u64 = 24 * 60 * 60 * 1000;

/// What a value must satisfy; says in data what [`crate::i18n`] says in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bound {
    /// At most this many characters.
    MaxChars(usize),
    /// A whole number no larger than this.
    AtMost(u64),
    /// A whole number in this range.
    Between(u64, u64),
    /// At most this many items.
    MaxItems(usize),
    /// At most this many bytes of text (one session in a file).
    MaxBytes(usize),
    /// A real calendar date `YYYY-MM-DD`, or empty.
    CalendarDate,
    /// Not the same id as another item of the list.
    UniqueId,
    /// The id of a youth worker of this pyramid.
    KnownWorker,
    /// Numbers that together make exactly this (the target spread's 100 %).
    SumsTo(u64),
    /// Once in its list (a step of the agenda).
    Once,
    /// A step of the agenda the team did not skip (the step shown now).
    NotSkipped,
    /// An instant no earlier than the meeting's start.
    NotBeforeStart,
}

/// A value outside its bound, with the path of the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// Path of the field, e.g. `pyramid.current[3].weeks`.
    pub path: String,
    /// The value as text (shortened by the caller when shown).
    pub value: String,
    /// What it should have been.
    pub bound: Bound,
}

/// `text` cut to at most `max` characters (on a character boundary).
pub fn clip(text: impl Into<String>, max: usize) -> String {
    let text = text.into();
    match text.char_indices().nth(max) {
        Some((at, _)) => text[..at].to_string(),
        None => text,
    }
}

/// True for a real calendar date `YYYY-MM-DD` (years 1000 to 9999).
pub fn is_calendar_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let number = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1000..=9999).contains(&year) && (1..=days).contains(&day)
}

#[cfg(test)]
mod tests;
