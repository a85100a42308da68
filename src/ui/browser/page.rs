//! The page itself: its address's fragment (the route), printing, the root element's
//! language and mode, focus, randomness, and the hooks index.html's service-worker script
//! leaves for a new version.

use wasm_bindgen::JsCast;

/// The fragment of the page's address (`#/piramide`), empty when there is none.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Goes to the fragment `hash` (`#/rapport`); the `hashchange` event follows.
pub fn set_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// Goes to the fragment `hash` in place of the current history entry, so Back does not
/// return to it.
pub fn replace_hash(hash: &str) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    if location.replace(&format!("{base}{hash}")).is_err() {
        let _ = location.set_hash(hash);
    }
}

/// Puts `hash` in the address bar in place of the current entry without going there (no
/// `hashchange`): the screen stays, and Back or a reload does not come back to it.
pub fn rewrite_hash(hash: &str) {
    replace_state(&wasm_bindgen::JsValue::NULL, Some(hash));
}

/// `history.replaceState(state, "", url)`; without `url` the address stays as it is.
fn replace_state(state: &wasm_bindgen::JsValue, url: Option<&str>) {
    let history = js_sys::Reflect::get(&js_sys::global(), &"history".into()).ok();
    let replace = history.as_ref().and_then(|h| {
        js_sys::Reflect::get(h, &"replaceState".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()
    });
    if let (Some(history), Some(replace)) = (history, replace) {
        let _ = match url {
            Some(url) => replace.call3(&history, state, &"".into(), &url.into()),
            None => replace.call2(&history, state, &"".into()),
        };
    }
}

/// The app's address: origin and path, without query or fragment (where a share link or
/// a QR code points).
pub fn address() -> Option<String> {
    let location = web_sys::window()?.location();
    Some(format!(
        "{}{}",
        location.origin().ok()?,
        location.pathname().ok()?
    ))
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Sets `<html lang>` and the root's `smartboard` and `meeting-mode` classes.
pub fn set_root(lang: &str, smartboard: bool, meeting: bool) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("lang", lang);
    let classes = root.class_list();
    let _ = classes.toggle_with_force("smartboard", smartboard);
    let _ = classes.toggle_with_force("meeting-mode", meeting);
}

/// How far the page is scrolled down, in CSS pixels.
pub fn scroll_y() -> f64 {
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0)
}

/// Scrolls the page to `y` (0: its top) at once.
pub fn scroll_to(y: f64) {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, y);
    }
}

/// Scrolls the element with this id to its top (an area that scrolls on its own).
pub fn scroll_element_to_top(id: &str) {
    if let Some(el) = element_by_id(id) {
        el.set_scroll_top(0);
    }
}

/// The number this app put on the current history entry, if it put one.
pub fn history_mark() -> Option<u32> {
    let history = js_sys::Reflect::get(&js_sys::global(), &"history".into()).ok()?;
    let state = js_sys::Reflect::get(&history, &"state".into()).ok()?;
    let mark = js_sys::Reflect::get(&state, &"samenDoen".into()).ok()?;
    mark.as_f64().map(|n| n as u32)
}

/// Puts `mark` on the current history entry (its address unchanged, no event).
pub fn mark_history(mark: u32) {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &"samenDoen".into(), &f64::from(mark).into());
    replace_state(&state, None);
}

/// The element with this id.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Moves keyboard focus to the element with this id.
pub fn focus_id(id: &str) {
    if let Some(el) = element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Moves keyboard focus to the first element matching `selector`.
pub fn focus_selector(selector: &str) {
    let found = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = found {
        let _ = el.focus();
    }
}

/// The element that has keyboard focus.
pub fn active_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.active_element()
}

/// A random whole number below 2^53 (`Math.random`), for ids and round tags.
pub fn random_u64() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}

/// Whether a new version of the app already waited when it started (index.html's script
/// sets the flag before the app runs).
pub fn update_waiting() -> bool {
    global("__samenDoenUpdate")
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Asks index.html's script to apply the waiting version (it reloads the page).
pub fn apply_update() {
    if let Some(f) =
        global("samenDoenApplyUpdate").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = f.call0(&wasm_bindgen::JsValue::UNDEFINED);
    }
}

fn global(name: &str) -> Option<wasm_bindgen::JsValue> {
    js_sys::Reflect::get(&js_sys::global(), &name.into())
        .ok()
        .filter(|v| !v.is_undefined())
}
