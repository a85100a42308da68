//! The Raamwerk in meeting mode, one page at a time: first everyone on their own phone (the
//! answer page's QR code, the answers coming in, the heat map they make), then each of the
//! 14 themes with its rows and big mark buttons (reading and marking together, for a team
//! that marks at the board; a marked row opens its six questions in place), then where the
//! team sees it differently. Sixteen pages whatever is marked, so "3 van 16" stays true.
//! Who is marking is on the pages where marking happens; a theme's quotes are one tap away.

use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::source;
use crate::i18n::tables::{MeetingText as M, RoleText};
use crate::model::answers::Asks;
use crate::model::framework::{framework, Perspective, Theme};
use crate::model::Role;
use crate::ui::framework::heatmap::HeatMap;
use crate::ui::framework::mark::MarkRow;
use crate::ui::framework::meeting_explain::{ExplainDialog, Explaining};
use crate::ui::framework::meeting_overview::MeetingDifferences;
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
    let theme_count = themes().len() as u16;
    // Page 0 is the phones' page, then the themes, then the differences: a count fixed
    // before anyone marks.
    let page = step_page(move || 1 + theme_count + 1);
    let explaining = RwSignal::new(None::<String>);
    provide_context(Explaining(explaining));
    // A page turn (Volgende, the clicker) closes an open explanation.
    Effect::new(move |_| {
        page.track();
        explaining.set(None);
    });
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
        } else {
            view! {
                <div class="framework-meeting__overview" data-testid="meeting-overview-page">
                    <MeetingDifferences/>
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
            <SourceScope>{body}<ExplainDialog/></SourceScope>
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
        .map(|row| view! { <MarkRow row role board=true/> })
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
