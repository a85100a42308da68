//! Everyone on their own phone: the board's panel for a round of answers. It shows the
//! answer page's QR code and address, how many answers came, and takes answers in (a typed
//! code, the camera, a link opened in this browser); the merged result is on the screens
//! that show marks (the heat map, the differences, the report).

pub(crate) mod histogram;
pub(crate) mod intake;

use leptos::prelude::*;

use crate::i18n::tables::RoundText as R;
use crate::i18n::words::answer_count;
use crate::model::answers::Asks;
use crate::storage::qr_svg;
use crate::ui::browser::page;
use crate::ui::state::answers::open_round;
use crate::ui::state::{use_tr, OpenSession};
use crate::ui::widgets::answers::intake::AnswerIntake;

/// The address of the answer page for the open round, beside the app's own page.
fn answer_page_address(fragment: &str) -> Option<String> {
    let app = page::address()?;
    let dir = match app.rfind('/') {
        Some(at) => &app[..=at],
        None => app.as_str(),
    };
    Some(format!("{dir}antwoord.html{fragment}"))
}

/// The round's panel: opens a round asking `asks`, then shows its QR code, the number of
/// answers and the ways to take one in.
#[component]
pub fn PhoneRound(
    /// What a round opened here asks (a round already open is widened to ask it too).
    asks: Asks,
    /// Laid out for meeting mode at the board (two columns, large type).
    #[prop(default = false)]
    board: bool,
) -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let round = Memo::new(move |_| open.with(|s| s.answers.round));
    let count = Memo::new(move |_| open.with(|s| s.answers.items.len()));
    // A round opened elsewhere asking less (the ladder only) asks this step's questions too.
    Effect::new(move |_| {
        if let Some(r) = round.get() {
            if (asks.marks && !r.asks.marks) || (asks.ladder && !r.asks.ladder) {
                open_round(open, tr.lang(), asks);
            }
        }
    });
    let body = move || match round.get() {
        None => view! {
            <p>{tr.t(R::Intro)}</p>
            <button type="button" class="button" data-testid="round-open"
                on:click=move |_| open_round(open, tr.lang(), asks)>
                {tr.t(R::Open)}
            </button>
        }
        .into_any(),
        Some(r) => {
            let address = answer_page_address(&r.invite_fragment()).unwrap_or_default();
            let qr = qr_svg(&address).ok();
            view! {
                <div class="phone-round__grid">
                    <figure class="phone-round__qr" data-testid="round-qr" role="img"
                        aria-label=tr.t(R::QrLabel) inner_html=qr.unwrap_or_default()></figure>
                    <div class="phone-round__side">
                        <p class="phone-round__intro">{tr.t(R::Intro)}</p>
                        <p class="phone-round__count" role="status" data-testid="round-count">
                            {move || answer_count(count.get(), tr.lang())}
                        </p>
                        <AnswerIntake/>
                    </div>
                </div>
                <p class="phone-round__address">
                    {tr.t(R::Address)} " "
                    <span class="phone-round__url" data-testid="round-address">{address}</span>
                </p>
                <p class="field__hint">{tr.t(R::LinkHint)}</p>
            }
            .into_any()
        }
    };
    view! {
        <section class="phone-round" class:phone-round--board=board data-testid="phone-round">
            <h2 class="phone-round__title">{tr.t(R::Title)}</h2>
            {body}
        </section>
    }
}
