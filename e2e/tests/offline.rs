//! Offline: after one visit the app opens and works with no network at all. The service worker
//! takes control, then the browser's network is switched off (DevTools "Offline") and the
//! static server is stopped as well, so nothing can come from anywhere but the service worker's
//! cache; the app mounts, a member writes a journal entry, and after another reload it is there.
//! No console error on the way (a failed fetch would log one).

use hamdel_e2e::Harness;

#[tokio::test]
async fn the_app_opens_and_keeps_an_entry_with_no_network() {
    let h = Harness::start().await;
    h.wait_for_service_worker().await;
    let url = h.server.url();

    h.set_offline(true).await;
    h.server.stop();
    assert_eq!(
        h.js("return navigator.onLine").await,
        false,
        "the browser knows it is offline"
    );

    // Reload: the page, its scripts, styles and wasm all come from the cache.
    h.reload().await;
    h.click("#role-member").await;
    h.wait_for("#new-entry-text").await;
    let text = "Written with no network";
    h.type_into("#new-entry-text", text).await;
    h.click("#add-entry").await;
    h.wait_for_text(text).await;

    // Again, and the entry is listed.
    h.reload().await;
    h.js("location.hash = '#/member'; return true").await;
    h.wait_for_text(text).await;

    // Any address of the app opens the app offline (a navigation the cache does not hold
    // falls back to the cached page).
    h.client
        .goto(&format!("{url}?from=an-old-bookmark#/member"))
        .await
        .expect("open another address offline");
    h.wait_for(Harness::MOUNTED).await;
    h.wait_for_text(text).await;
    assert_eq!(
        h.js("return !!navigator.serviceWorker.controller").await,
        true,
        "still served by the service worker"
    );
    h.finish().await;
}
