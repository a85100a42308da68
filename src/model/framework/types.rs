//! The building blocks of the Raamwerk data.

use serde::{Deserialize, Serialize};

use super::Question;

/// A source typo we corrected in the compiled-in data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// Where in the data the corrected text lives.
    #[serde(default)]
    pub r#where: String,
    /// The text as the source has it (after joining line-end hyphenation).
    pub from: String,
    /// The corrected text.
    pub to: String,
}

/// A literature reference; `title` is the part a UI sets in italics.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    /// The full reference as plain text.
    pub text: String,
    /// The title inside `text`.
    pub title: String,
}

/// One step of using the Raamwerk as a problem-analysis tool.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// 1, 2 or 3.
    pub number: u8,
    /// The instruction.
    pub text: String,
    /// The instruction in our English translation.
    #[serde(default)]
    pub text_en: String,
    /// The instruction as the app shows it in Dutch, where the source's wording refers to
    /// the printed paper (a page number); empty: show `text`.
    #[serde(default)]
    pub display: String,
}

/// The source's prompt for one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionPrompt {
    /// Which question.
    pub question: Question,
    /// The letter a–f.
    pub letter: String,
    /// The question word ("Waarom").
    pub word: String,
    /// The question word in English ("Why").
    #[serde(default)]
    pub word_en: String,
    /// The full prompt ("Waarom is dit een knelpunt/ succesfactor?").
    pub prompt: String,
    /// The prompt in our English translation.
    #[serde(default)]
    pub prompt_en: String,
}

/// The focus group a quote comes from (footnote of the Raamwerk).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FocusGroup {
    /// Professionals van gespecialiseerd onderwijs.
    A,
    /// Jeugdhulpverleners.
    B,
    /// Ontwikkelgroep.
    C,
    /// Opleiding.
    D,
}

impl FocusGroup {
    /// All four groups.
    pub const ALL: [FocusGroup; 4] = [FocusGroup::A, FocusGroup::B, FocusGroup::C, FocusGroup::D];

    /// The letter as shown after a quote.
    pub fn letter(self) -> char {
        match self {
            FocusGroup::A => 'A',
            FocusGroup::B => 'B',
            FocusGroup::C => 'C',
            FocusGroup::D => 'D',
        }
    }
}

/// Legend entry of a focus group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FocusGroupInfo {
    /// The group.
    pub group: FocusGroup,
    /// Who took part, as the source describes them.
    pub description: String,
    /// The same in our English translation.
    #[serde(default)]
    pub description_en: String,
}

/// A voorbeeldcitaat; the "(A)".."(D)" marker is in `group`, not in `text`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quote, as the source has it (stray quote marks included).
    pub text: String,
    /// The quote in our English translation.
    #[serde(default)]
    pub text_en: String,
    /// The focus group it comes from.
    pub group: FocusGroup,
}

/// One row of a theme: a success factor and/or its bottleneck.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactorRow {
    /// Stable id, e.g. `ih.communicatie.1`.
    pub id: String,
    /// The success factor; `None` where the source has "-".
    pub success: Option<String>,
    /// The bottleneck; `None` where the source has "-".
    pub bottleneck: Option<String>,
    /// The success factor in our English translation.
    #[serde(default)]
    pub success_en: Option<String>,
    /// The bottleneck in our English translation.
    #[serde(default)]
    pub bottleneck_en: Option<String>,
}

/// A theme within a perspective.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    /// Stable id, e.g. `ih.communicatie`.
    pub id: String,
    /// Dutch name as in the source.
    pub name: String,
    /// Its rows, in source order.
    /// The name in our English translation.
    #[serde(default)]
    pub name_en: String,
    pub rows: Vec<FactorRow>,
    /// Its example quotes, in source order.
    #[serde(default)]
    pub quotes: Vec<Quote>,
}

/// A perspective (invalshoek) of the Raamwerk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Perspective {
    /// Stable id: `ih`, `pd` or `of`.
    pub id: String,
    /// Dutch name as in the source.
    pub name: String,
    /// The name in our English translation.
    #[serde(default)]
    pub name_en: String,
    /// Its themes, in source order.
    pub themes: Vec<Theme>,
}
