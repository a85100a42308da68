//! One level of the pyramid as a drop zone: its figures and its activity cards.

use leptos::html::Ul;
use leptos::prelude::*;

use crate::i18n::tables::PyramidText as P;
use crate::i18n::tables::TierText;
use crate::i18n::words::{
    hours_per_week, per_pupil, reach_text, share_of_allocated, tier_brief, tier_who,
};
use crate::i18n::Text;
use crate::model::pyramid::Tier;
use crate::ui::pyramid::board::geometry::drop_zone_id;
use crate::ui::pyramid::use_pyramid;
use crate::ui::state::use_tr;

/// A level with its figures, its cards and a button to add an activity to it.
#[component]
pub fn PyramidLevel(
    /// Which level.
    tier: Tier,
    /// The list the level's cards go into (filled by [`crate::ui::pyramid::board::shelf`]).
    list: NodeRef<Ul>,
) -> impl IntoView {
    let tr = use_tr();
    let ctx = use_pyramid();
    let slug = tier.slug();
    // The cards themselves are placed by the board's card shelf; the ids say when it is empty.
    let ids = ctx.cards.ids(tier);
    let figures = Memo::new(move |_| *ctx.board_summary().tier(tier));

    let add = move |_| {
        let scenario = ctx.scenario.get_untracked();
        let title = tr.t(P::NewActivityTitle);
        let mut new_id = None;
        ctx.open.edit(|s| {
            new_id = s.pyramid.add_activity(scenario, tier, title);
            new_id.is_some()
        });
        ctx.added.set(new_id);
        ctx.editing.set(new_id);
    };

    let heading_id = format!("level-{slug}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section
            class=move || {
                let drop = if ctx.drop_target.get() == Some(tier) { " pyramid-level--drop" } else { "" };
                format!("pyramid-level pyramid-level--{slug}{drop}")
            }
            id=drop_zone_id(tier)
            data-testid=format!("level-{slug}")
            aria-labelledby=labelled_by
        >
            <header class="pyramid-level__header">
                <h3 class="pyramid-level__name" id=heading_id>
                    <span class="pyramid-level__swatch" aria-hidden="true"></span>
                    <span class="pyramid-level__long">{tr.t(TierText::from(tier))}</span>
                    <span class="pyramid-level__brief">{tr.t(tier_brief(tier))}</span>
                    <span class="pyramid-level__who">{tr.t(tier_who(tier))}</span>
                </h3>
                <p class="pyramid-level__figures">
                    <span data-testid=format!("tier-{slug}-hours")>
                        {move || hours_per_week(figures.get().minutes, tr.lang())}
                    </span>
                    <span data-testid=format!("tier-{slug}-share")>
                        {move || share_of_allocated(&ctx.board_summary(), tier, tr.lang())}
                    </span>
                    <span data-testid=format!("tier-{slug}-pupils")>
                        {move || reach_text(&figures.get().reach, tr.lang())}
                    </span>
                    <span data-testid=format!("tier-{slug}-per-pupil")>
                        {move || per_pupil(&figures.get(), tr.lang())}
                    </span>
                </p>
            </header>
            <ul class="pyramid-level__cards" data-testid=format!("level-{slug}-cards") node_ref=list></ul>
            <Show when=move || ids.with(|v| v.is_empty())>
                <p class="pyramid-level__empty">{move || P::NoActivities.get(tr.lang())}</p>
            </Show>
            <button
                type="button"
                class="button button--ghost pyramid-level__add no-print"
                data-testid=format!("activity-add-{slug}")
                on:click=add
            >
                // At the board the short word shows (a card's "+" adds a quarter hour, this
                // one adds a card); the long one stays the button's name.
                "+ " <span class="pyramid-level__add-word">{tr.t(P::ActivityAdd)}</span>
                <span class="pyramid-level__add-short" aria-hidden="true">{tr.t(P::ActivityAddShort)}</span>
            </button>
        </section>
    }
}
