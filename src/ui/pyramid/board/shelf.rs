//! Builds each activity card once and keeps it while the board is open; places it in the
//! list of its level, in the team's order.
//!
//! Why not a `For` per level: a card that changes level leaves one `For` and enters
//! another, so every move destroyed the card (thirty elements, a dozen reactive nodes, three
//! listeners) and built it again: most of a move's script time with 200 cards. Here a move
//! is one `moveBefore` (or `insertBefore`) plus the few attributes that name the level.

use std::collections::{HashMap, HashSet};

use leptos::html::Ul;
use leptos::prelude::*;

use crate::i18n::Lang;
use crate::model::pyramid::Tier;
use crate::ui::browser::move_node::put;
use crate::ui::pyramid::board::card::PyramidCard;
use crate::ui::pyramid::board::cards::BoardCards;
use crate::ui::state::use_tr;

/// Keeps the cards of `cards` in the three level lists (`lists` in [`Tier::ALL`] order) for
/// as long as the calling component lives.
pub fn shelve_cards(cards: BoardCards, lists: [NodeRef<Ul>; 3]) {
    let tr = use_tr();
    // Cards belong to the board, not to the effect below: an effect cleans up what was
    // made during its previous run, which would dispose every card on every move.
    let Some(board) = Owner::current() else {
        return;
    };
    let shelf = StoredValue::new_local(Shelf::default());
    Effect::new(move || {
        let lang = tr.lang();
        let uls = lists.map(|list| list.get());
        let ids = Tier::ALL.map(|tier| cards.ids(tier).get());
        shelf.update_value(|s| s.arrange(&board, cards, lang, &uls, &ids));
    });
    // The cards are not part of the board's view, so its unmounting does not take them
    // out; a board built again in place (a language switch) would otherwise find the old
    // cards still in its lists.
    on_cleanup(move || {
        shelf.try_update_value(Shelf::clear);
    });
}

/// A built card's view state, named through the prelude's `Render` trait rather than a
/// renderer module, so a Leptos upgrade that moves renderer internals does not break it.
type CardState = <AnyView as Render>::State;

/// A built card: its owner (for cleanup), its view state and its `<li>`.
struct Shelved {
    owner: Owner,
    state: CardState,
    li: web_sys::Element,
}

impl Shelved {
    fn build(board: &Owner, cards: BoardCards, id: u32, lang: Lang) -> Option<Shelved> {
        let card = cards.card(id)?;
        let owner = board.child();
        // Untracked: the effect that builds a card must not subscribe to what it reads.
        let state = owner.with(|| {
            untrack(|| {
                view! { <PyramidCard id=id card=card lang=lang/> }
                    .into_any()
                    .build()
            })
        });
        let li = state.elements().into_iter().next()?;
        Some(Shelved { owner, state, li })
    }

    fn discard(mut self) {
        self.state.unmount();
        self.owner.cleanup();
    }
}

/// The built cards, and per level which list element holds which cards in which order.
#[derive(Default)]
struct Shelf {
    lang: Option<Lang>,
    cards: HashMap<u32, Shelved>,
    placed: [(Option<web_sys::Element>, Vec<u32>); 3],
}

impl Shelf {
    fn arrange(
        &mut self,
        board: &Owner,
        cards: BoardCards,
        lang: Lang,
        uls: &[Option<web_sys::HtmlUListElement>; 3],
        ids: &[Vec<u32>; 3],
    ) {
        // Cards take the language as a value (see PyramidCard): build them again on a switch.
        if self.lang != Some(lang) {
            self.clear();
            self.lang = Some(lang);
        }
        let wanted: HashSet<u32> = ids.iter().flatten().copied().collect();
        let gone: Vec<u32> = self
            .cards
            .keys()
            .filter(|id| !wanted.contains(id))
            .copied()
            .collect();
        for id in gone {
            if let Some(card) = self.cards.remove(&id) {
                card.discard();
            }
        }
        for id in ids.iter().flatten() {
            if !self.cards.contains_key(id) {
                if let Some(card) = Shelved::build(board, cards, *id, lang) {
                    self.cards.insert(*id, card);
                }
            }
        }
        for ((ul, ids), placed) in uls.iter().zip(ids).zip(&mut self.placed) {
            if let Some(ul) = ul {
                place(ul, ids, placed, &self.cards);
            }
        }
    }

    fn clear(&mut self) {
        for (_, card) in self.cards.drain() {
            card.discard();
        }
        self.placed = Default::default();
    }
}

/// Puts the cards `ids` into `ul` in that order. `placed` is what this list held after the
/// last call; a list element that is new (the level was rendered again) starts empty.
fn place(
    ul: &web_sys::Element,
    ids: &[u32],
    placed: &mut (Option<web_sys::Element>, Vec<u32>),
    cards: &HashMap<u32, Shelved>,
) {
    if placed.0.as_ref() != Some(ul) {
        *placed = (Some(ul.clone()), Vec::new());
    }
    if placed.1 == ids {
        return;
    }
    for (id, before) in placements(&placed.1, ids) {
        if let Some(card) = cards.get(&id) {
            let before = before.and_then(|b| cards.get(&b)).map(|b| b.li.as_ref());
            put(ul, &card.li, before);
        }
    }
    placed.1 = ids.to_vec();
}

/// The DOM moves that turn a list holding `now` into one holding `want`, as (card, the
/// card to put it before, or `None` for the end): one per card that arrives or changes
/// place, none for cards already in order. Cards in `now` but not in `want` are left
/// alone; the list they go to, or their removal, takes them out.
fn placements(now: &[u32], want: &[u32]) -> Vec<(u32, Option<u32>)> {
    let wanted: HashSet<u32> = want.iter().copied().collect();
    let mut now: Vec<u32> = now
        .iter()
        .copied()
        .filter(|id| wanted.contains(id))
        .collect();
    let mut moves = Vec::new();
    let mut at = 0;
    for id in want {
        if now.get(at) == Some(id) {
            at += 1;
            continue;
        }
        moves.push((*id, now.get(at).copied()));
        if let Some(k) = now[at..].iter().position(|x| x == id) {
            now.remove(at + k);
        }
    }
    moves
}

#[cfg(test)]
mod tests;
