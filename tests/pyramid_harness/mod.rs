//! What the pyramid's browser tests share: a small session, mounting the pyramid screen
//! with the app state in context, and reading and driving the DOM.

// Each test file uses its own subset of these helpers.
#![allow(dead_code)]

use std::cell::Cell;
use std::rc::Rc;

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use samen_doen::i18n::Lang;
use samen_doen::model::pyramid::{Scenario, Tier};
use samen_doen::model::{Minutes, Session};
use samen_doen::ui::pyramid::PyramidScreen;
use samen_doen::ui::state::AppState;
use samen_doen::ui::state::OpenSession;
use samen_doen::ui::state::Route;
use wasm_bindgen::{JsCast, JsValue};

/// A session with 10 hours available: universal 2 h (id 1), targeted 3 h (id 2),
/// individual 3 h (id 3).
pub fn session() -> Session {
    let mut s = Session::new("t", 0);
    let p = &mut s.pyramid;
    p.add_worker("Jeugdhulpverlener", "Org", Minutes::hours(10));
    for (tier, h) in [
        (Tier::Universal, 2),
        (Tier::Targeted, 3),
        (Tier::Individual, 3),
    ] {
        let id = p.add_activity(Scenario::Current, tier, format!("A{h}"));
        p.set_minutes(Scenario::Current, id, Minutes::hours(h));
    }
    s
}

/// Mounts the pyramid screen in Dutch with `session` open; returns the wrapper element.
pub fn mount(session: Session) -> (web_sys::Element, OpenSession) {
    let (root, open, _) = mount_with_app(session);
    (root, open)
}

/// Mounts the pyramid screen and also hands out the app state (language, smartboard).
pub fn mount_with_app(session: Session) -> (web_sys::Element, OpenSession, AppState) {
    let app = AppState {
        lang: RwSignal::new(Lang::Nl),
        smartboard: RwSignal::new(false),
        route: RwSignal::new(Route::Pyramid),
    };
    let wrapper = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&wrapper).unwrap();
    let slot: Rc<Cell<Option<OpenSession>>> = Rc::new(Cell::new(None));
    let out = slot.clone();
    mount_to(wrapper.clone().unchecked_into(), move || {
        provide_context(app);
        let open = OpenSession::new(session);
        provide_context(open);
        out.set(Some(open));
        view! { <PyramidScreen/> }
    })
    .forget();
    (wrapper, slot.get().expect("mounted"), app)
}

/// The element with `data-testid` = `id` under `root`; panics (fails the test) without it.
pub fn el(root: &web_sys::Element, id: &str) -> web_sys::HtmlElement {
    root.query_selector(&format!("[data-testid='{id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={id}"))
        .unchecked_into()
}

/// The text of the element with `data-testid` = `id`.
pub fn text(root: &web_sys::Element, id: &str) -> String {
    el(root, id).text_content().unwrap_or_default()
}

/// Dispatches a `keydown` of `key` (with Ctrl and Shift as given) at `target`.
pub fn key(target: &web_sys::EventTarget, key: &str, ctrl: bool, shift: bool) {
    let make = js_sys::Function::new_with_args(
        "k,c,s",
        "return new KeyboardEvent('keydown',{key:k,ctrlKey:c,shiftKey:s,bubbles:true,cancelable:true})",
    );
    let ev = make
        .call3(&JsValue::NULL, &key.into(), &ctrl.into(), &shift.into())
        .unwrap();
    target.dispatch_event(ev.unchecked_ref()).unwrap();
}

/// Dispatches a touch pointer event of `kind` at viewport point (`x`, `y`).
pub fn pointer(target: &web_sys::EventTarget, kind: &str, x: f64, y: f64) {
    let make = js_sys::Function::new_with_args(
        "t,x,y",
        "return new PointerEvent(t,{bubbles:true,cancelable:true,clientX:x,clientY:y,pointerId:7,isPrimary:true,pointerType:'touch',button:0})",
    );
    let ev = make
        .call3(&JsValue::NULL, &kind.into(), &x.into(), &y.into())
        .unwrap();
    target.dispatch_event(ev.unchecked_ref()).unwrap();
}

/// The level slug the card of activity `id` says it is on.
pub fn card_level(root: &web_sys::Element, id: u32) -> String {
    el(root, &format!("activity-card-{id}"))
        .get_attribute("data-tier")
        .unwrap_or_default()
}

/// Lets Leptos run its effects and DOM updates.
pub async fn settle() {
    tick().await;
    tick().await;
}

/// Waits one macrotask (a 10 ms timeout), after focus restoration has run.
pub async fn gloo_timeout() {
    use std::cell::RefCell;
    use std::future::Future;
    use std::pin::Pin;
    use std::task::{Context, Poll, Waker};

    #[derive(Default)]
    struct State {
        done: bool,
        waker: Option<Waker>,
    }
    struct Sleep(Rc<RefCell<State>>);
    impl Future for Sleep {
        type Output = ();
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            let mut st = self.0.borrow_mut();
            if st.done {
                Poll::Ready(())
            } else {
                st.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
    let state = Rc::new(RefCell::new(State::default()));
    let shared = state.clone();
    set_timeout(
        move || {
            let mut st = shared.borrow_mut();
            st.done = true;
            if let Some(w) = st.waker.take() {
                w.wake();
            }
        },
        std::time::Duration::from_millis(10),
    );
    Sleep(state).await;
}
