//! Hours per week: large − / + buttons for touch (a quarter hour a tap), and the value
//! itself, which a tap turns into a field to type "16" or "3,5" or "3:30" into.

use leptos::html;
use leptos::prelude::*;

use crate::i18n::parse::{hours_error, parse_hours, HoursError};
use crate::i18n::tables::PyramidText as P;
use crate::i18n::words::hours;
use crate::i18n::words::hours_unit;
use crate::model::Minutes;
use crate::ui::state::use_tr;

/// The value with its steppers; typing commits on Enter or when the field is left.
#[component]
pub fn HoursField(
    /// The minutes shown (tracked).
    #[prop(into)]
    minutes: Signal<Minutes>,
    /// `data-testid` of the value; the field is `{testid}-input`, a message `{testid}-error`.
    testid: String,
    /// `data-testid` of the − button.
    minus_testid: String,
    /// `data-testid` of the + button.
    plus_testid: String,
    /// The most that can be typed.
    max: Minutes,
    /// What the value is, for screen readers ("Uur per week").
    label: &'static str,
    /// − (−1) or + (+1): a quarter hour.
    on_step: Callback<i32>,
    /// Typed minutes.
    on_set: Callback<Minutes>,
) -> impl IntoView {
    let tr = use_tr();
    let typing = RwSignal::new(false);
    let error = RwSignal::new(None::<HoursError>);
    let input = NodeRef::<html::Input>::new();
    let input_id = format!("{testid}-input");
    let error_id = format!("{testid}-error");
    let commit = move |text: String| match parse_hours(&text, max) {
        Ok(m) => {
            error.set(None);
            typing.set(false);
            on_set.run(m);
        }
        Err(e) => error.set(Some(e)),
    };
    // Focus the field as soon as it appears, with the value selected, so typing replaces it.
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let _ = el.focus();
            el.select();
        }
    });
    let described = error_id.clone();
    view! {
        <div class="hours-field" role="group" aria-label=label>
            <button type="button" class="button button--ghost hours-field__step" data-testid=minus_testid
                aria-label=tr.t(P::LessHours) on:click=move |_| on_step.run(-1)>"−"</button>
            <Show
                when=move || typing.get()
                fallback={
                    let testid = testid.clone();
                    move || view! {
                        <button type="button" class="hours-field__value" data-testid=testid.clone()
                            title=tr.t(P::TypeHoursHint)
                            aria-label=move || format!("{}: {} {} ({})", label, hours(minutes.get(), tr.lang()), hours_unit(i64::from(minutes.get().0), tr.lang()), tr.t(P::TypeHoursHint))
                            on:click=move |_| typing.set(true)>
                            {move || hours(minutes.get(), tr.lang())}
                        </button>
                    }
                }
            >
                <input id=input_id.clone() class="field__input hours-field__input" type="text" inputmode="decimal"
                    data-testid=input_id.clone() node_ref=input aria-label=label
                    aria-invalid=move || error.get().is_some().to_string()
                    aria-describedby=described.clone()
                    prop:value=move || hours(minutes.get_untracked(), tr.lang())
                    on:keydown=move |ev| match ev.key().as_str() {
                        "Enter" => {
                            ev.prevent_default();
                            commit(event_target_value(&ev));
                        }
                        "Escape" => {
                            error.set(None);
                            typing.set(false);
                        }
                        _ => {}
                    }
                    on:blur=move |ev| {
                        if typing.get_untracked() {
                            commit(event_target_value(&ev));
                        }
                    }/>
            </Show>
            <button type="button" class="button button--ghost hours-field__step" data-testid=plus_testid
                aria-label=tr.t(P::MoreHours) on:click=move |_| on_step.run(1)>"+"</button>
            <p class="hours-field__error" id=error_id.clone() role="alert" data-testid=error_id>
                {move || error.get().map(|e| hours_error(&e, tr.lang()))}
            </p>
        </div>
    }
}
