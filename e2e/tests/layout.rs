//! Layout on phones (#14, #15): every screen, in Persian and in English, at 360×740 and
//! 390×844 — no sideways scrolling, no tap target under 44×44 CSS px (links inside running text
//! excepted, as WCAG 2.5.8 does), no control outside its card (a table that scrolls sideways
//! inside its card counts as its scroll region), a top bar of at most 64 px, and the screen's
//! main control in the first viewport. The data holds a 10,000-character word in a member's name
//! and a journal entry, a 115-character one in a group's name and a 295-character one in a goal
//! (their limits), a check-in, and the group's kit joined on the same device, so every member
//! screen (the join preview and the share page too) is measured. A planted overflow proves the
//! check can fail.

use hamdel_e2e::Harness;
use serde_json::Value;

/// The layout problems of the screen shown, as lines (empty: none).
const CHECK: &str = r#"
const problems = [];
// The emulated screen's width (a mobile page that overflows widens its own innerWidth).
const vw = arguments[1], vh = window.innerHeight;
const doc = document.documentElement;
if (doc.scrollWidth > vw + 1) {
  const wide = [...document.querySelectorAll('main *, header *')]
    .filter(e => e.getBoundingClientRect().right > vw + 1 || e.getBoundingClientRect().left < -1)
    .slice(-1).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.'));
  problems.push('scrolls sideways: ' + doc.scrollWidth + ' > ' + vw + ' ' + wide.join(' '));
}
const header = document.querySelector('.app-header');
if (header && header.getBoundingClientRect().height > 64) {
  problems.push('header ' + Math.round(header.getBoundingClientRect().height) + ' px');
}
const visible = e => {
  const r = e.getBoundingClientRect();
  const s = getComputedStyle(e);
  return r.width > 2 && r.height > 2 && s.visibility !== 'hidden' && !e.closest('[hidden], .visually-hidden');
};
const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '');
// A link inside running text: its block has more text than the link.
const inline = e => {
  if (e.tagName !== 'A' && !e.classList.contains('link-button')) return false;
  const block = e.parentElement.closest('p, li, dd, td, small, span.muted');
  return block && block.textContent.trim().length > e.textContent.trim().length + 1;
};
for (const e of document.querySelectorAll('a[href], button, select, input, textarea, summary')) {
  if (!visible(e) || inline(e)) continue;
  // A radio or checkbox is tapped through its label too: the target is both together.
  let r = e.getBoundingClientRect();
  if (e.type === 'radio' || e.type === 'checkbox') {
    const label = e.closest('label') || (e.id && document.querySelector('label[for="' + e.id + '"]'));
    if (label) {
      const l = label.getBoundingClientRect();
      const left = Math.min(r.left, l.left), right = Math.max(r.right, l.right);
      const top = Math.min(r.top, l.top), bottom = Math.max(r.bottom, l.bottom);
      r = { width: right - left, height: bottom - top };
    }
  }
  if (r.width < 43.5 || r.height < 43.5) {
    problems.push('small target ' + Math.round(r.width) + '×' + Math.round(r.height) + ': ' + name(e));
  }
  const card = e.closest('.card');
  if (card) {
    const c = card.getBoundingClientRect();
    // In a region that scrolls sideways within the card (a wide table), the region is what
    // must stay inside; the control is reached by scrolling it.
    let box = e;
    for (let p = e.parentElement; p && p !== card; p = p.parentElement) {
      if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) box = p;
    }
    const o = box.getBoundingClientRect();
    if (o.left < c.left - 1 || o.right > c.right + 1) {
      problems.push('outside its card: ' + name(e));
    }
  }
}
const main = arguments[0] ? document.querySelector(arguments[0]) : null;
if (arguments[0]) {
  if (!main) problems.push('no main control ' + arguments[0]);
  else {
    const r = main.getBoundingClientRect(), bar = document.querySelector('.tab-bar');
    const bottom = vh - (bar && getComputedStyle(bar).position === 'fixed' ? bar.getBoundingClientRect().height : 0);
    if (r.top < 0 || r.bottom > bottom) problems.push('main control ' + arguments[0] + ' not in the first viewport (top ' + Math.round(r.top) + ')');
  }
}
return [...new Set(problems)];
"#;

async fn problems(h: &Harness, width: u32, main_control: Option<&str>) -> Vec<String> {
    h.strings(
        CHECK,
        vec![
            main_control.map_or(Value::Null, Value::from),
            Value::from(width),
        ],
    )
    .await
}

#[tokio::test]
async fn every_screen_fits_a_phone_in_both_languages() {
    let h = Harness::start().await;
    let long = "ب".repeat(5_000) + &"w".repeat(5_000);
    h.click("#role-counsellor").await;
    // A name is at most 120 characters: one word of 115.
    h.fill("#new-group-name", &format!("گروه {}", "ن".repeat(115)))
        .await;
    h.click("#create-group").await;
    h.wait_for("#edit-plan").await;
    let group = h.hash().await;
    h.type_into("#member-code", "M1").await;
    h.fill("#member-name", &format!("نام {long}")).await;
    h.click("#add-member").await;
    h.wait_for("#member-list li").await;
    h.js("location.hash = '#/member'; return true").await;
    h.fill("#new-entry-text", &format!("یادداشت {long}")).await;
    h.click("#mood-3").await;
    h.click("#add-entry").await;
    h.wait_for("#entry-list li").await;
    // A check-in and a goal, so the calendar, the cards and the rating row are measured.
    h.click("#checkin-4").await;
    h.js("location.hash = '#/member/goals'; return true").await;
    // A goal is at most 300 characters: one word of 295.
    h.fill("#new-goal", &format!("هدف {}", "د".repeat(295)))
        .await;
    h.click("#add-goal").await;
    h.wait_for("#goal-list li").await;
    // The group's kit joined on this device (a counsellor's and a member's space side by
    // side), so the join preview and the share page are measured too.
    h.go(&format!("{group}/kit")).await;
    h.click("#kit-who5-pre").await;
    h.wait_for("#kit-link").await;
    let join = h.kit_join_hash().await;
    h.go(&join).await;
    h.type_into("#own-code", "M1").await;
    h.click("#join-group").await;
    h.wait_for("#kit-cards .share-link").await;
    let share = h
        .js("return document.querySelector('#kit-cards .share-link').getAttribute('href')")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned();

    // #18: the exit ticket and a template's own survey of the joined group.
    let gid = share.rsplit('/').next().unwrap_or_default().to_owned();
    let own = h.own_survey().await;
    // Each screen, and its main control where it has one that must show without scrolling.
    let screens: Vec<(String, Option<&str>)> = vec![
        ("#/counsellor".into(), Some("#group-list li a")),
        ("#/counsellor/year".into(), None),
        ("#/member".into(), Some("#checkin-3")),
        ("#/member/surveys".into(), None),
        ("#/member/surveys/rses".into(), None),
        ("#/member/goals".into(), None),
        ("#/member/print".into(), None),
        ("#/settings".into(), None),
        ("#/library".into(), None),
        ("#/library/i-messages".into(), None),
        ("#/guide".into(), None),
        ("#/settings/backup".into(), None),
        ("#/settings/lock".into(), None),
        (group.clone(), None),
        (format!("{group}/session/1"), None),
        (format!("{group}/kit"), None),
        (format!("{group}/report"), None),
        ("#/join".into(), None),
        (join.clone(), None),
        (share.clone(), None),
        (format!("#/member/exit/{gid}/1"), Some("#exit-helpful-0")),
        (format!("#/member/surveys/ask-study-skills/{gid}/pre"), None),
        (own.clone(), None),
        (format!("{group}/print/consent"), None),
        // #17: every print view, as it shows on a phone before printing.
        (format!("{group}/print/plan"), None),
        (format!("{group}/print/session/1"), None),
        (format!("{group}/print/attendance"), None),
        (format!("{group}/print/surveys"), None),
        (format!("{group}/print/slips"), None),
    ];

    // The check can fail: a planted overflow is found.
    h.emulate_screen(Some((390, 844)), true).await;
    h.js("location.hash = '#/member'; return true").await;
    h.wait_for("#entry-list li").await;
    h.js("const d = document.createElement('div'); d.id = 'planted'; d.style.inlineSize = '900px'; d.style.blockSize = '10px'; document.querySelector('main').append(d); return true").await;
    let planted = problems(&h, 390, None).await;
    assert!(
        planted.iter().any(|p| p.starts_with("scrolls sideways")),
        "a planted overflow is found: {planted:?}"
    );
    h.js("document.getElementById('planted').remove(); return true")
        .await;

    let mut found = Vec::new();
    for (w, ht) in [(360, 740), (390, 844)] {
        h.emulate_screen(Some((w, ht)), true).await;
        for lang in ["fa", "en"] {
            h.use_language(lang).await;
            for (route, main) in &screens {
                h.go(route).await;
                if w == 390 {
                    // For people to look at: target/e2e-screens/layout-*.png.
                    let slug: String = route
                        .chars()
                        .take(30)
                        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                        .collect();
                    h.screenshot(&format!("layout-{lang}{slug}")).await;
                }
                for p in problems(&h, w, *main).await {
                    let route: String = route.chars().take(40).collect();
                    found.push(format!("{w}×{ht} {lang} {route}: {p}"));
                }
                // The plan is read until "Edit the plan": its form is measured as well.
                if *route == group {
                    h.click("#edit-plan").await;
                    h.wait_for("#plan-name").await;
                    for p in problems(&h, w, None).await {
                        found.push(format!("{w}×{ht} {lang} plan form: {p}"));
                    }
                    h.click("#cancel-plan").await;
                }
            }
        }
    }
    h.emulate_screen(None, false).await;
    h.finish().await;
    assert!(
        found.is_empty(),
        "{} layout problems:\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The tabs of `.tab-bar`, as their hrefs, and the one marked current.
async fn tabs(h: &Harness) -> (Vec<String>, String) {
    let v = h
        .js("return [[...document.querySelectorAll('.tab-bar a')].map(a => a.getAttribute('href')), \
             (document.querySelector('.tab-bar a[aria-current=page]') || {}).getAttribute?.('href') || '']")
        .await;
    let hrefs = hamdel_e2e::strings_of(&v[0]);
    (hrefs, v[1].as_str().unwrap_or_default().to_owned())
}

/// The shell on a phone: a one-row top bar of at most 56 px, the tabs of the person's role
/// only (the other space is reached from Settings), the current tab marked, and the focus on
/// the new screen's heading after a tab is followed.
#[tokio::test]
async fn a_member_sees_only_the_member_tabs_and_the_focus_follows_the_screen() {
    let h = Harness::start().await;
    h.emulate_screen(Some((390, 844)), true).await;
    h.click("#role-member").await;
    h.wait_for(".tab-bar").await;
    let (hrefs, current) = tabs(&h).await;
    assert_eq!(
        hrefs,
        [
            "#/member",
            "#/member/surveys",
            "#/member/goals",
            "#/settings"
        ],
        "the member's tabs"
    );
    assert_eq!(current, "#/member");
    let header = h
        .js("return document.querySelector('.app-header').getBoundingClientRect().height")
        .await;
    assert!(
        header.as_f64().unwrap_or(999.0) <= 56.0,
        "header {header} px"
    );
    let bar_at_bottom = h
        .js("const r = document.querySelector('.tab-bar').getBoundingClientRect(); return r.bottom === window.innerHeight")
        .await;
    assert_eq!(
        bar_at_bottom,
        Value::Bool(true),
        "the tabs sit at the bottom"
    );

    h.click(".tab-bar a[href='#/member/goals']").await;
    h.wait_until(
        "the focus on the goals heading",
        "return location.hash === '#/member/goals' && document.activeElement === document.querySelector('main h1')",
    )
    .await;
    assert_eq!(tabs(&h).await.1, "#/member/goals");

    // The other space, from Settings: the tabs change with it.
    h.click(".tab-bar a[href='#/settings']").await;
    h.click("#start-counsellor").await;
    h.wait_until(
        "the counsellor's tabs",
        "return [...document.querySelectorAll('.tab-bar a')].map(a => a.getAttribute('href')).join(' ') === '#/counsellor #/library #/settings'",
    )
    .await;
    // On a wide screen the tabs are in the top bar.
    h.emulate_screen(Some((1280, 800)), false).await;
    let in_header = h
        .js("return document.querySelector('.tab-bar').getBoundingClientRect().bottom <= document.querySelector('.app-header').getBoundingClientRect().bottom")
        .await;
    assert_eq!(in_header, Value::Bool(true), "the tabs are in the top bar");
    h.emulate_screen(None, false).await;
    h.finish().await;
}
