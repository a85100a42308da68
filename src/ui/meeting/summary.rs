//! The last step: what the meeting decided (hours moved between levels, rows marked and
//! explained, the ladder, new actions with who and when, time per step) and the way out.

use leptos::prelude::*;

use crate::i18n::signed_hours;
use crate::i18n::tables::{MeetingText as M, PyramidText as P, RoleText, SessionsText, TierText};
use crate::i18n::words::hours_unit;
use crate::i18n::words::{clock_text, hours, over_allocation, rung_name};
use crate::i18n::{fill, Text};
use crate::model::pyramid::{Scenario, TierDiff};
use crate::model::Session;
use crate::ui::browser::clock::steady_ms;
use crate::ui::browser::page;
use crate::ui::state::meeting::step_page;
use crate::ui::state::{use_store, use_tr, OpenSession, Route};
use crate::ui::widgets::keeping::CopyLine;
use crate::ui::widgets::next_meeting::NextMeeting;
use crate::ui::widgets::share_dialog::ShareDialog;

/// What the meeting decided, and the report, print, file, link and next meeting.
#[component]
pub fn SummaryStep() -> impl IntoView {
    let tr = use_tr();
    let store = use_store();
    let open = expect_context::<OpenSession>();
    let _ = step_page(|| 1);
    let sharing = RwSignal::new(false);
    let prepared = RwSignal::new(false);
    let id = open.with_untracked(|s| s.id.clone());
    let hours_moved = move || {
        let lang = tr.lang();
        open.with(|s| {
            let diffs = TierDiff::between(
                &s.pyramid_summary(Scenario::Current),
                &s.pyramid_summary(Scenario::Planned),
            );
            diffs
                .into_iter()
                .rev()
                .map(|d| {
                    view! {
                        <li data-testid=format!("summary-tier-{}", d.tier.slug())>
                            <strong>{TierText::from(d.tier).get(lang)}</strong> ": "
                            {hours(d.current, lang)} " → " {hours(d.planned, lang)} " " {hours_unit(i64::from(d.planned.0), lang)}
                            " (" {signed_hours(d.delta_minutes, lang)} ")"
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let rows = move || {
        open.with(|s| {
            fill(
                tr.t(M::SummaryRows),
                &[
                    ("marked", &s.recognition().marked_rows().len().to_string()),
                    ("explained", &s.analysis.explanations.len().to_string()),
                ],
            )
        })
    };
    let ladder = move || {
        let lang = tr.lang();
        open.with(|s| {
            let team = s.ladder.overall();
            let name = |r: Option<crate::model::ladder::Rung>| {
                r.map_or_else(|| tr.t(M::NotSet).to_string(), |r| rung_name(r, lang))
            };
            fill(
                tr.t(M::SummaryLadder),
                &[("now", &name(team.now)), ("wanted", &name(team.wanted))],
            )
        })
    };
    let actions = move || {
        open.with(|s: &Session| {
            let new: Vec<_> = s
                .actions
                .iter()
                .filter(|a| s.meeting.as_ref().is_none_or(|m| m.added_action(&a.id)))
                .map(|a| {
                    let who = a
                        .owner
                        .map_or_else(|| tr.t(M::NoOne).to_string(), |r| tr.t(RoleText::from(r)).to_string());
                    let when = if a.due.is_empty() { "–".to_string() } else { a.due.clone() };
                    view! { <li data-testid="summary-action"><strong>{a.what.clone()}</strong> " — " {who} ", " {when}</li> }
                })
                .collect();
            if new.is_empty() {
                view! { <p>{tr.t(M::SummaryNoActions)}</p> }.into_any()
            } else {
                view! { <ul class="summary__list">{new}</ul> }.into_any()
            }
        })
    };
    let times = move || {
        let now = steady_ms();
        open.with(|s| {
            s.meeting.as_ref().map(|m| {
                m.agenda()
                    .iter()
                    .filter(|i| !i.skipped)
                    .map(|i| {
                        let spent = i64::try_from(m.spent_ms(i.step, now)).unwrap_or(0);
                        view! {
                            <li data-testid=format!("summary-time-{}", i.step.slug())>
                                {tr.t(M::from(i.step))} " — " {clock_text(spent)} " / " {i.planned_minutes.to_string()} " " {tr.t(M::Minutes)}
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let finished = move || {
        open.with(|s| {
            s.meeting
                .as_ref()
                .is_some_and(|m| m.finished_ms().is_some())
        })
    };
    let finish = move |_| {
        open.edit(|s| s.with_meeting(|m| m.finish(steady_ms())));
    };
    let to_report = |print: bool| {
        move |_| {
            page::set_hash(&Route::Report.href());
            if print {
                // After the report has been drawn.
                set_timeout(
                    || {
                        page::print();
                    },
                    std::time::Duration::from_millis(300),
                );
            }
        }
    };
    let file_id = id.clone();
    let next_id = id.clone();
    let copy_id = id.clone();
    view! {
        <section class="summary" data-testid="meeting-summary">
            <h2>{tr.t(M::SummaryTitle)}</h2>
            <div class="summary__grid">
                <div>
                    <h3>{tr.t(M::SummaryHours)}</h3>
                    <ul class="summary__list">{hours_moved}</ul>
                    {move || open.with(|s| {
                        over_allocation(
                            &s.pyramid_summary(Scenario::Planned),
                            tr.t(P::ScenarioPlanned),
                            tr.lang(),
                        )
                    }).map(|w| view! { <p class="notice" data-testid="summary-over-allocated">{w}</p> })}
                    <p data-testid="summary-rows">{rows}</p>
                    <p data-testid="summary-ladder">{ladder}</p>
                </div>
                <div>
                    <h3>{tr.t(M::SummaryActions)}</h3>
                    {actions}
                    <h3>{tr.t(M::SummaryTime)}</h3>
                    <ul class="summary__list summary__times">{times}</ul>
                </div>
            </div>
            <CopyLine id=copy_id/>
            <div class="summary__out">
                <button type="button" class="button" data-testid="summary-report" on:click=to_report(false)>{tr.t(M::Report)}</button>
                <button type="button" class="button button--ghost" data-testid="summary-print" on:click=to_report(true)>{tr.t(M::Print)}</button>
                <button type="button" class="button button--ghost" data-testid="summary-file"
                    on:click=move |_| { store.export_one(&file_id, tr.lang()); }>{tr.t(M::SaveFile)}</button>
                <button type="button" class="button button--ghost" data-testid="summary-share" aria-haspopup="dialog"
                    on:click=move |_| sharing.set(true)>{tr.t(M::Share)}</button>
                <NextMeeting id=next_id done=Callback::new(move |_| prepared.set(true))
                    label=SessionsText::NextMeeting/>
                <button type="button" class="button" data-testid="summary-finish" disabled=finished on:click=finish>
                    {move || if finished() { tr.t(M::Finished) } else { tr.t(M::Finish) }}
                </button>
            </div>
            <Show when=move || prepared.get()>
                <p role="status" data-testid="summary-next-done">{tr.t(M::NextMeetingDone)}</p>
            </Show>
            <Show when=move || sharing.get()>
                <ShareDialog id=id.clone() on_close=Callback::new(move |()| sharing.set(false))/>
            </Show>
        </section>
    }
}
