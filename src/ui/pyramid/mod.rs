//! The support pyramid screen: youth-worker hours, activities on three levels, the drawing,
//! the target spread, current against planned, and the same figures as a table.

pub(crate) mod board;
pub(crate) mod compare;
pub(crate) mod editor;
pub(crate) mod meeting;
pub(crate) mod table;
pub(crate) mod target;
pub(crate) mod workers;

use leptos::prelude::*;

use crate::i18n::tables::{PyramidText as P, Screens};
use crate::model::pyramid::{Figures, Scenario, TargetSpread, Tier, YouthWorker};
use crate::ui::browser::keys::in_text_field;
use crate::ui::pyramid::board::cards::BoardCards;
use crate::ui::pyramid::board::PyramidBoard;
use crate::ui::pyramid::compare::PyramidCompare;
use crate::ui::pyramid::editor::ActivityEditor;
use crate::ui::pyramid::table::PyramidTable;
use crate::ui::pyramid::target::PyramidTarget;
use crate::ui::pyramid::workers::PyramidWorkers;
use crate::ui::state::OpenSession;
use crate::ui::state::{use_tr, use_view};
use crate::ui::widgets::isf_tips::IsfTips;

/// What the pyramid's components share, provided by [`PyramidScreen`] through context.
#[derive(Clone, Copy)]
pub struct PyramidCtx {
    /// The open session.
    pub open: OpenSession,
    /// The scenario being edited on the board.
    pub scenario: RwSignal<Scenario>,
    /// The activity whose editor is open.
    pub editing: RwSignal<Option<u32>>,
    /// The activity just added with "+ Activiteit toevoegen": its editor says "new".
    pub added: RwSignal<Option<u32>>,
    /// The level a dragged card is over, for highlighting the drop zone.
    pub drop_target: RwSignal<Option<Tier>>,
    /// A sentence for screen readers after a move ("… staat nu op gericht").
    pub announce: RwSignal<String>,
    /// The cards of the scenario on the board, one signal each.
    pub cards: BoardCards,
    /// The youth workers (changes only when they do, not on every activity edit).
    pub workers: Memo<Vec<YouthWorker>>,
    /// The target spread.
    pub target: Memo<TargetSpread>,
    current: Memo<Figures>,
    planned: Memo<Figures>,
}

impl PyramidCtx {
    /// The figures of a scenario (recomputed once per change, shared by every reader).
    pub fn summary(&self, scenario: Scenario) -> Memo<Figures> {
        match scenario {
            Scenario::Current => self.current,
            Scenario::Planned => self.planned,
        }
    }

    /// The figures of the scenario on the board (tracked).
    pub fn board_summary(&self) -> Figures {
        self.summary(self.scenario.get()).get()
    }
}

/// The pyramid context from [`PyramidScreen`].
pub fn use_pyramid() -> PyramidCtx {
    expect_context::<PyramidCtx>()
}

/// Builds the pyramid's context for the open session and provides it, with Ctrl+Z / Ctrl+Y
/// (the pyramid screen and the meeting's pyramid steps share this).
pub(crate) fn provide_pyramid() -> PyramidCtx {
    let open = expect_context::<OpenSession>();
    let scenario = use_view().scenario;
    let ctx = PyramidCtx {
        open,
        scenario,
        editing: RwSignal::new(None),
        added: RwSignal::new(None),
        drop_target: RwSignal::new(None),
        announce: RwSignal::new(String::new()),
        cards: BoardCards::new(open, scenario),
        workers: Memo::new(move |_| open.with(|s| s.pyramid.workers().to_vec())),
        target: Memo::new(move |_| open.with(|s| s.pyramid.target())),
        current: Memo::new(move |_| open.with(|s| s.pyramid_summary(Scenario::Current))),
        planned: Memo::new(move |_| open.with(|s| s.pyramid_summary(Scenario::Planned))),
    };
    provide_context(ctx);

    // Ctrl+Z / Ctrl+Y anywhere on the screen, except inside a text field, where the
    // browser's own undo of the typing is what people expect.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() || in_text_field(&ev) {
            return;
        }
        match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => {
                ev.prevent_default();
                open.undo();
            }
            ("z", true) | ("y", _) => {
                ev.prevent_default();
                open.redo();
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    ctx
}

/// The support pyramid screen; needs an [`OpenSession`] in context.
#[component]
pub fn PyramidScreen() -> impl IntoView {
    let tr = use_tr();
    let ctx = provide_pyramid();
    let open = ctx.open;

    let scenario_button = move |scenario: Scenario, label: P, testid: &'static str| {
        view! {
            <button
                type="button"
                class="button button--ghost"
                data-testid=testid
                aria-pressed=move || (ctx.scenario.get() == scenario).to_string()
                on:click=move |_| {
                    ctx.editing.set(None);
                    ctx.scenario.set(scenario);
                }
            >
                {tr.t(label)}
            </button>
        }
    };

    view! {
        <section class="screen pyramid-screen" data-testid="screen-pyramid">
            <h1>{tr.t(Screens::PyramidTitle)}</h1>
            <p class="screen__intro">{tr.t(Screens::PyramidIntro)}</p>
            <div class="pyramid-toolbar no-print" role="toolbar" aria-label=tr.t(P::ScenarioLabel)>
                <div class="pyramid-toolbar__group" role="group" aria-label=tr.t(P::ScenarioLabel)>
                    <span class="pyramid-toolbar__label">{tr.t(P::ScenarioLabel)}</span>
                    {scenario_button(Scenario::Current, P::ScenarioCurrent, "scenario-current")}
                    {scenario_button(Scenario::Planned, P::ScenarioPlanned, "scenario-planned")}
                </div>
                <div class="pyramid-toolbar__group">
                    <button
                        type="button"
                        class="button button--ghost"
                        data-testid="undo"
                        title=tr.t(P::UndoHint)
                        aria-keyshortcuts="Control+Z"
                        disabled=move || !open.can_undo()
                        on:click=move |_| {
                            open.undo();
                        }
                    >
                        <span aria-hidden="true">"↶ "</span>
                        {tr.t(P::Undo)}
                    </button>
                    <button
                        type="button"
                        class="button button--ghost"
                        data-testid="redo"
                        title=tr.t(P::RedoHint)
                        aria-keyshortcuts="Control+Y Control+Shift+Z"
                        disabled=move || !open.can_redo()
                        on:click=move |_| {
                            open.redo();
                        }
                    >
                        <span aria-hidden="true">"↷ "</span>
                        {tr.t(P::Redo)}
                    </button>
                </div>
            </div>
            <PyramidWorkers/>
            <PyramidBoard/>
            <ActivityEditor/>
            <PyramidTarget/>
            <PyramidCompare/>
            <PyramidTable/>
            <IsfTips/>
            <p class="pyramid__live" aria-live="polite" data-testid="pyramid-live">
                {move || ctx.announce.get()}
            </p>
        </section>
    }
}
