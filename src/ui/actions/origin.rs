//! Where an action came from, in words: the bottleneck, the ladder rung or the pyramid level.

use leptos::prelude::*;

use crate::i18n::tables::ActionsText as A;
use crate::model::action::ActionOrigin;
use crate::model::framework::framework;
use crate::model::pyramid::Tier;
use crate::ui::ladder::rungs::rung_name;
use crate::ui::pyramid::labels::{tier_short, tier_who};
use crate::ui::state::{use_tr, Tr};

/// A pyramid level in words: "universeel (alle leerlingen)".
pub fn tier_words(tr: Tr, tier: Tier) -> String {
    format!("{} ({})", tr.t(tier_short(tier)), tr.t(tier_who(tier)))
}

/// The origin as plain text, for searching.
pub fn origin_plain(tr: Tr, origin: &ActionOrigin) -> String {
    match origin {
        ActionOrigin::Free => tr.t(A::OriginFree).to_string(),
        ActionOrigin::Bottleneck(row) => {
            let text = framework()
                .row(row)
                .and_then(|(_, _, r)| r.bottleneck.as_deref())
                .unwrap_or(row.as_str());
            format!("{}: {text}", tr.t(A::OriginBottleneck))
        }
        ActionOrigin::Rung(rung) => format!("{}: {}", tr.t(A::OriginRung), rung_name(tr, *rung)),
        ActionOrigin::Tier(tier) => format!("{}: {}", tr.t(A::OriginTier), tier_words(tr, *tier)),
    }
}

/// "Knelpunt: Onvoldoende kennis delen", with the Dutch source text marked as Dutch.
#[component]
pub fn OriginLabel(
    /// The origin shown.
    origin: ActionOrigin,
) -> impl IntoView {
    let tr = use_tr();
    move || match &origin {
        ActionOrigin::Bottleneck(row) => {
            let text = framework()
                .row(row)
                .and_then(|(_, _, r)| r.bottleneck.as_deref())
                .map_or_else(|| row.clone(), str::to_string);
            view! { {tr.t(A::OriginBottleneck)} ": " <span lang="nl">{text}</span> }.into_any()
        }
        other => origin_plain(tr, other).into_any(),
    }
}
