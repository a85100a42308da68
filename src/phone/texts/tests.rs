//! The answer page's texts are the data's: every theme, row and rung, in both languages, in
//! source order (else run `node scripts/phone-texts.mjs`).

use super::*;
use crate::model::answers::code::ROWS_V1;
use crate::model::framework::framework;
use crate::model::ladder::{ladder, Rung};

#[test]
fn the_themes_and_rows_are_the_raamwerks() {
    let themes: Vec<_> = framework().themes().collect();
    assert_eq!(
        THEMES.len(),
        themes.len(),
        "run node scripts/phone-texts.mjs"
    );
    for (text, (p, t)) in THEMES.iter().zip(&themes) {
        assert_eq!(text.perspective, (p.name.as_str(), p.name_en.as_str()));
        assert_eq!(text.name, (t.name.as_str(), t.name_en.as_str()));
        assert_eq!(text.rows.len(), t.rows.len(), "{}", t.id);
        for (r, row) in text.rows.iter().zip(&t.rows) {
            assert_eq!(r.id, row.id);
            fn pair<'a>(
                nl: &'a Option<String>,
                en: &'a Option<String>,
            ) -> Option<(&'a str, &'a str)> {
                nl.as_deref()
                    .map(|n| (n, en.as_deref().unwrap_or_default()))
            }
            assert_eq!(r.success, pair(&row.success, &row.success_en), "{}", row.id);
            assert_eq!(
                r.bottleneck,
                pair(&row.bottleneck, &row.bottleneck_en),
                "{}",
                row.id
            );
        }
    }
    let ids: Vec<&str> = THEMES
        .iter()
        .flat_map(|t| t.rows.iter().map(|r| r.id))
        .collect();
    let coded: Vec<&str> = ROWS_V1.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, coded, "the answer code's rows, in the same order");
}

#[test]
fn the_rungs_are_the_ladders() {
    for (text, rung) in RUNGS.iter().zip(Rung::ALL) {
        let info = rung.info().expect("every rung has texts");
        assert_eq!(text.name, (info.name.as_str(), info.name_en.as_str()));
        assert_eq!(
            text.summary,
            (info.summary.as_str(), info.summary_en.as_str())
        );
    }
    assert_eq!(LADDER_CITATION, ladder().citation);
}
