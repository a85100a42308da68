//! A phone's answer opened as a link in the board's browser (`#/antwoord/<code>`), in a tab
//! of its own: the answer goes into the meeting it belongs to (stored, so the meeting's tab
//! merges it in), and this tab says where it went.

use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::tables::{RoundText as R, TransferText as T};
use crate::i18n::words::{code_error_text, refusal_text, taken_text};
use crate::ui::browser::page;
use crate::ui::state::answers::{Intake, LinkIntake};
use crate::ui::state::{use_store, use_tr, Route};

/// Takes the link's answer in once, and says what happened.
#[component]
pub fn AnswerLinkScreen(code: String) -> impl IntoView {
    let tr = use_tr();
    let store = use_store();
    let outcome = store.take_answer_link(&code);
    // Back and reload must not offer the link again: it leaves the history (the screen
    // stays). In the meeting's own tab the link never gets here (see `App`).
    page::rewrite_hash(&Route::Home.href());
    let (ok, heading, text) = match &outcome {
        LinkIntake::Into {
            title,
            taken: Intake::Taken(taken),
        } => (
            true,
            tr.t(R::LinkTakenTitle),
            fill(
                tr.t(R::LinkTaken),
                &[("title", title), ("taken", &taken_text(*taken, tr.lang()))],
            ),
        ),
        LinkIntake::Into {
            taken: Intake::Refused(r),
            ..
        } => (
            false,
            tr.t(R::LinkBroken),
            refusal_text(*r, tr.lang()).to_string(),
        ),
        LinkIntake::Into {
            taken: Intake::Unreadable(e),
            ..
        }
        | LinkIntake::Unreadable(e) => (false, tr.t(R::LinkBroken), code_error_text(e, tr.lang())),
        LinkIntake::NoSession => (
            false,
            tr.t(R::LinkBroken),
            tr.t(R::LinkNoSession).to_string(),
        ),
    };
    view! {
        <section class="screen answer-link" data-testid="answer-link" data-ok=ok.to_string()>
            <h1>{heading}</h1>
            <p data-testid="answer-link-said">{text}</p>
            <a class="button" href=Route::Home.href()>{tr.t(T::BackHome)}</a>
        </section>
    }
}
