//! The collaboration ladder (Gerdes, PO-Magazine juni 2019), compiled in as data.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// A rung (trede) of the collaboration ladder, lowest first; `Ord` follows the ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Rung {
    /// 1. coöperatie: exchanging information.
    Cooperation,
    /// 2. coördinatie: structural, coordinated contact.
    Coordination,
    /// 3. collaboratie: interdisciplinary collaboration.
    Collaboration,
    /// 4. integrale aanpak / sterk partnerschap.
    Integration,
}

impl Rung {
    /// All rungs, lowest first.
    pub const ALL: [Rung; 4] = [
        Rung::Cooperation,
        Rung::Coordination,
        Rung::Collaboration,
        Rung::Integration,
    ];

    /// The rung's number, 1 (lowest) to 4.
    pub fn number(self) -> u8 {
        match self {
            Rung::Cooperation => 1,
            Rung::Coordination => 2,
            Rung::Collaboration => 3,
            Rung::Integration => 4,
        }
    }

    /// The rung with this number (1–4).
    pub fn from_number(number: u8) -> Option<Rung> {
        Rung::ALL.into_iter().find(|r| r.number() == number)
    }

    /// The next rung up, if any.
    pub fn up(self) -> Option<Rung> {
        Rung::from_number(self.number() + 1)
    }

    /// The next rung down, if any.
    pub fn down(self) -> Option<Rung> {
        self.number().checked_sub(1).and_then(Rung::from_number)
    }

    /// Steps from `self` to `to`: positive means climbing.
    pub fn steps_to(self, to: Rung) -> i8 {
        // Numbers are 1..=4, so the difference always fits.
        to.number() as i8 - self.number() as i8
    }

    /// The source texts for this rung.
    pub fn info(self) -> Option<&'static RungInfo> {
        ladder().rungs.iter().find(|i| i.rung == self)
    }
}

/// Texts of one rung; `*_en` fields are our translations, `summary` our paraphrase.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RungInfo {
    /// Which rung.
    pub rung: Rung,
    /// 1–4.
    pub number: u8,
    /// Dutch name ("coöperatie").
    pub name: String,
    /// English name (translation).
    pub name_en: String,
    /// Short Dutch description (our paraphrase of the source).
    pub summary: String,
    /// Short English description (translation).
    pub summary_en: String,
    /// The full source text of this item (quote included).
    pub description: String,
    /// The interviewee's quote in this item, if the source has one.
    pub quote: Option<String>,
}

/// The ladder: its rungs and the source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ladder {
    /// Title of the source article.
    pub title: String,
    /// How to cite the source.
    pub citation: String,
    /// The garden-steps image from the article (verbatim).
    pub intro: String,
    /// English translation of `intro`.
    pub intro_en: String,
    /// The four rungs, lowest first.
    pub rungs: Vec<RungInfo>,
}

/// The compiled-in ladder texts, parsed once.
pub fn ladder() -> &'static Ladder {
    static DATA: OnceLock<Ladder> = OnceLock::new();
    DATA.get_or_init(|| {
        serde_json::from_str(include_str!("../../../data/ladder.json"))
            .expect("data/ladder.json is checked by the tests")
    })
}
