//! Choosing the rows to work on, and turning a bottleneck into an action.

use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::source;
use crate::ui::widgets::source_lang::use_source_lang;

use crate::i18n::tables::FrameworkText as F;
use crate::model::action::{count_from, ActionOrigin};
use crate::model::framework::framework;
use crate::ui::framework::read::FactorText;
use crate::ui::state::new_action::add_action;
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;

/// Every marked row with its counts, a priority toggle and "maak actie" for bottlenecks.
#[component]
pub fn Priorities() -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let rows = Memo::new(move |_| {
        open.with(|s| {
            s.recognition()
                .marked_rows()
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
    });
    // Said aloud by screen readers after "maak actie", with a way to the plan.
    let added = RwSignal::new(false);
    view! {
        <section class="overview-part" data-testid="priorities">
            <h2>{tr.t(F::PrioritiesTitle)}</h2>
            <p class="field__hint">{tr.t(F::PrioritiesHint)}</p>
            <div role="status" class="status-line">
                <Show when=move || added.get()>
                    <p data-testid="action-added">
                        {tr.t(F::ActionAdded)} " "
                        <a href="#/acties">{tr.t(F::GoToActions)}</a>
                    </p>
                </Show>
            </div>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=move || view! { <p class="empty">{tr.t(F::NothingMarked)}</p> }
            >
                <ul class="priority-list">
                    <For each=move || rows.get() key=|r| r.clone() let:row>
                        <PriorityRow row added/>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn PriorityRow(row: String, added: RwSignal<bool>) -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let Some((_, theme, factor)) = framework().row(&row) else {
        return ().into_any();
    };
    let id = factor.id.as_str();
    let counts = move || {
        let (s, b) = open.with(|s| s.recognition().counts(id));
        format!(
            "{s} × {}, {b} × {}",
            tr.t(F::SuccessFactorShort),
            tr.t(F::BottleneckShort)
        )
    };
    let priority = move || open.with(|s| s.analysis.is_priority(id));
    let origin = ActionOrigin::Bottleneck(id.to_string());
    let sl = use_source_lang();
    let action_button = source::bottleneck(factor, sl).map(|text| {
        let text = text.to_string();
        let actions = move || {
            let n = open.with(|s| count_from(&s.actions, &origin));
            (n > 0).then(|| match n {
                1 => tr.t(F::ActionsMadeOne).to_string(),
                n => fill(tr.t(F::ActionsMadeMany), &[("count", &n.to_string())]),
            })
        };
        view! {
            <button
                type="button"
                class="button button--ghost"
                data-testid=format!("make-action-{id}")
                aria-describedby=format!("prio-text-{id}")
                on:click=move |_| {
                    add_action(open, text.clone(), ActionOrigin::Bottleneck(id.to_string()));
                    added.set(true);
                }
            >
                {tr.t(F::MakeAction)}
            </button>
            <span class="priority-row__actions">{actions}</span>
        }
    });
    view! {
        <li
            class="priority-row"
            class:priority-row--chosen=priority
            data-testid=format!("priority-row-{id}")
        >
            <div class="priority-row__text" id=format!("prio-text-{id}")>
                <p class="priority-row__theme" lang=sl.code()>{source::theme_name(theme, sl)}</p>
                <p>
                    <FactorText text=source::success(factor, sl) success=true/>
                    " / "
                    <FactorText text=source::bottleneck(factor, sl) success=false/>
                </p>
                <p class="field__hint">{counts}</p>
            </div>
            <div class="priority-row__buttons">
                <button
                    type="button"
                    class="button button--ghost"
                    data-testid=format!("priority-{id}")
                    aria-pressed=move || priority().to_string()
                    aria-describedby=format!("prio-text-{id}")
                    on:click=move |_| {
                        open.edit(|s| {
                            s.analysis.toggle_priority(id);
                            true
                        });
                    }
                >
                    {tr.t(F::Priority)}
                </button>
                {action_button}
            </div>
        </li>
    }
    .into_any()
}
