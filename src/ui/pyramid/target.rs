//! The target spread per level, actual next to target, and the gap in words.

use leptos::prelude::*;

use crate::i18n::tables::PyramidText as P;
use crate::i18n::tables::TierText;
use crate::i18n::words::shift_sentence;
use crate::i18n::{format_percent, Text};
use crate::model::pyramid::{gap_to, Tier};
use crate::ui::pyramid::use_pyramid;
use crate::ui::state::use_tr;

/// Percentage points per − / + press.
const STEP_POINTS: i32 = 5;

/// Target shares with − / + and a number field; the model keeps the sum at 100.
#[component]
pub fn PyramidTarget() -> impl IntoView {
    let tr = use_tr();
    let ctx = use_pyramid();
    let target = ctx.target;
    let gap = Memo::new(move |_| {
        let minutes = ctx.board_summary().tiers.map(|t| t.minutes);
        gap_to(minutes, target.get())
    });
    let gap_text = move || {
        let lang = tr.lang();
        let shifts = gap.get();
        if ctx.board_summary().allocated.0 == 0 {
            P::GapEmpty.get(lang).to_string()
        } else if shifts.is_empty() {
            P::GapNone.get(lang).to_string()
        } else {
            shifts
                .iter()
                .map(|s| shift_sentence(s, lang))
                .collect::<Vec<_>>()
                .join(" ")
        }
    };

    let row = move |tier: Tier| {
        let slug = tier.slug();
        let input_id = format!("target-input-{slug}");
        let change = move |delta: i32| {
            ctx.open.edit_coalesced(&format!("target:{slug}"), |s| {
                s.pyramid.change_target_share(tier, delta)
            });
        };
        let set = move |value: String| {
            let Ok(percent) = value.trim().parse::<u8>() else {
                return;
            };
            ctx.open.edit_coalesced(&format!("target:{slug}"), |s| {
                s.pyramid.set_target_share(tier, percent)
            });
        };
        view! {
            <tr class=format!("pyramid-target__row pyramid-target__row--{slug}")>
                <th scope="row">
                    <label for=input_id.clone()>
                        <span class=format!("pyramid-level__swatch pyramid-level__swatch--{slug}") aria-hidden="true"></span>
                        {tr.t(TierText::from(tier))}
                    </label>
                </th>
                <td class="pyramid-target__controls">
                    <button type="button" class="button button--ghost" data-testid=format!("target-minus-{slug}")
                        aria-label=move || format!("{}: {}", tr.t(TierText::from(tier)), tr.t(P::TargetLess))
                        on:click=move |_| change(-STEP_POINTS)>"−"</button>
                    <input id=input_id class="field__input pyramid-target__input" type="number" min="0" max="100" step="1"
                        inputmode="numeric" data-testid=format!("target-input-{slug}")
                        prop:value=move || target.get().percent(tier).to_string()
                        on:change=move |ev| set(event_target_value(&ev))/>
                    <span aria-hidden="true">"%"</span>
                    <button type="button" class="button button--ghost" data-testid=format!("target-plus-{slug}")
                        aria-label=move || format!("{}: {}", tr.t(TierText::from(tier)), tr.t(P::TargetMore))
                        on:click=move |_| change(STEP_POINTS)>"+"</button>
                </td>
                <td data-testid=format!("actual-{slug}")>
                    {move || format_percent(ctx.board_summary().tier(tier).share_bp, tr.lang())}
                </td>
            </tr>
        }
    };

    view! {
        <section class="pyramid-target" aria-labelledby="pyramid-target-heading">
            <h2 id="pyramid-target-heading">{tr.t(P::TargetHeading)}</h2>
            <p>{tr.t(P::TargetIntro)}</p>
            <table class="pyramid-target__table">
                <thead>
                    <tr>
                        <th scope="col">{tr.t(P::ColLevel)}</th>
                        <th scope="col">{tr.t(P::TargetLabel)}</th>
                        <th scope="col">{tr.t(P::ActualLabel)}</th>
                    </tr>
                </thead>
                <tbody>
                    {row(Tier::Universal)}
                    {row(Tier::Targeted)}
                    {row(Tier::Individual)}
                </tbody>
            </table>
            <p class="pyramid-target__gap" data-testid="gap-text" aria-live="polite">{gap_text}</p>
        </section>
    }
}
