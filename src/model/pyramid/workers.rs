//! Adding, editing and removing youth workers.

use std::sync::Arc;

use crate::model::bounds::{clip, MAX_SHORT_CHARS, MAX_WORKERS};

use super::{add_quarters, Minutes, Pyramid, YouthWorker, MAX_WORKER_MINUTES};

impl Pyramid {
    /// Adds a youth worker and returns the new id; minutes are capped at 60 hours, texts
    /// clipped. `None` when the pyramid already has [`MAX_WORKERS`].
    pub fn add_worker(
        &mut self,
        name: impl Into<String>,
        organisation: impl Into<String>,
        weekly_minutes: Minutes,
    ) -> Option<u32> {
        if self.workers.len() >= MAX_WORKERS {
            return None;
        }
        let id = self.fresh_id();
        self.workers.push(YouthWorker {
            id,
            name: clip(name, MAX_SHORT_CHARS),
            organisation: clip(organisation, MAX_SHORT_CHARS),
            weekly_minutes: weekly_minutes.min(MAX_WORKER_MINUTES),
        });
        Some(id)
    }

    /// Replaces a worker's name, organisation and hours; false when unknown or unchanged.
    pub fn update_worker(
        &mut self,
        id: u32,
        name: impl Into<String>,
        organisation: impl Into<String>,
        weekly_minutes: Minutes,
    ) -> bool {
        let Some(w) = self.workers.iter_mut().find(|w| w.id == id) else {
            return false;
        };
        let next = YouthWorker {
            id,
            name: clip(name, MAX_SHORT_CHARS),
            organisation: clip(organisation, MAX_SHORT_CHARS),
            weekly_minutes: weekly_minutes.min(MAX_WORKER_MINUTES),
        };
        if *w == next {
            return false;
        }
        *w = next;
        true
    }

    /// Adds (or with a negative delta removes) quarter hours of availability; false if unchanged.
    pub fn change_worker_minutes(&mut self, id: u32, delta_quarters: i32) -> bool {
        let Some(w) = self.workers.iter_mut().find(|w| w.id == id) else {
            return false;
        };
        let next = add_quarters(w.weekly_minutes, delta_quarters, MAX_WORKER_MINUTES);
        let changed = next != w.weekly_minutes;
        w.weekly_minutes = next;
        changed
    }

    /// Removes a worker and drops it from every activity in both scenarios.
    pub fn remove_worker(&mut self, id: u32) -> bool {
        let before = self.workers.len();
        self.workers.retain(|w| w.id != id);
        if self.workers.len() == before {
            return false;
        }
        for activity in self.current.iter_mut().chain(self.planned.iter_mut()) {
            // Only the activities that had this worker stop sharing with older snapshots.
            if activity.workers.contains(&id) {
                Arc::make_mut(activity).workers.retain(|w| *w != id);
            }
        }
        true
    }

    /// The total youth-worker time available per week.
    pub fn available_minutes(&self) -> Minutes {
        YouthWorker::total_minutes(&self.workers)
    }
}

impl YouthWorker {
    /// One worker by id in a list of workers (such as a copy the UI already holds).
    pub fn find(workers: &[YouthWorker], id: u32) -> Option<&YouthWorker> {
        workers.iter().find(|w| w.id == id)
    }

    /// The hours of several workers together (saturating, like every sum of minutes).
    pub fn total_minutes(workers: &[YouthWorker]) -> Minutes {
        Minutes(
            workers
                .iter()
                .fold(0u32, |sum, w| sum.saturating_add(w.weekly_minutes.0)),
        )
    }
}
