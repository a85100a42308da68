//! The clipboard: copying a link with the asynchronous API, or the old way where that API
//! is missing (outside secure contexts, e.g. plain http on a school network).

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Copies `text` with the asynchronous clipboard API, falling back to `execCommand`, and
/// reports whether it worked. Looked up dynamically: the API is missing outside secure
/// contexts (e.g. plain http on a school network), and this needs no extra web-sys features.
pub fn copy_text(text: &str, input: NodeRef<html::Input>, done: impl FnOnce(bool) + 'static) {
    let promise = (|| {
        let navigator = js_sys::Reflect::get(&window(), &"navigator".into()).ok()?;
        let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
        let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        write
            .call1(&clipboard, &text.into())
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    })();
    let Some(promise) = promise else {
        done(exec_copy(input));
        return;
    };
    // Exactly one of the two handlers runs; they share the FnOnce through a cell. The
    // handler that never runs stays allocated (a few bytes per click), which is harmless.
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let ok = done.clone();
    let resolve = Closure::once_into_js(move |_: JsValue| {
        if let Some(f) = ok.take() {
            f(true);
        }
    });
    let reject = Closure::once_into_js(move |_: JsValue| {
        if let Some(f) = done.take() {
            f(exec_copy(input));
        }
    });
    let then = js_sys::Reflect::get(&promise, &"then".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &resolve, &reject);
    }
}

/// The old synchronous copy of the selected link; works where the clipboard API does not.
/// The link stays selected either way, so Ctrl+C is the last resort.
fn exec_copy(input: NodeRef<html::Input>) -> bool {
    let Some(el) = input.get_untracked() else {
        return false;
    };
    let _ = el.focus();
    el.select();
    document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}
