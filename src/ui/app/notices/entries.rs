//! Notices about stored entries: read only after a repair, kept aside, not kept aside,
//! kept aside on an earlier visit, or gone.

use leptos::prelude::*;

use crate::i18n::errors::{bound_expected, decode_error, save_error};
use crate::i18n::tables::NoticeText as N;
use crate::i18n::words::session_title;
use crate::storage::{DecodeError, Repaired, SaveError};
use crate::ui::browser::download::download_text;
use crate::ui::state::{use_tr, Problem, SessionStore, Tr};

/// A file name for the raw text kept under `key`: slashes are not allowed in file names.
fn raw_file_name(key: &str) -> String {
    format!("{}.txt", key.replace('/', "_"))
}

fn dismiss_button(store: SessionStore, problem: Problem) -> impl IntoView {
    let tr = use_tr();
    view! {
        <button type="button" class="button button--ghost" on:click=move |_| store.dismiss(&problem)>
            {tr.t(N::Dismiss)}
        </button>
    }
}

fn download_button(key: &str, raw: String) -> impl IntoView {
    let tr = use_tr();
    let file = raw_file_name(key);
    view! {
        <button type="button" class="button" data-testid="download-raw"
            on:click=move |_| { download_text(&file, &raw, "text/plain"); }>
            {tr.t(N::DownloadRaw)}
        </button>
    }
}

/// An entry that did not read; its raw text is kept aside under `key`.
pub fn quarantined(store: SessionStore, key: String, raw: String, error: DecodeError) -> AnyView {
    let tr = use_tr();
    let problem = Problem::Quarantined {
        key: key.clone(),
        raw: raw.clone(),
        error: error.clone(),
    };
    view! {
        <div class="notice" role="alert" data-testid="notice-quarantined">
            <p>{tr.t(N::Quarantined)}</p>
            <p><code>{key.clone()}</code>": "{decode_error(&error, tr.lang())}</p>
            <div class="notice__actions">
                {download_button(&key, raw)}
                {dismiss_button(store, problem)}
            </div>
        </div>
    }
    .into_any()
}

/// An entry that did not read and could not be put aside either: left where it is.
pub fn not_kept_aside(
    store: SessionStore,
    key: String,
    raw: String,
    error: DecodeError,
    failure: SaveError,
) -> AnyView {
    let tr = use_tr();
    let problem = Problem::NotKeptAside {
        key: key.clone(),
        raw: raw.clone(),
        error: error.clone(),
        failure: failure.clone(),
    };
    view! {
        <div class="notice" role="alert" data-testid="notice-not-kept-aside">
            <p>{tr.t(N::NotKeptAside)}</p>
            <p><code>{key.clone()}</code>": "{decode_error(&error, tr.lang())}
                " ("{save_error(&failure, tr.lang())}")"</p>
            <div class="notice__actions">
                {download_button(&key, raw)}
                {dismiss_button(store, problem)}
            </div>
        </div>
    }
    .into_any()
}

/// Entries put aside on an earlier visit, each to download or throw away.
pub fn kept_aside(store: SessionStore, entries: Vec<(String, String)>) -> AnyView {
    let tr = use_tr();
    let problem = Problem::KeptAside(entries.clone());
    let rows = entries
        .into_iter()
        .map(|(key, raw)| {
            let gone = key.clone();
            view! {
                <li>
                    <code>{key.clone()}</code>" "
                    {download_button(&key, raw)}
                    " "
                    <button type="button" class="button button--ghost" data-testid="kept-aside-discard"
                        on:click=move |_| { let _ = store.discard_kept_aside(&gone); }>
                        {tr.t(N::Discard)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="notice" role="status" data-testid="notice-kept-aside">
            <p>{tr.t(N::KeptAside)}</p>
            <ul class="notice__list">{rows}</ul>
            <div class="notice__actions">{dismiss_button(store, problem)}</div>
        </div>
    }
    .into_any()
}

/// Sessions storage no longer has.
pub fn missing(store: SessionStore, sessions: Vec<(String, String)>) -> AnyView {
    let problem = Problem::Missing(sessions.clone());
    let said = SessionsNotice {
        text: N::Missing,
        role: "alert",
        testid: "notice-missing",
        row_testid: "missing-session",
    };
    sessions_notice(store, problem, sessions, said)
}

/// Sessions put back in the trash from a damaged trash list's text.
pub fn trash_recovered(store: SessionStore, sessions: Vec<(String, String)>) -> AnyView {
    let problem = Problem::TrashRecovered(sessions.clone());
    let said = SessionsNotice {
        text: N::TrashRecovered,
        role: "status",
        testid: "notice-trash-recovered",
        row_testid: "recovered-session",
    };
    sessions_notice(store, problem, sessions, said)
}

/// How a notice that lists sessions by title is worded and marked.
struct SessionsNotice {
    text: N,
    role: &'static str,
    testid: &'static str,
    row_testid: &'static str,
}

/// A notice: one sentence, the sessions by title (`(id, title)`), and its dismiss button.
fn sessions_notice(
    store: SessionStore,
    problem: Problem,
    sessions: Vec<(String, String)>,
    said: SessionsNotice,
) -> AnyView {
    let tr = use_tr();
    let rows = sessions
        .into_iter()
        .map(|(id, title)| {
            let name = shown_title(title, tr);
            view! { <li data-testid=said.row_testid data-id=id>{name}</li> }
        })
        .collect_view();
    view! {
        <div class="notice" role=said.role data-testid=said.testid>
            <p>{tr.t(said.text)}</p>
            <ul class="notice__list">{rows}</ul>
            <div class="notice__actions">{dismiss_button(store, problem)}</div>
        </div>
    }
    .into_any()
}

/// A session's title as a notice names it ("Naamloze sessie" for none).
fn shown_title(title: String, tr: Tr) -> String {
    session_title(&title, tr.lang())
}

/// Sessions that read only after a repair, with what was adjusted.
pub fn repaired(store: SessionStore, list: Vec<Repaired>) -> AnyView {
    let tr = use_tr();
    let problem = Problem::Repaired(list.clone());
    let rows = list
        .into_iter()
        .map(|r| {
            let name = shown_title(r.title.clone(), tr);
            let what = r
                .violations
                .iter()
                .take(5)
                .map(|v| format!("{}: {}", v.path, bound_expected(&v.bound, tr.lang())))
                .collect::<Vec<_>>()
                .join("; ");
            let kept = match &r.kept {
                Ok(key) => key.clone(),
                Err(e) => format!("{} ({})", tr.t(N::NotKeptCopy), save_error(e, tr.lang())),
            };
            view! {
                <li data-testid="repaired-session">
                    <strong>{name}</strong>" "{what}" — "<code>{kept}</code>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="notice" role="status" data-testid="notice-repaired">
            <p>{tr.t(N::Repaired)}</p>
            <ul class="notice__list">{rows}</ul>
            <div class="notice__actions">{dismiss_button(store, problem)}</div>
        </div>
    }
    .into_any()
}
