//! Progress over the school year: the meetings of one school side by side. The spread now
//! and as wanted per meeting (stacked bars in the levels' colours, the target marked), the
//! ladder, the Raamwerk per theme, the bottlenecks that came, stayed or went, the actions,
//! and two meetings compared in words.

pub(crate) mod chart;
pub(crate) mod tables;

use leptos::prelude::*;

use crate::i18n::tables::{ProgressText as G, Screens};
use crate::i18n::words::session_title;
use crate::i18n::words::{date_words, progress_sentences};
use crate::i18n::Lang;
use crate::model::progress::{difference, of_school, series, Point, Series};
use crate::model::Session;
use crate::ui::browser::clock::today_iso;
use crate::ui::browser::page;
use crate::ui::progress::chart::SpreadChart;
use crate::ui::progress::tables::{ActionsTable, BottleneckLists, LadderTable, ThemeStrips};
use crate::ui::state::{use_store, use_tr, use_view};

/// The sessions the team follows: chosen ones, or those of the open (or latest) session's
/// school.
fn chosen(all: &[Session], picked: &Option<Vec<String>>, open: Option<String>) -> Vec<Session> {
    match picked {
        Some(ids) => all
            .iter()
            .filter(|s| ids.contains(&s.id))
            .cloned()
            .collect(),
        None => {
            let anchor = open
                .and_then(|id| all.iter().find(|s| s.id == id))
                .or_else(|| all.iter().max_by_key(|s| s.updated_ms));
            match anchor {
                Some(a) => of_school(all, &a.school).into_iter().cloned().collect(),
                None => Vec::new(),
            }
        }
    }
}

/// The progress screen.
#[component]
pub fn ProgressScreen() -> impl IntoView {
    let tr = use_tr();
    let store = use_store();
    // Progress compares every meeting of a school, so every session must be read.
    store.ensure_loaded();
    let picked = use_view().progress_ids;
    let today = today_iso();
    let sessions = Memo::new(move |_| {
        let open = store.open_id();
        let all = store.snapshot();
        picked.with(|p| chosen(&all, p, open))
    });
    let the_series = Memo::new(move |_| {
        sessions.with(|list| {
            let refs: Vec<&Session> = list.iter().collect();
            series(&refs, &today)
        })
    });
    let from = RwSignal::new(None::<String>);
    let to = RwSignal::new(None::<String>);
    let all_sessions = Memo::new(move |_| {
        store.sessions.with(|s| {
            s.newest_first()
                .into_iter()
                .map(|x| {
                    (
                        x.id.clone(),
                        x.title.clone(),
                        x.school.clone(),
                        x.date.clone(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let toggle = move |id: String| {
        let current: Vec<String> = sessions.with(|l| l.iter().map(|s| s.id.clone()).collect());
        let mut next = current;
        if let Some(at) = next.iter().position(|x| *x == id) {
            next.remove(at);
        } else {
            next.push(id);
        }
        picked.set(Some(next));
    };
    let picker = move || {
        let chosen_ids: Vec<String> = sessions.with(|l| l.iter().map(|s| s.id.clone()).collect());
        all_sessions
            .get()
            .into_iter()
            .map(|(id, title, school, date)| {
                let on = chosen_ids.contains(&id);
                let label = session_title(&title, tr.lang());
                let toggle_id = id.clone();
                view! {
                    <li>
                        <label class="progress__pick">
                            <input type="checkbox" data-testid=format!("progress-pick-{id}") prop:checked=on
                                on:change=move |_| toggle(toggle_id.clone())/>
                            <span>{label}</span>
                            <span class="progress__pick-meta">{school}" · "{date}</span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    let options = move |sel: RwSignal<Option<String>>, last: bool, testid: &'static str| {
        let points = the_series.with(|s| {
            s.points
                .iter()
                .map(|p| (p.id.clone(), label_of(p, tr.lang())))
                .collect::<Vec<_>>()
        });
        let fallback = if last { points.last() } else { points.first() }.map(|p| p.0.clone());
        let selected = sel.get().or(fallback);
        view! {
            <select class="field__input" data-testid=testid
                on:change=move |ev| sel.set(Some(event_target_value(&ev)))>
                {points.into_iter().map(|(id, label)| {
                    let chosen = selected.as_ref() == Some(&id);
                    view! { <option value=id.clone() selected=chosen>{label}</option> }
                }).collect_view()}
            </select>
        }
    };
    let compare = move || {
        let lang = tr.lang();
        the_series.with(|s: &Series| {
            let find = |id: Option<String>, last: bool| {
                id.and_then(|id| s.points.iter().find(|p| p.id == id))
                    .or(if last {
                        s.points.last()
                    } else {
                        s.points.first()
                    })
            };
            let (Some(a), Some(b)) = (find(from.get(), false), find(to.get(), true)) else {
                return Vec::new();
            };
            progress_sentences(&difference(a, b), &label_of(a, lang), lang)
        })
    };
    view! {
        <section class="screen progress" data-testid="screen-progress">
            <h1>{tr.t(Screens::ProgressTitle)}</h1>
            <p class="screen__intro">{tr.t(Screens::ProgressIntro)}</p>
            <details class="disclosure no-print" data-testid="progress-series">
                <summary>{tr.t(G::WhichMeetings)}</summary>
                <p class="field__hint">{tr.t(G::WhichMeetingsHint)}</p>
                <ul class="progress__picks">{picker}</ul>
            </details>
            {move || the_series.with(|s| {
                let n = s.points.len();
                view! {
                    {(n == 0).then(|| view! { <p class="empty" data-testid="progress-empty">{tr.t(G::NoMeetings)}</p> })}
                    {(n == 1).then(|| view! { <p class="notice notice--calm" data-testid="progress-one">{tr.t(G::OneMeeting)}</p> })}
                    {s.undated.then(|| view! { <p class="field__hint" data-testid="progress-undated">{tr.t(G::Undated)}</p> })}
                }
            })}
            <Show when=move || the_series.with(|s| !s.points.is_empty())>
                <h2>{tr.t(G::SpreadTitle)}</h2>
                <SpreadChart series=the_series/>
                <Show when=move || the_series.with(|s| s.points.len() > 1)>
                    <h2>{tr.t(G::CompareTitle)}</h2>
                    <div class="progress__compare no-print">
                        <label>{tr.t(G::From)} {move || options(from, false, "progress-from")}</label>
                        <label>{tr.t(G::To)} {move || options(to, true, "progress-to")}</label>
                    </div>
                    <ul class="progress__sentences" data-testid="progress-compare">
                        {move || compare().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                    </ul>
                </Show>
                <LadderTable series=the_series/>
                <ThemeStrips series=the_series/>
                <BottleneckLists series=the_series/>
                <ActionsTable series=the_series/>
                <div class="progress__out no-print">
                    <button type="button" class="button" data-testid="progress-print"
                        on:click=move |_| page::print()>{tr.t(G::Print)}</button>
                    <button type="button" class="button button--ghost" data-testid="progress-csv"
                        on:click=move |_| { the_series.with(|s| store.export_progress_csv(s, tr.lang())); }>
                        {tr.t(G::Csv)}
                    </button>
                </div>
            </Show>
        </section>
    }
}

/// A meeting's name in the series: its date in words, or its title when it has none.
pub(crate) fn label_of(p: &Point, lang: Lang) -> String {
    match &p.date {
        Some(d) => date_words(d, lang),
        None if p.title.trim().is_empty() => "–".to_string(),
        None => p.title.clone(),
    }
}
