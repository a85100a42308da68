//! Taking one session along: as a file, or as a share link with a QR code.

use leptos::html;
use leptos::prelude::*;

use crate::i18n::tables::TransferText as T;
use crate::ui::state::use_store;
use crate::ui::state::use_tr;
use crate::ui::widgets::share_dialog::ShareDialog;

/// The "Bestand" and "Delen" buttons for the session `id`.
#[component]
pub fn TakeAlong(id: String) -> impl IntoView {
    let store = use_store();
    let tr = use_tr();
    let id = StoredValue::new(id);
    let sharing = RwSignal::new(false);
    let share_button = NodeRef::<html::Button>::new();

    let export = move |_| {
        id.with_value(|id| store.export_one(id, tr.lang()));
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
                title=tr.t(T::ExportOneHint) on:click=export>
                {tr.t(T::ExportOne)}
            </button>
            <button type="button" class="button button--ghost" node_ref=share_button
                data-testid=move || format!("share-session-{}", id.get_value())
                title=tr.t(T::ShareHint) aria-haspopup="dialog"
                on:click=move |_| sharing.set(true)>
                {tr.t(T::Share)}
            </button>
            <Show when=move || sharing.get()>
                <ShareDialog id=id.get_value() on_close=close/>
            </Show>
        </span>
    }
}
