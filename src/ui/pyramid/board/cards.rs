//! The board's activity cards, one signal per card and one list of ids per level.
//!
//! Why not a memo per card on the session: every edit then re-ran all 200 memos, and each
//! re-run unsubscribed and resubscribed on one signal with hundreds of subscribers, which is
//! quadratic in Leptos' subscriber sets (measured: most of a 9 ms click). Here one effect
//! walks the scenario once per change and sets only the signals whose data really differ,
//! so a − / + click re-renders one card and a move changes one card and two id lists.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::model::pyramid::{Activity, ActivityStatus, Pyramid, Scenario, Tier};
use crate::model::Minutes;
use crate::ui::state::OpenSession;

/// What a card shows of its activity.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CardData {
    /// The title as typed (the card shows a placeholder when it is blank).
    pub title: String,
    /// Youth-worker time per week.
    pub minutes: Minutes,
    /// Pupils reached.
    pub pupils: u32,
    /// Planned, running or done.
    pub status: ActivityStatus,
    /// The level it is on: a move changes this, the card itself stays (see `shelf.rs`).
    pub tier: Tier,
}

impl CardData {
    fn of(a: &Activity) -> Self {
        CardData {
            title: a.title.clone(),
            minutes: a.weekly_minutes,
            pupils: a.pupils_reached,
            status: a.status,
            tier: a.tier,
        }
    }

    /// Compares without cloning the title: the hot path of a click compares 200 cards.
    fn shows(&self, a: &Activity) -> bool {
        self.minutes == a.weekly_minutes
            && self.pupils == a.pupils_reached
            && self.status == a.status
            && self.tier == a.tier
            && self.title == a.title
    }
}

/// Per-card signals and per-level id lists of the scenario on the board.
#[derive(Clone, Copy)]
pub struct BoardCards {
    cards: StoredValue<HashMap<u32, ArcRwSignal<CardData>>>,
    levels: [RwSignal<Vec<u32>>; 3],
}

impl BoardCards {
    /// Fills the cards from the open session now and keeps them in step with every change
    /// of the session or of the scenario shown.
    pub fn new(open: OpenSession, scenario: RwSignal<Scenario>) -> Self {
        let board = BoardCards {
            cards: StoredValue::new(HashMap::new()),
            levels: std::array::from_fn(|_| RwSignal::new(Vec::new())),
        };
        // Synchronously first, so the levels render their cards in the first frame.
        open.with_untracked(|s| board.sync(&s.pyramid, scenario.get_untracked()));
        // Its first run finds nothing to change; it is there to subscribe.
        Effect::new(move || {
            let scenario = scenario.get();
            open.with(|s| board.sync(&s.pyramid, scenario));
        });
        board
    }

    /// The ids of the cards on a level, in the team's order (tracked).
    pub fn ids(&self, tier: Tier) -> ReadSignal<Vec<u32>> {
        self.levels[tier.index()].read_only()
    }

    /// The signal of one card, while its activity exists.
    pub fn card(&self, id: u32) -> Option<ArcRwSignal<CardData>> {
        self.cards.with_value(|m| m.get(&id).cloned())
    }

    fn sync(&self, pyramid: &Pyramid, scenario: Scenario) {
        let activities = pyramid.activities(scenario);
        let mut ids: [Vec<u32>; 3] = Default::default();
        self.cards.update_value(|map| {
            for a in activities {
                ids[a.tier.index()].push(a.id);
                match map.get(&a.id) {
                    Some(card) => {
                        if !card.with_untracked(|c| c.shows(a)) {
                            card.set(CardData::of(a));
                        }
                    }
                    None => {
                        map.insert(a.id, ArcRwSignal::new(CardData::of(a)));
                    }
                }
            }
            if map.len() > activities.len() {
                map.retain(|id, _| activities.iter().any(|a| a.id == *id));
            }
        });
        for (level, next) in self.levels.iter().zip(ids) {
            if level.with_untracked(|now| *now != next) {
                level.set(next);
            }
        }
    }
}
