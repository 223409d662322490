//! `cargo xtask <command>`: the project's automation, written in Rust.
//!
//! - `serve`: install what is missing, build the release app, serve it on 127.0.0.1:8080.
//! - `test`:  install what is missing, then fmt, clippy, native tests, browser tests in headless
//!   Chromium, the release build, and the end-to-end journeys against it.
//! - `build`: the release build into `dist/`.
//! - `size`:  the release build, then the bundle sizes (raw, gzip and Brotli).
//! - `lighthouse`: the release build served on loopback, audited by Lighthouse (performance,
//!   accessibility, best practices; mobile and desktop); a report, not part of `test`.
//!   `--no-build` audits `dist/` as it is.
//! - `bench`: the release build and its sizes, the benchmark dataset (10,000 entries, 30 groups),
//!   then the benchmark in headless Chromium (`e2e/src/bin/bench.rs`): a table of app vs
//!   JavaScript figures and their budgets. `--no-build` uses `dist/` as it is.
//! - `screens`: the screenshot gallery (`e2e/src/bin/screens.rs`): every screen × fa/en ×
//!   phone/desktop × light/dark with seeded data, in `target/screens/index.html`.
//!   `--no-build` uses `dist/` as it is.

use std::path::Path;
use std::time::Instant;
use xtask::tools::{self, cmd, run};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("test") => test(),
        Some("build") => tools::ensure_build_tools().and_then(|()| build()),
        Some("size") => tools::ensure_build_tools()
            .and_then(|()| build())
            .and_then(|()| size()),
        Some("lighthouse") => lighthouse(!args.iter().any(|a| a == "--no-build")),
        Some("bench") => bench(!args.iter().any(|a| a == "--no-build")),
        Some("screens") => screens(!args.iter().any(|a| a == "--no-build")),
        _ => Err("usage: cargo xtask <serve|test|build|size|lighthouse|bench|screens>".to_owned()),
    };
    if let Err(e) = result {
        eprintln!("xtask: error: {e}");
        std::process::exit(1);
    }
}

/// The screenshot gallery: every screen, both languages, phone and desktop, light and dark.
fn screens(rebuild: bool) -> Result<(), String> {
    tools::ensure_build_tools()?;
    tools::ensure_chromium()?;
    if rebuild {
        build()?;
    }
    run(cmd("cargo")
        .args(["run", "--quiet", "-p", "hamdel-e2e", "--bin", "screens"])
        .env("HAMDEL_DIST", xtask::dist())
        .env("CHROMEDRIVER", tools::CHROMEDRIVER)
        .env("CHROMIUM", tools::CHROMIUM))
}

/// The benchmark: sizes, dataset, then the measurements in headless Chromium.
fn bench(rebuild: bool) -> Result<(), String> {
    tools::ensure_build_tools()?;
    tools::ensure_chromium()?;
    if rebuild {
        build()?;
    }
    size()?;
    let data = xtask::root().join("target/bench/data.json");
    run(cmd("cargo").args([
        "run",
        "--quiet",
        "--release",
        "--example",
        "bench_data",
        "--",
        &data.to_string_lossy(),
    ]))?;
    run(cmd("cargo")
        .args(["run", "--quiet", "-p", "hamdel-e2e", "--bin", "bench"])
        .env("HAMDEL_BENCH_DATA", &data)
        .env("HAMDEL_DIST", xtask::dist())
        .env("CHROMEDRIVER", tools::CHROMEDRIVER)
        .env("CHROMIUM", tools::CHROMIUM))
}

/// Builds the release app into `dist/`, moves Trunk's inline loader into a file, so the
/// Content-Security-Policy needs no inline script, and writes the service worker that keeps
/// every file of the build for use with no network.
fn build() -> Result<(), String> {
    run(cmd("trunk").args(["--skip-version-check", "build", "--release"]))?;
    let dist = xtask::dist();
    externalize_loader(&dist)?;
    xtask::service_worker::write(&dist)?;
    // After sw.js, so it has its copies too (#20).
    let (files, raw, br, gz) = xtask::precompress::write_all(&dist)?;
    let kib = |n: usize| n / 1024;
    eprintln!(
        "xtask: {files} files precompressed: {} KiB raw, {} KiB Brotli, {} KiB gzip",
        kib(raw),
        kib(br),
        kib(gz)
    );
    Ok(())
}

fn externalize_loader(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    let mut moved = 0;
    while let Some(start) = rest.find("<script") {
        let (before, tag_on) = rest.split_at(start);
        out.push_str(before);
        let open_end = tag_on.find('>').ok_or("unterminated <script> tag")? + 1;
        let open = &tag_on[..open_end];
        let close = tag_on.find("</script>").ok_or("no </script>")?;
        let body = &tag_on[open_end..close];
        if open.contains("src=") || body.trim().is_empty() {
            out.push_str(&tag_on[..close + "</script>".len()]);
        } else {
            let body = after_first_paint(body)?;
            let name = format!("loader-{:016x}.js", fnv1a(body.as_bytes()));
            std::fs::write(dist.join(&name), body).map_err(|e| e.to_string())?;
            let module = if open.contains("module") {
                " type=\"module\""
            } else {
                ""
            };
            out.push_str(&format!("<script{module} src=\"./{name}\"></script>"));
            moved += 1;
        }
        rest = &tag_on[close + "</script>".len()..];
    }
    out.push_str(rest);
    if moved == 0 && !html.contains("src=\"./loader-") {
        return Err("found no inline loader script in dist/index.html".into());
    }
    std::fs::write(&index, without_wasm_preload(&out)).map_err(|e| e.to_string())
}

/// Trunk's loader line that fetches and starts the wasm.
const WASM_INIT: &str = "const wasm = await init(";

/// The loader, made to ask for the wasm only after the first-paint shell is on the screen
/// (#20): the next frame, then a task after it. Asked for at once, its megabyte shared the
/// connection with the page's CSS and fonts and delayed the shell's paint; and Lighthouse
/// counted the shell's paint as waiting for it.
fn after_first_paint(loader: &str) -> Result<String, String> {
    if !loader.contains(WASM_INIT) {
        return Err(format!(
            "Trunk's loader has no `{WASM_INIT}` (its shape changed): cannot start the wasm after the first paint"
        ));
    }
    Ok(loader.replacen(
        WASM_INIT,
        &format!(
            "// Hamdel (cargo xtask build): the wasm after the first paint (#20).\n\
             await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));\n{WASM_INIT}"
        ),
        1,
    ))
}

/// `index.html` without Trunk's `<link rel="preload" … type="application/wasm">`, which would
/// fetch the wasm before the first paint (see [`after_first_paint`]).
fn without_wasm_preload(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link rel=\"preload\"") {
        out.push_str(&rest[..start]);
        let tag_end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..tag_end];
        if !tag.contains("type=\"application/wasm\"") {
            out.push_str(tag);
        }
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    out
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_from(FNV_OFFSET, bytes)
}

/// FNV-1a continued from `hash` (to hash several pieces as one).
fn fnv1a_from(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn serve() -> Result<(), String> {
    tools::ensure_build_tools()?;
    build()?;
    let server = xtask::server::start(xtask::dist(), "127.0.0.1:8080")
        .map_err(|e| format!("cannot listen on 127.0.0.1:8080: {e}"))?;
    println!(
        "Hamdel is being served at {} (Ctrl+C to stop)",
        server.url()
    );
    loop {
        std::thread::park();
    }
}

fn test() -> Result<(), String> {
    let started = Instant::now();
    let mut steps: Vec<(&str, f64)> = Vec::new();
    let mut step =
        |name: &'static str, f: &mut dyn FnMut() -> Result<(), String>| -> Result<(), String> {
            eprintln!("\nxtask: ── {name} ──");
            let t = Instant::now();
            let r = f();
            steps.push((name, t.elapsed().as_secs_f64()));
            if let Err(e) = &r {
                eprintln!("xtask: step '{name}' failed: {e}");
                println!("steps: {} passed, 1 failed", steps.len() - 1);
            }
            r
        };
    step("install missing tools", &mut || {
        tools::ensure_build_tools()?;
        tools::ensure_axe()?;
        tools::ensure_python_tools()?;
        tools::ensure_chromium()
    })?;
    step("cargo fmt --check", &mut || {
        run(cmd("cargo").args(["fmt", "--all", "--check"]))
    })?;
    step("cargo clippy", &mut || {
        run(cmd("cargo").args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    })?;
    step("native tests", &mut || run(cmd("cargo").args(["test"])))?;
    step(
        "browser tests (wasm-bindgen-test, headless Chromium)",
        &mut || {
            run(cmd("cargo")
                .args([
                    "test",
                    "-p",
                    "hamdel",
                    "--target",
                    tools::WASM_TARGET,
                    "--test",
                    "browser",
                ])
                .env("CHROMEDRIVER", tools::CHROMEDRIVER)
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                    "wasm-bindgen-test-runner",
                )
                .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))
        },
    )?;
    step("release build", &mut build)?;
    step("end-to-end journeys (headless Chromium)", &mut || {
        run(cmd("cargo")
            .args(["test", "-p", "hamdel-e2e", "--", "--test-threads=1"])
            .env("HAMDEL_DIST", xtask::dist())
            .env("CHROMEDRIVER", tools::CHROMEDRIVER)
            .env("CHROMIUM", tools::CHROMIUM))
    })?;
    eprintln!("\nxtask: timings");
    for (name, secs) in &steps {
        eprintln!("  {secs:7.1} s  {name}");
    }
    eprintln!("  {:7.1} s  total", started.elapsed().as_secs_f64());
    println!("steps: {} passed, 0 failed", steps.len());
    Ok(())
}

/// Reads one Lighthouse JSON report (path in `argv[1]`) and prints a line per category:
/// id, score (0–100), and the weighted audits that keep it below 100.
const LIGHTHOUSE_SUMMARY: &str = r#"
const r = require(process.argv[1]);
if (r.runtimeError) console.log('error\t0\t' + r.runtimeError.code + ': ' + r.runtimeError.message);
for (const w of r.runWarnings || []) console.error('lighthouse warning: ' + w);
for (const c of Object.values(r.categories)) {
  const lost = c.auditRefs
    .map((ref) => ({ ref, audit: r.audits[ref.id] }))
    .filter(({ ref, audit }) => ref.weight > 0 && audit.score !== null && audit.score < 1)
    .map(({ audit }) => audit.id + ' ' + Math.round(audit.score * 100) + (audit.displayValue ? ' (' + audit.displayValue + ')' : ''));
  console.log([c.id, Math.round(c.score * 100), lost.join('; ')].join('\t'));
}
const v = (id) => (r.audits[id] && typeof r.audits[id].numericValue === 'number') ? r.audits[id].numericValue : NaN;
console.log(['metrics', v('largest-contentful-paint'), v('first-contentful-paint'), v('total-blocking-time'),
  v('cumulative-layout-shift'), v('speed-index'), v('total-byte-weight')].join('\t'));
"#;

/// Lighthouse runs per form factor; the table shows their median (#20: a single run moves by
/// several points on this machine).
const LIGHTHOUSE_RUNS: usize = 3;

/// One Lighthouse report, read by [`LIGHTHOUSE_SUMMARY`]: each category's score (0–100) with the
/// audits costing it, and the page's metrics (LCP, FCP, TBT, CLS, speed index, bytes).
struct Audit {
    scores: Vec<(String, f64, String)>,
    metrics: [f64; 6],
}

impl Audit {
    fn score(&self, category: &str) -> Option<f64> {
        self.scores
            .iter()
            .find(|(c, _, _)| c == category)
            .map(|s| s.1)
    }
}

fn median_of(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// `cargo xtask lighthouse`: the release build served on loopback, audited by Lighthouse as a
/// phone (its default: a mid-range device on slow 4G, simulated) and as a desktop, three times
/// each. JSON reports go to `target/lighthouse/`; the medians are printed with #20's targets.
/// `build_first: false` audits `dist/` as it is.
fn lighthouse(build_first: bool) -> Result<(), String> {
    tools::ensure_lighthouse()?;
    tools::ensure_chromium()?;
    if build_first {
        tools::ensure_build_tools()?;
        build()?;
    }
    let server = xtask::server::start(xtask::dist(), "127.0.0.1:0")
        .map_err(|e| format!("cannot listen on loopback: {e}"))?;
    let out_dir = xtask::root().join("target/lighthouse");
    std::fs::create_dir_all(&out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let mut results: Vec<(&str, Vec<Audit>)> = Vec::new();
    for (form, preset) in [("mobile", None), ("desktop", Some("--preset=desktop"))] {
        let mut audits = Vec::new();
        for n in 1..=LIGHTHOUSE_RUNS {
            let report = out_dir.join(format!("{form}-{n}.json"));
            let started = Instant::now();
            let mut c = cmd(&tools::lighthouse_bin().to_string_lossy());
            c.arg(server.url())
                .args([
                    "--only-categories=performance,accessibility,best-practices",
                    "--output=json",
                    &format!("--output-path={}", report.display()),
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
                    "--quiet",
                ])
                .args(preset)
                // Lighthouse 12 takes the browser from CHROME_PATH (it has no --chrome-path flag).
                .env("CHROME_PATH", tools::CHROMIUM);
            run(&mut c)?;
            eprintln!(
                "xtask: lighthouse {form} {n}/{LIGHTHOUSE_RUNS}: {:.0} s, report in {}",
                started.elapsed().as_secs_f64(),
                report.display()
            );
            audits.push(read_lighthouse(&report)?);
        }
        results.push((form, audits));
    }
    println!(
        "\n{:<26} {:>8} {:>8}",
        format!("Lighthouse 12, median of {LIGHTHOUSE_RUNS}"),
        "mobile",
        "desktop"
    );
    let medians = |form: usize, f: &dyn Fn(&Audit) -> Option<f64>| {
        let v: Vec<f64> = results[form].1.iter().filter_map(f).collect();
        (!v.is_empty()).then(|| median_of(v))
    };
    let show = |v: Option<f64>, scale: f64, places: usize| {
        v.map_or_else(String::new, |x| format!("{:.*}", places, x / scale))
    };
    for category in ["performance", "accessibility", "best-practices", "error"] {
        let (m, d) = (
            medians(0, &|a| a.score(category)),
            medians(1, &|a| a.score(category)),
        );
        if m.is_none() && d.is_none() {
            continue;
        }
        println!(
            "{category:<26} {:>8} {:>8}",
            show(m, 1.0, 0),
            show(d, 1.0, 0)
        );
    }
    let metrics: [(&str, usize, f64, usize); 6] = [
        ("LCP (s)", 0, 1000.0, 1),
        ("FCP (s)", 1, 1000.0, 1),
        ("total blocking time (ms)", 2, 1.0, 0),
        ("layout shift (CLS)", 3, 1.0, 3),
        ("speed index (s)", 4, 1000.0, 1),
        ("bytes transferred (KiB)", 5, 1024.0, 0),
    ];
    for (name, i, scale, places) in metrics {
        println!(
            "{name:<26} {:>8} {:>8}",
            show(medians(0, &|a| Some(a.metrics[i])), scale, places),
            show(medians(1, &|a| Some(a.metrics[i])), scale, places)
        );
    }
    for (form, audits) in &results {
        let runs: Vec<String> = audits
            .iter()
            .map(|a| show(a.score("performance"), 1.0, 0))
            .collect();
        println!("  {form} performance, each run: {}", runs.join(", "));
    }
    let (perf, lcp) = (
        medians(0, &|a| a.score("performance")).unwrap_or(f64::NAN),
        medians(0, &|a| Some(a.metrics[0])).unwrap_or(f64::NAN) / 1000.0,
    );
    println!(
        "  target (#20): mobile performance ≥ 95 and LCP ≤ 2.0 s: {perf:.0} and {lcp:.1} s, {}",
        if perf >= 95.0 && lcp <= 2.0 {
            "met"
        } else {
            "missed"
        }
    );
    // What cost points, from the median run of each form.
    for (form, audits) in &results {
        let mut order: Vec<&Audit> = audits.iter().collect();
        order.sort_by(|a, b| {
            a.score("performance")
                .unwrap_or(0.0)
                .total_cmp(&b.score("performance").unwrap_or(0.0))
        });
        if let Some(mid) = order.get(order.len() / 2) {
            for (category, _, lost) in mid.scores.iter().filter(|s| !s.2.is_empty()) {
                println!("  {form} {category}: {lost}");
            }
        }
    }
    Ok(())
}

/// Reads one Lighthouse JSON report with [`LIGHTHOUSE_SUMMARY`].
fn read_lighthouse(report: &Path) -> Result<Audit, String> {
    let out = cmd("node")
        .args(["-e", LIGHTHOUSE_SUMMARY])
        .arg(report)
        .output()
        .map_err(|e| format!("node: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cannot read {}: {}",
            report.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
    let mut audit = Audit {
        scores: Vec::new(),
        metrics: [f64::NAN; 6],
    };
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["metrics", values @ ..] => {
                for (slot, v) in audit.metrics.iter_mut().zip(values) {
                    *slot = v.parse().unwrap_or(f64::NAN);
                }
            }
            [category, score, rest @ ..] => audit.scores.push((
                (*category).to_owned(),
                score.parse().unwrap_or(f64::NAN),
                rest.join("\t"),
            )),
            _ => {}
        }
    }
    Ok(audit)
}

fn size() -> Result<(), String> {
    let dist = xtask::dist();
    let mut rows: Vec<(String, usize, usize, usize)> = Vec::new();
    let entries = std::fs::read_dir(&dist).map_err(|e| e.to_string())?;
    for entry in entries.flatten() {
        let path = entry.path();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_owned();
        if !matches!(ext.as_str(), "wasm" | "js" | "css" | "html") {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        // The build's own copies (it wrote them just now), compressed again only if missing.
        let copy = |ext: &str, make: fn(&[u8]) -> Vec<u8>| {
            std::fs::metadata(format!("{}.{ext}", path.display()))
                .map_or_else(|_| make(&bytes).len(), |m| m.len() as usize)
        };
        rows.push((
            entry.file_name().to_string_lossy().into_owned(),
            bytes.len(),
            copy("gz", xtask::precompress::gzip),
            copy("br", xtask::precompress::brotli),
        ));
    }
    rows.sort();
    println!(
        "{:<44} {:>12} {:>12} {:>12}",
        "file (dist/)", "raw KiB", "gzip KiB", "Brotli KiB"
    );
    let kib = |n: usize| n as f64 / 1024.0;
    let mut totals: std::collections::BTreeMap<String, (usize, usize, usize)> = Default::default();
    for (name, raw, gz, br) in &rows {
        println!(
            "{name:<44} {:>12.1} {:>12.1} {:>12.1}",
            kib(*raw),
            kib(*gz),
            kib(*br)
        );
        let kind = name.rsplit('.').next().unwrap_or("").to_owned();
        let t = totals.entry(kind).or_default();
        t.0 += raw;
        t.1 += gz;
        t.2 += br;
    }
    println!();
    for (kind, (raw, gz, br)) in totals {
        println!(
            "{:<44} {:>12.1} {:>12.1} {:>12.1}",
            format!("total {kind}"),
            kib(raw),
            kib(gz),
            kib(br)
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wasm_is_asked_for_after_the_first_paint() {
        let loader = "import init from './a.js';\nconst wasm = await init({ module_or_path: './a_bg.wasm' });\n";
        let after = after_first_paint(loader).expect("Trunk's shape");
        let wait = after
            .find("requestAnimationFrame")
            .expect("waits for a frame");
        assert!(wait < after.find(WASM_INIT).expect("still starts the wasm"));
        assert!(
            after_first_paint("init();").is_err(),
            "a changed loader stops the build"
        );
        let html = "<head><link rel=\"preload\" href=\"./f.woff2\" as=\"font\"><link rel=\"modulepreload\" href=\"./a.js\"><link rel=\"preload\" href=\"./a_bg.wasm\" as=\"fetch\" type=\"application/wasm\"></head>";
        assert_eq!(
            without_wasm_preload(html),
            "<head><link rel=\"preload\" href=\"./f.woff2\" as=\"font\"><link rel=\"modulepreload\" href=\"./a.js\"></head>"
        );
    }
}
