//! Who is marking now: one smartboard, several people taking turns by role.

use leptos::prelude::*;

use crate::i18n::tables::{FrameworkText as F, RoleText};
use crate::model::Role;
use crate::ui::state::use_tr;

/// Large toggle buttons, one per role (and optionally one for the whole team), exactly one
/// pressed. Buttons rather than a select: on a smartboard a tap beats opening a list.
#[component]
pub fn RolePicker(
    /// The choice; `None` is the whole team.
    selected: RwSignal<Option<Role>>,
    /// Offer "het hele team" as the first choice.
    #[prop(optional)]
    team: bool,
    /// What is being chosen, e.g. "Wie markeert nu?".
    label: F,
) -> impl IntoView {
    let tr = use_tr();
    let team_button = team.then(|| {
        view! {
            <li>
                <button
                    type="button"
                    class="button button--ghost role-picker__button"
                    data-testid="role-pick-team"
                    aria-pressed=move || selected.get().is_none().to_string()
                    on:click=move |_| selected.set(None)
                >
                    {tr.t(F::WholeTeam)}
                </button>
            </li>
        }
    });
    let roles = Role::ALL
        .into_iter()
        .map(|role| {
            view! {
                <li>
                    <button
                        type="button"
                        class="button button--ghost role-picker__button"
                        data-testid=format!("role-pick-{}", role.slug())
                        aria-pressed=move || (selected.get() == Some(role)).to_string()
                        on:click=move |_| selected.set(Some(role))
                    >
                        {tr.t(RoleText::from(role))}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="role-picker" role="group" aria-labelledby="role-picker-label">
            <p class="role-picker__label" id="role-picker-label">{tr.t(label)}</p>
            <ul class="role-picker__list">{team_button}{roles}</ul>
        </div>
    }
}
