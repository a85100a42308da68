//! The Raamwerk's texts in a language: the Dutch source (Geveke et al., 2024) or our English
//! translation of it. The Dutch data stays the source; in English the Dutch original is one
//! tap away on every screen that shows these texts.

use super::Lang;
use crate::model::framework::{
    FactorRow, FocusGroupInfo, Perspective, QuestionPrompt, Quote, Step, Theme,
};

fn pick<'a>(lang: Lang, nl: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::En if !en.is_empty() => en,
        _ => nl,
    }
}

/// A theme's name.
pub fn theme_name(t: &Theme, lang: Lang) -> &str {
    pick(lang, &t.name, &t.name_en)
}

/// A perspective's name.
pub fn perspective_name(p: &Perspective, lang: Lang) -> &str {
    pick(lang, &p.name, &p.name_en)
}

/// A row's success factor, `None` where the source names none.
pub fn success(r: &FactorRow, lang: Lang) -> Option<&str> {
    match lang {
        Lang::En => r.success_en.as_deref().or(r.success.as_deref()),
        Lang::Nl => r.success.as_deref(),
    }
}

/// A row's bottleneck, `None` where the source names none.
pub fn bottleneck(r: &FactorRow, lang: Lang) -> Option<&str> {
    match lang {
        Lang::En => r.bottleneck_en.as_deref().or(r.bottleneck.as_deref()),
        Lang::Nl => r.bottleneck.as_deref(),
    }
}

/// A quote.
pub fn quote(q: &Quote, lang: Lang) -> &str {
    pick(lang, &q.text, &q.text_en)
}

/// A focus group's description.
pub fn focus_group(g: &FocusGroupInfo, lang: Lang) -> &str {
    pick(lang, &g.description, &g.description_en)
}

/// A step's instruction as the app shows it (without the printed paper's page numbers).
pub fn step_text(s: &Step, lang: Lang) -> &str {
    let dutch = if s.display.is_empty() {
        &s.text
    } else {
        &s.display
    };
    pick(lang, dutch, &s.text_en)
}

/// A question's prompt ("Waarom is dit een knelpunt/ succesfactor?").
pub fn prompt(q: &QuestionPrompt, lang: Lang) -> &str {
    pick(lang, &q.prompt, &q.prompt_en)
}

/// The sentence introducing the focus groups.
pub fn focus_group_intro(lang: Lang) -> &'static str {
    let f = crate::model::framework::framework();
    pick(lang, &f.focus_group_intro, &f.focus_group_intro_en)
}
