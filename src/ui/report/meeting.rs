//! The report's record of the meeting itself: time per step against the plan.

use leptos::prelude::*;

use crate::i18n::tables::{MeetingText as M, ReportText as R};
use crate::i18n::words::clock_text;
use crate::ui::browser::clock::steady_ms;
use crate::ui::state::{use_tr, OpenSession};

/// Time per agenda step, used against planned; nothing when the session had no meeting.
#[component]
pub fn ReportMeeting() -> impl IntoView {
    let open = expect_context::<OpenSession>();
    let tr = use_tr();
    let rows = move || {
        let now = steady_ms();
        open.with(|s| {
            s.meeting.as_ref().map(|m| {
                let items = m
                    .agenda()
                    .iter()
                    .filter(|i| !i.skipped)
                    .map(|i| {
                        let spent = i64::try_from(m.spent_ms(i.step, now)).unwrap_or(0);
                        view! {
                            <tr>
                                <th scope="row">{tr.t(M::from(i.step))}</th>
                                <td>{clock_text(spent)}</td>
                                <td>{i.planned_minutes.to_string()} " " {tr.t(M::Minutes)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let total = i64::try_from(m.total_spent_ms(now)).unwrap_or(0);
                view! {
                    <h2>{tr.t(R::MeetingHeading)}</h2>
                    <div class="table-scroll">
                        <table class="report__table" data-testid="report-meeting-times">
                            <thead>
                                <tr>
                                    <th scope="col">{tr.t(R::MeetingStep)}</th>
                                    <th scope="col">{tr.t(R::MeetingUsed)}</th>
                                    <th scope="col">{tr.t(R::MeetingPlanned)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {items}
                                <tr class="report__total">
                                    <th scope="row">{tr.t(M::Total)}</th>
                                    <td>{clock_text(total)}</td>
                                    <td>{m.planned_total_minutes().to_string()} " " {tr.t(M::Minutes)}</td>
                                </tr>
                            </tbody>
                        </table>
                    </div>
                }
            })
        })
    };
    view! { {rows} }
}
