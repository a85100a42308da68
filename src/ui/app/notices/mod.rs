//! Storage problems, shown at the top of every screen until dealt with. What could not be
//! saved is shown per session, from [`SessionStore::unsaved`], until that session is
//! written: a later successful write of something else does not make it go away.

mod entries;

use leptos::prelude::*;

use crate::i18n::errors::{save_error, unavailable};
use crate::i18n::tables::NoticeText as N;
use crate::i18n::words::session_title;
use crate::storage::SaveError;
use crate::ui::state::{use_store, use_tr, Problem, SessionStore};

use entries::{kept_aside, missing, not_kept_aside, quarantined, repaired, trash_recovered};

/// The list of open storage problems with their ways out.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let store = use_store();
    let notice = move |problem: Problem| -> AnyView {
        let p = problem.clone();
        let simple =
            move |testid, text, detail, export| simple(store, p, testid, text, detail, export);
        match problem {
            Problem::MemoryOnly(why) => simple(
                "notice-memory-only",
                N::MemoryOnly,
                Some(why_text(why)),
                true,
            ),
            Problem::FullAtStart => simple("notice-full", N::FullAtStart, None, true),
            Problem::ReadOnly => simple("notice-read-only", N::ReadOnly, None, true),
            Problem::LoadFailed(e) => simple(
                "notice-load-failed",
                N::LoadFailed,
                Some(Detail::Save(e)),
                false,
            ),
            Problem::Listing(e) => {
                simple("notice-listing", N::Listing, Some(Detail::Save(e)), false)
            }
            Problem::ListNotSaved(e) => simple(
                "notice-list-not-saved",
                N::ListNotSaved,
                Some(Detail::Save(e)),
                true,
            ),
            Problem::Conflict { id, fields } => conflict(store, id, fields),
            Problem::Quarantined { key, raw, error } => quarantined(store, key, raw, error),
            Problem::NotKeptAside {
                key,
                raw,
                error,
                failure,
            } => not_kept_aside(store, key, raw, error, failure),
            Problem::KeptAside(entries) => kept_aside(store, entries),
            Problem::Missing(sessions) => missing(store, sessions),
            Problem::TrashRecovered(sessions) => trash_recovered(store, sessions),
            Problem::Repaired(list) => repaired(store, list),
        }
    };
    view! {
        <div class="storage-notices" aria-live="polite">
            <Unsaved/>
            {move || store.problems.get().into_iter().map(notice).collect_view()}
        </div>
    }
}

/// A detail line under a notice's sentence.
enum Detail {
    Plain(String),
    Save(SaveError),
}

fn why_text(why: crate::storage::StorageUnavailable) -> Detail {
    Detail::Plain(unavailable(&why, use_tr().lang()))
}

/// A notice with one sentence, an optional detail, an export button if `export`, and a
/// dismiss button.
fn simple(
    store: SessionStore,
    problem: Problem,
    testid: &'static str,
    text: N,
    detail: Option<Detail>,
    export: bool,
) -> AnyView {
    let tr = use_tr();
    let dismiss = move |_| store.dismiss(&problem);
    let detail = detail.map(|d| match d {
        Detail::Plain(t) => t,
        Detail::Save(e) => save_error(&e, tr.lang()),
    });
    view! {
        <div class="notice" role="alert" data-testid=testid>
            <p>{tr.t(text)}{detail.map(|d| view! { " " <code>{d}</code> })}</p>
            <div class="notice__actions">
                {export.then(|| view! {
                    <button type="button" class="button" on:click=move |_| { store.export_all(tr.lang()); }>
                        {tr.t(N::ExportAll)}
                    </button>
                })}
                <button type="button" class="button button--ghost" on:click=dismiss>{tr.t(N::Dismiss)}</button>
            </div>
        </div>
    }
    .into_any()
}

/// Sessions that are only in memory: which, why, and the ways out (export, save again).
#[component]
fn Unsaved() -> impl IntoView {
    let store = use_store();
    let tr = use_tr();
    let rows = Memo::new(move |_| {
        let unsaved = store.unsaved.get();
        store.sessions.with(|s| {
            unsaved
                .iter()
                .map(|(id, e)| {
                    let title = s.get(id).map(|x| x.title.as_str()).unwrap_or_default();
                    let title = session_title(title, tr.lang());
                    (id.clone(), title, e.clone())
                })
                .collect::<Vec<_>>()
        })
    });
    let full = move || rows.with(|r| r.iter().any(|(_, _, e)| *e == SaveError::Full));
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <div class="notice" role="alert"
                data-testid=move || if full() { "notice-full" } else { "notice-save-failed" }>
                <p>{move || if full() { tr.t(N::NotStoredFull) } else { tr.t(N::NotStoredOther) }}</p>
                <ul class="notice__list">
                    {move || rows.get().into_iter().map(|(id, title, e)| view! {
                        <li data-testid="unsaved-session" data-id=id>
                            <strong>{title}</strong>" — "{save_error(&e, tr.lang())}
                        </li>
                    }).collect_view()}
                </ul>
                <p>{tr.t(N::NotStoredWhat)}</p>
                <div class="notice__actions">
                    <button type="button" class="button" data-testid="unsaved-export"
                        on:click=move |_| { store.export_all(tr.lang()); }>
                        {tr.t(N::ExportAll)}
                    </button>
                    <button type="button" class="button button--ghost" data-testid="unsaved-retry"
                        on:click=move |_| store.retry_unsaved()>
                        {tr.t(N::Retry)}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// The same fields changed here and in another tab: which, and which value to keep.
fn conflict(store: SessionStore, id: String, fields: Vec<String>) -> AnyView {
    let tr = use_tr();
    let mine = id.clone();
    view! {
        <div class="notice" role="alert" data-testid="notice-conflict">
            <p>{tr.t(N::Conflict)}</p>
            <ul class="notice__list">
                {fields.into_iter().map(|f| view! { <li><code data-testid="conflict-field">{f}</code></li> }).collect_view()}
            </ul>
            <div class="notice__actions">
                <button type="button" class="button" data-testid="conflict-keep-mine"
                    on:click=move |_| store.keep_mine(&mine)>{tr.t(N::KeepMine)}</button>
                <button type="button" class="button button--ghost" data-testid="conflict-take-theirs"
                    on:click=move |_| store.take_theirs(&id)>{tr.t(N::TakeTheirs)}</button>
            </div>
        </div>
    }
    .into_any()
}
