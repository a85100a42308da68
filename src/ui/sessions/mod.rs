//! The sessions home: the open session's details, all sessions newest first, search,
//! create, the example session, delete with undo, and the trash.

pub(crate) mod card;
pub(crate) mod details;
pub(crate) mod files;
pub(crate) mod open_link;
pub(crate) mod take_along;
pub(crate) mod trash;

use leptos::prelude::*;

use crate::i18n::tables::{Screens, SessionsText as S};
use crate::model::example::example_session_in;
use crate::ui::browser::clock::now_ms;
use crate::ui::sessions::card::SessionCard;
use crate::ui::sessions::details::SessionDetails;
use crate::ui::sessions::files::TransferPanel;
use crate::ui::sessions::trash::SessionTrash;
use crate::ui::state::use_store;
use crate::ui::state::{use_tr, use_view};
use crate::ui::widgets::keeping::KeepingNotice;
use crate::ui::widgets::text_field::TextField;

/// How many sessions the list shows before "toon meer".
const PAGE: usize = 50;

/// The home screen.
#[component]
pub fn HomeScreen() -> impl IntoView {
    let store = use_store();
    let tr = use_tr();
    let query = use_view().sessions_query;
    // A long list is shown a page at a time: 500 cards on first paint would make the home
    // screen slow to appear; search reaches every session anyway.
    let shown = RwSignal::new(PAGE);
    let last_deleted = RwSignal::new(None::<String>);

    // Listed from the index until the sessions are read (right after the first paint).
    let ids = Memo::new(move |_| query.with(|q| store.listed(q, tr.lang())));
    let none_at_all = move || store.has_none();

    let create = move |_| {
        store.create();
    };
    let open_example = move |_| {
        let added = store.add_sessions(vec![example_session_in(now_ms(), tr.lang())]);
        if let Some(id) = added.ids.first() {
            store.open_session(id);
        }
    };
    let on_delete = Callback::new(move |id: String| {
        store.delete(&id);
        last_deleted.set(Some(id));
    });
    let undo_delete = move |_| {
        if let Some(id) = last_deleted.get_untracked() {
            store.restore(&id);
            last_deleted.set(None);
        }
    };

    view! {
        <section class="screen home" data-testid="screen-home">
            <h1>{tr.t(Screens::HomeTitle)}</h1>
            <p class="screen__intro">{tr.t(Screens::HomeIntro)}</p>
            <Show when=move || !none_at_all()>
                <KeepingNotice/>
            </Show>
            {move || store.open.get().map(|open| view! { <SessionDetails open=open/> })}
            <div class="home__actions">
                <button type="button" class="button" data-testid="session-new" on:click=create>
                    {tr.t(S::NewSession)}
                </button>
                <button type="button" class="button button--ghost" data-testid="session-example" on:click=open_example>
                    {tr.t(S::OpenExample)}
                </button>
            </div>
            <Show when=move || last_deleted.get().is_some()>
                <div class="toast" role="status" data-testid="deleted-toast">
                    {tr.t(S::Deleted)}" "
                    <button type="button" class="button button--ghost" data-testid="undo-delete" on:click=undo_delete>
                        {tr.t(S::Undo)}
                    </button>
                </div>
            </Show>
            <h2>{tr.t(S::Sessions)}</h2>
            <Show
                when=move || !none_at_all()
                fallback=move || view! {
                    <div class="home__empty" data-testid="sessions-empty">
                        <h3>{tr.t(S::EmptyTitle)}</h3>
                        <p>{tr.t(S::EmptyBody)}</p>
                    </div>
                }
            >
                <TextField id="session-search" kind="search" class="home__search" label=S::Search value=query/>
                <Show when=move || ids.with(Vec::is_empty)>
                    <p data-testid="sessions-no-match">{tr.t(S::NoMatches)}</p>
                </Show>
                <ul class="session-list" data-testid="session-list"
                    data-source=move || if store.listing_from_index() { "index" } else { "sessions" }>
                    <For
                        each=move || ids.with(|ids| ids.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                        key=|id| id.clone()
                        let:id
                    >
                        <SessionCard id=id on_delete=on_delete/>
                    </For>
                </ul>
                <Show when=move || { ids.with(Vec::len) > shown.get() }>
                    <button type="button" class="button button--ghost" data-testid="sessions-more"
                        on:click=move |_| shown.update(|n| *n += PAGE)>
                        {tr.t(S::ShowMore)}" ("{move || ids.with(Vec::len) - shown.get()}")"
                    </button>
                </Show>
            </Show>
            <TransferPanel/>
            <SessionTrash/>
        </section>
    }
}
