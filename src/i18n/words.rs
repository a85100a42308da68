//! Model values in words: levels, statuses, roles, rungs, questions, origins, and the
//! pyramid's sentences. Every screen, the report and the exports say a value the same way
//! because they all come here.

use super::format::{fill, format_count, minutes_as_hours, with_percent_sign};
use super::tables::{
    ActionsText as A, FrameworkText as F, PyramidText as P, RoleText, SessionsText, TierText as T,
};
use super::{Lang, Text};
use crate::model::action::{ActionOrigin, ActionStatus};
use crate::model::analysis::Question;
use crate::model::framework::framework;
use crate::model::ladder::Rung;
use crate::model::meeting::AgendaStep;
use crate::model::pyramid::{ActivityStatus, Figures, Reach, Shift, Tier, TierFigures};
use crate::model::{Minutes, Role};

/// A session's title as every screen and notice names it: "Naamloze sessie" for none.
pub fn session_title(title: &str, lang: Lang) -> String {
    if title.trim().is_empty() {
        SessionsText::Untitled.get(lang).to_string()
    } else {
        title.to_string()
    }
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

/// A pyramid level in words: "universeel (alle leerlingen)".
pub fn tier_words(tier: Tier, lang: Lang) -> String {
    format!(
        "{} ({})",
        tier_short(tier).get(lang),
        tier_who(tier).get(lang)
    )
}

impl From<ActivityStatus> for P {
    fn from(status: ActivityStatus) -> Self {
        match status {
            ActivityStatus::Planned => P::StatusPlanned,
            ActivityStatus::Running => P::StatusRunning,
            ActivityStatus::Done => P::StatusDone,
        }
    }
}

impl From<ActionStatus> for A {
    fn from(status: ActionStatus) -> Self {
        match status {
            ActionStatus::Open => A::StatusOpen,
            ActionStatus::InProgress => A::StatusInProgress,
            ActionStatus::Done => A::StatusDone,
        }
    }
}

impl From<Question> for F {
    /// The label of one of the six questions ("a. Waarom").
    fn from(q: Question) -> Self {
        match q {
            Question::Why => F::QuestionWhy,
            Question::Who => F::QuestionWho,
            Question::What => F::QuestionWhat,
            Question::Where => F::QuestionWhere,
            Question::When => F::QuestionWhen,
            Question::How => F::QuestionHow,
        }
    }
}

impl From<AgendaStep> for super::tables::MeetingText {
    /// The name of a meeting step.
    fn from(step: AgendaStep) -> Self {
        use super::tables::MeetingText as M;
        match step {
            AgendaStep::Start => M::StepStart,
            AgendaStep::PyramidNow => M::StepPyramidNow,
            AgendaStep::Framework => M::StepFramework,
            AgendaStep::Ladder => M::StepLadder,
            AgendaStep::PyramidPlanned => M::StepPyramidPlanned,
            AgendaStep::Actions => M::StepActions,
            AgendaStep::Close => M::StepClose,
        }
    }
}

/// Milliseconds as minutes and seconds, "12:05"; negative with a minus, "-1:30".
pub fn clock_text(ms: i64) -> String {
    let sign = if ms < 0 { "-" } else { "" };
    let secs = ms.unsigned_abs() / 1000;
    format!("{sign}{}:{:02}", secs / 60, secs % 60)
}

/// Role names joined with commas: "Leerkracht, Ouder/verzorger".
pub fn role_list(roles: &[Role], lang: Lang) -> String {
    roles
        .iter()
        .map(|r| RoleText::from(*r).get(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Gewenst: 12,25 van 12 uur per week ingedeeld, 0,25 uur meer dan …", when a scenario
/// allocates more than the youth workers have; the same sentence wherever the plan is shown.
pub fn over_allocation(figures: &Figures, scenario_name: &str, lang: Lang) -> Option<String> {
    let over = figures.over_allocated_by()?;
    Some(fill(
        P::OverOfAvailable.get(lang),
        &[
            ("scenario", scenario_name),
            ("used", &hours(figures.allocated, lang)),
            ("available", &hours(figures.available, lang)),
            ("over", &hours(over, lang)),
        ],
    ))
}

/// The unit after a number of hours: "uur" in Dutch; "hour" or "hours" in English, by the
/// number (exactly one hour is "1 hour", not "1 hours").
pub fn hours_unit(minutes: i64, lang: Lang) -> &'static str {
    if minutes.abs() == 60 {
        P::HourUnit.get(lang)
    } else {
        P::HoursUnit.get(lang)
    }
}

/// A ladder rung with its number: "2. coördinatie".
pub fn rung_name(rung: Rung, lang: Lang) -> String {
    let name = rung.info().map_or("", |i| match lang {
        Lang::Nl => i.name.as_str(),
        Lang::En => i.name_en.as_str(),
    });
    format!("{}. {name}", rung.number())
}

/// Where an action came from, as plain text: "Knelpunt: Onvoldoende kennis delen".
pub fn origin_plain(origin: &ActionOrigin, lang: Lang) -> String {
    match origin {
        ActionOrigin::Free => A::OriginFree.get(lang).to_string(),
        ActionOrigin::Bottleneck(row) => {
            let text = framework()
                .row(row)
                .and_then(|(_, _, r)| super::source::bottleneck(r, lang))
                .unwrap_or(row.as_str());
            format!("{}: {text}", A::OriginBottleneck.get(lang))
        }
        ActionOrigin::Rung(rung) => {
            format!("{}: {}", A::OriginRung.get(lang), rung_name(*rung, lang))
        }
        ActionOrigin::Tier(tier) => {
            format!("{}: {}", A::OriginTier.get(lang), tier_words(*tier, lang))
        }
    }
}

/// Minutes as hours in the language ("3,5").
pub fn hours(m: Minutes, lang: Lang) -> String {
    minutes_as_hours(m, lang)
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
pub fn per_pupil(figures: &TierFigures, lang: Lang) -> String {
    match figures.per_pupil_hundredths() {
        Some(h) => fill(
            P::PerPupil.get(lang),
            &[("hours", &per_pupil_hours(h, figures, lang))],
        ),
        None => P::NoPupils.get(lang).to_string(),
    }
}

/// Hours per pupil as a number: "0,01"; under a hundredth but not nothing, "< 0,01".
pub fn per_pupil_hours(hundredths: u64, figures: &TierFigures, lang: Lang) -> String {
    if hundredths == 0 && figures.minutes.0 > 0 {
        format!("< {}", super::format::hundredths_as_hours(1, lang))
    } else {
        super::format::hundredths_as_hours(hundredths, lang)
    }
}

/// A tier's share of the allocated hours, "25 %": the one rounding of
/// [`Figures::percents`], so the three shown always add up to 100 on every screen.
pub fn share_text(summary: &Figures, tier: Tier, lang: Lang) -> String {
    percent_text(summary.percents()[tier.index()], lang)
}

/// Whole percent with the language's sign: "25 %" / "25%".
pub fn percent_text(percent: u32, lang: Lang) -> String {
    with_percent_sign(&percent.to_string(), lang)
}

/// "25 % van de ingedeelde uren".
pub fn share_of_allocated(summary: &Figures, tier: Tier, lang: Lang) -> String {
    fill(
        P::ShareOfAllocated.get(lang),
        &[("percent", &share_text(summary, tier, lang))],
    )
}

/// Pupils reached in words: "40 leerlingen bereikt", or, where activities may overlap or
/// name more pupils than the school has, "tot 240 leerlingen bereikt; overlap mogelijk".
pub fn reach_text(reach: &Reach, lang: Lang) -> String {
    let count = |n: u32| format_count(u64::from(n), lang);
    if reach.at_most() == 0 {
        P::NoPupils.get(lang).to_string()
    } else if reach.is_range() {
        fill(
            P::PupilsUpTo.get(lang),
            &[("count", &count(reach.at_most()))],
        )
    } else {
        fill(
            P::PupilsReached.get(lang),
            &[("count", &count(reach.at_most()))],
        )
    }
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

mod answers;
mod progress;
pub use answers::{
    answer_count, code_error_text, refusal_text, taken_text, voice_list, voice_name,
};
pub use progress::{date_search_text, date_short, date_words, progress_sentences};

#[cfg(test)]
mod tests;
