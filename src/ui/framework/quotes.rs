//! The example quotes of a theme, one tap away, with the focus-group legend.

use leptos::prelude::*;

use crate::i18n::source;
use crate::ui::widgets::source_lang::use_source_lang;

use crate::i18n::tables::FrameworkText as F;
use crate::i18n::tables::MeetingText as M;
use crate::model::framework::{framework, Theme};
use crate::ui::state::use_tr;

/// A disclosure with a theme's voorbeeldcitaten, each with its focus group spelled out.
#[component]
pub fn ThemeQuotes(
    /// The theme whose quotes are shown.
    theme: &'static Theme,
) -> impl IntoView {
    let tr = use_tr();
    let sl = use_source_lang();
    let f = framework();
    let count = theme.quotes.len();
    let quotes = theme
        .quotes
        .iter()
        .map(|q| {
            let who = f
                .focus_group(q.group)
                .map(|g| source::focus_group(g, sl))
                .unwrap_or_default();
            view! {
                <li class="quote">
                    <blockquote lang=sl.code()>{source::quote(q, sl)}</blockquote>
                    <p class="quote__source">
                        {tr.t(F::FocusGroup)} " " {q.group.letter().to_string()} ": "
                        <span lang=sl.code()>{who}</span>
                    </p>
                </li>
            }
        })
        .collect_view();
    let legend = f
        .focus_groups
        .iter()
        .map(|g| {
            view! {
                <dt>{g.group.letter().to_string()}</dt>
                <dd lang=sl.code()>{source::focus_group(g, sl)}</dd>
            }
        })
        .collect_view();
    // In meeting mode the open quotes cover the screen; this button (shown only there, by
    // the style sheet) and Escape close them again, as a team expects of an overlay.
    let details = NodeRef::<leptos::html::Details>::new();
    let close = move || {
        if let Some(d) = details.get_untracked() {
            let _ = d.remove_attribute("open");
        }
    };
    (count > 0).then(|| {
        view! {
            <details class="disclosure quotes" data-testid=format!("quotes-{}", theme.id)
                node_ref=details
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        close();
                    }
                }>
                <summary>{move || format!("{} ({count})", tr.t(F::Quotes))}</summary>
                <button type="button" class="button quotes__close"
                    data-testid=format!("quotes-close-{}", theme.id) on:click=move |_| close()>
                    {tr.t(M::HideQuotes)}
                </button>
                <ul class="quotes__list">{quotes}</ul>
                <div class="quotes__legend">
                    <p lang=sl.code()>{source::focus_group_intro(sl)}</p>
                    <dl class="legend">{legend}</dl>
                </div>
            </details>
        }
    })
}
