//! Browser tests of the board's cards as DOM: each card is built once and moved between
//! levels, and the cards follow the language, the scenario shown and undo.

use crate::pyramid_harness::*;
use leptos::prelude::*;
use samen_doen::i18n::Lang;
use samen_doen::model::pyramid::{Scenario, Tier};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// The activity ids on a level, in the order its list shows them.
fn ids_on(root: &web_sys::Element, slug: &str) -> Vec<u32> {
    let list = el(root, &format!("level-{slug}-cards"));
    let cards = list.children();
    (0..cards.length())
        .filter_map(|i| cards.item(i)?.get_attribute("data-card-id")?.parse().ok())
        .collect()
}

#[wasm_bindgen_test]
async fn a_move_keeps_the_card_element_and_keeps_focus_on_it() {
    let (root, _) = mount(session());
    settle().await;
    let card = el(&root, "activity-card-1");
    card.focus().unwrap();
    key(&card, "ArrowUp", false, false);
    settle().await;
    // A level lists its activities in the session's order, and activity 1 comes first.
    assert_eq!(ids_on(&root, "targeted"), vec![1, 2]);
    assert_eq!(ids_on(&root, "universal"), Vec::<u32>::new());
    // The same element, now in the other list, with its level attributes updated.
    assert!(el(&root, "activity-card-1").is_same_node(Some(&card)));
    assert_eq!(card_level(&root, 1), "targeted");
    assert!(card.class_name().contains("activity-card--targeted"));
    assert!(!el(&root, "activity-down-1")
        .unchecked_ref::<web_sys::HtmlButtonElement>()
        .disabled());
    gloo_timeout().await;
    assert!(document()
        .active_element()
        .is_some_and(|a| a.is_same_node(Some(&card))));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_reorder_and_its_undo_put_cards_back_in_order() {
    let mut session = session();
    for title in ["B", "C"] {
        session
            .pyramid
            .add_activity(Scenario::Current, Tier::Targeted, title)
            .unwrap();
    }
    let (root, open) = mount(session);
    settle().await;
    assert_eq!(ids_on(&root, "targeted"), vec![2, 4, 5]);
    open.edit(|s| {
        s.pyramid
            .place_activity(Scenario::Current, 5, Tier::Targeted, Some(2))
    });
    settle().await;
    assert_eq!(ids_on(&root, "targeted"), vec![5, 2, 4]);
    open.edit(|s| {
        s.pyramid
            .place_activity(Scenario::Current, 2, Tier::Universal, None)
    });
    settle().await;
    assert_eq!(ids_on(&root, "universal"), vec![1, 2]);
    assert_eq!(ids_on(&root, "targeted"), vec![5, 4]);
    open.undo();
    open.undo();
    settle().await;
    assert_eq!(ids_on(&root, "universal"), vec![1]);
    assert_eq!(ids_on(&root, "targeted"), vec![2, 4, 5]);
    root.remove();
}

#[wasm_bindgen_test]
async fn cards_are_built_again_in_the_new_language() {
    let (root, _, app) = mount_with_app(session());
    settle().await;
    let dutch = text(&root, "activity-edit-2");
    app.lang.set(Lang::En);
    settle().await;
    let english = text(&root, "activity-edit-2");
    assert_ne!(dutch, english);
    assert_eq!(english, "Edit");
    // Every card once, on its own level.
    assert_eq!(ids_on(&root, "universal"), vec![1]);
    assert_eq!(ids_on(&root, "targeted"), vec![2]);
    assert_eq!(ids_on(&root, "individual"), vec![3]);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_board_shows_the_cards_of_the_scenario_chosen() {
    let (root, open) = mount(session());
    settle().await;
    el(&root, "planned-from-current").click();
    settle().await;
    let mut extra = 0;
    open.edit(|s| {
        extra = s
            .pyramid
            .add_activity(Scenario::Planned, Tier::Universal, "Plan")
            .unwrap();
        true
    });
    settle().await;
    assert_eq!(ids_on(&root, "universal"), vec![1, extra]);
    el(&root, "scenario-current").click();
    settle().await;
    assert_eq!(ids_on(&root, "universal"), vec![1]);
    assert!(root
        .query_selector(&format!("[data-testid=activity-card-{extra}]"))
        .unwrap()
        .is_none());
    root.remove();
}
