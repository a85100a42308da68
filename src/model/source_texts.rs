//! Checks the compiled-in texts (the Raamwerk, the ladder, the ISF tips) against the fixture
//! copies of the source documents.

use std::collections::HashSet;

use super::framework::*;
use super::isf::isf_tips;
use super::ladder::{ladder, Rung};

const SEED_ISF: &str = include_str!("../../tests/fixtures/seeds/000_7abb33ae2e3e1d91.txt");
const SEED_RAAMWERK: &str = include_str!("../../tests/fixtures/seeds/001_03aaa876ad1f8177.txt");
const SEED_LADDER: &str = include_str!("../../tests/fixtures/seeds/004_4acb376d0dc8f6e1.txt");

/// Joins line-end hyphenation ("ont-\nwikkeling"), drops markdown italics and collapses
/// whitespace, then applies the listed corrections: the form our data is compared in.
fn normalise(source: &str, corrections: &[Correction]) -> String {
    let chars: Vec<char> = source.chars().filter(|c| *c != '*').collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let after_letter = i > 0 && chars[i - 1].is_alphabetic();
        if c == '-' && after_letter && chars.get(i + 1) == Some(&'\n') {
            i += 1;
            while chars.get(i).is_some_and(|c| c.is_whitespace()) {
                i += 1;
            }
            continue;
        }
        out.push(c);
        i += 1;
    }
    let mut text = squash(&out);
    for c in corrections {
        text = text.replace(&c.from, &c.to);
    }
    text
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_in(haystack: &str, needle: &str) {
    let needle = squash(needle);
    assert!(!needle.is_empty(), "empty text in data");
    assert!(haystack.contains(&needle), "not in source: {needle:?}");
}

#[test]
fn counts_match_the_source() {
    let f = framework();
    assert_eq!(f.perspectives.len(), 3);
    assert_eq!(f.themes().count(), 14);
    assert_eq!(f.rows().count(), 27);
    let per_theme: Vec<usize> = f.themes().map(|(_, t)| t.rows.len()).collect();
    assert_eq!(per_theme, [2, 2, 3, 2, 1, 1, 3, 2, 2, 1, 3, 3, 1, 1]);
    let quotes: Vec<usize> = f.themes().map(|(_, t)| t.quotes.len()).collect();
    assert_eq!(quotes, [3, 3, 4, 2, 1, 2, 3, 3, 2, 1, 2, 1, 1, 1]);
    assert_eq!(f.steps.len(), 3);
    assert_eq!(f.questions.len(), 6);
    assert_eq!(f.focus_groups.len(), 4);
}

#[test]
fn ids_are_unique_short_ascii_and_nested() {
    let f = framework();
    let mut seen = HashSet::new();
    for p in &f.perspectives {
        assert!(seen.insert(p.id.clone()));
        for t in &p.themes {
            assert!(t.id.starts_with(&format!("{}.", p.id)));
            assert!(seen.insert(t.id.clone()));
            for r in &t.rows {
                assert!(r.id.starts_with(&format!("{}.", t.id)));
                assert!(seen.insert(r.id.clone()), "duplicate {}", r.id);
            }
        }
    }
    assert!(seen.iter().all(|id| id.len() <= 24
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'.' || b.is_ascii_digit())));
}

#[test]
fn every_text_occurs_in_the_source() {
    let f = framework();
    let src = normalise(SEED_RAAMWERK, &f.corrections);
    for p in &f.perspectives {
        assert_in(&src, &p.name);
        for t in &p.themes {
            assert_in(&src, &t.name);
            for r in &t.rows {
                assert!(r.success.is_some() || r.bottleneck.is_some(), "{}", r.id);
                r.success
                    .iter()
                    .chain(&r.bottleneck)
                    .for_each(|s| assert_in(&src, s));
            }
            for q in &t.quotes {
                assert_in(&src, &q.text);
                let at = src.find(q.text.as_str()).unwrap_or_default() + q.text.len();
                let marker = format!("({})", q.group.letter());
                assert!(src[at..].trim_start().starts_with(&marker), "{}", q.text);
            }
        }
    }
    for text in [
        &f.title,
        &f.citation.text,
        &f.further_reading.text,
        &f.funding,
        &f.method_title,
        &f.focus_group_intro,
    ] {
        assert_in(&src, text);
    }
    assert!(f.citation.text.contains(&f.citation.title));
    assert!(f.further_reading.text.contains(&f.further_reading.title));
    f.steps.iter().for_each(|s| assert_in(&src, &s.text));
    f.questions
        .iter()
        .for_each(|q| assert_in(&src, &format!("{}. {}", q.letter, q.prompt)));
    f.focus_groups
        .iter()
        .for_each(|g| assert_in(&src, &format!("{}. {}", g.group.letter(), g.description)));
}

#[test]
fn corrections_are_real_and_applied() {
    let raw = squash(SEED_RAAMWERK);
    for c in &framework().corrections {
        assert!(raw.contains(&c.from), "{:?} not in source", c.from);
        assert!(!c.to.is_empty());
    }
    let isf = isf_tips();
    let raw = normalise(SEED_ISF, &[]);
    for c in &isf.corrections {
        assert!(raw.contains(&c.from), "{:?} not in source", c.from);
    }
    assert!(framework()
        .row("ih.communicatie.1")
        .is_some_and(|(_, _, r)| r.success.as_deref() == Some("Informeren en communiceren")));
}

#[test]
fn dash_cells_are_absent_sides() {
    let f = framework();
    let side = |id: &str| {
        f.row(id)
            .map(|(_, _, r)| (r.success.is_some(), r.bottleneck.is_some()))
    };
    assert_eq!(side("pd.aanpak.1"), Some((true, false)));
    assert_eq!(side("pd.monitoring.1"), Some((true, false)));
    assert_eq!(side("of.facilitering.3"), Some((false, true)));
    assert_eq!(
        f.rows()
            .filter(|(_, _, r)| r.success.is_none() || r.bottleneck.is_none())
            .count(),
        3
    );
}

#[test]
fn lookups_work() {
    let f = framework();
    let (p, t, r) = f.row("of.leiderschap.1").expect("row");
    assert_eq!((p.id.as_str(), t.name.as_str()), ("of", "Leiderschap"));
    assert_eq!(r.bottleneck.as_deref(), Some("Ontoereikend leiderschap"));
    assert!(f.row("nope").is_none());
    assert_eq!(
        f.theme("pd.preventief").map(|(p, _)| p.id.as_str()),
        Some("pd")
    );
    assert_eq!(f.row_order("ih.communicatie.1"), 0);
    assert_eq!(f.row_order("of.nabijheid.1"), 26);
    assert_eq!(f.row_order("unknown"), usize::MAX);
    assert_eq!(
        f.question(Question::How).map(|q| q.letter.as_str()),
        Some("f")
    );
    assert!(f.focus_group(FocusGroup::C).is_some());
    assert_eq!(
        f.search_rows("gecreeerd"),
        ["ih.activiteiten.1", "ih.activiteiten.2"]
    );
    assert_eq!(f.search_rows("TIJDGEBREK"), ["of.facilitering.1"]);
    assert_eq!(f.search_rows("").len(), 27);
}

#[test]
fn ladder_matches_the_source() {
    let l = ladder();
    let src = normalise(SEED_LADDER, &[]);
    assert_eq!(
        l.rungs.iter().map(|r| r.rung).collect::<Vec<_>>(),
        Rung::ALL
    );
    for r in &l.rungs {
        assert_eq!(r.number, r.rung.number());
        assert_in(&src, &r.description);
        if let Some(q) = &r.quote {
            assert_in(&src, q);
            assert!(r.description.contains(q.as_str()));
        }
        assert!(!r.name_en.is_empty() && !r.summary.is_empty() && !r.summary_en.is_empty());
        assert_eq!(r.rung.info(), Some(r));
    }
    assert_in(&src, &l.title);
    assert_in(&src, &l.intro);
    assert_eq!(l.rungs.iter().filter(|r| r.quote.is_some()).count(), 2);
}

#[test]
fn rung_arithmetic() {
    assert_eq!(Rung::Cooperation.up(), Some(Rung::Coordination));
    assert_eq!(Rung::Integration.up(), None);
    assert_eq!(Rung::Cooperation.down(), None);
    assert_eq!(Rung::Cooperation.steps_to(Rung::Integration), 3);
    assert_eq!(Rung::Collaboration.steps_to(Rung::Coordination), -1);
    assert!(Rung::Cooperation < Rung::Integration);
}

#[test]
fn isf_tips_match_the_source() {
    let isf = isf_tips();
    let src = normalise(SEED_ISF, &isf.corrections);
    assert_eq!(isf.tips.len(), 3);
    for (i, t) in isf.tips.iter().enumerate() {
        assert_eq!(usize::from(t.number), i + 1);
        assert_in(&src, &t.tip);
        assert_in(&src, &t.heading);
        assert!(!t.explanation.is_empty() && !t.tip_en.is_empty());
        t.explanation.iter().for_each(|p| assert_in(&src, p));
    }
    assert_in(&src, &isf.isf.summary);
    assert_in(&src, &isf.isf.figure);
    assert_in(&src, &isf.citation.authors);
    assert_in(&src, &isf.citation.project);
    assert!(isf.tips[2]
        .tip
        .contains("jeugdhulpverleners en ouders samen werken aan"));
}

/// The English rendering covers the whole Raamwerk: every Dutch text has an English one,
/// empty exactly where the Dutch is (a row without a bottleneck has none in English either).
#[test]
fn every_dutch_text_has_its_english_counterpart() {
    let f = framework();
    let pairs = |nl: &str, en: &str, at: &str| {
        assert!(!nl.trim().is_empty(), "{at}: no Dutch");
        assert!(!en.trim().is_empty(), "{at}: no English");
        assert_ne!(nl, en, "{at}: the English is the Dutch");
    };
    pairs(&f.title, &f.title_en, "title");
    pairs(&f.method_title, &f.method_title_en, "method_title");
    pairs(
        &f.focus_group_intro,
        &f.focus_group_intro_en,
        "focus_group_intro",
    );
    pairs(&f.funding, &f.funding_en, "funding");
    for s in &f.steps {
        pairs(&s.text, &s.text_en, &format!("step {}", s.number));
    }
    for q in &f.questions {
        pairs(&q.word, &q.word_en, &format!("question {}", q.letter));
        pairs(&q.prompt, &q.prompt_en, &format!("question {}", q.letter));
    }
    for g in &f.focus_groups {
        pairs(
            &g.description,
            &g.description_en,
            &format!("group {:?}", g.group),
        );
    }
    let mut rows = 0;
    for p in &f.perspectives {
        pairs(&p.name, &p.name_en, &p.id);
        for t in &p.themes {
            pairs(&t.name, &t.name_en, &t.id);
            for r in &t.rows {
                rows += 1;
                for (nl, en, side) in [
                    (&r.success, &r.success_en, "success"),
                    (&r.bottleneck, &r.bottleneck_en, "bottleneck"),
                ] {
                    match (nl, en) {
                        (Some(nl), Some(en)) => pairs(nl, en, &format!("{} {side}", r.id)),
                        (None, None) => {}
                        _ => panic!("{} {side}: Dutch and English differ in presence", r.id),
                    }
                }
            }
            for (i, q) in t.quotes.iter().enumerate() {
                pairs(&q.text, &q.text_en, &format!("{} quote {i}", t.id));
            }
        }
    }
    assert_eq!(rows, 27);
    // The step the app shows has no reference to a page of the printed paper.
    let read = &f.steps[0];
    assert!(read.text.contains("p. 4"), "the source text stays as it is");
    assert!(!read.display.contains("p. 4") && !read.display.is_empty());
    assert!(!read.text_en.contains("p. 4"));
}
