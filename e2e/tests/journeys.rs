//! End-to-end journeys in headless Chromium against the release build:
//! (a) counsellor creates a group that survives a reload; (b) Persian: `dir="rtl"` and Persian
//! digits; (c) member adds an entry, reloads, deletes and undoes; (d) corrupt stored data is
//! set aside with a message; (e) a change in one window appears in another; (f) no network
//! request leaves the page after load (the load includes the service worker installing the app
//! shell and taking control). Every journey ends by checking the console for errors.

use hamdel_e2e::Harness;
use serde_json::Value;

const PERSIAN_DIGITS: &str = "۰۱۲۳۴۵۶۷۸۹";

#[tokio::test]
async fn a_counsellor_creates_a_group_that_survives_a_reload() {
    let h = Harness::start().await;
    h.click("#role-counsellor").await;
    // An empty name is refused next to the field, in the person's language.
    h.click("#create-group").await;
    h.wait_until(
        "the empty name is marked invalid",
        "return document.querySelector('#new-group-name').getAttribute('aria-invalid') === 'true'",
    )
    .await;
    h.wait_for_text("لطفاً اینجا چیزی بنویسید.").await;

    h.type_into("#new-group-name", "گروه مهارت‌های مطالعه").await;
    h.click("#create-group").await;
    h.wait_for_text("گروه مهارت‌های مطالعه").await;
    // A new group opens on its own page.
    h.wait_for("#edit-plan").await;
    h.reload().await;
    h.wait_for_text("گروه مهارت‌های مطالعه").await;
    h.js("location.hash = '#/'; return true").await;
    // The role was remembered: home is the counsellor's list.
    h.wait_for("#group-list li").await;
    h.wait_for_text("گروه مهارت‌های مطالعه").await;
    h.finish().await;
}

#[tokio::test]
async fn persian_is_right_to_left_with_persian_digits() {
    let h = Harness::start().await;
    assert_eq!(
        h.js("return document.documentElement.dir").await,
        "rtl",
        "Persian is the default"
    );
    h.click("#lang-switch").await;
    h.wait_until(
        "English is left to right",
        "return document.documentElement.dir === 'ltr'",
    )
    .await;
    assert_eq!(h.js("return document.documentElement.lang").await, "en");
    h.click("#role-member").await;
    h.type_into("#new-entry-text", "A day in 2026").await;
    h.click("#add-entry").await;
    h.wait_for_text("A day in 2026").await;
    let english_dates = h
        .js("return document.querySelector('#entry-list .item-meta').innerText")
        .await;
    assert!(
        english_dates
            .as_str()
            .is_some_and(|t| t.chars().any(|c| c.is_ascii_digit()))
    );

    h.click("#lang-switch").await;
    h.wait_until(
        "Persian is right to left",
        "return document.documentElement.dir === 'rtl'",
    )
    .await;
    assert_eq!(h.js("return document.documentElement.lang").await, "fa");
    let meta = h
        .js("return document.querySelector('#entry-list .item-meta').innerText")
        .await;
    let meta = meta.as_str().unwrap_or_default().to_owned();
    assert!(
        meta.chars().any(|c| PERSIAN_DIGITS.contains(c)),
        "Persian digits in {meta:?}"
    );
    assert!(
        !meta.chars().any(|c| c.is_ascii_digit()),
        "no Latin digits in {meta:?}"
    );
    // Text a person typed keeps its own direction.
    assert_eq!(
        h.js("return document.querySelector('#entry-list .entry-text').getAttribute('dir')")
            .await,
        "auto"
    );
    // The choice persists.
    h.reload().await;
    assert_eq!(h.js("return document.documentElement.dir").await, "rtl");
    h.finish().await;
}

#[tokio::test]
async fn a_member_adds_deletes_and_undoes_an_entry() {
    let h = Harness::start().await;
    h.click("#role-member").await;
    h.type_into("#new-entry-text", "امروز در گروه حرف زدم.")
        .await;
    h.click("#add-entry").await;
    h.wait_for_text("امروز در گروه حرف زدم.").await;
    h.reload().await;
    h.wait_for_text("امروز در گروه حرف زدم.").await;

    h.entry_action("#entry-list li", "delete").await;
    h.wait_until(
        "the entry is gone",
        "return document.querySelectorAll('#entry-list li').length === 0",
    )
    .await;
    h.click(".notices .undo").await;
    h.wait_for_text("امروز در گروه حرف زدم.").await;
    h.reload().await;
    h.wait_for_text("امروز در گروه حرف زدم.").await;
    h.finish().await;
}

#[tokio::test]
async fn corrupt_stored_data_is_set_aside_and_reported() {
    let h = Harness::start().await;
    h.click("#role-member").await;
    let broken = r#"{"v":1,"records":[{"rev":1,"item":{"id":"x","#;
    h.js(&format!(
        "localStorage.setItem('hamdel/journal/00001', {}); return true",
        Value::String(broken.into())
    ))
    .await;
    h.reload().await;
    h.wait_for("#banner-recovered").await;
    let kept = h
        .js("return localStorage.getItem('hamdel-quarantine/hamdel/journal/00001#1')")
        .await;
    assert_eq!(
        kept,
        Value::String(broken.into()),
        "the raw value is preserved unchanged"
    );
    assert_eq!(
        h.js("return localStorage.getItem('hamdel/journal/00001')")
            .await,
        Value::Null
    );
    // The app still works.
    h.type_into("#new-entry-text", "after recovery").await;
    h.click("#add-entry").await;
    h.wait_for_text("after recovery").await;
    h.finish().await;
}

#[tokio::test]
async fn a_change_in_one_window_appears_in_the_other() {
    let h = Harness::start().await;
    h.click("#role-member").await;
    h.wait_for("#new-entry-text").await;
    let first = h.client.window().await.expect("current window");
    let second = h
        .client
        .new_window(false)
        .await
        .expect("second window")
        .handle;
    h.client
        .switch_to_window(second.clone())
        .await
        .expect("switch");
    h.open().await;
    h.wait_for("#new-entry-text").await;

    h.client
        .switch_to_window(first.clone())
        .await
        .expect("switch back");
    h.type_into("#new-entry-text", "written in the first window")
        .await;
    h.click("#add-entry").await;
    h.wait_for_text("written in the first window").await;

    h.client
        .switch_to_window(second.clone())
        .await
        .expect("switch");
    h.wait_for_text("written in the first window").await;
    // And back: an entry added in the second window reaches the first, and both survive.
    h.type_into("#new-entry-text", "written in the second window")
        .await;
    h.click("#add-entry").await;
    h.client.switch_to_window(first).await.expect("switch");
    h.wait_for_text("written in the second window").await;
    h.reload().await;
    h.wait_for_text("written in the first window").await;
    h.wait_for_text("written in the second window").await;
    h.finish().await;
}

#[tokio::test]
async fn no_network_request_leaves_the_page_after_load() {
    let h = Harness::start().await;
    // The load ends once the service worker has fetched the app shell and controls the page.
    // From then on any request the page makes is still a resource entry (even one the service
    // worker answers), and any the service worker makes reaches the server's counter.
    h.wait_for_service_worker().await;
    let loaded = h
        .js("return performance.getEntriesByType('resource').map(e => e.name)")
        .await;
    let at_load = h.server.requests();
    // Every resource of the load came from the app's own origin.
    let origin = h.server.url();
    for name in loaded.as_array().expect("a list") {
        let name = name.as_str().unwrap_or_default();
        assert!(
            name.starts_with(&origin),
            "request to another origin: {name}"
        );
    }

    // A journey through both spaces and settings.
    h.click("#role-counsellor").await;
    h.type_into("#new-group-name", "Friendship group").await;
    h.click("#create-group").await;
    h.wait_for_text("Friendship group").await;
    // The member space: Settings, then the other space.
    h.click("a[href='#/settings']").await;
    h.click("#start-member").await;
    h.click("a[href='#/member']").await;
    h.type_into("#new-entry-text", "private words").await;
    h.click("#add-entry").await;
    h.wait_for_text("private words").await;
    h.click("a[href='#/settings']").await;
    h.click("#theme-dark").await;
    h.click("#lang-switch").await;
    h.wait_for("#storage-meter").await;

    // The page itself cannot fetch anything any more: the after-load policy closes connect-src.
    let blocked = h
        .client
        .execute_async(
            "const done = arguments[0]; fetch('/index.html').then(() => done('fetched'), () => done('blocked'));",
            vec![],
        )
        .await
        .expect("script ran");
    assert_eq!(blocked, "blocked");
    let reported = h.console_errors().await;
    assert!(
        reported.iter().any(|e| e.contains("connect-src 'none'")),
        "the browser reports the CSP block: {reported:#?}"
    );

    let after = h
        .js("return performance.getEntriesByType('resource').length")
        .await;
    assert_eq!(
        after.as_u64(),
        Some(loaded.as_array().map_or(0, |a| a.len() as u64)),
        "no new resource entries"
    );
    assert_eq!(
        h.server.requests(),
        at_load,
        "the server saw no request after load"
    );
    h.finish().await;
}

#[tokio::test]
async fn every_screen_opens_without_console_errors_in_both_languages() {
    let h = Harness::start().await;
    for lang in ["fa", "en"] {
        for route in ["#/", "#/counsellor", "#/member", "#/settings"] {
            h.js(&format!("location.hash = '{route}'; return true"))
                .await;
            h.wait_for("main h1").await;
            h.screenshot(&format!("{lang}-{}", route.trim_start_matches("#/")))
                .await;
            let errors = h.console_errors().await;
            assert!(errors.is_empty(), "{route}: {errors:#?}");
        }
        h.click("#lang-switch").await;
    }
    // And the theme switch, in the dark.
    h.js("location.hash = '#/settings'; return true").await;
    h.click("#theme-dark").await;
    h.wait_until(
        "dark theme applied",
        "return document.documentElement.dataset.theme === 'dark'",
    )
    .await;
    // The dark palette is in effect (light-dark() follows color-scheme).
    assert_eq!(
        h.js("return getComputedStyle(document.documentElement).backgroundColor")
            .await,
        "rgb(17, 21, 20)"
    );
    h.screenshot("fa-settings-dark").await;
    h.finish().await;
}

#[tokio::test]
async fn a_full_storage_keeps_the_change_and_offers_a_way_out() {
    let h = Harness::start().await;
    h.click("#role-member").await;
    h.type_into("#new-entry-text", "stored before the disk filled")
        .await;
    h.click("#add-entry").await;
    h.wait_for_text("stored before the disk filled").await;
    let before = h
        .js("return localStorage.getItem('hamdel/journal/00001')")
        .await;

    // Another page of the same origin fills the quota almost to the brim.
    h.js("localStorage.setItem('filler', 'x'.repeat(5242880 - 2000)); return true")
        .await;
    h.click("a[href='#/settings']").await;
    h.wait_for("#storage-warning").await;
    h.click("a[href='#/member']").await;

    let long = "نوشته‌ای بلند ".repeat(300);
    h.type_into("#new-entry-text", &long).await;
    h.click("#add-entry").await;
    h.wait_for(".notice-error").await;
    h.wait_for("#banner-unsaved").await;
    // The change is still on screen, the way out is offered, the stored copy is untouched.
    assert_eq!(
        h.js("return document.querySelectorAll('#entry-list li').length")
            .await,
        2
    );
    assert!(
        h.js("return [...document.querySelectorAll('.notice-error button')].length >= 2")
            .await
            == Value::Bool(true),
        "save-to-file and retry are offered"
    );
    assert_eq!(
        h.js("return localStorage.getItem('hamdel/journal/00001')")
            .await,
        before
    );

    // Space is freed; trying again stores the change.
    h.js("localStorage.removeItem('filler'); return true").await;
    h.click("#banner-unsaved button").await;
    h.wait_until(
        "nothing is pending",
        "return document.querySelector('#banner-unsaved') === null",
    )
    .await;
    h.reload().await;
    assert_eq!(
        h.js("return document.querySelectorAll('#entry-list li').length")
            .await,
        2
    );
    h.finish().await;
}

/// Review #10: editing one entry in two windows. B's open edit form closed when A saved the
/// entry, and what B had typed was gone (the row was keyed on its text).
#[tokio::test]
async fn an_open_editor_keeps_its_text_when_another_window_saves_the_entry() {
    let h = Harness::start().await;
    h.click("#role-member").await;
    h.type_into("#new-entry-text", "the first version").await;
    h.click("#add-entry").await;
    h.wait_for_text("the first version").await;
    let a = h.client.window().await.expect("current window");
    let b = h
        .client
        .new_window(false)
        .await
        .expect("second window")
        .handle;
    h.client.switch_to_window(b.clone()).await.expect("switch");
    h.open().await;
    h.wait_for_text("the first version").await;
    h.entry_action("#entry-list li", "edit").await;
    h.type_into("#entry-list textarea", "typed in window B")
        .await;

    h.client.switch_to_window(a.clone()).await.expect("switch");
    h.entry_action("#entry-list li", "edit").await;
    h.type_into("#entry-list textarea", "saved in window A")
        .await;
    h.click("#entry-list form button.primary").await;
    h.wait_for_text("saved in window A").await;

    h.client.switch_to_window(b).await.expect("switch");
    // A's save reaches B (the storage event) while B's editor stays open with B's text.
    h.wait_until(
        "A's change is taken in by B",
        "return JSON.stringify(localStorage).includes('saved in window A')",
    )
    .await;
    h.wait_until(
        "B's editor is still open with its text",
        "const t = document.querySelector('#entry-list textarea'); \
         return t !== null && t.value === 'typed in window B'",
    )
    .await;
    h.click("#entry-list form button.primary").await;
    // Both versions are kept.
    h.wait_for_text("typed in window B").await;
    h.wait_for_text("saved in window A").await;
    h.reload().await;
    h.wait_for_text("typed in window B").await;
    h.wait_for_text("saved in window A").await;
    h.finish().await;
}

/// Review #11: an entry written while storage was full disappeared on reload or tab close,
/// with no warning. The page now asks before it unloads while changes are pending, and the
/// change waits in the tab's sessionStorage across a reload.
#[tokio::test]
async fn a_change_that_did_not_fit_is_warned_about_and_survives_a_reload() {
    let unload_prevented = "const e = new Event('beforeunload', {cancelable: true}); \
                            window.dispatchEvent(e); return e.defaultPrevented";
    let h = Harness::start().await;
    h.click("#role-member").await;
    h.type_into("#new-entry-text", "stored while there was room")
        .await;
    h.click("#add-entry").await;
    h.wait_for_text("stored while there was room").await;
    assert_eq!(
        h.js(unload_prevented).await,
        Value::Bool(false),
        "nothing pending: no question"
    );

    h.js("localStorage.setItem('filler', 'x'.repeat(5242880 - 2000)); return true")
        .await;
    let long = "نوشته‌ای که جا نشد ".repeat(200);
    h.type_into("#new-entry-text", &long).await;
    h.click("#add-entry").await;
    h.wait_for("#banner-unsaved").await;
    assert_eq!(
        h.js(unload_prevented).await,
        Value::Bool(true),
        "pending: the browser asks"
    );
    assert_eq!(
        h.js("return sessionStorage.getItem('hamdel/journal/pending') !== null")
            .await,
        Value::Bool(true),
        "the change waits in sessionStorage"
    );

    h.reload().await;
    // Still no room: the change is back on screen, still pending, and the person is told.
    h.wait_for("#banner-unsaved").await;
    h.wait_for_text("نوشته‌ای که جا نشد").await;
    h.js("localStorage.removeItem('filler'); return true").await;
    h.click("#banner-unsaved button").await;
    h.wait_until(
        "nothing is pending",
        "return document.querySelector('#banner-unsaved') === null \
         && sessionStorage.getItem('hamdel/journal/pending') === null",
    )
    .await;
    h.reload().await;
    h.wait_for_text("نوشته‌ای که جا نشد").await;
    h.wait_for_text("stored while there was room").await;
    h.finish().await;
}

/// #20: before the app downloads, `index.html` paints the first screen's shell, and
/// `first-paint.js` (run before the body is painted) puts the saved language, direction and
/// theme on `<html>`; the app removes the shell as it mounts, leaving one header.
#[tokio::test]
async fn the_first_paint_shell_follows_the_saved_language_and_leaves_when_the_app_mounts() {
    let dist = std::path::PathBuf::from(std::env::var("HAMDEL_DIST").expect("HAMDEL_DIST"));
    let index = std::fs::read_to_string(dist.join("index.html")).expect("index.html");
    let script = std::fs::read_to_string(dist.join("first-paint.js")).expect("first-paint.js");
    let boot = index
        .find("id=\"boot\"")
        .expect("the shell is in index.html");
    let first_paint = index
        .find("first-paint.js")
        .expect("the script is in index.html");
    assert!(
        first_paint < index.find("<body").expect("a body"),
        "in the head, before paint"
    );
    assert!(index[boot..].contains("همدل باز می‌شود") && index[boot..].contains("Opening Hamdel"));

    let h = Harness::start().await;
    h.wait_for("#role-member").await;
    assert_eq!(
        h.js("return document.getElementById('boot') === null && document.querySelectorAll('.app-header').length === 1")
            .await,
        true,
        "the app took the shell's place"
    );
    h.click("#role-member").await;
    h.click("#lang-switch").await;
    h.wait_until(
        "English is left to right",
        "return document.documentElement.dir === 'ltr'",
    )
    .await;
    // The script alone, on a page set back to the defaults, finds the saved English.
    let run = format!(
        "document.documentElement.setAttribute('lang', 'fa'); \
         document.documentElement.setAttribute('dir', 'rtl'); {script}; \
         return document.documentElement.lang + ' ' + document.documentElement.dir"
    );
    assert_eq!(h.js(&run).await, "en ltr");
    // Unreadable settings leave the Persian default.
    let broken = format!(
        "localStorage.setItem('hamdel/settings', '{{'); \
         document.documentElement.setAttribute('lang', 'fa'); \
         document.documentElement.setAttribute('dir', 'rtl'); {script}; \
         return document.documentElement.lang + ' ' + document.documentElement.dir"
    );
    assert_eq!(h.js(&broken).await, "fa rtl");
    h.finish().await;
}

/// #20: on a first visit to the start page the shell *is* the welcome screen: same words, same
/// boxes as the app's, in Persian and English, on a phone; so the app replaces it with no
/// layout shift and no larger element (the shell's paint is the page's largest contentful
/// paint). The shell is taken from dist/index.html and laid out in the same page for the
/// comparison.
#[tokio::test]
async fn on_a_first_visit_the_shell_is_the_welcome_screen_the_app_draws() {
    let dist = std::path::PathBuf::from(std::env::var("HAMDEL_DIST").expect("HAMDEL_DIST"));
    let index = std::fs::read_to_string(dist.join("index.html")).expect("index.html");
    let script = std::fs::read_to_string(dist.join("first-paint.js")).expect("first-paint.js");
    let start = index.find("<div id=\"boot\"").expect("the shell");
    let end = index[start..].find("</body>").expect("body end") + start;
    let shell = &index[start..end];

    let h = Harness::start().await;
    h.emulate_screen(Some((390, 844)), true).await;
    // The script marks a first visit to the start page, and nothing else.
    let boot_of = |hash: &str, settings: &str| {
        format!(
            "history.replaceState(null, '', '{hash}' || location.pathname); localStorage.clear(); {settings}; \
             document.documentElement.removeAttribute('data-boot'); {script}; \
             const b = document.documentElement.getAttribute('data-boot'); localStorage.clear(); return b"
        )
    };
    assert_eq!(h.js(&boot_of("", "")).await, "welcome");
    assert_eq!(
        h.js(&boot_of("#/join/abc", "")).await,
        Value::Null,
        "a kit link is no welcome screen"
    );
    assert_eq!(
        h.js(&boot_of("", "localStorage.setItem('hamdel/settings', JSON.stringify({v: 1, settings: {role: 'Member', locale: 'fa'}}))")).await,
        Value::Null,
        "a role chosen: not the welcome screen"
    );
    h.js("history.replaceState(null, '', location.pathname); return true")
        .await;
    h.reload().await;

    // Each box of the screen, app or shell (`root`), rounded to a tenth of a pixel.
    let boxes = |root: &str| {
        format!(
            "const r = {root}; const pick = s => [...r.querySelectorAll(s)].map(e => {{ const b = e.getBoundingClientRect(); \
               return [s, Math.round(b.x * 10) / 10, Math.round(b.y * 10) / 10, Math.round(b.width * 10) / 10, Math.round(b.height * 10) / 10]; }}); \
             return [...pick('.app-header'), ...pick('.help-button'), ...pick('.lang-switch').filter(b => b[3] > 0), \
               ...pick('.welcome h1'), ...pick('.welcome .lead'), ...pick('.role-choice'), ...pick('.welcome .muted'), \
               r.querySelector('.welcome').innerText]"
        )
    };
    for lang in ["fa", "en"] {
        h.wait_for("#role-member").await;
        let app = h.js(&boxes("document")).await;
        // The shell in the same page, in the same place, with the app's own nodes out of the way.
        h.client
            .execute(
                "for (const e of document.body.children) e.dataset.hidden = e.style.display, e.style.display = 'none'; \
                 document.documentElement.setAttribute('data-boot', 'welcome'); \
                 document.body.insertAdjacentHTML('afterbegin', arguments[0]); return true",
                vec![Value::from(shell)],
            )
            .await
            .expect("lay out the shell");
        let boot = h.js(&boxes("document.getElementById('boot')")).await;
        assert_eq!(
            boot, app,
            "{lang}: the shell's boxes and words are the app's"
        );
        h.js("document.getElementById('boot').remove(); document.documentElement.removeAttribute('data-boot'); \
              for (const e of document.body.children) e.style.display = e.dataset.hidden || ''; return true")
            .await;
        if lang == "fa" {
            h.click("#lang-switch").await;
            h.wait_until("English", "return document.documentElement.lang === 'en'")
                .await;
        }
    }
    h.finish().await;
}

/// After a screen change the focus goes to the new heading on the next frame, but not when the
/// person (or the screen itself) has moved it meanwhile: a Tab pressed right after a tab link
/// must not see the focus jump back to the heading (seen in CI's keyboard journey).
#[tokio::test]
async fn the_focus_does_not_jump_back_to_the_heading_once_moved() {
    let h = Harness::start().await;
    h.click("#role-member").await;
    h.wait_for("#new-entry-text").await;

    // A plain screen change: the heading takes the focus.
    h.go("#/member/goals").await;
    h.wait_until(
        "the focus on the goals heading",
        "return location.hash === '#/member/goals' && document.activeElement === document.querySelector('main h1')",
    )
    .await;

    // The focus moved by the time the next frame comes (this listener runs after the app's):
    // it stays where it was put.
    h.js("addEventListener('hashchange', () => document.querySelector('.tab-bar a').focus(), { once: true }); \
          location.hash = '#/member/surveys'; return true")
        .await;
    h.wait_for("#take-who5").await;
    let stayed = h
        .js("return new Promise(done => setTimeout(() => done(document.activeElement === document.querySelector('.tab-bar a')), 300))")
        .await;
    assert_eq!(
        stayed,
        Value::Bool(true),
        "the focus was taken back to the heading"
    );
    h.finish().await;
}
