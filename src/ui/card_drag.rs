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
    let cards = zone
        .query_selector(".pyramid-level__cards")
        .ok()
        .flatten()?
        .children();
    // Cards are read one at a time as the search asks for them, not collected first: a
    // level of 70 cards then costs about 7 element, attribute and layout reads.
    let card_id = |i: usize| {
        cards
            .item(i as u32)?
            .get_attribute("data-card-id")?
            .parse::<u32>()
            .ok()
    };
    let lands = |i: usize| {
        cards.item(i as u32).is_some_and(|el| {
            let r = el.get_bounding_client_rect();
            lands_before((x, y), (r.left(), r.top(), r.width(), r.bottom()))
        })
    };
    let n = cards.length() as usize;
    let at = landing_index(n, |i| card_id(i) == Some(id), lands);
    let before = (at < n).then(|| card_id(at)).flatten();
    Some(Drop { tier, before })
}

/// Of `n` cards in reading order, the index of the first one that a drop lands before
/// (`lands`), leaving out the dragged card (`dragged`; it follows the pointer, so its own
/// position means nothing); `n` when it lands after all of them.
///
/// `lands` is false and then true along the reading order, so this is a binary search. The
/// dragged card answers as the card after it does, which keeps the order intact.
fn landing_index(
    n: usize,
    dragged: impl Fn(usize) -> bool,
    lands: impl Fn(usize) -> bool,
) -> usize {
    let answer = |i: usize| {
        let i = if dragged(i) { i + 1 } else { i };
        i >= n || lands(i)
    };
    let (mut low, mut high) = (0, n);
    while low < high {
        let mid = low + (high - low) / 2;
        if answer(mid) {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    if low < n && dragged(low) {
        low + 1
    } else {
        low
    }
}

/// Whether a point lands before a card at `(left, top, width, bottom)`. Cards wrap in rows,
/// read left to right: a point above the card's row, or in its row left of its middle, is
/// before it. Asked of the cards in reading order, the first yes is the drop position.
fn lands_before((x, y): (f64, f64), (left, top, width, bottom): (f64, f64, f64, f64)) -> bool {
    y < top || (y <= bottom && x < left + width / 2.0)
}

/// A level's drop zone, by the id [`drop_zone_id`] gives it.
fn zone(tier: Tier) -> Option<web_sys::Element> {
    document().get_element_by_id(&drop_zone_id(tier))
}

/// The element id of a level's drop zone on the board.
pub fn drop_zone_id(tier: Tier) -> String {
    format!("drop-zone-{}", tier_slug(tier))
}

fn contains(el: &web_sys::Element, x: f64, y: f64) -> bool {
    let r = el.get_bounding_client_rect();
    x >= r.left() && x <= r.right() && y >= r.top() && y <= r.bottom()
}

#[cfg(test)]
mod tests {
    use super::{landing_index, lands_before};

    #[test]
    fn the_landing_index_leaves_out_the_dragged_card_wherever_it_is() {
        // Cards 0..6; the drop lands before every card from `from` on.
        for n in 0..7 {
            for from in 0..=n {
                assert_eq!(landing_index(n, |_| false, |i| i >= from), from);
                for dragged in 0..n {
                    let got = landing_index(n, |i| i == dragged, |i| i >= from);
                    // The same answer as a search over the list without the dragged card.
                    let rest: Vec<usize> = (0..n).filter(|i| *i != dragged).collect();
                    let want = rest.iter().find(|i| **i >= from).copied().unwrap_or(n);
                    assert_eq!(got, want, "n {n}, from {from}, dragged {dragged}");
                }
            }
        }
    }

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
