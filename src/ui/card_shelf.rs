//! Builds each activity card once and keeps it while the board is open; places it in the
//! list of its level, in the team's order.
//!
//! Why not a `For` per level: a card that changes level leaves one `For` and enters
//! another, so every move destroyed the card (thirty elements, a dozen reactive nodes, three
//! listeners) and built it again: most of a move's script time with 200 cards. Here a move
//! is one `insertBefore` plus the few attributes that name the card's level.

use std::collections::{HashMap, HashSet};

use leptos::html::Ul;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;

use crate::i18n::Lang;
use crate::model::pyramid::Tier;
use crate::ui::pyramid_card::PyramidCard;
use crate::ui::pyramid_cards::BoardCards;
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
}

/// A built card: its owner (for cleanup), its view state and its `<li>`.
struct Shelved {
    owner: Owner,
    state: AnyViewState,
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

/// Puts the cards `ids` into `ul` in that order with as few DOM moves as it takes: one for
/// a card that arrives or changes place. Cards that leave are taken out by the list they go
/// to, or by [`Shelved::discard`]. `placed` is what this list held after the last call.
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
    let keep: HashSet<u32> = ids.iter().copied().collect();
    let mut now: Vec<u32> = placed
        .1
        .iter()
        .copied()
        .filter(|id| keep.contains(id))
        .collect();
    let mut at = 0;
    for id in ids {
        if now.get(at) == Some(id) {
            at += 1;
            continue;
        }
        let Some(card) = cards.get(id) else {
            continue;
        };
        let before = now.get(at).and_then(|next| cards.get(next));
        put(ul, &card.li, before.map(|c| c.li.as_ref()));
        if let Some(k) = now[at..].iter().position(|x| x == id) {
            now.remove(at + k);
        }
    }
    placed.1 = ids.to_vec();
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// A list element, seen as having `moveBefore` (web-sys has no binding for it yet).
    #[wasm_bindgen(extends = web_sys::Element)]
    type MovingParent;

    /// `Element.moveBefore`: moves a node without taking it out of the document, so it keeps
    /// focus and nothing runs as if it were removed. Chromium 133+, Firefox 144+.
    #[wasm_bindgen(method, catch, js_name = moveBefore)]
    fn move_before(
        this: &MovingParent,
        node: &web_sys::Node,
        child: Option<&web_sys::Node>,
    ) -> Result<(), wasm_bindgen::JsValue>;
}

thread_local! {
    static MOVE_BEFORE: bool = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|el| js_sys::Reflect::has(&el, &"moveBefore".into()).unwrap_or(false));
}

/// Whether cards move with `moveBefore`, and so keep focus through a move.
pub fn moves_keep_focus() -> bool {
    MOVE_BEFORE.with(|m| *m)
}

/// Puts `li` into `ul` before `before` (at the end when `None`).
fn put(ul: &web_sys::Element, li: &web_sys::Element, before: Option<&web_sys::Node>) {
    if li.is_connected()
        && moves_keep_focus()
        && ul
            .unchecked_ref::<MovingParent>()
            .move_before(li, before)
            .is_ok()
    {
        return;
    }
    let _ = ul.insert_before(li, before);
}
