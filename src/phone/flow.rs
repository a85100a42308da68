//! The answer page's flow as a plain value: which page the participant is on, and the
//! answer as it grows. Pure (no browser), so every step is tested natively; the page
//! (`phone/mod.rs`) only shows it and keeps it.

use crate::lang::Lang;
use crate::model::answers::code::{self, Sides, ROWS_V1};
use crate::model::answers::{Answer, AnswerMark, Round};
use crate::model::ladder::Rung;
use crate::model::Role;
use crate::phone::texts::THEMES;

/// One page of the answer page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// Who answers, by role, or nobody says.
    Role,
    /// One theme of the Raamwerk (its index in source order).
    Theme(usize),
    /// The ladder: now and wanted.
    Ladder,
    /// The answer, as a QR code, a code and a link.
    Done,
}

/// Which side of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Success factor.
    Success,
    /// Bottleneck.
    Bottleneck,
}

/// A participant's way through the answer page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flow {
    /// The round the board asked for.
    pub round: Round,
    /// The page's language (starts as the round's; the participant may switch).
    pub lang: Lang,
    /// The answer so far.
    pub answer: Answer,
    /// Where in [`Flow::pages`] the participant is.
    pub at: usize,
}

impl Flow {
    /// A fresh answer with `id` (random, from the caller) for `round`, on its first page.
    pub fn new(round: Round, id: u32) -> Flow {
        Flow {
            round,
            lang: round.lang,
            answer: Answer {
                id,
                ..Answer::default()
            },
            at: 0,
        }
    }

    /// The pages of this round, in order: the role, each theme if the round asks for the
    /// Raamwerk, the ladder if it asks for it, and the answer.
    pub fn pages(&self) -> Vec<Page> {
        let mut pages = vec![Page::Role];
        if self.round.asks.marks {
            pages.extend((0..THEMES.len()).map(Page::Theme));
        }
        if self.round.asks.ladder {
            pages.push(Page::Ladder);
        }
        pages.push(Page::Done);
        pages
    }

    /// The page shown now.
    pub fn page(&self) -> Page {
        let pages = self.pages();
        pages[self.at.min(pages.len() - 1)]
    }

    /// (this page's number from 1, how many pages there are).
    pub fn progress(&self) -> (usize, usize) {
        let total = self.pages().len();
        (self.at.min(total - 1) + 1, total)
    }

    /// Goes one page on; false on the last page.
    pub fn forward(&mut self) -> bool {
        let last = self.pages().len() - 1;
        if self.at >= last {
            return false;
        }
        self.at += 1;
        true
    }

    /// Goes one page back; false on the first page.
    pub fn previous(&mut self) -> bool {
        if self.at == 0 {
            return false;
        }
        self.at = self.at.min(self.pages().len() - 1) - 1;
        true
    }

    /// Goes to the first page of the answer (to change it).
    pub fn restart(&mut self) {
        self.at = 0;
    }

    /// Sets the role (`None`: prefer not to say).
    pub fn set_role(&mut self, role: Option<Role>) {
        self.answer.role = role;
    }

    /// Whether the answer recognises `row` on `side`.
    pub fn marked(&self, row: &str, side: Side) -> bool {
        let (s, b) = self.answer.sides(row);
        match side {
            Side::Success => s,
            Side::Bottleneck => b,
        }
    }

    /// Flips one side of a row (a side the source does not have stays off); returns
    /// whether it is now marked.
    pub fn toggle(&mut self, row: &str, side: Side) -> bool {
        let Some((_, sides)) = ROWS_V1.iter().find(|(r, _)| *r == row) else {
            return false;
        };
        let allowed = match side {
            Side::Success => *sides != Sides::BottleneckOnly,
            Side::Bottleneck => *sides != Sides::SuccessOnly,
        };
        if !allowed {
            return false;
        }
        let (mut s, mut b) = self.answer.sides(row);
        match side {
            Side::Success => s = !s,
            Side::Bottleneck => b = !b,
        }
        self.answer.marks.retain(|m| m.row != row);
        if s || b {
            self.answer.marks.push(AnswerMark {
                row: row.to_string(),
                success: s,
                bottleneck: b,
            });
            // The answer code's order, which is the source's.
            let order = |row: &str| ROWS_V1.iter().position(|(r, _)| *r == row);
            crate::model::order::sort_by_key(&mut self.answer.marks, |m| order(&m.row));
        }
        match side {
            Side::Success => s,
            Side::Bottleneck => b,
        }
    }

    /// Sets where the collaboration is now (`None`: don't know).
    pub fn set_now(&mut self, rung: Option<Rung>) {
        self.answer.now = rung;
    }

    /// Sets where it should be (`None`: don't know).
    pub fn set_wanted(&mut self, rung: Option<Rung>) {
        self.answer.wanted = rung;
    }

    /// The answer's code (21 symbols).
    pub fn code(&self) -> String {
        code::encode(self.round.tag, &self.answer)
    }

    /// What the phone keeps until the answer is sent: the code, the page and the language.
    pub fn draft(&self) -> String {
        format!("{}|{}|{}", self.code(), self.at, self.lang.code())
    }

    /// The flow a kept draft describes, if it belongs to `round` and reads.
    pub fn from_draft(round: Round, draft: &str) -> Option<Flow> {
        let mut parts = draft.split('|');
        let coded = code::decode(parts.next()?).ok()?;
        if coded.round != round.tag {
            return None;
        }
        let at = parts.next()?.parse().ok()?;
        let lang = match parts.next()? {
            "en" => Lang::En,
            _ => Lang::Nl,
        };
        Some(Flow {
            round,
            lang,
            answer: coded.answer,
            at,
        })
    }
}

#[cfg(test)]
mod tests;
