//! The overview after the three steps: heat map, where roles differ, priorities.

use leptos::prelude::*;

use crate::ui::framework::disagreements::Disagreements;
use crate::ui::framework::heatmap::HeatMap;
use crate::ui::framework::priorities::Priorities;

/// Heat map, disagreements between roles, and choosing priorities (with "maak actie").
#[component]
pub fn OverviewStep() -> impl IntoView {
    view! {
        <HeatMap/>
        <Disagreements/>
        <Priorities/>
    }
}
