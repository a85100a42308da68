//! The heat map: recognised success factors and bottlenecks per perspective and theme.

use leptos::prelude::*;

use crate::i18n::source;
use crate::ui::widgets::source_lang::use_source_lang;

use crate::i18n::format_count;
use crate::i18n::tables::FrameworkText as F;
use crate::model::analysis::heat_level;
use crate::model::framework::framework;
use crate::ui::state::OpenSession;
use crate::ui::state::{use_tr, Tr};

/// One numbered cell whose colour deepens with the count (the number is always there, so
/// the colour is never the only signal).
fn cell(tr: Tr, count: usize, side: &'static str, testid: String) -> impl IntoView {
    let class = format!("heat heat--{side} heat--{}", heat_level(count));
    view! {
        <td class=class data-testid=testid>{move || format_count(count as u64, tr.lang())}</td>
    }
}

/// Counts of marks per theme (the board's and the phones', never named), as a table with
/// colour intensity and numbers.
#[component]
pub fn HeatMap(
    /// Only the three perspectives' totals (the meeting's phones page, beside the round).
    #[prop(default = false)]
    perspectives_only: bool,
) -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let sl = use_source_lang();
    let body = move || {
        framework()
            .perspectives
            .iter()
            .map(|p| {
                let (ps, pb) = open.with(|s| s.recognition().perspective_heat(&p.id));
                let themes = p
                    .themes
                    .iter()
                    .filter(move |_| !perspectives_only)
                    .map(|t| {
                        let (s, b) = open.with(|s| s.recognition().heat(&t.id));
                        view! {
                            <tr>
                                <th scope="row" lang=sl.code()>{source::theme_name(t, sl)}</th>
                                {cell(tr, s, "success", format!("heat-s-{}", t.id))}
                                {cell(tr, b, "bottleneck", format!("heat-b-{}", t.id))}
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <tbody>
                        <tr class="heatmap__perspective">
                            <th scope="row" lang=sl.code()>{source::perspective_name(p, sl)}</th>
                            {cell(tr, ps, "success", format!("heat-s-{}", p.id))}
                            {cell(tr, pb, "bottleneck", format!("heat-b-{}", p.id))}
                        </tr>
                        {themes}
                    </tbody>
                }
            })
            .collect_view()
    };
    // Beside the round's panel the columns say it in one word each.
    let (title, hint, success, bottleneck) = if perspectives_only {
        (
            F::HeatPerspectivesTitle,
            F::HeatMapPhonesHint,
            F::Successes,
            F::Bottlenecks,
        )
    } else {
        (
            F::HeatMapTitle,
            F::HeatMapHint,
            F::SuccessRecognised,
            F::BottleneckRecognised,
        )
    };
    view! {
        <section class="overview-part" data-testid="heatmap">
            <h2>{tr.t(title)}</h2>
            <p class="field__hint">{tr.t(hint)}</p>
            <div class="table-scroll">
                <table class="heatmap">
                    <thead>
                        <tr>
                            <th scope="col">{tr.t(F::Theme)}</th>
                            <th scope="col">{tr.t(success)}</th>
                            <th scope="col">{tr.t(bottleneck)}</th>
                        </tr>
                    </thead>
                    {body}
                </table>
            </div>
        </section>
    }
}
