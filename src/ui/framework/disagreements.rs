//! Where the roles at the table see a row differently ("door een andere bril").

use leptos::prelude::*;

use crate::i18n::tables::FrameworkText as F;
use crate::i18n::words::role_list;
use crate::model::framework::framework;
use crate::model::Role;
use crate::ui::framework::read::FactorText;
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;

/// The marked rows on which the present roles (the session's participants) differ.
#[component]
pub fn Disagreements() -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let items = Memo::new(move |_| {
        open.with(|s| {
            let present: Vec<Role> = s.participants.iter().map(|p| p.role).collect();
            s.analysis.disagreements(&present)
        })
    });
    let list = move || {
        items.with(|items| {
            if items.is_empty() {
                return view! { <p class="empty" data-testid="disagreements-none">{tr.t(F::NoDisagreements)}</p> }
                    .into_any();
            }
            let lis = items
                .iter()
                .filter_map(|d| {
                    let (_, theme, row) = framework().row(&d.row)?;
                    let line = |label: F, roles: &[Role]| {
                        (!roles.is_empty()).then(|| {
                            let names = role_list(roles, tr.lang());
                            view! { <li>{tr.t(label)} ": " {names}</li> }
                        })
                    };
                    let contrary = d.contrary.then(|| {
                        view! { <strong class="badge badge--contrary">{tr.t(F::Contrary)}</strong> }
                    });
                    Some(view! {
                        <li class="disagreement" data-testid=format!("disagreement-{}", d.row)>
                            <p class="disagreement__theme" lang="nl">{theme.name.as_str()}</p>
                            <p>
                                <FactorText text=row.success.as_deref() success=true/>
                                " / "
                                <FactorText text=row.bottleneck.as_deref() success=false/>
                                " "
                                {contrary}
                            </p>
                            <ul class="disagreement__views">
                                {line(F::SeenAsSuccess, &d.success)}
                                {line(F::SeenAsBottleneck, &d.bottleneck)}
                                {line(F::NotMarkedBy, &d.unmarked)}
                            </ul>
                        </li>
                    })
                })
                .collect_view();
            view! { <ul class="disagreements">{lis}</ul> }.into_any()
        })
    };
    view! {
        <section class="overview-part" data-testid="disagreements">
            <h2>{tr.t(F::DisagreementsTitle)}</h2>
            <p class="field__hint">{tr.t(F::DisagreementsHint)}</p>
            {list}
        </section>
    }
}
