//! The session as spreadsheet tables, in the language's words and numbers: the activities
//! of both scenarios, the Raamwerk rows the roles marked or explained, and the actions.
//! `storage::csv` writes them.

use super::tables::{
    ActionsText as A, FrameworkText as F, PyramidText as P, RoleText, SheetText as T, TierText,
};
use super::words::{origin_plain, voice_list};
use super::{source, Lang, Text};
use crate::model::analysis::Question;
use crate::model::answers::recognition::{View, Voice};
use crate::model::framework::framework;
use crate::model::pyramid::Scenario;
use crate::model::Session;
use crate::storage::csv::{Cell, Dialect, Sheet};

/// Which table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// Activities of both scenarios.
    Activities,
    /// Raamwerk rows that were marked or explained.
    Framework,
    /// The action plan.
    Actions,
}

impl Table {
    /// All tables.
    pub const ALL: [Table; 3] = [Table::Activities, Table::Framework, Table::Actions];

    /// A name for its file ("activiteiten").
    pub fn file_part(self, lang: Lang) -> &'static str {
        match self {
            Table::Activities => T::FileActivities.get(lang),
            Table::Framework => T::FileFramework.get(lang),
            Table::Actions => T::FileActions.get(lang),
        }
    }
}

/// The CSV dialect of the language: `;` in Dutch, `,` in English.
pub fn dialect(lang: Lang) -> Dialect {
    match lang {
        Lang::Nl => Dialect::DUTCH,
        Lang::En => Dialect::ENGLISH,
    }
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn number(s: impl Into<String>) -> Cell {
    Cell::Number(s.into())
}

/// One table of `session` in `lang`.
pub fn sheet(session: &Session, table: Table, lang: Lang) -> Sheet {
    match table {
        Table::Activities => activities(session, lang),
        Table::Framework => framework_rows(session, lang),
        Table::Actions => actions(session, lang),
    }
}

fn activities(s: &Session, lang: Lang) -> Sheet {
    let header = [
        T::Scenario,
        T::Level,
        T::Activity,
        T::HoursPerWeek,
        T::Weeks,
        T::YouthWorkers,
        T::Pupils,
        T::Group,
        T::Status,
        T::Score,
        T::EvaluationNote,
        T::Goal,
        T::Start,
    ]
    .map(|h| h.get(lang).to_string())
    .to_vec();
    let mut rows = Vec::new();
    for scenario in Scenario::ALL {
        let name = match scenario {
            Scenario::Current => P::ScenarioCurrent.get(lang),
            Scenario::Planned => P::ScenarioPlanned.get(lang),
        };
        for a in s.pyramid.activities(scenario) {
            let workers = a
                .workers
                .iter()
                .filter_map(|id| s.pyramid.worker(*id))
                .map(|w| w.name.clone())
                .collect::<Vec<_>>()
                .join(", ");
            rows.push(vec![
                text(name),
                text(TierText::from(a.tier).get(lang)),
                text(a.title.clone()),
                number(super::minutes_as_hours(a.weekly_minutes, lang)),
                number(a.weeks.to_string()),
                text(workers),
                number(a.pupils_reached.to_string()),
                text(a.group.clone()),
                text(P::from(a.status).get(lang)),
                number(
                    a.evaluation
                        .score
                        .map(|n| n.to_string())
                        .unwrap_or_default(),
                ),
                text(a.evaluation.note.clone()),
                text(a.goal.clone()),
                text(a.start.clone()),
            ]);
        }
        // The same warning the board and the report give, as a row of its own.
        if let Some(warning) =
            super::words::over_allocation(&s.pyramid_summary(scenario), name, lang)
        {
            let mut row = vec![text(name), text(""), text(warning)];
            row.resize(header.len(), text(""));
            rows.push(row);
        }
    }
    Sheet { header, rows }
}

fn framework_rows(s: &Session, lang: Lang) -> Sheet {
    let mut header: Vec<String> = [
        T::Perspective,
        T::Theme,
        T::SuccessFactor,
        T::Bottleneck,
        T::SuccessAccordingTo,
        T::BottleneckAccordingTo,
        T::RowSuccessCount,
        T::RowBottleneckCount,
        T::Priority,
    ]
    .map(|h| h.get(lang).to_string())
    .to_vec();
    header.extend(Question::ALL.map(|q| F::from(q).get(lang).to_string()));
    let ids = framework_row_ids(s);
    let f = framework();
    let seen = s.recognition();
    let yes = T::Yes.get(lang);
    let rows = ids
        .into_iter()
        .map(|id| {
            let (p, t, r) = match f.row(id) {
                Some((p, t, r)) => (
                    source::perspective_name(p, lang).to_string(),
                    source::theme_name(t, lang).to_string(),
                    Some(r),
                ),
                None => (String::new(), id.to_string(), None),
            };
            // Who, as every screen says it: the board's roles, and the phones' answers where
            // at least two share a role (the others together).
            let views = seen.views(id);
            let voices = |count: fn(&View) -> usize| -> Vec<(Voice, usize)> {
                views
                    .iter()
                    .filter(|v| count(v) > 0)
                    .map(|v| (v.voice, count(v)))
                    .collect()
            };
            let (successes, bottlenecks) = seen.counts(id);
            let mut row = vec![
                text(p),
                text(t),
                text(r.and_then(|r| source::success(r, lang)).unwrap_or_default()),
                text(
                    r.and_then(|r| source::bottleneck(r, lang))
                        .unwrap_or_default(),
                ),
                text(voice_list(&voices(|v| v.success), lang)),
                text(voice_list(&voices(|v| v.bottleneck), lang)),
                Cell::Number(successes.to_string()),
                Cell::Number(bottlenecks.to_string()),
                text(if s.analysis.is_priority(id) { yes } else { "" }),
            ];
            let explanation = s.analysis.explanation(id);
            row.extend(Question::ALL.map(|q| {
                text(
                    explanation
                        .map(|e| e.get(q).to_string())
                        .unwrap_or_default(),
                )
            }));
            row
        })
        .collect();
    Sheet { header, rows }
}

fn actions(s: &Session, lang: Lang) -> Sheet {
    let header = [A::What, A::Owner, A::Due, A::Status, A::Origin]
        .map(|h| h.get(lang).to_string())
        .to_vec();
    let rows = s
        .actions
        .iter()
        .map(|a| {
            vec![
                text(a.what.clone()),
                text(
                    a.owner
                        .map(|r| RoleText::from(r).get(lang))
                        .unwrap_or_default(),
                ),
                text(a.due.clone()),
                text(A::from(a.status).get(lang)),
                text(origin_plain(&a.origin, lang)),
            ]
        })
        .collect();
    Sheet { header, rows }
}

/// The Raamwerk rows a sheet lists: every row anyone marked (board or phone) or explained,
/// in framework order.
fn framework_row_ids(s: &Session) -> Vec<&str> {
    let mut ids: Vec<&str> = s.recognition().marked_rows();
    for row in s.analysis.explanations.keys() {
        if !ids.contains(&row.as_str()) {
            ids.push(row);
        }
    }
    let f = framework();
    crate::model::order::sort_by_key(&mut ids, |r| f.row_order(r));
    ids
}

/// The number of rows a table would have, for the buttons that offer it.
pub fn row_count(s: &Session, table: Table) -> usize {
    match table {
        Table::Activities => {
            s.pyramid.activities(Scenario::Current).len()
                + s.pyramid.activities(Scenario::Planned).len()
        }
        Table::Framework => framework_row_ids(s).len(),
        Table::Actions => s.actions.len(),
    }
}

mod progress;
pub use progress::progress_sheet;

#[cfg(test)]
mod tests;
