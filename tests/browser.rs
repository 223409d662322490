//! Browser tests (wasm-bindgen-test in headless Chromium): the real localStorage behind the
//! store trait, a real quota error mapped to the typed error, and the mounted app following the
//! language switch.
#![cfg(target_arch = "wasm32")]

use hamdel::storage::{BrowserStore, KeyValueStore, StoreError};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
        .clear()
        .expect("clear");
}

async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
            .expect("timer");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("timer fired");
}

#[wasm_bindgen_test]
fn local_storage_round_trip() {
    clear();
    let store = BrowserStore::open();
    assert!(store.is_available());
    store.set("hamdel/test", "سلام, world").expect("stored");
    assert_eq!(store.get("hamdel/test"), Ok(Some("سلام, world".to_owned())));
    assert_eq!(store.keys(), Ok(vec!["hamdel/test".to_owned()]));
    assert_eq!(
        store.used_units(),
        Ok("hamdel/test".len() + "سلام, world".chars().count())
    );
    store.remove("hamdel/test").expect("removed");
    assert_eq!(store.get("hamdel/test"), Ok(None));
}

#[wasm_bindgen_test]
fn a_real_quota_error_is_the_typed_error_and_keeps_the_old_value() {
    clear();
    let store = BrowserStore::open();
    store.set("hamdel/quota", "small").expect("stored");
    let too_big = "x".repeat(6 * 1024 * 1024);
    assert_eq!(
        store.set("hamdel/quota", &too_big),
        Err(StoreError::QuotaExceeded)
    );
    assert_eq!(store.get("hamdel/quota"), Ok(Some("small".to_owned())));
    clear();
}

#[wasm_bindgen_test]
async fn the_mounted_app_follows_the_language_switch() {
    clear();
    let root = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .expect("html")
    };
    leptos::mount::mount_to_body(hamdel::ui::App);
    tick().await;
    assert_eq!(root().get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(root().get_attribute("lang").as_deref(), Some("fa"));
    let button: web_sys::HtmlElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("lang-switch"))
        .and_then(|e| e.dyn_into().ok())
        .expect("the language switch");
    button.click();
    tick().await;
    assert_eq!(root().get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(root().get_attribute("lang").as_deref(), Some("en"));
    button.click();
    tick().await;
    assert_eq!(root().get_attribute("dir").as_deref(), Some("rtl"));
    clear();
}

/// Review #15: a stored value holding a lone UTF-16 surrogate is set aside exactly as it was,
/// not changed to U+FFFD on the way through a Rust `String`.
#[wasm_bindgen_test]
fn a_value_with_a_lone_surrogate_is_set_aside_unchanged() {
    clear();
    let put = js_sys::Function::new_no_args(
        "localStorage.setItem('hamdel/journal/00001', '{\"v\":4,\"records\":[\\ud800');",
    );
    put.call0(&wasm_bindgen::JsValue::NULL).expect("planted");
    let ws = hamdel::storage::Workspace::open(BrowserStore::open());
    assert_eq!(ws.journal().len(), 0);
    let check = js_sys::Function::new_no_args(
        "const v = localStorage.getItem('hamdel-quarantine/hamdel/journal/00001#1'); \
         return v !== null && v.length === 19 && v.charCodeAt(18) === 0xd800 \
         && localStorage.getItem('hamdel/journal/00001') === null;",
    );
    let same = check.call0(&wasm_bindgen::JsValue::NULL).expect("checked");
    assert_eq!(
        same.as_bool(),
        Some(true),
        "the value was changed on the way aside"
    );
    clear();
}
