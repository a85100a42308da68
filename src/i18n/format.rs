//! Numbers the Dutch way in Dutch (3,5 uur; 12 %) and the English way in English.
//!
//! Integer arithmetic only: hours are exact quarter hours, shares are basis points. The
//! digits come from the pyramid's formatters; this adds the language's conventions.

use super::Lang;
use crate::model::pyramid;
use crate::model::Minutes;

/// Formats signed whole minutes as hours in the language's way: 210 → "3,5" (nl) /
/// "3.5" (en); -90 → "-1,5". Exact for quarter hours (see the pyramid's formatter).
pub fn format_hours(minutes: i64, lang: Lang) -> String {
    let sign = if minutes < 0 { "-" } else { "" };
    let abs = u32::try_from(minutes.unsigned_abs()).unwrap_or(u32::MAX);
    format!(
        "{sign}{}",
        pyramid::format_hours(Minutes(abs), lang.decimal_comma())
    )
}

/// Formats a share in basis points (1/100 %) as a whole percentage with the language's unit
/// spacing: 1250 → "13 %" (nl), "13%" (en).
pub fn format_percent(basis_points: u32, lang: Lang) -> String {
    let pct = pyramid::format_percent(basis_points, lang.decimal_comma());
    match lang {
        Lang::Nl => format!("{pct}\u{a0}%"),
        Lang::En => format!("{pct}%"),
    }
}

/// Formats a count with the thousands separator of the language: 1234 → "1.234" / "1,234".
pub fn format_count(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = if lang.decimal_comma() { '.' } else { ',' };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
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
}
