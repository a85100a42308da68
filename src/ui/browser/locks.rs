//! Web Locks (`navigator.locks`), so two tabs take turns at one session: a save reads,
//! compares and writes without the other tab in between.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Runs `f` holding the Web Lock `name` (`navigator.locks.request`), so tabs take turns;
/// where the browser has no Web Locks, runs it at once.
pub fn with_lock(name: &str, f: impl FnOnce() + 'static) {
    let request = (|| {
        let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
        let locks = js_sys::Reflect::get(&navigator, &"locks".into()).ok()?;
        if locks.is_undefined() || locks.is_null() {
            return None;
        }
        let request = js_sys::Reflect::get(&locks, &"request".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        Some((locks, request))
    })();
    let Some((locks, request)) = request else {
        f();
        return;
    };
    // Shared, so the save still runs at once if the browser refuses the request.
    let job = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
    let queued = job.clone();
    let callback = Closure::once_into_js(move |_: JsValue| {
        if let Some(f) = queued.take() {
            f();
        }
        JsValue::UNDEFINED
    });
    if request
        .call2(&locks, &JsValue::from_str(name), &callback)
        .is_err()
    {
        if let Some(f) = job.take() {
            f();
        }
    }
}
