//! The Raamwerk screen: the source's three steps as a guided flow, plus an overview.

pub(crate) mod citation;
pub(crate) mod disagreements;
pub(crate) mod explain;
pub(crate) mod heatmap;
pub(crate) mod mark;
pub(crate) mod meeting;
pub(crate) mod meeting_explain;
pub(crate) mod meeting_overview;
pub(crate) mod overview;
pub(crate) mod priorities;
pub(crate) mod quotes;
pub(crate) mod read;

use leptos::prelude::*;

use crate::i18n::source;
use crate::i18n::Lang;
use crate::ui::widgets::source_lang::{use_source_lang, OriginalToggle, SourceScope};

use crate::i18n::tables::{FrameworkText as F, Screens};
use crate::model::framework::framework;
use crate::model::Role;
use crate::ui::framework::citation::FrameworkCitation;
use crate::ui::framework::explain::ExplainStep;
use crate::ui::framework::mark::MarkStep;
use crate::ui::framework::overview::OverviewStep;
use crate::ui::framework::read::ReadStep;
use crate::ui::state::OpenSession;
use crate::ui::state::{use_tr, use_view, FrameworkStep};
use crate::ui::widgets::isf_tips::IsfTips;
use crate::ui::widgets::text_field::TextField;

impl FrameworkStep {
    const ALL: [FrameworkStep; 4] = [
        FrameworkStep::Read,
        FrameworkStep::Mark,
        FrameworkStep::Explain,
        FrameworkStep::Overview,
    ];

    fn label(self) -> F {
        match self {
            FrameworkStep::Read => F::StepRead,
            FrameworkStep::Mark => F::StepMark,
            FrameworkStep::Explain => F::StepExplain,
            FrameworkStep::Overview => F::StepOverview,
        }
    }

    fn slug(self) -> &'static str {
        match self {
            FrameworkStep::Read => "read",
            FrameworkStep::Mark => "mark",
            FrameworkStep::Explain => "explain",
            FrameworkStep::Overview => "overview",
        }
    }

    /// The source's instruction for this step (Stap 1..3), if it is one of the source's.
    fn instruction(self, lang: Lang) -> Option<&'static str> {
        let number = match self {
            FrameworkStep::Read => 1,
            FrameworkStep::Mark => 2,
            FrameworkStep::Explain => 3,
            FrameworkStep::Overview => return None,
        };
        let steps = &framework().steps;
        steps
            .iter()
            .find(|s| s.number == number)
            .map(|s| source::step_text(s, lang))
    }
}

/// The rows the search box lets through, as framework row ids.
pub type VisibleRows = Memo<Vec<&'static str>>;

/// The Raamwerk analysis: read, mark per role, explain, and the overview.
#[component]
pub fn FrameworkScreen() -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let view = use_view();
    let step = view.framework_step;
    let query = view.framework_query;
    // Start with the first participant's role: usually the person at the board.
    let role = view.marking_role;
    if role.get_untracked().is_none() {
        let first_role = open.with_untracked(|s| s.participants.first().map(|p| p.role));
        role.set(Some(first_role.unwrap_or(Role::Teacher)));
    }
    let visible: VisibleRows = Memo::new(move |_| query.with(|q| framework().search_rows(q)));

    let stepper = FrameworkStep::ALL
        .into_iter()
        .map(|s| {
            view! {
                <li class="stepper__item">
                    <button
                        type="button"
                        class="stepper__button"
                        data-testid=format!("step-{}", s.slug())
                        aria-current=move || (step.get() == s).then_some("step")
                        on:click=move |_| step.set(s)
                    >
                        {tr.t(s.label())}
                    </button>
                </li>
            }
        })
        .collect_view();

    let body = move || {
        let current = step.get();
        let sl = use_source_lang();
        let instruction = current.instruction(sl).map(|text| {
            view! {
                <p class="step-instruction" lang=sl.code() data-testid="step-instruction">{text}</p>
            }
        });
        let content = match current {
            FrameworkStep::Read => view! { <ReadStep visible/> }.into_any(),
            FrameworkStep::Mark => view! { <MarkStep visible role/> }.into_any(),
            FrameworkStep::Explain => view! { <ExplainStep visible step/> }.into_any(),
            FrameworkStep::Overview => view! { <OverviewStep/> }.into_any(),
        };
        view! {
            <div class="framework__step" data-testid=format!("framework-step-{}", current.slug())>
                {instruction}
                {content}
            </div>
        }
    };

    let search = move || {
        (step.get() != FrameworkStep::Overview).then(|| {
            view! {
                <TextField id="framework-search" kind="search" class="framework__search"
                    label=F::SearchLabel value=query>
                    <p class="field__hint" role="status" data-testid="framework-search-count">
                        {move || crate::ui::framework::read::rows_shown(tr, visible.with(Vec::len))}
                    </p>
                </TextField>
            }
        })
    };

    view! {
        <section class="screen framework" data-testid="screen-framework">
            <h1>{tr.t(Screens::FrameworkTitle)}</h1>
            <p class="screen__intro">{tr.t(Screens::FrameworkIntro)}</p>
            <nav class="stepper" aria-label=tr.t(F::StepsLabel)>
                <ol class="stepper__list">{stepper}</ol>
            </nav>
            <OriginalToggle/>
            {search}
            <SourceScope>{body}</SourceScope>
            <IsfTips/>
            <FrameworkCitation/>
        </section>
    }
}
