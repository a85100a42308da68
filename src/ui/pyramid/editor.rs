//! The form with every field of one activity, opened from a card's "Bewerken" button.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::tables::TierText;
use crate::i18n::tables::{PyramidText as P, RoleText};
use crate::model::bounds::MAX_ACTIVITY_MINUTES;
use crate::model::pyramid::{Activity, ActivityEdit, ActivityStatus, Tier};
use crate::model::Minutes;
use crate::model::Role;
use crate::ui::pyramid::use_pyramid;
use crate::ui::state::use_tr;
use crate::ui::widgets::hours_field::HoursField;

/// The activity editor; shown while [`crate::ui::pyramid::PyramidCtx::editing`] is set.
#[component]
pub fn ActivityEditor() -> impl IntoView {
    let ctx = use_pyramid();
    let activity = Memo::new(move |_| {
        let id = ctx.editing.get()?;
        let scenario = ctx.scenario.get();
        ctx.open.with(|s| s.pyramid.activity(scenario, id).cloned())
    });
    let open_id = Memo::new(move |_| activity.with(|a| a.as_ref().map(|a| a.id)));
    move || {
        open_id
            .get()
            .map(|id| view! { <EditorForm id=id activity=activity/> })
    }
}

#[component]
fn EditorForm(id: u32, activity: Memo<Option<Activity>>) -> impl IntoView {
    let tr = use_tr();
    let ctx = use_pyramid();
    let get =
        move |f: fn(&Activity) -> String| activity.with(|a| a.as_ref().map(f).unwrap_or_default());
    // Each field coalesces its own typing into one undo step.
    let edit = move |field: &'static str, change: ActivityEdit| {
        let scenario = ctx.scenario.get_untracked();
        ctx.open
            .edit_coalesced(&format!("activity:{scenario:?}:{id}:{field}"), |s| {
                s.pyramid.update_activity(scenario, id, change)
            });
    };
    let close = move || {
        // Read before `editing` is cleared: the memo follows it.
        let tier = activity.with_untracked(|a| a.as_ref().map(|a| a.tier));
        ctx.editing.set(None);
        if ctx.added.get_untracked() == Some(id) {
            ctx.added.set(None);
            // A "+" tapped by mistake and closed leaves nothing behind: no "Nieuwe activiteit
            // 0 uur" on the board, and, when adding it was the last step, no undo step either.
            let scenario = ctx.scenario.get_untracked();
            let title = tr.t(P::NewActivityTitle);
            let withdrawn = ctx.open.withdraw_if(|before, now| {
                let mut without = now.clone();
                without.pyramid.remove_if_untouched(scenario, id, title) && without == *before
            });
            let removed = withdrawn
                || ctx
                    .open
                    .edit(|s| s.pyramid.remove_if_untouched(scenario, id, title));
            if removed {
                // Focus goes back to the level's "+", where it came from.
                if let Some(tier) = tier {
                    focus_later(format!("[data-testid='activity-add-{}']", tier.slug()));
                }
                return;
            }
        }
        focus_later(format!("[data-testid='activity-edit-{id}']"));
    };
    let remove = move |_| {
        let scenario = ctx.scenario.get_untracked();
        let tier = activity.with_untracked(|a| a.as_ref().map(|a| a.tier));
        ctx.open
            .edit(|s| s.pyramid.remove_activity(scenario, id).is_some());
        ctx.editing.set(None);
        // The card is gone; focus goes to its level's "+".
        if let Some(tier) = tier {
            focus_later(format!("[data-testid='activity-add-{}']", tier.slug()));
        }
    };
    let change_minutes = move |quarters: i32| {
        let scenario = ctx.scenario.get_untracked();
        ctx.open
            .edit_coalesced(&format!("minutes:{scenario:?}:{id}"), |s| {
                s.pyramid.change_minutes(scenario, id, quarters)
            });
    };
    let set_minutes = move |minutes: Minutes| {
        let scenario = ctx.scenario.get_untracked();
        ctx.open
            .edit(|s| s.pyramid.set_minutes(scenario, id, minutes));
    };
    let set_tier = move |value: String| {
        let scenario = ctx.scenario.get_untracked();
        if let Some(tier) = Tier::ALL.into_iter().find(|t| t.slug() == value) {
            ctx.open
                .edit(|s| s.pyramid.move_activity(scenario, id, tier));
        }
    };
    let set_status = move |value: String| {
        let status = match value.as_str() {
            "running" => ActivityStatus::Running,
            "done" => ActivityStatus::Done,
            _ => ActivityStatus::Planned,
        };
        edit("status", ActivityEdit::Status(status));
    };
    let number = |value: String| value.trim().parse::<u32>().unwrap_or(0);
    let workers = ctx.workers;
    focus_later("#activity-editor-title-input".to_string());

    let f = |name: &str| format!("activity-editor-{name}");
    view! {
        <div class="activity-editor__backdrop" on:click=move |_| close()></div>
        <div class="activity-editor" role="dialog" aria-modal="true" aria-labelledby="activity-editor-heading"
            data-testid="activity-editor"
            on:keydown=move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
                "Escape" => close(),
                "Tab" => keep_tab_inside(&ev),
                _ => {}
            }>
            <div class="activity-editor__head">
                <h2 id="activity-editor-heading">
                    {move || if ctx.added.get() == ctx.editing.get() { tr.t(P::EditorTitleNew) } else { tr.t(P::EditorTitle) }}
                </h2>
                // Removing stands at the top, in sight, not below the whole form.
                <div class="activity-editor__head-actions">
                    <button type="button" class="button button--danger" data-testid="activity-editor-remove" on:click=remove>
                        {tr.t(P::Remove)}
                    </button>
                    <button type="button" class="button" data-testid="activity-editor-close" on:click=move |_| close()>
                        {tr.t(P::Close)}
                    </button>
                </div>
            </div>
            <div class="activity-editor__grid">
                <div class="field activity-editor__wide">
                    <label for="activity-editor-title-input">{tr.t(P::FieldTitle)}</label>
                    <input id="activity-editor-title-input" class="field__input" type="text" data-testid=f("title")
                        prop:value=move || get(|a| a.title.clone())
                        on:input=move |ev| edit("title", ActivityEdit::Title(event_target_value(&ev)))/>
                </div>
                <div class="field">
                    <label for="activity-editor-level">{tr.t(P::FieldLevel)}</label>
                    <select id="activity-editor-level" class="field__input" data-testid=f("level")
                        on:change=move |ev| set_tier(event_target_value(&ev))>
                        {Tier::ALL.into_iter().map(|t| view! {
                            <option value=t.slug() prop:selected=move || activity.with(|a| a.as_ref().is_some_and(|a| a.tier == t))>
                                {tr.t(TierText::from(t))}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <span id="activity-editor-hours-label">{tr.t(P::FieldHours)}</span>
                    <HoursField
                        minutes=Signal::derive(move || activity.with(|a| a.as_ref().map(|a| a.weekly_minutes).unwrap_or_default()))
                        testid=f("hours")
                        minus_testid=f("minus")
                        plus_testid=f("plus")
                        max=MAX_ACTIVITY_MINUTES
                        label=tr.t(P::FieldHours)
                        on_step=Callback::new(change_minutes)
                        on_set=Callback::new(set_minutes)
                    />
                </div>
                <div class="field">
                    <label for="activity-editor-start">{tr.t(P::FieldStart)}</label>
                    <input id="activity-editor-start" class="field__input" type="date" data-testid=f("start")
                        prop:value=move || get(|a| a.start.clone())
                        on:change=move |ev| edit("start", ActivityEdit::Start(event_target_value(&ev)))/>
                </div>
                <div class="field">
                    <label for="activity-editor-weeks">{tr.t(P::FieldWeeks)}</label>
                    <input id="activity-editor-weeks" class="field__input" type="number" min="0" max="53" inputmode="numeric"
                        data-testid=f("weeks") aria-describedby="activity-editor-weeks-hint"
                        prop:value=move || get(|a| a.weeks.to_string())
                        on:input=move |ev| edit("weeks", ActivityEdit::Weeks(u16::try_from(number(event_target_value(&ev))).unwrap_or(u16::MAX)))/>
                    <span class="field__hint" id="activity-editor-weeks-hint">{tr.t(P::FieldWeeksHint)}</span>
                </div>
                <div class="field">
                    <label for="activity-editor-group">{tr.t(P::FieldGroup)}</label>
                    <input id="activity-editor-group" class="field__input" type="text" data-testid=f("group")
                        prop:value=move || get(|a| a.group.clone())
                        on:input=move |ev| edit("group", ActivityEdit::Group(event_target_value(&ev)))/>
                </div>
                <div class="field">
                    <label for="activity-editor-pupils">{tr.t(P::FieldPupils)}</label>
                    <input id="activity-editor-pupils" class="field__input" type="number" min="0" inputmode="numeric"
                        data-testid=f("pupils")
                        prop:value=move || get(|a| a.pupils_reached.to_string())
                        on:input=move |ev| edit("pupils", ActivityEdit::PupilsReached(number(event_target_value(&ev))))/>
                </div>
                <div class="field">
                    <label for="activity-editor-status">{tr.t(P::FieldStatus)}</label>
                    <select id="activity-editor-status" class="field__input" data-testid=f("status")
                        on:change=move |ev| set_status(event_target_value(&ev))>
                        {[(ActivityStatus::Planned, "planned"), (ActivityStatus::Running, "running"), (ActivityStatus::Done, "done")]
                            .into_iter().map(|(st, value)| view! {
                                <option value=value prop:selected=move || activity.with(|a| a.as_ref().is_some_and(|a| a.status == st))>
                                    {tr.t(P::from(st))}
                                </option>
                            }).collect_view()}
                    </select>
                </div>
                <fieldset class="activity-editor__choices activity-editor__wide">
                    <legend>{tr.t(P::FieldWorkers)}</legend>
                    {move || workers.get().into_iter().map(|w| {
                        let wid = w.id;
                        let label = if w.name.trim().is_empty() { tr.t(RoleText::YouthWorker).to_string() } else { w.name.clone() };
                        view! {
                            <label class="activity-editor__choice">
                                <input type="checkbox" data-testid=format!("activity-editor-worker-{wid}")
                                    prop:checked=move || activity.with(|a| a.as_ref().is_some_and(|a| a.workers.contains(&wid)))
                                    on:change=move |_| edit("workers", ActivityEdit::ToggleWorker(wid))/>
                                {label}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <fieldset class="activity-editor__choices activity-editor__wide">
                    <legend>{tr.t(P::FieldOthers)}</legend>
                    {Role::ALL.into_iter().map(|role| view! {
                        <label class="activity-editor__choice">
                            <input type="checkbox" data-testid=format!("activity-editor-role-{role:?}")
                                prop:checked=move || activity.with(|a| a.as_ref().is_some_and(|a| a.others.contains(&role)))
                                on:change=move |_| edit("others", ActivityEdit::ToggleOther(role))/>
                            {tr.t(RoleText::from(role))}
                        </label>
                    }).collect_view()}
                </fieldset>
                <div class="field activity-editor__wide">
                    <label for="activity-editor-goal">{tr.t(P::FieldGoal)}</label>
                    <textarea id="activity-editor-goal" class="field__input" rows="2" data-testid=f("goal")
                        prop:value=move || get(|a| a.goal.clone())
                        on:input=move |ev| edit("goal", ActivityEdit::Goal(event_target_value(&ev)))></textarea>
                </div>
                <fieldset class="activity-editor__choices activity-editor__wide">
                    <legend>{tr.t(P::FieldScore)}</legend>
                    {[None, Some(1u8), Some(2), Some(3), Some(4), Some(5)].into_iter().map(|score| view! {
                        <label class="activity-editor__choice">
                            <input type="radio" name="activity-editor-score"
                                data-testid=format!("activity-editor-score-{}", score.map(|s| s.to_string()).unwrap_or_else(|| "none".into()))
                                prop:checked=move || activity.with(|a| a.as_ref().is_some_and(|a| a.evaluation.score == score))
                                on:change=move |_| edit("score", ActivityEdit::Score(score))/>
                            {move || score.map(|s| s.to_string()).unwrap_or_else(|| tr.t(P::NoScore).to_string())}
                        </label>
                    }).collect_view()}
                </fieldset>
                <div class="field activity-editor__wide">
                    <label for="activity-editor-note">{tr.t(P::FieldNote)}</label>
                    <textarea id="activity-editor-note" class="field__input" rows="2" data-testid=f("note")
                        prop:value=move || get(|a| a.evaluation.note.clone())
                        on:input=move |ev| edit("note", ActivityEdit::Note(event_target_value(&ev)))></textarea>
                </div>
            </div>
            <div class="activity-editor__foot">
                <button type="button" class="button" on:click=move |_| close()>{tr.t(P::Close)}</button>
            </div>
        </div>
    }
}

/// Keeps Tab and Shift+Tab inside the dialog (it is modal): from the last control Tab goes
/// to the first, and from the first Shift+Tab goes to the last.
fn keep_tab_inside(ev: &web_sys::KeyboardEvent) {
    let Some(dialog) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(list) = dialog.query_selector_all(
        "button:not([disabled]), input:not([disabled]), select:not([disabled]), \
         textarea:not([disabled]), [tabindex]:not([tabindex='-1'])",
    ) else {
        return;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return;
    };
    let active = crate::ui::browser::page::active_element();
    let at = |el: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a.is_same_node(Some(el)));
    let to = match ev.shift_key() {
        true if at(first) => last,
        false if at(last) => first,
        _ => return,
    };
    ev.prevent_default();
    let _ = to.focus();
}

/// Focuses the element matching `selector` once the DOM has caught up.
fn focus_later(selector: String) {
    set_timeout(
        move || crate::ui::browser::page::focus_selector(&selector),
        Duration::ZERO,
    );
}
