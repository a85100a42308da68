//! Reading typed hours the way people write them: "3,5", "3.5", "3:30", "3½", "3 uur".
//!
//! Both decimal separators are accepted in both languages: an hours figure never needs a
//! thousands separator, and a Dutch teacher on an English laptop types "3.5" too. The
//! result is exact whole minutes (rounded to the nearest minute), never a float.

use super::Lang;
use crate::model::Minutes;

/// Why typed hours could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HoursError {
    /// Nothing typed.
    Empty,
    /// Not a number of hours.
    NotHours,
    /// Minutes after a colon that are not 0 to 59.
    BadMinutes,
    /// More than allowed.
    TooMany {
        /// The most allowed.
        max: Minutes,
    },
}

/// Reads typed hours; at most `max`.
pub fn parse_hours(text: &str, max: Minutes) -> Result<Minutes, HoursError> {
    let mut t = text.trim().to_lowercase();
    for unit in ["uren", "uur", "hours", "hour", "hrs", "h", "u"] {
        if let Some(rest) = t.strip_suffix(unit) {
            t = rest.trim_end().to_string();
            break;
        }
    }
    if t.is_empty() {
        return Err(HoursError::Empty);
    }
    let minutes = if let Some((h, m)) = t.split_once(':') {
        let h = whole(h)?;
        let m: u64 = whole(m)?;
        if m > 59 {
            return Err(HoursError::BadMinutes);
        }
        h.saturating_mul(60).saturating_add(m)
    } else if let Some((fraction, rest)) = vulgar(&t) {
        let h = if rest.trim().is_empty() {
            0
        } else {
            whole(rest.trim())?
        };
        h.saturating_mul(60).saturating_add(fraction)
    } else {
        decimal(&t)?
    };
    let minutes = u32::try_from(minutes).unwrap_or(u32::MAX);
    if minutes > max.0 {
        return Err(HoursError::TooMany { max });
    }
    Ok(Minutes(minutes))
}

fn whole(text: &str) -> Result<u64, HoursError> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) || text.len() > 6 {
        return Err(HoursError::NotHours);
    }
    text.parse().map_err(|_| HoursError::NotHours)
}

/// "3½" → (30, "3"): the minutes of a trailing ¼, ½ or ¾ and the text before it.
fn vulgar(text: &str) -> Option<(u64, &str)> {
    for (sign, minutes) in [('¼', 15), ('½', 30), ('¾', 45)] {
        if let Some(rest) = text.strip_suffix(sign) {
            return Some((minutes, rest));
        }
    }
    None
}

/// "3,5" or "3.5" or ",5" → minutes, rounded to the nearest minute.
fn decimal(text: &str) -> Result<u64, HoursError> {
    let (int, frac) = match text.find([',', '.']) {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text, ""),
    };
    if frac.contains([',', '.']) || (int.is_empty() && frac.is_empty()) {
        return Err(HoursError::NotHours);
    }
    let int = if int.is_empty() { 0 } else { whole(int)? };
    if frac.is_empty() {
        return Ok(int.saturating_mul(60));
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) || frac.len() > 6 {
        return Err(HoursError::NotHours);
    }
    let digits: u64 = frac.parse().map_err(|_| HoursError::NotHours)?;
    let scale = 10u64.pow(frac.len() as u32);
    // Rounded half up to whole minutes: 3,33 hours is 3 h 20 min (199.8 → 200).
    let minutes = (digits * 60 * 2 + scale) / (2 * scale);
    Ok(int.saturating_mul(60).saturating_add(minutes))
}

/// The message for a typing error, in the language.
pub fn hours_error(e: &HoursError, lang: Lang) -> String {
    match (e, lang) {
        (HoursError::Empty, Lang::Nl) => "Vul een aantal uren in, bijvoorbeeld 3,5 of 3:30.".into(),
        (HoursError::Empty, Lang::En) => "Enter a number of hours, for example 3.5 or 3:30.".into(),
        (HoursError::NotHours, Lang::Nl) => {
            "Dat is geen aantal uren. Schrijf bijvoorbeeld 3,5 of 3:30 of 3½.".into()
        }
        (HoursError::NotHours, Lang::En) => {
            "That is not a number of hours. Write for example 3.5 or 3:30 or 3½.".into()
        }
        (HoursError::BadMinutes, Lang::Nl) => "Na de dubbele punt komen minuten: 0 tot 59.".into(),
        (HoursError::BadMinutes, Lang::En) => "After the colon come minutes: 0 to 59.".into(),
        (HoursError::TooMany { max }, lang) => {
            let h = super::format::minutes_as_hours(*max, lang);
            match lang {
                Lang::Nl => format!("Hoogstens {h} uur per week."),
                Lang::En => format!("At most {h} hours per week."),
            }
        }
    }
}

#[cfg(test)]
mod tests;
