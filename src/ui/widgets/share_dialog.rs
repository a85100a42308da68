//! The share dialog: a link whose fragment carries the whole session, and its QR code.
//!
//! The fragment never reaches a server. The link is built from this page's own address, so
//! it works wherever the app is hosted (site root or a sub-path).

use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use crate::i18n::tables::TransferText as T;
use crate::storage::{qr_svg, share_fragment};
use crate::ui::browser::clipboard::copy_text;
use crate::ui::state::use_store;
use crate::ui::state::use_tr;

/// How the last copy attempt went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CopyState {
    Idle,
    Done,
    Manual,
}

/// A modal dialog with the share link of session `id`, a copy button and the QR code.
#[component]
pub fn ShareDialog(id: String, on_close: Callback<()>) -> impl IntoView {
    let store = use_store();
    let tr = use_tr();
    let url = store.latest(&id).and_then(|session| {
        let base = crate::ui::browser::page::address()?;
        Some(format!("{base}{}", share_fragment(&session).ok()?))
    });
    let copied = RwSignal::new(CopyState::Idle);
    let input = NodeRef::<html::Input>::new();

    let escape = window_event_listener(ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            on_close.run(());
        }
    });
    on_cleanup(move || escape.remove());
    // Start on the link, selected, so Ctrl+C works at once.
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let _ = el.focus();
            el.select();
        }
    });

    let body = match url {
        None => view! {
            <p class="notice" role="alert" data-testid="share-failed">{tr.t(T::ShareFailed)}</p>
        }
        .into_any(),
        Some(url) => {
            let qr = match qr_svg(&url) {
                Ok(svg) => {
                    // The XML prologue means nothing inside HTML; drop it. The rest is our
                    // own path data (no user text, no style attribute), so inner_html is safe.
                    let svg = svg
                        .find("<svg")
                        .map_or(svg.clone(), |at| svg[at..].to_string());
                    view! {
                        <div class="share-dialog__qr" role="img" data-testid="share-qr"
                            aria-label=tr.t(T::QrLabel) inner_html=svg></div>
                    }
                    .into_any()
                }
                Err(_) => {
                    let id = id.clone();
                    view! {
                        <div class="notice share-dialog__too-long" data-testid="share-too-long">
                            <p>{tr.t(T::TooLong)}</p>
                            <button type="button" class="button" data-testid="share-export-file"
                                on:click=move |_| { store.export_one(&id, tr.lang()); }>
                                {tr.t(T::ExportInstead)}
                            </button>
                        </div>
                    }
                    .into_any()
                }
            };
            let text = url.clone();
            let copy = move |_| {
                let text = text.clone();
                copy_text(&text, input, move |ok| {
                    copied.set(if ok {
                        CopyState::Done
                    } else {
                        CopyState::Manual
                    });
                });
            };
            view! {
                <label class="field" for="share-url">{tr.t(T::ShareUrlLabel)}</label>
                <div class="share-dialog__url-row">
                    <input id="share-url" class="field__input share-dialog__url" type="text" readonly
                        data-testid="share-url" node_ref=input prop:value=url/>
                    <button type="button" class="button" data-testid="share-copy" on:click=copy>
                        {tr.t(T::Copy)}
                    </button>
                </div>
                <p class="share-dialog__copied" role="status" data-testid="share-copied">
                    {move || match copied.get() {
                        CopyState::Idle => "",
                        CopyState::Done => tr.t(T::Copied),
                        CopyState::Manual => tr.t(T::CopyManual),
                    }}
                </p>
                {qr}
            }
            .into_any()
        }
    };

    view! {
        <div class="modal" on:click=move |ev| {
            // A click on the dimmed backdrop (not inside the dialog) closes it.
            if ev.target() == ev.current_target() {
                on_close.run(());
            }
        }>
            <div class="modal__dialog share-dialog" role="dialog" aria-modal="true"
                aria-labelledby="share-dialog-title" data-testid="share-dialog">
                <h2 id="share-dialog-title">{tr.t(T::ShareTitle)}</h2>
                <p>{tr.t(T::ShareIntro)}</p>
                <p class="share-dialog__privacy" data-testid="share-privacy">{tr.t(T::SharePrivacy)}</p>
                {body}
                <div class="share-dialog__footer">
                    <button type="button" class="button button--ghost" data-testid="share-close"
                        on:click=move |_| on_close.run(())>
                        {tr.t(T::CloseDialog)}
                    </button>
                </div>
            </div>
        </div>
    }
}
