use super::*;

#[test]
fn calendar_dates_are_real_dates() {
    for ok in [
        "2026-02-28",
        "2024-02-29",
        "2000-02-29",
        "2026-12-31",
        "1900-01-01",
    ] {
        assert!(is_calendar_date(ok), "{ok}");
    }
    for bad in [
        "2026-02-31",
        "2025-02-29",
        "1900-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-04-31",
        "gisteren",
        "2026-1-01",
        "20260101",
        "2026-01-01T",
        "+026-01-01",
        "0999-01-01",
    ] {
        assert!(!is_calendar_date(bad), "{bad}");
    }
}

#[test]
fn clip_cuts_on_characters() {
    assert_eq!(clip("ëëë", 2), "ëë");
    assert_eq!(clip("ab", 5), "ab");
    assert_eq!(clip("e\u{301}e\u{301}", 3), "e\u{301}e");
}

#[test]
fn full_width_digits_and_trailing_text_are_no_date() {
    assert!(is_calendar_date("2026-09-01"));
    assert!(!is_calendar_date("2026-13-01"));
    assert!(!is_calendar_date("2026-1-01x"));
    assert!(!is_calendar_date("２０２６-09-01"));
}
