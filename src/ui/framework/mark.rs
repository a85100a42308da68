//! Step 2: each role marks the rows it recognises, taking turns at one smartboard.

use leptos::prelude::*;

use crate::i18n::source;
use crate::ui::widgets::source_lang::use_source_lang;

use crate::i18n::tables::{FrameworkText as F, RoundText};
use crate::model::answers::Asks;
use crate::model::framework::{framework, FactorRow, Perspective, Theme};
use crate::model::Role;
use crate::ui::framework::meeting_explain::ExplainButton;
use crate::ui::framework::read::{visible_themes, FactorText};
use crate::ui::framework::VisibleRows;
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;
use crate::ui::widgets::answers::PhoneRound;
use crate::ui::widgets::role_picker::RolePicker;

/// Step 2 of the source: per row, recognised as success factor and/or as bottleneck, for the
/// role chosen at the top.
#[component]
pub fn MarkStep(
    /// Rows the search lets through.
    visible: VisibleRows,
    /// Who is marking now.
    role: RwSignal<Option<Role>>,
) -> impl IntoView {
    let tr = use_tr();
    // Only the row list depends on the search, never on the marks: a click must not rebuild
    // the list, or keyboard focus would jump away from the button just pressed.
    let list = move || {
        let shown = visible.get();
        if shown.is_empty() {
            return view! { <p class="empty">{tr.t(F::NoRows)}</p> }.into_any();
        }
        framework()
            .perspectives
            .iter()
            .map(|p| {
                let themes = visible_themes(p, &shown);
                (!themes.is_empty()).then(|| view! { <MarkPerspective perspective=p themes role/> })
            })
            .collect_view()
            .into_any()
    };
    view! {
        <details class="disclosure phone-round__disclosure" data-testid="phones-disclosure">
            <summary>{tr.t(RoundText::Title)}</summary>
            <PhoneRound asks=Asks::BOTH/>
        </details>
        <RolePicker selected=role label=F::WhoIsMarking/>
        {list}
    }
}

#[component]
fn MarkPerspective(
    perspective: &'static Perspective,
    themes: Vec<(&'static Theme, Vec<&'static FactorRow>)>,
    role: RwSignal<Option<Role>>,
) -> impl IntoView {
    let sl = use_source_lang();
    let themes = themes
        .into_iter()
        .map(|(theme, rows)| {
            let rows = rows
                .into_iter()
                .map(|row| view! { <MarkRow row role/> })
                .collect_view();
            view! {
                <article class="theme">
                    <h3 lang=sl.code()>{source::theme_name(theme, sl)}</h3>
                    <ul class="mark-list">{rows}</ul>
                </article>
            }
        })
        .collect_view();
    view! {
        <section class="perspective">
            <h2 lang=sl.code()>{source::perspective_name(perspective, sl)}</h2>
            {themes}
        </section>
    }
}

#[component]
pub(crate) fn MarkRow(
    row: &'static FactorRow,
    role: RwSignal<Option<Role>>,
    /// At the board: short button words (the column says which side) and a "Toelichten"
    /// button once the row is marked.
    #[prop(optional)]
    board: bool,
) -> impl IntoView {
    let tr = use_tr();
    let sl = use_source_lang();
    let open = expect_context::<OpenSession>();
    let id = row.id.as_str();
    let mark = move || {
        let who = role.get();
        open.with(|s| {
            who.and_then(|r| s.analysis.mark(id, r))
                .map_or((false, false), |m| (m.success, m.bottleneck))
        })
    };
    let others = move || {
        let (s, b) = open.with(|s| s.recognition().other_marks(id, role.get()));
        format!(
            "{}: {s} × {}, {b} × {}",
            tr.t(F::OtherRoles),
            tr.t(F::SuccessFactorShort),
            tr.t(F::BottleneckShort)
        )
    };
    let toggle_success = move |_| {
        if let Some(r) = role.get_untracked() {
            open.edit(|s| {
                s.analysis.toggle_success(id, r);
                true
            });
        }
    };
    let toggle_bottleneck = move |_| {
        if let Some(r) = role.get_untracked() {
            open.edit(|s| {
                s.analysis.toggle_bottleneck(id, r);
                true
            });
        }
    };
    let success_button = row.success.as_ref().map(|_| {
        view! {
            <button
                type="button"
                class="button button--ghost mark-button mark-button--success"
                data-testid=format!("mark-success-{id}")
                aria-describedby=format!("mark-text-s-{id}")
                aria-pressed=move || mark().0.to_string()
                on:click=toggle_success
            >
                {if board { tr.t(F::Recognise) } else { tr.t(F::RecogniseSuccess) }}
            </button>
        }
    });
    let bottleneck_button = row.bottleneck.as_ref().map(|_| {
        view! {
            <button
                type="button"
                class="button button--ghost mark-button mark-button--bottleneck"
                data-testid=format!("mark-bottleneck-{id}")
                aria-describedby=format!("mark-text-b-{id}")
                aria-pressed=move || mark().1.to_string()
                on:click=toggle_bottleneck
            >
                {if board { tr.t(F::Recognise) } else { tr.t(F::RecogniseBottleneck) }}
            </button>
        }
    });
    view! {
        <li class="mark-row" data-testid=format!("mark-row-{id}")>
            <div class="mark-row__side">
                <p class="mark-row__label">{tr.t(F::SuccessFactor)}</p>
                <p id=format!("mark-text-s-{id}")>
                    <FactorText text=source::success(row, sl) success=true/>
                </p>
                {success_button}
            </div>
            <div class="mark-row__side">
                <p class="mark-row__label">{tr.t(F::Bottleneck)}</p>
                <p id=format!("mark-text-b-{id}")>
                    <FactorText text=source::bottleneck(row, sl) success=false/>
                </p>
                {bottleneck_button}
            </div>
            <div class="mark-row__foot">
                <p class="mark-row__others" data-testid=format!("others-{id}")>{others}</p>
                {board.then(|| view! { <ExplainButton row=id/> })}
            </div>
        </li>
    }
}
