use super::{BoardGeometry, DropTarget, Level, Rect};
use crate::model::pyramid::Tier;

fn rect(left: f64, top: f64, width: f64, height: f64) -> Rect {
    Rect {
        left,
        top,
        right: left + width,
        bottom: top + height,
    }
}

/// Targeted above universal, 300 wide. Targeted holds cards 1..=4 in two rows of two
/// (100 wide, 50 high, 10 apart); universal holds card 5.
fn board() -> BoardGeometry {
    let cards = [(0.0, 0.0), (110.0, 0.0), (0.0, 60.0), (110.0, 60.0)];
    BoardGeometry {
        levels: vec![
            Level {
                tier: Tier::Targeted,
                zone: rect(0.0, 0.0, 300.0, 200.0),
                cards: (1..)
                    .zip(cards)
                    .map(|(id, (x, y))| (id, rect(x, y, 100.0, 50.0)))
                    .collect(),
            },
            Level {
                tier: Tier::Universal,
                zone: rect(0.0, 210.0, 300.0, 100.0),
                cards: vec![(5, rect(0.0, 220.0, 100.0, 50.0))],
            },
        ],
    }
}

fn lands(x: f64, y: f64, id: u32) -> Option<DropTarget> {
    board().drop_at(x, y, id)
}

fn on_targeted(before: Option<u32>) -> Option<DropTarget> {
    Some(DropTarget {
        tier: Tier::Targeted,
        before,
    })
}

#[test]
fn a_point_is_over_the_level_whose_zone_holds_it() {
    assert_eq!(board().level_at(150.0, 100.0), Some(Tier::Targeted));
    assert_eq!(board().level_at(150.0, 250.0), Some(Tier::Universal));
    assert_eq!(board().level_at(150.0, 205.0), None);
    assert_eq!(board().level_at(350.0, 100.0), None);
}

#[test]
fn a_drop_lands_before_the_first_card_after_the_point_in_reading_order() {
    assert_eq!(lands(10.0, 20.0, 5), on_targeted(Some(1)));
    assert_eq!(lands(60.0, 20.0, 5), on_targeted(Some(2)));
    assert_eq!(lands(205.0, 20.0, 5), on_targeted(Some(3)));
    assert_eq!(lands(120.0, 80.0, 5), on_targeted(Some(4)));
    assert_eq!(lands(190.0, 80.0, 5), on_targeted(None));
    assert_eq!(lands(50.0, 150.0, 5), on_targeted(None));
    assert_eq!(lands(150.0, 205.0, 5), None);
}

#[test]
fn the_dragged_card_is_left_out_wherever_it_is() {
    // Dropped on its own left half: it lands before the card after it.
    assert_eq!(lands(10.0, 20.0, 1), on_targeted(Some(2)));
    assert_eq!(lands(205.0, 20.0, 3), on_targeted(Some(4)));
    assert_eq!(lands(120.0, 80.0, 4), on_targeted(None));
    // Dropped on its own level, below everything: last.
    assert_eq!(
        lands(50.0, 290.0, 5),
        Some(DropTarget {
            tier: Tier::Universal,
            before: None
        })
    );
}
