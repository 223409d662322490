//! Outcome data a counsellor can stand behind (#18), with two browser profiles. A study-skills
//! group made from its template plans the template's own survey (four statements on the 4-point
//! scale, two questions) before and after; its kit carries it. Three members, worked by hand:
//! - C3 (the member's own phone, by share-back): before [2,2,2,2 | 1,1] → 1+1+1+1 = 4, 0 % right;
//!   after [4,4,3,3 | 2,3] → 3+3+2+2 = 10, 100 % right: +6 and +100 points;
//! - A1 (paper, before only) [3,3,2,2 | 2,1] → 2+2+1+1 = 6, 50 % right;
//! - B2 (paper, after only) [4,3,4,3 | 2,3] → 3+2+3+2 = 10, 100 % right.
//!
//! Before: (4 + 6) / 2 = 5.0 (n 2); after (10 + 10) / 2 = 10.0 (n 2); the paired change is C3's
//! alone, +6.0 (n 1), which clears one scale step on the mean of four statements (4 points):
//! improved 1 of 1. Questions: before (0 + 50) / 2 = 25 %, after 100 %, paired +100.0 (C3's own
//! change; the unpaired 100 − 25 = 75 would mix in A1 and B2). A1 is
//! named as before only, B2 as after only. C3 also answers the last session's exit ticket (its
//! own statement typed in the planner): helpful 8, agree (3); the report's session-by-session
//! table shows it. The report's CSV, read by Python's csv module, has the same numbers and the
//! Persian titles intact.

use hamdel_e2e::Harness;
use std::path::{Path, PathBuf};

const SURVEY: &str = "ask-study-skills";
const EXIT_STATEMENT: &str = "I know one new way to plan my week.";

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hamdel-e2e-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

/// The member takes the group's own survey due at `moment`, choosing `answers` in order (a
/// statement's option value, or a question's choice number).
async fn take(m: &Harness, moment: &str, answers: [u8; 6]) {
    m.go("#/member").await;
    m.click(&format!(
        "#kit-cards a.survey-due[href*='/{SURVEY}/'][href$='/{moment}']"
    ))
    .await;
    m.wait_for("#asked-by").await;
    for (i, a) in answers.iter().enumerate() {
        // A tap on an answer goes on to the next; the last one waits for "Done".
        m.click(&format!("#q{}-{a}", i + 1)).await;
    }
    m.click("#submit-survey").await;
    m.wait_for("#survey-result").await;
}

/// Types one member's row into the paper grid and saves it.
async fn paper(c: &Harness, moment: &str, row: usize, digits: &str) {
    c.choose("#paper-survey", SURVEY).await;
    c.choose("#paper-moment", moment).await;
    c.click(&format!("#paper-{row}-0")).await;
    c.type_keys(digits).await;
    c.click("#save-paper").await;
    c.wait_until(
        "the row is saved",
        &format!("return document.querySelector('#paper-{row}-0').value === ''"),
    )
    .await;
}

/// The group just made meets on eight Tuesdays from 1 September (all held by now); its address.
async fn eight_tuesdays_from_september(c: &Harness) -> String {
    c.wait_for("#edit-plan").await;
    let group = c.hash().await;
    c.click("#edit-plan").await;
    c.type_into("#plan-start", "2026-09-01").await;
    c.choose("#plan-weekday", "1").await;
    c.click("#save-plan").await;
    c.wait_for("#plan-summary").await;
    group
}

fn csv_of(path: &Path) -> Vec<Vec<String>> {
    hamdel_e2e::csv_rows(path)
}

#[tokio::test]
async fn a_template_groups_own_survey_paired_by_share_back_and_paper() {
    let c = Harness::start().await;
    let m = Harness::start().await;
    c.emulate_screen(Some((390, 844)), true).await;
    m.emulate_screen(Some((390, 844)), true).await;
    let member_files = m.allow_downloads(&scratch("outcomes-member")).await;
    let counsellor_files = c.allow_downloads(&scratch("outcomes-counsellor")).await;

    // The group, from its template; eight Tuesdays from 1 September, all held by now.
    c.use_language("en").await;
    c.click("#role-counsellor").await;
    c.choose("#template-pick", "study-skills").await;
    c.click("#create-from-template").await;
    let group = eight_tuesdays_from_september(&c).await;
    for code in ["A1", "B2", "C3"] {
        c.type_into("#member-code", code).await;
        c.click("#add-member").await;
        c.wait_for_text(code).await;
    }

    // The last session's exit ticket gets a statement of its own.
    c.go(&format!("{group}/session/8")).await;
    c.type_into("#session-exit", EXIT_STATEMENT).await;
    c.click("#kit-text-title").await;
    c.wait_until(
        "the statement is stored",
        &format!(
            "return Object.keys(localStorage).some(k => k.startsWith('hamdel/groups/') && localStorage.getItem(k).includes({EXIT_STATEMENT:?}))"
        ),
    )
    .await;

    // Its kit plans the template's survey before and after, ticked from the start, and an
    // exit ticket after each session.
    c.go(&format!("{group}/kit")).await;
    assert_eq!(
        c.js("return document.querySelector('#kit-exit-tickets').checked")
            .await,
        true
    );
    for moment in ["pre", "post"] {
        assert_eq!(
            c.js(&format!(
                "return document.querySelector('#kit-{SURVEY}-{moment}').checked"
            ))
            .await,
            true,
            "{moment} planned by the template"
        );
    }
    assert_eq!(
        c.js(&format!(
            "return document.querySelector('#kit-{SURVEY}-mid').checked"
        ))
        .await,
        false
    );
    let join = c.kit_join_hash().await;

    // C3 joins on their own phone and takes it before and after, in Persian.
    m.go(&join).await;
    m.wait_for("#kit-preview").await;
    m.click("#join-group").await;
    m.type_into("#own-code", "C3").await;
    m.click("#join-group").await;
    m.wait_for("#kit-cards .kit-card").await;
    m.use_language("fa").await;
    m.go("#/member").await;
    m.click("#kit-cards a.survey-due[href$='/pre']").await;
    m.wait_for("#asked-by").await;
    for i in 1..=4 {
        m.click(&format!("#q{i}-2")).await;
    }
    // A question shows its own choices, numbered from 1, not the agreement scale.
    m.wait_until(
        "the fifth item is a question with three choices",
        "return document.querySelectorAll('input[name=q5]').length === 3 \
         && document.querySelector('label[for=q5-2]').innerText.includes('کلیدواژه')",
    )
    .await;
    m.screenshot("outcomes-question-fa").await;
    m.click("#q5-1").await;
    m.click("#q6-1").await;
    m.click("#submit-survey").await;
    m.wait_for("#survey-result").await;
    let thanks = m
        .js("return document.querySelector('#survey-result').innerText")
        .await;
    let thanks = thanks.as_str().unwrap_or_default();
    assert!(
        thanks.contains("ممنون") && !thanks.contains("از ۱۲"),
        "a member sees no score on the group's own survey: {thanks}"
    );
    take(&m, "post", [4, 4, 3, 3, 2, 3]).await;
    // The last session's exit ticket: helpful 8, then agree (3) with its own statement.
    m.go("#/member").await;
    m.click("#kit-cards a.exit-due").await;
    m.wait_for("#exit-helpful").await;
    m.wait_for_text(EXIT_STATEMENT).await;
    m.screenshot("outcomes-exit-ticket-fa").await;
    m.click("label[for=exit-helpful-8]").await;
    m.click("#exit-1-3").await;
    m.click("#submit-exit").await;
    m.wait_for("#exit-saved").await;
    m.go("#/member").await;
    m.wait_for("#kit-cards .kit-card").await;
    assert_eq!(
        m.js("return document.querySelector('#kit-cards a.exit-due') === null")
            .await,
        true,
        "an answered ticket is no longer asked for"
    );
    m.click("#kit-cards .share-link").await;
    m.wait_for("#share-preview li").await;
    assert_eq!(
        m.js("return document.querySelectorAll('#share-preview li').length")
            .await,
        3,
        "both results and the exit ticket are ticked"
    );
    m.click("#send-share").await;
    let file = m.wait_for_download(&member_files, ".age").await;

    // The counsellor brings the file in and types A1's before and B2's after from paper.
    c.go(&format!("{group}/report")).await;
    c.upload("#share-files", &file).await;
    c.wait_for_text("From C3: 3 survey results, 0 shared notes.")
        .await;
    c.click("#paper-details summary").await;
    paper(&c, "pre", 0, "332221").await;
    paper(&c, "post", 1, "434323").await;
    // A choice number past a question's choices is refused.
    c.click("#paper-2-4").await;
    c.type_keys("4").await;
    c.wait_for_text("1 to 3").await;

    // The report, in Persian.
    c.use_language("fa").await;
    c.go(&format!("{group}/report")).await;
    let cell =
        |sel: &str| format!("return document.querySelector('#scale-{SURVEY} {sel}').innerText");
    let text = |v: serde_json::Value| v.as_str().unwrap_or_default().to_owned();
    let pre = text(c.js(&cell("tr:first-child .pre-mean")).await);
    let post = text(c.js(&cell("tr:first-child .post-mean")).await);
    let change = text(c.js(&cell("tr:first-child .change")).await);
    assert!(pre.contains("۵٫۰") && pre.contains("(تعداد: ۲)"), "{pre}");
    assert!(
        post.contains("۱۰٫۰") && post.contains("(تعداد: ۲)"),
        "{post}"
    );
    assert!(
        change.contains("+۶٫۰") && change.contains("(تعداد: ۱)"),
        "{change}"
    );
    let knowledge = text(c.js(&cell(".knowledge")).await);
    assert!(
        knowledge.contains("۲۵٪") && knowledge.contains("۱۰۰٪") && knowledge.contains("+۱۰۰٫۰"),
        "{knowledge}"
    );
    let report = text(
        c.js(&format!(
            "return document.querySelector('#report-{SURVEY}').innerText"
        ))
        .await,
    );
    assert!(
        report.contains("یک درجهٔ مقیاس") && report.contains("۱ از ۱"),
        "{report}"
    );
    let alone = text(
        c.js(&format!(
            "return document.querySelector('#alone-{SURVEY}').innerText"
        ))
        .await,
    );
    assert!(
        alone.contains("A1") && alone.contains("B2") && !alone.contains("C3"),
        "{alone}"
    );
    c.screenshot("outcomes-report-fa").await;
    // The exit tickets, session by session: session 8, one ticket, helpful 8.0, statement 3.0.
    let exit = text(
        c.js("return document.querySelector('#exit-table tbody').innerText")
            .await,
    );
    assert!(
        exit.contains("جلسهٔ ۸") && exit.contains("۸٫۰") && exit.contains("۳٫۰"),
        "{exit}"
    );

    // The report's tables as CSV: the same numbers, the Persian title intact.
    c.click("#export-report-csv").await;
    let rows = csv_of(&c.wait_for_download(&counsellor_files, "csv").await);
    assert!(
        rows.iter()
            .any(|r| r.get(1).is_some_and(|t| t == "خودسنجی مهارت‌های مطالعه")),
        "{rows:?}"
    );
    let scale = rows
        .iter()
        .find(|r| r.len() == 9 && r[0].contains("۱۲"))
        .unwrap_or_else(|| panic!("the scale row: {rows:?}"));
    assert_eq!(
        scale[1..],
        ["5.0", "2", "10.0", "2", "6.0", "1", "1", "4"],
        "{rows:?}"
    );
    let right = rows
        .iter()
        .find(|r| r[0] == "پاسخ درست به سؤال‌ها")
        .unwrap_or_else(|| panic!("the questions row: {rows:?}"));
    assert_eq!(
        right[1..],
        ["25.0", "2", "100.0", "2", "100.0", "1"],
        "{rows:?}"
    );
    let ticket = rows
        .iter()
        .find(|r| r.first().is_some_and(|s| s == "8"))
        .unwrap_or_else(|| panic!("session 8's tickets: {rows:?}"));
    assert_eq!(ticket[1..], ["1", "8.0", "3.0"], "{rows:?}");
    c.finish().await;
    m.finish().await;
}

/// #18, item 1: the counsellor writes a survey of their own in the library (a statement and a
/// question with three choices, in English only), asks for it before the group, and it changes
/// only as a new version once in use. The member, whose app has only the built-in surveys, gets
/// it whole in the kit, answers it (agree: 3; the right choice, 1) and shares it back; the
/// report shows the statement's total 2 of 3 and 100 % right, with their n of 1.
#[tokio::test]
async fn a_survey_of_the_counsellors_own_travels_in_the_kit_and_is_versioned_once_used() {
    let c = Harness::start().await;
    let m = Harness::start().await;
    c.emulate_screen(Some((390, 844)), true).await;
    m.emulate_screen(Some((390, 844)), true).await;
    let member_files = m.allow_downloads(&scratch("own-member")).await;
    c.use_language("en").await;
    c.click("#role-counsellor").await;

    // The survey, written in the library.
    c.go("#/library").await;
    c.click("#new-survey").await;
    c.wait_for("#survey-title-en").await;
    let sid = c
        .hash()
        .await
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    c.wait_for_text("Give it a title.").await;
    c.type_into("#survey-title-en", "Planning check").await;
    c.click("#add-survey-item").await;
    c.wait_for("#item-0-en").await;
    c.type_into("#item-0-en", "Planning my week helps me.")
        .await;
    c.click("#add-survey-item").await;
    c.wait_for("#item-1-kind").await;
    c.choose("#item-1-kind", "knowledge").await;
    c.wait_for("#item-1-choices-en").await;
    c.type_into("#item-1-en", "What comes first in a plan?")
        .await;
    c.type_into("#item-1-choices-en", "A list of tasks\nA nap\nA snack")
        .await;
    c.click("#edit-survey-title").await;
    c.wait_until(
        "three choices to pick the right one from",
        "return document.querySelectorAll('#item-1-correct option').length === 4",
    )
    .await;
    c.wait_for_text("needs 2 to 9 choices").await;
    c.choose("#item-1-correct", "1").await;
    c.wait_for_text("Ready to ask").await;
    c.screenshot("outcomes-own-survey-editor").await;
    // Removing an item offers Undo, which puts it back.
    c.click("#item-1-remove").await;
    c.wait_until(
        "the question removed",
        "return document.querySelector('#item-1-en') === null",
    )
    .await;
    c.click(".notices .undo").await;
    c.wait_for("#item-1-en").await;
    c.wait_for_text("Ready to ask").await;

    // A group asks for it before; the survey is in use now.
    c.go("#/counsellor").await;
    c.type_into("#new-group-name", "Planners").await;
    c.click("#create-group").await;
    let group = eight_tuesdays_from_september(&c).await;
    c.go(&format!("{group}/kit")).await;
    c.click(&format!("#kit-{sid}-pre")).await;
    let join = c.kit_join_hash().await;
    c.go(&format!("#/library/surveys/{sid}")).await;
    c.wait_for("#survey-in-use").await;
    assert_eq!(
        c.js("return document.querySelector('#item-0-en') === null")
            .await,
        true,
        "in use, it is read-only"
    );
    c.click("#new-version").await;
    c.wait_for_text("version 2").await;
    c.wait_for("#item-0-en").await;
    assert_ne!(
        c.hash().await,
        format!("#/library/surveys/{sid}"),
        "a new id"
    );

    // The member gets it whole and answers it.
    m.use_language("en").await;
    m.go(&join).await;
    m.wait_for("#kit-preview").await;
    m.wait_for_text("Planning check").await;
    m.click("#join-group").await;
    m.type_into("#own-code", "P1").await;
    m.click("#join-group").await;
    m.wait_for("#kit-cards .kit-card").await;
    m.click(&format!("#kit-cards a.survey-due[href*='/{sid}/']"))
        .await;
    m.wait_for_text("Planning my week helps me.").await;
    m.click("#q1-3").await;
    m.wait_for_text("A list of tasks").await;
    m.click("#q2-1").await;
    m.click("#submit-survey").await;
    m.wait_for("#survey-result").await;
    m.go("#/member").await;
    m.click("#kit-cards .share-link").await;
    m.wait_for("#share-preview li").await;
    m.click("#send-share").await;
    let file = m.wait_for_download(&member_files, ".age").await;

    c.go(&format!("{group}/report")).await;
    c.upload("#share-files", &file).await;
    c.wait_for_text("From P1: 1 survey result, 0 shared notes.")
        .await;
    let report = c
        .js(&format!(
            "return document.querySelector('#report-{sid}').innerText"
        ))
        .await;
    let report = report.as_str().unwrap_or_default();
    assert!(
        report.contains("Planning check") && report.contains("2.0") && report.contains("100%"),
        "{report}"
    );
    c.finish().await;
    m.finish().await;
}
