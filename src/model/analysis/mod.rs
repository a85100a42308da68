//! The team's marks and explanations on the Raamwerk rows, per role.
//!
//! Rows are referred to by their stable framework id (`ih.communicatie.1`); ids the
//! compiled-in framework does not know are kept (a newer file may have them) but sort last.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::bounds::{clip, MAX_LONG_CHARS};
use super::framework::{framework, Theme};
pub use super::framework::{Explanation, Question};
use super::Role;

#[cfg(test)]
mod tests;

/// A role recognises a row as success factor and/or bottleneck (both may be true).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// Framework row id.
    pub row: String,
    /// Who marked it.
    pub role: Role,
    /// Recognised as success factor.
    #[serde(default)]
    pub success: bool,
    /// Recognised as bottleneck.
    #[serde(default)]
    pub bottleneck: bool,
}

/// A row the roles at the table see differently (see [`Analysis::disagreements`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    /// Framework row id.
    pub row: String,
    /// Roles that mark it as success factor.
    pub success: Vec<Role>,
    /// Roles that mark it as bottleneck.
    pub bottleneck: Vec<Role>,
    /// Present roles that did not mark it at all.
    pub unmarked: Vec<Role>,
    /// One role sees a success factor where another, with a different view, sees a bottleneck.
    pub contrary: bool,
}

/// Everything a session records about the Raamwerk analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Analysis {
    /// Marks, kept sorted by (row, role) with at most one per pair and never all-false,
    /// so equal analyses compare equal whatever the order of clicks.
    pub marks: Vec<Mark>,
    /// Explanations by row id; never all-empty.
    pub explanations: BTreeMap<String, Explanation>,
    /// Rows the team chose to work on.
    pub priorities: BTreeSet<String>,
}

impl Analysis {
    fn position(&self, row: &str, role: Role) -> Result<usize, usize> {
        self.marks
            .binary_search_by(|m| (m.row.as_str(), m.role).cmp(&(row, role)))
    }

    /// Restores the marks' invariant (sorted by row and role, one per pair, never
    /// all-false), keeping the last of two marks for one pair, as a later click would; says
    /// whether anything changed. A file or a merge may hold them in any order.
    pub fn normalise(&mut self) -> bool {
        let before = self.marks.clone();
        // A stable sort keeps the file's order within a pair, so the last one wins below.
        crate::model::order::sort_by(&mut self.marks, |a, b| {
            (a.row.as_str(), a.role).cmp(&(b.row.as_str(), b.role))
        });
        let mut kept: Vec<Mark> = Vec::with_capacity(self.marks.len());
        for m in self.marks.drain(..) {
            match kept.last_mut() {
                Some(last) if last.row == m.row && last.role == m.role => *last = m,
                _ => kept.push(m),
            }
        }
        kept.retain(|m| m.success || m.bottleneck);
        self.marks = kept;
        self.marks != before
    }

    /// The mark of one role on one row.
    pub fn mark(&self, row: &str, role: Role) -> Option<&Mark> {
        self.position(row, role)
            .ok()
            .and_then(|i| self.marks.get(i))
    }

    /// All marks on one row.
    pub fn marks_on<'a>(&'a self, row: &'a str) -> impl Iterator<Item = &'a Mark> + 'a {
        self.marks.iter().filter(move |m| m.row == row)
    }

    /// Sets a role's mark on a row; both false removes it.
    pub fn set_mark(&mut self, row: &str, role: Role, success: bool, bottleneck: bool) {
        match self.position(row, role) {
            Ok(i) if !success && !bottleneck => {
                self.marks.remove(i);
            }
            Ok(i) => {
                if let Some(m) = self.marks.get_mut(i) {
                    m.success = success;
                    m.bottleneck = bottleneck;
                }
            }
            Err(_) if !success && !bottleneck => {}
            Err(i) => self.marks.insert(
                i,
                Mark {
                    row: row.to_string(),
                    role,
                    success,
                    bottleneck,
                },
            ),
        }
    }

    /// Flips a role's success mark on a row; returns the new state.
    pub fn toggle_success(&mut self, row: &str, role: Role) -> bool {
        let (s, b) = self.sides(row, role);
        self.set_mark(row, role, !s, b);
        !s
    }

    /// Flips a role's bottleneck mark on a row; returns the new state.
    pub fn toggle_bottleneck(&mut self, row: &str, role: Role) -> bool {
        let (s, b) = self.sides(row, role);
        self.set_mark(row, role, s, !b);
        !b
    }

    fn sides(&self, row: &str, role: Role) -> (bool, bool) {
        self.mark(row, role)
            .map_or((false, false), |m| (m.success, m.bottleneck))
    }

    /// Removes every mark of one role (e.g. when that role leaves the session).
    pub fn clear_role(&mut self, role: Role) {
        self.marks.retain(|m| m.role != role);
    }

    /// Removes the marks, explanation and priority of one row.
    pub fn clear_row(&mut self, row: &str) {
        self.marks.retain(|m| m.row != row);
        self.explanations.remove(row);
        self.priorities.remove(row);
    }

    /// The explanation of a row, if any question is answered.
    pub fn explanation(&self, row: &str) -> Option<&Explanation> {
        self.explanations.get(row)
    }

    /// Answers one question about a row; an explanation left with only empty answers goes.
    pub fn set_explanation_field(
        &mut self,
        row: &str,
        question: Question,
        text: impl Into<String>,
    ) {
        let entry = self.explanations.entry(row.to_string()).or_default();
        entry.set(question, clip(text, MAX_LONG_CHARS));
        if Question::ALL.iter().all(|q| entry.get(*q).is_empty()) {
            self.explanations.remove(row);
        }
    }

    /// Adds or removes a row from the priorities; returns whether it is now a priority.
    pub fn toggle_priority(&mut self, row: &str) -> bool {
        if self.priorities.remove(row) {
            false
        } else {
            self.priorities.insert(row.to_string())
        }
    }

    /// Whether a row is a priority.
    pub fn is_priority(&self, row: &str) -> bool {
        self.priorities.contains(row)
    }

    /// Rows marked by anyone, in framework order (unknown ids last, by id).
    pub fn marked_rows(&self) -> Vec<&str> {
        let mut rows =
            crate::model::order::sorted_unique(self.marks.iter().map(|m| m.row.as_str()));
        let f = framework();
        crate::model::order::sort_by_key(&mut rows, |r| f.row_order(r));
        rows
    }

    /// How many role-marks a theme's rows got: (success, bottleneck). Unknown theme: (0, 0).
    pub fn heat(&self, theme_id: &str) -> (usize, usize) {
        framework()
            .theme(theme_id)
            .map_or((0, 0), |(_, t)| self.heat_of(t))
    }

    /// Like [`Analysis::heat`], summed over a perspective's themes.
    pub fn perspective_heat(&self, perspective_id: &str) -> (usize, usize) {
        framework().perspective(perspective_id).map_or((0, 0), |p| {
            p.themes
                .iter()
                .map(|t| self.heat_of(t))
                .fold((0, 0), |a, h| (a.0 + h.0, a.1 + h.1))
        })
    }

    fn heat_of(&self, theme: &Theme) -> (usize, usize) {
        let in_theme = |m: &&Mark| theme.rows.iter().any(|r| r.id == m.row);
        let marks = self.marks.iter().filter(in_theme);
        marks.fold((0, 0), |(s, b), m| {
            (s + usize::from(m.success), b + usize::from(m.bottleneck))
        })
    }

    /// How many roles other than `except` mark a row as (success, bottleneck).
    pub fn other_marks(&self, row: &str, except: Option<Role>) -> (usize, usize) {
        self.marks_on(row)
            .filter(|m| Some(m.role) != except)
            .fold((0, 0), |(s, b), m| {
                (s + usize::from(m.success), b + usize::from(m.bottleneck))
            })
    }

    /// The roles marking a row as success factor and as bottleneck, in role order.
    pub fn roles_on(&self, row: &str) -> (Vec<Role>, Vec<Role>) {
        let pick = |side: fn(&Mark) -> bool| {
            self.marks_on(row)
                .filter(|m| side(m))
                .map(|m| m.role)
                .collect()
        };
        (pick(|m| m.success), pick(|m| m.bottleneck))
    }

    /// Marked rows the roles see differently, in framework order.
    ///
    /// Each role has a view of a row: success, bottleneck, both, or nothing. The roles
    /// compared are those in `present` plus every role that marked the row. A marked row
    /// is listed when these views are not all the same; `contrary` is set when a role that
    /// sees a success factor and a role that sees a bottleneck hold different views.
    /// Unmarked rows are never listed: nobody raised them.
    pub fn disagreements(&self, present: &[Role]) -> Vec<Disagreement> {
        let present = crate::model::order::sorted_unique(present.iter().copied());
        let mut out = Vec::new();
        for row in self.marked_rows() {
            let marks: Vec<&Mark> = self.marks_on(row).collect();
            let unmarked: Vec<Role> = present
                .iter()
                .copied()
                .filter(|r| marks.iter().all(|m| m.role != *r))
                .collect();
            let view = |m: &Mark| (m.success, m.bottleneck);
            let contrary = marks
                .iter()
                .any(|a| a.success && marks.iter().any(|b| b.bottleneck && view(a) != view(b)));
            let first = marks.first().map(|m| view(m));
            let mixed = marks.iter().any(|m| Some(view(m)) != first);
            if unmarked.is_empty() && !mixed {
                continue;
            }
            let roles = |pick: fn(&Mark) -> bool| {
                marks.iter().filter(|m| pick(m)).map(|m| m.role).collect()
            };
            out.push(Disagreement {
                row: row.to_string(),
                success: roles(|m| m.success),
                bottleneck: roles(|m| m.bottleneck),
                unmarked,
                contrary,
            });
        }
        out
    }
}

/// Colour step 0–4 of a heat-map cell: 0 is none, each further step one more role-mark up to
/// 4 ("four or more"), so a handful of people at a table already spans the whole scale.
pub fn heat_level(count: usize) -> u8 {
    u8::try_from(count.min(4)).unwrap_or(4)
}
