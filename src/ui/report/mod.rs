//! The report: the whole session to print, with the sources. Its first A4 page is the
//! meeting at a glance (the pyramid now and planned, the ladder, the actions with owner and
//! date, the rows the team chose); every marked row with its explanation and the meeting's
//! times follow, on a second page when they do not fit, never cutting a row.

pub(crate) mod analysis;
pub(crate) mod meeting;
pub(crate) mod priorities;
pub(crate) mod pyramid;

use leptos::prelude::*;

use crate::i18n::format_count;
use crate::i18n::tables::{ReportText as R, RoleText, Screens};
use crate::i18n::words::date_words;
use crate::i18n::words::session_title;
use crate::model::framework::framework;
use crate::model::isf::isf_tips;
use crate::model::ladder::ladder;
use crate::ui::browser::page;
use crate::ui::report::analysis::{ReportActions, ReportAnalysis, ReportLadder};
use crate::ui::report::meeting::ReportMeeting;
use crate::ui::report::priorities::ReportPriorities;
use crate::ui::report::pyramid::ReportPyramid;
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;
use crate::ui::widgets::downloads::Downloads;

/// The report of the open session.
#[component]
pub fn ReportScreen() -> impl IntoView {
    let open = expect_context::<OpenSession>();
    let tr = use_tr();
    let title = move || open.with(|s| session_title(&s.title, tr.lang()));
    let meta = move || {
        open.with(|s| {
            // The date in words, as on every screen ("24 november 2026").
            let date = date_words(&s.date, tr.lang());
            [s.school.as_str(), date.as_str(), s.school_year.as_str()]
                .into_iter()
                .filter(|p| !p.trim().is_empty())
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };
    let pupils = move || open.with(|s| s.pupil_count);
    let participants = move || {
        open.with(|s| {
            s.participants
                .iter()
                .map(|p| {
                    let role = tr.t(RoleText::from(p.role));
                    if p.name.trim().is_empty() {
                        role.to_string()
                    } else {
                        format!("{role} ({})", p.name)
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let print = move |_| {
        page::print();
    };
    view! {
        <section class="screen report" data-testid="screen-report">
            <div class="report__head">
                <h1>{tr.t(Screens::ReportTitle)}</h1>
                <button type="button" class="button no-print" data-testid="report-print" on:click=print>
                    {tr.t(R::Print)}
                </button>
            </div>
            <p class="screen__intro no-print">{tr.t(Screens::ReportIntro)}</p>
            <Downloads/>
            <h2 data-testid="report-title">{title}</h2>
            <p>{meta}</p>
            <Show when=move || { pupils() > 0 }>
                <p>{move || format_count(u64::from(pupils()), tr.lang())}" "{tr.t(R::Pupils)}</p>
            </Show>
            <h3>{tr.t(R::Participants)}</h3>
            <p data-testid="report-participants">
                {move || {
                    let list = participants();
                    if list.is_empty() { tr.t(R::NoParticipants).to_string() } else { list.join(", ") }
                }}
            </p>
            <ReportPyramid/>
            <ReportLadder/>
            <ReportActions/>
            <ReportPriorities/>
            <ReportAnalysis/>
            <ReportMeeting/>
            <h2>{tr.t(R::Sources)}</h2>
            <ul class="report__sources" lang="nl" data-testid="report-sources">
                <li>{framework().citation.text.clone()}</li>
                <li>{ladder().citation.clone()}</li>
                <li>{isf_tips().citation.text.clone()}</li>
            </ul>
        </section>
    }
}
