//! The report's pyramid table: hours, shares and pupils per level, current and planned.

use leptos::prelude::*;

use crate::i18n::tables::{ReportText as R, TierText};
use crate::i18n::{format_count, format_hours, format_percent};
use crate::model::pyramid::{Scenario, Tier};
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;

/// Hours and shares per level for both scenarios against the target.
#[component]
pub fn ReportPyramid() -> impl IntoView {
    let open = expect_context::<OpenSession>();
    let tr = use_tr();
    let rows = move || {
        let lang = tr.lang();
        open.with(|s| {
            let current = s.pyramid.summary(Scenario::Current);
            let planned = s.pyramid.summary(Scenario::Planned);
            let target = s.pyramid.target();
            Tier::ALL
                .iter()
                .map(|&tier| {
                    let c = current.tier(tier);
                    let p = planned.tier(tier);
                    let cell = |minutes: u32, bp: u32| {
                        format!(
                            "{} {} ({})",
                            format_hours(i64::from(minutes), lang),
                            tr.t(R::Hours),
                            format_percent(bp, lang)
                        )
                    };
                    view! {
                        <tr data-testid=format!("report-tier-{tier:?}").to_lowercase()>
                            <th scope="row">{tr.t(TierText::from(tier))}</th>
                            <td>{cell(c.minutes.0, c.share_percent * 100)}</td>
                            <td>{format_count(u64::from(c.pupils_reached), lang)}</td>
                            <td>{cell(p.minutes.0, p.share_percent * 100)}</td>
                            <td>{format_percent(u32::from(target.percent(tier)) * 100, lang)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let totals = move || {
        let lang = tr.lang();
        open.with(|s| {
            let sum = s.pyramid.summary(Scenario::Current);
            (
                format_hours(i64::from(sum.available.0), lang),
                format_hours(i64::from(sum.allocated.0), lang),
                sum.over_allocated_by()
                    .map(|m| format_hours(i64::from(m.0), lang)),
            )
        })
    };
    view! {
        <h2>{tr.t(R::PyramidHeading)}</h2>
        <table class="report__table" data-testid="report-pyramid">
            <thead>
                <tr>
                    <th scope="col">{tr.t(R::Level)}</th>
                    <th scope="col">{tr.t(R::Current)}</th>
                    <th scope="col">{tr.t(R::PupilsReached)}</th>
                    <th scope="col">{tr.t(R::Planned)}</th>
                    <th scope="col">{tr.t(R::Target)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <p>
            {tr.t(R::Available)}": "{move || totals().0}" · "
            {tr.t(R::Allocated)}": "{move || totals().1}
        </p>
        {move || totals().2.map(|over| view! {
            <p class="notice" data-testid="report-over-allocated">{tr.t(R::OverAllocated)}" "{over}" "{tr.t(R::Hours)}</p>
        })}
    }
}
