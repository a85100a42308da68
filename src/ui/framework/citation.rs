//! The Bronvermelding of the Raamwerk, always visible on the screen.

use leptos::prelude::*;

use crate::i18n::tables::FrameworkText as F;
use crate::model::framework::framework;
use crate::ui::state::use_tr;

/// How to cite the Raamwerk, with the title set in italics as the source does.
#[component]
pub fn FrameworkCitation() -> impl IntoView {
    let tr = use_tr();
    let citation = &framework().citation;
    let title = citation.title.as_str();
    let (before, title, after) = match citation.text.split_once(title) {
        Some((before, after)) => (before, Some(title), after),
        None => (citation.text.as_str(), None, ""),
    };
    view! {
        <footer class="citation" data-testid="framework-citation">
            <h2 class="citation__heading">{tr.t(F::Citation)}</h2>
            <p lang="nl">{before}<cite>{title}</cite>{after}</p>
        </footer>
    }
}
