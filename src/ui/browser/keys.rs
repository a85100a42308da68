//! Keyboard edges: where a key press comes from.

use wasm_bindgen::JsCast;

/// Whether a key event comes from a field where typing (and its own keys) happens.
pub fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().to_ascii_lowercase().as_str(),
                "input" | "textarea" | "select"
            ) || el.closest("[contenteditable]").ok().flatten().is_some()
        })
}
