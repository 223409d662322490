//! Tidy: the architecture invariants of ARCHITECTURE.md, checked on the source text.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, ext, out);
            } else if p.extension().is_some_and(|x| x == ext) {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join(dir), ext, &mut out);
    out.sort();
    out
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

fn offenders(dir: &str, forbidden: &[&str], except: &[&str]) -> Vec<String> {
    files(dir, "rs")
        .into_iter()
        .filter(|p| !except.iter().any(|e| rel(p) == *e))
        .flat_map(|p| {
            // Code only: comments may name what the code must not use.
            let text: String = read(&p)
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            forbidden
                .iter()
                .filter(|f| text.contains(**f))
                .map(|f| format!("{} uses {f}", rel(&p)))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_domain_does_no_io_and_knows_no_browser() {
    let bad = offenders(
        "src/domain",
        &[
            "leptos",
            "web_sys",
            "js_sys",
            "gloo",
            "wasm_bindgen",
            "std::fs",
            // Any spelling of the clock (`use std::time::{SystemTime}` slipped past
            // "std::time::SystemTime").
            "SystemTime",
            "Instant::now",
            "Local::now",
            "Utc::now",
            // The layers above (review: `crate::storage` from the domain was not looked for),
            // and grouped imports that would hide them.
            "crate::storage",
            "crate::ui",
            "crate::crypto",
            "crate::{",
        ],
        &[],
    );
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn i18n_and_storage_know_no_ui() {
    let bad = offenders(
        "src/i18n",
        &[
            "leptos",
            "web_sys",
            "gloo",
            "wasm_bindgen",
            "crate::ui",
            "crate::storage",
            "crate::{",
        ],
        &[],
    );
    assert!(bad.is_empty(), "{bad:#?}");
    let bad = offenders(
        "src/storage",
        &["leptos", "view!", "crate::ui", "crate::{"],
        &[],
    );
    assert!(bad.is_empty(), "{bad:#?}");
    let bad = offenders(
        "src/content",
        &[
            "leptos",
            "web_sys",
            "gloo",
            "wasm_bindgen",
            "crate::ui",
            "crate::storage",
            "crate::{",
        ],
        &[],
    );
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn only_the_browser_store_touches_local_storage() {
    let patterns = [
        "localStorage",
        "local_storage(",
        "gloo_storage",
        "web_sys::Storage",
    ];
    let bad = offenders("src", &patterns, &["src/storage/browser.rs"]);
    assert!(bad.is_empty(), "{bad:#?}");
    let browser = read(&root().join("src/storage/browser.rs"));
    assert!(
        browser.contains("local_storage("),
        "the browser store is where localStorage lives"
    );
}

#[test]
fn nothing_a_person_typed_can_reach_inner_html() {
    let bad = offenders("src", &["inner_html", "set_inner_html", "innerHTML"], &[]);
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn no_unwrap_in_app_code() {
    let bad = offenders("src", &[".unwrap()"], &[]);
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn every_rust_file_opens_with_a_module_doc() {
    let mut bad = Vec::new();
    for dir in ["src", "tests", "xtask/src", "e2e/src", "e2e/tests"] {
        for p in files(dir, "rs") {
            if !read(&p).starts_with("//!") {
                bad.push(rel(&p));
            }
        }
    }
    assert!(bad.is_empty(), "files without a leading //! line: {bad:#?}");
}

#[test]
fn css_uses_logical_properties_only() {
    let physical = [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "border-left",
        "border-right",
        "left:",
        "right:",
        "float: left",
        "float: right",
        "text-align: left",
        "text-align: right",
    ];
    let mut bad = Vec::new();
    for p in files("style", "css") {
        for (i, line) in read(&p).lines().enumerate() {
            let decl = line.trim();
            if physical
                .iter()
                .any(|f| decl.starts_with(f) || decl.contains(&format!(": {f}")))
            {
                bad.push(format!("{}:{}: {decl}", rel(&p), i + 1));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "physical left/right in CSS (use inline-start/end): {bad:#?}"
    );
}

#[test]
fn the_architecture_map_names_every_module() {
    let arch = read(&root().join("ARCHITECTURE.md"));
    let mut missing = Vec::new();
    for p in files("src", "rs") {
        let r = rel(&p);
        let name = r.trim_start_matches("src/");
        let module = name.trim_end_matches("/mod.rs").trim_end_matches(".rs");
        if !arch.contains(module) {
            missing.push(r);
        }
    }
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md does not mention: {missing:#?}"
    );
}

#[test]
fn the_content_security_policy_is_strict() {
    let html = read(&root().join("index.html"));
    let csp = html
        .split("Content-Security-Policy")
        .nth(1)
        .and_then(|s| s.split("content=\"").nth(1))
        .and_then(|s| s.split('"').next())
        .expect("a CSP meta tag in index.html");
    for needed in [
        "default-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "script-src 'self' 'wasm-unsafe-eval'",
    ] {
        assert!(csp.contains(needed), "CSP lacks {needed}: {csp}");
    }
    for forbidden in ["http:", "https:", "'unsafe-inline'", "'unsafe-eval'", "*"] {
        assert!(!csp.contains(forbidden), "CSP allows {forbidden}: {csp}");
    }
    let platform = read(&root().join("src/ui/platform.rs"));
    assert!(
        platform.contains("connect-src 'none'"),
        "the after-load policy closes connect-src"
    );
}
