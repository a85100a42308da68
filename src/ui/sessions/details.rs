//! The open session's meeting details: title, school, date, year, pupils, who is here, notes.

use leptos::prelude::*;

use crate::i18n::tables::{MeetingText as M, ProgressText, RoleText, SessionsText as S};
use crate::model::session::MetaEdit;
use crate::model::{Participant, Role};
use crate::ui::browser::clock::now_ms;
use crate::ui::state::{use_store, use_tr};
use crate::ui::state::{OpenSession, Route};
use crate::ui::widgets::save_indicator::SaveIndicator;

/// Edits the details of the open session; every field change is one coalesced undo step.
#[component]
pub fn SessionDetails(open: OpenSession) -> impl IntoView {
    let tr = use_tr();
    let store = use_store();
    let edit = move |key: &'static str, e: MetaEdit| {
        open.edit_coalesced(key, move |s| s.apply(e, now_ms()));
    };
    let text_field = move |key: &'static str,
                           label: S,
                           kind: &'static str,
                           get: fn(&crate::model::Session) -> String,
                           make: fn(String) -> MetaEdit| {
        view! {
            <label class=format!("field session-details__{key}")>
                <span>{tr.t(label)}</span>
                <input class="field__input" type=kind data-testid=format!("session-{key}")
                    prop:value=move || open.with(get)
                    on:input=move |ev| edit(key, make(event_target_value(&ev)))/>
            </label>
        }
    };
    let participants = move || open.with(|s| s.participants.len());
    let add_participant = move |_| {
        open.edit(|s| {
            s.apply(
                MetaEdit::AddParticipant(Participant {
                    role: Role::Teacher,
                    name: String::new(),
                }),
                now_ms(),
            )
        });
    };

    view! {
        <section class="session-details" data-testid="session-details" aria-labelledby="session-details-h">
            <div class="session-details__head">
                <h2 id="session-details-h">{tr.t(S::DetailsHeading)}</h2>
                <SaveIndicator/>
                <button type="button" class="button session-details__meeting" data-testid="meeting-start"
                    title=tr.t(M::StartHint)
                    on:click=move |_| store.start_meeting(&open.with_untracked(|s| s.id.clone()))>
                    {move || if open.with(|s| s.meeting.is_some()) { tr.t(M::Resume) } else { tr.t(M::Start) }}
                </button>
                <a class="button button--ghost" data-testid="progress-open" href=Route::Progress.href()>
                    {tr.t(ProgressText::Open)}
                </a>
            </div>
            <div class="session-details__grid">
                {text_field("title", S::Title, "text", |s| s.title.clone(), MetaEdit::Title)}
                {text_field("school", S::School, "text", |s| s.school.clone(), MetaEdit::School)}
                {text_field("date", S::Date, "date", |s| s.date.clone(), MetaEdit::Date)}
                {text_field("year", S::SchoolYear, "text", |s| s.school_year.clone(), MetaEdit::SchoolYear)}
                <label class="field">
                    <span>{tr.t(S::PupilCount)}</span>
                    <input class="field__input" type="number" min="0" inputmode="numeric"
                        data-testid="session-pupils"
                        prop:value=move || open.with(|s| s.pupil_count.to_string())
                        on:input=move |ev| {
                            if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                                edit("pupils", MetaEdit::PupilCount(n));
                            }
                        }/>
                </label>
            </div>
            <fieldset class="participants" data-testid="participants">
                <legend>{tr.t(S::Participants)}</legend>
                <p class="field__hint">{tr.t(S::NoPupilNames)}</p>
                <ul class="participants__list">
                    {move || (0..participants()).map(|i| view! { <ParticipantRow open=open index=i/> }).collect_view()}
                </ul>
                <button type="button" class="button button--ghost" data-testid="participant-add" on:click=add_participant>
                    {tr.t(S::AddParticipant)}
                </button>
            </fieldset>
            <label class="field">
                <span>{tr.t(S::Notes)}</span>
                <textarea class="field__input" rows="3" data-testid="session-notes"
                    prop:value=move || open.with(|s| s.notes.clone())
                    on:input=move |ev| edit("notes", MetaEdit::Notes(event_target_value(&ev)))></textarea>
                <span class="field__hint">{tr.t(S::NoPupilNames)}</span>
            </label>
        </section>
    }
}

/// One participant: role and optional name.
#[component]
fn ParticipantRow(open: OpenSession, index: usize) -> impl IntoView {
    let tr = use_tr();
    let role = move || open.with(|s| s.participants.get(index).map(|p| p.role));
    let options = Role::ALL
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let r = *r;
            view! {
                <option value=i.to_string() selected=move || role() == Some(r)>
                    {tr.t(RoleText::from(r))}
                </option>
            }
        })
        .collect_view();
    let role_label = format!("participant-role-{index}");
    view! {
        <li class="participants__item" data-testid="participant">
            <label class="field">
                <span id=role_label.clone()>{tr.t(S::Role)}</span>
                <select class="field__input" aria-labelledby=role_label data-testid="participant-role"
                    on:change=move |ev| {
                        let chosen = event_target_value(&ev).parse::<usize>().ok().and_then(|i| Role::ALL.get(i).copied());
                        if let Some(r) = chosen {
                            open.edit(|s| s.apply(MetaEdit::ParticipantRole(index, r), now_ms()));
                        }
                    }>
                    {options}
                </select>
            </label>
            <label class="field">
                <span>{tr.t(S::NameOptional)}</span>
                <input class="field__input" type="text" data-testid="participant-name"
                    prop:value=move || open.with(|s| s.participants.get(index).map(|p| p.name.clone()).unwrap_or_default())
                    on:input=move |ev| {
                        let name = event_target_value(&ev);
                        open.edit_coalesced(&format!("participant-{index}"), |s| s.apply(MetaEdit::ParticipantName(index, name), now_ms()));
                    }/>
            </label>
            <button type="button" class="button button--danger" data-testid="participant-remove"
                aria-label=tr.t(S::RemoveParticipant)
                on:click=move |_| { open.edit(|s| s.apply(MetaEdit::RemoveParticipant(index), now_ms())); }>
                "×"
            </button>
        </li>
    }
}
