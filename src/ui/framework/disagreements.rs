//! Where the roles at the table see a row differently ("door een andere bril").

use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::source;
use crate::i18n::tables::FrameworkText as F;
use crate::i18n::words::{role_list, voice_list};
use crate::model::answers::recognition::{Disagreement, Voice};
use crate::model::framework::framework;
use crate::ui::framework::read::FactorText;
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;
use crate::ui::widgets::source_lang::use_source_lang;

/// The rows the present roles (the session's participants) see differently, worst first.
pub(crate) fn use_disagreements() -> Memo<Vec<Disagreement>> {
    let open = expect_context::<OpenSession>();
    Memo::new(move |_| {
        open.with(|s| {
            let present: Vec<_> = s.participants.iter().map(|p| p.role).collect();
            s.recognition().disagreements(&present)
        })
    })
}

/// Rows where one role recognises a success factor and another a bottleneck, first; then,
/// quieter and folded away, rows the present roles (the session's participants) marked
/// otherwise differently, such as one role marking it and another not.
#[component]
pub fn Disagreements() -> impl IntoView {
    let tr = use_tr();
    let items = use_disagreements();
    let contrary = move || {
        items.with(|items| {
            let list: Vec<_> = items
                .iter()
                .filter(|d| d.contrary)
                .map(|d| view! { <DisagreementItem d=d.clone()/> })
                .collect();
            if list.is_empty() {
                view! { <p class="empty" data-testid="disagreements-none">{tr.t(F::NoDisagreements)}</p> }
                    .into_any()
            } else {
                view! { <ul class="disagreements" data-testid="disagreements-contrary">{list}</ul> }.into_any()
            }
        })
    };
    let other = move || {
        items.with(|items| {
            let list: Vec<_> = items
                .iter()
                .filter(|d| !d.contrary)
                .map(|d| view! { <DisagreementItem d=d.clone()/> })
                .collect();
            let count = list.len();
            (count > 0).then(|| {
                view! {
                    <details class="disclosure disagreements__other" data-testid="disagreements-other">
                        <summary>{fill(tr.t(F::MarkedDifferently), &[("count", &count.to_string())])}</summary>
                        <p class="field__hint">{tr.t(F::MarkedDifferentlyHint)}</p>
                        <ul class="disagreements">{list}</ul>
                    </details>
                }
            })
        })
    };
    view! {
        <section class="overview-part" data-testid="disagreements">
            <h2>{tr.t(F::DisagreementsTitle)}</h2>
            <p class="field__hint">{tr.t(F::DisagreementsHint)}</p>
            {contrary}
            {other}
        </section>
    }
}

/// One row seen differently: its theme, its two sides, and who sees which.
#[component]
pub(crate) fn DisagreementItem(d: Disagreement) -> impl IntoView {
    let tr = use_tr();
    let sl = use_source_lang();
    let Some((_, theme, row)) = framework().row(&d.row) else {
        return ().into_any();
    };
    let line = |label: F, voices: &[(Voice, usize)]| {
        (!voices.is_empty()).then(|| {
            let names = voice_list(voices, tr.lang());
            view! { <li>{tr.t(label)} ": " {names}</li> }
        })
    };
    let unmarked = (!d.unmarked.is_empty()).then(|| {
        let names = role_list(&d.unmarked, tr.lang());
        view! { <li>{tr.t(F::NotMarkedBy)} ": " {names}</li> }
    });
    let contrary = d.contrary.then(|| {
        view! { <strong class="badge badge--contrary">{tr.t(F::Contrary)}</strong> }
    });
    view! {
        <li class="disagreement" data-testid=format!("disagreement-{}", d.row)
            data-contrary=d.contrary.to_string()>
            <p class="disagreement__theme" lang=sl.code()>{source::theme_name(theme, sl)}</p>
            <p>
                <FactorText text=source::success(row, sl) success=true/>
                " / "
                <FactorText text=source::bottleneck(row, sl) success=false/>
                " "
                {contrary}
            </p>
            <ul class="disagreement__views">
                {line(F::SeenAsSuccess, &d.success)}
                {line(F::SeenAsBottleneck, &d.bottleneck)}
                {unmarked}
            </ul>
        </li>
    }
    .into_any()
}
