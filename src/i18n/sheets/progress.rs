//! The progress series as one spreadsheet: a row per meeting with its hours, shares,
//! target, ladder place, Raamwerk counts and actions. The same figures as the screen,
//! because both read `model::progress`.

use super::{number, text};
use crate::i18n::format::{fill, minutes_as_hours};
use crate::i18n::tables::SheetText as T;
use crate::i18n::words::{rung_name, tier_brief};
use crate::i18n::{Lang, Text};
use crate::model::progress::Series;
use crate::model::pyramid::Tier;
use crate::storage::csv::Sheet;

/// The series in `lang`: one row per meeting, in the series' order.
pub fn progress_sheet(series: &Series, lang: Lang) -> Sheet {
    let mut header: Vec<String> = [T::Date, T::Title, T::AvailableHours, T::AllocatedHours]
        .map(|h| h.get(lang).to_string())
        .to_vec();
    for template in [
        T::LevelHoursNow,
        T::LevelShareNow,
        T::LevelShareWanted,
        T::LevelTarget,
    ] {
        for tier in Tier::ALL {
            header.push(fill(
                template.get(lang),
                &[("level", tier_brief(tier).get(lang))],
            ));
        }
    }
    header.extend(
        [
            T::LadderNow,
            T::LadderWanted,
            T::SuccessCount,
            T::BottleneckCount,
            T::ActionsAdded,
            T::ActionsCarried,
            T::ActionsDone,
            T::ActionsOverdue,
        ]
        .map(|h| h.get(lang).to_string()),
    );
    let (added, carried) = (series.added(), series.carried());
    let rung = |r: Option<crate::model::ladder::Rung>| r.map(|r| rung_name(r, lang));
    let rows = series
        .points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut row = vec![
                text(p.date.clone().unwrap_or_default()),
                text(p.title.clone()),
                number(minutes_as_hours(p.current.available, lang)),
                number(minutes_as_hours(p.current.allocated, lang)),
            ];
            row.extend(p.current.minutes.map(|m| number(minutes_as_hours(m, lang))));
            row.extend(p.current.percents.map(|v| number(v.to_string())));
            row.extend(p.planned.percents.map(|v| number(v.to_string())));
            row.extend(p.target.map(|v| number(v.to_string())));
            let successes: usize = p.themes.iter().map(|t| t.1).sum();
            let bottlenecks: usize = p.themes.iter().map(|t| t.2).sum();
            row.extend([
                text(rung(p.ladder.0).unwrap_or_default()),
                text(rung(p.ladder.1).unwrap_or_default()),
                number(successes.to_string()),
                number(bottlenecks.to_string()),
                number(added.get(i).copied().unwrap_or(0).to_string()),
                number(carried.get(i).copied().unwrap_or(0).to_string()),
                number(p.done.to_string()),
                number(p.overdue.to_string()),
            ]);
            row
        })
        .collect();
    Sheet { header, rows }
}
