//! Export all sessions to a file, and import files by picker or by dropping them on the page.
//!
//! Import always adds (copies when an id is taken, see [`SessionStore::add_sessions`]) and
//! never overwrites; a file that cannot be read says which field and value are wrong.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::errors::decode_error;
use crate::i18n::tables::TransferText as T;
use crate::i18n::{fill, format_count, Lang, Text};
use crate::ui::browser::files::{files_of, read_bytes};
use crate::ui::state::export::Exported;
use crate::ui::state::use_tr;
use crate::ui::state::{use_store, ImportReport, SessionStore};

/// Export and import of session files, for the sessions home.
#[component]
pub fn TransferPanel() -> impl IntoView {
    let store = use_store();
    let tr = use_tr();
    let outcomes = store.imports;
    let export_note = RwSignal::new(None::<T>);
    // dragenter/dragleave fire for every child element crossed; a depth count tells when
    // the pointer really left the page.
    let drag_depth = RwSignal::new(0_i32);

    let export_all = move |_| {
        let note = match store.export_all(tr.lang()) {
            Exported::Offered => None,
            Exported::Nothing => Some(T::ExportNothing),
            Exported::Failed => Some(T::ExportFailed),
        };
        export_note.set(note);
    };

    let import_files = move |files: Vec<web_sys::File>| {
        outcomes.set(Vec::new());
        for file in files {
            read_and_import(store, file);
        }
    };

    let on_pick = move |ev: ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        import_files(files_of(input.files()));
        // Choosing the same file again must fire `change` again.
        input.set_value("");
    };

    let has_files = |ev: &web_sys::DragEvent| {
        ev.data_transfer()
            .is_some_and(|dt| dt.types().includes(&"Files".into(), 0))
    };
    let enter = window_event_listener(ev::dragenter, move |ev| {
        if has_files(&ev) {
            drag_depth.update(|d| *d += 1);
        }
    });
    let over = window_event_listener(ev::dragover, move |ev| {
        if has_files(&ev) {
            // Without this the browser would open the file instead of letting us drop it.
            ev.prevent_default();
            if let Some(dt) = ev.data_transfer() {
                dt.set_drop_effect("copy");
            }
        }
    });
    let leave = window_event_listener(ev::dragleave, move |ev| {
        if has_files(&ev) {
            drag_depth.update(|d| *d = (*d - 1).max(0));
        }
    });
    let drop = window_event_listener(ev::drop, move |ev| {
        drag_depth.set(0);
        let files = ev.data_transfer().map(|dt| files_of(dt.files()));
        if let Some(files) = files.filter(|f| !f.is_empty()) {
            ev.prevent_default();
            import_files(files);
        }
    });
    on_cleanup(move || {
        enter.remove();
        over.remove();
        leave.remove();
        drop.remove();
    });

    let outcome_view = move |outcome: ImportReport| {
        match outcome {
        ImportReport::Reading { file, done, total, storing, .. } => view! {
            <p class="transfer__result" role="status" data-testid="import-reading">
                {tr.t(if storing { T::Storing } else { T::Reading })}" "<strong>{file}</strong>
                {(total > 1).then(|| {
                    let text = if storing { T::StoringProgress } else { T::ReadingProgress };
                    let count = |n: usize| format_count(n as u64, tr.lang());
                    format!(" {}", fill(tr.t(text), &[("done", &count(done)), ("total", &count(total))]))
                })}
            </p>
        }
        .into_any(),
        ImportReport::Added {
            stored,
            not_stored,
            copies,
        } => view! {
            <p class="transfer__result" role="status" data-testid="import-result">
                // "Contains no sessions" only when it held none: sessions that could not be
                // stored are said as such below.
                {(stored > 0 || not_stored == 0).then(|| added_text(stored, tr.lang()))}
                {(not_stored > 0).then(|| view! {
                    " " <strong data-testid="import-not-stored">{fill(
                        tr.t(T::NotStoredSome),
                        &[("count", &format_count(not_stored as u64, tr.lang()))],
                    )}</strong>
                })}
                {copies.then(|| view! { " " {tr.t(T::AddedCopyNote)} })}
            </p>
        }
        .into_any(),
        ImportReport::Invalid { file, error } => view! {
            <div class="notice transfer__error" role="alert" data-testid="import-error">
                <p>{tr.t(T::ImportFailedIn)}" "<strong>{file.clone()}</strong>":"</p>
                <p>{move || decode_error(&error, tr.lang())}</p>
            </div>
        }
        .into_any(),
        ImportReport::Unreadable { file } => view! {
            <div class="notice transfer__error" role="alert" data-testid="import-error">
                <p>{tr.t(T::ImportFailedIn)}" "<strong>{file.clone()}</strong>":"</p>
                <p>{tr.t(T::ReadFailed)}</p>
            </div>
        }
        .into_any(),
    }
    };

    view! {
        <section class="transfer no-print" data-testid="transfer-panel" aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">{tr.t(T::Heading)}</h2>
            <p class="transfer__intro">{tr.t(T::Intro)}</p>
            <div class="transfer__actions">
                <button type="button" class="button" data-testid="export-all"
                    title=tr.t(T::ExportAllHint) on:click=export_all>
                    {tr.t(T::ExportAll)}
                </button>
                <label class="button button--ghost transfer__pick">
                    {tr.t(T::Import)}
                    <input type="file" accept=".json,application/json" class="transfer__file"
                        data-testid="import-file" on:change=on_pick/>
                </label>
            </div>
            <p class="field__hint">{tr.t(T::ImportHint)}</p>
            {move || export_note.get().map(|note| view! {
                <p class="transfer__note" role="status" data-testid="export-note">{tr.t(note)}</p>
            })}
            <div class="transfer__outcomes" aria-live="polite">
                {move || outcomes.get().into_iter().map(outcome_view).collect_view()}
            </div>
            <Show when=move || { drag_depth.get() > 0 }>
                <div class="transfer__drop-hint" data-testid="drop-hint" aria-hidden="true">
                    <p>{tr.t(T::DropHint)}</p>
                </div>
            </Show>
        </section>
    }
}

/// "1 sessie toegevoegd." / "3 sessies toegevoegd." / "Het bestand bevat geen sessies."
fn added_text(count: usize, lang: Lang) -> String {
    match count {
        0 => T::AddedNone.get(lang).to_string(),
        1 => T::AddedOne.get(lang).to_string(),
        n => format!(
            "{} {}",
            format_count(n as u64, lang),
            T::AddedMany.get(lang)
        ),
    }
}

/// Reads `file`'s bytes in the background and imports them (see
/// [`SessionStore::import_file`]); a file over the limit is refused before it is read.
fn read_and_import(store: SessionStore, file: web_sys::File) {
    let Some(import) = store.begin_import(file.name(), file.size() as usize) else {
        return;
    };
    let reading = import.clone();
    let started = read_bytes(&file, move |bytes| match bytes {
        Some(bytes) => store.import_file(reading, bytes),
        None => store.import_unreadable(&reading),
    });
    if !started {
        store.import_unreadable(&import);
    }
}
