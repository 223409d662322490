//! The exercise library end to end (in Persian): filter to working-stage social exercises of at
//! most 20 minutes, search with an Arabic-keyboard spelling and find the exercise, duplicate and
//! edit it, create a group from a template and find the template's sessions in the planner, see
//! the group listed under the exercise it uses, and add an exercise to a session from the picker.
//! The grief template's cautions, its exercises' and its own, reach the planner and the
//! counsellor's prints and never the kit members open.

use hamdel_e2e::Harness;

#[tokio::test]
async fn the_library_journey() {
    let h = Harness::start().await;
    h.click("#role-counsellor").await;
    h.click("a[href='#/library']").await;
    h.wait_for("#exercise-list li").await;
    let all = h
        .js("return document.querySelectorAll('#exercise-list li').length")
        .await;
    assert!(
        all.as_u64().unwrap_or(0) >= 40,
        "the whole library is listed: {all}"
    );

    h.choose("#filter-stage", "Working").await;
    h.choose("#filter-focus", "Social").await;
    h.type_into("#filter-minutes", "۲۰").await;
    h.click("#library-title").await;
    h.wait_until(
        "filtered",
        &format!("return document.querySelectorAll('#exercise-list li').length < {all}"),
    )
    .await;
    let filtered = h
        .js("return document.querySelectorAll('#exercise-list li').length")
        .await;
    assert!(
        filtered.as_u64().unwrap_or(0) >= 3,
        "several working social exercises: {filtered}"
    );

    // "پيام" with an Arabic yeh, as an Arabic keyboard types it.
    h.type_into("#library-search", "پيام من").await;
    h.wait_until(
        "the search narrows the list",
        &format!("return document.querySelectorAll('#exercise-list li').length < {filtered}"),
    )
    .await;
    h.wait_for_text("«پیام من» به جای «پیام تو»").await;

    // Duplicate and edit the copy; the built-in stays as it was.
    h.click("#exercise-list a[href='#/library/i-messages']")
        .await;
    h.wait_for("#exercise-title").await;
    h.click("#duplicate-exercise").await;
    h.wait_for("#exercise-goal").await;
    h.type_into("#exercise-title", "پیام من، نسخهٔ کلاس ما").await;
    h.click("#exercise-goal").await;
    h.click("a[href='#/library']").await;
    h.type_into("#library-search", "نسخهٔ کلاس").await;
    h.wait_for_text("پیام من، نسخهٔ کلاس ما").await;
    h.type_into("#library-search", "پیام من").await;
    h.wait_until(
        "the built-in is unchanged beside the copy",
        "return document.querySelectorAll('#exercise-list a[href=\"#/library/i-messages\"]').length === 1 && document.querySelectorAll('#exercise-list li').length >= 2",
    )
    .await;

    // A group from a ready plan, with the plan's sessions in the planner.
    h.click("a[href='#/counsellor']").await;
    h.choose("#template-pick", "study-skills").await;
    h.click("#create-from-template").await;
    h.wait_for("#edit-plan").await;
    h.wait_until(
        "8 sessions",
        "return document.querySelectorAll('#session-list li').length === 8",
    )
    .await;
    let group_name = h
        .js("return document.querySelector('#group-title').innerText")
        .await;
    h.click("#session-list li:first-child a.session-link").await;
    h.wait_for("#blocks").await;
    let titles = h
        .js("return [...document.querySelectorAll('#blocks input[id$=\"-title\"]')].map(i => i.value).join('|')")
        .await;
    assert!(
        titles.as_str().is_some_and(|t| t.contains("قوانین گروه")),
        "the ground-rules exercise fills session 1: {titles}"
    );

    // Session 3 has 40 of 45 minutes planned; the picker offers what fits the 5 left.
    let group_hash = h.js("return location.hash.split('/session')[0]").await;
    h.js(&format!(
        "location.hash = {group_hash} + '/session/3'; return true"
    ))
    .await;
    h.wait_until("session 3", "return location.hash.endsWith('/session/3')")
        .await;
    // #17: the library is a sheet with search and previews, at first only what fits.
    h.wait_for("#open-library").await;
    let before = h
        .js("return document.querySelectorAll('#blocks > li').length")
        .await;
    h.click("#open-library").await;
    h.wait_until(
        "the library sheet opens, its search focused",
        "return document.querySelector('#library-sheet').open && document.activeElement.id === 'library-sheet-search'",
    )
    .await;
    let offered = h
        .js("return document.querySelectorAll('#library-results .use-exercise').length")
        .await
        .as_u64()
        .unwrap_or(0);
    assert!(offered >= 1, "something fits five minutes");
    let preview = h
        .js("const li = document.querySelector('#library-results li'); return [li.querySelector('h3').innerText, li.querySelector('.goal').innerText, li.querySelector('.item-meta').innerText]")
        .await;
    assert!(
        preview.as_array().is_some_and(|p| p.len() == 3
            && p.iter()
                .all(|x| x.as_str().is_some_and(|x| !x.trim().is_empty()))),
        "a result shows its title, goal and facts: {preview}"
    );
    let minutes_left = h
        .js("return document.querySelector('#library-minutes-left').innerText")
        .await;
    assert!(
        minutes_left.as_str().unwrap_or_default().contains('۵'),
        "five minutes left: {minutes_left}"
    );
    h.fill("#library-sheet-search", "qqqqzzzz").await;
    h.wait_for("#library-nothing").await;
    h.fill("#library-sheet-search", "").await;
    h.click("#library-all").await;
    h.wait_until(
        "the whole library",
        &format!(
            "return document.querySelectorAll('#library-results .use-exercise').length > {offered}"
        ),
    )
    .await;
    h.click("#library-all").await;
    h.wait_until(
        "what fits again",
        &format!("return document.querySelectorAll('#library-results .use-exercise').length === {offered}"),
    )
    .await;
    h.click("#library-results li:first-child .use-exercise")
        .await;
    h.wait_until(
        "a block from the library, the sheet closed",
        &format!(
            "return document.querySelectorAll('#blocks > li').length === {} && !document.querySelector('#library-sheet').open",
            before.as_u64().unwrap_or(0) + 1
        ),
    )
    .await;

    // Fill an existing block from the library: its title becomes the exercise's.
    let title_before = h
        .js("return document.querySelector('#block-1-title').value")
        .await;
    h.click("#block-1-row").await;
    h.click("#block-1-fill").await;
    h.wait_until(
        "the sheet opens for block 2",
        "return document.querySelector('#library-sheet').open",
    )
    .await;
    h.click("#library-all").await;
    let pick = h
        .js(&format!(
            "const t = {title_before}; const li = [...document.querySelectorAll('#library-results li')].findIndex(li => li.querySelector('h3').innerText !== t); return li + 1"
        ))
        .await;
    h.click(&format!(
        "#library-results li:nth-child({pick}) .use-exercise"
    ))
    .await;
    h.wait_until(
        "block 2 refilled",
        &format!("return document.querySelector('#block-1-title').value !== {title_before}"),
    )
    .await;

    // The exercise page lists the group that uses it.
    h.js("location.hash = '#/library/group-agreement'; return true")
        .await;
    h.wait_for("#used-by li").await;
    let used_by = h
        .js("return document.querySelector('#used-by').innerText")
        .await;
    assert!(
        used_by
            .as_str()
            .zip(group_name.as_str())
            .is_some_and(|(u, g)| u.contains(g)),
        "{used_by} lists {group_name}"
    );

    // #16: a grief group's memory-box session shows the exercise's cautions in the planner,
    // with a link back to the exercise, and on the counsellor's printed session.
    h.go("#/counsellor").await;
    h.choose("#template-pick", "grief-and-loss").await;
    h.click("#create-from-template").await;
    h.wait_for("#edit-plan").await;
    let grief = h.hash().await;
    h.go(&format!("{grief}/session/5")).await;
    h.wait_for("#blocks .cautions a[href='#/library/grief-memory-box']")
        .await;
    let caution = "بدون ارزیابی فردی قبلی";
    let planner = h
        .js("return document.querySelector('#blocks .cautions a[href=\"#/library/grief-memory-box\"]').closest('.cautions').innerText")
        .await;
    assert!(
        planner.as_str().unwrap_or_default().contains(caution),
        "{planner}"
    );
    h.go(&format!("{grief}/print/session/5")).await;
    h.wait_for("#print-sheet .cautions").await;
    let printed = h
        .js("return document.querySelector('#print-sheet').innerText")
        .await;
    assert!(
        printed.as_str().unwrap_or_default().contains(caution),
        "{printed}"
    );

    // #16: the grief template's own cautions (screening, sudden loss, mourning dates) are on
    // the group page, in the planner and on the counsellor's prints, and not in what members
    // get: the kit's preview as a member opens it.
    let mourning = "محرم";
    let text_of = |css: &str| format!("return document.querySelector('{css}').textContent");
    for (hash, css) in [
        (grief.clone(), "#group-cautions"),
        (format!("{grief}/session/1"), "#group-cautions"),
        (format!("{grief}/session/5"), "#group-cautions"),
        (format!("{grief}/print/session/5"), "#print-group-cautions"),
        (format!("{grief}/print/plan"), "#print-group-cautions"),
    ] {
        h.go(&hash).await;
        h.wait_for(css).await;
        if hash == grief {
            h.emulate_screen(Some((390, 844)), true).await;
            h.screenshot("grief-group-cautions").await;
            h.emulate_screen(None, false).await;
        }
        let shown = h.js(&text_of(css)).await;
        let shown = shown.as_str().unwrap_or_default();
        assert!(
            shown.contains(mourning) && shown.contains("خودکشی"),
            "{hash}: {shown}"
        );
    }
    for (n, open) in [(1, true), (5, false)] {
        h.go(&format!("{grief}/session/{n}")).await;
        h.wait_for("#group-cautions").await;
        let shown = h
            .js("return document.querySelector('#group-cautions').open")
            .await;
        assert_eq!(shown, open, "session {n}: open on the first session only");
    }
    h.go(&format!("{grief}/print/plan")).await;
    h.wait_for("#print-group-cautions").await;
    let once = h
        .js("return document.querySelectorAll('#print-group-cautions').length")
        .await;
    assert_eq!(once, 1, "the whole plan prints them once");
    // #19: a follow-up meeting four weeks after the last session, once, with Undo.
    h.go(&grief).await;
    h.wait_for("#add-follow-up").await;
    let rows = "return document.querySelectorAll('#session-list li').length";
    assert_eq!(h.js(rows).await, 8);
    h.click("#add-follow-up").await;
    h.wait_until(
        "a ninth meeting",
        "return document.querySelectorAll('#session-list li').length === 9",
    )
    .await;
    let last = h
        .js("return document.querySelector('#session-list li:last-child .session-link').textContent")
        .await;
    assert_eq!(last.as_str(), Some("دیدار پیگیری"));
    assert_eq!(
        h.js("return document.querySelector('#add-follow-up') === null")
            .await,
        true,
        "offered once"
    );
    h.click(".notices .undo").await;
    h.wait_until(
        "back to eight",
        "return document.querySelectorAll('#session-list li').length === 8",
    )
    .await;
    h.go(&format!("{grief}/kit")).await;
    h.wait_for("#kit-qr").await;
    let join = h.kit_join_hash().await;
    h.go(&join).await;
    h.wait_for("#kit-preview").await;
    let member_sees = h.body_text().await;
    assert!(
        member_sees.contains("همراهی در سوگ") && !member_sees.contains(mourning),
        "the member's view of the kit has no cautions: {member_sees}"
    );
    h.finish().await;
}
