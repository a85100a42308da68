//! The action plan: what, who, by when, status; sorted by due date, overdue ones marked.

pub(crate) mod item;
pub(crate) mod meeting;
pub(crate) mod origin;

use leptos::prelude::*;

use crate::i18n::tables::ActionsText;
use crate::i18n::tables::RoleText;
use crate::i18n::tables::{ActionsText as A, Screens};
use crate::i18n::words::origin_plain;
use crate::model::action::{self, ActionOrigin};
use crate::model::session::search::matches;
use crate::ui::actions::item::ActionItem;
use crate::ui::browser::clock::today_iso;
use crate::ui::state::new_action::{add_action, kept_new_action};
use crate::ui::state::OpenSession;
use crate::ui::state::{use_tr, use_view};
use crate::ui::widgets::text_field::TextField;

/// The session's actions: add, edit, delete with undo, search and "only overdue".
#[component]
pub fn ActionsScreen() -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let today = today_iso();
    let new_what = kept_new_action(open, "new-action");
    let view = use_view();
    let (query, only_overdue) = (view.actions_query, view.only_overdue);
    let message = RwSignal::new(None::<A>);

    let shown = {
        let today = today.clone();
        Memo::new(move |_| {
            let q = query.get();
            let late_only = only_overdue.get();
            open.with(|s| {
                let mut plan = s.actions.clone();
                action::sort_by_due(&mut plan);
                plan.into_iter()
                    .filter(|a| !late_only || a.is_overdue(&today))
                    .filter(|a| {
                        let owner = a.owner.map_or("", |r| tr.t(RoleText::from(r)));
                        let status = tr.t(ActionsText::from(a.status));
                        let origin = origin_plain(&a.origin, tr.lang());
                        matches(
                            &format!("{} {owner} {status} {origin} {}", a.what, a.due),
                            &q,
                        )
                    })
                    .map(|a| a.id)
                    .collect::<Vec<_>>()
            })
        })
    };
    let total = move || open.with(|s| s.actions.len());
    let late = {
        let today = today.clone();
        move || open.with(|s| action::overdue(&s.actions, &today).count())
    };

    let add = move || {
        let what = new_what.get_untracked();
        if what.trim().is_empty() {
            message.set(Some(A::WhatNeeded));
            return;
        }
        add_action(open, what.trim().to_string(), ActionOrigin::Free);
        new_what.set(String::new());
        message.set(Some(A::Added));
    };
    let undo = move |_| {
        if open.undo() {
            message.set(Some(A::Undone));
        }
    };
    let on_delete = Callback::new(move |_| message.set(Some(A::Deleted)));

    view! {
        <section class="screen actions" data-testid="screen-actions">
            <h1>{tr.t(Screens::ActionsTitle)}</h1>
            <p class="screen__intro">{tr.t(Screens::ActionsIntro)}</p>
            <form class="actions__add" on:submit=move |ev| { ev.prevent_default(); add(); }>
                <TextField id="action-new-what" label=A::NewWhat value=new_what/>
                <button type="submit" class="button" data-testid="action-add">
                    {tr.t(A::AddAction)}
                </button>
            </form>
            <div class="actions__toolbar">
                <TextField id="action-search" kind="search" label=A::Search value=query/>
                <button
                    type="button"
                    class="button button--ghost"
                    data-testid="action-only-overdue"
                    aria-pressed=move || only_overdue.get().to_string()
                    on:click=move |_| only_overdue.update(|on| *on = !*on)
                >
                    {tr.t(A::OnlyOverdue)}
                </button>
                <button
                    type="button"
                    class="button button--ghost"
                    data-testid="action-undo"
                    disabled=move || !open.can_undo()
                    on:click=undo
                >
                    {tr.t(A::Undo)}
                </button>
            </div>
            <p role="status" class="status-line" data-testid="action-message">
                {move || message.get().map(|m| tr.t(m))}
            </p>
            <p class="actions__summary" data-testid="action-summary">
                {move || format!(
                    "{} {} · {} {} · {} {}",
                    total(), tr.t(A::CountTotal), late(), tr.t(A::CountOverdue),
                    shown.with(Vec::len), tr.t(A::CountShown)
                )}
            </p>
            <Show
                when=move || shown.with(|s| !s.is_empty())
                fallback=move || view! { <p class="empty" data-testid="actions-empty">{tr.t(A::NoActions)}</p> }
            >
                <ul class="action-list" data-testid="action-list">
                    <For each=move || shown.get() key=|id| id.clone() let:id>
                        <ActionItem id on_delete/>
                    </For>
                </ul>
            </Show>
        </section>
    }
}
