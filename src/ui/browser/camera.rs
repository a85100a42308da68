//! The board's camera, reading the QR codes participants hold up. The camera code
//! (`camera.js`) and its QR reader are fetched only when the team opens the camera, so the
//! app's first load does not carry them.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Why the camera cannot read codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraFailure {
    /// No camera, or no permission to use it.
    Refused,
    /// The page could not load a way to read codes.
    Reader,
}

/// A running camera; [`Camera::stop`] turns it off.
#[derive(Clone)]
pub struct Camera {
    stop: Rc<std::cell::RefCell<Option<js_sys::Function>>>,
}

impl Camera {
    /// Turns the camera off (again is harmless).
    pub fn stop(&self) {
        if let Some(f) = self.stop.borrow_mut().take() {
            let _ = f.call0(&JsValue::UNDEFINED);
        }
    }
}

fn helper() -> Option<JsValue> {
    js_sys::Reflect::get(&js_sys::global(), &"SamenDoenCamera".into())
        .ok()
        .filter(|v| !v.is_undefined())
}

/// Opens the camera in `video`: each QR code's text goes to `on_text`, a failure to
/// `on_failure`. Loads `camera.js` first when it is not there yet.
pub fn open(
    video: web_sys::HtmlElement,
    on_text: impl Fn(String) + 'static,
    on_failure: impl Fn(CameraFailure) + 'static,
) -> Camera {
    let camera = Camera {
        stop: Rc::new(std::cell::RefCell::new(None)),
    };
    let on_failure = Rc::new(on_failure);
    let handle = camera.clone();
    let failed = on_failure.clone();
    let start = move || {
        let Some(helper) = helper() else {
            failed(CameraFailure::Reader);
            return;
        };
        let Some(open) = js_sys::Reflect::get(&helper, &"open".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        else {
            failed(CameraFailure::Reader);
            return;
        };
        let text = Closure::<dyn Fn(JsValue)>::new(move |t: JsValue| {
            if let Some(t) = t.as_string() {
                on_text(t);
            }
        });
        let failure_cb = failed.clone();
        let failure = Closure::<dyn Fn(JsValue)>::new(move |why: JsValue| {
            failure_cb(if why.as_string().as_deref() == Some("refused") {
                CameraFailure::Refused
            } else {
                CameraFailure::Reader
            });
        });
        let stopper = js_sys::Array::of3(&video, text.as_ref(), failure.as_ref());
        let stop = open
            .apply(&helper, &stopper)
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        // The callbacks live as long as the camera runs; a page opens it a few times a
        // meeting, so they are simply kept.
        text.forget();
        failure.forget();
        *handle.stop.borrow_mut() = stop;
    };
    if helper().is_some() {
        start();
        return camera;
    }
    let script = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| Some((d.create_element("script").ok()?, d.body()?)));
    let Some((script, body)) = script else {
        on_failure(CameraFailure::Reader);
        return camera;
    };
    let _ = script.set_attribute("src", "./camera.js");
    let loaded = Closure::once_into_js(start);
    let broken = Closure::once_into_js(move || on_failure(CameraFailure::Reader));
    let _ = script.add_event_listener_with_callback("load", loaded.unchecked_ref());
    let _ = script.add_event_listener_with_callback("error", broken.unchecked_ref());
    let _ = body.append_child(&script);
    camera
}
