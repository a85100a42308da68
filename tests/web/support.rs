//! What the browser tests share: mounting a screen with the app state and an open session
//! in context (built again on a language switch, as in the app), and reading and driving
//! the DOM. Each test file uses its own subset.
#![allow(dead_code)]

use std::cell::Cell;
use std::rc::Rc;

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use samen_doen::i18n::Lang;
use samen_doen::model::Session;
use samen_doen::ui::state::{by_language, AppState, OpenSession, Route};
use wasm_bindgen::{JsCast, JsValue};

/// Dutch app state on `route`, as the app starts.
pub fn app_state(route: Route) -> AppState {
    AppState {
        lang: RwSignal::new(Lang::Nl),
        smartboard: RwSignal::new(false),
        route: RwSignal::new(route),
        update_ready: RwSignal::new(false),
    }
}

/// Mounts `screen` in a fresh wrapper with `app` and `session` open in context; returns the
/// wrapper and the session handle. The mount lives for the rest of the test run.
pub fn mount_screen<V: IntoView + 'static>(
    app: AppState,
    session: Session,
    screen: impl Fn() -> V + Send + Sync + 'static,
) -> (web_sys::Element, OpenSession) {
    let wrapper = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&wrapper).unwrap();
    let slot: Rc<Cell<Option<OpenSession>>> = Rc::new(Cell::new(None));
    let out = slot.clone();
    mount_to(wrapper.clone().unchecked_into(), move || {
        provide_context(app);
        let open = OpenSession::new(session);
        provide_context(open);
        out.set(Some(open));
        by_language(screen)
    })
    .forget();
    (wrapper, slot.get().expect("mounted"))
}

/// The element with `data-testid` = `id` under `root`, if there is one.
pub fn find(root: &web_sys::Element, id: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(&format!("[data-testid='{id}']"))
        .unwrap()
        .map(JsCast::unchecked_into)
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
