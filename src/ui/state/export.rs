//! Taking sessions along as a file: one function for every "Exporteren" button (the
//! sessions home, the storage notices, a session's card and the share dialog), and the
//! spreadsheet tables and the pyramid as a picture.

use crate::i18n::sheets::{dialect, progress_sheet, sheet, Table};
use crate::i18n::tables::TransferText;
use crate::i18n::tables::{PyramidText, Screens, SheetText};
use crate::i18n::words::hours_unit;
use crate::i18n::words::{date_words, hours, over_allocation, share_text, tier_brief};
use crate::i18n::{format_hours, Lang, Text};
use crate::model::progress::Series;
use crate::model::pyramid::drawing::{Drawing, Row};
use crate::model::pyramid::Scenario;
use crate::model::Session;
use crate::storage::csv;
use crate::storage::picture::{picture_height, spread_svg, PictureText, PICTURE_WIDTH};
use crate::storage::{encode_export, export_file_name, session_file_name, ExportScope, FileWords};
use crate::ui::browser::clock::{now_ms, today_iso};
use crate::ui::browser::download::{download_png, download_text};
use crate::ui::state::SessionStore;

/// What an export did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exported {
    /// The file was offered for download.
    Offered,
    /// There was nothing to export.
    Nothing,
    /// The file could not be made or the browser refused the download.
    Failed,
}

impl SessionStore {
    /// The latest version of session `id`, including unsaved edits of the open session.
    pub fn latest(&self, id: &str) -> Option<Session> {
        self.snapshot().into_iter().find(|s| s.id == id)
    }

    /// Offers every live session (unsaved edits included) as one export file, named in
    /// `lang`.
    pub fn export_all(&self, lang: Lang) -> Exported {
        // Saved first, so the revision a file copy records is the one stored.
        self.flush();
        let sessions = self.snapshot();
        if sessions.is_empty() {
            return Exported::Nothing;
        }
        let done = offer(&sessions, ExportScope::All, lang);
        if done == Exported::Offered {
            self.copied(&sessions);
        }
        done
    }

    /// Offers session `id` (unsaved edits included) as an export file of one session.
    pub fn export_one(&self, id: &str, lang: Lang) -> Exported {
        self.flush();
        match self.latest(id) {
            Some(session) => {
                let done = offer(
                    std::slice::from_ref(&session),
                    ExportScope::One(&session),
                    lang,
                );
                if done == Exported::Offered {
                    self.copied(std::slice::from_ref(&session));
                }
                done
            }
            None => Exported::Nothing,
        }
    }
}

impl SessionStore {
    /// Offers one table of session `id` as a CSV file for Excel in `lang`'s dialect.
    pub fn export_csv(&self, id: &str, table: Table, lang: Lang) -> Exported {
        let Some(session) = self.latest(id) else {
            return Exported::Nothing;
        };
        let text = csv::write(&sheet(&session, table, lang), dialect(lang));
        let name = session_file_name(
            &session,
            file_words(lang),
            table.file_part(lang),
            "csv",
            &today_iso(),
        );
        if download_text(&name, &text, "text/csv;charset=utf-8") {
            Exported::Offered
        } else {
            Exported::Failed
        }
    }

    /// Offers the pyramid of one scenario of session `id` as a picture: SVG, or PNG at
    /// twice the size (for print quality).
    pub fn export_picture(&self, id: &str, scenario: Scenario, lang: Lang, png: bool) -> Exported {
        let Some(session) = self.latest(id) else {
            return Exported::Nothing;
        };
        let (svg, height) = pyramid_picture(&session, scenario, lang);
        let part = format!(
            "{}-{}",
            SheetText::FilePicture.get(lang),
            scenario_word(scenario, lang)
        );
        let name = session_file_name(
            &session,
            file_words(lang),
            &part,
            if png { "png" } else { "svg" },
            &today_iso(),
        );
        let ok = if png {
            download_png(&name, &svg, PICTURE_WIDTH, height, 2.0)
        } else {
            download_text(&name, &svg, "image/svg+xml")
        };
        if ok {
            Exported::Offered
        } else {
            Exported::Failed
        }
    }
}

impl SessionStore {
    /// Offers the progress series as a CSV file for Excel in `lang`'s dialect, named after
    /// the last meeting's session (its school).
    pub fn export_progress_csv(&self, series: &Series, lang: Lang) -> Exported {
        let Some(last) = series.points.last().and_then(|p| self.latest(&p.id)) else {
            return Exported::Nothing;
        };
        let text = csv::write(&progress_sheet(series, lang), dialect(lang));
        let name = session_file_name(
            &last,
            file_words(lang),
            SheetText::FileProgress.get(lang),
            "csv",
            &today_iso(),
        );
        if download_text(&name, &text, "text/csv;charset=utf-8") {
            Exported::Offered
        } else {
            Exported::Failed
        }
    }
}

fn scenario_word(scenario: Scenario, lang: Lang) -> &'static str {
    match scenario {
        Scenario::Current => PyramidText::ScenarioCurrent.get(lang),
        Scenario::Planned => PyramidText::ScenarioPlanned.get(lang),
    }
}

/// The picture of a scenario: the SVG and its height.
pub fn pyramid_picture(session: &Session, scenario: Scenario, lang: Lang) -> (String, f64) {
    let summary = session.pyramid_summary(scenario);
    let drawing = Drawing::of(&summary, session.pyramid.target());
    let rows = drawing
        .rows
        .iter()
        .map(|(row, _)| match row {
            Row::Free => format!(
                "{} — {} {}",
                PyramidText::Unallocated.get(lang),
                format_hours(summary.unallocated, lang),
                hours_unit(summary.unallocated, lang)
            ),
            Row::Tier(t) => format!(
                "{} — {} {} · {}",
                tier_brief(*t).get(lang),
                hours(summary.tier(*t).minutes, lang),
                hours_unit(i64::from(summary.tier(*t).minutes.0), lang),
                share_text(&summary, *t, lang)
            ),
        })
        .collect();
    let date = date_words(&session.date, lang);
    let place = [session.school.as_str(), date.as_str()]
        .into_iter()
        .filter(|t| !t.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let text = PictureText {
        title: format!(
            "{} — {}",
            Screens::PyramidTitle.get(lang),
            scenario_word(scenario, lang).to_lowercase()
        ),
        subtitle: place,
        rows,
        legend: PyramidText::TargetOutline.get(lang).to_string(),
        source: SheetText::PictureSource.get(lang).to_string(),
        warning: over_allocation(&summary, scenario_word(scenario, lang), lang),
    };
    let svg = spread_svg(&drawing, &text);
    let height = picture_height(drawing.rows.len(), text.warning.is_some());
    (svg, height)
}

/// The words of file names in `lang`.
fn file_words(lang: Lang) -> FileWords<'static> {
    FileWords {
        all_sessions: TransferText::FileAllSessions.get(lang),
        untitled: TransferText::FileUntitled.get(lang),
    }
}

fn offer(sessions: &[Session], scope: ExportScope<'_>, lang: Lang) -> Exported {
    let Ok(text) = encode_export(sessions, now_ms()) else {
        return Exported::Failed;
    };
    let name = export_file_name(scope, file_words(lang), &today_iso());
    if download_text(&name, &text, "application/json") {
        Exported::Offered
    } else {
        Exported::Failed
    }
}
