use super::*;
use crate::model::pyramid::{Pyramid, Scenario};
use crate::model::Minutes;

#[test]
fn labels_never_overlap_and_stay_inside() {
    let mut p = Pyramid::new();
    p.add_worker("A", "B", Minutes::hours(40)).unwrap();
    let id = p
        .add_activity(Scenario::Current, Tier::Universal, "x")
        .unwrap();
    p.set_minutes(Scenario::Current, id, Minutes(15));
    let list = bands(&p.summary(Scenario::Current), Lang::Nl);
    let tops = spread_labels(&list);
    let mut spans: Vec<(f64, f64)> = tops
        .iter()
        .zip(&list)
        .map(|(t, b)| (*t, t + b.lines.len() as f64 * LINE))
        .collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    for pair in spans.windows(2) {
        assert!(pair[0].1 <= pair[1].0, "{spans:?}");
    }
    assert!(
        spans.iter().all(|s| s.0 >= 0.0 && s.1 <= 640.0),
        "{spans:?}"
    );
}

#[test]
fn band_heights_fill_the_pyramid_when_anything_is_there() {
    let mut p = Pyramid::new();
    p.add_worker("A", "B", Minutes::hours(10)).unwrap();
    let id = p
        .add_activity(Scenario::Current, Tier::Targeted, "x")
        .unwrap();
    p.set_minutes(Scenario::Current, id, Minutes::hours(4));
    let list = bands(&p.summary(Scenario::Current), Lang::En);
    let total: f64 = list.iter().map(|b| b.height).sum();
    assert!((total - (BOTTOM - TOP)).abs() < 1e-9);
    assert_eq!(list.last().map(|b| b.slug), Some("free"));
}
