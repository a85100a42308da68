//! Where an action came from, in words: the bottleneck, the ladder rung or the pyramid level.

use leptos::prelude::*;

use crate::i18n::source;

use crate::i18n::tables::ActionsText as A;
use crate::i18n::words::origin_plain;
use crate::model::action::ActionOrigin;
use crate::model::framework::framework;
use crate::ui::state::use_tr;

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
                .and_then(|(_, _, r)| source::bottleneck(r, tr.lang()))
                .map_or_else(|| row.clone(), str::to_string);
            view! { {tr.t(A::OriginBottleneck)} ": " <span lang=tr.lang().code()>{text}</span> }
                .into_any()
        }
        other => origin_plain(other, tr.lang()).into_any(),
    }
}
