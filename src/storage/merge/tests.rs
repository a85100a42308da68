use serde_json::json;

use super::*;

fn clean(base: Value, mine: Value, theirs: Value) -> Value {
    let m = merge(&base, &mine, &theirs, Prefer::Neither);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    m.value
}

#[test]
fn different_fields_both_kept() {
    let base = json!({"title": "a", "school": "s", "notes": ""});
    let mine = json!({"title": "mine", "school": "s", "notes": ""});
    let theirs = json!({"title": "a", "school": "theirs", "notes": ""});
    assert_eq!(
        clean(base, mine, theirs),
        json!({"title": "mine", "school": "theirs", "notes": ""})
    );
}

#[test]
fn the_same_field_changed_twice_is_a_conflict_unless_a_side_is_preferred() {
    let base = json!({"title": "a", "school": "s"});
    let mine = json!({"title": "mine", "school": "s2"});
    let theirs = json!({"title": "theirs", "school": "s"});
    let m = merge(&base, &mine, &theirs, Prefer::Neither);
    assert_eq!(m.conflicts, vec!["title".to_string()]);
    let keep = merge(&base, &mine, &theirs, Prefer::Mine).value;
    assert_eq!(keep, json!({"title": "mine", "school": "s2"}));
    let take = merge(&base, &mine, &theirs, Prefer::Theirs).value;
    // Taking theirs for the contested field keeps this tab's other change.
    assert_eq!(take, json!({"title": "theirs", "school": "s2"}));
}

#[test]
fn lists_with_ids_merge_item_by_item() {
    let base = json!({"actions": [{"id": "a", "what": "x"}, {"id": "b", "what": "y"}]});
    let mine = json!({"actions": [{"id": "a", "what": "x2"}, {"id": "b", "what": "y"}, {"id": "c", "what": "new"}]});
    let theirs = json!({"actions": [{"id": "a", "what": "x"}, {"id": "d", "what": "theirs"}]});
    assert_eq!(
        clean(base, mine, theirs),
        json!({"actions": [{"id": "a", "what": "x2"}, {"id": "d", "what": "theirs"}, {"id": "c", "what": "new"}]})
    );
}

#[test]
fn a_removed_item_changed_on_the_other_side_is_a_conflict() {
    let base = json!([{"id": 1, "h": 1}]);
    let mine = json!([]);
    let theirs = json!([{"id": 1, "h": 2}]);
    let m = merge(&base, &mine, &theirs, Prefer::Neither);
    assert_eq!(m.conflicts, vec!["[1]".to_string()]);
    assert_eq!(
        m.value,
        json!([{"id": 1, "h": 2}]),
        "nothing is lost while asking"
    );
}

#[test]
fn marks_merge_by_row_and_role_and_priorities_as_a_set() {
    let base = json!({"marks": [], "priorities": ["r1"]});
    let mine = json!({"marks": [{"row": "r1", "role": "Teacher", "success": true}], "priorities": ["r1", "r2"]});
    let theirs =
        json!({"marks": [{"row": "r2", "role": "Parent", "bottleneck": true}], "priorities": []});
    let v = clean(base, mine, theirs);
    assert_eq!(v["marks"].as_array().map(Vec::len), Some(2));
    assert_eq!(v["priorities"], json!(["r2"]));
}

#[test]
fn a_reorder_on_one_side_is_kept() {
    let base = json!([{"id": 1}, {"id": 2}, {"id": 3}]);
    let mine = base.clone();
    let theirs = json!([{"id": 3}, {"id": 1}, {"id": 2}]);
    assert_eq!(clean(base, mine, theirs.clone()), theirs);
}

#[test]
fn merging_is_symmetric_without_conflicts() {
    let base = json!({"a": 1, "l": [{"id": 1, "v": 1}, {"id": 2, "v": 2}], "s": ["x"]});
    let mine = json!({"a": 2, "l": [{"id": 1, "v": 5}, {"id": 2, "v": 2}], "s": ["x", "y"]});
    let theirs = json!({"a": 1, "l": [{"id": 1, "v": 1}], "s": []});
    let one = clean(base.clone(), mine.clone(), theirs.clone());
    let other = clean(base, theirs, mine);
    assert_eq!(one, other);
}

#[test]
fn sessions_merge_field_by_field_and_keep_the_higher_revision() {
    use crate::model::pyramid::{Scenario, Tier};
    let mut base = Session::new("s", 1);
    base.pyramid
        .add_worker("W", "O", crate::model::Minutes::hours(4))
        .unwrap();
    let mut mine = base.clone();
    mine.title = "mijn titel".into();
    mine.pyramid
        .add_activity(Scenario::Current, Tier::Universal, "Les")
        .unwrap();
    mine.revision = 3;
    let mut theirs = base.clone();
    theirs.school = "De Linde".into();
    theirs.revision = 4;
    let m = merge_sessions(&base, &mine, &theirs, Prefer::Neither).expect("merges");
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(m.session.title, "mijn titel");
    assert_eq!(m.session.school, "De Linde");
    assert_eq!(m.session.pyramid.activities(Scenario::Current).len(), 1);
    assert_eq!(m.session.revision, 4);
}
