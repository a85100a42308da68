//! Browser component tests of the pyramid screen: mounted alone with the app state and an
//! open session in context, driven through the DOM in headless Chromium.

use crate::pyramid_harness::*;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn shows_figures_per_level_and_in_the_table() {
    let (root, _) = mount(session());
    settle().await;
    assert!(root
        .query_selector("[data-testid=screen-pyramid] h1")
        .unwrap()
        .is_some());
    assert_eq!(text(&root, "tier-universal-hours"), "2 uur per week");
    assert_eq!(text(&root, "tier-targeted-hours"), "3 uur per week");
    assert_eq!(text(&root, "total-available"), "10 uur");
    assert_eq!(text(&root, "total-unallocated"), "2 uur");
    assert_eq!(text(&root, "table-hours-individual"), "3");
    assert_eq!(text(&root, "table-share-universal"), "25\u{a0}%");
    assert_eq!(
        el(&root, "allocation-status").get_attribute("data-state"),
        Some("free".into())
    );
    assert!(text(&root, "board-label-free").contains("Niet ingedeeld"));
    root.remove();
}

#[wasm_bindgen_test]
async fn plus_minus_change_hours_in_quarters_and_undo_redo_restore() {
    let (root, open) = mount(session());
    settle().await;
    el(&root, "activity-plus-1").click();
    el(&root, "activity-plus-1").click();
    settle().await;
    assert_eq!(text(&root, "activity-hours-1"), "2,5 uur");
    assert_eq!(text(&root, "tier-universal-hours"), "2,5 uur per week");
    // A burst of clicks on one card is one undo step.
    el(&root, "undo").click();
    settle().await;
    assert_eq!(text(&root, "activity-hours-1"), "2 uur");
    assert!(!open.can_undo());
    assert!(el(&root, "undo")
        .unchecked_ref::<web_sys::HtmlButtonElement>()
        .disabled());
    el(&root, "redo").click();
    settle().await;
    assert_eq!(text(&root, "activity-hours-1"), "2,5 uur");
    el(&root, "activity-minus-2").click();
    settle().await;
    assert_eq!(text(&root, "tier-targeted-hours"), "2,75 uur per week");
    root.remove();
}

#[wasm_bindgen_test]
async fn keyboard_moves_cards_between_levels_and_ctrl_z_undoes() {
    let (root, _) = mount(session());
    settle().await;
    let card = el(&root, "activity-card-3");
    card.focus().unwrap();
    key(&card, "ArrowDown", false, false);
    settle().await;
    assert_eq!(card_level(&root, 3), "targeted");
    assert_eq!(text(&root, "tier-targeted-hours"), "6 uur per week");
    assert_eq!(text(&root, "tier-individual-hours"), "0 uur per week");
    let card = el(&root, "activity-card-3");
    key(&card, "ArrowRight", false, false);
    settle().await;
    assert_eq!(text(&root, "activity-hours-3"), "3,25 uur");
    // Ctrl+Z on the window, twice: hours, then the move.
    key(&window(), "z", true, false);
    key(&window(), "z", true, false);
    settle().await;
    assert_eq!(card_level(&root, 3), "individual");
    assert_eq!(text(&root, "activity-hours-3"), "3 uur");
    key(&window(), "y", true, false);
    settle().await;
    assert_eq!(card_level(&root, 3), "targeted");
    key(&window(), "z", true, true);
    settle().await;
    assert_eq!(text(&root, "activity-hours-3"), "3,25 uur");
    root.remove();
}

#[wasm_bindgen_test]
async fn up_and_down_buttons_move_and_focus_follows_when_it_was_on_the_card() {
    let (root, _) = mount(session());
    settle().await;
    assert!(el(&root, "activity-up-3")
        .unchecked_ref::<web_sys::HtmlButtonElement>()
        .disabled());
    // A keyboard user: the button has focus when it is pressed.
    el(&root, "activity-up-1").focus().unwrap();
    el(&root, "activity-up-1").click();
    settle().await;
    assert_eq!(card_level(&root, 1), "targeted");
    // Focus is restored a task later, once the card exists on its new level.
    gloo_timeout().await;
    let active = document()
        .active_element()
        .and_then(|a| a.get_attribute("data-testid"));
    assert_eq!(active, Some("activity-up-1".into()));
    // A tap (no focus on the card): focus is left where it was.
    el(&root, "activity-up-1").blur().unwrap();
    el(&root, "activity-down-1").click();
    settle().await;
    assert_eq!(card_level(&root, 1), "universal");
    gloo_timeout().await;
    let active = document().active_element().map(|a| a.tag_name());
    assert_eq!(active, Some("BODY".into()));
    root.remove();
}

#[wasm_bindgen_test]
async fn dragging_a_card_with_touch_pointer_events_moves_it() {
    let (root, _) = mount(session());
    settle().await;
    let handle = el(&root, "activity-handle-1");
    let start = handle.get_bounding_client_rect();
    let target = el(&root, "level-individual").get_bounding_client_rect();
    let (x0, y0) = (start.left() + 5.0, start.top() + 5.0);
    let (x1, y1) = (target.left() + 20.0, target.top() + 20.0);
    pointer(&handle, "pointerdown", x0, y0);
    pointer(&handle, "pointermove", (x0 + x1) / 2.0, (y0 + y1) / 2.0);
    pointer(&handle, "pointermove", x1, y1);
    settle().await;
    assert!(el(&root, "level-individual")
        .class_name()
        .contains("pyramid-level--drop"));
    pointer(&handle, "pointerup", x1, y1);
    settle().await;
    assert_eq!(card_level(&root, 1), "individual");
    assert_eq!(text(&root, "tier-individual-hours"), "5 uur per week");
    assert!(!el(&root, "level-individual")
        .class_name()
        .contains("pyramid-level--drop"));
    root.remove();
}

#[wasm_bindgen_test]
async fn over_allocation_is_said_in_words_and_never_blocked() {
    let (root, _) = mount(session());
    settle().await;
    for _ in 0..12 {
        el(&root, "worker-minus-0").click();
    }
    settle().await;
    assert_eq!(text(&root, "worker-hours-0"), "7");
    let status = el(&root, "allocation-status");
    assert_eq!(status.get_attribute("data-state"), Some("over".into()));
    assert!(status
        .text_content()
        .unwrap()
        .contains("1 uur per week meer"));
    assert!(text(&root, "board-over").contains("1 uur te veel"));
    // Still possible to add more.
    el(&root, "activity-plus-1").click();
    settle().await;
    assert_eq!(text(&root, "activity-hours-1"), "2,25 uur");
    root.remove();
}

#[wasm_bindgen_test]
async fn target_keeps_its_sum_and_the_gap_is_said_in_words() {
    let (root, _) = mount(session());
    settle().await;
    // 2/3/3 hours against 50/35/15: move hours from individual to universal.
    assert!(
        text(&root, "gap-text").starts_with("Verschuif"),
        "{}",
        text(&root, "gap-text")
    );
    assert!(text(&root, "gap-text").contains("van individueel naar universeel"));
    el(&root, "target-plus-universal").click();
    settle().await;
    let value = |slug: &str| {
        el(&root, &format!("target-input-{slug}"))
            .unchecked_into::<web_sys::HtmlInputElement>()
            .value()
            .parse::<u32>()
            .unwrap()
    };
    assert_eq!(value("universal"), 55);
    assert_eq!(
        value("universal") + value("targeted") + value("individual"),
        100
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn planned_starts_from_current_and_differences_show() {
    let (root, _) = mount(session());
    settle().await;
    el(&root, "planned-from-current").click();
    settle().await;
    assert_eq!(
        el(&root, "scenario-planned").get_attribute("aria-pressed"),
        Some("true".into())
    );
    assert!(text(&root, "diff-universal").starts_with("0 uur"));
    el(&root, "activity-plus-1").click();
    settle().await;
    assert!(
        text(&root, "diff-universal").starts_with("+0,25 uur"),
        "{}",
        text(&root, "diff-universal")
    );
    el(&root, "scenario-current").click();
    settle().await;
    assert_eq!(text(&root, "activity-hours-1"), "2 uur");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_editor_changes_fields_and_adds_and_removes() {
    let (root, _) = mount(session());
    settle().await;
    el(&root, "activity-edit-2").click();
    settle().await;
    let title: web_sys::HtmlInputElement = el(&root, "activity-editor-title").unchecked_into();
    title.set_value("Weerbaarheidstraining");
    title
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(text(&root, "activity-title-2"), "Weerbaarheidstraining");
    el(&root, "activity-editor-remove").click();
    settle().await;
    assert!(root
        .query_selector("[data-testid=activity-card-2]")
        .unwrap()
        .is_none());
    assert!(root
        .query_selector("[data-testid=activity-editor]")
        .unwrap()
        .is_none());
    el(&root, "undo").click();
    settle().await;
    assert!(root
        .query_selector("[data-testid=activity-card-2]")
        .unwrap()
        .is_some());
    el(&root, "activity-add-individual").click();
    settle().await;
    assert!(root
        .query_selector("[data-testid=activity-editor]")
        .unwrap()
        .is_some());
    let cards = el(&root, "level-individual-cards").child_element_count();
    assert_eq!(cards, 2);
    root.remove();
}

#[wasm_bindgen_test]
async fn tab_stays_inside_the_open_editor() {
    let (root, _) = mount(session());
    settle().await;
    el(&root, "activity-edit-1").click();
    settle().await;
    let dialog = el(&root, "activity-editor");
    // The first control is "Verwijderen", at the top beside "Sluiten".
    let first = el(&root, "activity-editor-remove");
    let controls = dialog.query_selector_all("button, input, select").unwrap();
    let last: web_sys::HtmlElement = controls
        .item(controls.length() - 1)
        .unwrap()
        .unchecked_into();
    let focused = || document().active_element();
    // Tab on the last control goes round to the first.
    last.focus().unwrap();
    key(&last, "Tab", false, false);
    assert!(focused().is_some_and(|a| a.is_same_node(Some(&first))));
    // Shift+Tab on the first goes to the last.
    key(&first, "Tab", false, true);
    assert!(focused().is_some_and(|a| a.is_same_node(Some(&last))));
    root.remove();
}
