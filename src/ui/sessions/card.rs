//! One session in the home list, with its actions.

use leptos::prelude::*;

use crate::i18n::tables::{MeetingText as M, SessionsText as S};
use crate::i18n::words::date_words;
use crate::i18n::words::session_title;
use crate::model::session::summary::Summary;
use crate::ui::browser::page;
use crate::ui::sessions::take_along::TakeAlong;
use crate::ui::state::use_store;
use crate::ui::state::use_tr;
use crate::ui::state::Route;
use crate::ui::widgets::keeping::CopyLine;
use crate::ui::widgets::next_meeting::NextMeeting;

/// A list item: title, school, date and the open / duplicate / delete buttons.
#[component]
pub fn SessionCard(id: String, on_delete: Callback<String>) -> impl IntoView {
    let store = use_store();
    let tr = use_tr();
    let id = StoredValue::new(id);
    let field = move |f: fn(Summary) -> String| {
        id.with_value(|id| store.summary(id).map(f))
            .unwrap_or_default()
    };
    let title = move || session_title(&field(|s| s.title), tr.lang());
    let school = move || field(|s| s.school);
    let date = move || date_words(&field(|s| s.date), tr.lang());
    let is_open = move || store.open_id().as_deref() == Some(id.get_value().as_str());

    let open = move |_| {
        store.open_session(&id.get_value());
    };
    let open_and_go = move |_| {
        if store.open_session(&id.get_value()) {
            page::set_hash(&Route::Pyramid.href());
        }
    };
    let duplicated = Callback::new(move |new: String| {
        store.open_session(&new);
    });
    view! {
        <li class="session-card" class:session-card--open=is_open data-testid="session-item"
            data-session-id=id.get_value()>
            <div class="session-card__text">
                <span class="session-card__title" data-testid="session-item-title">{title}</span>
                <span class="session-card__meta">{school}" · "{date}</span>
                <CopyLine id=id.get_value()/>
            </div>
            <div class="session-card__actions">
                <Show
                    when=is_open
                    fallback=move || view! {
                        <button type="button" class="button" data-testid="session-open" on:click=open>
                            {tr.t(S::Open)}
                        </button>
                    }
                >
                    <button type="button" class="button" data-testid="session-go" on:click=open_and_go>
                        {tr.t(S::IsOpen)}
                    </button>
                </Show>
                <button type="button" class="button" data-testid="meeting-start"
                    title=tr.t(M::StartHint) on:click=move |_| store.start_meeting(&id.get_value())>
                    {tr.t(M::Start)}
                </button>
                <NextMeeting id=id.get_value() done=duplicated label=S::Duplicate/>
                <TakeAlong id=id.get_value()/>
                <button type="button" class="button button--danger" data-testid="session-delete"
                    on:click=move |_| on_delete.run(id.get_value())>
                    {tr.t(S::Delete)}
                </button>
            </div>
        </li>
    }
}
