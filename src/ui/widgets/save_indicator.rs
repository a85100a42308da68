//! The visible "opgeslagen" state.

use leptos::prelude::*;

use crate::i18n::tables::SessionsText as S;
use crate::ui::state::use_tr;
use crate::ui::state::{use_store, SaveStatus};

/// Shows whether the open session is saved; `data-state` is for tests.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let store = use_store();
    let tr = use_tr();
    let state = move || match store.save_status() {
        SaveStatus::Idle | SaveStatus::Saved => ("saved", S::Saved),
        SaveStatus::Pending => ("pending", S::Saving),
        SaveStatus::MemoryOnly => ("memory", S::MemoryOnly),
        SaveStatus::Failed => ("failed", S::NotSaved),
    };
    view! {
        <span class="save-indicator" role="status" data-testid="save-status"
            data-state=move || state().0>
            {move || tr.t(state().1)}
        </span>
    }
}
