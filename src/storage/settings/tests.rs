use super::*;

#[test]
fn round_trip_and_defaults() {
    let s = Settings {
        language: Lang::En,
        smartboard: true,
        last_open: None,
    };
    assert_eq!(s.to_json(), r#"{"language":"en","smartboard":true}"#);
    assert_eq!(Settings::from_json(&s.to_json()).unwrap(), s);
    assert_eq!(Settings::from_json("{}").unwrap(), Settings::default());
    assert!(Settings::from_json(r#"{"language":"fr"}"#).is_err());
    let open = Settings {
        last_open: Some("s1".into()),
        ..Settings::default()
    };
    assert_eq!(Settings::from_json(&open.to_json()).unwrap(), open);
}
