//! The collaboration ladder (Gerdes): where the team stands and wants to be.
//!
//! The rungs and their texts (the source's, compiled in) live in [`rungs`]; this is the
//! session's placement on them, for the team as a whole and optionally per role.

use serde::{Deserialize, Serialize};

mod rungs;

use crate::model::bounds::{clip, MAX_LONG_CHARS};
use crate::model::Role;
pub use rungs::{ladder, Ladder, Rung, RungInfo};

/// One placement: `role: None` is the team as a whole.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LadderEntry {
    /// Whose view; `None` for the whole team.
    pub role: Option<Role>,
    /// Where the collaboration is now.
    pub now: Option<Rung>,
    /// Where they want it to be.
    pub wanted: Option<Rung>,
}

impl LadderEntry {
    /// Steps from now to wanted (positive: climbing), when both are set.
    pub fn gap(&self) -> Option<i8> {
        Some(self.now?.steps_to(self.wanted?))
    }
}

/// How far the per-role placements lie apart (see [`LadderPlacement::spread`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LadderSpread {
    /// Lowest and highest `now` over the roles, if any role set one.
    pub now: Option<(Rung, Rung)>,
    /// Lowest and highest `wanted` over the roles, if any role set one.
    pub wanted: Option<(Rung, Rung)>,
    /// Roles whose `now` or `wanted` differs from the whole team's, where both are set.
    pub roles_apart: Vec<Role>,
}

impl LadderSpread {
    /// True when the roles do not all see it the same way.
    pub fn is_spread(&self) -> bool {
        let wide = |r: Option<(Rung, Rung)>| r.is_some_and(|(lo, hi)| lo != hi);
        wide(self.now) || wide(self.wanted) || !self.roles_apart.is_empty()
    }
}

/// Where the team places itself on the ladder, now and wanted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LadderPlacement {
    /// At most one entry per role (and one for the team), sorted with the team first, then
    /// by role; entries with nothing set are dropped so sessions compare by content.
    pub entries: Vec<LadderEntry>,
    /// Free notes on the placement (why here, what would help to climb).
    pub note: String,
}

impl LadderPlacement {
    /// The entry for a role (`None`: the team); an empty entry when nothing is set.
    pub fn for_role(&self, role: Option<Role>) -> LadderEntry {
        self.entries
            .iter()
            .find(|e| e.role == role)
            .copied()
            .unwrap_or(LadderEntry {
                role,
                ..Default::default()
            })
    }

    /// The whole team's placement.
    pub fn overall(&self) -> LadderEntry {
        self.for_role(None)
    }

    /// Sets (or with `None` clears) where a role says the collaboration is now.
    pub fn set_now(&mut self, role: Option<Role>, rung: Option<Rung>) {
        self.update(role, |e| e.now = rung);
    }

    /// Sets (or with `None` clears) where a role wants the collaboration to be.
    pub fn set_wanted(&mut self, role: Option<Role>, rung: Option<Rung>) {
        self.update(role, |e| e.wanted = rung);
    }

    /// Replaces the free note; false when it already said exactly that (no undo step).
    pub fn set_note(&mut self, note: String) -> bool {
        let note = clip(note, MAX_LONG_CHARS);
        if self.note == note {
            return false;
        }
        self.note = note;
        true
    }

    /// Removes a role's placement (`None`: the team's).
    pub fn clear(&mut self, role: Option<Role>) {
        self.entries.retain(|e| e.role != role);
    }

    /// Restores the entries' invariant (the team first, then by role, one per role, none
    /// empty), keeping the last of two entries for one role; says whether anything changed.
    pub fn normalise(&mut self) -> bool {
        let before = self.entries.clone();
        crate::model::order::sort_by(&mut self.entries, |a, b| a.role.cmp(&b.role));
        let mut kept: Vec<LadderEntry> = Vec::with_capacity(self.entries.len());
        for e in self.entries.drain(..) {
            match kept.last_mut() {
                Some(last) if last.role == e.role => *last = e,
                _ => kept.push(e),
            }
        }
        kept.retain(|e| e.now.is_some() || e.wanted.is_some());
        self.entries = kept;
        self.entries != before
    }

    /// Per-role entries only (the team's own entry left out).
    pub fn role_entries(&self) -> impl Iterator<Item = &LadderEntry> {
        self.entries.iter().filter(|e| e.role.is_some())
    }

    fn update(&mut self, role: Option<Role>, change: impl FnOnce(&mut LadderEntry)) {
        let mut entry = self.for_role(role);
        change(&mut entry);
        self.clear(role);
        if entry.now.is_some() || entry.wanted.is_some() {
            // `Option<Role>` orders `None` first, which puts the team on top.
            let at = self.entries.partition_point(|e| e.role < role);
            self.entries.insert(at, entry);
        }
    }

    /// How the roles' placements differ.
    ///
    /// The ranges cover the per-role entries only. A role is "apart" when its `now` or
    /// `wanted` differs from the team's value for that field; a field the team left unset
    /// is not compared, so without a team placement only the ranges show the spread.
    pub fn spread(&self) -> LadderSpread {
        let range = |pick: fn(&LadderEntry) -> Option<Rung>| {
            let rungs = self.role_entries().filter_map(pick);
            rungs.fold(None, |acc: Option<(Rung, Rung)>, r| {
                Some(acc.map_or((r, r), |(lo, hi)| (lo.min(r), hi.max(r))))
            })
        };
        let team = self.overall();
        let differs =
            |team: Option<Rung>, own: Option<Rung>| team.is_some() && own.is_some() && team != own;
        let roles_apart = self
            .role_entries()
            .filter(|e| differs(team.now, e.now) || differs(team.wanted, e.wanted))
            .filter_map(|e| e.role)
            .collect();
        LadderSpread {
            now: range(|e| e.now),
            wanted: range(|e| e.wanted),
            roles_apart,
        }
    }
}

#[cfg(test)]
mod tests;
