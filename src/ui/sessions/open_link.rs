//! Opening a share link: show what it holds, and add it as a copy only when confirmed.

use leptos::prelude::*;

use crate::i18n::errors::share_error;
use crate::i18n::format_count;
use crate::i18n::tables::{NoticeText, TransferText as T};
use crate::model::pyramid::Scenario;
use crate::model::Session;
use crate::storage::read_share;
use crate::ui::state::use_tr;
use crate::ui::state::Route;
use crate::ui::state::{use_store, ImportReport};

/// The preview and confirmation for `#/import/<payload>`.
#[component]
pub fn ImportScreen(payload: String) -> impl IntoView {
    let store = use_store();
    let tr = use_tr();
    let decoded = read_share(&payload);
    let busy = RwSignal::new(false);

    let body = match decoded {
        Err(error) => view! {
            <div class="notice" role="alert" data-testid="import-error">
                <p>{tr.t(T::ImportBroken)}</p>
                <p><strong>{move || share_error(&error, tr.lang())}</strong></p>
                <p>{tr.t(T::ImportAskSender)}</p>
            </div>
            <div class="import__actions">
                <button type="button" class="button" data-testid="import-cancel"
                    on:click=move |_| leave_import()>
                    {tr.t(T::BackHome)}
                </button>
            </div>
        }
        .into_any(),
        Ok(shared) => {
            let checked = shared.checked;
            let sessions = StoredValue::new(shared.document.sessions);
            let confirm = move |_| {
                // A double click must not add the session twice.
                if busy.get_untracked() {
                    return;
                }
                busy.set(true);
                let list = sessions.get_value();
                let original: Vec<String> = list.iter().map(|s| s.id.clone()).collect();
                let added = store.add_sessions(list);
                // The home screen says what was stored; what was not stays in memory and
                // the notice at the top offers it as a file.
                store.imports.set(vec![ImportReport::of(&added, &original)]);
                if let Some(first) = added.ids.first() {
                    store.open_session(first);
                }
                leave_import();
            };
            view! {
                <p class="screen__intro">{tr.t(T::ImportIntro)}</p>
                {(!checked).then(|| view! {
                    <p class="notice" role="status" data-testid="import-unchecked">{tr.t(NoticeText::Unchecked)}</p>
                })}
                <ul class="import__list">
                    {sessions.get_value().iter().map(preview).collect_view()}
                </ul>
                <div class="import__actions">
                    <button type="button" class="button" data-testid="import-confirm"
                        disabled=move || busy.get() on:click=confirm>
                        {tr.t(T::ImportConfirm)}
                    </button>
                    <button type="button" class="button button--ghost" data-testid="import-cancel"
                        on:click=move |_| leave_import()>
                        {tr.t(T::ImportCancel)}
                    </button>
                </div>
            }
            .into_any()
        }
    };

    view! {
        <section class="screen import" data-testid="screen-import">
            <h1>{tr.t(T::ImportTitle)}</h1>
            {body}
        </section>
    }
}

/// One session as it will be added: its names as plain text, and how much it holds.
fn preview(session: &Session) -> impl IntoView {
    let tr = use_tr();
    let or = |text: &str, empty: T| {
        let text = text.trim().to_string();
        move || {
            if text.is_empty() {
                tr.t(empty).to_string()
            } else {
                text.clone()
            }
        }
    };
    let activities = session.pyramid.activities(Scenario::Current).len()
        + session.pyramid.activities(Scenario::Planned).len();
    let counts = [
        (
            T::CountParticipants,
            session.participants.len(),
            "participants",
        ),
        (T::CountActivities, activities, "activities"),
        (T::CountMarks, session.analysis.marks.len(), "marks"),
        (T::CountAnswers, session.answers.items.len(), "answers"),
        (T::CountActions, session.actions.len(), "actions"),
    ];
    view! {
        <li class="import__item" data-testid="import-preview">
            <dl class="import__facts">
                <dt>{tr.t(T::FieldTitle)}</dt>
                <dd data-testid="import-title">{or(&session.title, T::NoTitle)}</dd>
                <dt>{tr.t(T::FieldSchool)}</dt>
                <dd data-testid="import-school">{or(&session.school, T::NoSchool)}</dd>
                <dt>{tr.t(T::FieldDate)}</dt>
                <dd data-testid="import-date">{or(&session.date, T::NoDate)}</dd>
                {counts.into_iter().map(|(label, n, slug)| view! {
                    <dt>{tr.t(label)}</dt>
                    <dd data-testid=format!("import-count-{slug}")>
                        {move || format_count(n as u64, tr.lang())}
                    </dd>
                }).collect_view()}
            </dl>
        </li>
    }
}

/// Goes to the sessions home, replacing the import entry in the history: the link holds the
/// whole session, and Back should not offer to import it again.
fn leave_import() {
    crate::ui::browser::page::replace_hash(&Route::Home.href());
}
