//! The root component: state, routing and the page frame.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::tables::Shell;
use crate::ui::app_header::AppHeader;
use crate::ui::placeholder_screen::PlaceholderScreen;
use crate::ui::privacy_page::PrivacyPage;
use crate::ui::route::Route;
use crate::ui::state::AppState;

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let settings = crate::ui::settings::load();
    let state = AppState {
        lang: RwSignal::new(settings.lang),
        smartboard: RwSignal::new(settings.smartboard),
        route: RwSignal::new(Route::parse(&current_hash())),
    };
    provide_context(state);

    let _hash_listener = window_event_listener(leptos::ev::hashchange, move |_| {
        state.route.set(Route::parse(&current_hash()));
    });

    // Keep <html lang> and the smartboard class in step, and remember the choice.
    Effect::new(move |_| {
        let lang = state.lang.get();
        let smartboard = state.smartboard.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
            let _ = root
                .class_list()
                .toggle_with_force("smartboard", smartboard);
        }
        crate::ui::settings::save(&crate::ui::settings::Settings { lang, smartboard });
    });

    let tr = state.tr();
    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main") {
                let _ = main.unchecked_ref::<web_sys::HtmlElement>().focus();
            }
        }>{move || tr.t(Shell::SkipToContent)}</a>
        <AppHeader/>
        <main id="main" class="app-main" tabindex="-1" data-testid="main">
            {move || screen(state.route.get())}
        </main>
        <footer class="app-footer">
            <p data-testid="privacy-promise">{move || tr.t(Shell::PrivacyPromise)}</p>
        </footer>
    }
}

fn screen(route: Route) -> AnyView {
    match route {
        Route::Privacy => view! { <PrivacyPage/> }.into_any(),
        other => view! { <PlaceholderScreen route=other/> }.into_any(),
    }
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}
