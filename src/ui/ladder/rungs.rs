//! The four rungs with their source texts and the now / wanted / action buttons.

use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::tables::{LadderText as L, RoundText};
use crate::i18n::words::rung_name;
use crate::i18n::Lang;
use crate::model::action::ActionOrigin;
use crate::model::ladder::{Rung, RungInfo};
use crate::model::Role;
use crate::ui::state::new_action::add_action;
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;

/// Every rung, highest first as on a staircase seen from the front, each with its source
/// description and quote, and buttons to place `who` on it.
#[component]
pub fn LadderRungs(
    /// Whose placement the buttons set; `None` is the whole team.
    who: RwSignal<Option<Role>>,
) -> impl IntoView {
    let tr = use_tr();
    let cards = Rung::ALL
        .into_iter()
        .rev()
        .filter_map(|r| r.info())
        .map(|info| view! { <RungCard info who/> })
        .collect_view();
    view! {
        <section class="rungs" aria-labelledby="rungs-title">
            <h2 id="rungs-title">{tr.t(L::RungsTitle)}</h2>
            <ol class="rungs__list" reversed>{cards}</ol>
        </section>
    }
}

#[component]
pub(crate) fn RungCard(info: &'static RungInfo, who: RwSignal<Option<Role>>) -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let rung = info.rung;
    let n = rung.number();
    let entry = move || open.with(|s| s.ladder.for_role(who.get()));
    let is_now = move || entry().now == Some(rung);
    let is_wanted = move || entry().wanted == Some(rung);
    // Pressing the pressed button again takes the placement away.
    let toggle_now = move |_| {
        let role = who.get_untracked();
        let next = (!is_now()).then_some(rung);
        open.edit(|s| {
            s.ladder.set_now(role, next);
            true
        });
    };
    let toggle_wanted = move |_| {
        let role = who.get_untracked();
        let next = (!is_wanted()).then_some(rung);
        open.edit(|s| {
            s.ladder.set_wanted(role, next);
            true
        });
    };
    let added = RwSignal::new(false);
    let make_action = move |_| {
        let what = format!("{} {}", tr.t(L::ActionClimbTo), rung_name(rung, tr.lang()));
        add_action(open, what, ActionOrigin::Rung(rung));
        added.set(true);
    };
    let dutch_name = move || {
        (tr.lang() == Lang::En)
            .then(|| view! { " " <span lang="nl">"(" {info.name.as_str()} ")"</span> })
    };
    let summary = move || match tr.lang() {
        Lang::Nl => info.summary.as_str(),
        Lang::En => info.summary_en.as_str(),
    };
    let quote = info.quote.as_ref().map(|q| {
        view! { <blockquote class="rung__quote" lang="nl">{q.as_str()}</blockquote> }
    });
    // What the phones said of this rung, beside the board's own placement.
    let phones = move || {
        open.with(|s| {
            (!s.answers.items.is_empty()).then(|| {
                let h = s.answers.ladder_histogram();
                let i = usize::from(n - 1);
                fill(
                    tr.t(RoundText::PhonesOnRung),
                    &[
                        ("now", &h.now[i].to_string()),
                        ("wanted", &h.wanted[i].to_string()),
                    ],
                )
            })
        })
    };
    let title_id = format!("rung-title-{n}");
    view! {
        <li
            class=format!("rung rung--{n}")
            class:rung--now=is_now
            class:rung--wanted=is_wanted
            data-testid=format!("rung-{n}")
        >
            <h3 id=title_id.clone()>{move || rung_name(rung, tr.lang())} {dutch_name}</h3>
            <p class="rung__summary">{summary}</p>
            <p class="rung__phones" data-testid=format!("rung-phones-{n}")>{phones}</p>
            {quote}
            <details class="disclosure">
                <summary>{tr.t(L::FromSource)}</summary>
                <p lang="nl">{info.description.as_str()}</p>
            </details>
            <div class="rung__buttons">
                <button
                    type="button"
                    class="button button--ghost ladder-button"
                    data-testid=format!("ladder-now-{n}")
                    aria-pressed=move || is_now().to_string()
                    aria-describedby=title_id.clone()
                    on:click=toggle_now
                >
                    {tr.t(L::WeAreHere)}
                </button>
                <button
                    type="button"
                    class="button button--ghost ladder-button"
                    data-testid=format!("ladder-wanted-{n}")
                    aria-pressed=move || is_wanted().to_string()
                    aria-describedby=title_id.clone()
                    on:click=toggle_wanted
                >
                    {tr.t(L::WeWantHere)}
                </button>
                <button
                    type="button"
                    class="button button--ghost rung__make-action"
                    data-testid=format!("ladder-action-{n}")
                    aria-describedby=title_id
                    on:click=make_action
                >
                    {tr.t(L::MakeAction)}
                </button>
            </div>
            <p role="status" class="status-line">
                <Show when=move || added.get()>
                    {tr.t(L::ActionAdded)} " "
                    <a href="#/acties">{tr.t(L::GoToActions)}</a>
                </Show>
            </p>
        </li>
    }
}
