//! Starting, moving through and leaving meeting mode. The meeting itself is part of the
//! session (model::meeting), so every move is saved, synced to other tabs and undoable.

use leptos::prelude::*;

use crate::model::meeting::AgendaStep;
use crate::ui::browser::clock::steady_ms;
use crate::ui::browser::fullscreen;
use crate::ui::browser::page;
use crate::ui::state::{Route, SessionStore};

/// A page number meaning "the last page of the step" (for going back into a step).
pub const LAST_PAGE: u16 = u16::MAX;

impl SessionStore {
    /// Opens session `id` in meeting mode: a fresh agenda, or the meeting where it was.
    /// Asks for full screen (allowed from the tap that calls this).
    pub fn start_meeting(&self, id: &str) {
        if self.open_id_untracked().as_deref() != Some(id) && !self.open_session(id) {
            return;
        }
        if let Some(open) = self.open.get_untracked() {
            open.edit(|s| {
                s.start_meeting(steady_ms());
                true
            });
        }
        fullscreen::enter();
        page::set_hash(&Route::Meeting.href());
    }

    /// Leaves meeting mode (the meeting stays in the session, its clock keeps its time).
    pub fn leave_meeting(&self) {
        fullscreen::leave();
        page::set_hash(&Route::Home.href());
    }
}

/// How a step tells the meeting's frame how many pages it has.
#[derive(Clone, Copy)]
pub struct MeetingPages(pub RwSignal<u16>);

/// Goes one page on (`forward`) or back in the meeting, then to the next or previous step.
pub fn turn_page(open: crate::ui::state::OpenSession, pages: u16, forward: bool) {
    open.edit_coalesced("meeting-nav", |s| {
        let now = steady_ms();
        s.with_meeting(|m| {
            let page = m.page().min(pages.saturating_sub(1));
            if forward {
                if page + 1 < pages {
                    m.set_page(page + 1)
                } else {
                    m.next(now)
                }
            } else if page > 0 {
                m.set_page(page - 1)
            } else if m.previous(now) {
                m.set_page(LAST_PAGE);
                true
            } else {
                false
            }
        })
    });
}

/// Goes to a step of the agenda (its first page).
pub fn go_to(open: crate::ui::state::OpenSession, step: AgendaStep) {
    open.edit_coalesced("meeting-nav", |s| {
        s.with_meeting(|m| m.go_to(step, steady_ms()))
    });
}

/// The page a step is on, clamped to its page count (going back into a step asks for its
/// last page). Steps call this with how many pages they have; the frame shows "2 van 14"
/// and turns pages before it turns steps.
pub fn step_page(count: impl Fn() -> u16 + Send + Sync + 'static) -> Memo<u16> {
    let open = expect_context::<crate::ui::state::OpenSession>();
    let pages = use_context::<MeetingPages>();
    let count = Memo::new(move |_| count().max(1));
    if let Some(MeetingPages(p)) = pages {
        Effect::new(move |_| p.set(count.get()));
    }
    Memo::new(move |_| {
        open.with(|s| s.meeting.as_ref().map_or(0, |m| m.page()))
            .min(count.get() - 1)
    })
}
