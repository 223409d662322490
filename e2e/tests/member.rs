//! The member's space end to end on a 390×844 phone, in English and again in Persian: three
//! check-ins by one tap each, three entries on different dates with moods and tags, one found
//! from the month calendar and its mood changed through its menu, one found again with a
//! Persian variant spelling, RSES taken twice and WHO-5 once a statement at a time with both
//! histories charted, the mood chart's points matching its table, a goal rated by a tap,
//! everything still there after a reload, and a draft that survives closing the tab.

use hamdel_e2e::Harness;
use serde_json::Value;

struct Lang {
    english: bool,
    dates: [&'static str; 3],
    texts: [&'static str; 3],
    /// A query with an Arabic-keyboard spelling that finds `texts[1]` only.
    variant_query: &'static str,
}

const ENGLISH: Lang = Lang {
    english: true,
    dates: ["2026-11-20", "2026-11-22", "2026-11-24"],
    texts: [
        "Quiet day at school.",
        "کلاس امروز خوب بود",
        "Talked with my friend after the group.",
    ],
    variant_query: "كلاس",
};

const PERSIAN: Lang = Lang {
    english: false,
    dates: ["۱۴۰۵/۰۸/۲۹", "۱۴۰۵/۰۹/۰۱", "1405/09/03"],
    texts: [
        "روز آرامی در مدرسه بود.",
        "امروز در کلاس یک کار کوچک کردم",
        "بعد از گروه با دوستم حرف زدم.",
    ],
    variant_query: "كلاس",
};

async fn add_entry(h: &Harness, date: &str, text: &str, mood: u8, tag: u8) {
    h.type_into("#new-entry-date", date).await;
    h.click("#mood-choices legend").await;
    h.click(&format!("#mood-{mood}")).await;
    h.click(&format!("#tag-{tag}")).await;
    h.type_into("#new-entry-text", text).await;
    h.click("#add-entry").await;
    h.wait_for_text(text).await;
}

async fn take(h: &Harness, survey: &str, items: usize, value: u8) {
    h.go("#/member/surveys").await;
    h.click(&format!("#take-{survey}")).await;
    h.wait_for("#q1-1").await;
    // A statement at a time: a tap on an answer goes on to the next.
    for i in 1..=items {
        assert_eq!(
            h.js("return document.querySelectorAll('.survey-item').length")
                .await,
            1,
            "one statement on the screen"
        );
        h.click(&format!("#q{i}-{value}")).await;
    }
    h.click("#submit-survey").await;
    h.wait_for("#survey-result").await;
}

/// A counsellor's kit link for a group with members M1 and M2 (made in a browser of its own).
async fn kit_link(english: bool) -> String {
    let c = Harness::start().await;
    if english {
        c.use_language("en").await;
    }
    c.click("#role-counsellor").await;
    c.type_into("#new-group-name", "Skills").await;
    c.click("#create-group").await;
    c.wait_for("#edit-plan").await;
    let group = c.hash().await;
    for code in ["M1", "M2"] {
        c.type_into("#member-code", code).await;
        c.click("#add-member").await;
        c.wait_for_text(code).await;
    }
    c.go(&format!("{group}/kit")).await;
    c.click("#kit-who5-pre").await;
    c.wait_for("#kit-qr").await;
    let hash = c.kit_join_hash().await;
    c.finish().await;
    hash
}

async fn journey(lang: Lang) {
    let join = kit_link(lang.english).await;
    // The member's first visit, on a phone, from the kit link.
    let h = Harness::start().await;
    h.emulate_screen(Some((390, 844)), true).await;
    if lang.english {
        h.use_language("en").await;
    }
    h.go(&join).await;
    h.wait_for("#kit-preview").await;
    let page = h.body_text().await;
    assert!(
        !page.contains("M1") && !page.contains("M2"),
        "the join screen shows no member's code: {page}"
    );
    h.type_into("#own-code", "M2").await;
    h.click("#join-group").await;
    h.wait_for("#kit-cards .kit-card").await;
    h.wait_for("#new-entry-text").await;
    // No entries: no search button, no calendar.
    assert_eq!(
        h.js("return !!document.querySelector('#search-toggle') || !!document.querySelector('#mood-calendar')").await,
        false
    );

    // Three check-ins, one tap each: each tap is a stored entry with that mood and no text.
    for n in 1..=3 {
        h.click("#checkin-4").await;
        h.wait_until(
            "the check-in is listed",
            &format!("return document.querySelectorAll('#entry-list li').length === {n}"),
        )
        .await;
    }
    assert_eq!(
        h.js("return [...document.querySelectorAll('#entry-list li')].every(li => li.querySelector('.mood-tag') && !li.querySelector('.entry-text'))").await,
        true,
        "check-ins have a mood and no text"
    );
    // Its "add words" opens the newest check-in's editor.
    h.click("#add-words").await;
    h.wait_for("#entry-list li textarea").await;
    h.click("#entry-list li form button:not(.primary)").await;

    add_entry(&h, lang.dates[0], lang.texts[0], 3, 0).await;
    add_entry(&h, lang.dates[1], lang.texts[1], 4, 1).await;
    add_entry(&h, lang.dates[2], lang.texts[2], 5, 1).await;
    assert_eq!(
        h.js("return document.querySelectorAll('#entry-list li').length")
            .await,
        6
    );

    // The mood chart: six points, oldest first, and its table says the same.
    h.wait_for("#mood-chart circle.point").await;
    let points = h.js("return [...document.querySelectorAll('#mood-chart circle.point')].map(c => c.dataset.value).join(',')").await;
    assert_eq!(points, "3,4,5,4,4,4", "oldest first");
    let table = h.js("return [...document.querySelectorAll('#mood-chart table tbody tr td.num')].map(t => t.textContent).join(',')").await;
    let expected = if lang.english {
        "3,4,5,4,4,4"
    } else {
        "۳,۴,۵,۴,۴,۴"
    };
    assert_eq!(table, expected);
    // Points stand by date: the entries two days apart are as far apart as the gap to today
    // would be on its own scale (here: the first three are not evenly spread with the last).
    let xs = h.js("return [...document.querySelectorAll('#mood-chart circle.point')].map(c => +c.getAttribute('cx'))").await;
    let xs: Vec<f64> = xs
        .as_array()
        .expect("xs")
        .iter()
        .filter_map(Value::as_f64)
        .collect();
    assert!(
        ((xs[1] - xs[0]) - (xs[2] - xs[1])).abs() < 0.2 && (xs[3] - xs[4]).abs() < 0.01,
        "points are placed by date: {xs:?}"
    );

    // The calendar: the day of the second entry (back to its month), coloured by its mood,
    // shows that entry alone.
    for _ in 0..36 {
        if h.js("return !!document.querySelector('#day-2026-11-22')")
            .await
            == true
        {
            break;
        }
        h.click("#prev-month").await;
    }
    let label = h
        .js("return document.querySelector('#day-2026-11-22').getAttribute('aria-label')")
        .await;
    let good = if lang.english { "Good" } else { "خوب" };
    assert!(
        label.as_str().unwrap_or_default().ends_with(good),
        "the day names its mood: {label}"
    );
    assert_eq!(
        h.js("return document.querySelector('#day-2026-11-22').classList.contains('mood-4')")
            .await,
        true
    );
    h.click("#day-2026-11-22").await;
    h.wait_until(
        "one day's entries",
        "return document.querySelectorAll('#entry-list li').length === 1",
    )
    .await;
    h.wait_for_text(lang.texts[1]).await;

    // Its menu: edit changes the mood too.
    h.entry_action("#entry-list li", "edit").await;
    h.wait_for("#entry-list li form").await;
    let id = h
        .js("return document.querySelector('#entry-list li').dataset.id")
        .await;
    let id = id.as_str().unwrap_or_default().to_owned();
    h.click(&format!("#edit-mood-{id}-1")).await;
    h.click("#entry-list li form button.primary").await;
    let very_low = if lang.english {
        "Very low"
    } else {
        "خیلی بد"
    };
    h.wait_until(
        "the new mood is shown",
        &format!("const t = document.querySelector('#entry-list li .mood-tag'); return !!t && t.textContent === '{very_low}'"),
    )
    .await;
    h.click("#show-all-days").await;
    h.wait_until(
        "all entries again",
        "return document.querySelectorAll('#entry-list li').length === 6",
    )
    .await;

    h.screenshot(&format!("member-journal-{}", lang.english))
        .await;
    // Search with an Arabic-keyboard spelling (search is behind its button).
    h.click("#search-toggle").await;
    h.type_into("#journal-search", lang.variant_query).await;
    h.wait_until(
        "one entry found",
        "return document.querySelectorAll('#entry-list li').length === 1",
    )
    .await;
    h.wait_for_text(lang.texts[1]).await;
    h.type_into("#journal-search", " ").await;
    h.wait_until(
        "all entries again",
        "return document.querySelectorAll('#entry-list li').length === 6",
    )
    .await;

    // RSES twice, WHO-5 once.
    take(&h, "rses", 10, 2).await;
    take(&h, "rses", 10, 1).await;
    take(&h, "who5", 5, 2).await; // raw 10: below 13, the gentle note shows
    assert!(
        h.js("return document.querySelector('#survey-result .band') !== null")
            .await
            == Value::Bool(true)
    );
    h.js("location.hash = '#/member/surveys'; return true")
        .await;
    h.wait_until(
        "RSES history",
        "return document.querySelectorAll('#chart-rses circle.point').length === 2",
    )
    .await;
    h.wait_until(
        "WHO-5 history",
        "return document.querySelectorAll('#chart-who5 circle.point').length === 1",
    )
    .await;
    // RSES all "agree" (2) and all "disagree" (1): reversed items make both 15.
    assert_eq!(h.js("return [...document.querySelectorAll('#chart-rses circle.point')].map(c => c.dataset.value).join(',')").await, "15,15");
    assert_eq!(
        h.js("return document.querySelector('#chart-who5 circle.point').dataset.value")
            .await,
        "10"
    );

    // WHO-5 for the group, shared back through the share path (here: the file, as a desktop
    // browser cannot share files) with a preview in words.
    let downloads = h
        .allow_downloads(&std::env::temp_dir().join(format!(
            "hamdel-member-{}-{}",
            lang.english,
            std::process::id()
        )))
        .await;
    h.go("#/member").await;
    h.click("#kit-cards .survey-due").await;
    h.wait_for("#asked-by").await;
    for i in 1..=5 {
        h.click(&format!("#q{i}-3")).await;
    }
    h.click("#submit-survey").await;
    h.wait_for("#survey-result").await;
    h.go("#/member").await;
    h.click("#kit-cards .share-link").await;
    h.wait_for("#share-preview li").await;
    let words = h
        .js("return document.querySelector('#share-preview').innerText")
        .await;
    let words = words.as_str().unwrap_or_default().to_owned();
    let of_25 = if lang.english {
        "15 of 25"
    } else {
        "۱۵ از ۲۵"
    };
    assert!(words.contains("WHO-5") && words.contains(of_25), "{words}");
    for key in [
        "\"", "{", "format", "attempts", "answers", "survey", "journal", "created",
    ] {
        assert!(
            !words.contains(key),
            "no JSON in the preview ({key}): {words}"
        );
    }
    h.click("#send-share").await;
    h.wait_for_download(&downloads, ".age").await;
    h.wait_for("#share-sent li").await;
    let _ = std::fs::remove_dir_all(&downloads);

    // A week of the journal on paper: the chosen days' entries and nothing else.
    h.go("#/member/print").await;
    h.type_into("#print-from", lang.dates[0]).await;
    h.type_into("#print-to", lang.dates[1]).await;
    h.click("#print-journal-title").await;
    h.wait_until(
        "the chosen days only",
        "return document.querySelectorAll('#print-sheet .print-entry').length === 2",
    )
    .await;
    let sheet = h
        .js("return document.querySelector('#print-sheet').innerText")
        .await;
    let sheet = sheet.as_str().unwrap_or_default().to_owned();
    assert!(
        sheet.contains(lang.texts[0])
            && sheet.contains(lang.texts[1])
            && !sheet.contains(lang.texts[2]),
        "{sheet}"
    );
    h.emulate_media("print").await;
    h.screenshot(&format!("member-print-{}", lang.english))
        .await;
    h.emulate_media("screen").await;

    // A goal with a step, rated this week.
    h.js("location.hash = '#/member/goals'; return true").await;
    h.type_into("#new-goal", lang.texts[2]).await;
    h.click("#add-goal").await;
    h.wait_for("#goal-list li.goal").await;
    h.type_into("#goal-list .new-step", "one small step").await;
    h.click("#goal-list .add-step").await;
    h.wait_for_text("one small step").await;
    h.click("#goal-list input.rate[value='6']").await;
    h.wait_until("the rating is charted", "return document.querySelector('#goal-list circle.point') !== null && document.querySelector('#goal-list circle.point').dataset.value === '6'").await;

    // Reload: everything is there.
    h.reload().await;
    h.wait_until(
        "the goal and its rating are kept",
        "return document.querySelector('#goal-list input.rate:checked').value === '6'",
    )
    .await;
    h.js("location.hash = '#/member/surveys'; return true")
        .await;
    h.wait_until(
        "RSES history kept",
        "return document.querySelectorAll('#chart-rses circle.point').length === 2",
    )
    .await;
    h.js("location.hash = '#/member'; return true").await;
    h.wait_until(
        "entries kept",
        "return document.querySelectorAll('#entry-list li').length === 6",
    )
    .await;

    // Close the tab mid-entry and open the app again: the draft is there.
    h.type_into("#new-entry-text", "half a thought").await;
    let url = h.js("return location.href").await;
    let first = h.client.window().await.expect("this window");
    let second = h.client.new_window(true).await.expect("new tab").handle;
    h.client
        .close_window()
        .await
        .expect("close the writing tab");
    h.client.switch_to_window(second).await.expect("switch");
    let _ = first;
    h.client
        .goto(url.as_str().unwrap_or_default())
        .await
        .expect("open again");
    h.wait_for("#new-entry-text").await;
    assert_eq!(
        h.js("return document.querySelector('#new-entry-text').value")
            .await,
        "half a thought"
    );
    h.finish().await;
}

#[tokio::test]
async fn the_member_journey_in_english() {
    journey(ENGLISH).await;
}

#[tokio::test]
async fn the_member_journey_in_persian() {
    journey(PERSIAN).await;
}

/// A years-long journal draws only its newest moods (#20: 10,000 circles, each with a label
/// and a table row, made the first screen wait half a second), and says so.
#[tokio::test]
async fn the_mood_chart_shows_only_the_newest_moods() {
    const SHOWN: usize = 60;
    let h = Harness::start().await;
    h.use_language("en").await;
    h.click("#role-member").await;
    let points = "return document.querySelectorAll('#mood-chart circle.point').length";
    // The oldest check-in has mood 1, every later one mood 3.
    for n in 1..=SHOWN + 1 {
        h.click(if n == 1 { "#checkin-1" } else { "#checkin-3" })
            .await;
        h.wait_until(
            "the check-in is drawn",
            &format!(
                "return document.querySelectorAll('#mood-chart circle.point').length === {}",
                n.min(SHOWN)
            ),
        )
        .await;
        if n == SHOWN {
            // All of them still fit: the oldest is drawn first, and no note is shown.
            let values = h.js("return [...document.querySelectorAll('#mood-chart circle.point')].map(c => c.dataset.value)").await;
            assert_eq!(values[0], "1", "oldest first");
            assert_eq!(
                h.js("return !!document.querySelector('#mood-chart-recent')")
                    .await,
                false
            );
        }
    }
    assert_eq!(h.js(points).await, SHOWN as u64);
    let values = h.js("return [...document.querySelectorAll('#mood-chart circle.point')].map(c => c.dataset.value).join(',')").await;
    assert!(
        !values.as_str().unwrap_or("").contains('1'),
        "the oldest mood is left out: {values}"
    );
    assert_eq!(
        h.js("return document.querySelectorAll('#mood-chart table tbody tr').length")
            .await,
        SHOWN as u64,
        "the table lists what the chart draws"
    );
    let note = h
        .js("return document.querySelector('#mood-chart-recent').textContent")
        .await;
    assert_eq!(note, "Only the newest 60 moods are shown.");
    h.finish().await;
}
