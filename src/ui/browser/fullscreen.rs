//! The Fullscreen API, where the browser has it (a smartboard's browser usually does; a
//! request outside a tap is refused, which is fine: the meeting works in a window too).

use wasm_bindgen::JsCast;

fn call(target: &wasm_bindgen::JsValue, name: &str) {
    let f = js_sys::Reflect::get(target, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(f) = f {
        // A promise that may reject (not allowed now); nothing to do about it.
        let _ = f.call0(target);
    }
}

/// Asks for the whole page to go full screen.
pub fn enter() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        call(&root, "requestFullscreen");
    }
}

/// Leaves full screen, if the page is in it.
pub fn leave() {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        let active = js_sys::Reflect::get(&doc, &"fullscreenElement".into())
            .map(|v| !v.is_null() && !v.is_undefined())
            .unwrap_or(false);
        if active {
            call(&doc, "exitFullscreen");
        }
    }
}
