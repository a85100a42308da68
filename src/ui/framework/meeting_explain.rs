//! Explaining a row at the board, on its theme page: a marked row gets a "Toelichten" button
//! that opens the six questions over the page. The step keeps its page count while the team
//! marks (explanations no longer add pages), and a row is explained where it is read.

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::tables::MeetingText as M;
use crate::ui::framework::explain::ExplainCard;
use crate::ui::state::{use_tr, OpenSession};

/// The row whose explanation is open at the board, if any (one per Raamwerk step).
#[derive(Clone, Copy)]
pub(crate) struct Explaining(pub RwSignal<Option<String>>);

/// "Toelichten" under a marked row (by the board or the phones); "✓ Toegelicht" once a
/// question has an answer. Nothing while nobody marked the row.
#[component]
pub(crate) fn ExplainButton(row: &'static str) -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let Explaining(explaining) = expect_context::<Explaining>();
    let marked = Memo::new(move |_| open.with(|s| s.recognition().is_marked(row)));
    // The model keeps an explanation only while one of its questions has an answer.
    let explained = Memo::new(move |_| open.with(|s| s.analysis.explanation(row).is_some()));
    move || {
        marked.get().then(|| {
            view! {
                <button type="button" class="button button--ghost mark-row__explain"
                    data-testid=format!("explain-open-{row}")
                    aria-haspopup="dialog"
                    on:click=move |_| explaining.set(Some(row.to_string()))>
                    {move || if explained.get() { tr.t(M::Explained) } else { tr.t(M::Explain) }}
                </button>
            }
        })
    }
}

/// The open explanation over the theme page: the row, who recognises it, the six questions,
/// and "Klaar" (or Escape) back to the page, focus back on the row's button.
#[component]
pub(crate) fn ExplainDialog() -> impl IntoView {
    let tr = use_tr();
    let Explaining(explaining) = expect_context::<Explaining>();
    let close = move || {
        if let Some(row) = explaining.get_untracked() {
            explaining.set(None);
            focus_later(format!("[data-testid='explain-open-{row}']"));
        }
    };
    // Escape closes wherever focus is (a tap on the board leaves it on the page behind). The
    // clicker's keys still turn the page, which closes the questions too.
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && explaining.get_untracked().is_some() {
            close();
        }
    });
    on_cleanup(move || escape.remove());
    move || {
        explaining.get().map(|row| {
            // The heading takes focus, not a text field: on a touch board a focused field
            // would raise the on-screen keyboard over the questions.
            focus_later(".explain-dialog__title".to_string());
            view! {
                <div class="explain-dialog__backdrop" on:click=move |_| close()></div>
                <div class="explain-dialog" role="dialog" aria-modal="true"
                    aria-labelledby="explain-dialog-title" data-testid="explain-dialog">
                    <div class="explain-dialog__head">
                        <h2 class="explain-dialog__title" id="explain-dialog-title" tabindex="-1">
                            {tr.t(M::ExplainTitle)}
                        </h2>
                        <button type="button" class="button" data-testid="explain-close"
                            on:click=move |_| close()>
                            {tr.t(M::Done)}
                        </button>
                    </div>
                    <ul class="explain-list"><ExplainCard row/></ul>
                </div>
            }
        })
    }
}

/// Focuses the element matching `selector` once the DOM has caught up.
fn focus_later(selector: String) {
    set_timeout(
        move || crate::ui::browser::page::focus_selector(&selector),
        Duration::ZERO,
    );
}
