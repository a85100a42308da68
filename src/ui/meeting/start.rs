//! Step 1: the session and who is here, by role. One tap adds a person of a role; names
//! are not needed.

use leptos::prelude::*;

use crate::i18n::format_count;
use crate::i18n::tables::{MeetingText as M, RoleText, SessionsText as S};
use crate::i18n::words::date_words;
use crate::model::session::MetaEdit;
use crate::model::{Participant, Role};
use crate::ui::browser::clock::now_ms;
use crate::ui::state::meeting::step_page;
use crate::ui::state::{use_tr, OpenSession};

/// Who is here, by role, and the school's number of pupils.
#[component]
pub fn StartStep() -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let _ = step_page(|| 1);
    let count =
        move |role: Role| open.with(|s| s.participants.iter().filter(|p| p.role == role).count());
    let add = move |role: Role| {
        open.edit(|s| {
            s.apply(
                MetaEdit::AddParticipant(Participant {
                    role,
                    name: String::new(),
                }),
                now_ms(),
            )
        });
    };
    let remove = move |role: Role| {
        open.edit(|s| {
            // The last one of that role goes: the list keeps the order people came in.
            match s.participants.iter().rposition(|p| p.role == role) {
                Some(i) => s.apply(MetaEdit::RemoveParticipant(i), now_ms()),
                None => false,
            }
        });
    };
    let roles = Role::ALL
        .into_iter()
        .map(|role| {
            let slug = role.slug();
            view! {
                <li class="who__role" data-testid=format!("who-{slug}")>
                    <button type="button" class="button button--ghost who__add" data-testid=format!("who-add-{slug}")
                        on:click=move |_| add(role)>
                        <span class="who__plus" aria-hidden="true">"+"</span> " " {tr.t(RoleText::from(role))}
                    </button>
                    <span class="who__count" data-testid=format!("who-count-{slug}")>
                        {move || count(role).to_string()}
                    </span>
                    <button type="button" class="button button--ghost who__remove" data-testid=format!("who-remove-{slug}")
                        aria-label=format!("{}: {}", tr.t(RoleText::from(role)), tr.t(M::RemoveOne))
                        disabled=move || count(role) == 0 on:click=move |_| remove(role)>"−"</button>
                </li>
            }
        })
        .collect_view();
    let pupils = move || open.with(|s| s.pupil_count);
    let step_pupils = move |delta: i64| {
        let next = u32::try_from((i64::from(pupils()) + delta).max(0)).unwrap_or(0);
        open.edit_coalesced("meeting-pupils", |s| {
            s.apply(MetaEdit::PupilCount(next), now_ms())
        });
    };
    view! {
        <section class="meeting-start" data-testid="meeting-start-step">
            <div class="meeting-start__facts">
                <p class="meeting-start__school">
                    {move || open.with(|s| s.school.clone())} " · " {move || open.with(|s| date_words(&s.date, tr.lang()))}
                </p>
                <div class="meeting-start__pupils" role="group" aria-label=tr.t(M::PupilsInSchool)>
                    <span>{tr.t(M::PupilsInSchool)}</span>
                    <button type="button" class="button button--ghost" data-testid="pupils-less"
                        aria-label=format!("{}: −10", tr.t(M::PupilsInSchool)) on:click=move |_| step_pupils(-10)>"−10"</button>
                    <output data-testid="pupils-count">{move || format_count(u64::from(pupils()), tr.lang())}</output>
                    <button type="button" class="button button--ghost" data-testid="pupils-more"
                        aria-label=format!("{}: +10", tr.t(M::PupilsInSchool)) on:click=move |_| step_pupils(10)>"+10"</button>
                </div>
            </div>
            <h2>{tr.t(M::WhoIsHere)}</h2>
            <ul class="who">{roles}</ul>
            <p class="meeting-start__privacy">{tr.t(S::NoPupilNames)}</p>
        </section>
    }
}
