//! The service worker written into a build (`dist/sw.js`): every file of the build is the app
//! shell, and the cache's name carries a hash of the files' names and contents, so each build
//! gets its own cache. Used by `cargo xtask build` and by the e2e test of an update from one
//! build to the next (`e2e/tests/sw_update.rs`).

use std::path::Path;

/// The service worker's source; [`write`] fills in the build's files and hash.
const SERVICE_WORKER: &str = include_str!("sw.js");

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a continued from `hash` (to hash several pieces as one).
fn fnv1a_from(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Writes `dist/sw.js`: the app shell is every file in `dist/` (the page also as `./`). Returns
/// the cache's name (`hamdel-shell-<hash>`).
pub fn write(dist: &Path) -> Result<String, String> {
    let mut files = Vec::new();
    list_files(dist, dist, &mut files)?;
    // Not itself, not Trunk's `.trunk-lock` (or any other hidden file), and not the
    // precompressed copies (#20: the browser asks for the file and the host picks the copy).
    files.retain(|f| {
        f != "sw.js"
            && !f.ends_with(".br")
            && !f.ends_with(".gz")
            && !f.split('/').any(|part| part.starts_with('.'))
    });
    files.sort();
    let mut hash = FNV_OFFSET;
    let mut urls = vec!["\"./\"".to_owned()];
    for file in &files {
        if !file
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-/".contains(c))
        {
            return Err(format!("unexpected file name in dist/: {file:?}"));
        }
        let bytes = std::fs::read(dist.join(file)).map_err(|e| format!("{file}: {e}"))?;
        hash = fnv1a_from(fnv1a_from(hash, file.as_bytes()), &[0]);
        hash = fnv1a_from(fnv1a_from(hash, &bytes), &[0]);
        urls.push(format!("\"{file}\""));
    }
    if !files.iter().any(|f| f == "index.html") || !files.iter().any(|f| f.ends_with(".wasm")) {
        return Err("dist/ has no index.html or no .wasm: nothing to cache".into());
    }
    let name = format!("hamdel-shell-{hash:016x}");
    let script = SERVICE_WORKER
        .replace("__BUILD_HASH__", &format!("{hash:016x}"))
        .replace(
            "__SHELL_FILES__",
            &format!("[\n  {},\n]", urls.join(",\n  ")),
        );
    std::fs::write(dist.join("sw.js"), script).map_err(|e| e.to_string())?;
    eprintln!("xtask: dist/sw.js caches {} files as {name}", urls.len());
    Ok(name)
}

/// Every file under `dir`, as `/`-separated paths relative to `root`.
fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            list_files(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            let parts: Vec<_> = rel.iter().map(|p| p.to_string_lossy()).collect();
            out.push(parts.join("/"));
        }
    }
    Ok(())
}
