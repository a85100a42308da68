use super::*;
use crate::model::pyramid::TargetSpread;

fn svg() -> String {
    let s = crate::model::example::example_session(0);
    let summary = s.pyramid_summary(crate::model::pyramid::Scenario::Current);
    let d = Drawing::of(&summary, TargetSpread::default());
    let text = PictureText {
        title: "Ondersteuningspiramide <huidig> & \"zo\"".into(),
        subtitle: "De Linde · 2026-11-24".into(),
        rows: vec![
            "Individueel — 8 uur".into(),
            "Gericht".into(),
            "Universeel".into(),
        ],
        legend: "stippellijn: het doel".into(),
        warning: None,
        source: "Naar Barrett et al. (2013)".into(),
    };
    spread_svg(&d, &text)
}

#[test]
fn the_picture_is_self_contained() {
    let svg = svg();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    // The namespace is the only URL; no image, font, style sheet or link is referenced.
    let without_ns = svg.replacen("xmlns=\"http://www.w3.org/2000/svg\"", "", 1);
    for needle in [
        "http", "href", "@import", "<image", "<style", "<script", "url(http", "data:",
    ] {
        assert!(!without_ns.contains(needle), "{needle} in the picture");
    }
    // Every url() points inside the file.
    for part in without_ns.split("url(").skip(1) {
        assert!(part.starts_with("#pat-"), "{part}");
    }
}

#[test]
fn texts_are_escaped_and_every_level_is_drawn() {
    let svg = svg();
    assert!(svg.contains("Ondersteuningspiramide &lt;huidig&gt; &amp; &quot;zo&quot;"));
    for tier in ["universal", "targeted", "individual"] {
        assert!(svg.contains(&format!("data-row=\"{tier}\"")));
        assert!(svg.contains(&format!("data-target=\"{tier}\"")));
    }
    assert!(svg.contains("Individueel — 8 uur"));
    assert_eq!(escape("a\u{1}b"), "a b");
}
