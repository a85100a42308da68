//! Step 1: the themes per perspective, success factors and bottlenecks side by side.

use leptos::prelude::*;

use crate::i18n::source;
use crate::ui::widgets::source_lang::use_source_lang;

use crate::i18n::tables::FrameworkText as F;
use crate::model::framework::{framework, FactorRow, Perspective, Theme};
use crate::ui::framework::quotes::ThemeQuotes;
use crate::ui::framework::VisibleRows;
use crate::ui::state::{use_tr, Tr};

/// "12 / 27 rijen getoond": how much of the Raamwerk the search lets through.
pub fn rows_shown(tr: Tr, shown: usize) -> String {
    let total = framework().rows().count();
    format!("{shown} / {total} {}", tr.t(F::RowsShown))
}

/// The themes of a perspective that have a visible row, with those rows.
pub fn visible_themes(
    perspective: &'static Perspective,
    visible: &[&str],
) -> Vec<(&'static Theme, Vec<&'static FactorRow>)> {
    perspective
        .themes
        .iter()
        .map(|t| {
            let rows = t
                .rows
                .iter()
                .filter(|r| visible.contains(&r.id.as_str()))
                .collect::<Vec<_>>();
            (t, rows)
        })
        .filter(|(_, rows)| !rows.is_empty())
        .collect()
}

/// One side of a row, or the explicit note that the source names none ("-").
#[component]
pub fn FactorText(
    /// The text, `None` where the source has "-".
    text: Option<&'static str>,
    /// Which side, for the "none named" note.
    success: bool,
) -> impl IntoView {
    let tr = use_tr();
    let lang = use_source_lang();
    match text {
        Some(text) => view! { <span lang=lang.code()>{text}</span> }.into_any(),
        None => {
            let note = if success {
                F::NoSuccess
            } else {
                F::NoBottleneck
            };
            view! { <em class="factor--absent">{tr.t(note)}</em> }.into_any()
        }
    }
}

/// Step 1 of the source: read the themes with their success factors and bottlenecks.
#[component]
pub fn ReadStep(
    /// Rows the search lets through.
    visible: VisibleRows,
) -> impl IntoView {
    let tr = use_tr();
    move || {
        let shown = visible.get();
        if shown.is_empty() {
            return view! { <p class="empty" data-testid="framework-no-rows">{tr.t(F::NoRows)}</p> }
                .into_any();
        }
        framework()
            .perspectives
            .iter()
            .map(|p| {
                let themes = visible_themes(p, &shown);
                (!themes.is_empty()).then(|| view! { <PerspectiveTables perspective=p themes/> })
            })
            .collect_view()
            .into_any()
    }
}

#[component]
fn PerspectiveTables(
    perspective: &'static Perspective,
    themes: Vec<(&'static Theme, Vec<&'static FactorRow>)>,
) -> impl IntoView {
    let tr = use_tr();
    let sl = use_source_lang();
    let themes = themes
        .into_iter()
        .map(|(theme, rows)| {
            let rows = rows
                .into_iter()
                .map(|r| {
                    view! {
                        <tr data-testid=format!("row-{}", r.id)>
                            <td><FactorText text=source::success(r, sl) success=true/></td>
                            <td><FactorText text=source::bottleneck(r, sl) success=false/></td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <article class="theme" data-testid=format!("theme-{}", theme.id)>
                    <h3 lang=sl.code()>{source::theme_name(theme, sl)}</h3>
                    <table class="factor-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr.t(F::SuccessFactor)}</th>
                                <th scope="col">{tr.t(F::Bottleneck)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                    <ThemeQuotes theme/>
                </article>
            }
        })
        .collect_view();
    view! {
        <section class="perspective" data-testid=format!("perspective-{}", perspective.id)>
            <h2 lang=sl.code()>{source::perspective_name(perspective, sl)}</h2>
            {themes}
        </section>
    }
}
