//! The browser's localStorage as a [`KeyValue`] backend. The only file that touches web-sys.
//!
//! Every browser call returns a `Result`; nothing here unwraps, so a browser that refuses
//! storage (private mode, blocked cookies, quota) produces error values, never a panic.

use wasm_bindgen::JsCast;

use super::backend::{BackendError, KeyValue};
use super::error::StorageUnavailable;
use super::exact::Exact;
use super::keys;
use super::store::Store;

/// localStorage, checked to be writable.
#[derive(Debug)]
pub struct WebStorage {
    storage: web_sys::Storage,
    /// `String.prototype.isWellFormed`, where the engine has it (not in browsers before
    /// 2023): one call tells whether a stored text holds a lone surrogate, where js-sys'
    /// `is_valid_utf16` asks for every UTF-16 unit across the wasm boundary (about a fifth of
    /// the time of reading 500 sessions, measured in a profile).
    is_well_formed: Option<js_sys::Function>,
}

/// The app's store over localStorage.
pub type LocalStore = Store<WebStorage>;

/// Whether a probe write went through when storage was opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Writable {
    /// Writes work.
    Yes,
    /// Storage is full (perhaps by another app on the same origin): what is stored can be
    /// read, nothing new can be written until room is made.
    Full,
    /// Writes are refused for another reason (read-only storage).
    Refused,
}

impl WebStorage {
    /// The browser's localStorage as a plain key-value store (for the answer page, which
    /// keeps one draft and needs no sessions).
    pub fn open() -> Result<WebStorage, StorageUnavailable> {
        Ok(WebStorage {
            storage: raw_storage()?,
            is_well_formed: is_well_formed(),
        })
    }
}

impl LocalStore {
    /// Opens localStorage and tries a probe write. Storage that reads but cannot be
    /// written (full, read-only) still opens, so what is stored is shown; only storage that
    /// cannot be reached at all is unavailable.
    pub fn open() -> Result<(LocalStore, Writable), StorageUnavailable> {
        let storage = raw_storage()?;
        let mut backend = WebStorage {
            storage,
            is_well_formed: is_well_formed(),
        };
        // Writability is what a write says: a browser whose removeItem alone throws still
        // keeps every change (the probe's "1" left behind is harmless and overwritten).
        let writable = match backend.set(keys::PROBE, "1") {
            Ok(()) => {
                let _ = backend.remove(keys::PROBE);
                Writable::Yes
            }
            Err(BackendError::Full) => Writable::Full,
            Err(BackendError::Denied | BackendError::Failed) => Writable::Refused,
        };
        Ok((Store::new(backend), writable))
    }
}

#[cfg(target_arch = "wasm32")]
fn raw_storage() -> Result<web_sys::Storage, StorageUnavailable> {
    let window = web_sys::window().ok_or(StorageUnavailable::NoWindow)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StorageUnavailable::Missing),
        Err(_) => Err(StorageUnavailable::Denied),
    }
}

/// The engine's own check for lone surrogates, if it has one.
#[cfg(target_arch = "wasm32")]
fn is_well_formed() -> Option<js_sys::Function> {
    let string = js_sys::Reflect::get(&js_sys::global(), &"String".into()).ok()?;
    let prototype = js_sys::Reflect::get(&string, &"prototype".into()).ok()?;
    js_sys::Reflect::get(&prototype, &"isWellFormed".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}

#[cfg(not(target_arch = "wasm32"))]
fn is_well_formed() -> Option<js_sys::Function> {
    None
}

// Outside wasm every web-sys call would panic, so there is simply no window.
#[cfg(not(target_arch = "wasm32"))]
fn raw_storage() -> Result<web_sys::Storage, StorageUnavailable> {
    Err(StorageUnavailable::NoWindow)
}

impl KeyValue for WebStorage {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.storage.get_item(key).map_err(to_backend_error)
    }

    fn get_exact(&self, key: &str) -> Result<Option<Exact>, BackendError> {
        let get_item = js_sys::Reflect::get(&self.storage, &"getItem".into())
            .map_err(to_backend_error)?
            .dyn_into::<js_sys::Function>()
            .map_err(|_| BackendError::Failed)?;
        let value = get_item
            .call1(&self.storage, &key.into())
            .map_err(to_backend_error)?;
        let Some(text) = value.dyn_ref::<js_sys::JsString>() else {
            return Ok(None);
        };
        let well_formed = self
            .is_well_formed
            .as_ref()
            .and_then(|f| f.call0(text).ok())
            .and_then(|v| v.as_bool())
            .unwrap_or_else(|| text.is_valid_utf16());
        if well_formed {
            return Ok(text.as_string().map(Exact::Text));
        }
        Ok(Some(Exact::Utf16(text.iter().collect())))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        self.storage.set_item(key, value).map_err(to_backend_error)
    }

    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        self.storage.remove_item(key).map_err(to_backend_error)
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        let len = self.storage.length().map_err(to_backend_error)?;
        let mut keys = Vec::with_capacity(len as usize);
        for i in 0..len {
            if let Some(key) = self.storage.key(i).map_err(to_backend_error)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

fn to_backend_error(e: wasm_bindgen::JsValue) -> BackendError {
    let name = js_sys::Reflect::get(&e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    // Firefox before 2020 used its own name; code 22 is the standard DOMException code.
    let code = js_sys::Reflect::get(&e, &"code".into())
        .ok()
        .and_then(|c| c.as_f64());
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || code == Some(22.0) {
        BackendError::Full
    } else if name == "SecurityError" || name == "NotAllowedError" {
        BackendError::Denied
    } else {
        BackendError::Failed
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
