//! Browser component tests: mount the real app in headless Chromium and drive the DOM.

use crate::support::{el, text};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use samen_doen::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// Mounts the app in a fresh wrapper element and returns it; the mount lives for the test.
fn mount_app() -> web_sys::Element {
    let _ = window().local_storage().map(|s| s.map(|s| s.clear()));
    let wrapper = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&wrapper).unwrap();
    mount_to(wrapper.clone().unchecked_into(), App).forget();
    wrapper
}

#[wasm_bindgen_test]
async fn shell_starts_in_dutch_and_switches_language() {
    let root = mount_app();
    tick().await;
    assert_eq!(text(&root, "nav-home"), "Sessies");
    assert_eq!(text(&root, "nav-pyramid"), "Piramide");

    el(&root, "lang-switch").click();
    tick().await;
    assert_eq!(text(&root, "nav-home"), "Sessions");
    assert_eq!(
        document().document_element().unwrap().get_attribute("lang"),
        Some("en".into())
    );
    let stored = window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("samen-doen/v1/settings")
        .unwrap()
        .unwrap_or_default();
    assert!(
        stored.contains("\"en\""),
        "language not remembered: {stored}"
    );

    el(&root, "lang-switch").click();
    tick().await;
    assert_eq!(text(&root, "nav-home"), "Sessies");
    root.remove();
}

#[wasm_bindgen_test]
async fn smartboard_switch_scales_the_whole_page() {
    let root = mount_app();
    tick().await;
    let html = document().document_element().unwrap();
    assert!(!html.class_list().contains("smartboard"));
    el(&root, "smartboard-switch").click();
    tick().await;
    assert!(html.class_list().contains("smartboard"));
    assert_eq!(
        el(&root, "smartboard-switch").get_attribute("aria-pressed"),
        Some("true".into())
    );
    el(&root, "smartboard-switch").click();
    tick().await;
    assert!(!html.class_list().contains("smartboard"));
    root.remove();
}

#[wasm_bindgen_test]
fn stored_text_with_a_lone_surrogate_is_read_unit_for_unit() {
    use samen_doen::storage::backend::KeyValue;
    use samen_doen::storage::exact::Exact;
    use samen_doen::storage::local::LocalStore;

    let storage = window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    // web-sys only passes valid Unicode; the browser's own setItem stores any UTF-16.
    let set_item: js_sys::Function = js_sys::Reflect::get(&storage, &"setItem".into())
        .unwrap()
        .unchecked_into();
    let lone = js_sys::JsString::from_char_code(&[0x61, 0xD800, 0x62]);
    set_item
        .call2(&storage, &"test/lone".into(), &lone)
        .unwrap();
    storage.set_item("test/plain", "zorg ü €").unwrap();

    // Each text exactly as stored: unit for unit with a lone surrogate, else as text.
    let reads_exactly = |store: &LocalStore| {
        let get = |key: &str| store.backend().get_exact(key).unwrap();
        assert_eq!(
            get("test/lone"),
            Some(Exact::Utf16(vec![0x61, 0xD800, 0x62]))
        );
        assert_eq!(get("test/plain"), Some(Exact::Text("zorg ü €".into())));
        assert_eq!(get("test/none"), None);
    };
    let (store, _) = LocalStore::open().unwrap();
    reads_exactly(&store);

    // An engine without String.prototype.isWellFormed (before 2023): the same answers,
    // found unit by unit.
    let prototype = js_sys::Reflect::get(&js_sys::global(), &"String".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    let own = js_sys::Reflect::get(&prototype, &"isWellFormed".into()).unwrap();
    let prototype_object: js_sys::Object = prototype.clone().unchecked_into();
    assert!(js_sys::Reflect::delete_property(&prototype_object, &"isWellFormed".into()).unwrap());
    let opened = LocalStore::open();
    js_sys::Reflect::set(&prototype, &"isWellFormed".into(), &own).unwrap();
    let (old, _) = opened.unwrap();
    reads_exactly(&old);
    storage.clear().unwrap();
}
