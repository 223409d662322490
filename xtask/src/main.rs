//! `cargo xtask <command>`: the project's automation, written in Rust.
//!
//! - `serve`: install what is missing, build the release app, serve it on 127.0.0.1:8080.
//! - `test`:  install what is missing, then fmt, clippy, native tests, browser tests in headless
//!   Chromium, the release build, and the end-to-end journeys against it.
//! - `build`: the release build into `dist/`.
//! - `size`:  the release build, then the bundle sizes (raw and gzip).

use std::io::Write;
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
        _ => Err("usage: cargo xtask <serve|test|build|size>".to_owned()),
    };
    if let Err(e) = result {
        eprintln!("xtask: error: {e}");
        std::process::exit(1);
    }
}

/// Builds the release app into `dist/` and moves Trunk's inline loader into a file, so the
/// Content-Security-Policy needs no inline script.
fn build() -> Result<(), String> {
    run(cmd("trunk").args(["--skip-version-check", "build", "--release"]))?;
    externalize_loader(&xtask::dist())
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
            let name = format!("loader-{:016x}.js", fnv1a(body.as_bytes()));
            std::fs::write(dist.join(&name), body).map_err(|e| e.to_string())?;
            let module = if open.contains("module") {
                " type=\"module\""
            } else {
                ""
            };
            out.push_str(&format!("<script{module} src=\"/{name}\"></script>"));
            moved += 1;
        }
        rest = &tag_on[close + "</script>".len()..];
    }
    out.push_str(rest);
    if moved == 0 && !html.contains("src=\"/loader-") {
        return Err("found no inline loader script in dist/index.html".into());
    }
    std::fs::write(&index, out).map_err(|e| e.to_string())
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
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

fn size() -> Result<(), String> {
    let dist = xtask::dist();
    let mut rows: Vec<(String, usize, usize)> = Vec::new();
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
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes).map_err(|e| e.to_string())?;
        let gz_len = gz.finish().map_err(|e| e.to_string())?.len();
        rows.push((
            entry.file_name().to_string_lossy().into_owned(),
            bytes.len(),
            gz_len,
        ));
    }
    rows.sort();
    println!(
        "{:<44} {:>12} {:>12}",
        "file (dist/)", "raw KiB", "gzip KiB"
    );
    let kib = |n: usize| n as f64 / 1024.0;
    let mut totals: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for (name, raw, gz) in &rows {
        println!("{name:<44} {:>12.1} {:>12.1}", kib(*raw), kib(*gz));
        let kind = name.rsplit('.').next().unwrap_or("").to_owned();
        let t = totals.entry(kind).or_default();
        t.0 += raw;
        t.1 += gz;
    }
    println!();
    for (kind, (raw, gz)) in totals {
        println!(
            "{:<44} {:>12.1} {:>12.1}",
            format!("total {kind}"),
            kib(raw),
            kib(gz)
        );
    }
    Ok(())
}
