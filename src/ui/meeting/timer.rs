//! The time left for this step in large type, calm when it runs over, with pause and the
//! whole meeting's time. Worked out from stored instants every second, never counted.

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::tables::MeetingText as M;
use crate::i18n::words::clock_text;
use crate::ui::browser::clock::steady_ms;
use crate::ui::state::{use_tr, OpenSession};

/// The timer of the current step.
#[component]
pub fn Timer() -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let now = RwSignal::new(steady_ms());
    let tick =
        set_interval_with_handle(move || now.set(steady_ms()), Duration::from_millis(1000)).ok();
    on_cleanup(move || {
        if let Some(t) = tick {
            t.clear();
        }
    });
    let figures = Memo::new(move |_| {
        let now = now.get();
        open.with(|s| {
            s.meeting.as_ref().map(|m| {
                let step = m.current();
                (
                    m.remaining_ms(step, now),
                    m.total_spent_ms(now),
                    m.planned_total_minutes(),
                    m.is_running(),
                    m.finished_ms().is_some(),
                )
            })
        })
    });
    let remaining = move || figures.get().map_or(0, |f| f.0);
    let running = move || figures.get().is_some_and(|f| f.3);
    // A closed meeting's clock has stopped for good: it says so, and offers no "Verder".
    let finished = move || figures.get().is_some_and(|f| f.4);
    let toggle = move |_| {
        let t = steady_ms();
        open.edit(|s| {
            s.with_meeting(|m| {
                if m.is_running() {
                    m.pause(t)
                } else {
                    m.resume(t)
                }
            })
        });
    };
    view! {
        <div class="timer" role="timer" aria-label=tr.t(M::TimerLabel) data-testid="meeting-timer"
            data-over=move || (remaining() < 0).to_string()
            data-running=move || running().to_string()
            data-finished=move || finished().to_string()>
            <p class="timer__left">
                <span class="timer__value" data-testid="meeting-timer-left">{move || clock_text(remaining())}</span>
                " "
                <span class="timer__note">
                    {move || if finished() {
                        tr.t(M::FinishedShort)
                    } else if !running() {
                        tr.t(M::Paused)
                    } else if remaining() < 0 {
                        tr.t(M::Over)
                    } else {
                        tr.t(M::Left)
                    }}
                </span>
            </p>
            <p class="timer__total" data-testid="meeting-timer-total">
                {tr.t(M::Total)} " "
                {move || figures.get().map(|f| clock_text(i64::try_from(f.1).unwrap_or(i64::MAX))).unwrap_or_default()}
                " / " {move || figures.get().map(|f| f.2).unwrap_or(0)} " " {tr.t(M::Minutes)}
            </p>
            <Show when=move || !finished()>
                <button type="button" class="button button--ghost timer__pause" data-testid="meeting-pause"
                    aria-pressed=move || (!running()).to_string() on:click=toggle>
                    {move || if running() { tr.t(M::Pause) } else { tr.t(M::Continue) }}
                </button>
            </Show>
        </div>
    }
}
