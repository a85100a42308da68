//! The answer page on a participant's own phone (`antwoord.html`): its own small binary,
//! built from the same model as the app, without Leptos, so it loads fast on a phone.
//!
//! The page's address names the round (`#<tag>-<lang>-<asks>`, see
//! [`crate::model::answers::Round::invite_fragment`]). The answer grows page by page
//! ([`flow`]), is kept on the phone after every tap ([`crate::storage::draft`]), and ends as
//! a QR code, a code and a link ([`crate::model::answers::code`]). Nothing is sent
//! anywhere: the participant shows or sends the answer.
//!
//! This file is the page's one edge to the browser: it renders [`view`]'s HTML into the
//! page and reads the taps from one click handler.

pub mod flow;
pub mod texts;
pub mod view;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::tables::PhoneText as P;
use crate::i18n::Text;
use crate::lang::Lang;
use crate::model::answers::code::link;
use crate::model::answers::{Round, ANSWER_IDS};
use crate::model::ladder::Rung;
use crate::model::Role;
use crate::storage::local::WebStorage;
use crate::storage::{draft, qr_svg};
use flow::{Flow, Side};

/// The page's state: the flow, where it is kept, and the app's address (for the link).
struct Page {
    flow: Flow,
    kv: Option<WebStorage>,
    app: String,
    root: web_sys::Element,
}

/// Starts the answer page in the element `#answer`.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id("answer") else {
        return;
    };
    let location = document.location();
    let hash = location
        .as_ref()
        .and_then(|l| l.hash().ok())
        .unwrap_or_default();
    let Some(round) = Round::from_invite(&hash) else {
        let lang = if hash.contains("-en-") {
            Lang::En
        } else {
            Lang::Nl
        };
        root.set_inner_html(&view::no_round(lang));
        set_lang(lang);
        return;
    };
    // The app lives beside this page: the link the board opens is its address.
    let app = location
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .map(|path| match path.rfind('/') {
            Some(at) => path[..=at].to_string(),
            None => path,
        })
        .unwrap_or_default();
    let kv = WebStorage::open().ok();
    let kept = kv
        .as_ref()
        .and_then(|kv| draft::load(kv, round.tag))
        .and_then(|text| Flow::from_draft(round, &text));
    let flow = kept.unwrap_or_else(|| {
        let id = (js_sys::Math::random() * f64::from(ANSWER_IDS)) as u32;
        Flow::new(round, id)
    });
    let page = Rc::new(RefCell::new(Page {
        flow,
        kv,
        app,
        root: root.clone(),
    }));
    page.borrow_mut().render(false);
    let handler = page.clone();
    let on_click = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let act = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-act]").ok().flatten())
            .and_then(|el| el.get_attribute("data-act").map(|a| (el, a)));
        if let Some((button, act)) = act {
            handler.borrow_mut().act(&button, &act);
        }
    });
    let _ = root.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // The page lives as long as the document: the handler is never removed.
    on_click.forget();
}

impl Page {
    /// Shows the flow's page; `focus`: move focus to its heading (after a page change, so
    /// a screen reader starts at the top of the new page).
    fn render(&mut self, focus: bool) {
        let code = self.flow.code();
        let link = link(&self.app, &code);
        // The QR code held up to the board carries the code alone: 21 symbols fit the
        // smallest, coarsest QR codes, which a board's camera reads from furthest away.
        let qr = matches!(self.flow.page(), flow::Page::Done)
            .then(|| qr_svg(&code).ok())
            .flatten();
        self.root
            .set_inner_html(&view::page(&self.flow, &link, qr.as_deref()));
        set_lang(self.flow.lang);
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(P::PageTitle.get(self.flow.lang));
        }
        if focus {
            scroll_top();
            if let Some(h1) = self
                .root
                .query_selector("h1")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = h1.focus();
            }
        }
    }

    fn keep(&mut self) {
        let text = self.flow.draft();
        if let Some(kv) = &mut self.kv {
            // A phone whose storage is full or off still answers; only a reload forgets.
            let _ = draft::save(kv, self.flow.round.tag, &text);
        }
    }

    fn act(&mut self, button: &web_sys::Element, act: &str) {
        let (verb, rest) = act.split_once(':').unwrap_or((act, ""));
        match verb {
            "next" if self.flow.forward() => {
                self.keep();
                self.render(true);
            }
            "previous" if self.flow.previous() => {
                self.keep();
                self.render(true);
            }
            "restart" => {
                self.flow.restart();
                self.keep();
                self.render(true);
            }
            "lang" => {
                self.flow.lang = self.flow.lang.other();
                self.keep();
                self.render(false);
                self.focus_act("lang");
            }
            "role" => {
                let role = Role::ALL.into_iter().find(|r| r.slug() == rest);
                self.flow.set_role(role);
                self.keep();
                self.press_only(button);
            }
            "now" | "wanted" => {
                let rung = rest.parse().ok().and_then(Rung::from_number);
                if verb == "now" {
                    self.flow.set_now(rung);
                } else {
                    self.flow.set_wanted(rung);
                }
                self.keep();
                self.press_only(button);
            }
            "mark" => {
                let (side, row) = rest.split_once(':').unwrap_or_default();
                let side = if side == "success" {
                    Side::Success
                } else {
                    Side::Bottleneck
                };
                let on = self.flow.toggle(row, side);
                self.keep();
                let _ = button.set_attribute("aria-pressed", if on { "true" } else { "false" });
            }
            "share" => self.share(),
            "copy" => self.copy(),
            _ => {}
        }
    }

    /// Presses `button` and releases the others of its group, without building the page
    /// again (so focus stays on the button just tapped).
    fn press_only(&self, button: &web_sys::Element) {
        if let Some(group) = button.parent_element() {
            let all = group.query_selector_all("[aria-pressed]").ok();
            for i in 0..all.as_ref().map_or(0, |l| l.length()) {
                if let Some(el) = all
                    .as_ref()
                    .and_then(|l| l.item(i))
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = el.set_attribute("aria-pressed", "false");
                }
            }
        }
        let _ = button.set_attribute("aria-pressed", "true");
    }

    fn focus_act(&self, act: &str) {
        if let Some(el) = self
            .root
            .query_selector(&format!("[data-act=\"{act}\"]"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    }

    fn link(&self) -> String {
        link(&self.app, &self.flow.code())
    }

    fn status(&self, text: &str) {
        if let Some(el) = self.root.query_selector(".phone__status").ok().flatten() {
            el.set_text_content(Some(text));
        }
    }

    /// Web Share where the phone has it (the team's own chat app), else a copy.
    fn share(&self) {
        let lang = self.flow.lang;
        let shared = (|| {
            let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
            let share = js_sys::Reflect::get(&navigator, &"share".into())
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()?;
            let data = js_sys::Object::new();
            js_sys::Reflect::set(&data, &"text".into(), &P::ShareText.get(lang).into()).ok()?;
            js_sys::Reflect::set(&data, &"url".into(), &self.link().into()).ok()?;
            share.call1(&navigator, &data).ok()
        })();
        if shared.is_none() {
            self.copy();
        }
    }

    fn copy(&self) {
        let lang = self.flow.lang;
        let root = self.root.clone();
        let done = move |ok: bool| {
            let text = if ok { P::Copied } else { P::CopyManual };
            if let Some(el) = root.query_selector(".phone__status").ok().flatten() {
                el.set_text_content(Some(text.get(lang)));
            }
        };
        let promise = (|| {
            let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
            let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
            let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()?;
            write
                .call1(&clipboard, &self.link().into())
                .ok()?
                .dyn_into::<js_sys::Promise>()
                .ok()
        })();
        let Some(promise) = promise else {
            self.status(P::CopyManual.get(lang));
            return;
        };
        let done = Rc::new(RefCell::new(Some(done)));
        let ok = done.clone();
        let resolve = Closure::once_into_js(move |_: JsValue| {
            if let Some(f) = ok.borrow_mut().take() {
                f(true);
            }
        });
        let reject = Closure::once_into_js(move |_: JsValue| {
            if let Some(f) = done.borrow_mut().take() {
                f(false);
            }
        });
        if let Some(then) = js_sys::Reflect::get(&promise, &"then".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        {
            let _ = then.call2(&promise, &resolve, &reject);
        }
    }
}

fn set_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}

fn scroll_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
