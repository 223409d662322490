//! Print that works on paper (#17): a group from a ready plan with eight members, printed to PDF
//! the way Chromium prints (A4, not shrunk): every session handout takes one or two pages, the
//! whole plan about two a session, the attendance sheet one; and no print view is wider than an
//! A4 page's printable width. The figures are printed for the closing note.

use hamdel_e2e::Harness;

/// A4's printable width at 96 px an inch with 1 cm margins: 190 mm.
const A4_WIDTH: u32 = 718;

#[tokio::test]
async fn every_print_view_fits_a4() {
    let h = Harness::start().await;
    h.use_language("fa").await;
    h.click("#role-counsellor").await;
    h.choose("#template-pick", "anger-management").await;
    h.click("#create-from-template").await;
    h.wait_for("#edit-plan").await;
    let group = h.hash().await;
    for k in 1..=8 {
        h.click("#add-member").await;
        h.wait_until(
            "a member added",
            &format!("return document.querySelectorAll('#member-list li').length === {k}"),
        )
        .await;
    }
    let sessions = h
        .js("return document.querySelectorAll('#session-list li').length")
        .await
        .as_u64()
        .unwrap_or(0) as usize;
    assert!(sessions >= 6, "the plan has its sessions: {sessions}");

    // The PDF count can fail: a page of 3 m of text is more than two pages.
    h.go(&format!("{group}/print/session/2")).await;
    h.wait_for("#print-sheet").await;
    h.js("const d = document.createElement('div'); d.id = 'planted'; d.style.blockSize = '3000mm'; document.querySelector('#print-sheet').append(d); return true").await;
    let planted = h.printed_pages().await;
    assert!(
        planted > 10,
        "a planted 3 m block prints on many pages: {planted}"
    );

    let mut figures = Vec::new();
    let mut problems = Vec::new();
    let mut views: Vec<(String, usize)> = (1..=sessions)
        .map(|i| (format!("print/session/{i}"), 2))
        .collect();
    views.push(("print/plan".into(), 2 * sessions + 1));
    views.push(("print/attendance".into(), 1));
    for (view, most) in &views {
        h.go(&format!("{group}/{view}")).await;
        h.wait_for("#print-sheet").await;
        let pages = h.printed_pages().await;
        figures.push(format!("{view}: {pages} pages"));
        if pages > *most {
            problems.push(format!("{view}: {pages} A4 pages, more than {most}"));
        }
    }

    // No print view is wider than the page.
    h.emulate_screen(Some((A4_WIDTH, 1000)), false).await;
    h.emulate_media("print").await;
    for view in views.iter().map(|(v, _)| v.as_str()).chain([
        "print/surveys",
        "print/slips",
        "print/consent",
    ]) {
        h.go(&format!("{group}/{view}")).await;
        h.wait_for("main h1, main h2").await;
        let wide = h
            .js("const r = [...document.querySelectorAll('main *')].map(e => e.getBoundingClientRect()).filter(b => b.width > 0); \
                 return Math.ceil(Math.max(document.documentElement.scrollWidth, ...r.map(b => b.right)) - Math.min(0, ...r.map(b => b.left)))")
            .await
            .as_u64()
            .unwrap_or(0);
        if wide > u64::from(A4_WIDTH) {
            problems.push(format!("{view}: {wide} px wide on a {A4_WIDTH} px page"));
        }
    }
    h.emulate_media("screen").await;
    h.emulate_screen(None, false).await;
    eprintln!("printed on A4:\n{}", figures.join("\n"));
    h.finish().await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
