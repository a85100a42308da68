//! The Raamwerk step's last page at the board: the rows one role sees as a success factor and
//! another as a bottleneck, a few at a time with their own "meer" (the step's page count does
//! not follow the marks), and how many rows were marked otherwise differently, with where to
//! read them.

use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::tables::{FrameworkText as F, MeetingText as M};
use crate::ui::framework::disagreements::{use_disagreements, DisagreementItem};
use crate::ui::state::use_tr;

/// Contrary rows shown at once, one under the other across the board (four, two by two,
/// left English rows taller than the screen).
const PER_VIEW: usize = 3;

/// The differences at the board, paged within the page.
#[component]
pub(crate) fn MeetingDifferences() -> impl IntoView {
    let tr = use_tr();
    let items = use_disagreements();
    let contrary = Memo::new(move |_| {
        items.with(|items| {
            items
                .iter()
                .filter(|d| d.contrary)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let others =
        Memo::new(move |_| items.with(|items| items.iter().filter(|d| !d.contrary).count()));
    let views = Memo::new(move |_| contrary.with(Vec::len).div_ceil(PER_VIEW).max(1));
    let view_at = RwSignal::new(0usize);
    // Marks taken away elsewhere may shorten the list under the shown part.
    let at = Memo::new(move |_| view_at.get().min(views.get() - 1));
    let shown = move || {
        let from = at.get() * PER_VIEW;
        contrary.with(|list| {
            list.iter()
                .skip(from)
                .take(PER_VIEW)
                .map(|d| view! { <DisagreementItem d=d.clone()/> })
                .collect_view()
        })
    };
    let pager = move || {
        let total = contrary.with(Vec::len);
        (total > PER_VIEW).then(|| {
            let from = at.get() * PER_VIEW + 1;
            let to = (from + PER_VIEW - 1).min(total);
            let range = fill(
                tr.t(M::RowsOf),
                &[("from", &from.to_string()), ("to", &to.to_string()), ("total", &total.to_string())],
            );
            view! {
                <div class="differences__pager" role="group" aria-label=tr.t(M::MoreDifferences)>
                    <button type="button" class="button button--ghost" data-testid="differences-back"
                        disabled=move || at.get() == 0
                        on:click=move |_| view_at.set(at.get_untracked().saturating_sub(1))>
                        "◀ " {tr.t(M::Back)}
                    </button>
                    <p class="differences__range" data-testid="differences-range" aria-live="polite">{range}</p>
                    <button type="button" class="button" data-testid="differences-more"
                        disabled=move || { at.get() + 1 >= views.get() }
                        on:click=move |_| view_at.set(at.get_untracked() + 1)>
                        {tr.t(M::More)} " ▶"
                    </button>
                </div>
            }
        })
    };
    view! {
        <section class="overview-part differences" data-testid="disagreements">
            <h2>{tr.t(F::DisagreementsTitle)}</h2>
            <p class="field__hint">{tr.t(F::DisagreementsHint)}</p>
            {move || {
                if contrary.with(Vec::is_empty) {
                    view! { <p class="empty" data-testid="disagreements-none">{tr.t(F::NoDisagreements)}</p> }.into_any()
                } else {
                    view! { <ul class="disagreements differences__list" data-testid="disagreements-contrary">{shown}</ul> }.into_any()
                }
            }}
            {pager}
            {move || {
                let n = others.get();
                (n > 0).then(|| view! {
                    <p class="differences__others" data-testid="differences-others">
                        {fill(tr.t(M::OthersElsewhere), &[("count", &n.to_string())])}
                    </p>
                })
            }}
        </section>
    }
}
