//! Tidy: the architecture invariants of ARCHITECTURE.md, checked on the source text.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::source::{files, read, rel, root};

/// The source folders of the app and its library crates.
const SOURCES: [&str; 7] = [
    "src",
    "crates/domain/src",
    "crates/records/src",
    "crates/crypto/src",
    "crates/i18n/src",
    "crates/content/src",
    "crates/storage/src",
];

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

/// The workspace's resolved dependency graph: each package's name and the names of the
/// packages it depends on (on every platform).
fn dependency_graph() -> std::collections::BTreeMap<String, Vec<String>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(root())
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).expect("metadata JSON");
    let name_of: std::collections::BTreeMap<&str, &str> = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .map(|p| {
            (
                p["id"].as_str().expect("id"),
                p["name"].as_str().expect("name"),
            )
        })
        .collect();
    meta["resolve"]["nodes"]
        .as_array()
        .expect("resolve")
        .iter()
        .map(|n| {
            let name = name_of[n["id"].as_str().expect("id")].to_owned();
            let deps = n["deps"]
                .as_array()
                .expect("deps")
                .iter()
                .filter(|d| {
                    // Normal and build dependencies: what ships, not what tests use.
                    d["dep_kinds"]
                        .as_array()
                        .is_some_and(|k| k.iter().any(|k| k["kind"].as_str() != Some("dev")))
                })
                .map(|d| name_of[d["pkg"].as_str().expect("pkg")].to_owned())
                .collect();
            (name, deps)
        })
        .collect()
}

/// Every package `krate` depends on, directly or not.
fn tree_of(graph: &std::collections::BTreeMap<String, Vec<String>>, krate: &str) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut todo = graph[krate].clone();
    while let Some(next) = todo.pop() {
        if !seen.contains(&next) {
            todo.extend(graph.get(&next).cloned().unwrap_or_default());
            seen.push(next);
        }
    }
    seen.sort();
    seen
}

/// The layering is a fact of the crate graph (review: substring greps missed `crate::ui` from
/// storage and `crate::storage` from the domain): the domain's whole tree holds no web crate
/// and no other Hamdel crate; i18n, content and records stand on the domain alone; storage names no
/// web crate itself and no UI crate anywhere; only the app uses leptos.
#[test]
fn the_crate_graph_is_the_architecture() {
    let graph = dependency_graph();
    let web = [
        "web-sys",
        "js-sys",
        "wasm-bindgen",
        "leptos",
        "gloo-storage",
        "gloo-utils",
    ];
    let hamdel = |n: &str| n.starts_with("hamdel");
    let mut bad = Vec::new();
    let domain = tree_of(&graph, "hamdel-domain");
    bad.extend(
        domain
            .iter()
            .filter(|d| web.contains(&d.as_str()) || hamdel(d) || *d == "getrandom" || *d == "age")
            .map(|d| format!("hamdel-domain depends on {d}")),
    );
    for krate in ["hamdel-i18n", "hamdel-content", "hamdel-records"] {
        bad.extend(
            tree_of(&graph, krate)
                .iter()
                .filter(|d| web.contains(&d.as_str()) || (hamdel(d) && *d != "hamdel-domain"))
                .map(|d| format!("{krate} depends on {d}")),
        );
    }
    bad.extend(
        graph["hamdel-storage"]
            .iter()
            .filter(|d| web.contains(&d.as_str()) || *d == "hamdel-i18n" || *d == "hamdel")
            .map(|d| format!("hamdel-storage depends directly on {d}")),
    );
    bad.extend(
        tree_of(&graph, "hamdel-storage")
            .iter()
            .filter(|d| d.starts_with("leptos") || d.starts_with("gloo"))
            .map(|d| format!("hamdel-storage's tree holds {d}")),
    );
    for (krate, deps) in &graph {
        if krate != "hamdel" && hamdel(krate) && deps.iter().any(|d| d == "leptos") {
            bad.push(format!("{krate} uses leptos"));
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
    assert!(
        graph["hamdel"].iter().any(|d| d == "leptos"),
        "the graph was read"
    );
}

/// What the crate graph cannot show: the domain reads no clock and no file.
#[test]
fn the_domain_does_no_io_and_reads_no_clock() {
    let bad = offenders(
        "crates/domain/src",
        &[
            "std::fs",
            "std::net",
            // Any spelling of the clock (`use std::time::{SystemTime}` slipped past
            // "std::time::SystemTime").
            "SystemTime",
            "Instant::now",
            "Local::now",
            "Utc::now",
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
    let bad: Vec<String> = SOURCES
        .iter()
        .flat_map(|d| offenders(d, &patterns, &["src/browser_store.rs"]))
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
    let browser = read(&root().join("src/browser_store.rs"));
    assert!(
        browser.contains("local_storage("),
        "the browser store is where localStorage lives"
    );
}

#[test]
fn nothing_a_person_typed_can_reach_inner_html() {
    let bad: Vec<String> = SOURCES
        .iter()
        .flat_map(|d| offenders(d, &["inner_html", "set_inner_html", "innerHTML"], &[]))
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn no_unwrap_in_app_code() {
    let bad: Vec<String> = SOURCES
        .iter()
        .flat_map(|d| offenders(d, &[".unwrap()"], &[]))
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn every_rust_file_opens_with_a_module_doc() {
    let mut bad = Vec::new();
    let dirs = SOURCES
        .iter()
        .copied()
        .chain(["tests", "xtask/src", "e2e/src", "e2e/tests"]);
    for dir in dirs {
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
    for p in SOURCES.iter().flat_map(|d| files(d, "rs")) {
        let r = rel(&p);
        if !arch.contains(&format!("`{r}`")) {
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

/// #13: no view glues fragments with punctuation. A text node in a view that is nothing but
/// punctuation (`": "`, `" · "`, `". "`) puts one language's punctuation and word order into
/// code; a message, the `dots` / `lbl` classes or a CSS counter does it instead. Allowed: the
/// dash that stands for "no value" and the box of a paper form.
#[test]
fn no_view_glues_fragments_with_punctuation() {
    const ALLOWED: &[&str] = &["—", "☐"];
    let mut bad = Vec::new();
    for p in files("src/ui", "rs") {
        for (n, line) in read(&p).lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            // A literal between two view nodes: `}"…"{`, `>"…"<`, `}"…"<`, `>"…"{`.
            let bytes: Vec<char> = line.chars().collect();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i] == '"'
                    && i > 0
                    && matches!(bytes[i - 1], '}' | '>')
                    && let Some(len) = bytes[i + 1..].iter().position(|c| *c == '"')
                {
                    {
                        let lit: String = bytes[i + 1..i + 1 + len].iter().collect();
                        let after = bytes.get(i + 2 + len).copied();
                        let punctuation_only =
                            !lit.trim().is_empty() && !lit.chars().any(char::is_alphanumeric);
                        if matches!(after, Some('{' | '<'))
                            && punctuation_only
                            && !ALLOWED.contains(&lit.trim())
                        {
                            bad.push(format!("{}:{}: {lit:?}", rel(&p), n + 1));
                        }
                        i += len + 2;
                        continue;
                    }
                }
                i += 1;
            }
        }
    }
    assert!(bad.is_empty(), "fragments glued with punctuation: {bad:#?}");
}
