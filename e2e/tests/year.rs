//! The school year at a glance (#18), hand-counted: in school year 1404 (from 1 Mehr 1404 =
//! 2025-09-23) "Alpha" meets from Saturday 2025-10-04 with three members (session 1 all present
//! but M3, session 2 all present: 2 held, 5 present of 6 marks) and M1's WHO-5 before 20 and
//! after 25 (paired +5.0, n 1); "Beta" from 2025-11-01 with two members and no session held;
//! "Gamma" from 2026-10-03 belongs to the next year. The year: 2 groups, 5 students, 2 sessions
//! held, attendance 5 / 6 = 83 %; the CSV, read by Python's csv module, says the same.

use hamdel_e2e::Harness;

async fn group(h: &Harness, name: &str, start: &str, members: usize) -> String {
    h.go("#/counsellor").await;
    h.type_into("#new-group-name", name).await;
    h.click("#create-group").await;
    h.wait_for("#edit-plan").await;
    let group = h.hash().await;
    h.click("#edit-plan").await;
    h.type_into("#plan-start", start).await;
    h.choose("#plan-weekday", "5").await;
    h.click("#save-plan").await;
    h.wait_for("#plan-summary").await;
    for k in 1..=members {
        h.click("#add-member").await;
        h.wait_until(
            "a member added",
            &format!("return document.querySelectorAll('#member-list li').length === {k}"),
        )
        .await;
    }
    group
}

#[tokio::test]
async fn the_year_at_a_glance_matches_a_hand_count() {
    let h = Harness::start().await;
    h.emulate_screen(Some((390, 844)), true).await;
    // Dates are typed as ISO in English; the year is read in Persian.
    h.use_language("en").await;
    h.click("#role-counsellor").await;
    let alpha = group(&h, "Alpha", "2025-10-04", 3).await;
    for (session, absent) in [("0", Some(3)), ("1", None)] {
        h.choose("#roll-session", session).await;
        h.click("#mark-all-present").await;
        if let Some(k) = absent {
            h.click(&format!("#roll li:nth-child({k}) .mark-absent"))
                .await;
        }
        h.wait_until(
            "the roll call is kept",
            &format!(
                "return document.querySelector('#roll-count').textContent.startsWith('{}')",
                if absent.is_some() {
                    "2 present, 1 absent"
                } else {
                    "3 present"
                }
            ),
        )
        .await;
    }
    h.go(&format!("{alpha}/report")).await;
    h.click("#paper-details summary").await;
    h.choose("#paper-survey", "who5").await;
    for (moment, digits) in [("pre", "44444"), ("post", "55555")] {
        h.choose("#paper-moment", moment).await;
        h.click("#paper-0-0").await;
        h.type_keys(digits).await;
        h.click("#save-paper").await;
        h.wait_until(
            "saved",
            "return document.querySelector('#paper-0-0').value === ''",
        )
        .await;
    }
    group(&h, "Beta", "2025-11-01", 2).await;
    group(&h, "Gamma", "2026-10-03", 1).await;

    h.go("#/counsellor").await;
    h.click("#year-link").await;
    h.use_language("fa").await;
    h.choose("#year-pick", "1404").await;
    h.wait_until(
        "the year 1404",
        "return document.querySelectorAll('#year-groups tbody tr').length === 2",
    )
    .await;
    let totals = h
        .js("return document.querySelector('#year-totals').innerText")
        .await;
    let totals = totals.as_str().unwrap_or_default();
    for needle in ["۲ گروه", "۵ دانش‌آموز", "۲ جلسهٔ برگزارشده", "۸۳٪"]
    {
        assert!(totals.contains(needle), "{needle} in {totals}");
    }
    let rows = h
        .strings(
            "return [...document.querySelectorAll('#year-groups tbody tr')].map(r => r.innerText)",
            vec![],
        )
        .await;
    assert!(
        rows[0].contains("Alpha") && rows[0].contains("۲ از ۸") && rows[0].contains("۸۳٪"),
        "{rows:?}"
    );
    assert!(
        rows[1].contains("Beta") && rows[1].contains("۰ از ۸"),
        "{rows:?}"
    );
    let results = h
        .js("return document.querySelector('#year-results tbody').innerText")
        .await;
    assert!(
        results.as_str().unwrap_or_default().contains("+۵٫۰"),
        "{results}"
    );
    h.screenshot("year-fa").await;

    let dir = std::env::temp_dir().join(format!("hamdel-year-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    h.allow_downloads(&dir).await;
    h.click("#year-csv").await;
    let path = h.wait_for_download(&dir, ".csv").await;
    let rows = hamdel_e2e::csv_rows(&path);
    assert_eq!(rows.len(), 4, "header, Alpha, Beta, total: {rows:?}");
    assert_eq!(rows[0][0], "گروه");
    assert_eq!(
        rows[1][..],
        [
            "Alpha",
            rows[1][1].as_str(),
            "2025-10-04",
            "3",
            "2",
            "8",
            "83",
            rows[1][7].as_str(),
            "5.0",
            "1"
        ],
        "{rows:?}"
    );
    assert_eq!(rows[2][0], "Beta");
    assert_eq!(rows[3][3..7], ["5", "2", "", "83"], "{rows:?}");
    let _ = std::fs::remove_dir_all(&dir);
    h.finish().await;
}
