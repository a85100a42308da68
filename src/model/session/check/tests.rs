use super::*;
use crate::model::pyramid::Tier;
use crate::model::Minutes;

#[test]
fn the_example_session_is_within_bounds() {
    let s = crate::model::example::example_session(0);
    assert_eq!(check_session(&s), Ok(()));
}

#[test]
fn out_of_bounds_values_are_named_by_path() {
    let mut s = Session::new("s", 0);
    s.date = "2026-02-31".into();
    let v = check_session(&s).unwrap_err();
    assert_eq!((v.path.as_str(), v.bound), ("date", Bound::CalendarDate));

    let mut s = Session::new("s", 0);
    s.title = "x".repeat(MAX_SHORT_CHARS + 1);
    assert_eq!(
        check_session(&s).unwrap_err().bound,
        Bound::MaxChars(MAX_SHORT_CHARS)
    );

    let mut s = Session::new("s", 0);
    s.pupil_count = MAX_PUPILS + 1;
    assert_eq!(check_session(&s).unwrap_err().path, "pupil_count");
}

#[test]
fn duplicate_and_dangling_ids_are_refused() {
    let mut s = Session::new("s", 0);
    let w = s.pyramid.add_worker("A", "B", Minutes::hours(2)).unwrap();
    let id = s
        .pyramid
        .add_activity(Scenario::Current, Tier::Universal, "x")
        .unwrap();
    s.pyramid.update_activity(
        Scenario::Current,
        id,
        crate::model::pyramid::ActivityEdit::Workers(vec![w]),
    );
    assert_eq!(check_session(&s), Ok(()));
    let mut json = serde_json::to_value(&s).unwrap();
    json["pyramid"]["current"][0]["workers"] = serde_json::json!([w + 9]);
    let bad: Session = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(check_session(&bad).unwrap_err().bound, Bound::KnownWorker);
    let first = json["pyramid"]["current"][0].clone();
    json["pyramid"]["current"] = serde_json::json!([first.clone(), first]);
    json["pyramid"]["current"][0]["workers"] = serde_json::json!([]);
    json["pyramid"]["current"][1]["workers"] = serde_json::json!([]);
    let twice: Session = serde_json::from_value(json).unwrap();
    let v = check_session(&twice).unwrap_err();
    assert_eq!(
        (v.path.as_str(), v.bound),
        ("pyramid.current[1].id", Bound::UniqueId)
    );
}
