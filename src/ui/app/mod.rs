//! The root component: stores, routing and the page frame.

pub(crate) mod answer_link;
pub(crate) mod header;
pub(crate) mod meeting;
pub(crate) mod no_session;
pub(crate) mod notices;
pub(crate) mod privacy;
pub(crate) mod screen_intro;
pub(crate) mod scroll;

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::tables::Shell as ShellText;
use crate::storage::Settings;
use crate::ui::actions::ActionsScreen;
use crate::ui::app::answer_link::AnswerLinkScreen;
use crate::ui::app::header::AppHeader;
use crate::ui::app::meeting::MeetingScreen;
use crate::ui::app::no_session::NoSessionNotice;
use crate::ui::app::notices::StorageNotices;
use crate::ui::app::privacy::PrivacyPage;
use crate::ui::app::screen_intro::ScreenIntro;
use crate::ui::browser::page;
use crate::ui::framework::FrameworkScreen;
use crate::ui::ladder::LadderScreen;
use crate::ui::progress::ProgressScreen;
use crate::ui::pyramid::PyramidScreen;
use crate::ui::report::ReportScreen;
use crate::ui::sessions::open_link::ImportScreen;
use crate::ui::sessions::HomeScreen;
use crate::ui::state::store::SessionStore;
use crate::ui::state::OpenSession;
use crate::ui::state::Route;
use crate::ui::state::{by_language, use_tr, AppState, ViewState};

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let (store, settings) = SessionStore::init();
    provide_context(store);
    store.install_autosave();
    if let Some(id) = &settings.last_open {
        store.open_session(id);
    }
    // The first screen may list from the index; every session is read and checked right
    // after it is painted (a frame, then a task), so damage is still found this visit.
    request_animation_frame(move || {
        set_timeout(
            move || {
                store.ensure_loaded();
                store.check_keeping();
            },
            Duration::ZERO,
        )
    });
    let state = AppState {
        lang: RwSignal::new(settings.language),
        smartboard: RwSignal::new(settings.smartboard),
        route: RwSignal::new(Route::parse(&page::hash())),
        update_ready: RwSignal::new(page::update_waiting()),
    };
    provide_context(state);
    provide_context(ViewState::new());

    // The service worker's page script says so when a new version waits (static/register-sw.js).
    let update = window_event_listener(
        leptos::ev::Custom::<leptos::ev::Event>::new("samen-doen-update"),
        move |_| {
            state.update_ready.set(true);
        },
    );
    let scroll = scroll::ScrollMemory::start();
    let hash_listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let next = Route::parse(&page::hash());
        // An answer's link opened in the meeting's own tab: the meeting takes it in and
        // goes on (its count says so); any other tab shows where the answer went.
        if let (Route::Answer(code), Route::Meeting) = (&next, state.route.get_untracked()) {
            let _ = store.take_answer_link(code);
            page::replace_hash(&Route::Meeting.href());
            return;
        }
        let target = scroll.moved();
        state.route.set(next);
        scroll::scroll_after_render(target);
    });
    // A file dropped outside the import area must not make the browser open it and leave
    // the app (and the unsaved meeting) behind.
    let dragover = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let drop = window_event_listener(leptos::ev::drop, |ev| ev.prevent_default());
    on_cleanup(move || {
        hash_listener.remove();
        update.remove();
        dragover.remove();
        drop.remove();
    });

    // Keep <html lang> and the smartboard class in step, and remember the choice.
    Effect::new(move |_| {
        let language = state.lang.get();
        let smartboard = state.smartboard.get();
        let last_open = store.open_id();
        // Meeting mode always has the board's large type, smartboard mode or not.
        page::set_root(
            language.code(),
            smartboard,
            state.route.get() == Route::Meeting,
        );
        store.save_settings(&Settings {
            language,
            smartboard,
            last_open,
        });
    });

    by_language(move || view! { <Frame state=state store=store/> })
}

/// The page frame, built in one language (see [`by_language`]).
#[component]
fn Frame(state: AppState, store: SessionStore) -> impl IntoView {
    let tr = use_tr();
    let meeting = move || state.route.get() == Route::Meeting && store.open.with(Option::is_some);
    let normal = move || {
        view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            page::focus_id("main");
        }>{tr.t(ShellText::SkipToContent)}</a>
        <AppHeader/>
        <main id="main" class="app-main" tabindex="-1" data-testid="main">
            <UpdateNotice/>
            <StorageNotices/>
            {move || {
                let route = state.route.get();
                if route.needs_session() {
                    match store.open.get() {
                        Some(open) => view! { <SessionScope open=open route=route/> }.into_any(),
                        None => view! { <NoSessionNotice route=route/> }.into_any(),
                    }
                } else {
                    free_screen(route)
                }
            }}
        </main>
        <footer class="app-footer">
            <p data-testid="privacy-promise">{tr.t(ShellText::PrivacyPromise)}</p>
        </footer>
        }
    };
    // Meeting mode is the whole page: no header, no long navigation, no footer.
    move || match (meeting(), store.open.get()) {
        (true, Some(open)) => {
            provide_context(open);
            screen(|| view! { <MeetingScreen/> })
        }
        _ => normal().into_any(),
    }
}

/// Screens that work without an open session.
fn free_screen(route: Route) -> AnyView {
    match route {
        Route::Home => screen(|| view! { <HomeScreen/> }),
        Route::Privacy => screen(|| view! { <PrivacyPage/> }),
        Route::Progress => screen(|| view! { <ProgressScreen/> }),
        Route::Import(payload) => view! { <ImportScreen payload=payload/> }.into_any(),
        Route::Answer(code) => view! { <AnswerLinkScreen code=code/> }.into_any(),
        other => view! { <ScreenIntro route=other/> }.into_any(),
    }
}

/// Provides the open session to the screen that shows it.
#[component]
fn SessionScope(open: OpenSession, route: Route) -> impl IntoView {
    provide_context(open);
    match route {
        Route::Pyramid => screen(|| view! { <PyramidScreen/> }),
        Route::Framework => screen(|| view! { <FrameworkScreen/> }),
        Route::Ladder => screen(|| view! { <LadderScreen/> }),
        Route::Actions => screen(|| view! { <ActionsScreen/> }),
        Route::Report => screen(|| view! { <ReportScreen/> }),
        other => view! { <ScreenIntro route=other/> }.into_any(),
    }
}

/// Builds one screen in a function of its own. Each screen is called from one place only,
/// so rustc and wasm-opt would otherwise fold the setup code of every screen into the
/// routing closure: one 58 KB function that the browser compiles whole at the start
/// (4–9.5 ms in traces on the bench machine), although only one of the screens runs.
/// `#[inline(never)]` holds rustc back; wasm-opt, which inlines any function with a single
/// caller, is held back by the size cap in index.html's `data-wasm-opt-params`.
#[inline(never)]
fn screen<V: IntoView + 'static>(build: fn() -> V) -> AnyView {
    build().into_any()
}

/// "Nieuwe versie beschikbaar — herladen": calm, and only on request, never during a
/// meeting by itself.
#[component]
fn UpdateNotice() -> impl IntoView {
    let app = crate::ui::state::use_app();
    let store = crate::ui::state::use_store();
    let tr = use_tr();
    let apply = move |_| {
        // Unsaved changes go out first: the reload is the team's choice, not a loss.
        store.flush();
        page::apply_update();
    };
    view! {
        <Show when=move || app.update_ready.get()>
            <div class="notice notice--calm" role="status" data-testid="update-notice">
                <p>{tr.t(ShellText::UpdateReady)}</p>
                <button type="button" class="button" data-testid="update-reload" on:click=apply>
                    {tr.t(ShellText::UpdateReload)}
                </button>
            </div>
        </Show>
    }
}
