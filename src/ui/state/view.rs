//! Choices made on screens that must outlive the screen's own build: a language switch
//! builds the screen again, and the team should find the same step, scenario, role and
//! search where it left them.

use leptos::prelude::*;

use crate::model::pyramid::Scenario;
use crate::model::Role;

/// A part of the Raamwerk's guided flow: the source's three steps, then the team's overview.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FrameworkStep {
    /// 1. Read the themes.
    #[default]
    Read,
    /// 2. Mark what you recognise.
    Mark,
    /// 3. Explain the marked rows.
    Explain,
    /// The heat map, disagreements and priorities.
    Overview,
}

/// The screens' choices, provided once by the app.
#[derive(Clone, Copy)]
pub struct ViewState {
    /// The pyramid scenario on the board.
    pub scenario: RwSignal<Scenario>,
    /// Where the team is in the Raamwerk.
    pub framework_step: RwSignal<FrameworkStep>,
    /// The Raamwerk search.
    pub framework_query: RwSignal<String>,
    /// Who is marking now; `None` until chosen (the screen then starts with the first
    /// participant's role).
    pub marking_role: RwSignal<Option<Role>>,
    /// Whose ladder placement is being set; `None` is the whole team.
    pub ladder_who: RwSignal<Option<Role>>,
    /// The sessions search on the home screen.
    pub sessions_query: RwSignal<String>,
    /// The actions search.
    pub actions_query: RwSignal<String>,
    /// Only overdue actions.
    pub only_overdue: RwSignal<bool>,
    /// The sessions the progress screen follows; `None` is the open (or latest) session's
    /// school.
    pub progress_ids: RwSignal<Option<Vec<String>>>,
    /// In English: show the Raamwerk's Dutch original instead of the translation.
    pub dutch_original: RwSignal<bool>,
}

impl ViewState {
    /// Fresh choices: the current scenario, step 1, nothing searched.
    pub fn new() -> Self {
        ViewState {
            scenario: RwSignal::new(Scenario::Current),
            framework_step: RwSignal::new(FrameworkStep::Read),
            framework_query: RwSignal::new(String::new()),
            marking_role: RwSignal::new(None),
            ladder_who: RwSignal::new(None),
            sessions_query: RwSignal::new(String::new()),
            actions_query: RwSignal::new(String::new()),
            only_overdue: RwSignal::new(false),
            progress_ids: RwSignal::new(None),
            dutch_original: RwSignal::new(false),
        }
    }
}

impl Default for ViewState {
    fn default() -> Self {
        Self::new()
    }
}

/// The screens' choices from context; a screen mounted on its own (in a test) gets fresh
/// ones.
pub fn use_view() -> ViewState {
    use_context::<ViewState>().unwrap_or_default()
}
