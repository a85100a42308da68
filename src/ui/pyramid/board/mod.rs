//! The working area: the drawing next to the three levels with their activity cards, and the
//! allocation status in words.

pub(crate) mod card;
pub(crate) mod cards;
pub(crate) mod drag;
pub(crate) mod geometry;
pub(crate) mod level;
pub(crate) mod shelf;

use leptos::html::Ul;
use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::tables::PyramidText as P;
use crate::i18n::words::hours;
use crate::i18n::words::hours_unit;
use crate::i18n::Text;
use crate::model::pyramid::Tier;
use crate::ui::pyramid::board::level::PyramidLevel;
use crate::ui::pyramid::board::shelf::shelve_cards;
use crate::ui::pyramid::use_pyramid;
use crate::ui::state::use_tr;
use crate::ui::widgets::pyramid_drawing::PyramidDrawing;

/// Drawing, allocation status and the three levels of the scenario being edited.
#[component]
pub fn PyramidBoard() -> impl IntoView {
    let tr = use_tr();
    let ctx = use_pyramid();
    let summary = Signal::derive(move || ctx.board_summary());
    let lists: [NodeRef<Ul>; 3] = std::array::from_fn(|_| NodeRef::new());
    shelve_cards(ctx.cards, lists);
    let [universal, targeted, individual] = lists;

    // Over-allocation is said in words and colour, never blocked: the team may be
    // sketching a wish that needs more hours than they have.
    let status = move || {
        let s = summary.get();
        let lang = tr.lang();
        if let Some(over) = s.over_allocated_by() {
            let text = fill(P::OverAllocated.get(lang), &[("hours", &hours(over, lang))]);
            view! {
                <p class="pyramid-status pyramid-status--over" role="status" data-testid="allocation-status" data-state="over">
                    <span aria-hidden="true" class="pyramid-status__icon">"⚠ "</span>
                    {text}
                </p>
            }
            .into_any()
        } else if s.unallocated > 0 {
            let text = fill(
                P::UnallocatedLine.get(lang),
                &[("hours", &crate::i18n::format_hours(s.unallocated, lang))],
            );
            view! {
                <p class="pyramid-status pyramid-status--free" role="status" data-testid="allocation-status" data-state="free">
                    {text}
                </p>
            }
            .into_any()
        } else if s.available.0 == 0 {
            view! {
                <p class="pyramid-status pyramid-status--none" role="status" data-testid="allocation-status" data-state="none">
                    {P::NothingAvailable.get(lang)}
                </p>
            }
            .into_any()
        } else {
            view! {
                <p class="pyramid-status pyramid-status--full" role="status" data-testid="allocation-status" data-state="full">
                    {P::AllAllocated.get(lang)}
                </p>
            }
            .into_any()
        }
    };

    let totals = move || {
        let s = summary.get();
        let lang = tr.lang();
        view! {
            <dl class="pyramid-totals">
                <div class="pyramid-totals__item">
                    <dt>{P::Available.get(lang)}</dt>
                    <dd data-testid="total-available">{hours(s.available, lang)} " " {hours_unit(i64::from(s.available.0), lang)}</dd>
                </div>
                <div class="pyramid-totals__item">
                    <dt>{P::Allocated.get(lang)}</dt>
                    <dd data-testid="total-allocated">{hours(s.allocated, lang)} " " {hours_unit(i64::from(s.allocated.0), lang)}</dd>
                </div>
                <div class="pyramid-totals__item">
                    <dt>{P::Unallocated.get(lang)}</dt>
                    <dd data-testid="total-unallocated">
                        {crate::i18n::format_hours(s.unallocated, lang)} " " {hours_unit(s.unallocated, lang)}
                    </dd>
                </div>
            </dl>
        }
    };

    view! {
        <section class="pyramid-board" aria-labelledby="pyramid-board-heading">
            <h2 id="pyramid-board-heading">{tr.t(P::ActivitiesHeading)}</h2>
            {totals}
            {status}
            <p class="pyramid-board__hint">{tr.t(P::ActivitiesHint)}</p>
            <p class="pyramid-board__tap-hint" data-testid="board-tap-hint">{tr.t(P::TapCardHint)}</p>
            <div class="pyramid-board__layout">
                <div class="pyramid-board__drawing">
                    <PyramidDrawing summary=summary target=ctx.target id_prefix="board"/>
                </div>
                // Top of the pyramid first, as in the drawing.
                <div class="pyramid-board__levels">
                    <PyramidLevel tier=Tier::Individual list=individual/>
                    <PyramidLevel tier=Tier::Targeted list=targeted/>
                    <PyramidLevel tier=Tier::Universal list=universal/>
                </div>
            </div>
        </section>
    }
}
