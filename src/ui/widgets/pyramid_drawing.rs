//! The pyramid drawn as it is: one bar per level, equal heights, as wide as its hours
//! (see [`crate::model::pyramid::drawing`]), the target as a dashed outline on the same
//! scale, unallocated hours as a hatched bar on top. The labels are HTML beside the bars,
//! one row each, so they stay readable across the room at any size of the picture.
//!
//! The pyramid screen, the comparison, the report, the print and meeting mode all use this.

use leptos::prelude::*;

use crate::i18n::tables::PyramidText as P;
use crate::i18n::words::hours_unit;
use crate::i18n::words::{hours, reach_text, share_text, tier_brief};
use crate::i18n::{fill, format_hours, Text};
use crate::model::pyramid::drawing::{Drawing, Row, WIDTH};
use crate::model::pyramid::{Figures, TargetSpread, Tier};
use crate::ui::state::use_tr;

/// The picture of one scenario with its figures.
#[component]
pub fn PyramidDrawing(
    /// The figures to draw.
    #[prop(into)]
    summary: Signal<Figures>,
    /// The team's target spread, drawn as outlines.
    #[prop(into)]
    target: Signal<TargetSpread>,
    /// Makes ids unique when several drawings share the page; prefixes the `data-testid`s.
    id_prefix: &'static str,
) -> impl IntoView {
    let tr = use_tr();
    let title_id = format!("{id_prefix}-drawing-title");
    let desc_id = format!("{id_prefix}-drawing-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let drawing = Memo::new(move |_| Drawing::of(&summary.get(), target.get()));
    let over = move || {
        summary.get().over_allocated_by().map(|m| {
            fill(
                P::OverShort.get(tr.lang()),
                &[("hours", &hours(m, tr.lang()))],
            )
        })
    };
    let patterns = tier_patterns(id_prefix);

    let shapes = move || {
        let d = drawing.get();
        let bars = d
            .rows
            .iter()
            .map(|(row, b)| {
                let (slug, tier) = match row {
                    Row::Free => ("free", None),
                    Row::Tier(t) => (t.slug(), Some(t.slug())),
                };
                view! {
                    <rect class=format!("spread__bar spread__bar--{slug}") data-tier=tier data-row=slug
                        x=b.x y=b.y width=b.width height=b.height/>
                    <rect class="spread__pattern" x=b.x y=b.y width=b.width height=b.height
                        fill=format!("url(#{id_prefix}-pat-{slug})")/>
                }
            })
            .collect_view();
        let outlines = Tier::ALL
            .into_iter()
            .map(|tier| {
                let b = d.target[tier.index()];
                view! {
                    <rect class="spread__target" data-target-tier=tier.slug()
                        x=b.x y=b.y width=b.width height=b.height/>
                }
            })
            .collect_view();
        view! { {bars}{outlines} }
    };

    let labels = move || {
        let d = drawing.get();
        let s = summary.get();
        let lang = tr.lang();
        d.rows
            .iter()
            .map(|(row, _)| match row {
                Row::Free => view! {
                    <li class="spread__label spread__label--free" data-testid=format!("{id_prefix}-label-free")>
                        <span class="spread__line">
                            <span class="spread__swatch" aria-hidden="true"></span>
                            <span class="spread__name">{P::Unallocated.get(lang)}</span>" "
                            <span class="spread__figure">
                                {format_hours(s.unallocated, lang)} " " {hours_unit(s.unallocated, lang)}
                            </span>
                        </span>
                    </li>
                }
                .into_any(),
                Row::Tier(tier) => {
                    let f = s.tier(*tier);
                    let slug = tier.slug();
                    view! {
                        <li class=format!("spread__label spread__label--{slug}") data-testid=format!("{id_prefix}-label-{slug}")>
                            <span class="spread__line">
                                <span class="spread__swatch" aria-hidden="true"></span>
                                <span class="spread__name">{tier_brief(*tier).get(lang)}</span>" "
                                <span class="spread__figure">
                                    <span data-testid=format!("{id_prefix}-hours-{slug}")>
                                        {hours(f.minutes, lang)} " " {hours_unit(i64::from(f.minutes.0), lang)}
                                    </span>
                                    " · "
                                    <span data-testid=format!("{id_prefix}-share-{slug}")>{share_text(&s, *tier, lang)}</span>
                                </span>
                            </span>
                            <span class="spread__reach">{reach_text(&f.reach, lang)}</span>
                        </li>
                    }
                    .into_any()
                }
            })
            .collect_view()
    };

    view! {
        <figure class="spread" data-testid=format!("{id_prefix}-figure")>
            // A class, not a style attribute: the Content-Security-Policy allows no inline style.
            <div class=move || format!("spread__grid spread__grid--rows-{}", drawing.with(|d| d.rows.len()))>
                <svg
                    class=move || if over().is_some() { "spread__svg spread__svg--over" } else { "spread__svg" }
                    viewBox=move || format!("0 0 {WIDTH} {}", drawing.with(|d| d.height))
                    preserveAspectRatio="none"
                    role="img"
                    aria-labelledby=labelled_by
                    data-testid=format!("{id_prefix}-drawing")
                >
                    <title id=title_id>{tr.t(P::DrawingTitle)}</title>
                    <desc id=desc_id>{tr.t(P::DrawingDesc)}</desc>
                    <defs>
                        {patterns}
                        <pattern id=format!("{id_prefix}-pat-free") width="12" height="12" patternUnits="userSpaceOnUse">
                            <path d="M0 12 L12 0" class="spread__free-mark"/>
                        </pattern>
                    </defs>
                    {shapes}
                </svg>
                <ol class="spread__labels">{labels}</ol>
            </div>
            <figcaption class="spread__legend">
                <span class="spread__legend-target" aria-hidden="true"></span>
                {tr.t(P::TargetOutline)}
            </figcaption>
            {move || over().map(|text| view! {
                <p class="spread__over" role="status" data-testid=format!("{id_prefix}-over")>{format!("⚠ {text}")}</p>
            })}
        </figure>
    }
}

/// The three levels' fill patterns, with ids `{id_prefix}-pat-{tier slug}`: lines,
/// diagonals, dots, so a level reads without colour too. Every drawing of tiers uses these.
pub fn tier_patterns(id_prefix: &'static str) -> impl IntoView {
    Tier::ALL
        .into_iter()
        .map(|tier| {
            let slug = tier.slug();
            let mark = match tier {
                Tier::Universal => view! { <path d="M0 7 H14" class="spread__mark"/> }.into_any(),
                Tier::Targeted => view! { <path d="M0 14 L14 0" class="spread__mark"/> }.into_any(),
                Tier::Individual => view! { <circle cx="7" cy="7" r="2.5" class="spread__dot"/> }.into_any(),
            };
            view! {
                <pattern id=format!("{id_prefix}-pat-{slug}") width="14" height="14" patternUnits="userSpaceOnUse">
                    {mark}
                </pattern>
            }
        })
        .collect_view()
}
