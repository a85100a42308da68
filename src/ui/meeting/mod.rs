//! Meeting mode: the whole meeting at the smartboard, one step per screen. This folder is
//! the frame around a step (the session's title, the step, the timer, the agenda, Vorige
//! and Volgende, the keys a presentation clicker sends), the first step (who is here) and
//! the last (what was decided). The steps in between are the screens' own meeting views,
//! put together by `app/`.

pub(crate) mod agenda;
pub(crate) mod start;
pub(crate) mod summary;
pub(crate) mod timer;

use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::tables::MeetingText as M;
use crate::i18n::words::session_title;
use crate::model::meeting::AgendaStep;
use crate::ui::browser::keys::in_text_field;
use crate::ui::browser::page;
use crate::ui::meeting::agenda::AgendaPanel;
use crate::ui::meeting::timer::Timer;
use crate::ui::state::meeting::{turn_page, MeetingPages};
use crate::ui::state::{use_store, use_tr, OpenSession};

/// The frame of a meeting step; `children` is the step's content.
#[component]
pub fn MeetingFrame(
    /// The step's content (it sets how many pages it has through [`MeetingPages`]).
    children: ChildrenFn,
) -> impl IntoView {
    let tr = use_tr();
    let store = use_store();
    let open = expect_context::<OpenSession>();
    let pages = RwSignal::new(1u16);
    provide_context(MeetingPages(pages));
    let agenda_open = RwSignal::new(false);
    let meeting = Memo::new(move |_| open.with(|s| s.meeting.clone()));
    let step =
        Memo::new(move |_| meeting.with(|m| m.as_ref().map_or(AgendaStep::Start, |m| m.current())));
    let page = Memo::new(move |_| meeting.with(|m| m.as_ref().map_or(0, |m| m.page())));
    let position = move || {
        meeting.with(|m| {
            let Some(m) = m else { return (1, 1) };
            let shown: Vec<AgendaStep> = m
                .agenda()
                .iter()
                .filter(|i| !i.skipped)
                .map(|i| i.step)
                .collect();
            let at = shown.iter().position(|s| *s == m.current()).unwrap_or(0);
            (at + 1, shown.len())
        })
    };
    let at_end = move || {
        meeting.with(|m| m.as_ref().is_none_or(|m| m.next_step().is_none()))
            && page.get() + 1 >= pages.get()
    };
    let at_start = move || {
        meeting.with(|m| m.as_ref().is_none_or(|m| m.previous_step().is_none())) && page.get() == 0
    };
    let go = move |forward: bool| turn_page(open, pages.get_untracked(), forward);
    // A new step or page opens at its top (on a phone the page scrolls; at the board the
    // step's own area may), never where the page before was left.
    Effect::new(move |before: Option<(AgendaStep, u16)>| {
        let now = (step.get(), page.get());
        if before.is_some_and(|b| b != now) {
            request_animation_frame(|| {
                page::scroll_to(0.0);
                page::scroll_element_to_top("main");
            });
        }
        now
    });

    // The keys a presentation clicker sends, and Space where no field is being typed in.
    // Arrow keys keep their meaning on the pyramid board.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if agenda_open.get_untracked() {
            if ev.key() == "Escape" {
                agenda_open.set(false);
            }
            return;
        }
        let typing = in_text_field(&ev);
        let forward = match ev.key().as_str() {
            "PageDown" => Some(true),
            "PageUp" => Some(false),
            " " if !typing => Some(!ev.shift_key()),
            _ => None,
        };
        if let Some(forward) = forward {
            if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
                return;
            }
            ev.prevent_default();
            go(forward);
        }
    });
    on_cleanup(move || keys.remove());

    let title = move || open.with(|s| session_title(&s.title, tr.lang()));
    view! {
        <div class="meeting" data-testid="meeting" data-step=move || step.get().slug()>
            <header class="meeting__top">
                <div class="meeting__where">
                    <span class="meeting__session" data-testid="meeting-session">{title}</span>
                    <h1 class="meeting__step" data-testid="meeting-step">
                        {move || {
                            let (n, total) = position();
                            fill(tr.t(M::StepOf), &[("n", &n.to_string()), ("total", &total.to_string())])
                        }}
                        " · "
                        {move || tr.t(M::from(step.get()))}
                    </h1>
                </div>
                <Timer/>
                <div class="meeting__tools">
                    <button type="button" class="button button--ghost" data-testid="meeting-agenda"
                        aria-haspopup="dialog" on:click=move |_| agenda_open.set(true)>
                        {tr.t(M::Agenda)}
                    </button>
                    <button type="button" class="button button--ghost" data-testid="meeting-exit"
                        on:click=move |_| store.leave_meeting()>
                        {tr.t(M::Exit)}
                    </button>
                </div>
            </header>
            <main id="main" class="meeting__body" tabindex="-1" data-testid="main">
                {children()}
            </main>
            <footer class="meeting__bottom">
                <button type="button" class="button button--ghost meeting__nav" data-testid="meeting-prev"
                    aria-keyshortcuts="PageUp" disabled=at_start on:click=move |_| go(false)>
                    "◀ " {tr.t(M::Previous)}
                </button>
                <p class="meeting__page" data-testid="meeting-page">
                    {move || (pages.get() > 1).then(|| fill(
                        tr.t(M::PageOf),
                        &[("n", &(page.get().min(pages.get() - 1) + 1).to_string()), ("total", &pages.get().to_string())],
                    ))}
                </p>
                <button type="button" class="button meeting__nav" data-testid="meeting-next"
                    aria-keyshortcuts="PageDown" disabled=at_end on:click=move |_| go(true)>
                    {tr.t(M::Next)} " ▶"
                </button>
            </footer>
            <Show when=move || agenda_open.get()>
                <AgendaPanel on_close=Callback::new(move |()| agenda_open.set(false))/>
            </Show>
        </div>
    }
}
