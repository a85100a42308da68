//! The team's own words on its place on the ladder: why here, what would help to climb.

use leptos::prelude::*;

use crate::i18n::tables::LadderText as L;
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;

/// A free note on the ladder placement; typing in it is one undo step per burst.
#[component]
pub fn LadderNote() -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    view! {
        <div class="field ladder__note">
            <label for="ladder-note">{tr.t(L::NoteLabel)}</label>
            <textarea
                id="ladder-note"
                class="field__input"
                rows="3"
                data-testid="ladder-note"
                aria-describedby="ladder-note-hint"
                prop:value=move || open.with(|s| s.ladder.note.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    open.edit_coalesced("ladder:note", |s| s.ladder.set_note(text));
                }
            ></textarea>
            <p class="field__hint" id="ladder-note-hint">{tr.t(L::NoteHint)}</p>
        </div>
    }
}
