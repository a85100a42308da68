//! The way into Excel and a school plan: the session's tables as CSV, the pyramid as a
//! picture (SVG, or PNG at print quality).

use leptos::prelude::*;

use crate::i18n::sheets::Table;
use crate::i18n::tables::{PyramidText as P, SheetText as T};
use crate::model::pyramid::Scenario;
use crate::ui::state::{use_store, use_tr, OpenSession};

/// CSV and picture downloads of the open session.
#[component]
pub fn Downloads() -> impl IntoView {
    let tr = use_tr();
    let store = use_store();
    let open = expect_context::<OpenSession>();
    let id = move || open.with_untracked(|s| s.id.clone());
    let csv = move |table: Table, label: T, testid: &'static str| {
        view! {
            <button type="button" class="button button--ghost" data-testid=testid
                on:click=move |_| { store.export_csv(&id(), table, tr.lang()); }>
                {tr.t(label)}
            </button>
        }
    };
    let picture = move |scenario: Scenario, png: bool| {
        let (label, testid) = match (png, scenario) {
            (false, Scenario::Current) => (T::PictureSvg, "download-svg-current"),
            (true, Scenario::Current) => (T::PicturePng, "download-png-current"),
            (false, Scenario::Planned) => (T::PictureSvg, "download-svg-planned"),
            (true, Scenario::Planned) => (T::PicturePng, "download-png-planned"),
        };
        let which = match scenario {
            Scenario::Current => P::ScenarioCurrent,
            Scenario::Planned => P::ScenarioPlanned,
        };
        view! {
            <button type="button" class="button button--ghost" data-testid=testid
                on:click=move |_| { store.export_picture(&id(), scenario, tr.lang(), png); }>
                {tr.t(label)} " (" {tr.t(which).to_lowercase()} ")"
            </button>
        }
    };
    view! {
        <section class="downloads no-print" data-testid="downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{tr.t(T::DownloadsHeading)}</h2>
            <p class="field__hint">{tr.t(T::DownloadsHint)}</p>
            <div class="downloads__buttons">
                {csv(Table::Activities, T::CsvActivities, "download-csv-activities")}
                {csv(Table::Framework, T::CsvFramework, "download-csv-framework")}
                {csv(Table::Actions, T::CsvActions, "download-csv-actions")}
                {picture(Scenario::Current, false)}
                {picture(Scenario::Current, true)}
                {picture(Scenario::Planned, false)}
                {picture(Scenario::Planned, true)}
            </div>
        </section>
    }
}
