//! Dragging a card by its handle with pointer events (mouse, touch and pen alike), and
//! finding where it is dropped: the level under the pointer and the card it lands before.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::pyramid::Tier;
use crate::ui::pyramid_labels::tier_slug;

/// Below this many pixels a press on the handle is not a drag (a shaky finger on a board).
const DRAG_THRESHOLD_PX: f64 = 6.0;

/// A drag in progress: which pointer, where it started, how far it has come.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Drag {
    pointer: i32,
    start: (f64, f64),
    /// Offset from the start, for the card's `transform`.
    pub offset: (f64, f64),
}

/// Where a dragged card was let go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Drop {
    /// The level under the pointer.
    pub tier: Tier,
    /// The card it lands before; `None` puts it last.
    pub before: Option<u32>,
}

impl Drag {
    /// Starts a drag on `pointerdown`; `None` for a right-click or a second finger.
    pub fn start(ev: &web_sys::PointerEvent) -> Option<Drag> {
        if !ev.is_primary() || (ev.pointer_type() == "mouse" && ev.button() != 0) {
            return None;
        }
        ev.prevent_default();
        if let Some(el) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            // May fail for synthetic events; the handle still gets the events it is sent.
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        Some(Drag {
            pointer: ev.pointer_id(),
            start: point(ev),
            offset: (0.0, 0.0),
        })
    }

    /// The pointer being followed.
    pub fn pointer(&self) -> i32 {
        self.pointer
    }

    /// The drag after the pointer moved to `ev`.
    pub fn follow(self, ev: &web_sys::PointerEvent) -> Drag {
        let (x, y) = point(ev);
        Drag {
            offset: (x - self.start.0, y - self.start.1),
            ..self
        }
    }

    /// Whether `ev` ends this drag far enough from its start to count as a move.
    pub fn ends_far(&self, ev: &web_sys::PointerEvent) -> bool {
        let (x, y) = point(ev);
        (x - self.start.0).hypot(y - self.start.1) >= DRAG_THRESHOLD_PX
    }
}

/// Window listeners that follow one drag until the pointer is released.
///
/// Installed on `pointerdown` rather than kept on every card: a board of 200 cards would
/// otherwise carry 600 idle listeners, each created and removed whenever a card moves.
#[derive(Clone, Default)]
pub struct Follow(Rc<RefCell<Vec<WindowListenerHandle>>>);

impl Follow {
    /// Calls `on_move` for every `pointermove` of `pointer` and `on_end` once, on its
    /// `pointerup` or `pointercancel` (check `ev.type_()`), then removes the listeners.
    /// Other pointers (a second finger on the board) are ignored.
    pub fn start(
        pointer: i32,
        on_move: impl Fn(web_sys::PointerEvent) + 'static,
        on_end: impl Fn(web_sys::PointerEvent) + 'static,
    ) -> Follow {
        let follow = Follow::default();
        let on_end = Rc::new(on_end);
        let end = |name: &str| {
            let follow = follow.clone();
            let on_end = on_end.clone();
            window_event_listener_untyped(name, move |ev| {
                let ev: web_sys::PointerEvent = ev.unchecked_into();
                if ev.pointer_id() == pointer {
                    follow.stop();
                    on_end(ev);
                }
            })
        };
        let handles = vec![
            window_event_listener(leptos::ev::pointermove, move |ev| {
                if ev.pointer_id() == pointer {
                    on_move(ev);
                }
            }),
            end("pointerup"),
            end("pointercancel"),
        ];
        *follow.0.borrow_mut() = handles;
        follow
    }

    /// Removes the listeners (again is harmless).
    pub fn stop(&self) {
        for handle in self.0.borrow_mut().drain(..) {
            handle.remove();
        }
    }
}

/// The pointer's position in the viewport.
pub fn point(ev: &web_sys::PointerEvent) -> (f64, f64) {
    (f64::from(ev.client_x()), f64::from(ev.client_y()))
}

/// The level (drop zone) under a point of the viewport, if any.
pub fn level_at(x: f64, y: f64) -> Option<Tier> {
    zone_at(x, y).map(|(tier, _)| tier)
}

/// The level under a point and its drop zone element.
fn zone_at(x: f64, y: f64) -> Option<(Tier, web_sys::Element)> {
    Tier::ALL.into_iter().find_map(|tier| {
        let el = zone(tier)?;
        contains(&el, x, y).then_some((tier, el))
    })
}

/// The level under a point and the card there that the dragged card `id` lands before:
/// the first card (in reading order) whose middle lies after the point.
pub fn drop_at(x: f64, y: f64, id: u32) -> Option<Drop> {
    let (tier, zone) = zone_at(x, y)?;
    // The selector leaves out the dragged card, so no attribute is read per card.
    let list = zone
        .query_selector_all(&format!("[data-card-id]:not([data-card-id='{id}'])"))
        .ok()?;
    let cards: Vec<web_sys::Element> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect();
    // "Lands before" is false and then true along the reading order, so a binary search
    // needs about 7 layout reads for a level of 70 cards instead of one per card.
    let first = cards.partition_point(|el| {
        let r = el.get_bounding_client_rect();
        !lands_before((x, y), (r.left(), r.top(), r.width(), r.bottom()))
    });
    let before = cards
        .get(first)
        .and_then(|el| el.get_attribute("data-card-id")?.parse().ok());
    Some(Drop { tier, before })
}

/// Whether a point lands before a card at `(left, top, width, bottom)`. Cards wrap in rows,
/// read left to right: a point above the card's row, or in its row left of its middle, is
/// before it. Asked of the cards in reading order, the first yes is the drop position.
fn lands_before((x, y): (f64, f64), (left, top, width, bottom): (f64, f64, f64, f64)) -> bool {
    y < top || (y <= bottom && x < left + width / 2.0)
}

fn zone(tier: Tier) -> Option<web_sys::Element> {
    document()
        .query_selector(&format!(
            ".pyramid-board [data-drop-tier='{}']",
            tier_slug(tier)
        ))
        .ok()
        .flatten()
}

fn contains(el: &web_sys::Element, x: f64, y: f64) -> bool {
    let r = el.get_bounding_client_rect();
    x >= r.left() && x <= r.right() && y >= r.top() && y <= r.bottom()
}

#[cfg(test)]
mod tests {
    use super::lands_before;

    #[test]
    fn a_point_lands_before_the_first_card_after_it_in_reading_order() {
        // Two rows of two cards, 100 wide and 50 high, 10 apart.
        let cards = [
            (0.0, 0.0, 100.0, 50.0),
            (110.0, 0.0, 100.0, 50.0),
            (0.0, 60.0, 100.0, 110.0),
            (110.0, 60.0, 100.0, 110.0),
        ];
        let first = |p: (f64, f64)| cards.iter().position(|c| lands_before(p, *c));
        assert_eq!(first((10.0, 20.0)), Some(0));
        assert_eq!(first((60.0, 20.0)), Some(1));
        assert_eq!(first((205.0, 20.0)), Some(2));
        assert_eq!(first((120.0, 80.0)), Some(3));
        assert_eq!(first((190.0, 80.0)), None);
        assert_eq!(first((50.0, 200.0)), None);
    }
}
