//! The counsellor's planner, end to end, in English and again in Persian: a group with 8 weekly
//! sessions and one skipped date, 5 members, session 1 planned over time and fixed, a block
//! moved by keyboard, attendance marked, the print views (print media emulated), and a reload
//! that finds everything as it was.

use hamdel_e2e::Harness;
use serde_json::Value;

struct Lang {
    switch_to_english: bool,
    group: &'static str,
    start: &'static str,
    skip: &'static str,
    skip_day: &'static str,
    over_text: &'static str,
    bad_date: &'static str,
    fix_first: &'static str,
}

const ENGLISH: Lang = Lang {
    switch_to_english: true,
    group: "Test anxiety group",
    start: "2026-11-26",
    skip: "2026-12-01",
    skip_day: "5",
    over_text: "minutes over the session length",
    bad_date: "2026-02-30",
    fix_first: "shows a problem. Fix it first.",
};

const PERSIAN: Lang = Lang {
    switch_to_english: false,
    group: "گروه اضطراب امتحان",
    start: "۱۴۰۵/۰۹/۰۵",
    skip: "۱۴۰۵/۰۹/۱۰",
    skip_day: "14",
    over_text: "دقیقه بیش از مدت جلسه",
    bad_date: "۱۴۰۵/۰۷/۳۱",
    fix_first: "مشکلی دارد. اول آن را درست کنید.",
};

async fn journey(lang: Lang) {
    let h = Harness::start().await;
    if lang.switch_to_english {
        h.click("#lang-switch").await;
        h.wait_until("English", "return document.documentElement.lang === 'en'")
            .await;
    }
    h.click("#role-counsellor").await;
    h.type_into("#new-group-name", lang.group).await;
    h.click("#create-group").await;
    h.wait_for("#edit-plan").await;

    // Schedule: start on Thursday 2026-11-26 (5 Azar 1405), meet on Saturdays, skip 2026-12-05.
    h.click("#edit-plan").await;
    h.type_into("#plan-start", lang.start).await;
    h.choose("#plan-weekday", "5").await;
    h.click("#save-plan").await;
    h.wait_until(
        "8 sessions",
        "return document.querySelectorAll('#session-list li').length === 8",
    )
    .await;
    // Review #21: a date field showing an error blocks the action that would use its last good
    // date — "Save plan" and "Skip this date" are refused and name the field.
    let refusals = |n: usize| {
        format!(
            "return [...document.querySelectorAll('.notices p')].filter(p => p.textContent.includes({:?})).length >= {n}",
            lang.fix_first
        )
    };
    h.click("#edit-plan").await;
    h.type_into("#plan-start", lang.bad_date).await;
    h.click("#save-plan").await;
    h.wait_until("Save plan refused", &refusals(1)).await;
    h.type_into("#skip-date", lang.bad_date).await;
    h.click("#add-skip").await;
    h.wait_until("Skip this date refused", &refusals(2)).await;
    assert_eq!(
        h.js("return document.querySelectorAll('#skipped-list li').length")
            .await,
        0
    );
    h.type_into("#plan-start", lang.start).await;
    h.click("#save-plan").await;
    // The skipped date: typed (1 December / 10 Azar), then corrected with the picker's day
    // select to 2026-12-05 (14 Azar 1405).
    h.type_into("#skip-date", lang.skip).await;
    h.click("#schedule-title").await; // leave the field so it is read
    h.click("#skip-date ~ details.date-picker summary").await;
    h.choose("#skip-date-pick-0", lang.skip_day).await;
    h.wait_until(
        "the picked day is in the field",
        "return ['2026-12-05', '۱۴۰۵/۰۹/۱۴'].includes(document.querySelector('#skip-date').value)",
    )
    .await;
    h.click("#add-skip").await;
    h.wait_until(
        "one skipped date",
        "return document.querySelectorAll('#skipped-list li').length === 1",
    )
    .await;
    let second = h
        .js("return document.querySelectorAll('#session-list li')[1].innerText")
        .await;
    let second = second.as_str().unwrap_or_default().to_owned();
    assert!(
        second.contains("12") || second.contains("۲۱"),
        "session 2 moved past the skipped week: {second}"
    );

    // Five members, codes by default.
    for _ in 0..5 {
        let before = h
            .js("return document.querySelectorAll('#member-list li').length")
            .await;
        h.click("#add-member").await;
        h.wait_until(
            "a member added",
            &format!(
                "return document.querySelectorAll('#member-list li').length === {}",
                before.as_u64().unwrap_or(0) + 1
            ),
        )
        .await;
    }

    h.screenshot(&format!("planner-group-{}", lang.switch_to_english))
        .await;
    // Session 1: four blocks that together exceed 45 minutes, then fixed.
    h.click("#session-list li:first-child a.session-link").await;
    h.wait_for("#blocks").await;
    // #17: the agenda is a timeline; a block's row opens its editor, one at a time.
    h.click("#block-4-row").await;
    h.wait_until(
        "block 5 open",
        "return document.querySelector('#block-4-row').getAttribute('aria-expanded') === 'true' && !document.querySelector('#block-4-editor').hidden",
    )
    .await;
    h.click("#block-4-remove").await;
    h.wait_until(
        "four blocks",
        "return document.querySelectorAll('#blocks > li').length === 4",
    )
    .await;
    h.click("#block-0-row").await;
    assert_eq!(
        h.js("return [...document.querySelectorAll('#blocks .block-editor')].filter(e => !e.hidden).length")
            .await,
        1,
        "one block open at a time"
    );
    h.type_into("#block-0-minutes", "20").await;
    h.click("#agenda-title").await;
    h.wait_for("#over-warning").await;
    h.wait_for_text(lang.over_text).await;
    // #17: the warning is also by "Add block", where the person adding blocks is.
    let end = h
        .js("return document.querySelector('#timing-end').textContent")
        .await;
    assert!(
        end.as_str().unwrap_or_default().contains(lang.over_text),
        "the total by Add block warns: {end}"
    );
    h.type_into("#block-0-minutes", "10").await;
    h.click("#agenda-title").await;
    h.wait_until(
        "the warning goes",
        "return document.querySelector('#over-warning') === null",
    )
    .await;

    h.screenshot(&format!("planner-session-{}", lang.switch_to_english))
        .await;
    // Reorder with the keyboard: block 2 moves up.
    let title = "return document.querySelector('#block-1-title').value";
    let second_before = h
        .js("return document.querySelector('#block-2-title').value")
        .await;
    h.click("#block-2-row").await;
    h.press_enter("#block-2-up").await;
    h.wait_until(
        "the block moved up",
        &format!("return document.querySelector('#block-1-title').value === {second_before}"),
    )
    .await;
    assert_eq!(
        h.js("return document.activeElement && document.activeElement.id")
            .await,
        "block-1-up",
        "the keyboard focus follows the moved block"
    );
    let moved = h.js(title).await;

    // Attendance: M1 present at session 1.
    // A tap moves the mark on (#17): present, then absent, then excused, then none.
    h.click("button.mark-cell").await;
    h.wait_until(
        "marked",
        "return document.querySelector('button.mark-cell').dataset.mark === 'Present'",
    )
    .await;
    for next in ["Absent", "Excused", "", "Present"] {
        h.click("button.mark-cell").await;
        h.wait_until(
            "the mark moves on",
            &format!("return document.querySelector('button.mark-cell').dataset.mark === '{next}'"),
        )
        .await;
    }

    // Print views, with print media emulated.
    h.click("#print-session").await;
    h.wait_for("#print-sheet").await;
    h.emulate_media("print").await;
    h.screenshot(&format!("planner-print-{}", lang.switch_to_english))
        .await;
    assert_eq!(
        h.js("return getComputedStyle(document.querySelector('.app-header')).display")
            .await,
        "none"
    );
    let sheet = h
        .js("return document.querySelector('#print-sheet').innerText")
        .await;
    let sheet = sheet.as_str().unwrap_or_default().to_owned();
    assert!(
        sheet.contains(moved.as_str().unwrap_or("?")),
        "the plan's block is on the handout"
    );
    assert!(
        sheet.contains(lang.group),
        "the group's name is on the handout"
    );
    h.emulate_media("").await;
    let group_hash = h.js("return location.hash.split('/print')[0]").await;
    h.js(&format!(
        "location.hash = {group_hash} + '/print/attendance'; return true"
    ))
    .await;
    h.wait_for(".attendance-sheet").await;
    h.emulate_media("print").await;
    let sheet = h
        .js("return document.querySelector('#print-sheet').innerText")
        .await;
    assert!(
        sheet.as_str().is_some_and(|s| s.contains("M5")),
        "every member is on the sheet"
    );
    assert_eq!(
        h.js("return document.querySelectorAll('.attendance-sheet tbody tr').length")
            .await,
        5
    );
    h.emulate_media("").await;

    // Reload: everything as it was.
    h.js(&format!("location.hash = {group_hash}; return true"))
        .await;
    h.reload().await;
    h.wait_for("#edit-plan").await;
    assert_eq!(
        h.js("return document.querySelectorAll('#member-list li').length")
            .await,
        5
    );
    assert_eq!(
        h.js("return document.querySelectorAll('#skipped-list li').length")
            .await,
        1
    );
    assert_eq!(
        h.js("return document.querySelectorAll('#session-list li').length")
            .await,
        8
    );
    h.click("#session-list li:first-child a.session-link").await;
    h.wait_for("#blocks").await;
    assert_eq!(
        h.js("return document.querySelectorAll('#blocks > li').length")
            .await,
        4
    );
    assert_eq!(h.js(title).await, moved);
    assert_eq!(
        h.js("return document.querySelector('button.mark-cell').dataset.mark")
            .await,
        Value::from("Present")
    );
    h.finish().await;
}

#[tokio::test]
async fn the_planner_journey_in_english() {
    journey(ENGLISH).await;
}

#[tokio::test]
async fn the_planner_journey_in_persian() {
    journey(PERSIAN).await;
}
