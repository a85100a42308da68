//! Hours and percentages as text, with integer arithmetic so quarter hours print exactly.

use super::Minutes;

/// Puts a decimal part after a whole part, dropping trailing zeros ("3,50" → "3,5", "12,00" → "12").
fn join(whole: u64, hundredths: u64, decimals: u32, decimal_comma: bool) -> String {
    let mut frac = format!("{hundredths:0width$}", width = decimals as usize);
    while frac.ends_with('0') {
        frac.pop();
    }
    if frac.is_empty() {
        whole.to_string()
    } else {
        let sep = if decimal_comma { ',' } else { '.' };
        format!("{whole}{sep}{frac}")
    }
}

/// Minutes as hours with at most two decimals: 210 → "3,5" / "3.5", 15 → "0,25", 720 → "12".
///
/// Quarter hours are exact; other minutes are rounded half up to hundredths of an hour.
pub fn format_hours(m: Minutes, decimal_comma: bool) -> String {
    let hundredths = (u64::from(m.0) * 100 + 30) / 60;
    join(hundredths / 100, hundredths % 100, 2, decimal_comma)
}

/// A basis-point share as whole percent, rounded half up: 1250 → "13".
///
/// The comma flag is taken for symmetry with [`format_hours`]; with 0 decimals there is no
/// separator to choose. Use [`super::TierFigures::share_percent`] when parts must add to 100.
pub fn format_percent(share_bp: u32, decimal_comma: bool) -> String {
    format_percent_with(share_bp, 0, decimal_comma)
}

/// A basis-point share as percent with 0 to 2 decimals (more are treated as 2), trailing
/// zeros dropped: (1250, 1, true) → "12,5".
pub fn format_percent_with(share_bp: u32, decimals: u8, decimal_comma: bool) -> String {
    let decimals = u32::from(decimals.min(2));
    let step = 10u64.pow(2 - decimals);
    let scaled = (u64::from(share_bp) + step / 2) / step;
    let unit = 10u64.pow(decimals);
    join(scaled / unit, scaled % unit, decimals, decimal_comma)
}
