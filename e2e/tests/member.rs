//! The member's space end to end, in English and again in Persian: three entries on different
//! dates with moods and tags, one found again with a Persian variant spelling, RSES taken twice
//! and WHO-5 once with both histories charted, the mood chart's points matching its table,
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
    h.js(&format!(
        "location.hash = '#/member/surveys/{survey}'; return true"
    ))
    .await;
    h.wait_for("#submit-survey").await;
    for i in 1..=items {
        h.click(&format!("#q{i}-{value}")).await;
    }
    h.click("#submit-survey").await;
    h.wait_for("#survey-result").await;
}

async fn journey(lang: Lang) {
    let h = Harness::start().await;
    if lang.english {
        h.click("#lang-switch").await;
        h.wait_until("English", "return document.documentElement.lang === 'en'")
            .await;
    }
    h.click("#role-member").await;
    h.wait_for("#new-entry-text").await;
    add_entry(&h, lang.dates[0], lang.texts[0], 3, 0).await;
    add_entry(&h, lang.dates[1], lang.texts[1], 4, 1).await;
    add_entry(&h, lang.dates[2], lang.texts[2], 5, 1).await;
    assert_eq!(
        h.js("return document.querySelectorAll('#entry-list li').length")
            .await,
        3
    );

    // The mood chart: three points, and its table says the same.
    h.wait_for("#mood-chart circle.point").await;
    let points = h.js("return [...document.querySelectorAll('#mood-chart circle.point')].map(c => c.dataset.value).join(',')").await;
    assert_eq!(points, "3,4,5", "oldest first");
    let table = h.js("return [...document.querySelectorAll('#mood-chart table tbody tr td.num')].map(t => t.textContent).join(',')").await;
    let expected = if lang.english { "3,4,5" } else { "۳,۴,۵" };
    assert_eq!(table, expected);

    h.screenshot(&format!("member-journal-{}", lang.english))
        .await;
    // Search with an Arabic-keyboard spelling.
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
        "return document.querySelectorAll('#entry-list li').length === 3",
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

    // A goal with a step, rated this week.
    h.js("location.hash = '#/member/goals'; return true").await;
    h.type_into("#new-goal", lang.texts[2]).await;
    h.click("#add-goal").await;
    h.wait_for("#goal-list li.goal").await;
    h.type_into("#goal-list .new-step", "one small step").await;
    h.click("#goal-list .add-step").await;
    h.wait_for_text("one small step").await;
    h.choose("#goal-list select.rate", "6").await;
    h.wait_until("the rating is charted", "return document.querySelector('#goal-list circle.point') !== null && document.querySelector('#goal-list circle.point').dataset.value === '6'").await;

    // Reload: everything is there.
    h.reload().await;
    h.wait_until(
        "the goal and its rating are kept",
        "return document.querySelector('#goal-list select.rate').value === '6'",
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
        "return document.querySelectorAll('#entry-list li').length === 3",
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
