//! Meeting mode put together: the meeting's frame around the current step's view, taken
//! from each screen's own meeting view. Only the shell puts screens together.

use leptos::prelude::*;

use crate::model::meeting::AgendaStep;
use crate::model::pyramid::Scenario;
use crate::ui::actions::meeting::ActionsMeeting;
use crate::ui::app::notices::StorageNotices;
use crate::ui::browser::clock::steady_ms;
use crate::ui::framework::meeting::FrameworkMeeting;
use crate::ui::ladder::meeting::LadderMeeting;
use crate::ui::meeting::start::StartStep;
use crate::ui::meeting::summary::SummaryStep;
use crate::ui::meeting::MeetingFrame;
use crate::ui::pyramid::meeting::PyramidMeeting;
use crate::ui::state::OpenSession;

/// The open session in meeting mode (a meeting is started if it has none yet).
#[component]
pub fn MeetingScreen() -> impl IntoView {
    let open = expect_context::<OpenSession>();
    if open.with_untracked(|s| s.meeting.is_none()) {
        open.edit(|s| s.start_meeting(steady_ms()));
    }
    let step = Memo::new(move |_| {
        open.with(|s| {
            s.meeting
                .as_ref()
                .map_or(AgendaStep::Start, |m| m.current())
        })
    });
    view! {
        <div class="meeting-notices">
            <super::UpdateNotice/>
            <StorageNotices/>
        </div>
        <MeetingFrame>
            {move || match step.get() {
                AgendaStep::Start => view! { <StartStep/> }.into_any(),
                AgendaStep::PyramidNow => view! { <PyramidMeeting scenario=Scenario::Current/> }.into_any(),
                AgendaStep::Framework => view! { <FrameworkMeeting/> }.into_any(),
                AgendaStep::Ladder => view! { <LadderMeeting/> }.into_any(),
                AgendaStep::PyramidPlanned => view! { <PyramidMeeting scenario=Scenario::Planned/> }.into_any(),
                AgendaStep::Actions => view! { <ActionsMeeting/> }.into_any(),
                AgendaStep::Close => view! { <SummaryStep/> }.into_any(),
            }}
        </MeetingFrame>
    }
}
