//! The rows the team chose to work on, for the report's first page: the whole meeting at a
//! glance holds what the team decided; every marked row with its explanation follows.

use leptos::prelude::*;

use crate::i18n::source;
use crate::i18n::tables::ReportText as R;
use crate::model::framework::framework;
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;

/// The chosen rows in the Raamwerk's order, each as its theme and its bottleneck's words
/// (the success factor's where a row has no bottleneck).
#[component]
pub fn ReportPriorities() -> impl IntoView {
    let open = expect_context::<OpenSession>();
    let tr = use_tr();
    let rows = move || {
        open.with(|s| {
            framework()
                .rows()
                .filter(|(_, _, row)| s.analysis.is_priority(&row.id))
                .map(|(_, theme, row)| {
                    let words = source::bottleneck(row, tr.lang())
                        .or_else(|| source::success(row, tr.lang()))
                        .unwrap_or_default()
                        .to_string();
                    let theme = source::theme_name(theme, tr.lang()).to_string();
                    view! {
                        <li class="report__priority" data-testid="report-priority">
                            <strong>{theme}</strong>": "{words}
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h2>{tr.t(R::PrioritiesHeading)}</h2>
        {move || {
            let list = rows();
            if list.is_empty() {
                view! { <p data-testid="report-no-priorities">{tr.t(R::NoPriorities)}</p> }.into_any()
            } else {
                view! { <ul class="report__priorities" data-testid="report-priorities">{list}</ul> }.into_any()
            }
        }}
    }
}
