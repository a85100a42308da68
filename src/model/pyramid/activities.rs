//! Adding, editing, moving and removing activities in a scenario.

use std::sync::Arc;

use crate::model::bounds::{
    clip, is_calendar_date, MAX_ACTIVITIES, MAX_LONG_CHARS, MAX_PUPILS, MAX_SHORT_CHARS,
};

use super::{
    add_quarters, Activity, ActivityStatus, Minutes, Pyramid, Role, Scenario, Tier,
    MAX_ACTIVITY_MINUTES, MAX_WEEKS,
};

/// One change to one field of an activity; minutes and tier have their own methods.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActivityEdit {
    /// New title.
    Title(String),
    /// New start date (ISO) or empty.
    Start(String),
    /// New number of weeks (capped at [`MAX_WEEKS`]).
    Weeks(u16),
    /// Replace the worker list (unknown ids and duplicates are dropped).
    Workers(Vec<u32>),
    /// Add the worker if absent, remove it if present (unknown ids are rejected).
    ToggleWorker(u32),
    /// Replace the list of other roles taking part (duplicates dropped).
    Others(Vec<Role>),
    /// Add the role if absent, remove it if present.
    ToggleOther(Role),
    /// New class or group.
    Group(String),
    /// New number of pupils reached.
    PupilsReached(u32),
    /// New goal.
    Goal(String),
    /// New status.
    Status(ActivityStatus),
    /// New evaluation score, 1..=5 or `None`; other values are rejected.
    Score(Option<u8>),
    /// New evaluation note.
    Note(String),
}

fn dedup<T: PartialEq + Copy>(items: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(item) {
            out.push(*item);
        }
    }
    out
}

fn toggle<T: PartialEq>(items: &mut Vec<T>, item: T) {
    match items.iter().position(|x| *x == item) {
        Some(i) => {
            items.remove(i);
        }
        None => items.push(item),
    }
}

impl Pyramid {
    /// Adds an empty activity (no minutes yet) at the end of the scenario; returns its id,
    /// or `None` when the scenario already has [`MAX_ACTIVITIES`].
    pub fn add_activity(
        &mut self,
        scenario: Scenario,
        tier: Tier,
        title: impl Into<String>,
    ) -> Option<u32> {
        let activity = Activity {
            title: title.into(),
            tier,
            ..Activity::default()
        };
        self.insert_activity(scenario, activity)
    }

    /// Adds a complete activity (e.g. from an example or import) under a fresh id.
    ///
    /// Values outside the rules are repaired rather than refused: texts clipped, minutes,
    /// weeks and pupils capped, dates that are no calendar date, unknown workers and bad
    /// scores dropped. `None` when the scenario already has [`MAX_ACTIVITIES`].
    pub fn insert_activity(&mut self, scenario: Scenario, mut activity: Activity) -> Option<u32> {
        if self.activities(scenario).len() >= MAX_ACTIVITIES {
            return None;
        }
        activity.id = self.fresh_id();
        activity.title = clip(activity.title, MAX_SHORT_CHARS);
        activity.group = clip(activity.group, MAX_SHORT_CHARS);
        activity.goal = clip(activity.goal, MAX_LONG_CHARS);
        activity.evaluation.note = clip(activity.evaluation.note, MAX_LONG_CHARS);
        activity.pupils_reached = activity.pupils_reached.min(MAX_PUPILS);
        if !activity.start.is_empty() && !is_calendar_date(&activity.start) {
            activity.start.clear();
        }
        activity.weekly_minutes = activity.weekly_minutes.min(MAX_ACTIVITY_MINUTES);
        activity.weeks = activity.weeks.min(MAX_WEEKS);
        activity.workers = dedup(&activity.workers);
        activity.workers.retain(|id| self.worker(*id).is_some());
        activity.others = dedup(&activity.others);
        if !matches!(activity.evaluation.score, None | Some(1..=5)) {
            activity.evaluation.score = None;
        }
        let id = activity.id;
        self.activities_mut(scenario).push(Arc::new(activity));
        Some(id)
    }

    /// Applies one field edit; false when the activity is unknown, the value is rejected or
    /// nothing changed (so history does not record empty steps).
    pub fn update_activity(&mut self, scenario: Scenario, id: u32, edit: ActivityEdit) -> bool {
        let known_worker = |w: &u32| self.workers.iter().any(|x| x.id == *w);
        let edit = match edit {
            ActivityEdit::Workers(ws) => {
                let mut ws = dedup(&ws);
                ws.retain(known_worker);
                ActivityEdit::Workers(ws)
            }
            ActivityEdit::ToggleWorker(w) if !known_worker(&w) => return false,
            ActivityEdit::Score(Some(s)) if !(1..=5).contains(&s) => return false,
            ActivityEdit::Start(v) if !v.is_empty() && !is_calendar_date(&v) => return false,
            ActivityEdit::Title(v) => ActivityEdit::Title(clip(v, MAX_SHORT_CHARS)),
            ActivityEdit::Group(v) => ActivityEdit::Group(clip(v, MAX_SHORT_CHARS)),
            ActivityEdit::Goal(v) => ActivityEdit::Goal(clip(v, MAX_LONG_CHARS)),
            ActivityEdit::Note(v) => ActivityEdit::Note(clip(v, MAX_LONG_CHARS)),
            ActivityEdit::PupilsReached(v) => ActivityEdit::PupilsReached(v.min(MAX_PUPILS)),
            other => other,
        };
        self.with_activity(scenario, id, |a| match edit {
            ActivityEdit::Title(v) => a.title = v,
            ActivityEdit::Start(v) => a.start = v,
            ActivityEdit::Weeks(v) => a.weeks = v.min(MAX_WEEKS),
            ActivityEdit::Workers(v) => a.workers = v,
            ActivityEdit::ToggleWorker(w) => toggle(&mut a.workers, w),
            ActivityEdit::Others(v) => a.others = dedup(&v),
            ActivityEdit::ToggleOther(r) => toggle(&mut a.others, r),
            ActivityEdit::Group(v) => a.group = v,
            ActivityEdit::PupilsReached(v) => a.pupils_reached = v,
            ActivityEdit::Goal(v) => a.goal = v,
            ActivityEdit::Status(v) => a.status = v,
            ActivityEdit::Score(v) => a.evaluation.score = v,
            ActivityEdit::Note(v) => a.evaluation.note = v,
        })
    }

    /// Moves an activity to another tier, keeping its place in the list and its minutes.
    pub fn move_activity(&mut self, scenario: Scenario, id: u32, tier: Tier) -> bool {
        self.with_activity(scenario, id, |a| a.tier = tier)
    }

    /// Moves an activity one tier up (towards individual) or down (towards universal);
    /// false at the top or base, or when the activity is unknown.
    pub fn step_activity(&mut self, scenario: Scenario, id: u32, up: bool) -> bool {
        let Some(tier) = self.activity(scenario, id).map(|a| a.tier) else {
            return false;
        };
        let next = if up { tier.above() } else { tier.below() };
        next.is_some_and(|t| self.move_activity(scenario, id, t))
    }

    /// Moves an activity to `tier` and places it before activity `before` (or last); for
    /// drag and drop, where the drop position matters too.
    pub fn place_activity(
        &mut self,
        scenario: Scenario,
        id: u32,
        tier: Tier,
        before: Option<u32>,
    ) -> bool {
        if before == Some(id) {
            return self.move_activity(scenario, id, tier);
        }
        let list = self.activities_mut(scenario);
        let Some(from) = list.iter().position(|a| a.id == id) else {
            return false;
        };
        let snapshot = list.clone();
        let mut activity = list.remove(from);
        if activity.tier != tier {
            Arc::make_mut(&mut activity).tier = tier;
        }
        let to = before
            .and_then(|b| list.iter().position(|a| a.id == b))
            .unwrap_or(list.len());
        list.insert(to, activity);
        *list != snapshot
    }

    /// Adds whole quarter hours per week (negative removes), saturating at 0 and 40 hours.
    pub fn change_minutes(&mut self, scenario: Scenario, id: u32, delta_quarters: i32) -> bool {
        self.with_activity(scenario, id, |a| {
            a.weekly_minutes = add_quarters(a.weekly_minutes, delta_quarters, MAX_ACTIVITY_MINUTES);
        })
    }

    /// Sets the minutes per week, capped at 40 hours.
    pub fn set_minutes(&mut self, scenario: Scenario, id: u32, minutes: Minutes) -> bool {
        self.with_activity(scenario, id, |a| {
            a.weekly_minutes = minutes.min(MAX_ACTIVITY_MINUTES);
        })
    }

    /// Removes an activity and returns it, so the caller can offer to restore it.
    pub fn remove_activity(&mut self, scenario: Scenario, id: u32) -> Option<Activity> {
        let list = self.activities_mut(scenario);
        let index = list.iter().position(|a| a.id == id)?;
        Some(Arc::unwrap_or_clone(list.remove(index)))
    }

    /// Removes an activity that is still exactly as [`Self::add_activity`] made it with
    /// `new_title` (on its level, nothing filled in): a "+" tapped by mistake and closed.
    /// False, and nothing removed, once anything about it was changed.
    pub fn remove_if_untouched(&mut self, scenario: Scenario, id: u32, new_title: &str) -> bool {
        let untouched = self.activity(scenario, id).is_some_and(|a| {
            *a == Activity {
                id,
                title: new_title.to_string(),
                tier: a.tier,
                ..Activity::default()
            }
        });
        untouched && self.remove_activity(scenario, id).is_some()
    }

    /// Copies an activity to just after the original under a fresh id; returns the new id.
    /// (Tests use it to build boards with twins; the app has no such button.)
    #[cfg(test)]
    pub fn duplicate_activity(&mut self, scenario: Scenario, id: u32) -> Option<u32> {
        if self.activities(scenario).len() >= MAX_ACTIVITIES {
            return None;
        }
        let index = self.activities(scenario).iter().position(|a| a.id == id)?;
        let new_id = self.fresh_id();
        let list = self.activities_mut(scenario);
        let mut copy = Activity::clone(list.get(index)?);
        copy.id = new_id;
        list.insert(index + 1, Arc::new(copy));
        Some(new_id)
    }

    fn with_activity(
        &mut self,
        scenario: Scenario,
        id: u32,
        f: impl FnOnce(&mut Activity),
    ) -> bool {
        let Some(slot) = self
            .activities_mut(scenario)
            .iter_mut()
            .find(|a| a.id == id)
        else {
            return false;
        };
        let mut next = Activity::clone(slot);
        f(&mut next);
        if next == **slot {
            return false;
        }
        *slot = Arc::new(next);
        true
    }
}
