//! Who recognises what: the board's own marks and the phones' answers counted together,
//! and named only where nobody stands alone.
//!
//! A mark made at the board is made in the open, for a role ("Wie markeert nu?"), so it is
//! named by that role. An answer from a phone is anonymous: its role is named only when at
//! least two answers share that role; the answers of roles that stand alone, and those
//! without a role, count together as "the other roles" ([`Voice::OtherRoles`]). Counts for
//! the whole team (the heat map, a row's totals) never name anyone.

use super::Answer;
use crate::model::analysis::{Analysis, Mark};
use crate::model::framework::{framework, Theme};
use crate::model::order::sorted_unique;
use crate::model::Role;

/// Who holds a view, as the board may name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Voice {
    /// A role: the board's marks for it, and its answers when at least two answers share it.
    Role(Role),
    /// Answers whose role stands alone, and answers without a role, counted together.
    OtherRoles,
}

/// How many of one voice recognise a row, on each side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    /// Whose view.
    pub voice: Voice,
    /// How many see a success factor.
    pub success: usize,
    /// How many see a bottleneck.
    pub bottleneck: usize,
}

/// A row the team sees differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    /// Framework row id.
    pub row: String,
    /// The voices that see a success factor, with how many of them do.
    pub success: Vec<(Voice, usize)>,
    /// The voices that see a bottleneck, with how many of them do.
    pub bottleneck: Vec<(Voice, usize)>,
    /// Present roles that did not mark it at the board (only while no phone answered).
    pub unmarked: Vec<Role>,
    /// One sees a success factor where another, with a different view, sees a bottleneck.
    pub contrary: bool,
}

/// The board's marks and the answers of one session, read together.
#[derive(Clone, Debug)]
pub struct Recognition<'a> {
    analysis: &'a Analysis,
    answers: &'a [Answer],
    /// Roles that at least two answers share: the only answer roles ever named.
    named: Vec<Role>,
}

/// One holder of a view of a row: a board mark or an answer.
struct Holder {
    voice: Voice,
    success: bool,
    bottleneck: bool,
}

impl<'a> Recognition<'a> {
    /// The board's `analysis` and the phones' `answers` together.
    pub fn new(analysis: &'a Analysis, answers: &'a [Answer]) -> Recognition<'a> {
        let named = Role::ALL
            .into_iter()
            .filter(|r| answers.iter().filter(|a| a.role == Some(*r)).count() >= 2)
            .collect();
        Recognition {
            analysis,
            answers,
            named,
        }
    }

    /// How many answers came from phones.
    pub fn answer_count(&self) -> usize {
        self.answers.len()
    }

    /// The voice an answer counts under.
    pub fn voice_of(&self, answer: &Answer) -> Voice {
        match answer.role {
            Some(r) if self.named.contains(&r) => Voice::Role(r),
            _ => Voice::OtherRoles,
        }
    }

    /// Everyone who marked `row`, board marks first.
    fn holders(&self, row: &str) -> Vec<Holder> {
        let board = self.analysis.marks_on(row).map(|m: &Mark| Holder {
            voice: Voice::Role(m.role),
            success: m.success,
            bottleneck: m.bottleneck,
        });
        let phones = self.answers.iter().filter_map(|a| {
            let (success, bottleneck) = a.sides(row);
            (success || bottleneck).then(|| Holder {
                voice: self.voice_of(a),
                success,
                bottleneck,
            })
        });
        board.chain(phones).collect()
    }

    /// How many recognise `row` as success factor and as bottleneck, board and phones.
    pub fn counts(&self, row: &str) -> (usize, usize) {
        self.holders(row).iter().fold((0, 0), |(s, b), h| {
            (s + usize::from(h.success), b + usize::from(h.bottleneck))
        })
    }

    /// Like [`Recognition::counts`], leaving out the board's mark of role `except` (the
    /// role marking now sees its own mark on the buttons).
    pub fn other_marks(&self, row: &str, except: Option<Role>) -> (usize, usize) {
        let (s, b) = self.counts(row);
        match except.and_then(|r| self.analysis.mark(row, r)) {
            Some(own) => (
                s - usize::from(own.success),
                b - usize::from(own.bottleneck),
            ),
            None => (s, b),
        }
    }

    /// Whether anyone, at the board or on a phone, marked `row` (either side).
    pub fn is_marked(&self, row: &str) -> bool {
        self.counts(row) != (0, 0)
    }

    /// Rows anyone marked, in framework order (unknown ids last, by id).
    pub fn marked_rows(&self) -> Vec<&'a str> {
        let board = self.analysis.marks.iter().map(|m| m.row.as_str());
        let phones = self
            .answers
            .iter()
            .flat_map(|a| a.marks.iter().map(|m| m.row.as_str()));
        let mut rows = sorted_unique(board.chain(phones));
        let f = framework();
        crate::model::order::sort_by_key(&mut rows, |r| f.row_order(r));
        rows
    }

    /// Rows anyone recognised as a bottleneck, in framework order.
    pub fn bottleneck_rows(&self) -> Vec<&'a str> {
        self.marked_rows()
            .into_iter()
            .filter(|r| self.counts(r).1 > 0)
            .collect()
    }

    /// Marks on a theme's rows: (success, bottleneck). Unknown theme: (0, 0).
    pub fn heat(&self, theme_id: &str) -> (usize, usize) {
        framework()
            .theme(theme_id)
            .map_or((0, 0), |(_, t)| self.heat_of(t))
    }

    /// Like [`Recognition::heat`], summed over a perspective's themes.
    pub fn perspective_heat(&self, perspective_id: &str) -> (usize, usize) {
        framework().perspective(perspective_id).map_or((0, 0), |p| {
            p.themes
                .iter()
                .map(|t| self.heat_of(t))
                .fold((0, 0), |a, h| (a.0 + h.0, a.1 + h.1))
        })
    }

    fn heat_of(&self, theme: &Theme) -> (usize, usize) {
        theme
            .rows
            .iter()
            .map(|r| self.counts(&r.id))
            .fold((0, 0), |a, h| (a.0 + h.0, a.1 + h.1))
    }

    /// Per voice, how many recognise `row` on each side: named roles in role order, then
    /// the other roles; only voices that marked it.
    pub fn views(&self, row: &str) -> Vec<View> {
        let mut out: Vec<View> = Vec::new();
        for h in self.holders(row) {
            match out.iter_mut().find(|v| v.voice == h.voice) {
                Some(v) => {
                    v.success += usize::from(h.success);
                    v.bottleneck += usize::from(h.bottleneck);
                }
                None => out.push(View {
                    voice: h.voice,
                    success: usize::from(h.success),
                    bottleneck: usize::from(h.bottleneck),
                }),
            }
        }
        crate::model::order::sort_by_key(&mut out, |v| v.voice);
        out
    }

    /// Marked rows the team sees differently, in framework order.
    ///
    /// A row is listed when those who marked it hold different views (success factor,
    /// bottleneck, or both), or, while no phone has answered, when a present role did not
    /// mark it at the board. `contrary` is set when one sees a success factor and another,
    /// with a different view, a bottleneck. Unmarked rows are never listed: nobody raised
    /// them.
    pub fn disagreements(&self, present: &[Role]) -> Vec<Disagreement> {
        let present = sorted_unique(present.iter().copied());
        let mut out = Vec::new();
        for row in self.marked_rows() {
            let holders = self.holders(row);
            let unmarked: Vec<Role> = if self.answers.is_empty() {
                present
                    .iter()
                    .copied()
                    .filter(|r| self.analysis.mark(row, *r).is_none())
                    .collect()
            } else {
                Vec::new()
            };
            let view = |h: &Holder| (h.success, h.bottleneck);
            let contrary = holders
                .iter()
                .any(|a| a.success && holders.iter().any(|b| b.bottleneck && view(a) != view(b)));
            let first = holders.first().map(view);
            let mixed = holders.iter().any(|h| Some(view(h)) != first);
            if unmarked.is_empty() && !mixed {
                continue;
            }
            let views = self.views(row);
            let side = |count: fn(&View) -> usize| {
                views
                    .iter()
                    .filter(|v| count(v) > 0)
                    .map(|v| (v.voice, count(v)))
                    .collect()
            };
            out.push(Disagreement {
                row: row.to_string(),
                success: side(|v| v.success),
                bottleneck: side(|v| v.bottleneck),
                unmarked,
                contrary,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests;
