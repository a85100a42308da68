//! The series as tables: the ladder per meeting, the Raamwerk per theme as heat strips,
//! what happened to the bottlenecks, and the actions per meeting.

use leptos::prelude::*;

use crate::i18n::source;
use crate::i18n::tables::{ProgressText as G, RoleText};
use crate::i18n::words::{date_short, rung_name};
use crate::model::framework::framework;
use crate::model::progress::{Course, Series};
use crate::ui::progress::label_of;
use crate::ui::state::use_tr;

/// Where the team (and each role) stood and wanted to stand at each meeting.
#[component]
pub fn LadderTable(series: Memo<Series>) -> impl IntoView {
    let tr = use_tr();
    let rows = move || {
        let lang = tr.lang();
        let name = move |r: Option<crate::model::ladder::Rung>| {
            r.map_or_else(|| "–".to_string(), |r| rung_name(r, lang))
        };
        series.with(|s| {
            s.points
                .iter()
                .map(|p| {
                    let roles = p
                        .ladder_roles
                        .iter()
                        .map(|(role, now, wanted)| {
                            format!(
                                "{}: {} → {}",
                                tr.t(RoleText::from(*role)),
                                name(*now),
                                name(*wanted)
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("; ");
                    view! {
                        <tr data-testid=format!("progress-ladder-{}", p.id)>
                            <th scope="row">{label_of(p, lang)}</th>
                            <td>{name(p.ladder.0)} " → " {name(p.ladder.1)}</td>
                            <td>{roles}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <h2>{tr.t(G::LadderTitle)}</h2>
        <div class="table-scroll">
            <table class="report__table">
                <thead><tr>
                    <th scope="col">{tr.t(G::Meeting)}</th>
                    <th scope="col">{tr.t(G::TeamNowWanted)}</th>
                    <th scope="col">{tr.t(G::Roles)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Per theme, the success factors and bottlenecks recognised at each meeting.
#[component]
pub fn ThemeStrips(series: Memo<Series>) -> impl IntoView {
    let tr = use_tr();
    let body = move || {
        let lang = tr.lang();
        series.with(|s| {
            let f = framework();
            f.themes()
                .enumerate()
                .map(|(i, (_, theme))| {
                    let cells = s
                        .points
                        .iter()
                        .map(|p| {
                            let (succ, bott) = p.themes.get(i).map_or((0, 0), |t| (t.1, t.2));
                            // The same four steps of colour as the Raamwerk's heat map.
                            let level = |n: usize| n.min(4);
                            view! {
                                <td class="progress__heat"
                                    data-testid=format!("progress-heat-{}-{}", theme.id, p.id)>
                                    <span class=format!("heat heat--success heat--{}", level(succ))>{succ}</span>
                                    <span class=format!("heat heat--bottleneck heat--{}", level(bott))>{bott}</span>
                                </td>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row" lang=lang.code()>{source::theme_name(theme, lang)}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let head = move || {
        let lang = tr.lang();
        series.with(|s| {
            s.points
                .iter()
                .map(|p| {
                    // Day and month over the year: thirty meetings still fit a wide board.
                    let head = match p.date.as_deref().and_then(|d| date_short(d, lang)) {
                        Some((day, year)) => view! {
                            <span class="progress__day">{day}</span>
                            <span class="progress__year">{year}</span>
                        }
                        .into_any(),
                        None => label_of(p, lang).into_any(),
                    };
                    view! { <th scope="col" class="progress__col" title=label_of(p, lang)>{head}</th> }
                })
                .collect_view()
        })
    };
    view! {
        <h2>{tr.t(G::ThemesTitle)}</h2>
        <p class="field__hint">{tr.t(G::ThemesHint)}</p>
        <div class="table-scroll">
            <table class="report__table progress__themes" data-testid="progress-themes">
                <thead><tr><th scope="col">{tr.t(G::Theme)}</th>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// The bottlenecks that appeared, persisted or disappeared; with one meeting, that
/// meeting's bottlenecks (first and last are the same meeting: "Gebleven" would say they
/// stayed from a meeting that never was).
#[component]
pub fn BottleneckLists(series: Memo<Series>) -> impl IntoView {
    let tr = use_tr();
    let lang = tr.lang();
    let words = move |course: Option<Course>| -> Vec<String> {
        series.with(|s| {
            s.bottlenecks()
                .into_iter()
                .filter(|(_, c)| course.as_ref().is_none_or(|want| c == want))
                .map(|(row, _)| {
                    framework()
                        .row(&row)
                        .and_then(|(_, _, r)| source::bottleneck(r, lang))
                        .map_or(row.clone(), str::to_string)
                })
                .collect()
        })
    };
    let one = move || series.with(|s| s.points.len() == 1);
    let single = move || {
        let items = words(None);
        view! {
            <h2>{tr.t(G::BottlenecksOne)}</h2>
            {if items.is_empty() {
                view! { <p data-testid="progress-bottlenecks-none">{tr.t(G::BottlenecksNone)}</p> }.into_any()
            } else {
                view! {
                    <ul data-testid="progress-bottlenecks-one">
                        {items.into_iter().map(|t| view! { <li lang=lang.code()>{t}</li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        }
    };
    let list = move |course: Course, title: G, testid: &'static str| {
        let items = words(Some(course));
        view! {
            <div class="progress__course">
                <h3>{tr.t(title)} " (" {items.len()} ")"</h3>
                <ul data-testid=testid>
                    {items.into_iter().map(|t| view! { <li lang=lang.code()>{t}</li> }).collect_view()}
                </ul>
            </div>
        }
    };
    view! {
        <Show when=one fallback=move || view! {
            <h2>{tr.t(G::BottlenecksTitle)}</h2>
            <div class="progress__courses">
                {move || list(Course::Appeared, G::Appeared, "progress-appeared")}
                {move || list(Course::Persisted, G::Persisted, "progress-persisted")}
                {move || list(Course::Disappeared, G::Disappeared, "progress-disappeared")}
            </div>
        }>
            {single}
        </Show>
    }
}

/// Actions added, carried over, done and overdue per meeting.
#[component]
pub fn ActionsTable(series: Memo<Series>) -> impl IntoView {
    let tr = use_tr();
    let rows = move || {
        let lang = tr.lang();
        series.with(|s| {
            let (added, carried) = (s.added(), s.carried());
            s.points
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    view! {
                        <tr data-testid=format!("progress-actions-{}", p.id)>
                            <th scope="row">{label_of(p, lang)}</th>
                            <td>{added[i]}</td>
                            <td>{carried[i]}</td>
                            <td>{p.done}</td>
                            <td>{p.overdue}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <h2>{tr.t(G::ActionsTitle)}</h2>
        <div class="table-scroll">
            <table class="report__table">
                <thead><tr>
                    <th scope="col">{tr.t(G::Meeting)}</th>
                    <th scope="col">{tr.t(G::Added)}</th>
                    <th scope="col">{tr.t(G::Carried)}</th>
                    <th scope="col">{tr.t(G::Done)}</th>
                    <th scope="col">{tr.t(G::Overdue)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
