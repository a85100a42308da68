//! Current and planned side by side, with the difference per level.

use leptos::prelude::*;

use crate::i18n::tables::PyramidText as P;
use crate::i18n::tables::TierText;
use crate::i18n::Text;
use crate::i18n::{fill, signed_hours, signed_points};
use crate::model::pyramid::{Scenario, TierDiff};
use crate::ui::pyramid::use_pyramid;
use crate::ui::state::use_tr;
use crate::ui::widgets::pyramid_drawing::PyramidDrawing;

/// Both scenarios drawn next to each other and what changes per level.
#[component]
pub fn PyramidCompare() -> impl IntoView {
    let tr = use_tr();
    let ctx = use_pyramid();
    let current = ctx.summary(Scenario::Current);
    let planned = ctx.summary(Scenario::Planned);
    // From the shared summaries: no second pass over the activities per change.
    let diffs = Memo::new(move |_| TierDiff::between(&current.get(), &planned.get()));
    let planned_empty =
        Memo::new(move |_| planned.with(|p| p.tiers.iter().all(|t| t.activity_count == 0)));
    let start = move |_| {
        ctx.open.edit(|s| s.pyramid.reset_planned_to_current());
        ctx.scenario.set(Scenario::Planned);
    };
    let diff_list = move || {
        let lang = tr.lang();
        diffs
            .get()
            .into_iter()
            .map(|d| {
                let slug = d.tier.slug();
                let text = fill(
                    P::DiffLine.get(lang),
                    &[
                        ("hours", &signed_hours(d.delta_minutes, lang)),
                        ("points", &signed_points(d.delta_share_bp, lang)),
                    ],
                );
                view! {
                    <li class=format!("pyramid-compare__diff pyramid-compare__diff--{slug}")>
                        <strong>{TierText::from(d.tier).get(lang)} ": "</strong>
                        <span data-testid=format!("diff-{slug}")>{text}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="pyramid-compare" aria-labelledby="pyramid-compare-heading">
            <h2 id="pyramid-compare-heading">{tr.t(P::CompareHeading)}</h2>
            <div class="pyramid-compare__actions no-print">
                <button type="button" class="button button--ghost" data-testid="planned-from-current"
                    title=tr.t(P::CompareStartHint) on:click=start>
                    {tr.t(P::CompareStart)}
                </button>
                <span class="field__hint">{tr.t(P::CompareStartHint)}</span>
            </div>
            <div class="pyramid-compare__pair">
                <div class="pyramid-compare__side" data-testid="compare-current">
                    <h3 class="spread-heading">{tr.t(P::ScenarioCurrent)}</h3>
                    <PyramidDrawing summary=current target=ctx.target id_prefix="compare-current"/>
                </div>
                <div class="pyramid-compare__side" data-testid="compare-planned">
                    <h3 class="spread-heading">{tr.t(P::ScenarioPlanned)}</h3>
                    <Show
                        when=move || !planned_empty.get()
                        fallback=move || view! { <p class="notice">{tr.t(P::ComparePlannedEmpty)}</p> }
                    >
                        <PyramidDrawing summary=planned target=ctx.target id_prefix="compare-planned"/>
                    </Show>
                </div>
            </div>
            <h3>{tr.t(P::CompareDifference)}</h3>
            <ul class="pyramid-compare__diffs">{diff_list}</ul>
        </section>
    }
}
