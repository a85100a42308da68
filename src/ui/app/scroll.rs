//! Where a screen opens: a new screen (a link, a tapped button) at its top; a screen gone
//! back or forward to (the browser's own buttons) where it was left. Each history entry the
//! app visits gets a number in its state, and the page's scroll position is kept per number
//! while the page lives.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::ui::browser::page;

/// The scroll positions of the history entries visited, and which entry is shown.
#[derive(Clone, Copy)]
pub struct ScrollMemory(StoredValue<(u32, u32, HashMap<u32, f64>), LocalStorage>);

impl ScrollMemory {
    /// Starts at the current entry (a reload keeps its number; its position is the page's).
    pub fn start() -> ScrollMemory {
        let current = page::history_mark().unwrap_or_else(|| {
            page::mark_history(0);
            0
        });
        ScrollMemory(StoredValue::new_local((
            current,
            current + 1,
            HashMap::new(),
        )))
    }

    /// The address changed (before the new screen is built): keeps where the old entry was
    /// scrolled, and says where the new one should open.
    pub fn moved(&self) -> f64 {
        let left_at = page::scroll_y();
        let mut target = 0.0;
        self.0.update_value(|(current, next, positions)| {
            positions.insert(*current, left_at);
            match page::history_mark() {
                // Back or forward to an entry seen before: where it was.
                Some(mark) => {
                    target = positions.get(&mark).copied().unwrap_or(0.0);
                    *current = mark;
                    *next = (*next).max(mark + 1);
                }
                // A new entry: its top.
                None => {
                    page::mark_history(*next);
                    *current = *next;
                    *next += 1;
                }
            }
        });
        target
    }
}

/// Scrolls to `y` once the new screen is drawn.
pub fn scroll_after_render(y: f64) {
    request_animation_frame(move || page::scroll_to(y));
}
