//! Taking one session along: as a file, or as a share link with a QR code.

use leptos::html;
use leptos::prelude::*;

use crate::i18n::tables::TransferText as T;
use crate::model::Session;
use crate::storage::{encode_export, export_file_name, ExportScope};
use crate::ui::browser::clock::{now_ms, today_iso};
use crate::ui::browser::download::download_text;
use crate::ui::sessions::share::ShareDialog;
use crate::ui::state::store::{use_store, SessionStore};
use crate::ui::state::use_tr;

/// The "Bestand" and "Delen" buttons for the session `id`.
#[component]
pub fn SessionExport(id: String) -> impl IntoView {
    let store = use_store();
    let tr = use_tr();
    let id = StoredValue::new(id);
    let sharing = RwSignal::new(false);
    let share_button = NodeRef::<html::Button>::new();

    let export = move |_| {
        id.with_value(|id| export_session(store, id));
    };
    let close = Callback::new(move |()| {
        sharing.set(false);
        // Focus goes back where it came from, so keyboard users do not start over at the top.
        if let Some(button) = share_button.get_untracked() {
            let _ = button.focus();
        }
    });

    view! {
        <span class="session-export no-print">
            <button type="button" class="button button--ghost"
                data-testid=move || format!("export-session-{}", id.get_value())
                title=move || tr.t(T::ExportOneHint) on:click=export>
                {move || tr.t(T::ExportOne)}
            </button>
            <button type="button" class="button button--ghost" node_ref=share_button
                data-testid=move || format!("share-session-{}", id.get_value())
                title=move || tr.t(T::ShareHint) aria-haspopup="dialog"
                on:click=move |_| sharing.set(true)>
                {move || tr.t(T::Share)}
            </button>
            <Show when=move || sharing.get()>
                <ShareDialog id=id.get_value() on_close=close/>
            </Show>
        </span>
    }
}

/// The latest version of session `id`, including unsaved edits.
pub(crate) fn latest(store: SessionStore, id: &str) -> Option<Session> {
    store.snapshot().into_iter().find(|s| s.id == id)
}

/// Downloads session `id` as an export file of one session; false when nothing was offered.
pub(crate) fn export_session(store: SessionStore, id: &str) -> bool {
    let Some(session) = latest(store, id) else {
        return false;
    };
    let Ok(text) = encode_export(std::slice::from_ref(&session), now_ms()) else {
        return false;
    };
    let name = export_file_name(ExportScope::One(&session), &today_iso());
    download_text(&name, &text, "application/json")
}
