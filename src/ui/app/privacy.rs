//! The privacy page: what is kept where, and how to remove it.

use leptos::prelude::*;

use crate::i18n::tables::PrivacyText as P;
use crate::ui::state::use_tr;

/// Plain-language privacy statement.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let tr = use_tr();
    view! {
        <section class="screen" data-testid="screen-privacy">
            <h1>{tr.t(P::Title)}</h1>
            <ul class="privacy__promises">
                <li>{tr.t(P::NoAccount)}</li>
                <li>{tr.t(P::NoServer)}</li>
                <li>{tr.t(P::NoTracking)}</li>
            </ul>
            <h2>{tr.t(P::WhereHeading)}</h2>
            <p>{tr.t(P::Where)}</p>
            <h2>{tr.t(P::PhonesHeading)}</h2>
            <p>{tr.t(P::Phones)}</p>
            <p>{tr.t(P::PhonesHold)}</p>
            <p>{tr.t(P::PhonesAnonymous)}</p>
            <h2>{tr.t(P::PupilsHeading)}</h2>
            <p>{tr.t(P::Pupils)}</p>
            <h2>{tr.t(P::RemoveHeading)}</h2>
            <p>{tr.t(P::Remove)}</p>
        </section>
    }
}
