//! The phones' ladder answers as a histogram, now and wanted, beside the board's own
//! placement for the whole team.

use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::tables::{LadderText as L, RoundText as R};
use crate::i18n::words::{answer_count, rung_name};
use crate::model::ladder::Rung;
use crate::ui::state::{use_tr, OpenSession};

/// How many answers put the collaboration on each rung, now and wanted.
#[component]
pub fn LadderAnswers() -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let data = Memo::new(move |_| {
        open.with(|s| {
            (
                s.answers.ladder_histogram(),
                s.answers.items.len(),
                s.ladder.overall(),
            )
        })
    });
    let count = move || {
        let (h, total, _) = data.get();
        let left_open = |n: usize| fill(tr.t(R::HistogramOpen), &[("count", &n.to_string())]);
        let open_note = (h.now_open + h.wanted_open > 0).then(|| {
            format!(
                " · {}: {} · {}: {}",
                tr.t(R::HistogramNow),
                left_open(h.now_open),
                tr.t(R::HistogramWanted),
                left_open(h.wanted_open)
            )
        });
        format!(
            "{}{}",
            answer_count(total, tr.lang()),
            open_note.unwrap_or_default()
        )
    };
    let rungs = move || {
        let (h, _, team) = data.get();
        let widest = h
            .now
            .iter()
            .chain(&h.wanted)
            .copied()
            .max()
            .unwrap_or(0)
            .max(1);
        Rung::ALL
            .iter()
            .rev()
            .map(|r| {
                let i = usize::from(r.number() - 1);
                // An SVG bar: its width is an attribute, which the page's style policy allows
                // where an inline style is refused.
                let bar = |n: usize, kind: &'static str, label: &'static str| {
                    let width = (n * 100 / widest).to_string();
                    view! {
                        <div class=format!("ladder-answers__bar ladder-answers__bar--{kind}")>
                            <span class="ladder-answers__label">{label}</span>
                            <svg class="ladder-answers__track" viewBox="0 0 100 10"
                                preserveAspectRatio="none" aria-hidden="true">
                                <rect class="ladder-answers__fill" x="0" y="0" height="10" width=width></rect>
                            </svg>
                            <span class="ladder-answers__n"
                                data-testid=format!("ladder-answers-{kind}-{}", r.number())>{n}</span>
                        </div>
                    }
                };
                let board = [
                    (team.now == Some(*r)).then(|| tr.t(L::Now)),
                    (team.wanted == Some(*r)).then(|| tr.t(L::Wanted)),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
                view! {
                    <li class="ladder-answers__rung">
                        <p class="ladder-answers__name">{rung_name(*r, tr.lang())}</p>
                        {bar(h.now[i], "now", tr.t(R::HistogramNow))}
                        {bar(h.wanted[i], "wanted", tr.t(R::HistogramWanted))}
                        {(!board.is_empty()).then(|| view! {
                            <p class="ladder-answers__board">{tr.t(R::BoardPlacement)} ": " {board}</p>
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="ladder-answers" data-testid="ladder-answers">
            <h2>{tr.t(R::Histogram)}</h2>
            <p class="ladder-answers__count" data-testid="ladder-answers-count">{count}</p>
            <ol class="ladder-answers__list">{rungs}</ol>
        </section>
    }
}
