//! Whether the browser keeps this site's data (`navigator.storage.persisted()`), asking it
//! to (`persist()`), and what the decision depends on: the engine and whether the app runs
//! from the Home Screen.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::storage::keeping::{Engine, StorageFacts};

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Calls `navigator.storage.<method>()` and hands its boolean answer to `done` (`None`
/// where the browser has no such method or it fails).
fn ask_storage(method: &str, done: impl FnOnce(Option<bool>) + 'static) {
    let promise = (|| {
        let storage = get(&get(&js_sys::global(), "navigator")?, "storage")?;
        let f = get(&storage, method)?.dyn_into::<js_sys::Function>().ok()?;
        f.call0(&storage).ok()?.dyn_into::<js_sys::Promise>().ok()
    })();
    let Some(promise) = promise else {
        done(None);
        return;
    };
    let done = Rc::new(RefCell::new(Some(done)));
    let ok = done.clone();
    let resolve = Closure::once_into_js(move |v: JsValue| {
        if let Some(f) = ok.borrow_mut().take() {
            f(v.as_bool());
        }
    });
    let reject = Closure::once_into_js(move |_: JsValue| {
        if let Some(f) = done.borrow_mut().take() {
            f(None);
        }
    });
    if let Some(then) = get(&promise, "then").and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        let _ = then.call2(&promise, &resolve, &reject);
    }
}

/// What this browser says about keeping the site's data, handed to `done`.
pub fn facts(done: impl FnOnce(StorageFacts) + 'static) {
    let navigator = get(&js_sys::global(), "navigator");
    let agent = navigator
        .as_ref()
        .and_then(|n| get(n, "userAgent"))
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let standalone = navigator
        .as_ref()
        .and_then(|n| get(n, "standalone"))
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let display = web_sys::window()
        .and_then(|w| w.match_media("(display-mode: standalone)").ok().flatten())
        .is_some_and(|m| m.matches());
    let engine = Engine::of(&agent);
    ask_storage("persisted", move |persisted| {
        done(StorageFacts {
            persisted,
            engine,
            installed: standalone || display,
        })
    });
}

/// Asks the browser to keep the site's data; `done` gets its answer (Firefox asks the user,
/// so call this from a tap there).
pub fn ask_to_keep(done: impl FnOnce(Option<bool>) + 'static) {
    ask_storage("persist", done);
}
