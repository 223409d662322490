//! The benchmark: the release app in headless Chromium with 10,000 journal entries and 30 groups
//! stored, each figure measured beside the browser's own JavaScript doing the same work in the
//! same page (the ratio is what the budgets are about). Medians of several runs; prints a table.
//!
//! Run by `cargo xtask bench` (which builds dist/, prints the bundle sizes and writes the dataset
//! with `cargo run --release --example bench_data`). The app records its side with User Timing
//! measures (`ui::platform::timed`): `hamdel-load`, `hamdel-save`, `hamdel-search`,
//! `hamdel-backup-*`, `hamdel-kdf`, and the `hamdel-first-screen` mark.

use hamdel_e2e::Harness;
use serde_json::Value;
use std::time::Instant;

const RUNS: usize = 5;
const PASS: &str = "benchmark passphrase words";

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or(f64::NAN)
}

/// The durations of every measure named `name` so far, then clears them.
async fn take_measures(h: &Harness, name: &str) -> Vec<f64> {
    let v = h
        .js(&format!(
            "const m = performance.getEntriesByName('{name}').map(e => e.duration); performance.clearMeasures('{name}'); return m"
        ))
        .await;
    v.as_array()
        .map(|a| a.iter().map(num).collect())
        .unwrap_or_default()
}

async fn go(h: &Harness, hash: &str) {
    h.js(&format!("location.hash = '{hash}'; return true"))
        .await;
}

/// Opens the app afresh (a cold page load with the data stored) at `hash`.
async fn cold_open(h: &Harness, hash: &str) {
    let url = format!("{}?bench{hash}", h.server.url());
    h.client.goto("about:blank").await.expect("blank page");
    h.client.goto(&url).await.expect("open the app");
    h.wait_until(
        "first screen",
        "return performance.getEntriesByName('hamdel-first-screen').length > 0",
    )
    .await;
}

struct Row {
    what: &'static str,
    app: f64,
    js: f64,
    budget: &'static str,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let data_path = std::env::var("HAMDEL_BENCH_DATA").unwrap_or_else(|_| {
        xtask::root()
            .join("target/bench/data.json")
            .display()
            .to_string()
    });
    let data: Value = serde_json::from_str(
        &std::fs::read_to_string(&data_path)
            .unwrap_or_else(|e| panic!("{data_path}: {e} (cargo xtask bench writes it)")),
    )
    .expect("the dataset is JSON");
    let h = Harness::start().await;
    let downloads = std::env::temp_dir().join(format!("hamdel-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&downloads);
    h.allow_downloads(&downloads).await;
    let keys = h
        .client
        .execute(
            "localStorage.clear(); const d = arguments[0]; for (const k in d) localStorage.setItem(k, d[k]); return localStorage.length",
            vec![data],
        )
        .await
        .expect("store the dataset");
    eprintln!("bench: {keys} keys stored");
    let mut rows = Vec::new();

    // 1–2. Cold load: first screen, and all data in memory, vs JSON.parse of every stored value.
    let (mut first, mut load, mut parse) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RUNS {
        cold_open(&h, "#/member").await;
        let v = h
            .js(
                "const first = performance.getEntriesByName('hamdel-first-screen')[0].startTime; \
                 const load = performance.getEntriesByName('hamdel-load')[0].duration; \
                 const vals = []; \
                 for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); if (k.startsWith('hamdel/')) vals.push(localStorage.getItem(k)); } \
                 const t0 = performance.now(); for (const v of vals) JSON.parse(v); const parse = performance.now() - t0; \
                 return [first, load, parse]",
            )
            .await;
        first.push(num(&v[0]));
        load.push(num(&v[1]));
        parse.push(num(&v[2]));
    }
    let parse = median(parse);
    rows.push(Row {
        what: "first screen, cold load (navigation start → first frame; includes wasm start)",
        app: median(first),
        js: parse,
        budget: "≤ 1×",
    });
    rows.push(Row {
        what: "all data in memory (storage read + parse in wasm)",
        app: median(load),
        js: parse,
        budget: "≤ 3×",
    });

    // 4. Search per keystroke over the 10,000 texts.
    let _ = take_measures(&h, "hamdel-search").await;
    let mut search = Vec::new();
    h.click("#search-toggle").await;
    for query in ["مدرسه", "school", "breathe"] {
        h.type_into("#journal-search", query).await;
        h.wait_until(
            "the search ran",
            &format!(
                "return performance.getEntriesByName('hamdel-search').length >= {}",
                query.chars().count()
            ),
        )
        .await;
        search.extend(take_measures(&h, "hamdel-search").await);
        h.type_into("#journal-search", "\u{e003}").await;
        let _ = take_measures(&h, "hamdel-search").await;
    }
    let js_search = h
        .js(
            "const texts = []; \
             for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); \
               if (k.startsWith('hamdel/journal/')) for (const r of JSON.parse(localStorage.getItem(k)).records) texts.push(r.item.text); } \
             const times = []; \
             for (const q of ['مدرسه', 'school', 'breathe']) for (let n = 1; n <= q.length; n++) { \
               const s = q.slice(0, n).toLowerCase(); const t0 = performance.now(); let c = 0; \
               for (const t of texts) if (t.toLowerCase().includes(s)) c++; times.push(performance.now() - t0); } \
             times.sort((a, b) => a - b); return times[times.length >> 1]",
        )
        .await;
    rows.push(Row {
        what: "search, per keystroke (10,000 texts)",
        app: median(search),
        js: num(&js_search),
        budget: "≤ 0.6×",
    });

    // 3. Saving one edited entry.
    let _ = take_measures(&h, "hamdel-save").await;
    for i in 0..RUNS {
        h.entry_action("#entry-list li:first-child", "edit").await;
        let area = "#entry-list li:first-child textarea";
        h.type_into(area, &format!("Edited for the benchmark, run {i}."))
            .await;
        h.click("#entry-list li:first-child form button[type=submit]")
            .await;
        h.wait_until(
            "saved",
            "return performance.getEntriesByName('hamdel-save').length > 0",
        )
        .await;
    }
    let save = median(take_measures(&h, "hamdel-save").await);

    // 5. A planner edit: from the change event to the next frame.
    go(&h, "#/group/g00/session/1").await;
    h.wait_for("#session-notes").await;
    h.js("window.__paint = []; document.addEventListener('change', () => { const t0 = performance.now(); \
          requestAnimationFrame(() => setTimeout(() => window.__paint.push(performance.now() - t0), 0)); }, true); return true")
        .await;
    for i in 0..RUNS {
        h.type_into("#session-notes", &format!("Notes, run {i}"))
            .await;
        h.click("#notes-title").await;
        h.wait_until("painted", &format!("return window.__paint.length > {i}"))
            .await;
    }
    let paint = h.js("return window.__paint").await;
    let paint = median(
        paint
            .as_array()
            .map(|a| a.iter().map(num).collect())
            .unwrap_or_default(),
    );
    rows.push(Row {
        what: "planner edit, change → next frame",
        app: paint,
        js: 16.7,
        budget: "≤ 1 frame",
    });

    // 6. Backup export and import of everything.
    go(&h, "#/settings/backup").await;
    h.type_into("#export-pass", PASS).await;
    h.type_into("#export-pass-again", PASS).await;
    h.click("#save-backup").await;
    let file = h.wait_for_download(&downloads, ".age").await;
    h.wait_until(
        "the key derivation was timed",
        "return performance.getEntriesByName('hamdel-kdf').length > 0",
    )
    .await;
    let build = median(take_measures(&h, "hamdel-backup-build").await);
    let encrypt = median(take_measures(&h, "hamdel-backup-encrypt").await);
    let kdf = median(take_measures(&h, "hamdel-kdf").await);
    let file_size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);

    // Import into an emptied store (a new device with the settings only).
    h.js("for (const k of Object.keys(localStorage)) if (k !== 'hamdel/settings') localStorage.removeItem(k); return true")
        .await;
    cold_open(&h, "#/settings/backup").await;
    h.upload("#import-file", &file).await;
    h.type_into("#import-pass", PASS).await;
    h.click("#open-backup").await;
    h.wait_for("#import-preview").await;
    h.click("#confirm-import").await;
    h.wait_until(
        "imported",
        "return performance.getEntriesByName('hamdel-backup-apply').length > 0",
    )
    .await;
    let open = median(take_measures(&h, "hamdel-backup-open").await);
    let plan = median(take_measures(&h, "hamdel-backup-plan").await);
    let apply = median(take_measures(&h, "hamdel-backup-apply").await);

    // Quota: how much one entry costs in storage, plain and sealed by the lock.
    let journal_units = "let n = 0, e = 0; for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); \
        if (k.startsWith('hamdel/journal/')) { n += k.length + localStorage.getItem(k).length; e++; } } \
        let all = 0; for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); all += k.length + localStorage.getItem(k).length; } \
        return [n, all]";
    let plain = h.js(journal_units).await;
    go(&h, "#/settings/lock").await;
    h.type_into("#lock-pass-member", PASS).await;
    h.type_into("#lock-pass-again-member", PASS).await;
    let t = Instant::now();
    h.click("#lock-submit-member").await;
    h.wait_for_text("Lock on").await;
    let lock_ms = t.elapsed().as_secs_f64() * 1000.0;
    let sealed = h.js(journal_units).await;

    // The JavaScript baseline for saving: stringify the whole dataset and store it in one key
    // (the data is moved aside in memory first so it fits), then everything is put back.
    let js_save = h
        .js(
            "const all = {}; for (const k of Object.keys(localStorage)) all[k] = localStorage.getItem(k); \
             const parsed = {}; for (const k in all) { try { parsed[k] = JSON.parse(all[k]); } catch (e) { parsed[k] = all[k]; } } \
             localStorage.clear(); const times = []; \
             for (let i = 0; i < 5; i++) { const t0 = performance.now(); localStorage.setItem('bench-blob', JSON.stringify(parsed)); \
               times.push(performance.now() - t0); localStorage.removeItem('bench-blob'); } \
             for (const k in all) localStorage.setItem(k, all[k]); \
             times.sort((a, b) => a - b); return times[2]",
        )
        .await;
    rows.insert(
        2,
        Row {
            what: "save one edited entry",
            app: save,
            js: num(&js_save),
            budget: "≤ 0.2×",
        },
    );

    println!();
    println!(
        "Hamdel benchmark — headless Chromium, release build, 10,000 entries + 30 groups stored"
    );
    println!(
        "(milliseconds, medians of {RUNS} runs or of every keystroke; JS = the browser's own JavaScript, same page)"
    );
    println!();
    println!("| what | app (ms) | JS (ms) | ratio | budget |");
    println!("|---|---:|---:|---:|---|");
    for r in &rows {
        println!(
            "| {} | {:.1} | {:.1} | {:.2}× | {} |",
            r.what,
            r.app,
            r.js,
            r.app / r.js,
            r.budget
        );
    }
    println!();
    println!(
        "| backup of everything ({:.0} KiB file) | ms |",
        file_size as f64 / 1024.0
    );
    println!("|---|---:|");
    println!(
        "| export, including the key derivation (build {build:.0} + encrypt {encrypt:.0}) | {:.0} |",
        build + encrypt
    );
    println!(
        "| export, excluding it (key derivation alone: {kdf:.0}) | {:.0} |",
        build + encrypt - kdf
    );
    println!(
        "| import, including the key derivation (open {open:.0} + plan {plan:.0} + store {apply:.0}) | {:.0} |",
        open + plan + apply
    );
    println!(
        "| import, excluding it | {:.0} |",
        open - kdf + plan + apply
    );
    println!(
        "| switching the member lock on (10,000 entries sealed), click → done | {lock_ms:.0} |"
    );
    println!();
    let per = |v: &Value| num(&v[0]) / 10_000.0;
    let other = |v: &Value| num(&v[1]) - num(&v[0]);
    let quota = 5_242_880.0;
    for (name, v) in [("plain", &plain), ("with the lock on", &sealed)] {
        println!(
            "storage, {name}: {:.0} UTF-16 units per entry; {:.0} % of the quota used; about {:.0} entries fit",
            per(v),
            num(&v[1]) * 100.0 / quota,
            (quota - other(v)) / per(v)
        );
    }
    h.finish().await;
}
