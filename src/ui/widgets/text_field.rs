//! A labelled text input bound to a string signal, the one way search boxes and short text
//! inputs are drawn (label tied to the input by id, testid equal to the id).

use leptos::prelude::*;

use crate::i18n::Text;
use crate::ui::state::use_tr;

/// A text or search field whose value lives in `value`.
#[component]
pub fn TextField<K>(
    /// The input's id; also its `data-testid`.
    id: &'static str,
    /// The label's text key.
    label: K,
    /// `text` or `search`.
    #[prop(default = "text")]
    kind: &'static str,
    /// Extra class on the wrapper, for layout.
    #[prop(default = "")]
    class: &'static str,
    /// The value, read and written as the user types.
    value: RwSignal<String>,
    /// Anything shown under the input (a hint, a count).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView
where
    K: Text + Send + Sync + 'static,
{
    let tr = use_tr();
    view! {
        <div class=format!("field {class}")>
            <label for=id>{tr.t(label)}</label>
            <input
                id=id
                class="field__input"
                type=kind
                data-testid=id
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            {children.map(|c| c())}
        </div>
    }
}
