//! The report's Raamwerk, ladder and action sections.

use leptos::prelude::*;

use crate::i18n::source;
use crate::i18n::words::date_words;
use crate::i18n::Lang;

use crate::i18n::tables::ActionsText;
use crate::i18n::tables::FrameworkText;
use crate::i18n::tables::{ReportText as R, RoleText};
use crate::i18n::words::origin_plain;
use crate::i18n::words::rung_name;
use crate::i18n::words::voice_list;
use crate::model::action::sort_by_due;
use crate::model::answers::recognition::Voice;
use crate::model::framework::{framework, Question};
use crate::model::Role;
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;

/// Every marked row with who recognised what, its explanation and priority.
#[component]
pub fn ReportAnalysis() -> impl IntoView {
    let open = expect_context::<OpenSession>();
    let tr = use_tr();
    let rows = move || {
        open.with(|s| {
            let a = &s.analysis;
            let seen = s.recognition();
            let present: Vec<Role> = s.participants.iter().map(|p| p.role).collect();
            let differing: Vec<String> = seen
                .disagreements(&present)
                .into_iter()
                .filter(|d| d.contrary)
                .map(|d| d.row)
                .collect();
            seen.marked_rows()
                .into_iter()
                .filter_map(|row| framework().row(row).map(|(_, t, r)| (row, t, r)))
                .map(|(row, theme, factor)| {
                    let views = seen.views(row);
                    let success: Vec<(Voice, usize)> = views
                        .iter()
                        .filter(|v| v.success > 0)
                        .map(|v| (v.voice, v.success))
                        .collect();
                    let bottleneck: Vec<(Voice, usize)> = views
                        .iter()
                        .filter(|v| v.bottleneck > 0)
                        .map(|v| (v.voice, v.bottleneck))
                        .collect();
                    let explanation = a.explanation(row).cloned();
                    let priority = a.is_priority(row);
                    let differs = differing.iter().any(|d| d == row);
                    // One paragraph for who sees what and the marks on it, one for the
                    // explanation: a row reads as a short block, so a real meeting's
                    // analysis follows the first page on one more.
                    // A row may name only a success factor or only a bottleneck.
                    let words = [source::success(factor, tr.lang()), source::bottleneck(factor, tr.lang())]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" / ");
                    let mut views: Vec<String> = Vec::new();
                    if !success.is_empty() {
                        views.push(format!("{} {}", tr.t(R::SeenAsSuccess), voice_list(&success, tr.lang())));
                    }
                    if !bottleneck.is_empty() {
                        views.push(format!("{} {}", tr.t(R::SeenAsBottleneck), voice_list(&bottleneck, tr.lang())));
                    }
                    view! {
                        <li class="report__row" data-testid="report-row">
                            <p lang=tr.lang().code()><strong>{source::theme_name(theme, tr.lang()).to_string()}</strong>": "
                                {words}
                                {priority.then(|| view! { " · " <strong>{tr.t(R::Priority)}</strong> })}
                                {differs.then(|| view! { " · " <em>{tr.t(R::Differences)}</em> })}
                            </p>
                            <p class="report__views">{views.join("; ")}</p>
                            {explanation.map(|e| view! {
                                <p class="report__explanation">
                                    {Question::ALL.iter().filter(|q| !e.get(**q).is_empty()).map(|q| view! {
                                        <strong>{tr.t(FrameworkText::from(*q))}</strong>" "{e.get(*q).to_string()}" "
                                    }).collect_view()}
                                </p>
                            })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let none = move || open.with(|s| s.recognition().marked_rows().is_empty());
    view! {
        <h2>{tr.t(R::AnalysisHeading)}</h2>
        {(tr.lang() == Lang::En).then(|| view! {
            <p class="field__hint" data-testid="report-translation-note">{tr.t(FrameworkText::ShowingTranslation)}</p>
        })}
        <p class="field__hint">{tr.t(R::DifferencesHint)}</p>
        <Show when=move || !none() fallback=move || view! { <p>{tr.t(R::NoMarks)}</p> }>
            <ul class="report__rows" data-testid="report-analysis">{rows}</ul>
        </Show>
    }
}

/// Where the team (and each role that differs) stands on the ladder, now and wanted.
#[component]
pub fn ReportLadder() -> impl IntoView {
    let open = expect_context::<OpenSession>();
    let tr = use_tr();
    let lines = move || {
        open.with(|s| {
            let mut entries = vec![s.ladder.overall()];
            entries.extend(s.ladder.role_entries().cloned());
            entries
                .into_iter()
                .map(|e| {
                    let who = e
                        .role
                        .map_or_else(String::new, |r| format!("{}: ", tr.t(RoleText::from(r))));
                    let place = |r: Option<crate::model::ladder::Rung>| {
                        r.map_or_else(
                            || tr.t(R::NotPlaced).to_string(),
                            |r| rung_name(r, tr.lang()),
                        )
                    };
                    view! {
                        <li>{who}{tr.t(R::LadderNow)}" "{place(e.now)}" → "
                            {tr.t(R::LadderWanted)}" "{place(e.wanted)}</li>
                    }
                })
                .collect_view()
        })
    };
    // The team's own note, as typed (line breaks kept by the CSS).
    let note = move || {
        open.with(|s| {
            let note = s.ladder.note.trim();
            (!note.is_empty()).then(|| {
                view! { <p class="report__note" data-testid="report-ladder-note">{note.to_string()}</p> }
            })
        })
    };
    view! {
        <h2>{tr.t(R::LadderHeading)}</h2>
        <ul data-testid="report-ladder">{lines}</ul>
        {note}
    }
}

/// The action plan, by due date.
#[component]
pub fn ReportActions() -> impl IntoView {
    let open = expect_context::<OpenSession>();
    let tr = use_tr();
    let rows = move || {
        open.with(|s| {
            let mut plan = s.actions.clone();
            sort_by_due(&mut plan);
            plan.into_iter()
                .map(|a| {
                    let owner = a.owner.map(|r| tr.t(RoleText::from(r))).unwrap_or("–");
                    view! {
                        <tr data-testid="report-action">
                            <td>{a.what.clone()}</td>
                            <td>{owner}</td>
                            <td>{if a.due.is_empty() { "–".to_string() } else { date_words(&a.due, tr.lang()) }}</td>
                            <td>{tr.t(ActionsText::from(a.status))}</td>
                            <td>{origin_plain(&a.origin, tr.lang())}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let none = move || open.with(|s| s.actions.is_empty());
    view! {
        <h2>{tr.t(R::ActionsHeading)}</h2>
        <Show when=move || !none() fallback=move || view! { <p>{tr.t(R::NoActions)}</p> }>
            <div class="table-scroll">
                <table class="report__table" data-testid="report-actions">
                    <thead><tr>
                        <th scope="col">{tr.t(R::ActionsHeading)}</th>
                        <th scope="col">{tr.t(R::Owner)}</th>
                        <th scope="col">{tr.t(R::Due)}</th>
                        <th scope="col">{tr.t(crate::i18n::tables::ActionsText::Status)}</th>
                        <th scope="col">{tr.t(crate::i18n::tables::ActionsText::Origin)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Show>
    }
}
