//! The browser's localStorage (and the tab's sessionStorage) as a [`KeyValueStore`].
//!
//! Architecture invariant: this is the only file in Hamdel that touches localStorage or
//! sessionStorage.

use gloo_storage::{LocalStorage, Storage};
use hamdel_storage::kv::{KeyValueStore, StoreError, utf16_len};
use wasm_bindgen::{JsCast, JsValue};

/// localStorage of the page's origin. When the browser refuses storage (private mode, policy)
/// every operation fails with `Unavailable`, and the workspace keeps changes in memory.
#[derive(Debug, Clone)]
pub struct BrowserStore {
    storage: Option<web_sys::Storage>,
}

impl BrowserStore {
    /// The origin's localStorage.
    pub fn open() -> Self {
        // gloo's `raw()` panics when storage is missing; check through `window` first.
        let available = web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))));
        BrowserStore {
            storage: available.then(LocalStorage::raw),
        }
    }

    /// The tab's sessionStorage: it outlives a reload of the page but not the tab, and has a
    /// quota of its own, so changes that did not fit in localStorage can wait there
    /// ([`hamdel_storage::Workspace::keep_pending_in`]).
    pub fn session() -> Self {
        BrowserStore {
            storage: web_sys::window().and_then(|w| w.session_storage().ok().flatten()),
        }
    }

    /// Whether the browser allows storage at all.
    pub fn is_available(&self) -> bool {
        self.storage.is_some()
    }

    fn storage(&self) -> Result<&web_sys::Storage, StoreError> {
        self.storage.as_ref().ok_or(StoreError::Unavailable)
    }
}

/// Maps a thrown DOMException to the typed error (`QuotaExceededError` → `QuotaExceeded`).
fn map_error(err: JsValue) -> StoreError {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => StoreError::QuotaExceeded,
        Some(e) if e.name() == "SecurityError" => StoreError::Unavailable,
        Some(e) => StoreError::Backend { name: e.name() },
        None => StoreError::Backend {
            name: String::from("unknown"),
        },
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage()?.get_item(key).map_err(map_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage()?.set_item(key, value).map_err(map_error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage()?.remove_item(key).map_err(map_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = self.storage()?;
        let n = storage.length().map_err(map_error)?;
        let mut keys = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Some(k) = storage.key(i).map_err(map_error)? {
                keys.push(k);
            }
        }
        Ok(keys)
    }

    fn move_value(&self, from: &str, to: &str) -> Result<bool, StoreError> {
        // Through JavaScript values only: `get_item` would turn the value into a Rust `String`
        // and a lone UTF-16 surrogate into U+FFFD (review #15).
        let storage = self.storage()?;
        let call = |name: &str, args: &js_sys::Array| -> Result<JsValue, StoreError> {
            let f = js_sys::Reflect::get(storage, &JsValue::from_str(name))
                .map_err(map_error)?
                .dyn_into::<js_sys::Function>()
                .map_err(map_error)?;
            f.apply(storage, args).map_err(map_error)
        };
        let value = call("getItem", &js_sys::Array::of1(&JsValue::from_str(from)))?;
        if value.is_null() {
            return Ok(true);
        }
        call(
            "setItem",
            &js_sys::Array::of2(&JsValue::from_str(to), &value),
        )?;
        storage.remove_item(from).map_err(map_error)?;
        Ok(true)
    }

    fn used_units(&self) -> Result<usize, StoreError> {
        let mut used = 0;
        for key in self.keys()? {
            used += utf16_len(&key);
            if let Some(v) = self.get(&key)? {
                used += utf16_len(&v);
            }
        }
        Ok(used)
    }
}
