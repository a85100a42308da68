use super::tables::all_texts;
use super::*;

#[test]
fn every_text_has_dutch_and_english() {
    for (name, get) in all_texts() {
        let nl = get(Lang::Nl);
        let en = get(Lang::En);
        assert!(!nl.trim().is_empty(), "{name} has no Dutch text");
        assert!(!en.trim().is_empty(), "{name} has no English text");
    }
}

#[test]
fn lang_serialises_as_its_code() {
    for lang in [Lang::Nl, Lang::En] {
        let json = serde_json::to_string(&lang).unwrap();
        assert_eq!(json, format!("\"{}\"", lang.code()));
        assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), lang);
    }
}
