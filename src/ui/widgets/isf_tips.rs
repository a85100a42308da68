//! The three ISF tips for the IB'er, as short guidance next to the pyramid and the analysis.

use leptos::prelude::*;

use crate::i18n::tables::FrameworkText as F;
use crate::i18n::Lang;
use crate::model::isf::isf_tips;
use crate::ui::state::use_tr;

/// The three tips (Diemel & Haasen, after the ISF of Barrett et al.), each with the article's
/// explanation one tap away, and the source named.
#[component]
pub fn IsfTips() -> impl IntoView {
    let tr = use_tr();
    let data = isf_tips();
    let tips = data
        .tips
        .iter()
        .map(|tip| {
            let paragraphs = tip
                .explanation
                .iter()
                .map(|p| view! { <p>{p.as_str()}</p> })
                .collect_view();
            // The English tip is our translation; in English the Dutch original stays
            // visible underneath so nobody mistakes the translation for the source.
            let english = move || tr.lang() == Lang::En;
            view! {
                <li class="isf-tips__tip" data-testid=format!("isf-tip-{}", tip.number)>
                    <p class="isf-tips__text">
                        <Show
                            when=english
                            fallback=move || view! { <span lang="nl">{tip.tip.as_str()}</span> }
                        >
                            <span>{tip.tip_en.as_str()}</span>
                            " "
                            <span class="isf-tips__original" lang="nl">
                                "(" {tip.tip.as_str()} ")"
                            </span>
                        </Show>
                    </p>
                    <details class="disclosure">
                        <summary>{tr.t(F::IsfMore)}</summary>
                        <div lang="nl">
                            <h4>{tip.heading.as_str()}</h4>
                            {paragraphs}
                        </div>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <aside class="isf-tips" aria-labelledby="isf-tips-title" data-testid="isf-tips">
            <h2 id="isf-tips-title">{tr.t(F::IsfTitle)}</h2>
            <ol class="isf-tips__list">{tips}</ol>
            <p class="source-note">
                {tr.t(F::SourceLabel)} ": "
                <span lang="nl">{data.citation.text.as_str()}</span> " "
                <span lang="nl">{data.isf.figure.as_str()}</span>
            </p>
        </aside>
    }
}
