//! Shared pieces of the project's automation: tool installation and the static file server
//! (also used by the end-to-end tests in `e2e/`).

pub mod precompress;
pub mod server;
pub mod service_worker;
pub mod tools;

use std::path::PathBuf;

/// The workspace root (the folder holding `Trunk.toml`).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// Where the release build of the app is written.
pub fn dist() -> PathBuf {
    root().join("dist")
}
