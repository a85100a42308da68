//! The team's marks and explanations on the Raamwerk rows, per role.
//!
//! Rows are referred to by their stable framework id (`ih.communicatie.1`); ids the
//! compiled-in framework does not know are kept (a newer file may have them) but sort last.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::framework::{framework, Theme};
pub use super::framework::{Explanation, Question};
use super::Role;

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
        entry.set(question, text.into());
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
        let rows: BTreeSet<&str> = self.marks.iter().map(|m| m.row.as_str()).collect();
        let mut rows: Vec<&str> = rows.into_iter().collect();
        let f = framework();
        rows.sort_by_key(|r| f.row_order(r));
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

    /// Marked rows the roles see differently, in framework order.
    ///
    /// Each role has a view of a row: success, bottleneck, both, or nothing. The roles
    /// compared are those in `present` plus every role that marked the row. A marked row
    /// is listed when these views are not all the same; `contrary` is set when a role that
    /// sees a success factor and a role that sees a bottleneck hold different views.
    /// Unmarked rows are never listed: nobody raised them.
    pub fn disagreements(&self, present: &[Role]) -> Vec<Disagreement> {
        let present: BTreeSet<Role> = present.iter().copied().collect();
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

#[cfg(test)]
mod tests {
    use super::*;
    use Role::{CareCoordinator as Ib, Teacher, YouthWorker as Jhv};

    const ROW: &str = "ih.communicatie.1";

    #[test]
    fn toggles_add_and_remove_marks() {
        let mut a = Analysis::default();
        assert!(a.toggle_success(ROW, Teacher));
        assert!(a.toggle_bottleneck(ROW, Teacher));
        let m = a.mark(ROW, Teacher).cloned();
        assert_eq!(m.map(|m| (m.success, m.bottleneck)), Some((true, true)));
        assert!(!a.toggle_success(ROW, Teacher));
        assert!(!a.toggle_bottleneck(ROW, Teacher));
        assert_eq!(a, Analysis::default(), "all-false marks are removed");
    }

    #[test]
    fn click_order_does_not_matter() {
        let (mut a, mut b) = (Analysis::default(), Analysis::default());
        a.toggle_success("pd.aanpak.1", Jhv);
        a.toggle_bottleneck(ROW, Teacher);
        b.toggle_bottleneck(ROW, Teacher);
        b.toggle_success("pd.aanpak.1", Jhv);
        assert_eq!(a, b);
        assert_eq!(a.marked_rows(), [ROW, "pd.aanpak.1"]);
    }

    #[test]
    fn explanations_and_priorities() {
        let mut a = Analysis::default();
        a.set_explanation_field(ROW, Question::Where, "in de klas");
        assert_eq!(
            a.explanation(ROW).map(|e| e.get(Question::Where)),
            Some("in de klas")
        );
        let json = serde_json::to_string(&a).unwrap_or_default();
        assert!(json.contains("\"where\":\"in de klas\""), "{json}");
        assert_eq!(
            serde_json::from_str::<Analysis>(&json).ok(),
            Some(a.clone())
        );
        a.set_explanation_field(ROW, Question::Where, "");
        assert!(a.explanations.is_empty());
        assert!(a.toggle_priority(ROW) && a.is_priority(ROW));
        assert!(!a.toggle_priority(ROW) && a.priorities.is_empty());
    }

    #[test]
    fn heat_counts_role_marks() {
        let mut a = Analysis::default();
        a.set_mark(ROW, Teacher, true, true);
        a.set_mark("ih.communicatie.2", Ib, false, true);
        a.set_mark("of.leiderschap.1", Jhv, true, false);
        assert_eq!(a.heat("ih.communicatie"), (1, 2));
        assert_eq!(a.heat("ih.flexibiliteit"), (0, 0));
        assert_eq!(a.heat("nope"), (0, 0));
        assert_eq!(a.perspective_heat("ih"), (1, 2));
        assert_eq!(a.perspective_heat("of"), (1, 0));
        a.clear_role(Teacher);
        assert_eq!(a.heat("ih.communicatie"), (0, 1));
    }

    #[test]
    fn disagreements_follow_the_definition() {
        let mut a = Analysis::default();
        a.set_mark(ROW, Teacher, true, false);
        a.set_mark(ROW, Jhv, false, true);
        a.set_mark("ih.communicatie.2", Teacher, true, true);
        a.set_mark("ih.communicatie.2", Jhv, true, true);
        a.set_mark("of.leiderschap.1", Teacher, true, false);
        a.set_mark("of.leiderschap.1", Jhv, true, true);
        let d = a.disagreements(&[Teacher, Jhv]);
        let rows: Vec<(&str, bool)> = d.iter().map(|d| (d.row.as_str(), d.contrary)).collect();
        assert_eq!(rows, [(ROW, true), ("of.leiderschap.1", true)]);
        assert_eq!(d[0].success, [Teacher]);
        assert_eq!(d[0].bottleneck, [Jhv]);
        let d = a.disagreements(&[Teacher, Jhv, Ib, Ib]);
        assert_eq!(d.len(), 3, "the IB'er marked nothing");
        assert!(d.iter().all(|d| d.unmarked == [Ib]));
        assert!(!d[1].contrary);
        a.clear_row(ROW);
        assert!(a.marks_on(ROW).next().is_none());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn marks_stay_sorted_unique_and_non_empty(ops in prop::collection::vec((0usize..27, 0usize..7, any::<bool>()), 0..60)) {
            let rows: Vec<&str> = framework().rows().map(|(_, _, r)| r.id.as_str()).collect();
            let mut a = Analysis::default();
            for (row, role, success) in ops {
                let (row, role) = (rows[row], Role::ALL[role]);
                if success { a.toggle_success(row, role); } else { a.toggle_bottleneck(row, role); }
            }
            prop_assert!(a.marks.iter().all(|m| m.success || m.bottleneck));
            prop_assert!(a.marks.windows(2).all(|w| (&w[0].row, w[0].role) < (&w[1].row, w[1].role)));
        }
    }
}
