//! Dragging a card by its handle with pointer events (mouse, touch and pen alike): the drag
//! itself, and the window listeners that follow it with the board's geometry at hand.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::pyramid::board::geometry::BoardGeometry;

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
/// otherwise carry 600 idle listeners, all made when the board opens.
#[derive(Clone, Default)]
pub struct Follow(Rc<RefCell<Vec<WindowListenerHandle>>>);

impl Follow {
    /// Calls `on_move` for every `pointermove` of `pointer` and `on_end` once, on its
    /// `pointerup` or `pointercancel` (check `ev.type_()`), then removes the listeners.
    /// Other pointers (a second finger on the board) are ignored. Both get the board's
    /// geometry, read now and again only after the page scrolled or resized.
    pub fn start(
        pointer: i32,
        on_move: impl Fn(web_sys::PointerEvent, &BoardGeometry) + 'static,
        on_end: impl Fn(web_sys::PointerEvent, &BoardGeometry) + 'static,
    ) -> Follow {
        let follow = Follow::default();
        let geometry = Geometry::read_now();
        let on_end = Rc::new(on_end);
        let end = |name: &str| {
            let follow = follow.clone();
            let on_end = on_end.clone();
            let geometry = geometry.clone();
            window_event_listener_untyped(name, move |ev| {
                let ev: web_sys::PointerEvent = ev.unchecked_into();
                if ev.pointer_id() == pointer {
                    follow.stop();
                    geometry.with(|g| on_end(ev, g));
                }
            })
        };
        let stale = |name: &str| {
            let geometry = geometry.clone();
            window_event_listener_untyped(name, move |_| geometry.stale())
        };
        let handles = vec![
            window_event_listener(leptos::ev::pointermove, {
                let geometry = geometry.clone();
                move |ev| {
                    if ev.pointer_id() == pointer {
                        geometry.with(|g| on_move(ev, g));
                    }
                }
            }),
            end("pointerup"),
            end("pointercancel"),
            stale("scroll"),
            stale("resize"),
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

/// The board's geometry for one drag: read when it starts, read again after a scroll or
/// resize made it stale.
#[derive(Clone)]
struct Geometry(Rc<RefCell<Option<BoardGeometry>>>);

impl Geometry {
    fn read_now() -> Geometry {
        Geometry(Rc::new(RefCell::new(Some(BoardGeometry::read()))))
    }

    fn stale(&self) {
        self.0.borrow_mut().take();
    }

    /// Runs `f` with the geometry, without holding the borrow while `f` runs.
    fn with<R>(&self, f: impl FnOnce(&BoardGeometry) -> R) -> R {
        let geometry = self
            .0
            .borrow_mut()
            .take()
            .unwrap_or_else(BoardGeometry::read);
        let out = f(&geometry);
        self.0.borrow_mut().get_or_insert(geometry);
        out
    }
}

/// The pointer's position in the viewport.
pub fn point(ev: &web_sys::PointerEvent) -> (f64, f64) {
    (f64::from(ev.client_x()), f64::from(ev.client_y()))
}
