//! A phone's answer opened as a link in the board's browser (`#/antwoord/<code>`): the
//! answer goes into the meeting it belongs to, and this tab says where it went. In the tab
//! that holds the meeting, the meeting simply continues with one answer more.

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
    // Back and reload must not offer the link again: it leaves the history.
    let meeting_here = matches!(outcome, LinkIntake::Into { .. })
        && store
            .open
            .with_untracked(|o| o.is_some_and(|o| o.with_untracked(|s| s.meeting.is_some())));
    if meeting_here {
        page::replace_hash(&Route::Meeting.href());
    } else {
        page::rewrite_hash(&Route::Home.href());
    }
    let (ok, heading, text) = match &outcome {
        LinkIntake::Into {
            title,
            taken: Intake::Taken(taken),
        } => (
            true,
            tr.t(R::LinkTakenTitle),
            format!(
                "{} {}",
                fill(
                    tr.t(R::LinkTaken),
                    &[("title", title), ("count", &taken.count().to_string())],
                ),
                taken_text(*taken, tr.lang())
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
