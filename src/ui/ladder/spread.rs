//! The placements per role side by side, and where they differ.

use leptos::prelude::*;

use crate::i18n::tables::RoleText;
use crate::i18n::tables::{FrameworkText as F, LadderText as L};
use crate::i18n::words::role_list;
use crate::i18n::words::rung_name;
use crate::model::ladder::Rung;
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;

/// A table of every placement (team and roles) and a list of the differences.
#[component]
pub fn LadderSpreadView() -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let show =
        move |r: Option<Rung>| r.map_or_else(|| "—".to_string(), |r| rung_name(r, tr.lang()));
    let rows = move || {
        open.with(|s| {
            s.ladder
                .entries
                .iter()
                .map(|e| {
                    let whose = match e.role {
                        None => tr.t(F::WholeTeam),
                        Some(role) => tr.t(RoleText::from(role)),
                    };
                    view! {
                        <tr>
                            <th scope="row">{whose}</th>
                            <td>{show(e.now)}</td>
                            <td>{show(e.wanted)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let differences = move || {
        let spread = open.with(|s| s.ladder.spread());
        if !spread.is_spread() {
            return view! { <p data-testid="ladder-no-spread">{tr.t(L::NoDifferences)}</p> }
                .into_any();
        }
        let range = |label: L, r: Option<(Rung, Rung)>| {
            r.filter(|(lo, hi)| lo != hi).map(|(lo, hi)| {
                let text = format!(
                    "{}: {} – {}",
                    tr.t(label),
                    rung_name(lo, tr.lang()),
                    rung_name(hi, tr.lang())
                );
                view! { <li>{text}</li> }
            })
        };
        let apart = (!spread.roles_apart.is_empty()).then(|| {
            let text = format!(
                "{}: {}",
                tr.t(L::RolesApart),
                role_list(&spread.roles_apart, tr.lang())
            );
            view! { <li>{text}</li> }
        });
        view! {
            <ul class="ladder-differences">
                {range(L::NowRange, spread.now)}
                {range(L::WantedRange, spread.wanted)}
                {apart}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="ladder-spread" data-testid="ladder-spread">
            <h2>{tr.t(L::SpreadTitle)}</h2>
            <Show
                when=move || open.with(|s| !s.ladder.entries.is_empty())
                fallback=move || view! { <p class="empty">{tr.t(L::NothingPlaced)}</p> }
            >
                <div class="table-scroll">
                    <table class="ladder-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr.t(L::Whose)}</th>
                                <th scope="col">{tr.t(L::Now)}</th>
                                <th scope="col">{tr.t(L::Wanted)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </Show>
            <div data-testid="ladder-differences">{differences}</div>
        </section>
    }
}
