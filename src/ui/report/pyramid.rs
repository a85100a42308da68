//! The report's pyramid: the drawings of both scenarios with the target, and a table of
//! hours, shares and pupils per level.

use leptos::prelude::*;

use crate::i18n::format_hours;
use crate::i18n::tables::{ReportText as R, TierText};
use crate::i18n::words::{percent_text, reach_text};
use crate::model::pyramid::{Scenario, Tier};
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;
use crate::ui::widgets::pyramid_drawing::PyramidDrawing;

/// Hours and shares per level for both scenarios against the target.
#[component]
pub fn ReportPyramid() -> impl IntoView {
    let open = expect_context::<OpenSession>();
    let tr = use_tr();
    let rows = move || {
        let lang = tr.lang();
        open.with(|s| {
            let current = s.pyramid_summary(Scenario::Current);
            let planned = s.pyramid_summary(Scenario::Planned);
            let target = s.pyramid.target();
            Tier::ALL
                .iter()
                .map(|&tier| {
                    let c = current.tier(tier);
                    let p = planned.tier(tier);
                    let cell = |minutes: u32, percent: u32| {
                        format!(
                            "{} {} ({})",
                            format_hours(i64::from(minutes), lang),
                            tr.t(R::Hours),
                            percent_text(percent, lang)
                        )
                    };
                    view! {
                        <tr data-testid=format!("report-tier-{tier:?}").to_lowercase()>
                            <th scope="row">{tr.t(TierText::from(tier))}</th>
                            <td>{cell(c.minutes.0, current.percents()[tier.index()])}</td>
                            <td>{reach_text(&c.reach, lang)}</td>
                            <td>{cell(p.minutes.0, planned.percents()[tier.index()])}</td>
                            <td>{percent_text(u32::from(target.percent(tier)), lang)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let totals = move || {
        let lang = tr.lang();
        open.with(|s| {
            let sum = s.pyramid_summary(Scenario::Current);
            (
                format_hours(i64::from(sum.available.0), lang),
                format_hours(i64::from(sum.allocated.0), lang),
                sum.over_allocated_by()
                    .map(|m| format_hours(i64::from(m.0), lang)),
            )
        })
    };
    let current = Signal::derive(move || open.with(|s| s.pyramid_summary(Scenario::Current)));
    let planned = Signal::derive(move || open.with(|s| s.pyramid_summary(Scenario::Planned)));
    let target = Signal::derive(move || open.with(|s| s.pyramid.target()));
    view! {
        <h2>{tr.t(R::PyramidHeading)}</h2>
        <div class="report__drawings">
            <div class="report__drawing" data-testid="report-drawing-current">
                <h3 class="spread-heading">{tr.t(R::Current)}</h3>
                <PyramidDrawing summary=current target=target id_prefix="report-current"/>
            </div>
            <div class="report__drawing" data-testid="report-drawing-planned">
                <h3 class="spread-heading">{tr.t(R::Planned)}</h3>
                <PyramidDrawing summary=planned target=target id_prefix="report-planned"/>
            </div>
        </div>
        <div class="table-scroll">
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
        </div>
        <p>
            {tr.t(R::Available)}": "{move || totals().0}" · "
            {tr.t(R::Allocated)}": "{move || totals().1}
        </p>
        {move || totals().2.map(|over| view! {
            <p class="notice" data-testid="report-over-allocated">{tr.t(R::OverAllocated)}" "{over}" "{tr.t(R::Hours)}</p>
        })}
    }
}
