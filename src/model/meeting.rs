//! A meeting run at the smartboard: the agenda of the seven steps in `docs/design.md`, where
//! the team is, and how long each step took.
//!
//! Time is kept as instants, never as ticks: a step's time is what it banked when the team
//! left it plus, while its clock runs, the time since `running_since_ms`. So a reload, a
//! second tab or a sleeping laptop shows the right time, and a clock that jumps backwards
//! never makes time negative (the running part then counts as zero).

use serde::{Deserialize, Serialize};

mod agenda;

pub use super::bounds::{MAX_STEP_MINUTES, MAX_STEP_SPENT_MS};
pub use agenda::{AgendaItem, AgendaStep};

/// A meeting in progress (or done), part of the session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "RawMeeting")]
pub struct Meeting {
    agenda: Vec<AgendaItem>,
    current: AgendaStep,
    page: u16,
    running_since_ms: Option<u64>,
    started_ms: u64,
    finished_ms: Option<u64>,
    /// Ids of the actions the plan had when the meeting started, so the summary knows
    /// which ones this meeting added.
    actions_before: Vec<String>,
}

/// What a file may hold; repaired on reading so the agenda always has each step once (the
/// codec refuses such a file, or for a stored session says what was repaired, before).
#[derive(Deserialize)]
struct RawMeeting {
    #[serde(default)]
    agenda: Vec<AgendaItem>,
    #[serde(default = "first_step")]
    current: AgendaStep,
    #[serde(default)]
    page: u16,
    #[serde(default)]
    running_since_ms: Option<u64>,
    #[serde(default)]
    started_ms: u64,
    #[serde(default)]
    finished_ms: Option<u64>,
    #[serde(default)]
    actions_before: Vec<String>,
}

fn first_step() -> AgendaStep {
    AgendaStep::Start
}

impl From<RawMeeting> for Meeting {
    fn from(raw: RawMeeting) -> Self {
        let mut agenda: Vec<AgendaItem> = Vec::with_capacity(AgendaStep::ALL.len());
        for mut item in raw.agenda {
            if agenda.iter().all(|i| i.step != item.step) {
                item.planned_minutes = item.planned_minutes.min(MAX_STEP_MINUTES);
                item.spent_ms = item.spent_ms.min(MAX_STEP_SPENT_MS);
                agenda.push(item);
            }
        }
        for step in AgendaStep::ALL {
            if agenda.iter().all(|i| i.step != step) {
                agenda.push(AgendaItem::fresh(step));
            }
        }
        let mut m = Meeting {
            agenda,
            current: raw.current,
            page: raw.page,
            // A clock running since before the meeting began is damaged: it runs from the start.
            running_since_ms: raw.running_since_ms.map(|t| t.max(raw.started_ms)),
            started_ms: raw.started_ms,
            finished_ms: raw.finished_ms,
            actions_before: raw.actions_before,
        };
        if m.item(m.current).is_some_and(|i| i.skipped) {
            m.item_mut(m.current).skipped = false;
        }
        m
    }
}

impl Meeting {
    /// A meeting starting now at the first step, with the default agenda, clock running.
    pub fn new(now_ms: u64) -> Self {
        Meeting {
            agenda: AgendaStep::ALL.map(AgendaItem::fresh).to_vec(),
            current: AgendaStep::Start,
            page: 0,
            running_since_ms: Some(now_ms),
            started_ms: now_ms,
            finished_ms: None,
            actions_before: Vec::new(),
        }
    }

    /// Remembers which actions existed when the meeting started.
    pub fn note_actions_before(&mut self, ids: Vec<String>) {
        self.actions_before = ids;
    }

    /// The ids of the actions the plan had when the meeting started.
    pub fn actions_before(&self) -> &[String] {
        &self.actions_before
    }

    /// Whether the action with `id` was added during this meeting.
    pub fn added_action(&self, id: &str) -> bool {
        !self.actions_before.iter().any(|a| a == id)
    }

    /// The agenda in the team's order.
    pub fn agenda(&self) -> &[AgendaItem] {
        &self.agenda
    }

    /// The step shown now.
    pub fn current(&self) -> AgendaStep {
        self.current
    }

    /// The page within the current step (a Raamwerk theme, a row to explain).
    pub fn page(&self) -> u16 {
        self.page
    }

    /// When the meeting started.
    pub fn started_ms(&self) -> u64 {
        self.started_ms
    }

    /// When the team closed the meeting, if it did.
    pub fn finished_ms(&self) -> Option<u64> {
        self.finished_ms
    }

    /// Whether the clock of the current step runs.
    pub fn is_running(&self) -> bool {
        self.running_since_ms.is_some()
    }

    /// The agenda item of a step.
    pub fn item(&self, step: AgendaStep) -> Option<&AgendaItem> {
        self.agenda.iter().find(|i| i.step == step)
    }

    fn item_mut(&mut self, step: AgendaStep) -> &mut AgendaItem {
        let at = self
            .agenda
            .iter()
            .position(|i| i.step == step)
            .unwrap_or_else(|| {
                self.agenda.push(AgendaItem::fresh(step));
                self.agenda.len() - 1
            });
        &mut self.agenda[at]
    }

    /// The running part of the current step's time at `now_ms` (zero if the clock went back).
    fn running_ms(&self, now_ms: u64) -> u64 {
        self.running_since_ms
            .map_or(0, |since| now_ms.saturating_sub(since))
    }

    /// Time spent on `step` at `now_ms`, in milliseconds; never more than a day (see
    /// [`MAX_STEP_SPENT_MS`]), whatever the clock did.
    pub fn spent_ms(&self, step: AgendaStep, now_ms: u64) -> u64 {
        let banked = self.item(step).map_or(0, |i| i.spent_ms);
        let spent = if step == self.current {
            banked.saturating_add(self.running_ms(now_ms))
        } else {
            banked
        };
        spent.min(MAX_STEP_SPENT_MS)
    }

    /// Time spent on the whole meeting at `now_ms`.
    pub fn total_spent_ms(&self, now_ms: u64) -> u64 {
        AgendaStep::ALL
            .iter()
            .map(|s| self.spent_ms(*s, now_ms))
            .fold(0, u64::saturating_add)
    }

    /// Minutes planned for the steps not skipped.
    pub fn planned_total_minutes(&self) -> u32 {
        self.agenda
            .iter()
            .filter(|i| !i.skipped)
            .map(|i| u32::from(i.planned_minutes))
            .sum()
    }

    /// Time left for `step` at `now_ms` (negative when it runs over), in milliseconds.
    pub fn remaining_ms(&self, step: AgendaStep, now_ms: u64) -> i64 {
        let planned = self
            .item(step)
            .map_or(0, |i| i64::from(i.planned_minutes) * 60_000);
        planned - i64::try_from(self.spent_ms(step, now_ms)).unwrap_or(i64::MAX)
    }

    /// Whether `step` has run over its planned time at `now_ms` (tests only: the timer
    /// reads [`Meeting::remaining_ms`]).
    #[cfg(test)]
    pub fn is_over(&self, step: AgendaStep, now_ms: u64) -> bool {
        self.remaining_ms(step, now_ms) < 0
    }

    fn bank(&mut self, now_ms: u64) {
        let running = self.running_ms(now_ms);
        let current = self.current;
        let item = self.item_mut(current);
        item.spent_ms = item.spent_ms.saturating_add(running).min(MAX_STEP_SPENT_MS);
        if self.running_since_ms.is_some() {
            self.running_since_ms = Some(now_ms);
        }
    }

    /// Goes to `step` (page 0); the time so far goes to the step left. False when already
    /// there or the step is skipped.
    pub fn go_to(&mut self, step: AgendaStep, now_ms: u64) -> bool {
        if step == self.current || self.item(step).is_none_or(|i| i.skipped) {
            return false;
        }
        self.bank(now_ms);
        self.current = step;
        self.page = 0;
        true
    }

    fn neighbour(&self, forward: bool) -> Option<AgendaStep> {
        let at = self.agenda.iter().position(|i| i.step == self.current)?;
        let mut order: Vec<&AgendaItem> = if forward {
            self.agenda[at + 1..].iter().collect()
        } else {
            self.agenda[..at].iter().rev().collect()
        };
        order.retain(|i| !i.skipped);
        order.first().map(|i| i.step)
    }

    /// The next step on the agenda that is not skipped.
    pub fn next_step(&self) -> Option<AgendaStep> {
        self.neighbour(true)
    }

    /// The previous step on the agenda that is not skipped.
    pub fn previous_step(&self) -> Option<AgendaStep> {
        self.neighbour(false)
    }

    /// Goes to the next step; false at the end.
    pub fn next(&mut self, now_ms: u64) -> bool {
        match self.next_step() {
            Some(step) => self.go_to(step, now_ms),
            None => false,
        }
    }

    /// Goes to the previous step; false at the start.
    pub fn previous(&mut self, now_ms: u64) -> bool {
        match self.previous_step() {
            Some(step) => self.go_to(step, now_ms),
            None => false,
        }
    }

    /// Sets the page within the current step; false when unchanged.
    pub fn set_page(&mut self, page: u16) -> bool {
        let changed = self.page != page;
        self.page = page;
        changed
    }

    /// Stops the clock (time so far is banked); false when already paused.
    pub fn pause(&mut self, now_ms: u64) -> bool {
        if self.running_since_ms.is_none() {
            return false;
        }
        self.bank(now_ms);
        self.running_since_ms = None;
        true
    }

    /// Starts the clock again; false when it runs.
    pub fn resume(&mut self, now_ms: u64) -> bool {
        if self.running_since_ms.is_some() {
            return false;
        }
        self.running_since_ms = Some(now_ms);
        true
    }

    /// Sets the minutes planned for a step (capped at [`MAX_STEP_MINUTES`]).
    pub fn set_planned(&mut self, step: AgendaStep, minutes: u16) -> bool {
        let minutes = minutes.min(MAX_STEP_MINUTES);
        let item = self.item_mut(step);
        let changed = item.planned_minutes != minutes;
        item.planned_minutes = minutes;
        changed
    }

    /// Leaves a step out, or takes it back in. The current step cannot be left out.
    pub fn set_skipped(&mut self, step: AgendaStep, skipped: bool) -> bool {
        if step == self.current && skipped {
            return false;
        }
        let item = self.item_mut(step);
        let changed = item.skipped != skipped;
        item.skipped = skipped;
        changed
    }

    /// Moves a step one place earlier (`earlier`) or later on the agenda.
    pub fn move_step(&mut self, step: AgendaStep, earlier: bool) -> bool {
        let Some(at) = self.agenda.iter().position(|i| i.step == step) else {
            return false;
        };
        let to = if earlier {
            at.checked_sub(1)
        } else {
            Some(at + 1).filter(|t| *t < self.agenda.len())
        };
        match to {
            Some(to) => {
                self.agenda.swap(at, to);
                true
            }
            None => false,
        }
    }

    /// Closes the meeting: the clock stops; the time stays as it was.
    pub fn finish(&mut self, now_ms: u64) -> bool {
        if self.finished_ms.is_some() {
            return false;
        }
        self.pause(now_ms);
        self.finished_ms = Some(now_ms);
        true
    }

    /// Opens a closed meeting again (the clock runs from now).
    pub fn reopen(&mut self, now_ms: u64) -> bool {
        if self.finished_ms.take().is_none() {
            return false;
        }
        self.resume(now_ms);
        true
    }
}

#[cfg(test)]
mod tests;
