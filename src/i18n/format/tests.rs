use super::*;

#[test]
fn hours_are_exact_for_quarters() {
    assert_eq!(format_hours(210, Lang::Nl), "3,5");
    assert_eq!(format_hours(210, Lang::En), "3.5");
    assert_eq!(format_hours(15, Lang::Nl), "0,25");
    assert_eq!(format_hours(45, Lang::En), "0.75");
    assert_eq!(format_hours(720, Lang::Nl), "12");
    assert_eq!(format_hours(0, Lang::Nl), "0");
    assert_eq!(format_hours(-90, Lang::Nl), "-1,5");
}

#[test]
fn odd_minutes_round_to_hundredths() {
    assert_eq!(format_hours(1, Lang::En), "0.02");
    assert_eq!(format_hours(59, Lang::En), "0.98");
    assert_eq!(format_hours(20, Lang::Nl), "0,33");
}

#[test]
fn percent_and_counts() {
    assert_eq!(format_percent(1250, Lang::Nl), "13\u{a0}%");
    assert_eq!(format_percent(10_000, Lang::En), "100%");
    assert_eq!(format_count(1234567, Lang::Nl), "1.234.567");
    assert_eq!(format_count(999, Lang::En), "999");
    assert_eq!(format_count(1000, Lang::En), "1,000");
}

#[test]
fn formatting_examples() {
    assert_eq!(minutes_as_hours(Minutes(210), Lang::Nl), "3,5");
    assert_eq!(minutes_as_hours(Minutes(210), Lang::En), "3.5");
    assert_eq!(minutes_as_hours(Minutes(15), Lang::Nl), "0,25");
    assert_eq!(minutes_as_hours(Minutes(45), Lang::En), "0.75");
    assert_eq!(minutes_as_hours(Minutes(720), Lang::Nl), "12");
    assert_eq!(minutes_as_hours(Minutes(0), Lang::Nl), "0");
    assert_eq!(minutes_as_hours(Minutes(10), Lang::Nl), "0,17");
    assert_eq!(percent_number(1_250, 0, Lang::Nl), "13");
    assert_eq!(percent_number(3_333, 0, Lang::En), "33");
    assert_eq!(percent_number(10_000, 0, Lang::Nl), "100");
    assert_eq!(percent_number(1_250, 1, Lang::Nl), "12,5");
    assert_eq!(percent_number(1_200, 2, Lang::En), "12");
    assert_eq!(percent_number(1_205, 2, Lang::En), "12.05");
}

#[test]
fn signs_are_explicit() {
    assert_eq!(signed_hours(90, Lang::Nl), "+1,5");
    assert_eq!(signed_hours(-15, Lang::En), "-0.25");
    assert_eq!(signed_hours(0, Lang::En), "0");
    assert_eq!(signed_points(1000, Lang::Nl), "+10");
    assert_eq!(signed_points(-500, Lang::Nl), "-5");
    assert_eq!(signed_points(-20, Lang::Nl), "0");
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn quarter_hours_format_exactly(quarters in 0u32..10_000, dutch in any::<bool>()) {
            let lang = if dutch { Lang::Nl } else { Lang::En };
            let text = minutes_as_hours(Minutes(15 * quarters), lang);
            let sep = if dutch { ',' } else { '.' };
            let (whole, frac) = text.split_once(sep).unwrap_or((text.as_str(), ""));
            prop_assert!(!frac.ends_with('0'));
            let other_sep = if dutch { '.' } else { ',' };
            prop_assert!(!text.contains(other_sep));
            let frac_hundredths: u32 = format!("{frac:0<2}").parse().unwrap_or(u32::MAX);
            let whole: u32 = whole.parse().unwrap_or(u32::MAX);
            prop_assert_eq!(whole * 100 + frac_hundredths, 25 * quarters);
        }
    }
}
