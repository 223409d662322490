//! The counsellor's day (#17) on a 390×844 phone in Persian, in Tehran's time zone: a group from
//! a ready plan that met two weeks ago and last week and meets again today, with three members.
//! The groups list and the group's overview show today's session, the sessions held and what
//! needs attention (consents, last week's missing roll call); "Take attendance" moves to the roll
//! call on today's session; "Mark all present" and one change are kept over a reload (and Undo
//! takes the first back); the sessions export as an `.ics` file that an independent parser
//! (Python's icalendar) reads with the right days, times and zone — the same days the app shows
//! in the Jalali calendar. Paper forms are typed as digits and the report's row per member
//! marks a fall. A member who joins from the kit saves the same sessions to their own calendar. A plan that cannot be saved takes the focus to the field that stops it.

use chrono::{Datelike, Duration, NaiveDate};
use hamdel_domain::{Calendar, Locale};
use hamdel_e2e::Harness;
use std::process::Command;

#[tokio::test]
async fn overview_roll_call_and_calendar_file() {
    let h = Harness::start().await;
    h.emulate_time_zone("Asia/Tehran").await;
    h.emulate_screen(Some((390, 844)), true).await;
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
    h.wait_for("#plan-name").await;
    let group = h.hash().await;
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
    for k in 1..=3 {
        h.click("#add-member").await;
        h.wait_until(
            "a member added",
            &format!("return document.querySelectorAll('#member-list li').length === {k}"),
        )
        .await;
    }
    h.use_language("fa").await;

    // The groups list: today's session, progress and what needs attention.
    h.go("#/counsellor").await;
    h.wait_for(".glance-next").await;
    let glance = h
        .js("return document.querySelector('#group-list li').innerText")
        .await;
    let glance = glance.as_str().unwrap_or_default().to_owned();
    for needle in [
        "امروز: جلسهٔ ۳",
        "۰ جلسه از ۸ جلسه",
        "۳ عضو هنوز رضایت‌نامه",
        "حضور و غیاب جلسهٔ ۲ ثبت نشده",
    ] {
        assert!(glance.contains(needle), "the list shows {needle}: {glance}");
    }
    h.screenshot("day-groups").await;

    // The group's overview, then the roll call on today's session.
    h.go(&group).await;
    h.wait_for("#overview").await;
    let next = h
        .js("return document.querySelector('#next-session').textContent")
        .await;
    assert!(
        next.as_str()
            .unwrap_or_default()
            .contains("امروز: جلسهٔ ۳ ۱۰:۳۰"),
        "{next}"
    );
    assert_eq!(
        h.js("return document.querySelector('#open-next-planner').getAttribute('href')")
            .await,
        format!("{group}/session/3")
    );
    h.screenshot("day-overview").await;
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
        "return document.querySelector('#roll-count').textContent.startsWith('۳ حاضر')",
    )
    .await;
    h.click("#roll li:nth-child(2) .mark-absent").await;
    let counted =
        "return document.querySelector('#roll-count').textContent.startsWith('۲ حاضر، ۱ غایب')";
    h.wait_until("one absent", counted).await;
    assert_eq!(
        h.js("return document.querySelector('#roll li:nth-child(2) .mark-absent').getAttribute('aria-pressed')")
            .await,
        "true"
    );
    h.screenshot("day-roll-call").await;
    h.reload().await;
    h.wait_for("#roll").await;
    h.wait_until("kept over a reload", counted).await;
    let held = h
        .js("return document.querySelector('#sessions-held').textContent")
        .await;
    assert!(
        held.as_str()
            .unwrap_or_default()
            .contains("۱ جلسه از ۸ جلسه"),
        "{held}"
    );

    // Two members' paper WHO-5 forms before and after, typed as digits (Persian ones); the
    // report's row per member marks M1's fall in words.
    h.go(&format!("{group}/report")).await;
    h.click("#paper-details summary").await;
    for (code, moment, digits) in [
        ("M1", "pre", "۴۴۴۴۴"),
        ("M1", "post", "۲۲۲۲۲"),
        ("M2", "pre", "11111"),
        ("M2", "post", "3 3 3 3 3"),
    ] {
        h.choose("#paper-survey", "who5").await;
        h.choose("#paper-moment", moment).await;
        h.choose("#paper-code", code).await;
        h.type_into("#paper-answers", digits).await;
        h.wait_until(
            "the five answers are read",
            "return document.querySelectorAll('#paper-read .chip:not(.bad)').length === 5 && !document.querySelector('#paper-read').textContent.includes('·')",
        )
        .await;
        h.click("#save-paper").await;
        h.wait_until(
            "the form is saved",
            "return document.querySelector('#paper-answers').value === ''",
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
            && rows[0].contains("\u{2212}۱۰")
            && rows[0].contains("کاهش"),
        "{rows:?}"
    );
    assert!(
        !rows[1].starts_with("declined") && rows[1].contains("M2") && rows[1].contains("+۱۰"),
        "{rows:?}"
    );
    // A digit past the scale is refused, and said so.
    h.choose("#paper-code", "M3").await;
    h.type_into("#paper-answers", "99999").await;
    h.click("#save-paper").await;
    h.wait_until(
        "refused",
        "return document.querySelector('#paper-error').textContent.includes('۰ تا ۵')",
    )
    .await;
    h.screenshot("day-report").await;

    // The sessions as a calendar file, read by an independent parser.
    h.go(&group).await;
    h.wait_for("#export-ics").await;
    let dir = std::env::temp_dir().join(format!("hamdel-ics-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    h.allow_downloads(&dir).await;
    h.click("#export-ics").await;
    let file = h.wait_for_download(&dir, ".ics").await;
    let out = Command::new(xtask::tools::python())
        .arg(xtask::root().join("scripts/ics_read.py"))
        .arg(&file)
        .output()
        .expect("run ics_read.py");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
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
            hamdel_i18n::format_date_long(day, Calendar::Jalali, Locale::Fa),
            "the app shows the same day in the Jalali calendar"
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
            "{} · جلسهٔ ۳",
            h.js("return document.querySelector('#group-title').textContent")
                .await
                .as_str()
                .unwrap_or_default()
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
    let out = Command::new(xtask::tools::python())
        .arg(xtask::root().join("scripts/ics_read.py"))
        .arg(&mine)
        .output()
        .expect("run ics_read.py");
    let theirs: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
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
    let _ = std::fs::remove_dir_all(&dir);
    h.go(&group).await;

    // A plan that cannot be saved takes the focus to the field that stops it.
    h.fill("#plan-name", " ").await;
    h.click("#save-plan").await;
    h.wait_until(
        "the focus is on the name",
        "return document.activeElement && document.activeElement.id === 'plan-name'",
    )
    .await;

    // An empty session starts from the standard agenda in one tap, filling its 45 minutes.
    h.go("#/counsellor").await;
    h.type_into("#new-group-name", "مهارت‌ها").await;
    h.click("#create-group").await;
    h.wait_for("#plan-name").await;
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
        timing.as_str().unwrap_or_default().matches("۴۵").count(),
        2,
        "45 of 45 minutes: {timing}"
    );
    h.finish().await;
}
