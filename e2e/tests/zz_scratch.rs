//! Scratch (not committed): does DevTools offline reach the service worker's own fetches?
use hamdel_e2e::Harness;
#[tokio::test]
async fn scratch() {
    let h = Harness::start().await;
    h.wait_for_service_worker().await;
    let before = h.server.requests();
    h.set_offline(true).await;
    if std::env::var("STOP").is_ok() { h.server.stop(); }
    h.client.refresh().await.expect("reload");
    tokio::time::sleep(std::time::Duration::from_secs(4)).await;
    let mounted = h.js("return !!document.querySelector('header.app-header')").await;
    eprintln!("mounted offline: {mounted}; server requests during offline: {}", h.server.requests() - before);
    eprintln!("errors: {:#?}", h.console_errors().await);
}
