//! The same figures as an accessible table: for screen readers, print and exact reading.

use leptos::prelude::*;

use crate::i18n::tables::PyramidText as P;
use crate::i18n::tables::TierText;
use crate::i18n::words::{hours, per_pupil_hours, percent_text, share_text};
use crate::i18n::{format_count, format_hours, Text};
use crate::model::pyramid::Tier;
use crate::ui::pyramid::use_pyramid;
use crate::ui::state::use_tr;

/// Hours, share, target, pupils, hours per pupil and activities per level.
#[component]
pub fn PyramidTable() -> impl IntoView {
    let tr = use_tr();
    let ctx = use_pyramid();
    let target = ctx.target;
    let rows = move || {
        let s = ctx.board_summary();
        let lang = tr.lang();
        let dash = "–".to_string();
        let mut out = Tier::ALL
            .into_iter()
            .rev()
            .map(|tier| {
                let f = *s.tier(tier);
                let slug = tier.slug();
                view! {
                    <tr class=format!("pyramid-table__row--{slug}")>
                        <th scope="row">{TierText::from(tier).get(lang)}</th>
                        <td data-testid=format!("table-hours-{slug}")>{hours(f.minutes, lang)}</td>
                        <td data-testid=format!("table-share-{slug}")>{share_text(&s, tier, lang)}</td>
                        <td data-testid=format!("table-target-{slug}")>{percent_text(u32::from(target.get().percent(tier)), lang)}</td>
                        <td data-testid=format!("table-pupils-{slug}")>{format_count(u64::from(f.pupils_reached), lang)}</td>
                        <td>{f.per_pupil_hundredths().map(|h| per_pupil_hours(h, &f, lang)).unwrap_or_else(|| dash.clone())}</td>
                        <td>{f.activity_count}</td>
                    </tr>
                }
                .into_any()
            })
            .collect::<Vec<_>>();
        out.push(
            view! {
                <tr class="pyramid-table__total">
                    <th scope="row">{P::RowTotal.get(lang)}</th>
                    <td data-testid="table-hours-total">{hours(s.allocated, lang)}</td>
                    <td>{percent_text(s.percents().iter().sum(), lang)}</td>
                    <td>{percent_text(100, lang)}</td>
                    <td data-testid="table-pupils-total">{format_count(u64::from(s.pupils_reached), lang)}</td>
                    <td>"–"</td>
                    <td>{s.tiers.iter().map(|t| t.activity_count).sum::<usize>()}</td>
                </tr>
                <tr>
                    <th scope="row">{P::Available.get(lang)}</th>
                    <td data-testid="table-hours-available">{hours(s.available, lang)}</td>
                    <td colspan="5"></td>
                </tr>
                <tr>
                    <th scope="row">{P::Unallocated.get(lang)}</th>
                    <td data-testid="table-hours-unallocated">{format_hours(s.unallocated, lang)}</td>
                    <td colspan="5"></td>
                </tr>
            }
            .into_any(),
        );
        out
    };
    view! {
        <section class="pyramid-table" aria-labelledby="pyramid-table-heading">
            <h2 id="pyramid-table-heading">{tr.t(P::TableHeading)}</h2>
            <div class="pyramid-table__scroll">
                <table class="pyramid-table__table" data-testid="pyramid-table">
                    <caption>{tr.t(P::TableCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr.t(P::ColLevel)}</th>
                            <th scope="col">{tr.t(P::ColHours)}</th>
                            <th scope="col">{tr.t(P::ColShare)}</th>
                            <th scope="col">{tr.t(P::ColTarget)}</th>
                            <th scope="col">{tr.t(P::ColPupils)}</th>
                            <th scope="col">{tr.t(P::ColPerPupil)}</th>
                            <th scope="col">{tr.t(P::ColActivities)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
