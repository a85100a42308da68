//! Taking a phone's answer in at the board: a typed code, or the camera reading the QR
//! code a participant holds up. Each answer is confirmed where the team looks; a wrong code
//! says what is wrong.

use leptos::html;
use leptos::prelude::*;

use crate::i18n::tables::RoundText as R;
use crate::i18n::words::{code_error_text, refusal_text, taken_text};
use crate::i18n::Lang;
use crate::ui::browser::camera::{self, Camera, CameraFailure};
use crate::ui::state::answers::{take_answer, Intake};
use crate::ui::state::{use_tr, OpenSession};

/// The last intake, said: (a number that changes with every intake, ok?, the sentence).
type Said = (u32, bool, String);

fn say(intake: &Intake, lang: Lang) -> (bool, String) {
    match intake {
        Intake::Taken(taken) => (true, taken_text(*taken, lang)),
        Intake::Refused(r) => (false, refusal_text(*r, lang).to_string()),
        Intake::Unreadable(e) => (false, code_error_text(e, lang)),
    }
}

/// The code field, the camera and the last intake's confirmation.
#[component]
pub fn AnswerIntake() -> impl IntoView {
    let tr = use_tr();
    let open = expect_context::<OpenSession>();
    let code = RwSignal::new(String::new());
    let said = RwSignal::new(None::<Said>);
    let take = move |text: &str| {
        let intake = take_answer(open, text);
        let (ok, sentence) = say(&intake, tr.lang());
        said.update(|s| {
            let n = s.as_ref().map_or(0, |(n, _, _)| n + 1);
            *s = Some((n, ok, sentence));
        });
        ok
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if take(&code.get_untracked()) {
            code.set(String::new());
        }
    };

    let video = NodeRef::<html::Video>::new();
    let camera = StoredValue::new_local(None::<Camera>);
    let camera_state = RwSignal::new(None::<Result<(), CameraFailure>>);
    let stop_camera = move || {
        if let Some(c) = camera.try_update_value(Option::take).flatten() {
            c.stop();
        }
        camera_state.set(None);
    };
    let start_camera = move |_| {
        let Some(el) = video.get_untracked() else {
            return;
        };
        camera_state.set(Some(Ok(())));
        let running = camera::open(
            el.into(),
            move |text| {
                take(&text);
            },
            move |why| camera_state.set(Some(Err(why))),
        );
        camera.set_value(Some(running));
    };
    on_cleanup(move || {
        if let Some(c) = camera.try_update_value(Option::take).flatten() {
            c.stop();
        }
    });

    view! {
        <form class="answer-intake" on:submit=submit>
            <label for="answer-code">{tr.t(R::CodeLabel)}</label>
            <div class="answer-intake__row">
                <input id="answer-code" class="field__input answer-intake__code" type="text"
                    data-testid="answer-code" autocomplete="off" autocapitalize="characters"
                    spellcheck="false" aria-describedby="answer-code-hint"
                    prop:value=move || code.get()
                    on:input=move |ev| code.set(event_target_value(&ev))/>
                <button type="submit" class="button" data-testid="answer-add">{tr.t(R::CodeAdd)}</button>
            </div>
            <p class="field__hint" id="answer-code-hint">{tr.t(R::CodeHint)}</p>
        </form>
        <div class="answer-intake__camera">
            {move || match camera_state.get() {
                None => view! {
                    <button type="button" class="button button--ghost" data-testid="camera-start"
                        on:click=start_camera>{tr.t(R::Camera)}</button>
                }.into_any(),
                Some(_) => view! {
                    <button type="button" class="button button--ghost" data-testid="camera-stop"
                        on:click=move |_| stop_camera()>{tr.t(R::CameraStop)}</button>
                }.into_any(),
            }}
            {move || matches!(camera_state.get(), Some(Ok(()))).then(|| view! {
                <p class="field__hint">{tr.t(R::CameraHint)}</p>
            })}
            <video class="answer-intake__video" node_ref=video data-testid="camera-video"
                hidden=move || !matches!(camera_state.get(), Some(Ok(())))
                muted=true playsinline=true aria-label=tr.t(R::CameraLooking)></video>
            {move || match camera_state.get() {
                Some(Err(_)) => Some(view! {
                    <p class="notice" role="alert" data-testid="camera-refused">{tr.t(R::CameraRefused)}</p>
                }),
                _ => None,
            }}
        </div>
        <p class="answer-intake__said" role="status" aria-live="polite" data-testid="intake-status"
            data-ok=move || said.with(|s| s.as_ref().map(|(_, ok, _)| ok.to_string()))
            data-n=move || said.with(|s| s.as_ref().map(|(n, _, _)| n.to_string()))>
            {move || said.with(|s| s.as_ref().map(|(_, ok, text)| format!("{} {text}", if *ok { "✓" } else { "✗" })))}
        </p>
    }
}
