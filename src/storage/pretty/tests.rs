use super::pretty;
use crate::model::example::example_session;
use serde_json::json;

#[test]
fn lays_out_like_serde_json_pretty() {
    let values = [
        json!({}),
        json!([]),
        json!({"a": [], "b": {}, "c": [1, 2, {"d": null}], "e": "x"}),
        json!({"quote": "a \"b\" c\\", "colon": "x: y, [z]", "nl": "a\nb", "ü": "é {"}),
        json!([[[]], [{}], true, false, -3, 1.5]),
        serde_json::to_value(example_session(1_700_000_000_000)).unwrap(),
    ];
    for v in values {
        let compact = serde_json::to_string(&v).unwrap();
        assert_eq!(pretty(&compact), serde_json::to_string_pretty(&v).unwrap());
    }
    // A session as a struct (fields in declaration order, as the export writes them).
    let session = example_session(1_700_000_000_000);
    let compact = serde_json::to_string(&session).unwrap();
    assert_eq!(
        pretty(&compact),
        serde_json::to_string_pretty(&session).unwrap()
    );
}
