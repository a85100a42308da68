//! The Raamwerk in meeting mode, one page at a time: first everyone on their own phone (the
//! answer page's QR code, the answers coming in, the heat map they make), then each of the
//! 14 themes with its rows and big mark buttons (reading and marking together, for a team
//! that marks at the board), then each marked row with the six questions, then where the
//! team sees it differently. Who is marking is on the pages where marking happens; a
//! theme's quotes are one tap away.

use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::source;
use crate::i18n::tables::{MeetingText as M, RoleText};
use crate::model::answers::Asks;
use crate::model::framework::{framework, Perspective, Theme};
use crate::model::Role;
use crate::ui::framework::disagreements::Disagreements;
use crate::ui::framework::explain::ExplainCard;
use crate::ui::framework::heatmap::HeatMap;
use crate::ui::framework::mark::MarkRow;
use crate::ui::framework::quotes::ThemeQuotes;
use crate::ui::state::meeting::step_page;
use crate::ui::state::{use_tr, use_view, OpenSession};
use crate::ui::widgets::answers::PhoneRound;
use crate::ui::widgets::source_lang::{use_source_lang, OriginalToggle, SourceScope};

/// Every theme with its perspective, in the source's order.
fn themes() -> Vec<(&'static Perspective, &'static Theme)> {
    framework().themes().collect()
}

/// The Raamwerk step of a meeting.
#[component]
pub fn FrameworkMeeting() -> impl IntoView {
    let open = expect_context::<OpenSession>();
    let role = use_view().marking_role;
    if role.get_untracked().is_none() {
        let first = open.with_untracked(|s| s.participants.first().map(|p| p.role));
        role.set(Some(first.unwrap_or(Role::Teacher)));
    }
    let marked = Memo::new(move |_| {
        open.with(|s| {
            s.recognition()
                .marked_rows()
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
    });
    let theme_count = themes().len() as u16;
    // Page 0 is the phones' page; the themes follow.
    let page = step_page(move || 1 + theme_count + marked.with(Vec::len) as u16 + 1);
    let body = move || {
        let p = page.get();
        if p == 0 {
            return view! {
                <div class="framework-meeting__phones" data-testid="meeting-phones-page">
                    <PhoneRound asks=Asks::BOTH board=true/>
                    <HeatMap perspectives_only=true/>
                </div>
            }
            .into_any();
        }
        let p = p - 1;
        if p < theme_count {
            let (perspective, theme) = themes()[usize::from(p)];
            view! { <ThemePage perspective theme number=p + 1 total=theme_count/> }.into_any()
        } else if let Some(row) = marked.with(|m| m.get(usize::from(p - theme_count)).cloned()) {
            let n = p - theme_count + 1;
            let total = marked.with(Vec::len);
            view! {
                <div class="framework-meeting__explain" data-testid="meeting-explain-page">
                    <p class="framework-meeting__count">
                        {move || fill(use_tr().t(M::ExplainOf), &[("n", &n.to_string()), ("total", &total.to_string())])}
                    </p>
                    <ul class="explain-list"><ExplainCard row/></ul>
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="framework-meeting__overview" data-testid="meeting-overview-page">
                    <Disagreements/>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <section class="framework-meeting" data-testid="meeting-framework">
            <div class="framework-meeting__head">
                // Who is marking, only where marking happens: the theme pages.
                {move || (1..=theme_count).contains(&page.get()).then(|| view! { <MarkingRole/> })}
                <OriginalToggle/>
            </div>
            <SourceScope>{body}</SourceScope>
        </section>
    }
}

/// Who is marking now: the roles at the table (all roles when nobody is registered yet).
#[component]
fn MarkingRole() -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let role = use_view().marking_role;
    let roles = move || {
        let mut list = crate::model::order::sorted_unique(
            open.with(|s| s.participants.iter().map(|p| p.role).collect::<Vec<Role>>()),
        );
        if list.is_empty() {
            list = Role::ALL.to_vec();
        }
        list
    };
    view! {
        <div class="marking-role" role="group" aria-labelledby="marking-role-label" data-testid="marking-role">
            <span class="marking-role__label" id="marking-role-label">{tr.t(M::MarkingNow)}</span>
            {move || roles().into_iter().map(|r| view! {
                <button type="button" class="button button--ghost role-picker__button"
                    data-testid=format!("role-pick-{}", r.slug())
                    aria-pressed=move || (role.get() == Some(r)).to_string()
                    on:click=move |_| role.set(Some(r))>
                    {tr.t(RoleText::from(r))}
                </button>
            }).collect_view()}
        </div>
    }
}

/// One theme: its name, its rows with the mark buttons, and its quotes behind a tap.
#[component]
fn ThemePage(
    perspective: &'static Perspective,
    theme: &'static Theme,
    number: u16,
    total: u16,
) -> impl IntoView {
    let tr = use_tr();
    let sl = use_source_lang();
    let role = use_view().marking_role;
    let rows = theme
        .rows
        .iter()
        .map(|row| view! { <MarkRow row role/> })
        .collect_view();
    view! {
        <article class="framework-meeting__theme" data-testid=format!("meeting-theme-{}", theme.id)>
            <header class="framework-meeting__theme-head">
                <p class="framework-meeting__count">
                    {fill(tr.t(M::ThemeOf), &[("n", &number.to_string()), ("total", &total.to_string())])}
                    " · "
                    <span lang=sl.code()>{source::perspective_name(perspective, sl)}</span>
                </p>
                <h2 lang=sl.code()>{source::theme_name(theme, sl)}</h2>
            </header>
            <ul class="mark-list">{rows}</ul>
            <ThemeQuotes theme/>
        </article>
    }
}
