//! Numbers the Dutch way in Dutch (3,5 uur; 12 %) and the English way in English.
//!
//! Integer arithmetic only: hours are exact quarter hours, shares are basis points, so what
//! is printed never drifts from what the model holds.

use super::Lang;
use crate::model::Minutes;

/// Puts a decimal part after a whole part, dropping trailing zeros ("3,50" → "3,5",
/// "12,00" → "12").
fn join(whole: u64, fraction: u64, decimals: u32, lang: Lang) -> String {
    let mut frac = format!("{fraction:0width$}", width = decimals as usize);
    while frac.ends_with('0') {
        frac.pop();
    }
    if frac.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}{}{frac}", lang.decimal_separator())
    }
}

/// Hundredths of an hour as hours: 1 → "0,01" / "0.01", 150 → "1,5".
pub fn hundredths_as_hours(hundredths: u64, lang: Lang) -> String {
    join(hundredths / 100, hundredths % 100, 2, lang)
}

/// Minutes as hours with at most two decimals: 210 → "3,5" / "3.5", 15 → "0,25", 720 → "12".
///
/// Quarter hours are exact; other minutes are rounded half up to hundredths of an hour.
pub fn minutes_as_hours(m: Minutes, lang: Lang) -> String {
    let hundredths = (u64::from(m.0) * 100 + 30) / 60;
    join(hundredths / 100, hundredths % 100, 2, lang)
}

/// Formats signed whole minutes as hours in the language's way: 210 → "3,5" (nl) /
/// "3.5" (en); -90 → "-1,5". Exact for quarter hours.
pub fn format_hours(minutes: i64, lang: Lang) -> String {
    let sign = if minutes < 0 { "-" } else { "" };
    let abs = u32::try_from(minutes.unsigned_abs()).unwrap_or(u32::MAX);
    format!("{sign}{}", minutes_as_hours(Minutes(abs), lang))
}

/// Signed minutes as hours with an explicit plus ("+1,5", "-0,25", "0").
pub fn signed_hours(minutes: i64, lang: Lang) -> String {
    let plain = format_hours(minutes, lang);
    if minutes > 0 {
        format!("+{plain}")
    } else {
        plain
    }
}

/// A basis-point share as a number of percent with 0 to 2 decimals (more are treated as 2),
/// rounded half up, trailing zeros dropped, no unit: (1250, 0) → "13", (1250, 1) → "12,5".
///
/// For parts that must add up to 100, give it shares that already do (see the model's
/// `Figures::tiers[..].share_percent`), with 0 decimals: 1300 → "13".
pub fn percent_number(share_bp: u32, decimals: u8, lang: Lang) -> String {
    let decimals = u32::from(decimals.min(2));
    let step = 10u64.pow(2 - decimals);
    let scaled = (u64::from(share_bp) + step / 2) / step;
    let unit = 10u64.pow(decimals);
    join(scaled / unit, scaled % unit, decimals, lang)
}

/// Formats a share in basis points (1/100 %) as a whole percentage with the language's unit
/// spacing: 1250 → "13 %" (nl), "13%" (en).
pub fn format_percent(basis_points: u32, lang: Lang) -> String {
    with_percent_sign(&percent_number(basis_points, 0, lang), lang)
}

/// Adds the percent sign the language's way: "13 %" (nl, no-break space), "13%" (en).
pub fn with_percent_sign(number: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{number}\u{a0}%"),
        Lang::En => format!("{number}%"),
    }
}

/// Signed basis points as whole percentage points with an explicit plus ("+10", "-5").
pub fn signed_points(bp: i32, lang: Lang) -> String {
    let digits = percent_number(bp.unsigned_abs(), 0, lang);
    match bp.signum() {
        1 => format!("+{digits}"),
        -1 if digits != "0" => format!("-{digits}"),
        _ => digits,
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

/// Fills `{name}` placeholders of a template with values already formatted for the language.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests;
