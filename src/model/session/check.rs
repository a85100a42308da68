//! The walk over a whole session that checks every value against [`crate::model::bounds`]
//! (for every way into a session: export files, share links, stored sessions and
//! migrations; the codec calls [`check_session`]) and repairs what an earlier version of
//! the app could have stored outside them.

use std::collections::HashSet;

use crate::model::action::{Action, ActionOrigin};
use crate::model::answers::{Answers, ANSWER_IDS, MAX_ANSWERS, ROUND_TAGS};
use crate::model::bounds::*;
use crate::model::framework::Question;
use crate::model::pyramid::{Pyramid, Scenario};
use crate::model::Session;

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
    for (i, row) in a.priorities.iter().enumerate() {
        c.chars(format!("analysis.priorities[{i}]"), row, MAX_ID_CHARS);
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
    check_answers(&mut c, &s.answers);
    c.items("ladder.entries", s.ladder.entries.len(), MAX_LADDER_ENTRIES);
    c.chars("ladder.note", &s.ladder.note, MAX_LONG_CHARS);
    check_actions(&mut c, &s.actions);
    if let Some(m) = &s.meeting {
        let before = m.actions_before();
        c.items("meeting.actions_before", before.len(), MAX_ACTIONS);
        for (i, id) in before.iter().enumerate() {
            c.chars(format!("meeting.actions_before[{i}]"), id, MAX_ID_CHARS);
        }
    }
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

fn check_answers(c: &mut Checker, a: &Answers) {
    if let Some(round) = &a.round {
        c.at_most(
            "answers.round.tag",
            u64::from(round.tag),
            u64::from(ROUND_TAGS - 1),
        );
    }
    c.items("answers.items", a.items.len(), MAX_ANSWERS);
    c.unique("answers.items", a.items.iter().map(|x| x.id));
    for (i, answer) in a.items.iter().enumerate() {
        let at = format!("answers.items[{i}]");
        c.at_most(
            format!("{at}.id"),
            u64::from(answer.id),
            u64::from(ANSWER_IDS - 1),
        );
        c.items(format!("{at}.marks"), answer.marks.len(), MAX_ANSWER_MARKS);
        for (k, m) in answer.marks.iter().enumerate() {
            c.chars(format!("{at}.marks[{k}].row"), &m.row, MAX_ID_CHARS);
        }
    }
}

fn check_actions(c: &mut Checker, actions: &[Action]) {
    c.items("actions", actions.len(), MAX_ACTIONS);
    c.unique("actions", actions.iter().map(|a| a.id.as_str()));
    for (i, a) in actions.iter().enumerate() {
        c.chars(format!("actions[{i}].id"), &a.id, MAX_ID_CHARS);
        c.chars(format!("actions[{i}].what"), &a.what, MAX_LONG_CHARS);
        if let ActionOrigin::Bottleneck(row) = &a.origin {
            c.chars(format!("actions[{i}].origin.Bottleneck"), row, MAX_ID_CHARS);
        }
        c.date(format!("actions[{i}].due"), &a.due);
    }
}

#[cfg(test)]
mod tests;
