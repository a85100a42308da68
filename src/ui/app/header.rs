//! The header: app name, main navigation, language and smartboard switches.

use leptos::prelude::*;

use crate::i18n::tables::{Nav, Shell};
use crate::ui::state::Route;
use crate::ui::state::{use_app, use_tr};

/// The top bar with the main navigation.
#[component]
pub fn AppHeader() -> impl IntoView {
    let app = use_app();
    let tr = use_tr();
    let links = Route::NAV
        .iter()
        .map(|route| {
            let route = route.clone();
            let href = route.href();
            let testid = format!("nav-{}", route.slug());
            let label = route.label();
            let target = route.clone();
            let current = move || (app.route.get() == target).then_some("page");
            view! {
                <li class="main-nav__item">
                    <a class="main-nav__link" href=href data-testid=testid aria-current=current>
                        {tr.t(label)}
                    </a>
                </li>
            }
        })
        .collect_view();

    let toggle_lang = move |_| {
        app.lang.update(|l| *l = l.other());
        // The switch builds the page again in the other language; give focus back to the
        // new switch, so a keyboard user does not start over at the top of the page.
        set_timeout(
            || crate::ui::browser::page::focus_selector("[data-testid=lang-switch]"),
            std::time::Duration::ZERO,
        );
    };
    let toggle_board = move |_| app.smartboard.update(|on| *on = !*on);

    view! {
        <header class="app-header">
            <div class="app-header__brand">
                <span class="app-header__name">{tr.t(Shell::AppName)}</span>
                <span class="app-header__tagline">{tr.t(Shell::Tagline)}</span>
            </div>
            <nav class="main-nav" aria-label=tr.t(Nav::MainMenu)>
                <ul class="main-nav__list">{links}</ul>
            </nav>
            <div class="app-header__switches">
                <button
                    type="button"
                    class="button button--ghost"
                    data-testid="lang-switch"
                    title=tr.t(Shell::SwitchToOtherHint)
                    lang=tr.lang().other().code()
                    on:click=toggle_lang
                >
                    {tr.t(Shell::SwitchToOther)}
                </button>
                <button
                    type="button"
                    class="button button--ghost"
                    data-testid="smartboard-switch"
                    aria-pressed=move || app.smartboard.get().to_string()
                    title=tr.t(Shell::SmartboardHint)
                    on:click=toggle_board
                >
                    {tr.t(Shell::Smartboard)}
                </button>
            </div>
        </header>
    }
}
