//! The pyramid in meeting mode: the drawing and the three levels with their cards on one
//! screen, now or as the team wants it; for the planned spread also the gap to the target
//! in words. Editing an activity opens over it, large.

use leptos::prelude::*;

use crate::i18n::tables::PyramidText as P;
use crate::model::pyramid::Scenario;
use crate::ui::pyramid::board::PyramidBoard;
use crate::ui::pyramid::editor::ActivityEditor;
use crate::ui::pyramid::provide_pyramid;
use crate::ui::pyramid::target::GapText;
use crate::ui::state::meeting::step_page;
use crate::ui::state::use_tr;

/// The pyramid step of a meeting for one scenario.
#[component]
pub fn PyramidMeeting(
    /// Now (step 2) or as the team wants it (step 5).
    scenario: Scenario,
) -> impl IntoView {
    let tr = use_tr();
    let ctx = provide_pyramid();
    ctx.scenario.set(scenario);
    let _ = step_page(|| 1);
    let planned_empty = move || {
        ctx.summary(Scenario::Planned)
            .with(|p| p.tiers.iter().all(|t| t.activity_count == 0))
    };
    let start = move |_| {
        ctx.open.edit(|s| s.pyramid.reset_planned_to_current());
    };
    view! {
        <section class="pyramid-meeting" data-testid=format!("meeting-pyramid-{}", match scenario {
            Scenario::Current => "current",
            Scenario::Planned => "planned",
        })>
            {(scenario == Scenario::Planned).then(|| view! {
                <div class="pyramid-meeting__plan">
                    <GapText/>
                    <Show when=planned_empty>
                        <button type="button" class="button" data-testid="planned-from-current" on:click=start>
                            {tr.t(P::CompareStart)}
                        </button>
                    </Show>
                </div>
            })}
            <PyramidBoard/>
            <ActivityEditor/>
            <p class="pyramid__live" aria-live="polite" data-testid="pyramid-live">
                {move || ctx.announce.get()}
            </p>
        </section>
    }
}
