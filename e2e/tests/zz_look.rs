use hamdel_e2e::Harness;
#[tokio::test]
async fn look() {
    let h = Harness::start().await;
    h.emulate_screen(Some((390, 844)), true).await;
    h.use_language("fa").await;
    h.click("#role-counsellor").await;
    h.choose("#template-pick", "anger-management").await;
    h.click("#create-from-template").await;
    h.wait_for("#plan-name").await;
    let group = h.hash().await;
    h.go(&format!("{group}/session/2")).await;
    h.wait_for("#blocks").await;
    h.js("document.querySelector('#agenda-title').scrollIntoView(); return true").await;
    h.screenshot("look-timeline").await;
    h.click("#block-1-row").await;
    h.js("document.querySelector('#block-1-row').scrollIntoView(); return true").await;
    h.screenshot("look-open").await;
    h.click("#open-library").await;
    h.wait_for("#library-results li").await;
    h.screenshot("look-sheet").await;
    let m = h.js("return getComputedStyle(document.querySelector('#blocks > li')).listStyleType").await;
    eprintln!("marker {m}");
}
