//! An activity as a card on its level: drag it by the handle (pointer events: mouse, touch
//! and pen alike), or use its buttons or the arrow keys.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::fill;
use crate::i18n::tables::PyramidText as P;
use crate::i18n::words::hours_unit;
use crate::i18n::words::{hours, tier_short};
use crate::i18n::{format_count, Lang, Text};
use crate::model::pyramid::{Pyramid, Scenario, Tier};
use crate::ui::browser::move_node::moves_keep_focus;
use crate::ui::pyramid::board::cards::CardData;
use crate::ui::pyramid::board::drag::{point, Drag, Follow};
use crate::ui::pyramid::board::geometry::{BoardGeometry, DropTarget};
use crate::ui::pyramid::{use_pyramid, PyramidCtx};

/// One activity card.
///
/// The language is a plain value, not a signal: with 200 cards, a dozen language-bound
/// labels each would be thousands of reactive nodes to build when the board opens.
/// [`crate::ui::pyramid::board::shelf`] builds the cards again when the language changes, which is rare.
#[component]
pub fn PyramidCard(
    /// The activity's id.
    id: u32,
    /// What the card shows, kept up to date by [`crate::ui::pyramid::board::cards::BoardCards`].
    card: ArcRwSignal<CardData>,
    /// The language of the labels.
    lang: Lang,
) -> impl IntoView {
    let ctx = use_pyramid();
    let card = RwSignal::from(card).read_only();
    // The level changes on a move while the card stays (see `shelf.rs`); a memo keeps an
    // hours change from touching the level's attributes.
    let tier = Memo::new(move |_| card.with(|c| c.tier));
    let title = move || {
        card.with(|c| match c.title.trim() {
            "" => P::Untitled.get(lang).to_string(),
            _ => c.title.clone(),
        })
    };
    let shown_hours = move || card.with(|c| hours(c.minutes, lang));
    let unit = move || card.with(|c| hours_unit(i64::from(c.minutes.0), lang));
    let drag = RwSignal::new(None::<Drag>);

    let change = move |quarters: i32| {
        let scenario = ctx.scenario.get_untracked();
        ctx.open
            .edit_coalesced(&format!("minutes:{scenario:?}:{id}"), |s| {
                s.pyramid.change_minutes(scenario, id, quarters)
            });
    };
    let node = NodeRef::<leptos::html::Li>::new();
    // Every move, by button, key or drop. The card itself is moved to its new level (see
    // `shelf.rs`). With `moveBefore` it keeps focus. Without it, the move takes the card
    // out of the document, and taking out an element that holds focus makes the browser run
    // style and layout synchronously on a DOM that is mid-update (about 10 ms with 200
    // cards); so there focus is let go first, while the DOM is still clean. Either way
    // `after_move` gives it back, also when the button that had it is now disabled. Focus
    // that was elsewhere (a tap on a button, see `keep_focus`) stays where it was.
    let relocate =
        move |to: Tier, refocus: &'static str, change: &dyn Fn(&mut Pyramid, Scenario) -> bool| {
            let new_level = to != tier.get_untracked();
            let refocus = if new_level && release_focus(node) {
                refocus
            } else {
                "none"
            };
            let scenario = ctx.scenario.get_untracked();
            if ctx.open.edit(|s| change(&mut s.pyramid, scenario)) && new_level {
                after_move(ctx, lang, scenario, id, node, refocus);
            }
        };
    let step = move |up: bool, refocus: &'static str| {
        let now = tier.get_untracked();
        if let Some(to) = if up { now.above() } else { now.below() } {
            relocate(to, refocus, &|p, scenario| {
                p.step_activity(scenario, id, up)
            });
        }
    };

    let on_key = move |ev: web_sys::KeyboardEvent| {
        // Only when the card itself has focus: inside it, buttons keep their own keys.
        if ev.target() != ev.current_target() {
            return;
        }
        match ev.key().as_str() {
            "ArrowUp" => step(true, "card"),
            "ArrowDown" => step(false, "card"),
            "ArrowRight" | "+" => change(1),
            "ArrowLeft" | "-" => change(-1),
            _ => return,
        }
        ev.prevent_default();
    };

    let follow = StoredValue::new_local(None::<Follow>);
    on_cleanup(move || {
        if let Some(f) = follow.try_get_value().flatten() {
            f.stop();
        }
    });
    let on_down = move |ev: web_sys::PointerEvent| {
        let Some(d) = Drag::start(&ev) else {
            return;
        };
        drag.set(Some(d));
        let on_move = move |ev: web_sys::PointerEvent, board: &BoardGeometry| {
            let Some(d) = drag.try_get_untracked().flatten() else {
                return;
            };
            drag.set(Some(d.follow(&ev)));
            let (x, y) = point(&ev);
            let over = board.level_at(x, y);
            if ctx.drop_target.get_untracked() != over {
                ctx.drop_target.set(over);
            }
        };
        let on_end = move |ev: web_sys::PointerEvent, board: &BoardGeometry| {
            let Some(d) = drag.try_get_untracked().flatten() else {
                return;
            };
            let to = (ev.type_() == "pointerup")
                .then(|| drop_of(&ev, d, id, board))
                .flatten();
            drag.set(None);
            ctx.drop_target.set(None);
            if let Some(to) = to {
                relocate(to.tier, "card", &|p, scenario| {
                    p.place_activity(scenario, id, to.tier, to.before)
                });
            }
        };
        follow.set_value(Some(Follow::start(d.pointer(), on_move, on_end)));
    };

    // Five buttons per card, 200 cards: one delegated listener per card instead of five
    // keeps building the board cheap. Disabled buttons fire nothing.
    let on_action = move |ev: web_sys::MouseEvent| {
        let act = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button[data-act]").ok().flatten())
            .and_then(|b| b.get_attribute("data-act"));
        match act.as_deref() {
            Some("less") => change(-1),
            Some("more") => change(1),
            Some("up") => step(true, "up"),
            Some("down") => step(false, "down"),
            Some("edit") => ctx.editing.set(Some(id)),
            _ => {}
        }
    };

    let slug = move || tier.get().slug();
    let title_id = format!("activity-title-{id}");
    view! {
        <li
            node_ref=node
            class=move || {
                let dragging = if drag.get().is_some() { " activity-card--dragging" } else { "" };
                format!("activity-card activity-card--{}{dragging}", slug())
            }
            data-testid=format!("activity-card-{id}")
            data-card-id=id
            data-tier=slug
            tabindex="0"
            aria-label=move || format!("{}, {} {}", title(), shown_hours(), unit())
            aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight"
            style:transform=move || drag.get().map(|d| format!("translate({}px, {}px)", d.offset.0, d.offset.1))
            on:keydown=on_key
        >
            <div class="activity-card__top">
                <span
                    class="activity-card__handle"
                    data-testid=format!("activity-handle-{id}")
                    title=P::DragHandle.get(lang)
                    aria-hidden="true"
                    on:pointerdown=on_down
                >
                    "⠿"
                </span>
                <span class="activity-card__title" id=title_id.clone() data-testid=title_id.clone()>{title}</span>
            </div>
            <p class="activity-card__meta">
                <span class="activity-card__hours" data-testid=format!("activity-hours-{id}")>
                    {shown_hours} " " {unit}
                </span>
                <span class="activity-card__pupils">
                    {move || card.with(|c| format_count(u64::from(c.pupils), lang))}
                    " " {P::PupilsShort.get(lang)}
                </span>
                <span class="activity-card__status">
                    {move || card.with(|c| P::from(c.status).get(lang))}
                </span>
            </p>
            // One listener for the five buttons (see `on_action`). Their names are fixed;
            // the group is labelled by the card's title.
            <div class="activity-card__actions no-print" role="group" aria-labelledby=title_id
                on:pointerdown=keep_focus on:click=on_action>
                <button type="button" class="button button--ghost activity-card__button"
                    data-testid=format!("activity-minus-{id}")
                    aria-label=P::LessHours.get(lang)
                    data-act="less">"−"</button>
                <button type="button" class="button button--ghost activity-card__button"
                    data-testid=format!("activity-plus-{id}")
                    aria-label=P::MoreHours.get(lang)
                    data-act="more">"+"</button>
                <button type="button" class="button button--ghost activity-card__button"
                    data-testid=format!("activity-up-{id}")
                    title=P::MoveUpHint.get(lang)
                    disabled=move || tier.get().above().is_none()
                    data-act="up">
                    <span aria-hidden="true">"▲ "</span><span class="activity-card__word">{P::MoveUp.get(lang)}</span>
                </button>
                <button type="button" class="button button--ghost activity-card__button"
                    data-testid=format!("activity-down-{id}")
                    title=P::MoveDownHint.get(lang)
                    disabled=move || tier.get().below().is_none()
                    data-act="down">
                    <span aria-hidden="true">"▼ "</span><span class="activity-card__word">{P::MoveDown.get(lang)}</span>
                </button>
                <button type="button" class="button button--ghost activity-card__button"
                    data-testid=format!("activity-edit-{id}")
                    data-act="edit">
                    <span class="activity-card__word">{P::Edit.get(lang)}</span>
                </button>
            </div>
        </li>
    }
}

/// Whether focus is inside `card`. Where cards move with `moveBefore` they keep it;
/// elsewhere the focused element is blurred first (see `relocate`).
fn release_focus(card: NodeRef<leptos::html::Li>) -> bool {
    let focused = crate::ui::browser::page::active_element()
        .filter(|el| card.get_untracked().is_some_and(|c| c.contains(Some(el))))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match focused {
        Some(el) => {
            if !moves_keep_focus() {
                let _ = el.blur();
            }
            true
        }
        None => false,
    }
}

/// Where a drag that ends with `ev` lands: on the level under the pointer, before the card
/// it is dropped on; `None` for a press that hardly moved or a drop outside the levels.
fn drop_of(
    ev: &web_sys::PointerEvent,
    d: Drag,
    id: u32,
    board: &BoardGeometry,
) -> Option<DropTarget> {
    if !d.ends_far(ev) {
        return None;
    }
    let (x, y) = point(ev);
    board.drop_at(x, y, id)
}

/// Keeps a mouse, finger or pen press on a card button from taking focus: focus stays
/// where the person left it (the board has no keyboard), so a move has no focus to carry
/// over. Keyboard users focus the buttons with Tab as usual.
fn keep_focus(ev: web_sys::PointerEvent) {
    ev.prevent_default();
}

/// After a move: say where the card went, and give focus back to the same control on it
/// (or to the card, when that control is now disabled) so keyboard users can keep going.
fn after_move(
    ctx: PyramidCtx,
    lang: Lang,
    scenario: Scenario,
    id: u32,
    card: NodeRef<leptos::html::Li>,
    refocus: &'static str,
) {
    let (title, tier) = ctx.open.with_untracked(|s| {
        s.pyramid
            .activity(scenario, id)
            .map(|a| (a.title.clone(), a.tier))
            .unwrap_or_default()
    });
    ctx.announce.set(fill(
        P::Moved.get(lang),
        &[("title", &title), ("tier", tier_short(tier).get(lang))],
    ));
    if refocus == "none" {
        return;
    }
    // A task later, when the card is on its new level and its buttons are up to date.
    set_timeout(
        move || {
            let Some(card) = card.try_get_untracked().flatten() else {
                return;
            };
            let button = match refocus {
                "up" | "down" => card
                    .query_selector(&format!("button[data-act='{refocus}']:not([disabled])"))
                    .ok()
                    .flatten()
                    .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()),
                _ => None,
            };
            let _ = match button {
                Some(button) => button.focus(),
                None => card.focus(),
            };
        },
        Duration::ZERO,
    );
}
