//! The pyramid drawn as SVG: three bands whose heights follow their share of the hours,
//! the unallocated hours as a hatched band on top, and a label per band.
//!
//! Geometry only; every figure comes from the model's [`Summary`] (heights in basis points).

use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::tables::PyramidText as P;
use crate::i18n::words::{hours, per_pupil, pupils_reached, tier_brief};
use crate::i18n::{format_percent, Lang, Text};
use crate::model::pyramid::{Summary, Tier};
use crate::ui::state::use_tr;

const TOP: f64 = 20.0;
const BOTTOM: f64 = 620.0;
const APEX_X: f64 = 230.0;
const HALF_BASE: f64 = 220.0;
const LABEL_X: f64 = 480.0;
const LINE: f64 = 30.0;
const LABEL_GAP: f64 = 10.0;

/// One band of the drawing, bottom to top.
#[derive(Clone, Debug, PartialEq)]
struct Band {
    /// `universal`, `targeted`, `individual` or `free`.
    slug: &'static str,
    y: f64,
    height: f64,
    lines: Vec<String>,
}

/// The pyramid of one scenario as an SVG picture with its figures as labels.
#[component]
pub fn PyramidDrawing(
    /// The figures to draw.
    #[prop(into)]
    summary: Signal<Summary>,
    /// Makes the pattern and clip ids unique when several drawings share the page.
    id_prefix: &'static str,
) -> impl IntoView {
    let tr = use_tr();
    let clip = format!("{id_prefix}-clip");
    let title_id = format!("{id_prefix}-drawing-title");
    let desc_id = format!("{id_prefix}-drawing-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let outline = format!(
        "{},{} {},{} {},{}",
        APEX_X,
        TOP,
        APEX_X + HALF_BASE,
        BOTTOM,
        APEX_X - HALF_BASE,
        BOTTOM
    );
    let clip_url = format!("url(#{clip})");
    let bands = Memo::new(move |_| bands(&summary.get(), tr.lang()));
    let over = move || {
        summary.get().over_allocated_by().map(|m| {
            fill(
                P::OverShort.get(tr.lang()),
                &[("hours", &hours(m, tr.lang()))],
            )
        })
    };

    let patterns = Tier::ALL
        .into_iter()
        .map(|tier| {
            let slug = tier.slug();
            let id = format!("{id_prefix}-pat-{slug}");
            // Lines, diagonals, dots: the level reads without colour too.
            let mark = match tier {
                Tier::Universal => view! { <path d="M0 7 H14" class="pyramid-drawing__mark"/> }.into_any(),
                Tier::Targeted => view! { <path d="M0 14 L14 0" class="pyramid-drawing__mark"/> }.into_any(),
                Tier::Individual => view! { <circle cx="7" cy="7" r="2.5" class="pyramid-drawing__dot"/> }.into_any(),
            };
            view! {
                <pattern id=id width="14" height="14" patternUnits="userSpaceOnUse" class=format!("pyramid-drawing__pattern--{slug}")>
                    {mark}
                </pattern>
            }
        })
        .collect_view();

    let free_id = format!("{id_prefix}-pat-free");
    view! {
        <svg
            class=move || if over().is_some() { "pyramid-drawing pyramid-drawing--over" } else { "pyramid-drawing" }
            viewBox="0 0 800 640"
            role="img"
            aria-labelledby=labelled_by
            data-testid=format!("{id_prefix}-drawing")
        >
            <title id=title_id>{tr.t(P::DrawingTitle)}</title>
            <desc id=desc_id>{tr.t(P::DrawingDesc)}</desc>
            <defs>
                <clipPath id=clip>
                    <polygon points=outline.clone()/>
                </clipPath>
                {patterns}
                <pattern id=free_id.clone() width="12" height="12" patternUnits="userSpaceOnUse">
                    <path d="M0 12 L12 0" class="pyramid-drawing__free-mark"/>
                </pattern>
            </defs>
            <g clip-path=clip_url>
                {move || {
                    bands
                        .get()
                        .into_iter()
                        .map(|b| {
                            let pattern = format!("url(#{id_prefix}-pat-{})", b.slug);
                            view! {
                                <rect class=format!("pyramid-drawing__band pyramid-drawing__band--{}", b.slug)
                                    x="0" y=b.y width="460" height=b.height/>
                                <rect class="pyramid-drawing__band pyramid-drawing__band-pattern"
                                    x="0" y=b.y width="460" height=b.height fill=pattern/>
                            }
                        })
                        .collect_view()
                }}
            </g>
            <polygon class="pyramid-drawing__outline" points=outline/>
            {move || {
                let list = bands.get();
                let tops = spread_labels(&list);
                list.into_iter()
                    .zip(tops)
                    .map(|(b, top)| {
                        let centre = b.y + b.height / 2.0;
                        let edge = APEX_X + (centre - TOP) / (BOTTOM - TOP) * HALF_BASE;
                        let anchor = top + LINE * 0.7;
                        let lines = b.lines.into_iter().enumerate().map(|(i, line)| {
                            let class = if i == 0 { "pyramid-drawing__label-name" } else { "pyramid-drawing__label-figure" };
                            view! { <tspan x=LABEL_X dy=if i == 0 { 0.0 } else { LINE } class=class>{line}</tspan> }
                        }).collect_view();
                        view! {
                            <g class=format!("pyramid-drawing__label pyramid-drawing__label--{}", b.slug)
                                data-testid=format!("{id_prefix}-label-{}", b.slug)>
                                <line class="pyramid-drawing__leader" x1=edge y1=centre x2=LABEL_X - 8.0 y2=anchor - 8.0/>
                                <text x=LABEL_X y=anchor>{lines}</text>
                            </g>
                        }
                    })
                    .collect_view()
            }}
            {move || over().map(|text| view! {
                <text class="pyramid-drawing__over" x=APEX_X y="14" text-anchor="middle"
                    data-testid=format!("{id_prefix}-over")>{format!("⚠ {text}")}</text>
            })}
        </svg>
    }
}

/// The bands bottom to top: the three tiers, then the unallocated hours if any.
fn bands(s: &Summary, lang: Lang) -> Vec<Band> {
    let span = BOTTOM - TOP;
    let mut y = BOTTOM;
    let mut out = Vec::with_capacity(4);
    for tier in Tier::ALL {
        let f = s.tier(tier);
        let height = f64::from(f.height_bp) / 10_000.0 * span;
        y -= height;
        out.push(Band {
            slug: tier.slug(),
            y,
            height,
            lines: vec![
                tier_brief(tier).get(lang).to_string(),
                format!(
                    "{} {} · {}",
                    hours(f.minutes, lang),
                    P::HoursUnit.get(lang),
                    format_percent(f.share_bp, lang)
                ),
                pupils_reached(f.pupils_reached, lang),
                per_pupil(f.minutes_per_pupil, lang),
            ],
        });
    }
    if s.unallocated > 0 {
        let height = f64::from(s.unallocated_height_bp) / 10_000.0 * span;
        out.push(Band {
            slug: "free",
            y: y - height,
            height,
            lines: vec![
                P::Unallocated.get(lang).to_string(),
                format!(
                    "{} {}",
                    crate::i18n::format_hours(s.unallocated, lang),
                    P::HoursUnit.get(lang)
                ),
            ],
        });
    }
    out
}

/// Top y of each band's label: as close to the band's middle as possible without overlap,
/// kept inside the picture (labels of thin bands would otherwise sit on top of each other).
fn spread_labels(bands: &[Band]) -> Vec<f64> {
    let heights: Vec<f64> = bands.iter().map(|b| b.lines.len() as f64 * LINE).collect();
    // Bands are bottom to top; labels are placed top to bottom.
    let order: Vec<usize> = (0..bands.len()).rev().collect();
    let mut tops = vec![0.0; bands.len()];
    let mut floor = 0.0_f64;
    for &i in &order {
        let want = bands[i].y + bands[i].height / 2.0 - heights[i] / 2.0;
        tops[i] = want.max(floor);
        floor = tops[i] + heights[i] + LABEL_GAP;
    }
    let mut ceiling = BOTTOM + TOP;
    for &i in order.iter().rev() {
        tops[i] = tops[i].min(ceiling - heights[i]);
        ceiling = tops[i] - LABEL_GAP;
    }
    tops
}

#[cfg(test)]
mod tests;
