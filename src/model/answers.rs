//! Everyone on their own phone: a session's round of answers and the answers it received.
//!
//! A [`Round`] is one call for answers: a random tag (so an answer meant for another meeting
//! is refused), the language the phones start in, and what is asked (the Raamwerk's marks,
//! the ladder's now and wanted). Each [`Answer`] is one participant's: a random id (sending
//! again replaces the earlier answer), a role or none, the rows recognised, and the ladder.
//! Never a name, never free text. The board's own marks stay in
//! [`crate::model::analysis::Analysis`]; both count (see [`recognition`]).

pub mod code;
pub mod recognition;

use serde::{Deserialize, Serialize};

use super::ladder::Rung;
use super::Role;
use crate::lang::Lang;

/// Most answers one round takes: a large team, every member with a phone.
pub const MAX_ANSWERS: usize = 60;
/// Round tags are below this (18 bits: what the answer code carries).
pub const ROUND_TAGS: u32 = 1 << 18;
/// Answer ids are below this (21 bits: what the answer code carries).
pub const ANSWER_IDS: u32 = 1 << 21;

/// What a round asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asks {
    /// The Raamwerk's rows: success factor, bottleneck, both or nothing.
    pub marks: bool,
    /// The ladder: where the collaboration is now, and where it should be.
    pub ladder: bool,
}

impl Asks {
    /// Both the Raamwerk and the ladder.
    pub const BOTH: Asks = Asks {
        marks: true,
        ladder: true,
    };
    /// The ladder only.
    pub const LADDER: Asks = Asks {
        marks: false,
        ladder: true,
    };
}

/// One call for answers on the participants' phones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// Random, below [`ROUND_TAGS`]; an answer carries it back.
    pub tag: u32,
    /// The language the phones start in (each phone may switch).
    pub lang: Lang,
    /// What is asked.
    pub asks: Asks,
}

impl Round {
    /// The fragment of the answer page's address for this round: `#<tag>-<lang>-<asks>`,
    /// e.g. `#0K3M-nl-rl` (r: the Raamwerk, l: the ladder). A fragment never reaches a
    /// server.
    pub fn invite_fragment(&self) -> String {
        let asks = match (self.asks.marks, self.asks.ladder) {
            (true, true) => "rl",
            (true, false) => "r",
            _ => "l",
        };
        format!("#{}-{}-{asks}", code::tag_text(self.tag), self.lang.code())
    }

    /// The round an answer page's fragment names, if it names one.
    pub fn from_invite(fragment: &str) -> Option<Round> {
        let mut parts = fragment.trim_start_matches('#').split('-');
        let tag = code::tag_of(parts.next()?)?;
        let lang = match parts.next()? {
            "nl" => Lang::Nl,
            "en" => Lang::En,
            _ => return None,
        };
        let asks = match parts.next()? {
            "rl" => Asks::BOTH,
            "r" => Asks {
                marks: true,
                ladder: false,
            },
            "l" => Asks::LADDER,
            _ => return None,
        };
        parts.next().is_none().then_some(Round { tag, lang, asks })
    }
}

/// A row an answer recognises, as success factor and/or bottleneck.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerMark {
    /// Framework row id.
    pub row: String,
    /// Recognised as success factor.
    #[serde(default)]
    pub success: bool,
    /// Recognised as bottleneck.
    #[serde(default)]
    pub bottleneck: bool,
}

/// One participant's answer, anonymous.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    /// Random, below [`ANSWER_IDS`]; the same phone sends the same id, so sending again
    /// replaces the earlier answer.
    pub id: u32,
    /// The participant's role, or `None`: "zeg ik liever niet".
    pub role: Option<Role>,
    /// The rows recognised, in framework order, none all-false.
    pub marks: Vec<AnswerMark>,
    /// Where the collaboration is now.
    pub now: Option<Rung>,
    /// Where it should be.
    pub wanted: Option<Rung>,
}

impl Answer {
    /// This answer's view of a row: (success factor, bottleneck).
    pub fn sides(&self, row: &str) -> (bool, bool) {
        self.marks
            .iter()
            .find(|m| m.row == row)
            .map_or((false, false), |m| (m.success, m.bottleneck))
    }
}

/// Why an answer was not taken in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No round is open in this session.
    NoRound,
    /// The answer belongs to another meeting's round.
    OtherRound,
    /// The round already holds [`MAX_ANSWERS`] answers.
    Full,
}

/// What taking an answer in did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Taken {
    /// A new answer: the round now holds this many.
    New(usize),
    /// It replaced the earlier answer with the same id (this many in all).
    Replaced(usize),
    /// The same answer was already there: nothing changed.
    Same(usize),
}

impl Taken {
    /// How many answers the round holds now.
    pub fn count(self) -> usize {
        match self {
            Taken::New(n) | Taken::Replaced(n) | Taken::Same(n) => n,
        }
    }
}

/// A session's round and its answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// The round open for answers, if one was opened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub round: Option<Round>,
    /// The answers received, in the order they first came.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Answer>,
}

impl Answers {
    /// True when no round was opened and no answer came.
    pub fn is_empty(&self) -> bool {
        self.round.is_none() && self.items.is_empty()
    }

    /// Opens a round with `tag` (random, from the caller) asking `asks`, unless one is open;
    /// a round that asks less is widened to ask `asks` too. True when anything changed.
    pub fn open_round(&mut self, tag: u32, lang: Lang, asks: Asks) -> bool {
        match &mut self.round {
            Some(round) => {
                let wider = Asks {
                    marks: round.asks.marks || asks.marks,
                    ladder: round.asks.ladder || asks.ladder,
                };
                let changed = wider != round.asks;
                round.asks = wider;
                changed
            }
            None => {
                self.round = Some(Round {
                    tag: tag % ROUND_TAGS,
                    lang,
                    asks,
                });
                true
            }
        }
    }

    /// Takes `answer` in for round `tag`: a new answer is added, one with a known id
    /// replaces the earlier one. The answer's marks are kept in framework order.
    pub fn take(&mut self, tag: u32, mut answer: Answer) -> Result<Taken, Refusal> {
        let round = self.round.ok_or(Refusal::NoRound)?;
        if round.tag != tag {
            return Err(Refusal::OtherRound);
        }
        answer.marks.retain(|m| m.success || m.bottleneck);
        let f = super::framework::framework();
        crate::model::order::sort_by_key(&mut answer.marks, |m| f.row_order(&m.row));
        let count = self.items.len();
        match self.items.iter_mut().find(|a| a.id == answer.id) {
            Some(same) if *same == answer => Ok(Taken::Same(count)),
            Some(earlier) => {
                *earlier = answer;
                Ok(Taken::Replaced(count))
            }
            None if count >= MAX_ANSWERS => Err(Refusal::Full),
            None => {
                self.items.push(answer);
                Ok(Taken::New(count + 1))
            }
        }
    }

    /// Restores the answers' invariant: each answer's marks in framework order, one per
    /// row (the last kept), none all-false; says whether anything changed.
    pub fn normalise(&mut self) -> bool {
        let f = super::framework::framework();
        let mut changed = false;
        for a in &mut self.items {
            let before = a.marks.clone();
            crate::model::order::sort_by_key(&mut a.marks, |m| {
                (f.row_order(&m.row), m.row.clone())
            });
            let mut kept: Vec<AnswerMark> = Vec::with_capacity(a.marks.len());
            for m in a.marks.drain(..) {
                match kept.last_mut() {
                    Some(last) if last.row == m.row => *last = m,
                    _ => kept.push(m),
                }
            }
            kept.retain(|m| m.success || m.bottleneck);
            a.marks = kept;
            changed |= a.marks != before;
        }
        changed
    }

    /// Removes the answer with this id (a mistaken one); true when it was there.
    pub fn remove(&mut self, id: u32) -> bool {
        let before = self.items.len();
        self.items.retain(|a| a.id != id);
        self.items.len() != before
    }

    /// How many answers place the collaboration on each rung, now and wanted (lowest rung
    /// first), and how many left it open.
    pub fn ladder_histogram(&self) -> LadderHistogram {
        let mut h = LadderHistogram::default();
        for a in &self.items {
            match a.now {
                Some(r) => h.now[usize::from(r.number() - 1)] += 1,
                None => h.now_open += 1,
            }
            match a.wanted {
                Some(r) => h.wanted[usize::from(r.number() - 1)] += 1,
                None => h.wanted_open += 1,
            }
        }
        h
    }
}

/// The answers' ladder placements counted per rung.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LadderHistogram {
    /// Answers per rung for now, lowest first.
    pub now: [usize; 4],
    /// Answers per rung for wanted, lowest first.
    pub wanted: [usize; 4],
    /// Answers that left now open.
    pub now_open: usize,
    /// Answers that left wanted open.
    pub wanted_open: usize,
}

#[cfg(test)]
mod tests;
