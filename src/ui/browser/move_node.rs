//! Moving an element within the page: `Element.moveBefore` where the browser has it, so a
//! moved card keeps focus; else a plain insert.

use wasm_bindgen::JsCast;

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// A list element, seen as having `moveBefore` (web-sys has no binding for it yet).
    #[wasm_bindgen(extends = web_sys::Element)]
    type MovingParent;

    /// `Element.moveBefore`: moves a node without taking it out of the document, so it keeps
    /// focus and nothing runs as if it were removed. Chromium 133+, Firefox 144+.
    #[wasm_bindgen(method, catch, js_name = moveBefore)]
    fn move_before(
        this: &MovingParent,
        node: &web_sys::Node,
        child: Option<&web_sys::Node>,
    ) -> Result<(), wasm_bindgen::JsValue>;
}

thread_local! {
    static MOVE_BEFORE: bool = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|el| js_sys::Reflect::has(&el, &"moveBefore".into()).unwrap_or(false));
}

/// Whether cards move with `moveBefore`, and so keep focus through a move.
pub fn moves_keep_focus() -> bool {
    MOVE_BEFORE.with(|m| *m)
}

/// Puts `li` into `ul` before `before` (at the end when `None`), keeping it in the
/// document (and its focus) where the browser can.
pub fn put(ul: &web_sys::Element, li: &web_sys::Element, before: Option<&web_sys::Node>) {
    if li.is_connected()
        && moves_keep_focus()
        && ul
            .unchecked_ref::<MovingParent>()
            .move_before(li, before)
            .is_ok()
    {
        return;
    }
    let _ = ul.insert_before(li, before);
}
