//! Review L6: the app works under a sub-path (`https://example.org/hamdel/`), not only at the
//! root. The built `dist/` is served under `/hamdel/` only (anything outside it is not found):
//! the app mounts, every file it loads comes from the sub-path, the service worker is
//! registered relative to the page with the sub-path as its scope, and an entry survives a
//! reload. No console error on the way (a file not found would log one).

use hamdel_e2e::Harness;

#[tokio::test]
async fn the_app_works_under_a_sub_path() {
    let h = Harness::start_under("/hamdel/").await;
    assert!(h.server.url().ends_with("/hamdel/"));
    h.wait_for_service_worker().await;
    let scope = h
        .js("return navigator.serviceWorker.getRegistration().then(r => r ? r.scope : '')")
        .await;
    assert_eq!(
        scope.as_str(),
        Some(h.server.url().as_str()),
        "the worker's scope is the sub-path"
    );
    let outside = h
        .js("return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.startsWith('http') && !n.includes('/hamdel/'))")
        .await;
    assert_eq!(
        outside,
        serde_json::json!([]),
        "files loaded from outside the sub-path"
    );
    h.click("#role-member").await;
    let text = "Written under a sub-path";
    h.type_into("#new-entry-text", text).await;
    h.click("#add-entry").await;
    h.wait_for_text(text).await;
    h.reload().await;
    h.js("location.hash = '#/member'; return true").await;
    h.wait_for_text(text).await;
    h.finish().await;
}
