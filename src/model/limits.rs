//! The one set of bounds for every way into a session: the screens (model methods clip or
//! refuse), export files, share links, stored sessions and migrations (the codec checks
//! [`check_session`]). Far above what a school has, low enough that the largest session
//! allowed still opens promptly.

use std::collections::HashSet;

use super::action::Action;
use super::framework::Question;
use super::pyramid::{Pyramid, Scenario, MAX_ACTIVITY_MINUTES, MAX_WEEKS, MAX_WORKER_MINUTES};
use super::Session;

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
/// Most sessions in one file or import.
pub const MAX_SESSIONS_PER_FILE: usize = 1_000;

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
    /// A real calendar date `YYYY-MM-DD`, or empty.
    CalendarDate,
    /// Not the same id as another item of the list.
    UniqueId,
    /// The id of a youth worker of this pyramid.
    KnownWorker,
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

struct Checker {
    found: Vec<Violation>,
}

impl Checker {
    fn fail(&mut self, path: impl Into<String>, value: impl ToString, bound: Bound) {
        // A thousand is plenty to tell what is wrong; a hostile file may hold millions.
        if self.found.len() < 1_000 {
            self.found.push(Violation {
                path: path.into(),
                value: value.to_string(),
                bound,
            });
        }
    }

    fn chars(&mut self, path: impl Into<String>, text: &str, max: usize) {
        // Counting stops at max + 1, so a huge text costs no more than a small one.
        if text.chars().nth(max).is_some() {
            self.fail(path, clip(text, 40), Bound::MaxChars(max));
        }
    }

    fn at_most(&mut self, path: impl Into<String>, value: u64, max: u64) {
        if value > max {
            self.fail(path, value, Bound::AtMost(max));
        }
    }

    fn items(&mut self, path: impl Into<String>, len: usize, max: usize) {
        if len > max {
            self.fail(path, len, Bound::MaxItems(max));
        }
    }

    fn date(&mut self, path: impl Into<String>, text: &str) {
        if !text.is_empty() && !is_calendar_date(text) {
            self.fail(path, clip(text, 40), Bound::CalendarDate);
        }
    }

    fn unique<T: std::hash::Hash + Eq + ToString>(
        &mut self,
        path: &str,
        ids: impl Iterator<Item = T>,
    ) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let text = id.to_string();
            if !seen.insert(id) {
                self.fail(format!("{path}[{i}].id"), text, Bound::UniqueId);
            }
        }
    }
}

/// The first value of `session` outside its bound, if any.
pub fn check_session(s: &Session) -> Result<(), Violation> {
    match violations(s).into_iter().next() {
        Some(v) => Err(v),
        None => Ok(()),
    }
}

/// Repairs what earlier versions of the app could have stored outside today's bounds
/// (texts too long, numbers too high, dates that are no calendar date, references to
/// youth workers that are gone) and returns what was wrong; what cannot be repaired
/// without guessing (repeated ids, too many items) is left for [`check_session`] to refuse.
pub fn repair(s: &mut Session) -> Vec<Violation> {
    let found = violations(s);
    if found.is_empty() {
        return found;
    }
    for text in [&mut s.title, &mut s.school, &mut s.school_year] {
        *text = clip(std::mem::take(text), MAX_SHORT_CHARS);
    }
    s.notes = clip(std::mem::take(&mut s.notes), MAX_LONG_CHARS);
    if !s.date.is_empty() && !is_calendar_date(&s.date) {
        s.date.clear();
    }
    s.pupil_count = s.pupil_count.min(MAX_PUPILS);
    for p in &mut s.participants {
        p.name = clip(std::mem::take(&mut p.name), MAX_SHORT_CHARS);
    }
    s.pyramid.repair();
    for e in s.analysis.explanations.values_mut() {
        for q in Question::ALL {
            let answer = clip(e.get(q), MAX_LONG_CHARS);
            e.set(q, answer);
        }
    }
    s.ladder.note = clip(std::mem::take(&mut s.ladder.note), MAX_LONG_CHARS);
    for a in &mut s.actions {
        a.what = clip(std::mem::take(&mut a.what), MAX_LONG_CHARS);
        if !a.due.is_empty() && !is_calendar_date(&a.due) {
            a.due.clear();
        }
    }
    found
}

/// Every value of `session` outside its bound (at most a thousand).
pub fn violations(s: &Session) -> Vec<Violation> {
    let mut c = Checker { found: Vec::new() };
    c.chars("id", &s.id, MAX_ID_CHARS);
    c.chars("title", &s.title, MAX_SHORT_CHARS);
    c.chars("school", &s.school, MAX_SHORT_CHARS);
    c.chars("school_year", &s.school_year, MAX_SHORT_CHARS);
    c.date("date", &s.date);
    c.at_most(
        "pupil_count",
        u64::from(s.pupil_count),
        u64::from(MAX_PUPILS),
    );
    c.chars("notes", &s.notes, MAX_LONG_CHARS);
    c.items("participants", s.participants.len(), MAX_PARTICIPANTS);
    for (i, p) in s.participants.iter().enumerate() {
        c.chars(format!("participants[{i}].name"), &p.name, MAX_SHORT_CHARS);
    }
    check_pyramid(&mut c, &s.pyramid);
    let a = &s.analysis;
    c.items("analysis.marks", a.marks.len(), MAX_ANALYSIS_ITEMS);
    c.items(
        "analysis.explanations",
        a.explanations.len(),
        MAX_ANALYSIS_ITEMS,
    );
    c.items(
        "analysis.priorities",
        a.priorities.len(),
        MAX_ANALYSIS_ITEMS,
    );
    for (i, m) in a.marks.iter().enumerate() {
        c.chars(format!("analysis.marks[{i}].row"), &m.row, MAX_ID_CHARS);
    }
    for (row, e) in &a.explanations {
        c.chars(format!("analysis.explanations.{row}"), row, MAX_ID_CHARS);
        for q in Question::ALL {
            c.chars(
                format!("analysis.explanations.{row}.{}", q.key()),
                e.get(q),
                MAX_LONG_CHARS,
            );
        }
    }
    c.items("ladder.entries", s.ladder.entries.len(), MAX_LADDER_ENTRIES);
    c.chars("ladder.note", &s.ladder.note, MAX_LONG_CHARS);
    check_actions(&mut c, &s.actions);
    c.found
}

fn check_pyramid(c: &mut Checker, p: &Pyramid) {
    let workers = p.workers();
    c.items("pyramid.workers", workers.len(), MAX_WORKERS);
    c.unique("pyramid.workers", workers.iter().map(|w| w.id));
    for (i, w) in workers.iter().enumerate() {
        let at = format!("pyramid.workers[{i}]");
        c.chars(format!("{at}.name"), &w.name, MAX_SHORT_CHARS);
        c.chars(
            format!("{at}.organisation"),
            &w.organisation,
            MAX_SHORT_CHARS,
        );
        c.at_most(
            format!("{at}.weekly_minutes"),
            u64::from(w.weekly_minutes.0),
            u64::from(MAX_WORKER_MINUTES.0),
        );
    }
    for scenario in Scenario::ALL {
        let name = match scenario {
            Scenario::Current => "pyramid.current",
            Scenario::Planned => "pyramid.planned",
        };
        let list = p.activities(scenario);
        c.items(name, list.len(), MAX_ACTIVITIES);
        c.unique(name, list.iter().map(|a| a.id));
        for (i, a) in list.iter().enumerate() {
            let at = format!("{name}[{i}]");
            c.chars(format!("{at}.title"), &a.title, MAX_SHORT_CHARS);
            c.chars(format!("{at}.group"), &a.group, MAX_SHORT_CHARS);
            c.chars(format!("{at}.goal"), &a.goal, MAX_LONG_CHARS);
            c.chars(
                format!("{at}.evaluation.note"),
                &a.evaluation.note,
                MAX_LONG_CHARS,
            );
            c.at_most(
                format!("{at}.weekly_minutes"),
                u64::from(a.weekly_minutes.0),
                u64::from(MAX_ACTIVITY_MINUTES.0),
            );
            c.at_most(
                format!("{at}.weeks"),
                u64::from(a.weeks),
                u64::from(MAX_WEEKS),
            );
            c.at_most(
                format!("{at}.pupils_reached"),
                u64::from(a.pupils_reached),
                u64::from(MAX_PUPILS),
            );
            c.date(format!("{at}.start"), &a.start);
            if let Some(score) = a.evaluation.score {
                if !(1..=5).contains(&score) {
                    c.fail(
                        format!("{at}.evaluation.score"),
                        score,
                        Bound::Between(1, 5),
                    );
                }
            }
            c.items(format!("{at}.workers"), a.workers.len(), MAX_WORKERS);
            for (k, w) in a.workers.iter().enumerate() {
                if p.worker(*w).is_none() {
                    c.fail(format!("{at}.workers[{k}]"), w, Bound::KnownWorker);
                }
            }
            c.unique(&format!("{at}.workers"), a.workers.iter());
            c.items(format!("{at}.others"), a.others.len(), 7);
        }
    }
}

fn check_actions(c: &mut Checker, actions: &[Action]) {
    c.items("actions", actions.len(), MAX_ACTIONS);
    c.unique("actions", actions.iter().map(|a| a.id.as_str()));
    for (i, a) in actions.iter().enumerate() {
        c.chars(format!("actions[{i}].id"), &a.id, MAX_ID_CHARS);
        c.chars(format!("actions[{i}].what"), &a.what, MAX_LONG_CHARS);
        c.date(format!("actions[{i}].due"), &a.due);
    }
}

#[cfg(test)]
mod tests;
