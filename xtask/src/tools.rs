//! Installs what the build and the tests need, only when it is missing, from the registries
//! this project may use (crates.io, npm, Debian apt). Everything else is refused by design.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Trunk, the wasm bundler (0.22 declares rustc 1.96 but builds on 1.95).
pub const TRUNK_VERSION: &str = "0.22.1";
/// npm `binaryen` for wasm-opt (Debian's 108 produces a broken wasm).
pub const BINARYEN_VERSION: &str = "132.0.0";
/// npm `axe-core`, the accessibility engine the end-to-end tests inject.
pub const AXE_VERSION: &str = "4.14.1";
/// The wasm target.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Debian's Chromium.
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// Debian's ChromeDriver.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// The project's ignored tool folder (npm packages).
pub fn tools_dir() -> PathBuf {
    crate::root().join(".tools")
}

/// `PATH` with the project's tools and cargo's bin folder first.
pub fn path_env() -> String {
    let mut parts = vec![tools_dir().join("node_modules/.bin"), cargo_bin()];
    if let Some(p) = std::env::var_os("PATH") {
        parts.extend(std::env::split_paths(&p));
    }
    std::env::join_paths(parts)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from("/root/.cargo"))
        .join("bin")
}

/// A command with the project's `PATH`, run from the workspace root.
pub fn cmd(program: &str) -> Command {
    let mut c = Command::new(program);
    c.env("PATH", path_env()).current_dir(crate::root());
    c
}

/// Runs a command, echoing it; an error if it fails.
pub fn run(c: &mut Command) -> Result<(), String> {
    eprintln!("xtask: $ {}", describe(c));
    let status = c
        .status()
        .map_err(|e| format!("could not start {}: {e}", describe(c)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("failed ({status}): {}", describe(c)))
    }
}

fn describe(c: &Command) -> String {
    std::iter::once(c.get_program().to_string_lossy().into_owned())
        .chain(c.get_args().map(|a| a.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first line a tool prints for `--version`, if it runs.
fn version_of(program: &str) -> Option<String> {
    let out = cmd(program)
        .arg("--version")
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .to_owned()
    })
}

/// The exact `wasm-bindgen` version in Cargo.lock (the CLI must match it).
pub fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(crate::root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_owned());
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

/// The wasm32 target for the pinned toolchain.
pub fn ensure_wasm_target() -> Result<(), String> {
    let out = cmd("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| e.to_string())?;
    if String::from_utf8_lossy(&out.stdout)
        .lines()
        .any(|l| l.trim() == WASM_TARGET)
    {
        return Ok(());
    }
    run(cmd("rustup").args(["target", "add", WASM_TARGET]))
}

fn ensure_cargo_tool(bin: &str, version: &str, install: &[&str]) -> Result<(), String> {
    if version_of(bin).is_some_and(|v| v.split_whitespace().any(|w| w == version)) {
        return Ok(());
    }
    eprintln!("xtask: installing {bin} {version} (once; this takes a few minutes)");
    run(cmd("cargo").arg("install").args(install))
}

/// Trunk.
pub fn ensure_trunk() -> Result<(), String> {
    ensure_cargo_tool(
        "trunk",
        TRUNK_VERSION,
        &[
            "trunk",
            "--version",
            TRUNK_VERSION,
            "--locked",
            "--ignore-rust-version",
        ],
    )
}

/// wasm-bindgen-cli (wasm-bindgen and wasm-bindgen-test-runner) at the locked version.
pub fn ensure_wasm_bindgen() -> Result<(), String> {
    let v = wasm_bindgen_version()?;
    // `--locked` fails for this crate (a locked dependency is missing from the index).
    ensure_cargo_tool("wasm-bindgen", &v, &["wasm-bindgen-cli", "--version", &v])
}

/// wasm-opt from npm `binaryen`, in `.tools/`.
pub fn ensure_wasm_opt() -> Result<(), String> {
    let bin = tools_dir().join("node_modules/.bin/wasm-opt");
    let major = BINARYEN_VERSION.split('.').next().unwrap_or("");
    let ok = Command::new(&bin)
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains(&format!("version {major}")));
    if ok {
        return Ok(());
    }
    npm_install(&format!("binaryen@{BINARYEN_VERSION}"))
}

/// The axe-core script the accessibility journey injects.
pub fn axe_script() -> PathBuf {
    tools_dir().join("node_modules/axe-core/axe.min.js")
}

/// npm `axe-core`, in `.tools/`.
pub fn ensure_axe() -> Result<(), String> {
    let manifest = tools_dir().join("node_modules/axe-core/package.json");
    let installed = std::fs::read_to_string(&manifest)
        .is_ok_and(|m| m.contains(&format!("\"version\": \"{AXE_VERSION}\"")));
    if installed && axe_script().is_file() {
        return Ok(());
    }
    npm_install(&format!("axe-core@{AXE_VERSION}"))
}

/// npm `lighthouse` (12.x: 13 needs Node 22, Node here is 20), for `cargo xtask lighthouse`.
pub const LIGHTHOUSE_VERSION: &str = "12.2.3";

/// The Lighthouse command in `.tools/`.
pub fn lighthouse_bin() -> PathBuf {
    tools_dir().join("node_modules/.bin/lighthouse")
}

/// npm `lighthouse`, in `.tools/`.
pub fn ensure_lighthouse() -> Result<(), String> {
    let manifest = tools_dir().join("node_modules/lighthouse/package.json");
    let installed = std::fs::read_to_string(&manifest)
        .is_ok_and(|m| m.contains(&format!("\"version\": \"{LIGHTHOUSE_VERSION}\"")));
    if installed && lighthouse_bin().is_file() {
        return Ok(());
    }
    npm_install(&format!("lighthouse@{LIGHTHOUSE_VERSION}"))
}

/// Installs one exact npm package into `.tools/` (kept beside the others there).
fn npm_install(package: &str) -> Result<(), String> {
    std::fs::create_dir_all(tools_dir()).map_err(|e| e.to_string())?;
    run(cmd("npm").args([
        "install",
        "--prefix",
        &tools_dir().to_string_lossy(),
        "--no-audit",
        "--no-fund",
        "--save-exact",
        package,
    ]))
}

/// Debian's age command (an independent age implementation, in Go), for interoperability tests.
pub const AGE: &str = "/usr/bin/age";

/// PyPI packages of the interoperability tests: pyrage (rage's Rust age, another independent
/// implementation), jsonschema (validates backups against `docs/backup.schema.json`) and
/// icalendar (reads the group's `.ics` file, an independent RFC 5545 parser).
const PY_PACKAGES: [&str; 3] = ["pyrage==1.4.0", "jsonschema==4.26.0", "icalendar==7.3.0"];

/// The Python of `.tools/py`, the virtual environment holding [`PY_PACKAGES`].
pub fn python() -> PathBuf {
    tools_dir().join("py/bin/python")
}

/// `.tools/py` with the interoperability packages.
pub fn ensure_python_tools() -> Result<(), String> {
    let ok = Command::new(python())
        .args(["-c", "import pyrage, jsonschema, icalendar"])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return Ok(());
    }
    let venv = tools_dir().join("py");
    run(cmd("python3").args(["-m", "venv", &venv.to_string_lossy()]))?;
    run(Command::new(python())
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .args(PY_PACKAGES))
}

/// Debian's Chromium and ChromeDriver, and the age command.
pub fn ensure_chromium() -> Result<(), String> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() && Path::new(AGE).exists() {
        return Ok(());
    }
    eprintln!("xtask: installing chromium, chromium-driver and age with apt");
    let sudo = !is_root();
    let apt = |args: &[&str]| {
        let mut c = if sudo { cmd("sudo") } else { cmd("apt-get") };
        if sudo {
            c.arg("apt-get");
        }
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut c)
    };
    apt(&["update"])?;
    apt(&[
        "install",
        "-y",
        "--no-install-recommends",
        "chromium",
        "chromium-driver",
        "age",
    ])
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Everything needed to build the app.
pub fn ensure_build_tools() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_wasm_bindgen()?;
    ensure_wasm_opt()?;
    ensure_trunk()
}
