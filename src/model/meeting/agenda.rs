//! The agenda's steps and items: which step, how many minutes are planned, whether it is
//! left out, and the time it banked.

use serde::{Deserialize, Serialize};

/// A step of the meeting ("A meeting, start to end" in `docs/design.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AgendaStep {
    /// Start: the session and who is here, by role.
    Start,
    /// The pyramid as it is now.
    PyramidNow,
    /// The Raamwerk: read, mark and explain.
    Framework,
    /// The collaboration ladder.
    Ladder,
    /// The pyramid as the team wants it.
    PyramidPlanned,
    /// The action plan.
    Actions,
    /// What the meeting decided, and the way out.
    Close,
}

impl AgendaStep {
    /// The steps in the order of `docs/design.md`.
    pub const ALL: [AgendaStep; 7] = [
        AgendaStep::Start,
        AgendaStep::PyramidNow,
        AgendaStep::Framework,
        AgendaStep::Ladder,
        AgendaStep::PyramidPlanned,
        AgendaStep::Actions,
        AgendaStep::Close,
    ];

    /// Planned minutes of a fresh agenda; together 75 minutes.
    pub const fn default_minutes(self) -> u16 {
        match self {
            AgendaStep::Start => 5,
            AgendaStep::PyramidNow => 10,
            AgendaStep::Framework => 25,
            AgendaStep::Ladder => 10,
            AgendaStep::PyramidPlanned => 10,
            AgendaStep::Actions => 10,
            AgendaStep::Close => 5,
        }
    }

    /// The code name for `data-testid`s and CSS (not shown to users).
    pub const fn slug(self) -> &'static str {
        match self {
            AgendaStep::Start => "start",
            AgendaStep::PyramidNow => "pyramid-now",
            AgendaStep::Framework => "framework",
            AgendaStep::Ladder => "ladder",
            AgendaStep::PyramidPlanned => "pyramid-planned",
            AgendaStep::Actions => "actions",
            AgendaStep::Close => "close",
        }
    }
}

/// One step on the agenda.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    /// Which step.
    pub step: AgendaStep,
    /// Minutes planned for it.
    pub planned_minutes: u16,
    /// Left out of this meeting.
    #[serde(default)]
    pub skipped: bool,
    /// Time spent on it, banked when the team left it (milliseconds).
    #[serde(default)]
    pub spent_ms: u64,
}

impl AgendaItem {
    /// The step as a fresh agenda has it: its default minutes, not skipped, no time.
    pub(crate) fn fresh(step: AgendaStep) -> Self {
        AgendaItem {
            step,
            planned_minutes: step.default_minutes(),
            skipped: false,
            spent_ms: 0,
        }
    }
}
