//! Taking a phone's answer in: typed, read by the camera, or opened as a link. The open
//! session takes it as one named change (one undo step); a link opened in a tab where that
//! session is not open is stored into the session it belongs to, and the tab that has the
//! meeting open merges it in (see `autosave.rs`), so no tab that is not the meeting keeps
//! it to itself.

use leptos::prelude::*;

use crate::lang::Lang;
use crate::model::answers::code::{self, CodeError};
use crate::model::answers::{Asks, Refusal, Taken};
use crate::ui::browser::page::random_u64;
use crate::ui::state::{OpenSession, SessionStore};

/// What taking an answer in did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intake {
    /// Taken in.
    Taken(Taken),
    /// The text is not an answer code this board reads.
    Unreadable(CodeError),
    /// A code that reads, but the session does not take it.
    Refused(Refusal),
}

/// Opens a round for phones' answers in the open session (one undo step), asking `asks`;
/// a round already open stays (widened to ask `asks` too).
pub fn open_round(open: OpenSession, lang: Lang, asks: Asks) {
    let tag = (random_u64() % u64::from(crate::model::answers::ROUND_TAGS)) as u32;
    open.edit(|s| s.answers.open_round(tag, lang, asks));
}

/// Takes the answer in `text` (a code as typed, a QR code's text or a link) into the open
/// session, as one undo step.
pub fn take_answer(open: OpenSession, text: &str) -> Intake {
    let coded = match code::decode(text) {
        Ok(coded) => coded,
        Err(e) => return Intake::Unreadable(e),
    };
    let mut outcome = Intake::Refused(Refusal::NoRound);
    open.edit(
        |s| match s.answers.take(coded.round, coded.answer.clone()) {
            Ok(taken) => {
                outcome = Intake::Taken(taken);
                !matches!(taken, Taken::Same(_))
            }
            Err(refusal) => {
                outcome = Intake::Refused(refusal);
                false
            }
        },
    );
    outcome
}

/// Where a link's answer went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkIntake {
    /// Taken into the session with this title (the open one, or one stored in this browser).
    Into {
        /// The session's title.
        title: String,
        /// What taking it in did.
        taken: Intake,
    },
    /// No session of this browser has the answer's round.
    NoSession,
    /// The link holds no answer code.
    Unreadable(CodeError),
}

impl SessionStore {
    /// Takes in the answer a link carries: into the open session when its round is the
    /// answer's, else into the stored session whose round it is (written through the
    /// store, so a tab that has it open merges it in).
    pub fn take_answer_link(&self, text: &str) -> LinkIntake {
        let coded = match code::decode(text) {
            Ok(coded) => coded,
            Err(e) => return LinkIntake::Unreadable(e),
        };
        let round_of = |s: &crate::model::Session| s.answers.round.map(|r| r.tag);
        if let Some(open) = self.open.get_untracked() {
            if open.with_untracked(|s| round_of(s) == Some(coded.round)) {
                let title = open.with_untracked(|s| s.title.clone());
                let taken = take_answer(open, text);
                return LinkIntake::Into { title, taken };
            }
        }
        self.ensure_loaded();
        let target = self.sessions.with_untracked(|list| {
            list.items
                .iter()
                .find(|s| round_of(s) == Some(coded.round))
                .map(|s| (s.id.clone(), s.title.clone()))
        });
        let Some((id, title)) = target else {
            return LinkIntake::NoSession;
        };
        let mut taken = Intake::Refused(Refusal::NoRound);
        self.change_stored(&id, |s| {
            taken = match s.answers.take(coded.round, coded.answer.clone()) {
                Ok(t) => Intake::Taken(t),
                Err(refusal) => Intake::Refused(refusal),
            };
            matches!(taken, Intake::Taken(Taken::New(_) | Taken::Replaced(_)))
        });
        LinkIntake::Into { title, taken }
    }
}
