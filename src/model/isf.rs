//! The three ISF tips for the IB'er (Diemel & Haasen, Fontys), compiled in as data.
//!
//! Source typos corrected in `data/isf_tips.json` (also listed in its `_corrections`):
//! "jeughulpverleners", "samenwerkenaan", "sociaalemotioneel", a trailing ":" on tip 3,
//! "onderwijszorgcontinulim", "geinspireerd", "creéren", "(0S0)" and "Barret et al.".

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::framework::Correction;

/// One tip with the article's section explaining it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tip {
    /// Stable id, e.g. `all-pupils`.
    pub id: String,
    /// 1–3.
    pub number: u8,
    /// The tip (Dutch, source typos corrected).
    pub tip: String,
    /// English translation of the tip.
    pub tip_en: String,
    /// Heading of the section that explains the tip.
    pub heading: String,
    /// The section's paragraphs.
    pub explanation: Vec<String>,
}

/// Who wrote the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IsfCitation {
    /// The authors.
    pub authors: String,
    /// Their institute.
    pub affiliation: String,
    /// The research project behind the article.
    pub project: String,
    /// A one-line reference.
    pub text: String,
}

/// The Interconnected Systems Framework the tips are based on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IsfSource {
    /// Its name.
    pub name: String,
    /// Who developed it, and when.
    pub reference: String,
    /// One sentence on what it shows.
    pub summary: String,
    /// Caption of the pyramid figure in the article.
    pub figure: String,
}

/// The tips with their sources.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IsfTips {
    /// Source typos we corrected.
    #[serde(rename = "_corrections", default)]
    pub corrections: Vec<Correction>,
    /// The article.
    pub citation: IsfCitation,
    /// The framework it builds on.
    pub isf: IsfSource,
    /// The three tips, in source order.
    pub tips: Vec<Tip>,
}

/// The compiled-in ISF tips, parsed once.
pub fn isf_tips() -> &'static IsfTips {
    static DATA: OnceLock<IsfTips> = OnceLock::new();
    DATA.get_or_init(|| {
        serde_json::from_str(include_str!("../../data/isf_tips.json"))
            .expect("data/isf_tips.json is checked by the tests")
    })
}
