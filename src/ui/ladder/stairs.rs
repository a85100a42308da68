//! The staircase picture: four steps with "nu" and "gewenst" markers.

use leptos::prelude::*;

use crate::i18n::tables::LadderText as L;
use crate::i18n::tables::RoleText;
use crate::i18n::words::rung_name;
use crate::model::ladder::Rung;
use crate::model::Role;
use crate::ui::state::use_tr;
use crate::ui::state::OpenSession;

/// A CSS staircase, lowest rung on the left; the markers are words, not only colour.
#[component]
pub fn LadderStairs(
    /// Whose placement is drawn; `None` is the whole team.
    who: RwSignal<Option<Role>>,
) -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let entry = move || open.with(|s| s.ladder.for_role(who.get()));
    let whose = move || match who.get() {
        None => tr.t(crate::i18n::tables::FrameworkText::WholeTeam),
        Some(role) => tr.t(RoleText::from(role)),
    };
    let gap = move || {
        entry().gap().map(|steps| match steps {
            0 => tr.t(L::GapNone).to_string(),
            s if s > 0 => format!("{} {s}", tr.t(L::GapUp)),
            s => format!("{} {}", tr.t(L::GapDown), s.unsigned_abs()),
        })
    };
    let steps = Rung::ALL
        .into_iter()
        .map(|rung| {
            let n = rung.number();
            let now = move || entry().now == Some(rung);
            let wanted = move || entry().wanted == Some(rung);
            view! {
                <li
                    class=format!("stairs__step stairs__step--{n}")
                    class:stairs__step--now=now
                    class:stairs__step--wanted=wanted
                    data-testid=format!("stairs-{n}")
                >
                    <span class="stairs__markers">
                        <Show when=now>
                            <span class="marker marker--now">{tr.t(L::Now)}</span>
                        </Show>
                        <Show when=wanted>
                            <span class="marker marker--wanted">{tr.t(L::Wanted)}</span>
                        </Show>
                    </span>
                    <span class="stairs__name">{move || rung_name(rung, tr.lang())}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="stairs" data-testid="ladder-stairs">
            <figcaption>
                {tr.t(L::StairsCaption)} ": " <strong>{whose}</strong>
                <span class="stairs__gap" data-testid="ladder-gap">" " {gap}</span>
            </figcaption>
            <ol class="stairs__list">{steps}</ol>
        </figure>
    }
}
