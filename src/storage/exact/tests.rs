use super::*;

#[test]
fn lone_surrogates_survive_escaping() {
    let units: Vec<u16> = vec![0x61, 0xD800, 0x5C, 0x62, 0xDC00, 0xD83D, 0xDE00];
    let kept = escape_utf16(&units);
    assert_eq!(
        kept,
        format!("{ESCAPED_MARKER}a\\u{{D800}}\\\\b\\u{{DC00}}😀")
    );
    assert_eq!(unescape_utf16(&kept), Some(units.clone()));
    assert_eq!(Exact::Utf16(units).lossy(), "a\u{FFFD}\\b\u{FFFD}😀");
}

#[test]
fn plain_text_is_not_an_escaped_text() {
    assert_eq!(unescape_utf16("gewoon"), None);
    assert_eq!(Exact::Text("x".into()).kept(), "x");
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_code_units_round_trip_exactly(units in prop::collection::vec(any::<u16>(), 0..200)) {
            prop_assert_eq!(unescape_utf16(&escape_utf16(&units)), Some(units));
        }
    }
}
