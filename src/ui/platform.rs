//! Small browser facilities the UI needs besides storage: today's date, fresh ids, saving a
//! file, and the root element's language, direction and theme.

use crate::domain::{Id, Settings};
use chrono::NaiveDate;
use wasm_bindgen::JsCast;

/// Today's date in the device's time zone.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// The device's time zone as an IANA name (`Asia/Tehran`); empty if the browser does not say.
pub fn time_zone() -> String {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&options, &wasm_bindgen::JsValue::from_str("timeZone"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// The device zone's offset from UTC, in minutes east, at local time `t` (daylight saving
/// included).
pub fn utc_offset_minutes(t: chrono::NaiveDateTime) -> i32 {
    use chrono::{Datelike, Timelike};
    let d = js_sys::Date::new_with_year_month_day_hr_min(
        t.year() as u32,
        t.month0() as i32,
        t.day() as i32,
        t.hour() as i32,
        t.minute() as i32,
    );
    -(d.get_timezone_offset() as i32)
}

/// Now, in UTC.
pub fn now_utc() -> chrono::NaiveDateTime {
    chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64)
        .map(|t| t.naive_utc())
        .unwrap_or_default()
}

/// A fresh record id from the clock and the browser's random numbers.
pub fn new_id() -> Id {
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    Id::generate(millis, random)
}

/// This tab's id: kept in `window.name`, which survives a reload of the same tab and is not
/// storage (nothing personal; the journal draft of each tab is its own, review L7).
pub fn tab_id() -> String {
    const PREFIX: &str = "hamdel-tab-";
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    match window.name() {
        Ok(name) if name.starts_with(PREFIX) => name,
        _ => {
            let name = format!("{PREFIX}{}", new_id().as_str());
            let _ = window.set_name(&name);
            name
        }
    }
}

/// Offers `contents` to the person as a file download named `file_name`. Nothing leaves the
/// device: the browser writes the file locally.
pub fn save_file(file_name: &str, mime: &str, contents: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .ok()
        .is_some_and(|blob| download_blob(file_name, &blob))
}

/// Offers `bytes` as a file download named `file_name` (an encrypted backup).
pub fn save_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> bool {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .ok()
        .is_some_and(|blob| download_blob(file_name, &blob))
}

/// How offering a file to the phone's share sheet went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The share sheet took it.
    Shared,
    /// The person closed the share sheet without choosing.
    Cancelled,
    /// This browser cannot share files (most desktop browsers): save it instead.
    Unsupported,
}

/// Offers `bytes` as a file to the system's share sheet (Web Share API Level 2), where the
/// browser can share files. Called from a click: the share starts before anything is awaited,
/// as the browser asks. `navigator.share` is reached by name, so the app needs no unstable
/// web-sys API.
pub async fn share_file(file_name: &str, mime: &str, bytes: &[u8], title: &str) -> Shared {
    use js_sys::{Array, Function, Object, Reflect};
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Shared::Unsupported;
    };
    let method = |name: &str| {
        Reflect::get(&nav, &name.into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
    };
    let (Some(can_share), Some(share)) = (method("canShare"), method("share")) else {
        return Shared::Unsupported;
    };
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let parts = Array::of1(&js_sys::Uint8Array::from(bytes));
    let Ok(file) =
        web_sys::File::new_with_u8_array_sequence_and_options(&parts, file_name, &options)
    else {
        return Shared::Unsupported;
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &"files".into(), &Array::of1(&file));
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let can = can_share
        .call1(&nav, &data)
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if !can {
        return Shared::Unsupported;
    }
    let Ok(promise) = share.call1(&nav, &data) else {
        return Shared::Unsupported;
    };
    match wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(_) => Shared::Shared,
        // AbortError: the person closed the sheet. Anything else: the file is saved instead.
        Err(e) => {
            let name = Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Shared::Cancelled
            } else {
                Shared::Unsupported
            }
        }
    }
}

fn download_blob(file_name: &str, blob: &web_sys::Blob) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return false;
    };
    let saved = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(file_name);
            a.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    saved
}

/// The bytes of a file the person chose (nothing is uploaded: the browser reads it locally).
pub async fn read_file(file: web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The first file chosen in an `<input type=file>` whose change event this is.
pub fn chosen_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
        .and_then(|files| files.get(0))
}

/// Every file chosen in an `<input type=file multiple>` whose change event this is.
pub fn chosen_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(files) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
    else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// Runs `f` and records its duration as a User Timing measure named `name` (read by the
/// benchmark command: `performance.getEntriesByName(name)`; costs two marks).
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let perf = web_sys::window().and_then(|w| w.performance());
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    if let Some(p) = &perf {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &perf {
        let _ = p.mark(&end);
        let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
        p.clear_marks_with_mark_name(&start);
        p.clear_marks_with_mark_name(&end);
    }
    out
}

/// Records a User Timing mark (the benchmark reads `hamdel-first-screen`).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Whether the page was opened as `…?bench` by the benchmark command: then a backup also times
/// a key derivation on its own, so the report can give export time without it.
pub fn bench_mode() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.contains("bench"))
}

/// Now, as RFC 3339 in UTC.
pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Puts `lang`, `dir` and `data-theme` on `<html>` so the whole page follows the settings.
pub fn apply_to_root(settings: &Settings) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", settings.locale.tag());
        let _ = root.set_attribute("dir", settings.locale.dir());
        let _ = root.set_attribute("data-theme", settings.theme.attr());
    }
}

/// Removes the first screen's shell that `index.html` paints while the app downloads (#20);
/// called right before the app mounts, so the two are swapped in one frame.
pub fn remove_boot_shell() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// The location hash, e.g. `#/member`.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Changes the location hash (adds a history entry).
pub fn set_location_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// Adds a second Content-Security-Policy with `connect-src 'none'` once the app is running.
/// Policies add up, so from here on the page cannot fetch anything, not even from its own
/// origin (the first policy allowed that only so the browser could load the .wasm module).
pub fn close_network() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(head) = document.head() else { return };
    if document.get_element_by_id("csp-after-load").is_some() {
        return;
    }
    if let Ok(meta) = document.create_element("meta") {
        meta.set_id("csp-after-load");
        let _ = meta.set_attribute("http-equiv", "Content-Security-Policy");
        let _ = meta.set_attribute("content", "connect-src 'none'");
        let _ = head.append_child(&meta);
    }
}

/// Takes the keyboard focus off whatever has it (its `change` event fires now).
pub fn blur_active() {
    if let Some(el) = active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.blur();
    }
}

/// Focuses the element with `id` now (it is already drawn).
pub fn focus_now(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Focuses the element with `id` at the next frame (after the view has updated).
pub fn focus_soon(id: &str) {
    let id = id.to_owned();
    focus_next_frame(move |d| d.get_element_by_id(&id), false);
}

/// After the next frame, focuses the element `find` picks; `programmatic` makes it focusable
/// first (a heading: `tabindex=-1`, out of the Tab order).
fn focus_next_frame(
    find: impl FnOnce(&web_sys::Document) -> Option<web_sys::Element> + 'static,
    programmatic: bool,
) {
    leptos::prelude::request_animation_frame(move || {
        let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| find(&d))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        if programmatic && !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    });
}

/// Moves the focus to the current screen's heading once it is drawn (after a screen change),
/// unless the focus has been moved meanwhile (a Tab pressed before the next frame, or the new
/// screen focusing a field of its own): the focus never jumps back under a person's hands.
pub fn focus_heading_soon() {
    let before = active_element();
    focus_next_frame(
        move |d| {
            let body: Option<web_sys::Element> = d.body().map(Into::into);
            let moved = d
                .active_element()
                .is_some_and(|now| Some(&now) != before.as_ref() && Some(&now) != body.as_ref());
            if moved {
                return None;
            }
            d.query_selector("main h1").ok().flatten()
        },
        true,
    );
}

/// The element that has the focus now, if any.
fn active_element() -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
}

/// Runs `f` once after `ms` milliseconds.
pub fn after_ms(ms: u64, f: impl FnOnce() + 'static) {
    leptos::prelude::set_timeout(f, std::time::Duration::from_millis(ms));
}
