//! Storage problems, shown at the top of every screen until dealt with.

use leptos::prelude::*;

use crate::i18n::errors::{decode_error, save_error};
use crate::i18n::tables::NoticeText as N;
use crate::ui::browser::download::download_text;
use crate::ui::state::store::{use_store, Problem};
use crate::ui::state::use_tr;

/// The list of open storage problems with their ways out.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let store = use_store();
    let tr = use_tr();
    let export_all = move |_| {
        store.export_all();
    };
    let notice = move |problem: Problem| {
        let dismissable = problem.clone();
        let dismiss = move |_| store.dismiss(&dismissable);
        match problem {
            Problem::MemoryOnly => view! {
                <div class="notice" role="alert" data-testid="notice-memory-only">
                    <p>{tr.t(N::MemoryOnly)}</p>
                    <button type="button" class="button" on:click=export_all>{tr.t(N::ExportAll)}</button>
                </div>
            }
            .into_any(),
            Problem::Full => view! {
                <div class="notice" role="alert" data-testid="notice-full">
                    <p>{tr.t(N::Full)}</p>
                    <button type="button" class="button" on:click=export_all>{tr.t(N::ExportAll)}</button>
                </div>
            }
            .into_any(),
            Problem::Conflict { id } => {
                let mine = id.clone();
                view! {
                    <div class="notice" role="alert" data-testid="notice-conflict">
                        <p>{tr.t(N::Conflict)}</p>
                        <button type="button" class="button" data-testid="conflict-keep-mine"
                            on:click=move |_| store.keep_mine(&mine)>{tr.t(N::KeepMine)}</button>
                        " "
                        <button type="button" class="button button--ghost" data-testid="conflict-take-theirs"
                            on:click=move |_| store.take_theirs(&id)>{tr.t(N::TakeTheirs)}</button>
                    </div>
                }
                .into_any()
            }
            Problem::Quarantined { key, raw, error } => {
                let file = raw_file_name(&key);
                view! {
                    <div class="notice" role="alert" data-testid="notice-quarantined">
                        <p>{tr.t(N::Quarantined)}</p>
                        <p><code>{key.clone()}</code>": "
                            {move || decode_error(&error, tr.lang())}
                        </p>
                        <button type="button" class="button" data-testid="download-raw"
                            on:click=move |_| { download_text(&file, &raw, "text/plain"); }>
                            {tr.t(N::DownloadRaw)}
                        </button>
                        " "
                        <button type="button" class="button button--ghost" on:click=dismiss>{tr.t(N::Dismiss)}</button>
                    </div>
                }
                .into_any()
            }
            Problem::NotKeptAside { key, raw, error, failure } => {
                let file = raw_file_name(&key);
                view! {
                    <div class="notice" role="alert" data-testid="notice-not-kept-aside">
                        <p>{tr.t(N::NotKeptAside)}</p>
                        <p><code>{key.clone()}</code>": "{move || decode_error(&error, tr.lang())}
                            " ("{move || save_error(&failure, tr.lang())}")"</p>
                        <button type="button" class="button" data-testid="download-raw"
                            on:click=move |_| { download_text(&file, &raw, "text/plain"); }>
                            {tr.t(N::DownloadRaw)}
                        </button>
                        " "
                        <button type="button" class="button button--ghost" on:click=dismiss>{tr.t(N::Dismiss)}</button>
                    </div>
                }
                .into_any()
            }
            Problem::KeptAside(entries) => view! {
                <div class="notice" role="status" data-testid="notice-kept-aside">
                    <p>{tr.t(N::KeptAside)}</p>
                    <ul class="notice__list">
                        {entries.into_iter().map(|(key, raw)| {
                            let file = raw_file_name(&key);
                            let gone = key.clone();
                            view! {
                                <li>
                                    <code>{key.clone()}</code>" "
                                    <button type="button" class="button" data-testid="kept-aside-download"
                                        on:click=move |_| { download_text(&file, &raw, "text/plain"); }>
                                        {tr.t(N::DownloadRaw)}
                                    </button>
                                    " "
                                    <button type="button" class="button button--ghost" data-testid="kept-aside-discard"
                                        on:click=move |_| { let _ = store.discard_kept_aside(&gone); }>
                                        {tr.t(N::Discard)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <button type="button" class="button button--ghost" on:click=dismiss>{tr.t(N::Dismiss)}</button>
                </div>
            }
            .into_any(),
            Problem::Missing(sessions) => view! {
                <div class="notice" role="alert" data-testid="notice-missing">
                    <p>{tr.t(N::Missing)}</p>
                    <ul class="notice__list">
                        {sessions.into_iter().map(|(id, title)| view! {
                            <li data-testid="missing-session">{if title.trim().is_empty() { id } else { title }}</li>
                        }).collect_view()}
                    </ul>
                    <button type="button" class="button button--ghost" on:click=dismiss>{tr.t(N::Dismiss)}</button>
                </div>
            }
            .into_any(),
            Problem::SaveFailed(reason) => view! {
                <div class="notice" role="alert" data-testid="notice-save-failed">
                    <p>{tr.t(N::SaveFailed)}" "{move || save_error(&reason, tr.lang())}</p>
                    <button type="button" class="button button--ghost" on:click=dismiss>{tr.t(N::Dismiss)}</button>
                </div>
            }
            .into_any(),
        }
    };
    view! {
        <div class="storage-notices" aria-live="polite">
            {move || store.problems.get().into_iter().map(notice).collect_view()}
        </div>
    }
}

/// A file name for the raw text kept under `key`: slashes are not allowed in file names.
fn raw_file_name(key: &str) -> String {
    format!("{}.txt", key.replace('/', "_"))
}
