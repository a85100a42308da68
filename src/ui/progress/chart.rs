//! The spread per meeting: for each meeting a bar now and a bar as wanted, each split into
//! the three levels in their colours and patterns by share of the hours (the pyramid's own
//! rounding), with the target marked; beside it the shares and the hours available and
//! given out, so "4 hours moved to universal" and "2 hours fewer" are both visible.

use leptos::prelude::*;

use crate::i18n::tables::{ProgressText as G, PyramidText as P};
use crate::i18n::words::hours_unit;
use crate::i18n::words::{hours, percent_text};
use crate::i18n::Lang;
use crate::model::progress::{Point, Series, Spread};
use crate::model::pyramid::Tier;
use crate::ui::progress::label_of;
use crate::ui::state::use_tr;
use crate::ui::widgets::pyramid_drawing::tier_patterns;

/// The drawing's width in SVG units: a share of 100 % spans it.
const W: f64 = 1000.0;

/// One stacked bar: a segment per level, as wide as its share.
fn bar(spread: &Spread, y: f64, session: &str, scenario: &'static str) -> impl IntoView {
    let mut x = 0.0;
    Tier::ALL
        .into_iter()
        .map(|tier| {
            let w = f64::from(spread.percents[tier.index()]) / 100.0 * W;
            let at = x;
            x += w;
            let slug = tier.slug();
            view! {
                <rect class=format!("spread__bar spread__bar--{slug} progress-chart__seg") data-tier=slug
                    data-session=session.to_string() data-scenario=scenario
                    x=at y=y width=w height="38"/>
                <rect class="spread__pattern" x=at y=y width=w height="38"
                    fill=format!("url(#progress-pat-{slug})")/>
            }
        })
        .collect_view()
}

/// "21 % / 13 % / 66 %".
fn shares(sp: &Spread, lang: Lang) -> String {
    sp.percents
        .iter()
        .map(|v| percent_text(*v, lang))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// One meeting's row: its name and figures, and its two bars with the target.
fn row(p: &Point, lang: Lang) -> impl IntoView {
    let tr = use_tr();
    let [u, t, _] = p.target.map(|v| f64::from(v) / 100.0 * W);
    view! {
        <li class="progress-chart__row" data-testid=format!("progress-row-{}", p.id)>
            <div class="progress-chart__label">
                <span class="progress-chart__name">{label_of(p, lang)}</span>
                <span data-testid=format!("progress-share-{}", p.id)>
                    {tr.t(G::Now)} " " {shares(&p.current, lang)}
                </span>
                <span>{tr.t(G::Wanted)} " " {shares(&p.planned, lang)}</span>
                <span class="progress-chart__hours" data-testid=format!("progress-hours-{}", p.id)>
                    {tr.t(P::Available)} " " {hours(p.current.available, lang)} " · "
                    {tr.t(P::Allocated)} " " {hours(p.current.allocated, lang)} " " {hours_unit(i64::from(p.current.allocated.0), lang)}
                </span>
            </div>
            <svg class="progress-chart__svg" viewBox="0 0 1000 100" preserveAspectRatio="none"
                aria-hidden="true" focusable="false">
                {bar(&p.current, 6.0, &p.id, "current")}
                {bar(&p.planned, 56.0, &p.id, "planned")}
                <line class="spread__target" x1=u y1="0" x2=u y2="100"/>
                <line class="spread__target" x1=u + t y1="0" x2=u + t y2="100"/>
            </svg>
        </li>
    }
}

/// The chart of the series.
#[component]
pub fn SpreadChart(
    /// The meetings.
    series: Memo<Series>,
) -> impl IntoView {
    let tr = use_tr();
    // The patterns are defined once; every row's bars refer to them.
    let patterns = tier_patterns("progress");
    let rows = move || {
        let lang = tr.lang();
        series.with(|s| s.points.iter().map(|p| row(p, lang)).collect_view())
    };
    view! {
        <figure class="progress-chart" data-testid="progress-chart">
            <svg class="progress-chart__defs" aria-hidden="true" focusable="false" width="0" height="0">
                <defs>{patterns}</defs>
            </svg>
            <ol class="progress-chart__rows" aria-label=tr.t(G::SpreadTitle)>{rows}</ol>
            <figcaption class="progress-chart__legend">{tr.t(G::ChartLegend)}</figcaption>
        </figure>
    }
}
