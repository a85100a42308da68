//! One action of the plan, editable in place.

use leptos::prelude::*;

use crate::i18n::tables::ActionsText as A;
use crate::i18n::tables::RoleText;
use crate::model::action::{self, ActionStatus};
use crate::model::Role;
use crate::ui::actions::origin::OriginLabel;
use crate::ui::browser::clock::today_iso;
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;

/// What, who, by when, status and origin of one action; overdue ones say so in words.
#[component]
pub fn ActionItem(
    /// The action's id.
    id: String,
    /// Called after the action was deleted (to announce it and offer undo).
    on_delete: Callback<()>,
) -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let today = today_iso();
    let id = StoredValue::new(id);
    let get = move |f: fn(&action::Action) -> String| {
        open.with(|s| id.with_value(|id| action::get(&s.actions, id).map(f).unwrap_or_default()))
    };
    let overdue = {
        let today = today.clone();
        move || {
            open.with(|s| {
                id.with_value(|id| {
                    action::get(&s.actions, id).is_some_and(|a| a.is_overdue(&today))
                })
            })
        }
    };
    let origin = open.with_untracked(|s| {
        id.with_value(|id| {
            action::get(&s.actions, id)
                .map(|a| a.origin.clone())
                .unwrap_or_default()
        })
    });
    let base = id.with_value(|id| format!("action-{id}"));
    // Typing in "what" is one undo step per burst; every other change is its own step.
    type Change = Box<dyn FnOnce(&mut Vec<action::Action>, &str) -> bool>;
    let edit = move |typing: bool, change: Change| {
        id.with_value(|id| {
            let apply = |s: &mut crate::model::Session| change(&mut s.actions, id);
            if typing {
                open.edit_coalesced(&format!("action:{id}:what"), apply);
            } else {
                open.edit(apply);
            }
        });
    };
    let owner_options = Role::ALL
        .into_iter()
        .map(|r| view! { <option value=r.slug()>{tr.t(RoleText::from(r))}</option> })
        .collect_view();
    let status_options = ActionStatus::ALL
        .into_iter()
        .map(|st| view! { <option value=st.slug()>{tr.t(A::from(st))}</option> })
        .collect_view();
    view! {
        <li
            class="action"
            class:action--overdue=overdue.clone()
            data-testid=base.clone()
        >
            <div class="action__head">
                <Show when=overdue.clone()>
                    <strong class="badge badge--overdue" data-testid="overdue">{tr.t(A::Overdue)}</strong>
                </Show>
                <p class="action__origin">
                    <span class="action__origin-label">{tr.t(A::Origin)} ": "</span>
                    <OriginLabel origin/>
                </p>
            </div>
            <div class="action__fields">
                <div class="field action__what">
                    <label for=format!("{base}-what")>{tr.t(A::What)}</label>
                    <textarea
                        id=format!("{base}-what")
                        class="field__input"
                        rows="2"
                        data-testid=format!("{base}-what")
                        prop:value=move || get(|a| a.what.clone())
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            edit(true, Box::new(move |p, id| action::set_what(p, id, text)));
                        }
                    ></textarea>
                </div>
                <div class="field">
                    <label for=format!("{base}-owner")>{tr.t(A::Owner)}</label>
                    <select
                        id=format!("{base}-owner")
                        class="field__input"
                        data-testid=format!("{base}-owner")
                        prop:value=move || get(|a| a.owner.map(Role::slug).unwrap_or_default().to_string())
                        on:change=move |ev| {
                            let slug = event_target_value(&ev);
                            let owner = Role::ALL.into_iter().find(|r| r.slug() == slug);
                            edit(false, Box::new(move |p, id| action::set_owner(p, id, owner)));
                        }
                    >
                        <option value="">{tr.t(A::NoOwner)}</option>
                        {owner_options}
                    </select>
                </div>
                <div class="field">
                    <label for=format!("{base}-due")>{tr.t(A::Due)}</label>
                    <input
                        id=format!("{base}-due")
                        class="field__input"
                        type="date"
                        data-testid=format!("{base}-due")
                        prop:value=move || get(|a| a.due.clone())
                        on:change=move |ev| {
                            let due = event_target_value(&ev);
                            edit(false, Box::new(move |p, id| action::set_due(p, id, &due)));
                        }
                    />
                </div>
                <div class="field">
                    <label for=format!("{base}-status")>{tr.t(A::Status)}</label>
                    <select
                        id=format!("{base}-status")
                        class="field__input"
                        data-testid=format!("{base}-status")
                        prop:value=move || get(|a| a.status.slug().to_string())
                        on:change=move |ev| {
                            let slug = event_target_value(&ev);
                            let status = ActionStatus::ALL.into_iter().find(|s| *s.slug() == slug);
                            if let Some(status) = status {
                                edit(false, Box::new(move |p, id| action::set_status(p, id, status)));
                            }
                        }
                    >
                        {status_options}
                    </select>
                </div>
            </div>
            <button
                type="button"
                class="button button--danger"
                data-testid=format!("{base}-delete")
                aria-describedby=format!("{base}-what")
                on:click=move |_| {
                    open.edit(|s| id.with_value(|id| action::remove(&mut s.actions, id).is_some()));
                    on_delete.run(());
                }
            >
                {tr.t(A::Delete)}
            </button>
        </li>
    }
}
