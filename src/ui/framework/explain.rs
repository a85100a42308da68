//! Step 3: the six questions (waarom, wie, wat, waar, wanneer, hoe) for each marked row.

use leptos::prelude::*;

use crate::i18n::source;
use crate::ui::widgets::source_lang::use_source_lang;

use crate::i18n::tables::FrameworkText as F;
use crate::i18n::words::voice_list;
use crate::model::analysis::Question;
use crate::model::framework::framework;
use crate::ui::framework::read::FactorText;
use crate::ui::framework::VisibleRows;
use crate::ui::state::use_tr;
use crate::ui::state::FrameworkStep;
use crate::ui::state::OpenSession;

/// Step 3 of the source: explain every marked row the search lets through.
#[component]
pub fn ExplainStep(
    /// Rows the search lets through.
    visible: VisibleRows,
    /// The flow's current step, to send the team back to marking when nothing is marked.
    step: RwSignal<FrameworkStep>,
) -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    // Row ids only: typing an answer changes the session but not this list, so the text
    // field being typed in is never rebuilt.
    let rows = Memo::new(move |_| {
        let shown = visible.get();
        open.with(|s| {
            s.recognition()
                .marked_rows()
                .into_iter()
                .filter(|r| shown.contains(r))
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show
            when=move || rows.with(|r| !r.is_empty())
            fallback=move || {
                view! {
                    <div class="empty" data-testid="explain-empty">
                        <p>{tr.t(F::NothingMarked)}</p>
                        <button type="button" class="button" on:click=move |_| step.set(FrameworkStep::Mark)>
                            {tr.t(F::GoToMarking)}
                        </button>
                    </div>
                }
            }
        >
            <ul class="explain-list">
                <For each=move || rows.get() key=|r| r.clone() let:row>
                    <ExplainCard row/>
                </For>
            </ul>
        </Show>
    }
}

#[component]
pub(crate) fn ExplainCard(row: String) -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let Some((_, theme, factor)) = framework().row(&row) else {
        return ().into_any();
    };
    let row_id = factor.id.as_str();
    // Who recognises it: the board's roles, and the phones' answers where at least two
    // share a role (the others together), so nobody stands alone.
    let who = move || {
        let views = open.with(|s| s.recognition().views(row_id));
        let side = |count: fn(&crate::model::answers::recognition::View) -> usize| {
            views
                .iter()
                .filter(|v| count(v) > 0)
                .map(|v| (v.voice, count(v)))
                .collect::<Vec<_>>()
        };
        let mut parts = Vec::new();
        let success = side(|v| v.success);
        if !success.is_empty() {
            parts.push(format!(
                "{}: {}",
                tr.t(F::SuccessFactor),
                voice_list(&success, tr.lang())
            ));
        }
        let bottleneck = side(|v| v.bottleneck);
        if !bottleneck.is_empty() {
            parts.push(format!(
                "{}: {}",
                tr.t(F::Bottleneck),
                voice_list(&bottleneck, tr.lang())
            ));
        }
        parts.join(" · ")
    };
    let sl = use_source_lang();
    let fields = Question::ALL
        .into_iter()
        .map(|q| {
            let field_id = format!("explain-{}-{}", row_id, q.key());
            let hint_id = format!("{field_id}-hint");
            let prompt = framework()
                .question(q)
                .map(|p| source::prompt(p, sl))
                .unwrap_or_default();
            let value = move || {
                open.with(|s| {
                    s.analysis
                        .explanation(row_id)
                        .map(|e| e.get(q).to_string())
                        .unwrap_or_default()
                })
            };
            let key = format!("explain:{row_id}:{}", q.key());
            let on_input = move |ev| {
                let text = event_target_value(&ev);
                open.edit_coalesced(&key, |s| {
                    s.analysis.set_explanation_field(row_id, q, text);
                    true
                });
            };
            view! {
                <div class="field explain-field">
                    <label for=field_id.clone()>{tr.t(F::from(q))}</label>
                    <p class="field__hint" id=hint_id.clone() lang=sl.code()>{prompt}</p>
                    <textarea
                        id=field_id.clone()
                        class="field__input"
                        rows="2"
                        aria-describedby=hint_id
                        data-testid=field_id
                        prop:value=value
                        on:input=on_input
                    ></textarea>
                </div>
            }
        })
        .collect_view();
    view! {
        <li class="explain-card" data-testid=format!("explain-card-{row_id}")>
            <h2 class="explain-card__theme" lang=sl.code()>{source::theme_name(theme, sl)}</h2>
            <dl class="explain-card__row">
                <dt>{tr.t(F::SuccessFactor)}</dt>
                <dd><FactorText text=source::success(factor, sl) success=true/></dd>
                <dt>{tr.t(F::Bottleneck)}</dt>
                <dd><FactorText text=source::bottleneck(factor, sl) success=false/></dd>
            </dl>
            <p class="explain-card__who">{who}</p>
            <div class="explain-card__fields">{fields}</div>
        </li>
    }
    .into_any()
}
