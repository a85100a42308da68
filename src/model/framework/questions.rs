//! The six questions (5 W's and 1 H) of step 3, and a team's answers to them.

use serde::{Deserialize, Serialize};

/// One of the six questions (5 W's and 1 H) a team answers about a marked row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Question {
    /// a. waarom
    Why,
    /// b. wie
    Who,
    /// c. wat
    What,
    /// d. waar
    Where,
    /// e. wanneer
    When,
    /// f. hoe
    How,
}

impl Question {
    /// All six, in the source order a–f.
    pub const ALL: [Question; 6] = [
        Question::Why,
        Question::Who,
        Question::What,
        Question::Where,
        Question::When,
        Question::How,
    ];

    /// Stable lower-case key, the same as the serde field name in `Explanation`.
    pub fn key(self) -> &'static str {
        match self {
            Question::Why => "why",
            Question::Who => "who",
            Question::What => "what",
            Question::Where => "where",
            Question::When => "when",
            Question::How => "how",
        }
    }
}

/// The answers to the six questions about one row; empty strings are unanswered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Explanation {
    /// a. Waarom is dit een knelpunt/succesfactor?
    pub why: String,
    /// b. Wie zijn erbij betrokken?
    pub who: String,
    /// c. Wat gebeurt er?
    pub what: String,
    /// d. Waar speelt het zich af?
    #[serde(rename = "where")]
    pub where_: String,
    /// e. Wanneer komt het naar voren?
    pub when: String,
    /// f. Hoe verloopt een situatie?
    pub how: String,
}

impl Explanation {
    /// The answer to one question.
    pub fn get(&self, question: Question) -> &str {
        match question {
            Question::Why => &self.why,
            Question::Who => &self.who,
            Question::What => &self.what,
            Question::Where => &self.where_,
            Question::When => &self.when,
            Question::How => &self.how,
        }
    }

    /// Sets the answer to one question.
    pub fn set(&mut self, question: Question, text: String) {
        let field = match question {
            Question::Why => &mut self.why,
            Question::Who => &mut self.who,
            Question::What => &mut self.what,
            Question::Where => &mut self.where_,
            Question::When => &mut self.when,
            Question::How => &mut self.how,
        };
        *field = text;
    }
}
