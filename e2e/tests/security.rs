//! Security, end to end against the release build:
//!
//! (a) An XSS corpus (`e2e/xss-payloads.txt`, one payload a line; each would set
//!     `window.__xss`, change the title or leave an element with an `xss…` id if it ran or was
//!     parsed as markup) is typed into every visible text field of both spaces and committed as
//!     a person would (Tab away, or the form's button). Then every screen — both spaces, the
//!     library, the group's print views — is audited in Persian and in English after a reload:
//!     no marker, no injected element, no `<script>` the page did not load with, no `on…`
//!     attribute, no `javascript:` address, no CSP report, and the payloads shown as literal
//!     text where the app shows them. Nothing is stored outside the app's own keys.
//! (b) The Content-Security-Policy: an inline script, an inline handler, `eval` and a
//!     `javascript:` link do not run, and connections to another origin or to the page's own
//!     origin after start are refused — each reported by the browser (`securitypolicyviolation`
//!     events and console errors), and the server sees no request.
//! (c) Nothing personal outside localStorage: after a journey through both spaces with a
//!     unique phrase, no cookie, no sessionStorage, no IndexedDB database, nothing personal in
//!     Cache Storage, and every localStorage key is the app's own.

use fantoccini::key::Key;
use hamdel_e2e::Harness;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::time::Instant;

/// The corpus, one payload a line.
fn payloads() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/xss-payloads.txt");
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("read {path}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// White space collapsed and trimmed, as compared against the page's text.
fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Elements the app itself renders (anything else in the page was injected).
const ALLOWED_TAGS: &str = "html head meta title link script body noscript header nav main \
    section article div p span bdi strong small br a button form label input textarea select \
    option fieldset legend details summary h1 h2 h3 ul ol li table thead tbody tr th td \
    figure figcaption dialog abbr aside svg g circle line polyline text rect path meter progress pre dl dt dd caption";

/// Audits the whole document; `arguments[0]` is the list of `<script>`s present at load,
/// `arguments[1]` the allowed tag names. Returns a list of problems (empty when clean).
const AUDIT: &str = r#"
const scriptsAtLoad = arguments[0];
const allowed = new Set(arguments[1].split(/\s+/));
const out = [];
if (typeof window.__xss !== 'undefined') out.push('marker window.__xss = ' + String(window.__xss));
if (/pwned/i.test(document.title)) out.push('document.title = ' + document.title);
if (window.__csp && window.__csp.length) out.push('CSP reports: ' + JSON.stringify(window.__csp).slice(0, 600));
for (const s of document.querySelectorAll('script')) {
    if (!scriptsAtLoad.includes(s.outerHTML)) out.push('a script the page did not load with: ' + s.outerHTML.slice(0, 200));
}
const urlAttrs = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'background', 'poster', 'cite', 'ping', 'style'];
for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    const where = '<' + tag + (el.id ? '#' + el.id : '') + '>';
    if (el.id && /^xss/i.test(el.id)) out.push('injected element ' + where + ': ' + el.outerHTML.slice(0, 200));
    if (!allowed.has(tag)) out.push('unexpected element ' + where + ': ' + el.outerHTML.slice(0, 200));
    for (const a of el.attributes) {
        const name = a.name.toLowerCase();
        if (name.startsWith('on')) out.push(where + ' has an event-handler attribute ' + name + '="' + a.value.slice(0, 100) + '"');
        if (urlAttrs.includes(name) && /(java|vb)script\s*:|expression\s*\(|data\s*:\s*text\/html/i.test(a.value)) {
            out.push(where + ' has ' + name + '="' + a.value.slice(0, 100) + '"');
        }
        if (name === 'srcdoc') out.push(where + ' has srcdoc');
    }
}
if (document.querySelectorAll('iframe, frame, object, embed, template, base, style').length) out.push('frame, object, template, base or style element present');
return out;
"#;

/// Listens for CSP reports in the page (`window.__csp`).
const LISTEN_CSP: &str = "window.__csp = window.__csp || []; \
    document.addEventListener('securitypolicyviolation', e => window.__csp.push({ \
        directive: e.effectiveDirective, blocked: e.blockedURI, policy: e.originalPolicy, \
        sample: e.sample })); return true";

/// What the browser keeps outside localStorage, and localStorage keys that are not the app's.
const STORAGE_REPORT: &str = r#"
const done = arguments[arguments.length - 1];
(async () => {
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) keys.push(localStorage.key(i));
    const foreign = keys.filter(k => !k.startsWith('hamdel/') && !k.startsWith('hamdel-quarantine/'));
    let databases = [];
    try { databases = (await indexedDB.databases()).map(d => d.name); } catch (e) { databases = ['error: ' + e]; }
    const cached = [];
    if (self.caches) {
        for (const name of await caches.keys()) {
            const cache = await caches.open(name);
            for (const req of await cache.keys()) {
                const res = await cache.match(req);
                cached.push({ cache: name, url: req.url, body: res ? await res.text() : '' });
            }
        }
    }
    let local = '';
    for (const k of keys) local += k + '=' + localStorage.getItem(k) + '\n';
    return { cookie: document.cookie, session: sessionStorage.length, keys, foreign, databases, cached, local };
})().then(done, e => done({ error: String(e) }));
"#;

/// One field typed into.
#[derive(Debug, Clone)]
struct Typed {
    /// The field's id.
    field: String,
    /// Which payload (line number − 1).
    payload: usize,
    /// The value as the field held it before it was committed.
    value: String,
}

/// Deals payloads to fields so that every payload is used at least once.
struct Corpus {
    payloads: Vec<String>,
    used: Vec<usize>,
    cursor: usize,
}

impl Corpus {
    fn new() -> Corpus {
        let payloads = payloads();
        let used = vec![0; payloads.len()];
        Corpus {
            payloads,
            used,
            cursor: 0,
        }
    }

    /// A payload of at most `max` characters: an unused one first (the longest for fields
    /// with room for them), otherwise the next in turn.
    fn pick(&mut self, max: usize) -> usize {
        let fits = |p: &String| p.chars().count() <= max;
        let unused: Vec<usize> = (0..self.payloads.len())
            .filter(|&i| self.used[i] == 0 && fits(&self.payloads[i]))
            .collect();
        let pick = if max >= 10_000 {
            unused.last().copied()
        } else {
            unused.first().copied()
        };
        let i = pick.unwrap_or_else(|| {
            (0..self.payloads.len())
                .map(|k| (self.cursor + k) % self.payloads.len())
                .find(|&k| fits(&self.payloads[k]))
                .expect("a payload short enough")
        });
        self.cursor = i + 1;
        self.used[i] += 1;
        i
    }
}

/// The XSS run: the harness, the corpus, what was typed where, the page's own scripts.
struct Run {
    h: Harness,
    corpus: Corpus,
    typed: Vec<Typed>,
    scripts_at_load: Value,
}

/// The most characters a field takes (its `maxlength`, or the app's own limit), or a cap that
/// keeps typing quick in one-line and number fields.
fn limit(id: &str, tag: &str, maxlength: i64, numeric: bool) -> usize {
    let known = if id == "plan-name" || id == "new-group-name" || id.starts_with("rename-") {
        Some(120)
    } else if id == "new-goal" || id.ends_with("-new-step") {
        Some(300)
    } else {
        None
    };
    let cap = if numeric {
        150
    } else if tag == "textarea" {
        usize::MAX
    } else {
        400
    };
    [
        known,
        usize::try_from(maxlength).ok().filter(|m| *m > 0),
        Some(cap),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(cap)
}

impl Run {
    /// Problems the audit finds in the page now.
    async fn audit(&self) -> Vec<String> {
        let found = self
            .h
            .client
            .execute(
                AUDIT,
                vec![
                    self.scripts_at_load.clone(),
                    Value::String(ALLOWED_TAGS.into()),
                ],
            )
            .await
            .expect("audit the page");
        hamdel_e2e::strings_of(&found)
    }

    async fn assert_clean(&self, when: &str) {
        let problems = self.audit().await;
        assert!(problems.is_empty(), "{when}:\n{}", problems.join("\n"));
    }

    /// Opens every closed `<details>` in the page (so the fields inside are visible).
    async fn open_details(&self) {
        for _ in 0..60 {
            let closed = self
                .h
                .js("return document.querySelectorAll('main details:not([open]) > summary').length")
                .await;
            if closed == 0 {
                return;
            }
            self.h.click("main details:not([open]) > summary").await;
        }
    }

    /// Types a payload into every visible, enabled text field (ids starting with one of
    /// `only`, or all but `skip`), committing each with Tab, and audits after each.
    async fn fill(&mut self, screen: &str, only: &[&str], skip: &[&str]) -> Vec<Typed> {
        self.open_details().await;
        let fields = self
            .h
            .js("return [...document.querySelectorAll('input[type=text], input:not([type]), input[type=search], textarea')] \
                 .filter(el => el.getClientRects().length > 0 && !el.disabled && !el.readOnly) \
                 .map(el => ({ id: el.id, tag: el.tagName.toLowerCase(), max: el.maxLength, numeric: el.inputMode === 'numeric' }))")
            .await;
        let mut done = Vec::new();
        for f in fields.as_array().into_iter().flatten() {
            let id = f["id"].as_str().unwrap_or_default().to_owned();
            assert!(!id.is_empty(), "{screen}: a text field without an id: {f}");
            if (!only.is_empty() && !only.iter().any(|o| id.starts_with(o)))
                || skip.iter().any(|s| id.starts_with(s))
            {
                continue;
            }
            let css = format!("[id='{id}']");
            if self
                .h
                .js(&format!(
                    "return document.querySelector(\"{css}\") !== null"
                ))
                .await
                != true
            {
                continue; // rebuilt away by an earlier commit
            }
            let max = limit(
                &id,
                f["tag"].as_str().unwrap_or_default(),
                f["max"].as_i64().unwrap_or(-1),
                f["numeric"] == true,
            );
            let i = self.corpus.pick(max);
            let payload = self.corpus.payloads[i].clone();
            self.h.type_into(&css, &payload).await;
            let value = self
                .h
                .js(&format!("return document.querySelector(\"{css}\").value"))
                .await
                .as_str()
                .unwrap_or_default()
                .to_owned();
            self.h
                .wait_for(&css)
                .await
                .send_keys(&char::from(Key::Tab).to_string())
                .await
                .unwrap_or_else(|e| panic!("Tab out of {css}: {e}"));
            let problems = self.audit().await;
            assert!(
                problems.is_empty(),
                "{screen}: payload {} typed into #{id} got through:\n{}\npayload: {payload}",
                i + 1,
                problems.join("\n")
            );
            let t = Typed {
                field: id,
                payload: i,
                value,
            };
            self.typed.push(t.clone());
            done.push(t);
        }
        done
    }

    /// Selects what the field holds and replaces it with `text` (empty: clears it), then Tab.
    async fn set(&self, css: &str, text: &str) {
        self.h.type_into(css, text).await;
        // Emptying: select everything (Ctrl+A) and delete it, as a person would; a date field
        // left showing an error would block "Save plan" (review #21).
        let keys = if text.is_empty() {
            format!(
                "{}a{}{}{}",
                char::from(Key::Control),
                char::from(Key::Null),
                char::from(Key::Backspace),
                char::from(Key::Tab)
            )
        } else {
            char::from(Key::Tab).to_string()
        };
        self.h
            .wait_for(css)
            .await
            .send_keys(&keys)
            .await
            .unwrap_or_else(|e| panic!("finish {css}: {e}"));
    }

    /// The one value typed into the field `id`.
    fn value_of(&self, id: &str) -> String {
        self.typed
            .iter()
            .rev()
            .find(|t| t.field == id)
            .map(|t| t.value.clone())
            .unwrap_or_else(|| panic!("nothing was typed into #{id}"))
    }

    async fn go(&self, hash: &str, ready: &str) {
        self.h
            .js(&format!("location.hash = {}; return true", json!(hash)))
            .await;
        self.h.wait_for(ready).await;
        self.h
            .wait_until(
                &format!("{hash} shown"),
                &format!("return location.hash === {}", json!(hash)),
            )
            .await;
    }
}

/// Where the app shows what was typed into a field (screen keys of [`screens`]), and the
/// pieces it shows it as.
fn shown(field: &str, value: &str) -> Option<(Vec<&'static str>, Vec<String>)> {
    let whole = vec![norm(value)];
    let lines = value
        .lines()
        .map(norm)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>();
    let block = |name: &str| field.starts_with("block-") && field.ends_with(name);
    Some(match field {
        "plan-name" => (
            vec![
                "counsellor",
                "group",
                "print-plan",
                "print-consent",
                "print-session",
                "print-attendance",
                "kit",
                "report",
                "join",
                "member",
                "share",
            ],
            whole,
        ),
        "session-prompt" | "session-task" => (vec!["join"], whole),
        "report-achievement" => (vec!["print-plan"], whole),
        "plan-population" | "plan-room" | "plan-co" | "plan-goals" => {
            (vec!["print-plan", "print-consent"], whole)
        }
        "plan-rules" => (vec!["print-plan"], whole),
        "plan-cautions" => (vec!["group", "session", "print-plan"], lines),
        f if f.starts_with("asca-") => (vec!["print-plan"], whole),
        // Never on the join screen: a kit lists no member's code (#15).
        "member-code" => (
            vec!["group", "session", "print-attendance", "report"],
            whole,
        ),
        // The code typed when joining from a kit without codes (the kit card shows it).
        "own-code" => (vec!["member"], whole),
        "member-name" => (vec!["group"], whole),
        "session-objectives" => (vec!["print-session", "print-plan"], whole),
        _ if block("-title") || block("-description") || block("-task") || block("-prompt") => {
            (vec!["print-session"], whole)
        }
        _ if block("-questions") => (vec!["print-session"], lines),
        _ if block("-materials") => (vec!["session", "print-session"], lines),
        "exercise-title" => (vec!["exercise-fa", "library-fa"], whole),
        "exercise-goal" => (vec!["exercise-fa"], whole),
        "exercise-materials"
        | "exercise-steps"
        | "exercise-questions"
        | "exercise-variations"
        | "exercise-cautions" => (vec!["exercise-fa"], lines),
        "new-entry-text" => (vec!["member", "report"], whole),
        f if f.starts_with("edit-text-") => (vec!["member", "report"], whole),
        f if f == "own-tags" || f.starts_with("edit-own-") => (
            vec!["member"],
            value
                .split([',', '،', '\n'])
                .map(norm)
                .filter(|t| !t.is_empty())
                .collect(),
        ),
        "new-goal" => (vec!["goals"], whole),
        f if f.ends_with("-new-step") => (vec!["goals"], whole),
        f if f.starts_with("rename-") => (vec!["counsellor"], whole),
        _ => return None,
    })
}

#[tokio::test]
async fn an_xss_corpus_in_every_text_field_stays_text() {
    let started = Instant::now();
    let h = Harness::start().await;
    let scripts_at_load = h
        .js("return [...document.querySelectorAll('script')].map(s => s.outerHTML)")
        .await;
    h.js(LISTEN_CSP).await;
    let mut run = Run {
        h,
        corpus: Corpus::new(),
        typed: Vec::new(),
        scripts_at_load,
    };
    run.assert_clean("the app as loaded").await;
    // The audit can fail: a payload planted as markup (what an XSS would do) is reported, and
    // so is the CSP report of its blocked handler.
    run.h
        .js(
            "document.querySelector('main').insertAdjacentHTML('beforeend', \
             '<img id=xss-planted src=\"data:,\" onerror=\"window.__xss = 0\">'); return true",
        )
        .await;
    run.h
        .wait_until(
            "the blocked handler is reported",
            "return window.__csp.length > 0",
        )
        .await;
    let planted = run.audit().await.join("\n");
    for expected in [
        "injected element <img#xss-planted>",
        "event-handler attribute onerror",
        "CSP reports",
    ] {
        assert!(
            planted.contains(expected),
            "the audit reports {expected:?}: {planted}"
        );
    }
    run.h
        .js("document.getElementById('xss-planted').remove(); window.__csp.length = 0; return true")
        .await;
    let planted_errors = run.h.console_errors().await;
    run.assert_clean("the app after the planted payload is removed")
        .await;

    // ---- Counsellor: two groups (one renamed), the plan, members, session 1. ----
    run.h.click("#role-counsellor").await;
    run.h.wait_for("#new-group-name").await;
    let first = run.fill("counsellor", &["new-group-name"], &[]).await;
    run.h.click("#create-group").await;
    run.h.wait_for("#edit-plan").await;
    let title = run
        .h
        .js("return document.querySelector('#group-title').textContent")
        .await;
    assert_eq!(
        norm(title.as_str().unwrap_or_default()),
        norm(&first[0].value),
        "the new group's name is its page's title, as typed"
    );
    let group = run
        .h
        .js("return location.hash")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned();

    // Date fields hold no text (what is typed becomes a date or an error next to the field, and
    // an error blocks the action that would use it): they are left out of the corpus here.
    run.h.click("#edit-plan").await;
    run.h.wait_for("#plan-name").await;
    run.fill("group", &[], &["plan-start", "skip-date", "move-"])
        .await;
    // The numbers and the time cannot hold a payload: they are refused next to the field (never
    // stored); give them values that save.
    for (css, value) in [
        ("#plan-size", "6"),
        ("#plan-sessions", "8"),
        ("#plan-minutes", "90"),
        ("#plan-time", ""),
        ("#plan-start", ""),
    ] {
        run.set(css, value).await;
    }
    run.h.click("#save-plan").await;
    run.h
        .wait_until(
            "the plan is saved",
            "return [...document.querySelectorAll('.notices .notice')].some(n => !n.classList.contains('notice-error'))",
        )
        .await;
    assert_eq!(
        run.h
            .js("return document.querySelectorAll('.notice-error').length")
            .await,
        0,
        "the plan with payloads in every text field saves: {}",
        run.h.body_text().await
    );
    run.h.click("#add-member").await;
    run.h.wait_for("#member-list li").await;
    run.assert_clean("the group page after saving").await;

    run.go(&format!("{group}/session/1"), "#session-objectives")
        .await;
    // #17: one block is open at a time; each is opened and filled in turn.
    let blocks = run
        .h
        .js("return document.querySelectorAll('#blocks .block-row').length")
        .await
        .as_u64()
        .unwrap_or(0);
    assert!(blocks > 0, "session 1 has blocks to fill");
    for i in 0..blocks {
        run.h.click(&format!("#block-{i}-row")).await;
        run.h.wait_for(&format!("#block-{i}-title")).await;
        run.fill("session", &[&format!("block-{i}-")], &[]).await;
    }
    run.fill("session", &[], &["block-"]).await;
    run.assert_clean("session 1 after typing").await;

    // A second group, renamed.
    run.go("#/counsellor", "#new-group-name").await;
    run.fill("counsellor", &["new-group-name"], &[]).await;
    run.h.click("#create-group").await;
    run.h
        .wait_until(
            "the second group opens",
            &format!(
                "return location.hash.startsWith('#/group/') && location.hash !== {}",
                json!(group)
            ),
        )
        .await;
    let second = run
        .h
        .js("return location.hash")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let second_id = second.trim_start_matches("#/group/").to_owned();
    run.go("#/counsellor", "#group-list li").await;
    run.h
        .click(&format!("#group-list li:has(a[href='{second}']) .rename"))
        .await;
    run.fill("counsellor", &[&format!("rename-{second_id}")], &[])
        .await;
    run.h
        .click(&format!(
            "#group-list form:has([id='rename-{second_id}']) button[type=submit]"
        ))
        .await;
    run.h
        .wait_until(
            "the rename is saved",
            &format!("return document.querySelector(\"[id='rename-{second_id}']\") === null"),
        )
        .await;

    // ---- The library: search and filters, then an exercise of the counsellor's own. ----
    run.go("#/library", "#library-search").await;
    run.fill("library", &[], &[]).await;
    run.assert_clean("the library while searching for payloads")
        .await;
    for css in [
        "#library-search",
        "#filter-minutes",
        "#filter-size",
        "#filter-age",
    ] {
        run.set(css, "").await;
    }
    run.h.click("#new-exercise").await;
    run.h.wait_for("#exercise-title").await;
    let exercise = run
        .h
        .js("return location.hash")
        .await
        .as_str()
        .unwrap_or_default()
        .trim_end_matches("/edit")
        .to_owned();
    run.fill("exercise editor", &[], &[]).await;

    // ---- Member: two entries (one edited), own tags, search, a goal with a step. ----
    run.go("#/member", "#new-entry-text").await;
    run.fill("member", &[], &["journal-search", "filter-"])
        .await;
    run.h.click("#mood-2").await;
    run.h.click("#add-entry").await;
    run.h.wait_for("#entry-list li").await;
    run.h.type_into("#new-entry-text", "an entry to edit").await;
    run.h.click("#add-entry").await;
    run.h.wait_for_text("an entry to edit").await;
    let to_edit = run
        .h
        .js("return [...document.querySelectorAll('#entry-list > li')].findIndex(li => li.textContent.includes('an entry to edit')) + 1")
        .await;
    run.h
        .entry_action(&format!("#entry-list > li:nth-child({to_edit})"), "edit")
        .await;
    run.fill("member (editing)", &["edit-"], &[]).await;
    run.h
        .click(&format!(
            "#entry-list > li:nth-child({to_edit}) button[type=submit]"
        ))
        .await;
    run.h
        .wait_until(
            "the edit is saved",
            "return document.querySelector('#entry-list textarea') === null",
        )
        .await;
    run.h.click("#search-toggle").await;
    run.fill("member (search)", &["journal-search", "filter-"], &[])
        .await;
    run.assert_clean("the journal while searching for payloads")
        .await;
    for css in ["#journal-search", "#filter-from", "#filter-to"] {
        run.set(css, "").await;
    }
    run.h
        .wait_until(
            "both entries shown again",
            "return document.querySelectorAll('#entry-list > li').length === 2",
        )
        .await;

    run.go("#/member/goals", "#new-goal").await;
    run.fill("goals", &["new-goal"], &[]).await;
    run.h.click("#add-goal").await;
    run.h.wait_for("#goal-list .new-step").await;
    run.fill("goals", &["goal-"], &[]).await;
    run.h.click("#goal-list .add-step").await;
    run.h.wait_for("#goal-list .steps li").await;

    // ---- Kits: the group's kit joined in the member space, and a share-back brought into
    // the counsellor's report (text crossing from one person's device to another's). ----
    run.go(&format!("{group}/kit"), "#kit-link").await;
    run.assert_clean("the kit page").await;
    let link = run
        .h
        .js("return document.querySelector('#kit-link').value")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let join = link[link.find('#').expect("the kit link has a #/join/ address")..].to_owned();
    run.go(&join, "#kit-preview").await;
    run.assert_clean("the kit's preview in the member space")
        .await;
    run.fill("join", &["own-code"], &[]).await;
    run.h.click("#join-group").await;
    run.h.wait_for("#kit-cards .kit-card .share-link").await;
    let share = run
        .h
        .js("return document.querySelector('#kit-cards .share-link').getAttribute('href')")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned();
    run.go(&share, "#send-share").await;
    let boxes = run
        .h
        .js("return document.querySelectorAll('#share-entries input, #share-goals input').length")
        .await
        .as_u64()
        .unwrap_or(0);
    for k in 0..boxes {
        let checked = run
            .h
            .js(&format!("return document.querySelectorAll('#share-entries input, #share-goals input')[{k}].checked"))
            .await;
        if checked != true {
            let id = run
                .h
                .js(&format!("return document.querySelectorAll('#share-entries input, #share-goals input')[{k}].id"))
                .await;
            run.h
                .click(&format!("[id='{}']", id.as_str().unwrap_or_default()))
                .await;
        }
    }
    run.h.wait_for("#share-json").await;
    run.assert_clean("the share-back preview").await;
    let downloads = std::env::temp_dir().join(format!("hamdel-xss-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&downloads);
    run.h.allow_downloads(&downloads).await;
    run.h.click("#send-share").await;
    let share_file = run.h.wait_for_download(&downloads, ".age").await;
    run.go(&format!("{group}/report"), "#share-files").await;
    run.h.upload("#share-files", &share_file).await;
    run.h
        .wait_until(
            "the share-back is brought in",
            "return document.querySelector('#shared-notes .shared-text') !== null",
        )
        .await;
    let _ = std::fs::remove_dir_all(&downloads);
    run.assert_clean("the report with the share-back").await;
    run.fill("report", &[], &[]).await;

    // Backups: the group choice lists group names; the journal range has two date fields.
    run.go("#/settings/backup", "#export-form").await;
    run.h.choose("#backup-scope", "group").await;
    run.h.wait_for("#backup-group").await;
    run.assert_clean("the backup page listing the groups").await;
    run.h.choose("#backup-scope", "journal").await;
    run.h.wait_for("#backup-from").await;
    run.fill("backup", &[], &[]).await;

    // Every payload was used, in how many fields.
    let unused: Vec<usize> = (0..run.corpus.payloads.len())
        .filter(|&i| run.corpus.used[i] == 0)
        .map(|i| i + 1)
        .collect();
    assert!(
        unused.is_empty(),
        "payloads never typed (line numbers): {unused:?}"
    );
    let fields = run.typed.len();
    let typing = started.elapsed();

    // ---- Every screen, from storage, in both languages. ----
    run.h.reload().await;
    run.h.js(LISTEN_CSP).await;
    let screens: Vec<(&str, String, &str)> = vec![
        ("home", "#/".into(), "main h1"),
        ("counsellor", "#/counsellor".into(), "#group-list li"),
        ("group", group.clone(), "#edit-plan"),
        ("group-2", second.clone(), "#edit-plan"),
        (
            "session",
            format!("{group}/session/1"),
            "#session-objectives",
        ),
        (
            "session-8",
            format!("{group}/session/8"),
            "#session-objectives",
        ),
        ("print-plan", format!("{group}/print/plan"), "#print-sheet"),
        (
            "print-session",
            format!("{group}/print/session/1"),
            "#print-sheet",
        ),
        (
            "print-attendance",
            format!("{group}/print/attendance"),
            "#print-sheet",
        ),
        ("library", "#/library".into(), "#exercise-list li"),
        ("exercise", exercise.clone(), "#exercise-title"),
        (
            "exercise-edit",
            format!("{exercise}/edit"),
            "#exercise-title",
        ),
        (
            "builtin-exercise",
            "#/library/i-messages".into(),
            "#exercise-title",
        ),
        ("guide", "#/guide".into(), "main h1"),
        ("member", "#/member".into(), "#entry-list li"),
        ("surveys", "#/member/surveys".into(), "#take-who5"),
        ("who5", "#/member/surveys/who5".into(), "#survey-progress"),
        ("rses", "#/member/surveys/rses".into(), "#survey-progress"),
        ("goals", "#/member/goals".into(), "#goal-list li"),
        ("settings", "#/settings".into(), "#storage-meter"),
        ("backup", "#/settings/backup".into(), "#export-form"),
        ("lock", "#/settings/lock".into(), "#lock-warning"),
        ("kit", format!("{group}/kit"), "#kit-link"),
        ("report", format!("{group}/report"), "#shared-notes"),
        (
            "print-surveys",
            format!("{group}/print/surveys"),
            "#print-sheet",
        ),
        (
            "print-consent",
            format!("{group}/print/consent"),
            "#print-sheet .consent-paper",
        ),
        ("join", join.clone(), "#kit-preview"),
        ("share", share.clone(), "#send-share"),
    ];
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    for lang in ["fa", "en"] {
        if run.h.js("return document.documentElement.lang").await != lang {
            run.h.click("#lang-switch").await;
            run.h
                .wait_until(
                    "language",
                    &format!("return document.documentElement.lang === '{lang}'"),
                )
                .await;
        }
        for (key, hash, ready) in &screens {
            run.go(hash, ready).await;
            run.assert_clean(&format!("{lang} {key} ({hash})")).await;
            let text = run
                .h
                .js("return document.body.textContent.replace(/\\s+/g, ' ')")
                .await
                .as_str()
                .unwrap_or_default()
                .to_owned();
            texts.insert(format!("{key}-{lang}"), text);
        }
        // Private notes stay in their field, and are never printed.
        run.go(&format!("{group}/session/1"), "#session-notes")
            .await;
        let notes = run.value_of("session-notes");
        assert_eq!(
            run.h
                .js("return document.querySelector('#session-notes').value")
                .await,
            Value::String(notes.clone()),
            "the notes come back from storage as typed"
        );
        for key in ["print-plan", "print-session"] {
            assert!(
                !texts[&format!("{key}-{lang}")].contains(&norm(&notes)),
                "private notes printed on {key}"
            );
        }
    }

    // ---- Literal text where shown. ----
    let mut missing = Vec::new();
    let mut checked = 0;
    // Two fields edit the same data (the ASCA achievement notes, on the plan and the report):
    // only the later one is shown.
    let data = |f: &str| f.replace("asca-achievement", "report-achievement");
    for (n, t) in run.typed.iter().enumerate() {
        if run.typed[n + 1..]
            .iter()
            .any(|later| data(&later.field) == data(&t.field))
        {
            continue;
        }
        let Some((keys, pieces)) = shown(&t.field, &t.value) else {
            continue;
        };
        for key in keys {
            let langs: &[&str] = if key.ends_with("-fa") {
                &[""]
            } else {
                &["-fa", "-en"]
            };
            for lang in langs {
                let screen = format!("{key}{lang}");
                let text = texts
                    .get(&screen)
                    .unwrap_or_else(|| panic!("no screen {screen}"));
                for piece in &pieces {
                    checked += 1;
                    if !text.contains(piece.as_str()) {
                        missing.push(format!(
                            "#{} (payload {}) not shown as text on {screen}: {piece:?}",
                            t.field,
                            t.payload + 1
                        ));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));

    // ---- Nothing stored outside the app's own keys. ----
    let storage = run
        .h
        .client
        .execute_async(STORAGE_REPORT, vec![])
        .await
        .expect("read storage");
    assert_eq!(storage["cookie"], "", "no cookie");
    assert_eq!(storage["session"], 0, "nothing in sessionStorage");
    assert_eq!(
        storage["foreign"],
        json!([]),
        "localStorage keys not the app's"
    );
    assert_eq!(storage["databases"], json!([]), "no IndexedDB database");

    for t in &run.typed {
        eprintln!("  #{} ← payload {}", t.field, t.payload + 1);
    }
    eprintln!(
        "XSS corpus: {} payloads in {fields} field entries ({} distinct fields), {checked} \
         literal-text checks on {} screens × 2 languages; typing {:.0} s, all {:.0} s",
        run.corpus.payloads.len(),
        run.typed
            .iter()
            .map(|t| t.field.clone())
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        screens.len(),
        typing.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    // The only console errors are the planted payload's blocked handler.
    run.h
        .finish_expecting(&["Executing inline event handler violates"], planted_errors)
        .await;
}

#[tokio::test]
async fn the_content_security_policy_blocks_script_and_every_connection() {
    let h = Harness::start().await;
    h.js(LISTEN_CSP).await;

    // The policies: the page's own, and the one the app adds once it has started.
    let policies = h
        .strings(
            "return [...document.querySelectorAll('meta[http-equiv=Content-Security-Policy]')].map(m => m.content)",
            vec![],
        )
        .await;
    assert_eq!(policies.len(), 2, "two policies: {policies:?}");
    let first = &policies[0];
    for part in [
        "default-src 'none'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ] {
        assert!(first.contains(part), "the policy has {part}: {first}");
    }
    for banned in ["'unsafe-inline'", "'unsafe-eval'", "http:", "https:", "*"] {
        assert!(
            !first.contains(banned),
            "the policy has no {banned}: {first}"
        );
    }
    assert_eq!(policies[1], "connect-src 'none'", "the after-start policy");
    let requests_before = h.server.requests();

    // Script: an inline <script>, an inline handler, eval, a javascript: link, a remote script.
    h.js(
        "const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; \
          document.head.append(s); return true",
    )
    .await;
    h.js("const d = document.createElement('div'); d.setAttribute('onclick', 'window.__handler = 1'); \
          document.body.append(d); d.click(); d.remove(); return true")
        .await;
    // (eval called from WebDriver's own script is exempt from the page's policy; a string
    // timer is compiled by the page itself, under its policy.)
    h.js("setTimeout('window.__eval = 1', 0); return true")
        .await;
    h.js(
        "const a = document.createElement('a'); a.href = 'javascript:window.__jsurl = 1'; \
          document.body.append(a); a.click(); a.remove(); return true",
    )
    .await;
    h.js("const s = document.createElement('script'); s.src = 'https://example.com/x.js'; \
          document.head.append(s); const i = new Image(); i.src = 'https://example.com/pixel.png'; return true")
        .await;

    // Connections: another origin, and this page's own origin after start, every way.
    let outcome = h
        .client
        .execute_async(
            r#"const done = arguments[0];
            const attempt = p => p.then(() => 'allowed', e => 'blocked: ' + e.name);
            const xhr = url => new Promise((ok, fail) => {
                const x = new XMLHttpRequest();
                x.onload = ok; x.onerror = () => fail(new Error('xhr'));
                try { x.open('GET', url); x.send(); } catch (e) { fail(e); }
            });
            const socket = () => new Promise((ok, fail) => {
                try {
                    const w = new WebSocket('ws://' + location.host + '/socket');
                    w.onopen = ok; w.onerror = () => fail(new Error('socket'));
                } catch (e) { fail(e); }
            });
            Promise.all([
                attempt(fetch('https://example.com/')),
                attempt(fetch('/index.html')),
                attempt(fetch(location.origin + '/index.html', { mode: 'no-cors' })),
                attempt(xhr('https://example.com/')),
                attempt(xhr('/index.html')),
                attempt(socket()),
            ]).then(r => { r.push('beacon ' + navigator.sendBeacon('/beacon', 'x')); done(r); });"#,
            vec![],
        )
        .await
        .expect("try to connect");
    let outcome: Vec<String> = outcome
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect();
    for (i, o) in outcome.iter().take(6).enumerate() {
        assert!(
            o.starts_with("blocked"),
            "connection {i} was allowed: {outcome:?}"
        );
    }

    // Nothing ran, the browser reported each block, and the server saw nothing. Waits for the
    // positive signal (the eight reports checked below), not a fixed time.
    h.wait_until(
        "the browser reported the eight blocks",
        "return (window.__csp || []).length >= 8",
    )
    .await;
    let markers = h
        .js("return [window.__inline, window.__handler, window.__eval, window.__jsurl].map(String)")
        .await;
    assert_eq!(
        markers,
        json!(["undefined", "undefined", "undefined", "undefined"]),
        "no injected script ran"
    );
    let reports = h.js("return window.__csp").await;
    let reported = |directive: &str, blocked: &str, policy: &str| {
        reports.as_array().into_iter().flatten().any(|r| {
            r["directive"] == directive
                && r["blocked"]
                    .as_str()
                    .unwrap_or_default()
                    .starts_with(blocked)
                && r["policy"].as_str().unwrap_or_default().contains(policy)
        })
    };
    let origin = h.server.url();
    let origin = origin.trim_end_matches('/');
    for (directive, blocked, policy) in [
        ("script-src-elem", "inline", "script-src"),
        ("script-src-attr", "inline", "script-src"),
        ("script-src", "eval", "script-src"),
        ("script-src-elem", "https://example.com/x.js", "script-src"),
        ("img-src", "https://example.com/pixel.png", "img-src"),
        ("connect-src", "https://example.com", "connect-src"),
        (
            "connect-src",
            &format!("{origin}/index.html"),
            "connect-src 'none'",
        ),
        (
            "connect-src",
            &format!("ws://{}", origin.trim_start_matches("http://")),
            "connect-src",
        ),
    ] {
        assert!(
            reported(directive, blocked, policy),
            "no securitypolicyviolation for {directive} blocking {blocked} ({policy}); reports: {reports:#}"
        );
    }
    assert_eq!(
        h.server.requests(),
        requests_before,
        "the server saw no request after start (beacon: {:?})",
        outcome.last()
    );
    // The javascript: link is refused too (reported as an inline script).
    assert!(
        reports
            .as_array()
            .into_iter()
            .flatten()
            .filter(|r| r["directive"] == "script-src-elem" && r["blocked"] == "inline")
            .count()
            >= 2,
        "both the inline script and the javascript: link are reported: {reports:#}"
    );
    h.finish_expecting(&["Content Security Policy"], Vec::new())
        .await;
}

#[tokio::test]
async fn nothing_personal_is_kept_outside_local_storage() {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let token = format!("HMDL{nanos:x}");
    let persian = "رازِ‌من‌در‌همدل";
    let phrase = format!("{token} {persian}");
    let h = Harness::start().await;

    // Counsellor: a group named with the phrase, its plan, a member, session notes, an exercise.
    h.click("#role-counsellor").await;
    h.type_into("#new-group-name", &phrase).await;
    h.click("#create-group").await;
    h.wait_for("#edit-plan").await;
    let group = h.hash().await;
    h.click("#edit-plan").await;
    h.type_into("#plan-goals", &format!("goals: {phrase}"))
        .await;
    h.click("#save-plan").await;
    h.wait_for(".notices .notice").await;
    h.type_into("#member-code", &format!("M {token}")).await;
    h.type_into("#member-name", &phrase).await;
    h.click("#add-member").await;
    h.wait_for("#member-list li").await;
    h.js(&format!(
        "location.hash = {}; return true",
        json!(format!("{group}/session/1"))
    ))
    .await;
    h.type_into("#session-notes", &format!("notes: {phrase}"))
        .await;
    h.wait_for("#session-notes")
        .await
        .send_keys(&char::from(Key::Tab).to_string())
        .await
        .expect("Tab out of the notes");
    h.wait_until(
        "the notes are stored",
        &format!(
            "return Object.keys(localStorage).some(k => localStorage.getItem(k).includes({}))",
            json!(format!("notes: {token}"))
        ),
    )
    .await;
    h.js("location.hash = '#/library'; return true").await;
    h.click("#new-exercise").await;
    h.type_into("#exercise-title", &format!("exercise {phrase}"))
        .await;
    h.press_enter("#exercise-title").await;

    // Member: an entry with an own tag, a goal with a step, a survey.
    h.js("location.hash = '#/member'; return true").await;
    h.type_into("#own-tags", &format!("tag {token}")).await;
    h.type_into("#new-entry-text", &format!("entry: {phrase}"))
        .await;
    h.click("#add-entry").await;
    h.wait_for_text(&format!("entry: {phrase}")).await;
    h.type_into("#new-entry-text", &format!("draft: {phrase}"))
        .await; // kept as the draft
    h.js("location.hash = '#/member/goals'; return true").await;
    h.type_into("#new-goal", &format!("goal {phrase}")).await;
    h.click("#add-goal").await;
    h.type_into("#goal-list .new-step", &format!("step {phrase}"))
        .await;
    h.click("#goal-list .add-step").await;
    h.wait_for_text(&format!("step {phrase}")).await;
    h.js("location.hash = '#/member/surveys/who5'; return true")
        .await;
    for i in 1..=5 {
        h.click(&format!("#q{i}-4")).await;
    }
    h.click("#submit-survey").await;
    h.wait_for("#survey-result").await;
    h.click("a[href='#/settings']").await;
    h.click("#theme-dark").await;

    // Reload (a service worker, if there is one, has had its chance to cache), then look.
    h.reload().await;
    let _ = h
        .client
        .execute_async(
            "const done = arguments[0]; \
             if (!navigator.serviceWorker) { done(false); return; } \
             Promise.race([navigator.serviceWorker.ready.then(() => true), \
                           new Promise(r => setTimeout(() => r(false), 3000))]).then(done);",
            vec![],
        )
        .await;
    let report = h
        .client
        .execute_async(STORAGE_REPORT, vec![])
        .await
        .expect("read the browser's storage");
    assert!(report.get("error").is_none(), "storage report: {report}");
    assert!(
        report["local"]
            .as_str()
            .unwrap_or_default()
            .contains(&token),
        "the journey's data is in localStorage (so the checks below mean something)"
    );
    assert_eq!(report["cookie"], "", "no cookie");
    assert_eq!(report["session"], 0, "nothing in sessionStorage");
    assert_eq!(report["databases"], json!([]), "no IndexedDB database");
    assert_eq!(
        report["foreign"],
        json!([]),
        "every localStorage key starts with hamdel/ or hamdel-quarantine/: {}",
        report["keys"]
    );
    let cached = report["cached"].as_array().cloned().unwrap_or_default();
    for c in &cached {
        let text = format!("{} {}", c["url"], c["body"]);
        for secret in [token.as_str(), persian] {
            assert!(
                !text.contains(secret),
                "personal text in Cache Storage ({} {})",
                c["cache"],
                c["url"]
            );
        }
    }
    eprintln!(
        "storage: {} localStorage keys, {} cached responses checked",
        report["keys"].as_array().map_or(0, Vec::len),
        cached.len()
    );
    h.finish().await;
}
