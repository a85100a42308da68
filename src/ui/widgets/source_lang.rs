//! Which language the Raamwerk's own texts are shown in. In Dutch they are the source; in
//! English they are our translation, and one tap shows the Dutch original instead.

use leptos::prelude::*;

use crate::i18n::tables::FrameworkText as F;
use crate::i18n::Lang;
use crate::ui::state::{use_tr, use_view};

/// The language of the source texts below a [`SourceScope`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceLang(pub Lang);

/// The language to show the Raamwerk's texts in here.
pub fn use_source_lang() -> Lang {
    use_context::<SourceLang>().map_or_else(|| use_tr().lang(), |s| s.0)
}

/// Builds `children` in the source language, again when the team switches to the original.
#[component]
pub fn SourceScope(children: ChildrenFn) -> impl IntoView {
    let tr = use_tr();
    let original = use_view().dutch_original;
    move || {
        let lang = match tr.lang() {
            Lang::En if !original.get() => Lang::En,
            _ => Lang::Nl,
        };
        provide_context(SourceLang(lang));
        children()
    }
}

/// In English: says the texts are a translation, with the switch to the Dutch original.
#[component]
pub fn OriginalToggle() -> impl IntoView {
    let tr = use_tr();
    let original = use_view().dutch_original;
    (tr.lang() == Lang::En).then(|| {
        view! {
            <p class="original-toggle" data-testid="original-note">
                <span>{move || if original.get() { tr.t(F::ShowingOriginal) } else { tr.t(F::ShowingTranslation) }}</span>
                " "
                <button type="button" class="button button--ghost" data-testid="original-toggle"
                    aria-pressed=move || original.get().to_string()
                    on:click=move |_| original.update(|o| *o = !*o)>
                    {move || if original.get() { tr.t(F::ShowTranslation) } else { tr.t(F::ShowOriginal) }}
                </button>
            </p>
        }
    })
}
