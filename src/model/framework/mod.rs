//! The Raamwerk interprofessioneel samenwerken (Geveke et al. 2024), compiled in as data.
//!
//! The texts live in `data/*.json` so they can be checked against the source documents
//! (see the tests) and corrected without touching code. Ids in the data are stable: stored
//! sessions refer to them.
//!
//! Source typos corrected in `data/raamwerk.json` (also listed in its `_corrections`):
//! - "Informereren en communiceren" → "Informeren en communiceren"
//! - "Arceer de succesfactoren /succesfactoren" → "Arceer de succesfactoren/knelpunten"

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

mod questions;
mod types;

pub use questions::{Explanation, Question};
pub use types::{
    Correction, FactorRow, FocusGroup, FocusGroupInfo, Perspective, QuestionPrompt, Quote,
    Reference, Step, Theme,
};

/// The whole Raamwerk: perspectives, themes, rows, quotes and how to use it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Framework {
    /// Source typos we corrected, so the deviation from the source stays visible.
    #[serde(rename = "_corrections", default)]
    pub corrections: Vec<Correction>,
    /// Title of the Raamwerk.
    pub title: String,
    /// The title in our English translation.
    #[serde(default)]
    pub title_en: String,
    /// How to cite the Raamwerk.
    pub citation: Reference,
    /// The underlying overview article.
    pub further_reading: Reference,
    /// The funding note.
    pub funding: String,
    /// The funding note in our English translation.
    #[serde(default)]
    pub funding_en: String,
    /// Heading of the how-to ("Raamwerk gebruiken als probleem-analyse-instrument").
    pub method_title: String,
    /// The heading in our English translation.
    #[serde(default)]
    pub method_title_en: String,
    /// The three steps (Stap 1..3).
    pub steps: Vec<Step>,
    /// The six question prompts a–f of step 3.
    pub questions: Vec<QuestionPrompt>,
    /// The sentence introducing the focus-group legend.
    pub focus_group_intro: String,
    /// The sentence in our English translation.
    #[serde(default)]
    pub focus_group_intro_en: String,
    /// The legend of the focus groups A–D.
    pub focus_groups: Vec<FocusGroupInfo>,
    /// The three perspectives (invalshoeken), in source order.
    pub perspectives: Vec<Perspective>,
}

/// The compiled-in Raamwerk, parsed once.
pub fn framework() -> &'static Framework {
    static DATA: OnceLock<Framework> = OnceLock::new();
    DATA.get_or_init(|| {
        serde_json::from_str(include_str!("../../../data/raamwerk.json"))
            .expect("data/raamwerk.json is checked by the tests")
    })
}

impl Framework {
    /// The perspective with this id.
    pub fn perspective(&self, id: &str) -> Option<&Perspective> {
        self.perspectives.iter().find(|p| p.id == id)
    }

    /// Every theme with its perspective, in source order.
    pub fn themes(&self) -> impl Iterator<Item = (&Perspective, &Theme)> {
        self.perspectives
            .iter()
            .flat_map(|p| p.themes.iter().map(move |t| (p, t)))
    }

    /// Every row with its perspective and theme, in source order.
    pub fn rows(&self) -> impl Iterator<Item = (&Perspective, &Theme, &FactorRow)> {
        self.themes()
            .flat_map(|(p, t)| t.rows.iter().map(move |r| (p, t, r)))
    }

    /// The theme with this id and its perspective.
    pub fn theme(&self, id: &str) -> Option<(&Perspective, &Theme)> {
        self.themes().find(|(_, t)| t.id == id)
    }

    /// The row with this id, its theme and its perspective.
    pub fn row(&self, id: &str) -> Option<(&Perspective, &Theme, &FactorRow)> {
        self.rows().find(|(_, _, r)| r.id == id)
    }

    /// Position of a row in source order; unknown ids (e.g. from newer data) sort last.
    pub fn row_order(&self, id: &str) -> usize {
        self.rows()
            .position(|(_, _, r)| r.id == id)
            .unwrap_or(usize::MAX)
    }

    /// The prompt for one of the six questions.
    pub fn question(&self, question: Question) -> Option<&QuestionPrompt> {
        self.questions.iter().find(|q| q.question == question)
    }

    /// The legend entry of a focus group.
    pub fn focus_group(&self, group: FocusGroup) -> Option<&FocusGroupInfo> {
        self.focus_groups.iter().find(|g| g.group == group)
    }

    /// Ids of the rows whose theme, success factor, bottleneck or quotes contain `query`.
    ///
    /// Case and Dutch diacritics are ignored, so "gecreeerd" finds "gecreëerd"; an empty
    /// query matches every row.
    pub fn search_rows(&self, query: &str) -> Vec<&str> {
        let needle = fold(query.trim());
        self.rows()
            .filter(|(p, t, r)| {
                needle.is_empty()
                    || [&p.name, &t.name, &p.name_en, &t.name_en]
                        .into_iter()
                        .chain(r.success.as_ref())
                        .chain(r.bottleneck.as_ref())
                        .chain(r.success_en.as_ref())
                        .chain(r.bottleneck_en.as_ref())
                        .chain(t.quotes.iter().map(|q| &q.text))
                        .chain(t.quotes.iter().map(|q| &q.text_en))
                        .any(|text| fold(text).contains(&needle))
            })
            .map(|(_, _, r)| r.id.as_str())
            .collect()
    }
}

/// Lower-cases and strips the diacritics that occur in Dutch, for forgiving search.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}
