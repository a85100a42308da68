//! An activity as a card on its level: drag it by the handle (pointer events: mouse, touch
//! and pen alike), or use its buttons or the arrow keys.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::tables::PyramidText as P;
use crate::i18n::Text;
use crate::model::pyramid::{Scenario, Tier};
use crate::ui::pyramid_labels::{fill, hours, status_name, tier_short, tier_slug};
use crate::ui::pyramid_screen::{use_pyramid, PyramidCtx};
use crate::ui::state::{use_tr, Tr};

/// Below this many pixels a press on the handle is not a drag (a shaky finger on a board).
const DRAG_THRESHOLD_PX: f64 = 6.0;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Drag {
    pointer: i32,
    start: (f64, f64),
    offset: (f64, f64),
}

/// One activity card.
#[component]
pub fn PyramidCard(
    /// The activity's id.
    id: u32,
    /// The level it is on (a move re-creates the card on its new level).
    tier: Tier,
) -> impl IntoView {
    let tr = use_tr();
    let ctx = use_pyramid();
    let card = Memo::new(move |_| {
        let scenario = ctx.scenario.get();
        ctx.open.with(|s| {
            s.pyramid.activity(scenario, id).map(|a| {
                (
                    a.title.clone(),
                    a.weekly_minutes,
                    a.pupils_reached,
                    a.status,
                )
            })
        })
    });
    let title = move || {
        card.with(|c| match c {
            Some((t, ..)) if !t.trim().is_empty() => t.clone(),
            _ => P::Untitled.get(tr.lang()).to_string(),
        })
    };
    let drag = RwSignal::new(None::<Drag>);

    let change = move |quarters: i32| {
        let scenario = ctx.scenario.get_untracked();
        ctx.open
            .edit_coalesced(&format!("minutes:{scenario:?}:{id}"), |s| {
                s.pyramid.change_minutes(scenario, id, quarters)
            });
    };
    let step = move |up: bool, refocus: &'static str| {
        let scenario = ctx.scenario.get_untracked();
        let mut moved = false;
        ctx.open.edit(|s| {
            moved = s.pyramid.step_activity(scenario, id, up);
            moved
        });
        if moved {
            after_move(ctx, tr, scenario, id, refocus);
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

    let on_down = move |ev: web_sys::PointerEvent| {
        // Primary button or any touch/pen contact; a right-click never starts a drag.
        if !ev.is_primary() || (ev.pointer_type() == "mouse" && ev.button() != 0) {
            return;
        }
        ev.prevent_default();
        if let Some(el) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            // May fail for synthetic events; the handle still gets the events it is sent.
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        drag.set(Some(Drag {
            pointer: ev.pointer_id(),
            start: (f64::from(ev.client_x()), f64::from(ev.client_y())),
            offset: (0.0, 0.0),
        }));
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        let Some(d) = drag.get_untracked() else {
            return;
        };
        if d.pointer != ev.pointer_id() {
            return;
        }
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        drag.set(Some(Drag {
            offset: (x - d.start.0, y - d.start.1),
            ..d
        }));
        let over = level_at(x, y);
        if ctx.drop_target.get_untracked() != over {
            ctx.drop_target.set(over);
        }
    };
    let on_up = move |ev: web_sys::PointerEvent| {
        let Some(d) = drag.get_untracked() else {
            return;
        };
        if d.pointer != ev.pointer_id() {
            return;
        }
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        drag.set(None);
        ctx.drop_target.set(None);
        let moved_far = (x - d.start.0).hypot(y - d.start.1) >= DRAG_THRESHOLD_PX;
        match level_at(x, y) {
            Some(to) if moved_far && to != tier => {
                let scenario = ctx.scenario.get_untracked();
                let mut moved = false;
                ctx.open.edit(|s| {
                    moved = s.pyramid.move_activity(scenario, id, to);
                    moved
                });
                if moved {
                    after_move(ctx, tr, scenario, id, "none");
                }
            }
            _ => {}
        }
    };
    let on_cancel = move |_: web_sys::PointerEvent| {
        drag.set(None);
        ctx.drop_target.set(None);
    };

    let slug = tier_slug(tier);
    view! {
        <li
            class=move || {
                let dragging = if drag.get().is_some() { " activity-card--dragging" } else { "" };
                format!("activity-card activity-card--{slug}{dragging}")
            }
            data-testid=format!("activity-card-{id}")
            data-tier=slug
            tabindex="0"
            aria-label=move || format!("{}, {} {}", title(), card.with(|c| c.as_ref().map(|c| hours(c.1, tr.lang())).unwrap_or_default()), tr.t(P::HoursUnit))
            aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight"
            style:transform=move || drag.get().map(|d| format!("translate({}px, {}px)", d.offset.0, d.offset.1))
            on:keydown=on_key
        >
            <div class="activity-card__top">
                <span
                    class="activity-card__handle"
                    data-testid=format!("activity-handle-{id}")
                    title=move || tr.t(P::DragHandle)
                    aria-hidden="true"
                    on:pointerdown=on_down
                    on:pointermove=on_move
                    on:pointerup=on_up
                    on:pointercancel=on_cancel
                >
                    "⠿"
                </span>
                <span class="activity-card__title" data-testid=format!("activity-title-{id}")>{title}</span>
            </div>
            <p class="activity-card__meta">
                <span class="activity-card__hours" data-testid=format!("activity-hours-{id}")>
                    {move || card.with(|c| c.as_ref().map(|c| hours(c.1, tr.lang())).unwrap_or_default())}
                    " " {move || tr.t(P::HoursUnit)}
                </span>
                <span class="activity-card__pupils">
                    {move || card.with(|c| c.as_ref().map(|c| crate::i18n::format_count(u64::from(c.2), tr.lang())).unwrap_or_default())}
                    " " {move || tr.t(P::PupilsShort)}
                </span>
                <span class="activity-card__status">
                    {move || card.with(|c| c.as_ref().map(|c| tr.t(status_name(c.3))).unwrap_or_default())}
                </span>
            </p>
            <div class="activity-card__actions no-print">
                <button type="button" class="button button--ghost activity-card__button"
                    data-testid=format!("activity-minus-{id}")
                    aria-label=move || format!("{}: {}", tr.t(P::LessHours), title())
                    on:click=move |_| change(-1)>"−"</button>
                <button type="button" class="button button--ghost activity-card__button"
                    data-testid=format!("activity-plus-{id}")
                    aria-label=move || format!("{}: {}", tr.t(P::MoreHours), title())
                    on:click=move |_| change(1)>"+"</button>
                <button type="button" class="button button--ghost activity-card__button"
                    data-testid=format!("activity-up-{id}")
                    title=move || tr.t(P::MoveUpHint)
                    disabled=tier.above().is_none()
                    on:click=move |_| step(true, "up")>
                    <span aria-hidden="true">"▲ "</span>{move || tr.t(P::MoveUp)}
                </button>
                <button type="button" class="button button--ghost activity-card__button"
                    data-testid=format!("activity-down-{id}")
                    title=move || tr.t(P::MoveDownHint)
                    disabled=tier.below().is_none()
                    on:click=move |_| step(false, "down")>
                    <span aria-hidden="true">"▼ "</span>{move || tr.t(P::MoveDown)}
                </button>
                <button type="button" class="button button--ghost activity-card__button"
                    data-testid=format!("activity-edit-{id}")
                    on:click=move |_| ctx.editing.set(Some(id))>
                    {move || tr.t(P::Edit)}
                </button>
            </div>
        </li>
    }
}

/// The level (drop zone) under a point of the viewport, if any.
fn level_at(x: f64, y: f64) -> Option<Tier> {
    let doc = document();
    Tier::ALL.into_iter().find(|tier| {
        doc.query_selector(&format!(
            ".pyramid-board [data-drop-tier='{}']",
            tier_slug(*tier)
        ))
        .ok()
        .flatten()
        .is_some_and(|el| {
            let r = el.get_bounding_client_rect();
            x >= r.left() && x <= r.right() && y >= r.top() && y <= r.bottom()
        })
    })
}

/// After a move the card is re-created on its new level: say where it went, and give focus
/// back to the same control there so keyboard users can keep going.
fn after_move(ctx: PyramidCtx, tr: Tr, scenario: Scenario, id: u32, refocus: &'static str) {
    let (title, tier) = ctx.open.with_untracked(|s| {
        s.pyramid
            .activity(scenario, id)
            .map(|a| (a.title.clone(), a.tier))
            .unwrap_or_default()
    });
    let lang = tr.0.get_untracked();
    ctx.announce.set(fill(
        P::Moved.get(lang),
        &[("title", &title), ("tier", tier_short(tier).get(lang))],
    ));
    if refocus == "none" {
        return;
    }
    // A task later, when the new card is in the DOM.
    set_timeout(
        move || {
            let doc = document();
            let wanted = match refocus {
                "up" | "down" => format!("[data-testid='activity-{refocus}-{id}']:not([disabled])"),
                _ => String::new(),
            };
            let el = (!wanted.is_empty())
                .then(|| doc.query_selector(&wanted).ok().flatten())
                .flatten()
                .or_else(|| {
                    doc.query_selector(&format!("[data-testid='activity-card-{id}']"))
                        .ok()
                        .flatten()
                });
            if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        },
        Duration::ZERO,
    );
}
