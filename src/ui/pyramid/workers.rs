//! The youth workers and their hours per week at this school: together, the hours available.

use leptos::prelude::*;

use crate::i18n::tables::PyramidText as P;
use crate::i18n::words::hours;
use crate::i18n::words::hours_unit;
use crate::model::bounds::MAX_WORKER_MINUTES;
use crate::model::pyramid::YouthWorker;
use crate::model::Minutes;
use crate::ui::pyramid::use_pyramid;
use crate::ui::state::use_tr;
use crate::ui::widgets::hours_field::HoursField;

/// The list of youth workers with name, organisation and − / + hours.
#[component]
pub fn PyramidWorkers() -> impl IntoView {
    let tr = use_tr();
    let ctx = use_pyramid();
    let ids = Memo::new(move |_| {
        ctx.workers
            .with(|ws| ws.iter().map(|w| w.id).collect::<Vec<u32>>())
    });
    let available = Memo::new(move |_| ctx.workers.with(|ws| YouthWorker::total_minutes(ws)));
    let add = move |_| {
        ctx.open
            .edit(|s| s.pyramid.add_worker("", "", Minutes(0)).is_some());
    };
    view! {
        <section class="pyramid-workers" aria-labelledby="pyramid-workers-heading">
            <h2 id="pyramid-workers-heading">{tr.t(P::WorkersHeading)}</h2>
            <p class="pyramid-workers__intro">{tr.t(P::WorkersIntro)}</p>
            <Show when=move || ids.with(|v| v.is_empty())>
                <p class="notice">{tr.t(P::WorkersNone)}</p>
            </Show>
            <ul class="pyramid-workers__list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <WorkerRow id=id/>
                </For>
            </ul>
            <div class="pyramid-workers__footer">
                <button type="button" class="button button--ghost no-print" data-testid="worker-add" on:click=add>
                    "+ " {tr.t(P::WorkerAdd)}
                </button>
                <p class="pyramid-workers__total">
                    {tr.t(P::WorkersTotal)} ": "
                    <strong data-testid="workers-total">
                        {move || hours(available.get(), tr.lang())} " " {move || hours_unit(i64::from(available.get().0), tr.lang())}
                    </strong>
                </p>
            </div>
        </section>
    }
}

/// One youth worker; typing in a field is one undo step per field.
#[component]
fn WorkerRow(id: u32) -> impl IntoView {
    let tr = use_tr();
    let ctx = use_pyramid();
    let worker = Memo::new(move |_| ctx.workers.with(|ws| YouthWorker::find(ws, id).cloned()));
    let name = move || worker.with(|w| w.as_ref().map(|w| w.name.clone()).unwrap_or_default());
    let org = move || {
        worker.with(|w| {
            w.as_ref()
                .map(|w| w.organisation.clone())
                .unwrap_or_default()
        })
    };
    let set_name = move |value: String| {
        ctx.open.edit_coalesced(&format!("worker-name:{id}"), |s| {
            let Some(w) = s.pyramid.worker(id).cloned() else {
                return false;
            };
            s.pyramid
                .update_worker(id, value, w.organisation, w.weekly_minutes)
        });
    };
    let set_org = move |value: String| {
        ctx.open.edit_coalesced(&format!("worker-org:{id}"), |s| {
            let Some(w) = s.pyramid.worker(id).cloned() else {
                return false;
            };
            s.pyramid.update_worker(id, w.name, value, w.weekly_minutes)
        });
    };
    let change = move |quarters: i32| {
        ctx.open
            .edit_coalesced(&format!("worker-minutes:{id}"), |s| {
                s.pyramid.change_worker_minutes(id, quarters)
            });
    };
    let set_minutes = move |minutes: Minutes| {
        ctx.open.edit(|s| {
            let Some(w) = s.pyramid.worker(id).cloned() else {
                return false;
            };
            s.pyramid.update_worker(id, w.name, w.organisation, minutes)
        });
    };
    let name_id = format!("worker-{id}-name");
    let org_id = format!("worker-{id}-org");
    view! {
        <li class="worker" data-testid=format!("worker-{id}")>
            <div class="field worker__field">
                <label for=name_id.clone()>{tr.t(P::WorkerName)}</label>
                <input id=name_id class="field__input" type="text" data-testid=format!("worker-name-{id}")
                    prop:value=name on:input=move |ev| set_name(event_target_value(&ev))/>
            </div>
            <div class="field worker__field">
                <label for=org_id.clone()>{tr.t(P::WorkerOrganisation)}</label>
                <input id=org_id class="field__input" type="text" data-testid=format!("worker-org-{id}")
                    prop:value=org on:input=move |ev| set_org(event_target_value(&ev))/>
            </div>
            <div class="worker__hours">
                <span class="worker__hours-label">{tr.t(P::WorkerHours)}</span>
                <HoursField
                    minutes=Signal::derive(move || worker.with(|w| w.as_ref().map(|w| w.weekly_minutes).unwrap_or_default()))
                    testid=format!("worker-hours-{id}")
                    minus_testid=format!("worker-minus-{id}")
                    plus_testid=format!("worker-plus-{id}")
                    max=MAX_WORKER_MINUTES
                    label=tr.t(P::WorkerHours)
                    on_step=Callback::new(change)
                    on_set=Callback::new(set_minutes)
                />
            </div>
            <button type="button" class="button button--danger worker__remove no-print" data-testid=format!("worker-remove-{id}")
                on:click=move |_| { ctx.open.edit(|s| s.pyramid.remove_worker(id)); }>
                {tr.t(P::WorkerRemove)}
            </button>
        </li>
    }
}
