//! The agenda over the meeting: each step with its planned and used minutes; tap a step to
//! go there, change its minutes, leave it out, or move it earlier or later.

use leptos::prelude::*;

use crate::i18n::tables::MeetingText as M;
use crate::i18n::words::clock_text;
use crate::model::meeting::AgendaStep;
use crate::ui::browser::clock::steady_ms;
use crate::ui::state::meeting::go_to;
use crate::ui::state::{use_tr, OpenSession};

/// The agenda as a dialog over the meeting.
#[component]
pub fn AgendaPanel(
    /// Closes the dialog.
    on_close: Callback<()>,
) -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let items = Memo::new(move |_| {
        let now = steady_ms();
        open.with(|s| {
            s.meeting.as_ref().map_or_else(Vec::new, |m| {
                let last = m.agenda().len().saturating_sub(1);
                m.agenda()
                    .iter()
                    .enumerate()
                    .map(|(at, i)| {
                        (
                            i.step,
                            i.planned_minutes,
                            i.skipped,
                            m.spent_ms(i.step, now),
                            i.step == m.current(),
                            (at == 0, at == last),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let edit = move |f: Box<dyn FnOnce(&mut crate::model::meeting::Meeting) -> bool>| {
        open.edit(|s| s.with_meeting(f));
    };
    type Row = (AgendaStep, u16, bool, u64, bool, (bool, bool));
    let row = move |(step, planned, skipped, spent, current, (first, last)): Row| {
        let slug = step.slug();
        view! {
            <li class="agenda__item" class:agenda__item--current=current class:agenda__item--skipped=skipped
                data-testid=format!("agenda-{slug}")>
                <button type="button" class="button button--ghost agenda__go" data-testid=format!("agenda-go-{slug}")
                    disabled=skipped aria-current=current.then_some("step")
                    on:click=move |_| { go_to(open, step); on_close.run(()); }>
                    {tr.t(M::from(step))}
                </button>
                <span class="agenda__time">
                    {clock_text(i64::try_from(spent).unwrap_or(0))} " / " {planned.to_string()} " " {tr.t(M::Minutes)}
                    {skipped.then(|| view! { " · " {tr.t(M::Skipped)} })}
                </span>
                <span class="agenda__controls" role="group" aria-label=tr.t(M::PlannedMinutes)>
                    <button type="button" class="button button--ghost" data-testid=format!("agenda-less-{slug}")
                        aria-label=format!("{}: {}", tr.t(M::from(step)), tr.t(M::LessMinutes))
                        on:click=move |_| edit(Box::new(move |m| m.set_planned(step, planned.saturating_sub(1))))>"−"</button>
                    <button type="button" class="button button--ghost" data-testid=format!("agenda-more-{slug}")
                        aria-label=format!("{}: {}", tr.t(M::from(step)), tr.t(M::MoreMinutes))
                        on:click=move |_| edit(Box::new(move |m| m.set_planned(step, planned.saturating_add(1))))>"+"</button>
                    <button type="button" class="button button--ghost" data-testid=format!("agenda-earlier-{slug}")
                        disabled=first aria-label=format!("{}: {}", tr.t(M::from(step)), tr.t(M::Earlier))
                        on:click=move |_| edit(Box::new(move |m| m.move_step(step, true)))>"▲"</button>
                    <button type="button" class="button button--ghost" data-testid=format!("agenda-later-{slug}")
                        disabled=last aria-label=format!("{}: {}", tr.t(M::from(step)), tr.t(M::Later))
                        on:click=move |_| edit(Box::new(move |m| m.move_step(step, false)))>"▼"</button>
                    <button type="button" class="button button--ghost" data-testid=format!("agenda-skip-{slug}")
                        disabled=current aria-pressed=skipped.to_string()
                        on:click=move |_| edit(Box::new(move |m| m.set_skipped(step, !skipped)))>
                        {if skipped { tr.t(M::TakeBack) } else { tr.t(M::Skip) }}
                    </button>
                </span>
            </li>
        }
    };
    view! {
        <div class="modal meeting-modal" on:click=move |ev| {
            if ev.target() == ev.current_target() {
                on_close.run(());
            }
        }>
            <div class="modal__dialog agenda" role="dialog" aria-modal="true" aria-labelledby="agenda-title"
                data-testid="agenda-panel">
                <div class="agenda__head">
                    <h2 id="agenda-title">{tr.t(M::AgendaTitle)}</h2>
                    <button type="button" class="button" data-testid="agenda-close" on:click=move |_| on_close.run(())>
                        {tr.t(M::CloseAgenda)}
                    </button>
                </div>
                <p>{tr.t(M::AgendaHint)}</p>
                <ol class="agenda__list">{move || items.get().into_iter().map(row).collect_view()}</ol>
            </div>
        </div>
    }
}
