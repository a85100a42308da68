//! Undo and redo over whole snapshots.
//!
//! Snapshots rather than inverse operations: the session is small, cloning it is cheap,
//! and a snapshot can never be "undone wrongly" the way a hand-written inverse can.

use std::collections::VecDeque;

/// How many undo steps are kept by default; older ones are dropped.
pub const DEFAULT_DEPTH: usize = 200;

/// Undo/redo history over snapshots of `T`.
#[derive(Clone, Debug)]
pub struct History<T: Clone + PartialEq> {
    past: VecDeque<T>,
    present: T,
    future: Vec<T>,
    depth: usize,
    /// Key of the last coalescing apply; a burst of +/− clicks on one field becomes one step.
    last_key: Option<String>,
}

impl<T: Clone + PartialEq> History<T> {
    /// A history at `initial` with nothing to undo, keeping [`DEFAULT_DEPTH`] steps.
    pub fn new(initial: T) -> Self {
        Self::with_depth(initial, DEFAULT_DEPTH)
    }

    /// A history keeping at most `depth` undo steps (at least 1).
    pub fn with_depth(initial: T, depth: usize) -> Self {
        History {
            past: VecDeque::new(),
            present: initial,
            future: Vec::new(),
            depth: depth.max(1),
            last_key: None,
        }
    }

    /// The current state.
    pub fn current(&self) -> &T {
        &self.present
    }

    /// Records `next` as a new step; ignored (false) when equal to the current state.
    pub fn apply(&mut self, next: T) -> bool {
        self.last_key = None;
        self.push(next)
    }

    /// Like [`History::apply`], but merges into the previous step when that step was made
    /// with the same `key` and nothing was undone since, so a burst of clicks is one undo.
    pub fn apply_coalesced(&mut self, next: T, key: &str) -> bool {
        if next == self.present {
            return false;
        }
        if self.last_key.as_deref() == Some(key) && !self.past.is_empty() {
            self.present = next;
            // A burst that ends where it began leaves no step behind.
            if self.past.back() == Some(&self.present) {
                self.past.pop_back();
                self.last_key = None;
            }
            return true;
        }
        let pushed = self.push(next);
        self.last_key = Some(key.to_string());
        pushed
    }

    /// Ends any coalescing burst, so the next keyed apply starts a new step (the tests'
    /// way to mark a burst's end; in the app a burst ends with another key).
    #[cfg(test)]
    pub fn seal(&mut self) {
        self.last_key = None;
    }

    /// Goes one step back; false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        self.last_key = None;
        match self.past.pop_back() {
            Some(prev) => {
                let now = std::mem::replace(&mut self.present, prev);
                self.future.push(now);
                true
            }
            None => false,
        }
    }

    /// Goes one step forward again; false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        self.last_key = None;
        match self.future.pop() {
            Some(next) => {
                let now = std::mem::replace(&mut self.present, next);
                self.past.push_back(now);
                true
            }
            None => false,
        }
    }

    /// Takes back the last step as if it had never been made (no redo of it) when `made`
    /// says, from the state before it and the current one, that it should go: an activity
    /// added and closed untouched leaves no step behind. False when nothing was taken back.
    pub fn withdraw_if(&mut self, made: impl FnOnce(&T, &T) -> bool) -> bool {
        let Some(before) = self.past.back() else {
            return false;
        };
        if !made(before, &self.present) {
            return false;
        }
        if let Some(before) = self.past.pop_back() {
            self.present = before;
        }
        self.last_key = None;
        true
    }

    /// Whether [`History::undo`] would do something.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether [`History::redo`] would do something.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Number of steps that can be undone.
    pub fn undo_len(&self) -> usize {
        self.past.len()
    }

    /// Number of steps that can be redone.
    pub fn redo_len(&self) -> usize {
        self.future.len()
    }

    /// Starts over at `state` with no undo or redo (e.g. after opening another session).
    pub fn reset(&mut self, state: T) {
        self.past.clear();
        self.future.clear();
        self.present = state;
        self.last_key = None;
    }

    fn push(&mut self, next: T) -> bool {
        if next == self.present {
            return false;
        }
        let prev = std::mem::replace(&mut self.present, next);
        self.past.push_back(prev);
        while self.past.len() > self.depth {
            self.past.pop_front();
        }
        self.future.clear();
        true
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
