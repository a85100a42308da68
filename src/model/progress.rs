//! Progress over a school year: a series of meetings (sessions) side by side. How the spread
//! of the hours moved, where the team stood on the ladder, which bottlenecks came, stayed
//! or went, and what happened to the actions. Pure: the screen, the print and the CSV all
//! read this.

use std::collections::BTreeSet;

use super::action::ActionStatus;
use super::framework::framework;
use super::ladder::Rung;
use super::pyramid::{Scenario, Tier};
use super::session::search::fold;
use super::Minutes;
use super::{Role, Session};

/// One meeting's spread of the hours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Spread {
    /// Minutes per week per level, in [`Tier::ALL`] order.
    pub minutes: [Minutes; 3],
    /// Shares in whole percent (the pyramid's one rounding; all 0 when nothing allocated).
    pub percents: [u32; 3],
    /// Minutes available per week.
    pub available: Minutes,
    /// Minutes given to activities per week.
    pub allocated: Minutes,
}

/// One meeting of the series.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Point {
    /// The session's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its meeting date, when it has one.
    pub date: Option<String>,
    /// The spread now.
    pub current: Spread,
    /// The spread the team wanted.
    pub planned: Spread,
    /// The target in percent.
    pub target: [u8; 3],
    /// The team's ladder place: now and wanted.
    pub ladder: (Option<Rung>, Option<Rung>),
    /// Each role's ladder place that was set.
    pub ladder_roles: Vec<(Role, Option<Rung>, Option<Rung>)>,
    /// Per theme (source order): rows marked as success factor, as bottleneck.
    pub themes: Vec<(String, usize, usize)>,
    /// Rows some role marked as a bottleneck.
    pub bottlenecks: BTreeSet<String>,
    /// The action ids of the plan.
    pub actions: BTreeSet<String>,
    /// How many actions were done.
    pub done: usize,
    /// How many were overdue on the meeting's date (or `today` without a date).
    pub overdue: usize,
}

/// What happened to a bottleneck over the series.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Course {
    /// Marked at the last meeting, not at the first.
    Appeared,
    /// Marked at the first and at the last meeting.
    Persisted,
    /// Marked at some meeting, no longer at the last.
    Disappeared,
}

/// The series: meetings in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Series {
    /// The meetings, ordered by date (sessions without one by creation, after the dated).
    pub points: Vec<Point>,
    /// Some meetings have no date and were ordered by when they were made.
    pub undated: bool,
}

/// The sessions of `school` (case and accents ignored): the default series.
pub fn of_school<'a>(sessions: &'a [Session], school: &str) -> Vec<&'a Session> {
    let want = fold(school.trim());
    sessions
        .iter()
        .filter(|s| fold(s.school.trim()) == want)
        .collect()
}

fn spread(s: &Session, scenario: Scenario) -> Spread {
    let sum = s.pyramid_summary(scenario);
    Spread {
        minutes: sum.tiers.map(|t| t.minutes),
        percents: sum.percents(),
        available: sum.available,
        allocated: sum.allocated,
    }
}

/// The order of a series: dated meetings by date, then undated ones by creation.
fn order_key(s: &Session) -> (bool, String, u64, String) {
    let dated = super::bounds::is_calendar_date(&s.date);
    (
        !dated,
        if dated { s.date.clone() } else { String::new() },
        s.created_ms,
        s.id.clone(),
    )
}

/// The series of `sessions` (any order in, ordered out); `today` (ISO) decides what is
/// overdue for meetings without a date.
pub fn series(sessions: &[&Session], today: &str) -> Series {
    let mut list: Vec<&Session> = sessions.to_vec();
    crate::model::order::sort_by_key(&mut list, |s| order_key(s));
    let undated = list
        .iter()
        .any(|s| !super::bounds::is_calendar_date(&s.date));
    let f = framework();
    let points = list
        .into_iter()
        .map(|s| {
            let on = if super::bounds::is_calendar_date(&s.date) {
                s.date.as_str()
            } else {
                today
            };
            let team = s.ladder.overall();
            Point {
                id: s.id.clone(),
                title: s.title.clone(),
                date: super::bounds::is_calendar_date(&s.date).then(|| s.date.clone()),
                current: spread(s, Scenario::Current),
                planned: spread(s, Scenario::Planned),
                target: s.pyramid.target().percents(),
                ladder: (team.now, team.wanted),
                ladder_roles: s
                    .ladder
                    .role_entries()
                    .filter_map(|e| e.role.map(|r| (r, e.now, e.wanted)))
                    .collect(),
                // The board's marks and the phones' answers together, as every screen counts.
                themes: f
                    .themes()
                    .map(|(_, t)| {
                        let (succ, bott) = s.recognition().heat(&t.id);
                        (t.id.clone(), succ, bott)
                    })
                    .collect(),
                bottlenecks: s
                    .recognition()
                    .bottleneck_rows()
                    .into_iter()
                    .map(str::to_string)
                    .collect(),
                actions: s.actions.iter().map(|a| a.id.clone()).collect(),
                done: s
                    .actions
                    .iter()
                    .filter(|a| a.status == ActionStatus::Done)
                    .count(),
                overdue: s.actions.iter().filter(|a| a.is_overdue(on)).count(),
            }
        })
        .collect();
    Series { points, undated }
}

impl Series {
    /// Actions added at each meeting: ids not in the meeting before (all at the first).
    pub fn added(&self) -> Vec<usize> {
        self.with_before(
            |p| p.actions.len(),
            |before, p| p.actions.difference(&before.actions).count(),
        )
    }

    /// Actions carried over into each meeting from the one before.
    pub fn carried(&self) -> Vec<usize> {
        self.with_before(
            |_| 0,
            |before, p| p.actions.intersection(&before.actions).count(),
        )
    }

    /// One figure per meeting: `first` for the first, `next(before, meeting)` for the rest.
    fn with_before(
        &self,
        first: impl Fn(&Point) -> usize,
        next: impl Fn(&Point, &Point) -> usize,
    ) -> Vec<usize> {
        self.points
            .first()
            .map(first)
            .into_iter()
            .chain(self.points.windows(2).map(|w| next(&w[0], &w[1])))
            .collect()
    }

    /// What happened to each bottleneck marked somewhere in the series, in source order.
    pub fn bottlenecks(&self) -> Vec<(String, Course)> {
        let (Some(first), Some(last)) = (self.points.first(), self.points.last()) else {
            return Vec::new();
        };
        let all =
            crate::model::order::sorted_unique(self.points.iter().flat_map(|p| &p.bottlenecks));
        let f = framework();
        let mut out: Vec<(String, Course)> = all
            .into_iter()
            .map(|row| {
                let course = match (
                    first.bottlenecks.contains(row),
                    last.bottlenecks.contains(row),
                ) {
                    (_, false) => Course::Disappeared,
                    (true, true) => Course::Persisted,
                    (false, true) => Course::Appeared,
                };
                (row.clone(), course)
            })
            .collect();
        crate::model::order::sort_by_key(&mut out, |(row, _)| f.row_order(row));
        out
    }
}

/// How two meetings differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    /// Minutes per week now per level: later minus earlier, in [`Tier::ALL`] order.
    pub minutes: [i64; 3],
    /// Shares now per level in whole percent: earlier, later.
    pub shares: ([u32; 3], [u32; 3]),
    /// Available minutes: later minus earlier.
    pub available: i64,
    /// Per theme: (theme id, success change, bottleneck change), only themes that changed.
    pub themes: Vec<(String, i64, i64)>,
    /// The team's ladder place now: earlier, later.
    pub ladder: (Option<Rung>, Option<Rung>),
    /// Actions added between them, and how many of the earlier ones are done at the later.
    pub actions_added: usize,
    /// Earlier actions done by the later meeting.
    pub actions_done: usize,
}

/// The difference from meeting `a` to meeting `b`.
pub fn difference(a: &Point, b: &Point) -> Difference {
    let minutes = Tier::ALL.map(|t| {
        i64::from(b.current.minutes[t.index()].0) - i64::from(a.current.minutes[t.index()].0)
    });
    let themes = a
        .themes
        .iter()
        .zip(&b.themes)
        .filter_map(|((id, s0, b0), (_, s1, b1))| {
            let (ds, db) = (*s1 as i64 - *s0 as i64, *b1 as i64 - *b0 as i64);
            (ds != 0 || db != 0).then(|| (id.clone(), ds, db))
        })
        .collect();
    Difference {
        minutes,
        shares: (a.current.percents, b.current.percents),
        available: i64::from(b.current.available.0) - i64::from(a.current.available.0),
        themes,
        ladder: (a.ladder.0, b.ladder.0),
        actions_added: b.actions.difference(&a.actions).count(),
        actions_done: b.done.saturating_sub(a.done),
    }
}

#[cfg(test)]
mod tests;
