//! Safety for young members (#16) on a 390×844 phone, in English and again in Persian: Help now
//! opens in one tap from every member screen and lists the lines with call links (Persian: 123
//! and 1480 first; English: the local emergency number first); a WHO-5 with raw score 8 shows
//! the second-tier message with Help now; a listed risk phrase typed into an entry shows Help
//! now once (and never with the check switched off); the safety plan is written, survives a
//! reload, lists its people with call links on Help now, is not readable in storage with the
//! lock on, and prints its words; the share screen says the counsellor must act on a risk.
//! The consent papers print from the plan for the members still to answer, in both languages.

use hamdel_e2e::Harness;

struct Lang {
    english: bool,
    risk: &'static str,
    very_low: &'static str,
    person: &'static str,
    signs: &'static str,
}

const ENGLISH: Lang = Lang {
    english: true,
    risk: "Bad day. Sometimes I want to die",
    very_low: "this week",
    person: "Aunt Sara 0912 111 2222",
    signs: "I stop answering my friends",
};

const PERSIAN: Lang = Lang {
    english: false,
    risk: "روز بدی بود. گاهی می خواهم بمیرم",
    very_low: "همین هفته",
    person: "خاله سارا ۰۹۱۲ ۱۱۱ ۲۲۲۲",
    signs: "جواب دوستانم را نمی‌دهم",
};

const MEMBER_SCREENS: [&str; 7] = [
    "#/member",
    "#/member/surveys",
    "#/member/surveys/who5",
    "#/member/goals",
    "#/member/print",
    "#/settings",
    "#/help/calm",
];

/// A kit link for a group, made by a counsellor in a browser of its own, with the counsellor's
/// own contact for Help now.
async fn kit_link(english: bool, replaces: bool) -> String {
    let c = Harness::start().await;
    if english {
        c.use_language("en").await;
    }
    c.click("#role-counsellor").await;
    c.type_into("#new-group-name", "Skills").await;
    c.click("#create-group").await;
    c.wait_for("#edit-plan").await;
    let group = c.hash().await;
    c.go(&format!("{group}/kit")).await;
    c.fill("#kit-help", "Ms Karimi, room 12, 021 5555 0101")
        .await;
    c.wait_until(
        "the kit carries the help text",
        "return document.querySelector('#kit-help').value.includes('Karimi')",
    )
    .await;
    c.wait_for("#kit-qr").await;
    if replaces {
        let before = c
            .js("return document.querySelector('#kit-link').value")
            .await;
        c.click("#kit-help-replaces").await;
        c.wait_until(
            "the kit says its lines replace Iran's",
            &format!("return document.querySelector('#kit-link').value !== {before}"),
        )
        .await;
    }
    let hash = c.kit_join_hash().await;
    c.finish().await;
    hash
}

async fn journey(lang: Lang) {
    let join = kit_link(lang.english, false).await;
    let h = Harness::start().await;
    h.emulate_screen(Some((390, 844)), true).await;
    if lang.english {
        h.use_language("en").await;
    }
    h.go(&join).await;
    h.type_into("#own-code", "M1").await;
    h.click("#join-group").await;
    h.wait_for("#new-entry-text").await;

    // One tap from every member screen.
    for screen in MEMBER_SCREENS {
        h.go(screen).await;
        h.click("#help-button").await;
        h.wait_for("#help-title").await;
        assert_eq!(h.hash().await, "#/help", "Help now from {screen}");
    }
    for number in ["123", "1480", "115", "110", "1570"] {
        assert_eq!(
            h.js(&format!(
                "return !!document.querySelector('#iran-lines a[href=\"tel:{number}\"]')"
            ))
            .await,
            true,
            "a call link to {number}"
        );
    }
    let local_first = h
        .js("const l = document.querySelector('#local-emergency'), i = document.querySelector('#iran-lines'); \
             return !!(l.compareDocumentPosition(i) & Node.DOCUMENT_POSITION_FOLLOWING)")
        .await;
    let page = h.body_text().await;
    if lang.english {
        assert!(page.contains("call your local emergency number"), "{page}");
        assert_eq!(local_first, true, "English: the local number comes first");
    } else {
        assert!(page.contains("۱۲۳") && page.contains("۱۴۸۰"), "{page}");
        assert_eq!(local_first, false, "Persian: Iran's lines come first");
    }
    // The counsellor's own contact from the kit, with its number as a call link.
    assert_eq!(
        h.js("return !!document.querySelector('.group-help a[href=\"tel:02155550101\"]')")
            .await,
        true,
        "the kit's contact line is a call link"
    );
    h.click("#open-calm").await;
    h.wait_for("#breath-counted li").await;
    h.click("#breath-start").await;
    h.wait_until(
        "the breathing guide names its phase",
        "return document.querySelector('#breath-phase').textContent.length > 0",
    )
    .await;
    h.click("#breath-stop").await;

    // WHO-5 with raw score 8 (2 + 2 + 2 + 1 + 1): the second tier, with Help now.
    h.go("#/member/surveys/who5").await;
    for (i, value) in [2, 2, 2, 1, 1].iter().enumerate() {
        h.click(&format!("#q{}-{value}", i + 1)).await;
    }
    h.click("#submit-survey").await;
    h.wait_for("#survey-result.very-low #result-help").await;
    let result = h
        .js("return document.querySelector('#survey-result').textContent")
        .await;
    assert!(
        result.as_str().unwrap_or_default().contains(lang.very_low),
        "{result}"
    );
    h.click("#result-help").await;
    h.wait_for("#help-title").await;

    // A listed risk phrase: Help now once for that entry.
    h.go("#/member").await;
    h.type_into("#new-entry-text", lang.risk).await;
    h.wait_for("#risk-card #risk-help").await;
    h.click("#risk-close").await;
    h.type_into("#new-entry-text", " I want to die").await;
    assert_eq!(
        h.js("return !!document.querySelector('#risk-card')").await,
        false,
        "closed for this entry, it does not come back"
    );
    h.click("#add-entry").await;
    h.wait_for("#entry-list li").await;
    // With the check switched off, nothing is offered.
    h.go("#/settings").await;
    h.click("#risk-check").await;
    h.go("#/member").await;
    h.type_into("#new-entry-text", lang.risk).await;
    assert_eq!(
        h.js("return !!document.querySelector('#risk-card')").await,
        false,
        "the check is off"
    );

    // The safety plan: written, kept across a reload, its people on Help now.
    h.go("#/help").await;
    h.click("#open-plan").await;
    h.fill("#plan-signs", lang.signs).await;
    h.fill("#plan-people", lang.person).await;
    h.reload().await;
    h.go("#/help/plan").await;
    h.wait_until(
        "the plan is back after the reload",
        &format!(
            "return document.querySelector('#plan-people').value === {:?}",
            lang.person
        ),
    )
    .await;
    h.go("#/help").await;
    h.wait_for("#plan-people a[href=\"tel:09121112222\"]").await;
    // It prints its words, without the text boxes and the app's frame.
    h.go("#/help/plan").await;
    h.emulate_media("print").await;
    let printed = h
        .js("const shown = e => getComputedStyle(e).display !== 'none'; \
             const words = [...document.querySelectorAll('.plan-text')].filter(shown).map(e => e.textContent).join('\\n'); \
             return [words, [...document.querySelectorAll('textarea, .app-header')].some(shown)]")
        .await;
    assert!(
        printed[0].as_str().unwrap_or_default().contains(lang.signs),
        "{printed}"
    );
    assert_eq!(
        printed[1], false,
        "no text box or top bar on paper: {printed}"
    );
    h.emulate_media("screen").await;

    // The share screen says the counsellor must act on a risk.
    h.go("#/member").await;
    h.click("#kit-cards .share-link").await;
    h.wait_for("#share-duty").await;

    // With the lock on, the plan is not readable in storage.
    h.go("#/settings/lock").await;
    h.type_into("#lock-pass-member", "a passphrase for safety")
        .await;
    h.type_into("#lock-pass-again-member", "a passphrase for safety")
        .await;
    h.click("#lock-submit-member").await;
    h.wait_until(
        "the member space is sealed",
        "for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); \
         if (k.startsWith('hamdel/plans/') && !k.endsWith('/pending')) return localStorage.getItem(k).startsWith('hamdel-sealed:'); } return false",
    )
    .await;
    let stored = h.stored_text().await;
    assert!(
        !stored.contains(lang.signs),
        "the plan is readable in storage"
    );
    assert!(
        !stored.contains(lang.person),
        "the plan's people are readable in storage"
    );
    // Help now still opens with the journal locked; the plan asks for the lock.
    h.click("#lock-button").await;
    h.click("#help-button").await;
    h.wait_for("#plan-locked").await;
    h.wait_for("#iran-lines a[href=\"tel:123\"]").await;
    h.finish().await;
}

#[tokio::test]
async fn help_now_the_safety_plan_and_the_gentle_check_in_english() {
    journey(ENGLISH).await;
}

#[tokio::test]
async fn help_now_the_safety_plan_and_the_gentle_check_in_persian() {
    journey(PERSIAN).await;
}

/// #16: the consent papers of an anger-management group with three members (the first still
/// to answer both, the second's parents said yes, the third said no to both): one parents'
/// letter with its slip and two assent forms, each marked with its member's code and filled from
/// the plan (its name, dates, day and time, room), with confidentiality and its limits; on paper
/// each is a page of its own and the on-screen status is not printed.
async fn consent_papers(english: bool) {
    let h = Harness::start().await;
    if english {
        h.use_language("en").await;
    }
    h.click("#role-counsellor").await;
    h.choose("#template-pick", "anger-management").await;
    h.click("#create-from-template").await;
    h.wait_for("#edit-plan").await;
    let (start, room, time, limits, assent_limits, status) = if english {
        (
            "2026-11-26",
            "Room 12",
            "10:30",
            "The counsellor must act",
            "I can’t promise",
            "1 given, 1 refused, 1 still to answer",
        )
    } else {
        (
            "۱۴۰۵/۰۹/۰۵",
            "اتاق ۱۲",
            "۱۰:۳۰",
            "مشاور باید اقدام کند",
            "نمی‌توانم قول بدهم",
            "۱ داده‌اند، ۱ نداده‌اند، ۱ هنوز پاسخ نداده‌اند",
        )
    };
    h.click("#edit-plan").await;
    h.type_into("#plan-start", start).await;
    h.choose("#plan-weekday", "5").await;
    h.type_into("#plan-time", "10:30").await;
    h.type_into("#plan-room", room).await;
    h.click("#save-plan").await;
    h.wait_until(
        "the sessions have dates",
        "return (document.querySelector('#session-list li .item-meta') || {}).textContent > ''",
    )
    .await;
    let first_date = h
        .js("return document.querySelector('#session-list li .item-meta').textContent")
        .await;
    let first_date = first_date.as_str().unwrap_or_default().to_owned();
    for n in 1..=3 {
        h.click("#add-member").await;
        h.wait_until(
            "a member added",
            &format!("return document.querySelectorAll('#member-list li').length === {n}"),
        )
        .await;
    }
    h.choose(
        "#member-list li:nth-child(2) select[id^='parental-']",
        "Given",
    )
    .await;
    h.choose(
        "#member-list li:nth-child(3) select[id^='parental-']",
        "Refused",
    )
    .await;
    h.choose(
        "#member-list li:nth-child(3) select[id^='consent-']",
        "Refused",
    )
    .await;
    h.wait_until(
        "the answers are stored",
        "return document.querySelector('#member-list li:nth-child(3) select[id^=\"consent-\"]').value === 'Refused'",
    )
    .await;
    h.click("#print-consent").await;
    h.wait_for("#consent-status").await;
    let papers = h
        .strings(
            "return [...document.querySelectorAll('#print-sheet .consent-paper')].map(p => p.className + '|' + p.innerText)",
            vec![],
        )
        .await;
    assert_eq!(papers.len(), 3, "{papers:?}");
    assert!(
        papers[0].contains("consent-letter") && papers[0].contains("M1"),
        "{}",
        papers[0]
    );
    assert!(
        papers[1].contains("consent-assent") && papers[1].contains("M1"),
        "{}",
        papers[1]
    );
    assert!(
        papers[2].contains("consent-assent") && papers[2].contains("M2"),
        "{}",
        papers[2]
    );
    assert!(!papers.iter().any(|p| p.contains("M3")), "M3 has answered");
    let letter = &papers[0];
    for needle in [room, time, first_date.as_str(), limits] {
        assert!(
            letter.contains(needle),
            "the letter names {needle}: {letter}"
        );
    }
    assert!(papers[1].contains(assent_limits), "{}", papers[1]);
    let shown = h.body_text().await;
    assert!(shown.contains(status), "{shown}");
    if !english {
        let latin = letter.replace("M1", "");
        assert!(
            !latin.chars().any(|c| c.is_ascii_digit()),
            "Persian digits only, but for the code M1: {letter}"
        );
    }
    h.screenshot(&format!("consent-{}", if english { "en" } else { "fa" }))
        .await;
    h.emulate_media("print").await;
    let printed = h
        .js("const p = document.querySelector('.consent-paper'); \
             return [getComputedStyle(document.querySelector('#consent-status')).display, \
                     getComputedStyle(p).breakAfter].join(' ')")
        .await;
    assert_eq!(
        printed, "none page",
        "each paper is a page; the status stays on screen"
    );
    h.finish().await;
}

#[tokio::test]
async fn the_consent_papers_print_from_the_plan_in_english() {
    consent_papers(true).await;
}

#[tokio::test]
async fn the_consent_papers_print_from_the_plan_in_persian() {
    consent_papers(false).await;
}

/// #16: a counsellor at a school outside Iran gives their own lines in place of Iran's: the
/// member's Help now lists them as call links where Iran's lines would be, and still names the
/// local emergency number.
#[tokio::test]
async fn a_kit_can_replace_irans_lines_with_the_counsellors_own() {
    let join = kit_link(false, true).await;
    let h = Harness::start().await;
    h.emulate_screen(Some((390, 844)), true).await;
    h.go(&join).await;
    h.type_into("#own-code", "M1").await;
    h.click("#join-group").await;
    h.wait_for("#new-entry-text").await;
    h.click("#help-button").await;
    h.wait_for("#group-lines").await;
    let shown = h
        .js("return [!!document.querySelector('#iran-lines'), \
                     !!document.querySelector('#group-lines a[href=\"tel:02155550101\"]'), \
                     !!document.querySelector('#local-emergency'), \
                     document.querySelectorAll('.help-people .group-help').length]")
        .await;
    assert_eq!(
        shown,
        serde_json::json!([false, true, true, 0]),
        "the counsellor's lines stand where Iran's were, once"
    );
    h.finish().await;
}
