//! Words for the pyramid's figures: tier and role names, templates filled with numbers
//! formatted for the language. No arithmetic on hours here: every number comes from the model.

use crate::i18n::tables::{PyramidText as P, TierText as T};
use crate::i18n::{format_count, format_hours, format_percent, Lang, Text};
use crate::model::pyramid::{ActivityStatus, Shift, Tier};
use crate::model::Minutes;

/// The ascii name of a tier for classes and `data-testid`s.
pub fn tier_slug(tier: Tier) -> &'static str {
    match tier {
        Tier::Universal => "universal",
        Tier::Targeted => "targeted",
        Tier::Individual => "individual",
    }
}

/// The tier's full name ("Universeel (basisondersteuning)").
pub fn tier_name(tier: Tier) -> T {
    T::from(tier)
}

/// The tier's name in one word, for the drawing ("Universeel").
pub fn tier_brief(tier: Tier) -> T {
    match tier {
        Tier::Universal => T::UniversalBrief,
        Tier::Targeted => T::Targeted,
        Tier::Individual => T::Individual,
    }
}

/// The tier's name inside a sentence ("universeel").
pub fn tier_short(tier: Tier) -> T {
    match tier {
        Tier::Universal => T::UniversalShort,
        Tier::Targeted => T::TargetedShort,
        Tier::Individual => T::IndividualShort,
    }
}

/// Who a tier is for ("alle leerlingen").
pub fn tier_who(tier: Tier) -> T {
    match tier {
        Tier::Universal => T::UniversalWho,
        Tier::Targeted => T::TargetedWho,
        Tier::Individual => T::IndividualWho,
    }
}

/// The name of an activity status.
pub fn status_name(status: ActivityStatus) -> P {
    match status {
        ActivityStatus::Planned => P::StatusPlanned,
        ActivityStatus::Running => P::StatusRunning,
        ActivityStatus::Done => P::StatusDone,
    }
}

/// Fills `{name}` placeholders of a template.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Minutes as hours in the language ("3,5").
pub fn hours(m: Minutes, lang: Lang) -> String {
    format_hours(i64::from(m.0), lang)
}

/// Signed minutes with an explicit plus ("+1,5", "-0,25", "0").
pub fn signed_hours(minutes: i64, lang: Lang) -> String {
    let plain = format_hours(minutes, lang);
    if minutes > 0 {
        format!("+{plain}")
    } else {
        plain
    }
}

/// Signed basis points as whole percentage points with an explicit plus ("+10", "-5").
pub fn signed_points(bp: i32, lang: Lang) -> String {
    let digits = crate::model::pyramid::format_percent(bp.unsigned_abs(), lang.decimal_comma());
    match bp.signum() {
        1 => format!("+{digits}"),
        -1 if digits != "0" => format!("-{digits}"),
        _ => digits,
    }
}

/// "3,5 uur per week".
pub fn hours_per_week(m: Minutes, lang: Lang) -> String {
    fill(P::HoursPerWeek.get(lang), &[("hours", &hours(m, lang))])
}

/// "40 leerlingen bereikt".
pub fn pupils_reached(count: u32, lang: Lang) -> String {
    fill(
        P::PupilsReached.get(lang),
        &[("count", &format_count(u64::from(count), lang))],
    )
}

/// "0,25 uur per leerling", or that no pupils are entered.
pub fn per_pupil(m: Option<Minutes>, lang: Lang) -> String {
    match m {
        Some(m) => fill(P::PerPupil.get(lang), &[("hours", &hours(m, lang))]),
        None => P::NoPupils.get(lang).to_string(),
    }
}

/// "25 % van de ingedeelde uren".
pub fn share_of_allocated(share_bp: u32, lang: Lang) -> String {
    fill(
        P::ShareOfAllocated.get(lang),
        &[("percent", &format_percent(share_bp, lang))],
    )
}

/// One gap shift as a sentence: "Verschuif 3,5 uur van individueel naar universeel."
pub fn shift_sentence(shift: &Shift, lang: Lang) -> String {
    fill(
        P::GapShift.get(lang),
        &[
            ("hours", &hours(shift.minutes, lang)),
            ("from", tier_short(shift.from).get(lang)),
            ("to", tier_short(shift.to).get(lang)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gap_sentence_reads_naturally_in_both_languages() {
        let shift = Shift {
            from: Tier::Individual,
            to: Tier::Universal,
            minutes: Minutes(210),
        };
        assert_eq!(
            shift_sentence(&shift, Lang::Nl),
            "Verschuif 3,5 uur van individueel naar universeel."
        );
        assert_eq!(
            shift_sentence(&shift, Lang::En),
            "Move 3.5 hours from individual to universal."
        );
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
}
