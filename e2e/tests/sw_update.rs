//! Review #12: a service-worker update from build A to build B. Build A (a copy of `dist/`) is
//! served and opened until its worker controls the page and an entry is stored; then the served
//! folder becomes build B (a changed page, and its own `sw.js` with a new cache name).
//! After reloads B's files are served, A's cache is gone, and nothing stored was touched.

use hamdel_e2e::Harness;
use std::path::{Path, PathBuf};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create");
    for entry in std::fs::read_dir(from).expect("read dist") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

#[tokio::test]
async fn a_new_build_replaces_the_old_one_and_keeps_the_data() {
    let dist = std::env::var_os("HAMDEL_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(xtask::dist);
    let served = std::env::temp_dir().join(format!("hamdel-sw-update-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&served);
    copy_dir(&dist, &served);
    let cache_a = xtask::service_worker::write(&served).expect("build A's worker");
    // SAFETY of the environment: this test binary runs this one test; the harness reads it.
    unsafe { std::env::set_var("HAMDEL_DIST", &served) };
    let h = Harness::start().await;
    h.wait_for_service_worker().await;
    h.click("#role-member").await;
    let text = "Written with build A";
    h.type_into("#new-entry-text", text).await;
    h.click("#add-entry").await;
    h.wait_for_text(text).await;
    let stored_a = h.stored_text().await;
    let caches = h.js("return caches.keys()").await;
    assert_eq!(caches, serde_json::json!([cache_a]), "build A's cache");

    // Build B: the page changed (a file without a subresource-integrity hash, so the change
    // is allowed), and its worker names a new cache.
    let page = served.join("index.html");
    let html = std::fs::read_to_string(&page).expect("index.html");
    std::fs::write(&page, html.replace("</body>", "<!-- build B --></body>")).expect("write");
    let cache_b = xtask::service_worker::write(&served).expect("build B's worker");
    assert_ne!(cache_a, cache_b);

    // The browser checks the worker on navigation; B installs, takes over and deletes A's cache.
    h.reload().await;
    h.wait_until(
        "build B's worker controls the page",
        &format!("return caches.keys().then(k => k.length === 1 && k[0] === '{cache_b}')"),
    )
    .await;
    h.reload().await;
    h.wait_until(
        "build B's page is what the worker serves",
        // Read from the caches the worker answers from (the page itself may not fetch: after
        // start the CSP closes every connection).
        "return caches.match('index.html').then(r => r ? r.text() : '').then(t => t.includes('build B'))",
    )
    .await;
    assert!(
        h.js("return document.documentElement.outerHTML.includes('build B')")
            .await
            .as_bool()
            == Some(true),
        "the page shown is build B's"
    );
    h.js("location.hash = '#/member'; return true").await;
    h.wait_for_text(text).await;
    let lines = |s: &str| {
        let mut l: Vec<String> = s.lines().map(str::to_owned).collect();
        l.sort();
        l
    };
    assert_eq!(
        lines(&h.stored_text().await),
        lines(&stored_a),
        "stored data changed by the update"
    );
    let _ = std::fs::remove_dir_all(&served);
    h.finish().await;
}
