//! The answer page's flow: pages by what the round asks, marks on the sides the source
//! has, and a draft that brings the participant back where they were.

use super::*;
use crate::model::answers::Asks;

fn round(asks: Asks) -> Round {
    Round {
        tag: 4711,
        lang: Lang::Nl,
        asks,
    }
}

#[test]
fn the_pages_follow_what_the_round_asks() {
    let both = Flow::new(round(Asks::BOTH), 1);
    assert_eq!(both.pages().len(), 1 + 14 + 1 + 1);
    assert_eq!(both.page(), Page::Role);
    assert_eq!(both.progress(), (1, 17));
    let ladder = Flow::new(round(Asks::LADDER), 1);
    assert_eq!(ladder.pages(), vec![Page::Role, Page::Ladder, Page::Done]);
}

#[test]
fn back_and_forth_keeps_the_answer() {
    let mut f = Flow::new(round(Asks::BOTH), 9);
    assert!(!f.previous());
    f.set_role(Some(Role::Parent));
    assert!(f.forward());
    assert_eq!(f.page(), Page::Theme(0));
    assert!(f.toggle("ih.communicatie.1", Side::Bottleneck));
    assert!(f.forward());
    assert!(f.previous());
    assert!(f.marked("ih.communicatie.1", Side::Bottleneck));
    while f.forward() {}
    assert_eq!(f.page(), Page::Done);
    assert!(!f.forward());
    assert_eq!(f.answer.role, Some(Role::Parent));
    f.restart();
    assert_eq!(f.page(), Page::Role);
}

#[test]
fn only_the_sides_the_source_has_can_be_marked() {
    let mut f = Flow::new(round(Asks::BOTH), 1);
    // pd.aanpak.1 has only a success factor; of.facilitering.3 only a bottleneck.
    assert!(!f.toggle("pd.aanpak.1", Side::Bottleneck));
    assert!(f.toggle("pd.aanpak.1", Side::Success));
    assert!(!f.toggle("of.facilitering.3", Side::Success));
    assert!(!f.toggle("no.such.row", Side::Success));
    assert!(f.toggle("of.facilitering.3", Side::Bottleneck));
    assert!(f.toggle("ih.communicatie.2", Side::Success));
    assert!(f.toggle("ih.communicatie.2", Side::Bottleneck));
    assert!(!f.toggle("ih.communicatie.2", Side::Success));
    let rows: Vec<&str> = f.answer.marks.iter().map(|m| m.row.as_str()).collect();
    assert_eq!(
        rows,
        vec!["ih.communicatie.2", "pd.aanpak.1", "of.facilitering.3"],
        "framework order"
    );
}

#[test]
fn a_draft_brings_back_the_answer_the_page_and_the_language() {
    let mut f = Flow::new(round(Asks::BOTH), 123_456);
    f.set_role(Some(Role::Teacher));
    f.toggle("of.leiderschap.1", Side::Bottleneck);
    f.set_now(Some(Rung::Coordination));
    f.set_wanted(Some(Rung::Integration));
    f.lang = Lang::En;
    f.forward();
    f.forward();
    let back = Flow::from_draft(round(Asks::BOTH), &f.draft()).unwrap();
    assert_eq!(back, f);
    let other = Round {
        tag: 4712,
        ..round(Asks::BOTH)
    };
    assert_eq!(
        Flow::from_draft(other, &f.draft()),
        None,
        "another round's draft"
    );
    assert_eq!(Flow::from_draft(round(Asks::BOTH), "junk"), None);
}
