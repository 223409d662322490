//! The counsellor's day (#17) on a 390×844 phone in Persian and on a desktop in English, in
//! Tehran's time zone: a group from
//! a ready plan that met two weeks ago and last week and meets again today, with three members.
//! The groups list and the group's overview show today's session, the sessions held and what
//! needs attention (consents, last week's missing roll call); "Take attendance" moves to the roll
//! call on today's session; "Mark all present" and one change are kept over a reload (and Undo
//! takes the first back); the sessions export as an `.ics` file that an independent parser
//! (Python's icalendar) reads with the right days, times and zone — the same days the app shows
//! in the Jalali calendar. Paper forms are typed as digits and the report's row per member
//! marks a fall. A member who joins from the kit saves the same sessions to their own calendar. A plan that cannot be saved takes the focus to the field that stops it. An empty
//! session is planned from the standard agenda and the library sheet, and the plan and the
//! attendance sheet print (A4).

use chrono::{Datelike, Duration, NaiveDate};
use hamdel_domain::{Calendar, Locale};
use hamdel_e2e::Harness;

/// What the journey types and expects, in one language on one screen.
struct Lang {
    tag: &'static str,
    locale: Locale,
    calendar: Calendar,
    /// `None`: the window as it is (a desktop).
    screen: Option<(u32, u32)>,
    /// The groups list: today's session, none held, consents, last week's roll call.
    glance: [&'static str; 4],
    next: &'static str,
    all_present: &'static str,
    one_absent: &'static str,
    one_held: &'static str,
    /// Two rows of paper answers, before and after.
    paper: [&'static str; 2],
    row_done: &'static str,
    two_saved: &'static str,
    fall: &'static str,
    rise: &'static str,
    lower: &'static str,
    range: &'static str,
    three: &'static str,
    /// The arrow key to the next statement, and back.
    on: fantoccini::key::Key,
    back: fantoccini::key::Key,
    session_3: &'static str,
    new_group: &'static str,
    forty_five: &'static str,
    /// The CSV files' words: the member column, an absence.
    member: &'static str,
    absent: &'static str,
    /// The report's line for a member with a before result only.
    only_pre: &'static str,
    /// An ASCA field in plain words, and under the 4th edition's name; the report's heading.
    asca_plain: &'static str,
    asca_fourth: &'static str,
    outcome_data: &'static str,
}

#[tokio::test]
async fn persian_phone() {
    day(&Lang {
        tag: "fa",
        locale: Locale::Fa,
        calendar: Calendar::Jalali,
        screen: Some((390, 844)),
        glance: [
            "امروز: جلسهٔ ۳",
            "۰ جلسه از ۸ جلسه",
            "۳ عضو هنوز رضایت‌نامه",
            "حضور و غیاب جلسهٔ ۲ ثبت نشده",
        ],
        next: "امروز: جلسهٔ ۳ ۱۰:۳۰",
        all_present: "۳ حاضر",
        one_absent: "۲ حاضر، ۱ غایب",
        one_held: "۱ جلسه از ۸ جلسه",
        paper: ["۴۴۴۴۴11111", "۲۲۲۲۲33333"],
        row_done: "۵ از ۵",
        two_saved: "۲ فرم کاغذی ذخیره شد",
        fall: "\u{2212}۱۰",
        rise: "+۱۰",
        lower: "کاهش",
        range: "۰ تا ۵",
        three: "۳",
        on: fantoccini::key::Key::Left,
        back: fantoccini::key::Key::Right,
        session_3: "جلسهٔ ۳",
        new_group: "مهارت‌ها",
        forty_five: "۴۵",
        member: "عضو",
        absent: "غایب",
        only_pre: "فقط پیش از گروه، بیرون از تغییر: M3",
        asca_plain: "شرکت در گروه: چه کسانی و چند جلسه",
        asca_fourth: "داده‌های فرایند",
        outcome_data: "داده‌های پیامد",
    })
    .await;
}

#[tokio::test]
async fn english_desktop() {
    day(&Lang {
        tag: "en",
        locale: Locale::En,
        calendar: Calendar::Gregorian,
        screen: None,
        glance: [
            "Today: session 3",
            "0 of 8 sessions held",
            "3 members with a consent still to come",
            "No attendance taken for session 2",
        ],
        next: "Today: session 3 10:30",
        all_present: "3 present",
        one_absent: "2 present, 1 absent",
        one_held: "1 of 8 sessions held",
        paper: ["4444411111", "2222233333"],
        row_done: "5 of 5",
        two_saved: "2 paper forms saved",
        fall: "\u{2212}10",
        rise: "+10",
        lower: "lower",
        range: "0 to 5",
        three: "3",
        on: fantoccini::key::Key::Right,
        back: fantoccini::key::Key::Left,
        session_3: "Session 3",
        new_group: "Skills",
        forty_five: "45",
        member: "Member",
        absent: "Absent",
        only_pre: "Before only, in no change: M3",
        asca_plain: "Taking part: who, and how often",
        asca_fourth: "Process data",
        outcome_data: "Outcome data",
    })
    .await;
}

async fn day(lang: &Lang) {
    let h = Harness::start().await;
    h.emulate_time_zone("Asia/Tehran").await;
    h.emulate_screen(lang.screen, lang.screen.is_some()).await;
    let shot = |name: &str| format!("day-{}-{name}", lang.tag);
    // Today as the device sees it (in Tehran, whatever the machine's zone).
    let parts = h
        .js("const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()]")
        .await;
    let n = |i: usize| parts[i].as_i64().unwrap_or_default();
    let today = NaiveDate::from_ymd_opt(n(0) as i32, n(1) as u32, n(2) as u32).expect("today");
    let start = today - Duration::days(14);

    // The plan is typed in English (ISO dates), the rest is done in Persian.
    h.use_language("en").await;
    h.click("#role-counsellor").await;
    h.choose("#template-pick", "test-anxiety").await;
    h.click("#create-from-template").await;
    h.wait_for("#edit-plan").await;
    let group = h.hash().await;
    // The plan reads as a summary until "Edit the plan".
    assert_eq!(
        h.js("return document.querySelector('#plan-name') === null && document.querySelector('#plan-summary') !== null").await,
        true,
        "the plan opens read-only"
    );
    h.click("#edit-plan").await;
    h.type_into("#plan-start", &start.format("%Y-%m-%d").to_string())
        .await;
    let weekday = today.weekday().num_days_from_monday().to_string();
    h.choose("#plan-weekday", &weekday).await;
    h.type_into("#plan-time", "10:30").await;
    h.type_into("#plan-room", "Room 3; library, first floor")
        .await;
    h.click("#save-plan").await;
    h.wait_until(
        "the sessions have dates",
        "return (document.querySelector('#session-list li .item-meta') || {}).textContent > ''",
    )
    .await;
    h.wait_until(
        "saved, the plan reads as a summary again, from its heading",
        "return document.querySelector('#plan-name') === null && document.querySelector('#plan-summary').textContent.includes('Room 3; library, first floor') \
         && document.activeElement.id === 'plan-title'",
    )
    .await;
    for k in 1..=3 {
        h.click("#add-member").await;
        h.wait_until(
            "a member added",
            &format!("return document.querySelectorAll('#member-list li').length === {k}"),
        )
        .await;
    }
    h.use_language(lang.tag).await;

    // The groups list: today's session, progress and what needs attention.
    h.go("#/counsellor").await;
    h.wait_for(".glance-next").await;
    let glance = h
        .js("return document.querySelector('#group-list li').innerText")
        .await;
    let glance = glance.as_str().unwrap_or_default().to_owned();
    for needle in lang.glance {
        assert!(glance.contains(needle), "the list shows {needle}: {glance}");
    }
    h.screenshot(&shot("groups")).await;

    // The group's overview, then the roll call on today's session.
    h.go(&group).await;
    h.wait_for("#overview").await;
    let next = h
        .js("return document.querySelector('#next-session').textContent")
        .await;
    assert!(
        next.as_str().unwrap_or_default().contains(lang.next),
        "{next}"
    );
    assert_eq!(
        h.js("return document.querySelector('#open-next-planner').getAttribute('href')")
            .await,
        format!("{group}/session/3")
    );
    h.screenshot(&shot("overview")).await;
    h.click("#take-attendance").await;
    h.wait_until(
        "focus is on the roll call",
        "return document.activeElement && document.activeElement.id === 'roll-call-title'",
    )
    .await;
    assert_eq!(
        h.js("return document.querySelector('#roll-session').value")
            .await,
        "2",
        "the roll call opens on today's session"
    );
    h.click("#mark-all-present").await;
    h.wait_until(
        "all present",
        &format!(
            "return document.querySelector('#roll-count').textContent.startsWith('{}')",
            lang.all_present
        ),
    )
    .await;
    h.click("#roll li:nth-child(2) .mark-absent").await;
    let counted = format!(
        "return document.querySelector('#roll-count').textContent.startsWith('{}')",
        lang.one_absent
    );
    h.wait_until("one absent", &counted).await;
    assert_eq!(
        h.js("return document.querySelector('#roll li:nth-child(2) .mark-absent').getAttribute('aria-pressed')")
            .await,
        "true"
    );
    h.screenshot(&shot("roll-call")).await;
    h.reload().await;
    h.wait_for("#roll").await;
    h.wait_until("kept over a reload", &counted).await;
    let held = h
        .js("return document.querySelector('#sessions-held').textContent")
        .await;
    assert!(
        held.as_str().unwrap_or_default().contains(lang.one_held),
        "{held}"
    );

    // Two members' paper WHO-5 forms before and after, typed as digits into the grid (a row per
    // member; the focus moves on by itself, Persian or Latin digits); the report's row per
    // member marks M1's fall in words.
    h.go(&format!("{group}/report")).await;
    h.click("#paper-details summary").await;
    h.choose("#paper-survey", "who5").await;
    let active = "return document.activeElement && document.activeElement.id";
    for (moment, digits) in [("pre", lang.paper[0]), ("post", lang.paper[1])] {
        h.choose("#paper-moment", moment).await;
        h.click("#paper-0-0").await;
        h.type_keys(digits).await;
        assert_eq!(
            h.js(active).await,
            "paper-2-0",
            "two rows typed, M3's first cell next"
        );
        let counts = h
            .strings(
                "return [...document.querySelectorAll('#paper-grid .paper-count')].map(c => c.textContent)",
                vec![],
            )
            .await;
        assert_eq!(counts[..2], [lang.row_done, lang.row_done], "{counts:?}");
        h.click("#save-paper").await;
        h.wait_until(
            "the two forms are saved and their rows emptied",
            &format!(
                "return document.querySelector('#paper-0-0').value === '' && document.querySelector('#paper-1-4').value === '' \
                 && document.body.innerText.includes('{}')",
                lang.two_saved
            ),
        )
        .await;
    }
    h.wait_for("#members-who5").await;
    let rows = h
        .strings(
            "return [...document.querySelectorAll('#members-who5 tbody tr')].map(r => r.className + '|' + r.innerText)",
            vec![],
        )
        .await;
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(
        rows[0].starts_with("declined|")
            && rows[0].contains("M1")
            && rows[0].contains(lang.fall)
            && rows[0].contains(lang.lower),
        "{rows:?}"
    );
    assert!(
        !rows[1].starts_with("declined") && rows[1].contains("M2") && rows[1].contains(lang.rise),
        "{rows:?}"
    );
    // A digit past the scale is refused, and said so; the arrows follow the reading order; a row
    // typed in part is kept, named, and not saved.
    h.click("#paper-2-0").await;
    h.type_keys("9").await;
    h.wait_until(
        "refused",
        &format!(
            "return document.querySelector('#paper-error').textContent.includes('{}') && document.querySelector('#paper-2-0').value === ''",
            lang.range
        ),
    )
    .await;
    assert_eq!(
        h.js(active).await,
        "paper-2-0",
        "a refused digit does not move on"
    );
    h.type_keys("3").await;
    assert_eq!(h.js(active).await, "paper-2-1");
    h.press(lang.back).await;
    assert_eq!(
        h.js(active).await,
        "paper-2-0",
        "back against the reading order"
    );
    h.press(lang.on).await;
    assert_eq!(h.js(active).await, "paper-2-1", "on in the reading order");
    h.press(fantoccini::key::Key::Backspace).await;
    assert_eq!(
        h.js(active).await,
        "paper-2-0",
        "Backspace in an empty cell goes back"
    );
    assert_eq!(
        h.js("return document.querySelector('#paper-2-0').value")
            .await,
        lang.three
    );
    h.click("#save-paper").await;
    h.wait_until(
        "the part-typed row is named and kept",
        &format!(
            "return document.querySelector('#paper-error').textContent.includes('M3') && document.querySelector('#paper-2-0').value === '{}'",
            lang.three
        ),
    )
    .await;
    assert_eq!(
        h.js(active).await,
        "paper-2-1",
        "the focus is on its first empty cell"
    );
    // #18: finished as a before-only form, M3 is named and left out of the paired change.
    h.choose("#paper-moment", "pre").await;
    h.click("#paper-2-1").await;
    h.type_keys(&lang.three.repeat(4)).await;
    h.click("#save-paper").await;
    h.wait_until(
        "M3 listed as before only",
        &format!(
            "return document.querySelector('#alone-who5').textContent === '{}'",
            lang.only_pre
        ),
    )
    .await;
    h.screenshot(&shot("report")).await;

    // The plan and the attendance sheet on A4 paper (print media): the plan at most two pages a
    // session after its facts and cautions (two pages), the attendance sheet one.
    for (view, most) in [("plan", 2 * 8 + 2), ("attendance", 1)] {
        h.go(&format!("{group}/print/{view}")).await;
        h.wait_for("#print-sheet").await;
        let pages = h.printed_pages().await;
        eprintln!("{}: print/{view} takes {pages} A4 pages", lang.tag);
        assert!((1..=most).contains(&pages), "print/{view}: {pages} pages");
    }

    // The sessions as a calendar file, read by an independent parser.
    h.go(&group).await;
    h.wait_for("#export-ics").await;
    let dir = std::env::temp_dir().join(format!("hamdel-day-{}-{}", lang.tag, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    h.allow_downloads(&dir).await;
    h.click("#export-ics").await;
    let file = h.wait_for_download(&dir, ".ics").await;
    let read = hamdel_e2e::read_with_script("ics_read.py", &file);
    let events = read["events"].as_array().expect("events");
    assert_eq!(events.len(), 8, "{read}");
    let shown = h
        .strings(
            "return [...document.querySelectorAll('#session-list li')].map(li => li.querySelector('.item-meta').textContent)",
            vec![],
        )
        .await;
    for (i, ev) in events.iter().enumerate() {
        let day = start + Duration::days(7 * i as i64);
        assert_eq!(
            ev["start"],
            format!("{}T10:30:00+03:30", day.format("%Y-%m-%d")),
            "session {}: {ev}",
            i + 1
        );
        assert_eq!(
            ev["end"],
            format!("{}T11:15:00+03:30", day.format("%Y-%m-%d"))
        );
        assert_eq!(ev["location"], "Room 3; library, first floor");
        assert_eq!(
            shown[i],
            hamdel_i18n::format_date_long(day, lang.calendar, lang.locale),
            "the app shows the same day in the person's calendar"
        );
    }
    assert!(
        events[0]["zone"]
            .as_str()
            .unwrap_or_default()
            .contains("Tehran"),
        "{}",
        events[0]
    );
    assert_eq!(
        events[2]["summary"],
        format!(
            "{} · {}",
            h.js("return document.querySelector('#group-title').textContent")
                .await
                .as_str()
                .unwrap_or_default(),
            lang.session_3
        )
    );

    // A member adds the same sessions to their own calendar from the kit card.
    h.go(&format!("{group}/kit")).await;
    h.wait_for("#kit-qr").await;
    let join = h.kit_join_hash().await;
    h.go(&join).await;
    h.type_into("#own-code", "M1").await;
    h.click("#join-group").await;
    h.wait_for("#kit-cards .calendar-file").await;
    let _ = std::fs::remove_file(&file);
    h.click("#kit-cards .calendar-file").await;
    let mine = h.wait_for_download(&dir, ".ics").await;
    let theirs = hamdel_e2e::read_with_script("ics_read.py", &mine);
    let starts = |v: &serde_json::Value| -> Vec<String> {
        v["events"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|e| format!("{} {}", e["start"], e["location"]))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(
        starts(&theirs),
        starts(&read),
        "the member's calendar has the counsellor's days"
    );

    // #18: the CSV files, read by Python's csv module as a spreadsheet would: the mark that
    // keeps Persian intact, the words in the person's language, the report's numbers.
    h.go(&format!("{group}/report")).await;
    let csv = |button: &'static str| {
        let (h, dir) = (&h, &dir);
        async move {
            for f in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let _ = std::fs::remove_file(f.path());
            }
            h.click(button).await;
            let path = h.wait_for_download(dir, ".csv").await;
            hamdel_e2e::csv_rows(&path)
        }
    };
    let report = csv("#export-report-csv").await;
    // WHO-5: M1 20 → 10, M2 5 → 15, M3 15 before only; pre mean 40 / 3 = 13.3 (n 3), post
    // 12.5 (n 2); paired change 0.0 (n 2); one improved by 3 points or more.
    assert!(
        report
            .iter()
            .any(|r| r.len() == 9 && r[1..] == ["13.3", "3", "12.5", "2", "0.0", "2", "1", "3"]),
        "{report:?}"
    );
    assert!(
        report.contains(&vec!["M1".into(), "20".into(), "10".into(), "-10".into()]),
        "{report:?}"
    );
    assert!(
        report.contains(&vec!["M2".into(), "5".into(), "15".into(), "10".into()]),
        "{report:?}"
    );
    assert!(
        report.contains(&vec![
            "M3".into(),
            "15".into(),
            String::new(),
            String::new()
        ]),
        "{report:?}"
    );
    let results = csv("#export-results-csv").await;
    assert_eq!(
        results.len(),
        1 + 5 * 5,
        "a row per result and statement: {results:?}"
    );
    assert_eq!(results[0][0], lang.member);
    assert!(results[1..].iter().all(|r| r.len() == 10), "{results:?}");
    let attendance = csv("#export-attendance-csv").await;
    assert_eq!(attendance[0].len(), 1 + 8, "{attendance:?}");
    assert_eq!(attendance[0][0], lang.member);
    assert_eq!(
        attendance[1][1],
        start.format("%Y-%m-%d").to_string(),
        "ISO dates"
    );
    assert_eq!(
        attendance[2][1],
        hamdel_i18n::format_date(start, lang.calendar, lang.locale),
        "and in the person's calendar"
    );
    assert_eq!(
        attendance[4][3], lang.absent,
        "M2 was absent today: {attendance:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
    h.go(&group).await;

    // A plan that cannot be saved takes the focus to the field that stops it.
    h.click("#edit-plan").await;
    h.fill("#plan-name", " ").await;
    h.click("#save-plan").await;
    h.wait_until(
        "the focus is on the name",
        "return document.activeElement && document.activeElement.id === 'plan-name'",
    )
    .await;

    // An empty session starts from the standard agenda in one tap, filling its 45 minutes.
    h.go("#/counsellor").await;
    h.type_into("#new-group-name", lang.new_group).await;
    h.click("#create-group").await;
    h.wait_for("#edit-plan").await;
    let other = h.hash().await;
    h.go(&format!("{other}/session/2")).await;
    h.click("#standard-session").await;
    h.wait_until(
        "five blocks",
        "return document.querySelectorAll('#blocks > li').length === 5 && !document.querySelector('#standard-session')",
    )
    .await;
    let timing = h
        .js("return document.querySelector('#timing').textContent")
        .await;
    assert_eq!(
        timing
            .as_str()
            .unwrap_or_default()
            .matches(lang.forty_five)
            .count(),
        2,
        "45 of 45 minutes: {timing}"
    );
    // The main activity filled from the library sheet: its row, "Fill from the library", a
    // result (four taps from an empty session in all).
    let row = "return document.querySelector('#block-2-row').textContent";
    let before = h.js(row).await;
    h.click("#block-2-row").await;
    h.click("#block-2-fill").await;
    h.wait_until(
        "the library sheet opens",
        "return document.querySelector('#library-sheet').open && document.querySelectorAll('#library-results .use-exercise').length > 0",
    )
    .await;
    h.click("#library-results li:first-child .use-exercise")
        .await;
    h.wait_until(
        "the block is filled and the sheet closed",
        &format!(
            "return !document.querySelector('#library-sheet').open && document.querySelector('#block-2-row').textContent !== {before}"
        ),
    )
    .await;
    h.screenshot(&shot("planned")).await;

    // ASCA's names are a choice in Settings, plain words by default.
    let asca = "return document.querySelector('#plan-asca').textContent";
    h.go(&group).await;
    h.wait_for("#plan-asca").await;
    let plain = h.js(asca).await;
    let plain = plain.as_str().unwrap_or_default();
    assert!(
        plain.contains(lang.asca_plain) && !plain.contains(lang.asca_fourth),
        "{plain}"
    );
    h.go("#/settings").await;
    h.click("#asca-fourth").await;
    h.go(&group).await;
    h.wait_for("#plan-asca").await;
    let fourth = h.js(asca).await;
    assert!(
        fourth
            .as_str()
            .unwrap_or_default()
            .contains(lang.asca_fourth),
        "{fourth}"
    );
    h.go(&format!("{group}/report")).await;
    h.wait_until(
        "the report's heading under the 4th edition's name",
        &format!(
            "return document.querySelector('#report-notes-title').textContent === '{}'",
            lang.outcome_data
        ),
    )
    .await;
    h.finish().await;
}
