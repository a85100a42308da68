use super::*;

const MAX: Minutes = Minutes(40 * 60);

fn ok(text: &str) -> u32 {
    parse_hours(text, MAX)
        .unwrap_or_else(|e| panic!("{text}: {e:?}"))
        .0
}

#[test]
fn the_ways_people_write_hours() {
    assert_eq!(ok("3,5"), 210);
    assert_eq!(ok("3.5"), 210);
    assert_eq!(ok("3:30"), 210);
    assert_eq!(ok("3½"), 210);
    assert_eq!(ok("3 ½"), 210);
    assert_eq!(ok("½"), 30);
    assert_eq!(ok("¾"), 45);
    assert_eq!(ok("16"), 960);
    assert_eq!(ok(" 16 uur "), 960);
    assert_eq!(ok("2h"), 120);
    assert_eq!(ok("0,25"), 15);
    assert_eq!(ok(",5"), 30);
    assert_eq!(ok("3,"), 180);
    assert_eq!(ok("0"), 0);
    assert_eq!(ok("1:05"), 65);
}

#[test]
fn odd_minutes_are_kept_exactly_to_the_minute() {
    assert_eq!(ok("0,1"), 6);
    assert_eq!(ok("3,33"), 200);
    assert_eq!(ok("1,0166"), 61);
    assert_eq!(ok("0:01"), 1);
}

#[test]
fn what_is_not_hours_is_refused_with_a_reason() {
    assert_eq!(parse_hours("", MAX), Err(HoursError::Empty));
    assert_eq!(parse_hours("uur", MAX), Err(HoursError::Empty));
    for bad in [
        "drie", "3,5,5", "-2", "3:", "3:3:3", "1e3", "3.5.", "½½", "3 4", "+3", "∞",
    ] {
        assert!(parse_hours(bad, MAX).is_err(), "{bad}");
    }
    assert_eq!(parse_hours("3:75", MAX), Err(HoursError::BadMinutes));
    assert_eq!(
        parse_hours("41", MAX),
        Err(HoursError::TooMany { max: MAX })
    );
    assert_eq!(parse_hours("99999999999", MAX), Err(HoursError::NotHours));
}

#[test]
fn typed_hours_read_back_as_shown() {
    for m in (0..=MAX.0).step_by(15) {
        for lang in [Lang::Nl, Lang::En] {
            let shown = crate::i18n::minutes_as_hours(Minutes(m), lang);
            assert_eq!(parse_hours(&shown, MAX), Ok(Minutes(m)), "{shown}");
        }
    }
}

#[test]
fn errors_say_it_in_both_languages() {
    let e = HoursError::TooMany { max: MAX };
    assert_eq!(hours_error(&e, Lang::Nl), "Hoogstens 40 uur per week.");
    assert_eq!(hours_error(&e, Lang::En), "At most 40 hours per week.");
}
