//! The target spread per level, actual next to target, and the gap in words.

use leptos::prelude::*;

use crate::i18n::tables::PyramidText as P;
use crate::i18n::tables::{TierText, TierText as TierShort};
use crate::i18n::words::{percent_text, share_text, shift_sentence};
use crate::i18n::{fill, Text};
use crate::model::pyramid::{gap_to, TargetSpread, Tier};
use crate::ui::pyramid::use_pyramid;
use crate::ui::state::use_tr;

/// Percentage points per − / + press.
const STEP_POINTS: i32 = 5;

/// Target shares with − / + and a number field. A change of one level is balanced with
/// the one level the team chose, or, with "niet verrekenen", shown as still to divide
/// until the three add up to 100 again; the stored target always adds up to 100.
#[component]
pub fn PyramidTarget() -> impl IntoView {
    let tr = use_tr();
    let ctx = use_pyramid();
    let target = ctx.target;
    // The level that takes up a change; `None`: nothing is balanced, the rest is shown.
    let balance = RwSignal::new(Some(Tier::Individual));
    // Shares being divided while they do not add up to 100 (only without balancing).
    let draft = RwSignal::new(None::<[u8; 3]>);
    let shown = move |tier: Tier| {
        draft
            .get()
            .map_or_else(|| target.get().percent(tier), |d| d[tier.index()])
    };
    let remainder = move || {
        draft
            .get()
            .map(|d| 100 - d.iter().map(|p| i32::from(*p)).sum::<i32>())
    };
    // One way in for steppers and typing: set `tier` to `percent`.
    let set_share = move |tier: Tier, percent: i32| {
        let percent = u8::try_from(percent.clamp(0, 100)).unwrap_or(0);
        match balance.get_untracked().filter(|b| *b != tier) {
            Some(b) => {
                draft.set(None);
                ctx.open
                    .edit_coalesced(&format!("target:{}", tier.slug()), |s| {
                        s.pyramid.set_target_balanced(tier, percent, b)
                    });
            }
            None => {
                let mut d = draft
                    .get_untracked()
                    .unwrap_or_else(|| target.get_untracked().percents());
                d[tier.index()] = percent;
                match TargetSpread::new(d[0], d[1], d[2]) {
                    Some(spread) => {
                        draft.set(None);
                        ctx.open.edit(|s| {
                            let changed = s.pyramid.target() != spread;
                            s.pyramid.set_target(spread);
                            changed
                        });
                    }
                    None => draft.set(Some(d)),
                }
            }
        }
    };

    let row = move |tier: Tier| {
        let slug = tier.slug();
        let input_id = format!("target-input-{slug}");
        let change = move |delta: i32| set_share(tier, i32::from(shown(tier)) + delta);
        let set = move |value: String| {
            if let Ok(percent) = value.trim().trim_end_matches('%').trim().parse::<i32>() {
                set_share(tier, percent);
            }
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
                        aria-label=format!("{}: {}", tr.t(TierText::from(tier)), tr.t(P::TargetLess))
                        on:click=move |_| change(-STEP_POINTS)>"−"</button>
                    <input id=input_id class="field__input pyramid-target__input" type="number" min="0" max="100" step="1"
                        inputmode="numeric" data-testid=format!("target-input-{slug}")
                        prop:value=move || shown(tier).to_string()
                        on:change=move |ev| set(event_target_value(&ev))/>
                    <span aria-hidden="true">"%"</span>
                    <button type="button" class="button button--ghost" data-testid=format!("target-plus-{slug}")
                        aria-label=format!("{}: {}", tr.t(TierText::from(tier)), tr.t(P::TargetMore))
                        on:click=move |_| change(STEP_POINTS)>"+"</button>
                </td>
                <td data-testid=format!("actual-{slug}")>
                    {move || share_text(&ctx.board_summary(), tier, tr.lang())}
                </td>
            </tr>
        }
    };

    let balance_button = move |choice: Option<Tier>, label: &'static str, testid: &'static str| {
        view! {
            <button type="button" class="button button--ghost" data-testid=testid
                aria-pressed=move || (balance.get() == choice).to_string()
                on:click=move |_| balance.set(choice)>
                {label}
            </button>
        }
    };

    view! {
        <section class="pyramid-target" aria-labelledby="pyramid-target-heading">
            <h2 id="pyramid-target-heading">{tr.t(P::TargetHeading)}</h2>
            <p>{tr.t(P::TargetIntro)}</p>
            <div class="table-scroll">
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
            </div>
            <div class="pyramid-target__balance" role="group" aria-labelledby="target-balance-label">
                <span id="target-balance-label">{tr.t(P::TargetBalance)}</span>
                {balance_button(Some(Tier::Universal), tr.t(TierShort::UniversalShort), "target-balance-universal")}
                {balance_button(Some(Tier::Targeted), tr.t(TierShort::TargetedShort), "target-balance-targeted")}
                {balance_button(Some(Tier::Individual), tr.t(TierShort::IndividualShort), "target-balance-individual")}
                {balance_button(None, tr.t(P::TargetBalanceNone), "target-balance-none")}
            </div>
            {move || remainder().map(|r| view! {
                <p class="pyramid-target__remainder" role="status" data-testid="target-remainder">
                    {fill(
                        if r > 0 { tr.t(P::TargetRemainder) } else { tr.t(P::TargetTooMuch) },
                        &[("percent", &percent_text(r.unsigned_abs(), tr.lang()))],
                    )}
                </p>
            })}
            <GapText/>
        </section>
    }
}

/// The gap between the spread on the board and the target, in words ("Verschuif 3,5 uur
/// van individueel naar universeel.").
#[component]
pub fn GapText() -> impl IntoView {
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
    view! {
        <p class="pyramid-target__gap" data-testid="gap-text" aria-live="polite">{gap_text}</p>
    }
}
