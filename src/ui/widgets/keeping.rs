//! Whether this browser keeps the sessions, said where the team looks (the home screen, the
//! meeting's close): one calm line when it does; where it may delete them, why, and the two
//! remedies (the Home Screen, a file) one tap away. And when a session was last saved to a
//! file.

use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::tables::KeepText as K;
use crate::i18n::words::date_words;
use crate::storage::keeping::{copy_state, CopyState, Keeping};
use crate::ui::browser::clock::iso_date_of;
use crate::ui::state::{use_store, use_tr};

/// The keeping line or notice.
#[component]
pub fn KeepingNotice() -> impl IntoView {
    let tr = use_tr();
    let store = use_store();
    let keeping = store.keeping;
    let save = move |_| {
        store.export_all(tr.lang());
    };
    move || {
        let state = keeping.get();
        let slug = match state {
            Keeping::Unknown => "unknown",
            Keeping::Kept => "kept",
            Keeping::SafariWeek => "safari-week",
            Keeping::AskFirefox => "ask-firefox",
            Keeping::MayClear => "may-clear",
        };
        if !state.at_risk() {
            return view! {
                <p class="keeping keeping--kept" data-testid="keeping" data-keeping=slug>
                    {(state == Keeping::Kept).then(|| tr.t(K::Kept))}
                </p>
            }
            .into_any();
        }
        let title = match state {
            Keeping::SafariWeek => K::SafariTitle,
            Keeping::AskFirefox => K::FirefoxTitle,
            _ => K::MayClearTitle,
        };
        view! {
            <section class="notice keeping" role="status" data-testid="keeping" data-keeping=slug>
                <h2 class="keeping__title">{tr.t(title)}</h2>
                {(state == Keeping::SafariWeek).then(|| view! {
                    <p>{tr.t(K::SafariWhy)}</p>
                    <p data-testid="keeping-home-screen">{tr.t(K::SafariHomeScreen)}</p>
                })}
                <p>{tr.t(K::CopyAdvice)}</p>
                <div class="keeping__actions">
                    <button type="button" class="button" data-testid="keeping-save" on:click=save>
                        {tr.t(K::SaveAll)}
                    </button>
                    {(state == Keeping::AskFirefox).then(|| view! {
                        <button type="button" class="button button--ghost" data-testid="keeping-ask"
                            on:click=move |_| store.ask_to_keep()>
                            {tr.t(K::FirefoxAsk)}
                        </button>
                    })}
                </div>
            </section>
        }
        .into_any()
    }
}

/// When session `id` was last saved to a file, and whether it changed since.
#[component]
pub fn CopyLine(id: String) -> impl IntoView {
    let tr = use_tr();
    let store = use_store();
    let testid = format!("copy-state-{id}");
    let text = move || {
        let changed = store.summary(&id).map_or(0, |s| s.updated_ms);
        let state = store.copies.with(|c| copy_state(c, &id, changed));
        let date = |ms: u64| date_words(&iso_date_of(ms), tr.lang());
        match state {
            CopyState::Never => tr.t(K::CopyNever).to_string(),
            CopyState::Saved { ms } => fill(tr.t(K::CopySaved), &[("date", &date(ms))]),
            CopyState::ChangedSince { ms } => fill(tr.t(K::CopyChanged), &[("date", &date(ms))]),
        }
    };
    view! { <p class="copy-line" data-testid=testid>{text}</p> }
}
