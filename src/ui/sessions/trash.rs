//! The trash: deleted sessions that can be restored or removed for good.

use leptos::prelude::*;

use crate::i18n::tables::SessionsText as S;
use crate::i18n::words::session_title;
use crate::ui::state::use_store;
use crate::ui::state::use_tr;

/// The trash, folded away until needed; hidden when empty.
#[component]
pub fn SessionTrash() -> impl IntoView {
    let store = use_store();
    let tr = use_tr();
    let items = Memo::new(move |_| {
        store.sessions.with(|s| {
            s.trash_newest_first()
                .into_iter()
                .map(|t| (t.session.id.clone(), t.session.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !items.with(Vec::is_empty)>
            <details class="trash" data-testid="trash">
                <summary>{tr.t(S::Trash)}" ("{move || items.with(Vec::len)}")"</summary>
                <ul class="trash__list">
                    <For each=move || items.get() key=|(id, _)| id.clone() let:item>
                        {
                            let (id, title) = item;
                            let restore_id = id.clone();
                            view! {
                                <li class="trash__item" data-testid="trash-item">
                                    <span>{session_title(&title, tr.lang())}</span>
                                    <button type="button" class="button button--ghost" data-testid="trash-restore"
                                        on:click=move |_| store.restore(&restore_id)>{tr.t(S::Restore)}</button>
                                    <button type="button" class="button button--danger" data-testid="trash-purge"
                                        on:click=move |_| store.purge(&id)>{tr.t(S::Purge)}</button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </details>
        </Show>
    }
}
