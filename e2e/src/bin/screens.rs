//! The screenshot gallery (`cargo xtask screens`): every screen × Persian/English ×
//! phone (390×844) / desktop (1366×900) × light/dark, with a counsellor's group made from a ready
//! plan (six members, attendance) and a member's journal, goals and kit card, written to
//! `target/screens/` with an `index.html` that shows them side by side — the whole app reviewed
//! in a minute. Not a test: it asserts nothing; the layout and accessibility journeys do.

use hamdel_e2e::Harness;
use std::fmt::Write as _;

/// A counsellor's group from a ready plan, with members and attendance; a member's journal
/// and goals. Returns the group's route.
async fn seed(h: &Harness) -> String {
    h.click("#role-counsellor").await;
    h.wait_for("#create-from-template").await;
    h.click("#create-from-template").await;
    h.wait_for("#edit-plan").await;
    let group = h.hash().await;
    for (i, code) in ["M1", "M2", "M3", "M4", "M5", "M6"].iter().enumerate() {
        h.type_into("#member-code", code).await;
        h.click("#add-member").await;
        h.wait_until(
            "the member",
            &format!(
                "return document.querySelectorAll('#member-list li').length === {}",
                i + 1
            ),
        )
        .await;
    }
    // Attendance for the first session: present, one excused.
    h.click("#mark-all-present").await;
    h.click("#roll li:nth-child(2) .mark-excused").await;
    h.go("#/member").await;
    for (mood, text) in [
        (
            4,
            "امروز در گروه دربارهٔ دوستی حرف زدیم. حس کردم دیگران هم مثل من نگران‌اند.",
        ),
        (2, "امتحان ریاضی سخت بود. شب کم خوابیدم."),
        (5, "با سارا آشتی کردم و خیلی سبک شدم."),
    ] {
        h.fill("#new-entry-text", text).await;
        h.click(&format!("#mood-{mood}")).await;
        h.click("#tag-1").await;
        h.click("#add-entry").await;
    }
    // Two one-tap check-ins.
    h.click("#checkin-3").await;
    h.click("#checkin-4").await;
    h.wait_until(
        "five entries",
        "return document.querySelectorAll('#entry-list li').length === 5",
    )
    .await;
    h.go("#/member/goals").await;
    h.fill("#new-goal", "هر شب پیش از ساعت ۱۱ بخوابم").await;
    h.click("#add-goal").await;
    h.wait_for("#goal-list li").await;
    h.go("#/help/plan").await;
    h.fill(
        "#plan-people",
        "خاله مریم ۰۹۱۲ ۱۱۱ ۲۲۲۲\nآقای رضایی، مشاور مدرسه",
    )
    .await;
    h.fill("#plan-alone", "آهنگ گوش می‌دهم، دوش می‌گیرم").await;
    group
}

#[tokio::main]
async fn main() {
    let dir = xtask::root().join("target/screens");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("target/screens");
    let h = Harness::start().await;
    let group = seed(&h).await;
    // Each screen: its name, its route, and what to do there before the picture (scroll down to
    // a part, open a menu).
    let screens: Vec<(String, String, &str)> = [
        ("groups", "#/counsellor"),
        ("library", "#/library"),
        ("exercise", "#/library/i-messages"),
        ("guide", "#/guide"),
        ("journal", "#/member"),
        ("surveys", "#/member/surveys"),
        ("survey", "#/member/surveys/who5"),
        ("goals", "#/member/goals"),
        ("join", "#/join"),
        ("settings", "#/settings"),
        ("backup", "#/settings/backup"),
        ("lock", "#/settings/lock"),
        ("help", "#/help"),
        ("safety-plan", "#/help/plan"),
        ("calm", "#/help/calm"),
    ]
    .iter()
    .map(|(n, r)| ((*n).to_owned(), (*r).to_owned(), ""))
    .chain([
        (
            "journal-calendar".to_owned(),
            "#/member".to_owned(),
            "document.querySelector('.calendar-card').scrollIntoView({block: 'start'})",
        ),
        (
            "journal-entries".to_owned(),
            "#/member".to_owned(),
            "document.querySelector('#entries-title').scrollIntoView({block: 'start'})",
        ),
        (
            "journal-menu".to_owned(),
            "#/member".to_owned(),
            "document.querySelector('#entry-list li .more').click()",
        ),
        ("print-journal".to_owned(), "#/member/print".to_owned(), ""),
        (
            "help-lines".to_owned(),
            "#/help".to_owned(),
            "document.querySelector('#lines-title').scrollIntoView({block: 'start'})",
        ),
        ("group".to_owned(), group.clone(), ""),
        ("session".to_owned(), format!("{group}/session/1"), ""),
        ("kit".to_owned(), format!("{group}/kit"), ""),
        ("report".to_owned(), format!("{group}/report"), ""),
        ("print-plan".to_owned(), format!("{group}/print/plan"), ""),
        ("print-slips".to_owned(), format!("{group}/print/slips"), ""),
        (
            "print-consent".to_owned(),
            format!("{group}/print/consent"),
            "",
        ),
        (
            "print-consent-slip".to_owned(),
            format!("{group}/print/consent"),
            "document.querySelector('.slip-part').scrollIntoView({block: 'start'})",
        ),
    ])
    .collect();
    let mut index = String::from(
        "<!doctype html><meta charset=utf-8><title>Hamdel screens</title>\
         <style>body{font-family:sans-serif;margin:1rem}figure{display:inline-block;margin:.5rem;vertical-align:top}\
         img{border:1px solid #ccc;max-height:480px}figcaption{font-size:.8rem}</style><h1>Hamdel screens</h1>",
    );
    let mut count = 0;
    for theme in ["light", "dark"] {
        h.go("#/settings").await;
        h.click(&format!("#theme-{theme}")).await;
        for lang in ["fa", "en"] {
            h.use_language(lang).await;
            for (device, size, mobile) in
                [("phone", (390, 844), true), ("desktop", (1366, 900), false)]
            {
                h.emulate_screen(Some(size), mobile).await;
                let _ = writeln!(index, "<h2>{lang} · {device} · {theme}</h2>");
                for (name, route, then) in &screens {
                    h.go(route).await;
                    if !then.is_empty() {
                        h.js(&format!("{then}; return true")).await;
                        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
                    }
                    let file = format!("{lang}-{device}-{theme}-{name}");
                    let png = h.client.screenshot().await.expect("screenshot");
                    std::fs::write(dir.join(format!("{file}.png")), png).expect("write a screen");
                    let _ = write!(
                        index,
                        "<figure><a href=\"{file}.png\"><img src=\"{file}.png\" alt=\"{file}\"></a><figcaption>{name}</figcaption></figure>"
                    );
                    count += 1;
                }
            }
        }
    }
    h.emulate_screen(None, false).await;
    std::fs::write(dir.join("index.html"), index).expect("write the index");
    h.finish().await;
    println!("{count} screens in {}", dir.join("index.html").display());
}
