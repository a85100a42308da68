//! Browser component tests of the Raamwerk, ladder and action-plan screens: each screen is
//! mounted on its own with the app state and an open session in context, then driven
//! through the DOM the way a team at the smartboard would.

use crate::support::*;
use leptos::prelude::*;
use leptos::task::tick;
use samen_doen::model::action::{Action, ActionOrigin};
use samen_doen::model::ladder::Rung;
use samen_doen::model::{Participant, Role, Session};
use samen_doen::ui::actions::ActionsScreen;
use samen_doen::ui::framework::FrameworkScreen;
use samen_doen::ui::ladder::LadderScreen;
use samen_doen::ui::state::{OpenSession, Route};
use wasm_bindgen_test::*;

const ROW: &str = "ih.communicatie.1";

#[derive(Clone, Copy)]
enum Screen {
    Framework,
    Ladder,
    Actions,
}

fn session() -> Session {
    let mut s = Session::new("s1", 0);
    s.participants = [Role::Teacher, Role::YouthWorker]
        .into_iter()
        .map(|role| Participant {
            role,
            name: String::new(),
        })
        .collect();
    s
}

/// Mounts one screen with the app state and `session` open; returns the wrapper and handle.
fn mount(screen: Screen, session: Session) -> (web_sys::Element, OpenSession) {
    mount_screen(app_state(Route::Framework), session, move || match screen {
        Screen::Framework => view! { <FrameworkScreen/> }.into_any(),
        Screen::Ladder => view! { <LadderScreen/> }.into_any(),
        Screen::Actions => view! { <ActionsScreen/> }.into_any(),
    })
}

fn pressed(root: &web_sys::Element, id: &str) -> String {
    el(root, id)
        .get_attribute("aria-pressed")
        .unwrap_or_default()
}

/// Types into an input, textarea or select the way the browser reports it.
fn type_into(el: &web_sys::HtmlElement, value: &str, event: &str) {
    js_sys::Reflect::set(el, &"value".into(), &value.into()).unwrap();
    el.dispatch_event(&web_sys::Event::new(event).unwrap())
        .unwrap();
}

async fn click(root: &web_sys::Element, id: &str) {
    el(root, id).click();
    tick().await;
}

#[wasm_bindgen_test]
async fn reading_shows_both_sides_quotes_citation_and_search() {
    let (root, _) = mount(Screen::Framework, session());
    tick().await;
    let screen = el(&root, "screen-framework");
    assert!(screen.query_selector("h1").unwrap().is_some());
    assert!(text(&root, "framework-citation").contains("Geveke"));
    assert!(text(&root, "row-pd.aanpak.1").contains("geen knelpunt genoemd"));
    assert!(text(&root, "row-of.facilitering.3").contains("geen succesfactor genoemd"));
    let quotes = el(&root, "quotes-ih.communicatie");
    assert!(quotes
        .text_content()
        .unwrap_or_default()
        .contains("Jeugdhulpverleners"));
    assert_eq!(
        quotes.get_attribute("lang"),
        None,
        "UI parts are not marked Dutch"
    );
    assert!(text(&root, "isf-tips").contains("alle leerlingen"));

    type_into(&el(&root, "framework-search"), "werkdruk", "input");
    tick().await;
    assert!(text(&root, "framework-search-count").starts_with("1 / 27"));
    assert!(find(&root, "row-of.facilitering.3").is_some());
    assert!(find(&root, "row-pd.aanpak.1").is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn two_roles_mark_the_same_row_differently() {
    let (root, open) = mount(Screen::Framework, session());
    tick().await;
    click(&root, "step-mark").await;
    click(&root, "role-pick-teacher").await;
    assert_eq!(pressed(&root, "role-pick-teacher"), "true");
    click(&root, &format!("mark-success-{ROW}")).await;
    assert_eq!(pressed(&root, &format!("mark-success-{ROW}")), "true");

    click(&root, "role-pick-youth-worker").await;
    assert_eq!(pressed(&root, &format!("mark-success-{ROW}")), "false");
    assert!(text(&root, &format!("others-{ROW}")).contains("1 × succesfactor"));
    click(&root, &format!("mark-bottleneck-{ROW}")).await;
    assert!(
        find(&root, "mark-bottleneck-of.facilitering.3").is_some()
            && find(&root, "mark-success-of.facilitering.3").is_none(),
        "no button for a side the source does not name"
    );
    open.with_untracked(|s| {
        let t = s.analysis.mark(ROW, Role::Teacher).unwrap();
        let y = s.analysis.mark(ROW, Role::YouthWorker).unwrap();
        assert!(t.success && !t.bottleneck && y.bottleneck && !y.success);
    });
    // One click, one undo step.
    assert!(open.undo());
    tick().await;
    assert_eq!(pressed(&root, &format!("mark-bottleneck-{ROW}")), "false");
    root.remove();
}

#[wasm_bindgen_test]
async fn six_answers_then_overview_disagreement_priority_and_action() {
    let mut s = session();
    s.analysis.set_mark(ROW, Role::Teacher, true, false);
    s.analysis.set_mark(ROW, Role::YouthWorker, false, true);
    let (root, open) = mount(Screen::Framework, s);
    tick().await;
    click(&root, "step-explain").await;
    for q in ["why", "who", "what", "where", "when", "how"] {
        let id = format!("explain-{ROW}-{q}");
        type_into(&el(&root, &id), &format!("antwoord {q}"), "input");
    }
    tick().await;
    open.with_untracked(|s| {
        let e = s.analysis.explanation(ROW).unwrap();
        assert_eq!(
            (e.why.as_str(), e.how.as_str()),
            ("antwoord why", "antwoord how")
        );
    });
    assert!(text(&root, &format!("explain-card-{ROW}")).contains("Waarom is dit een knelpunt"));

    click(&root, "step-overview").await;
    assert_eq!(text(&root, "heat-s-ih.communicatie"), "1");
    assert_eq!(text(&root, "heat-b-ih"), "1");
    let d = text(&root, &format!("disagreement-{ROW}"));
    assert!(
        d.contains("tegengesteld") && d.contains("Leerkracht") && d.contains("Jeugdhulpverlener"),
        "{d}"
    );

    click(&root, &format!("priority-{ROW}")).await;
    assert_eq!(pressed(&root, &format!("priority-{ROW}")), "true");
    click(&root, &format!("make-action-{ROW}")).await;
    assert!(find(&root, "action-added").is_some());
    open.with_untracked(|s| {
        assert!(s.analysis.is_priority(ROW));
        assert_eq!(s.actions.len(), 1);
        assert_eq!(s.actions[0].origin, ActionOrigin::Bottleneck(ROW.into()));
        assert_eq!(s.actions[0].what, "Onvoldoende informeren en communiceren");
    });
    root.remove();
}

#[wasm_bindgen_test]
async fn ladder_places_team_and_roles_and_lists_differences() {
    let (root, open) = mount(Screen::Ladder, session());
    tick().await;
    assert!(text(&root, "ladder-citation").contains("PO-Magazine"));
    assert!(text(&root, "rung-2").contains("coördinatie"));
    assert_eq!(pressed(&root, "role-pick-team"), "true");
    click(&root, "ladder-now-1").await;
    click(&root, "ladder-wanted-3").await;
    assert!(text(&root, "stairs-1").contains("Nu"));
    assert!(text(&root, "stairs-3").contains("Gewenst"));
    assert!(text(&root, "ladder-gap").contains('2'));

    click(&root, "role-pick-youth-worker").await;
    assert_eq!(pressed(&root, "ladder-now-1"), "false");
    click(&root, "ladder-now-2").await;
    assert!(text(&root, "ladder-differences").contains("Jeugdhulpverlener"));
    click(&root, "ladder-action-3").await;
    open.with_untracked(|s| {
        assert_eq!(s.ladder.overall().now, Some(Rung::Cooperation));
        assert_eq!(s.ladder.overall().wanted, Some(Rung::Collaboration));
        assert_eq!(
            s.ladder.for_role(Some(Role::YouthWorker)).now,
            Some(Rung::Coordination)
        );
        assert_eq!(s.actions[0].origin, ActionOrigin::Rung(Rung::Collaboration));
    });
    // Pressing the pressed rung again takes the placement away.
    click(&root, "ladder-now-2").await;
    open.with_untracked(|s| assert_eq!(s.ladder.for_role(Some(Role::YouthWorker)).now, None));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_ladder_note_is_kept_in_the_session_and_undone_in_one_step() {
    let (root, open) = mount(Screen::Ladder, session());
    tick().await;
    let note = el(&root, "ladder-note");
    type_into(&note, "We overleggen", "input");
    type_into(&note, "We overleggen elke week", "input");
    tick().await;
    open.with_untracked(|s| assert_eq!(s.ladder.note, "We overleggen elke week"));
    // One burst of typing is one undo step.
    assert!(open.undo());
    tick().await;
    open.with_untracked(|s| assert!(s.ladder.note.is_empty()));
    let shown = js_sys::Reflect::get(&note, &"value".into()).unwrap();
    assert_eq!(shown.as_string().as_deref(), Some(""));
    root.remove();
}

#[wasm_bindgen_test]
async fn actions_sort_by_due_mark_overdue_and_undo_a_delete() {
    let mut s = session();
    let mut late = Action::new("late", "Overleg plannen", ActionOrigin::Free);
    late.due = "2000-01-01".into();
    let mut later = Action::new(
        "later",
        "Kennis delen",
        ActionOrigin::Rung(Rung::Coordination),
    );
    later.due = "2999-01-01".into();
    s.actions = vec![later, late];
    let (root, open) = mount(Screen::Actions, s);
    tick().await;
    let list = el(&root, "action-list");
    let first = list.first_element_child().unwrap();
    assert_eq!(
        first.get_attribute("data-testid"),
        Some("action-late".into())
    );
    assert!(first.class_list().contains("action--overdue"));
    assert!(text(&root, "action-late").contains("te laat"));
    assert!(!text(&root, "action-later").contains("te laat"));
    assert!(text(&root, "action-later").contains("samenwerkingsladder"));

    type_into(&el(&root, "action-new-what"), "Ouders uitnodigen", "input");
    click(&root, "action-add").await;
    assert_eq!(open.with_untracked(|s| s.actions.len()), 3);

    type_into(&el(&root, "action-later-status"), "done", "change");
    type_into(&el(&root, "action-later-owner"), "youth-worker", "change");
    type_into(&el(&root, "action-late-due"), "2999-02-01", "change");
    tick().await;
    open.with_untracked(|s| {
        let later = s.actions.iter().find(|a| a.id == "later").unwrap();
        assert_eq!(later.owner, Some(Role::YouthWorker));
        assert_eq!(later.status, samen_doen::model::action::ActionStatus::Done);
    });
    assert!(
        find(&root, "overdue").is_none(),
        "moved due date is no longer late"
    );

    click(&root, "action-later-delete").await;
    assert!(find(&root, "action-later").is_none());
    assert!(text(&root, "action-message").contains("verwijderd"));
    click(&root, "action-undo").await;
    assert!(find(&root, "action-later").is_some());

    type_into(&el(&root, "action-search"), "ouders", "input");
    tick().await;
    assert_eq!(el(&root, "action-list").child_element_count(), 1);
    root.remove();
}
