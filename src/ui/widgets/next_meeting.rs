//! Preparing the next meeting: its date first (today unless changed), then a copy of this
//! session held on that date, so follow-ups are told apart by their dates.

use leptos::prelude::*;

use crate::i18n::tables::SessionsText as S;
use crate::ui::browser::clock::today_iso;
use crate::ui::state::{use_store, use_tr};

/// The date field and the button that make the copy; `done` gets the copy's id.
#[component]
pub fn NextMeeting(
    /// The session to copy.
    id: String,
    /// Called with the new session's id.
    done: Callback<String>,
    /// The button's words.
    label: S,
) -> impl IntoView {
    let tr = use_tr();
    let store = use_store();
    let asking = RwSignal::new(false);
    let date = RwSignal::new(today_iso());
    let field = format!("next-date-{id}");
    let id = StoredValue::new(id);
    let make = move |_| {
        if let Some(new) = id.with_value(|id| store.duplicate(id, &date.get_untracked())) {
            asking.set(false);
            done.run(new);
        }
    };
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="button button--ghost" data-testid="next-meeting"
                    title=tr.t(S::DuplicateHint) on:click=move |_| asking.set(true)>
                    {tr.t(label)}
                </button>
            }
        >
            <span class="next-meeting" data-testid="next-meeting-form">
                <label for=field.clone()>{tr.t(S::NextDate)}</label>
                <input id=field.clone() class="field__input" type="date" data-testid="next-meeting-date"
                    prop:value=move || date.get()
                    on:input=move |ev| date.set(event_target_value(&ev))/>
                <button type="button" class="button" data-testid="next-meeting-make" on:click=make>
                    {tr.t(S::NextMake)}
                </button>
                <button type="button" class="button button--ghost" on:click=move |_| asking.set(false)>
                    {tr.t(S::Cancel)}
                </button>
            </span>
        </Show>
    }
}
