//! Precompressed copies of a build (#20): beside each compressible file of `dist/`, its Brotli
//! (`<file>.br`, quality 11) and gzip (`<file>.gz`, best) forms, made once by `cargo xtask build`
//! so a static host serves them as they are (README, "Put it online") and the xtask server
//! serves what such a host would. Also which files are named by their content (hashed), the
//! ones a host may let browsers keep for a year.

use std::io::Write;
use std::path::Path;

/// Whether a file of this name is worth compressing (text and wasm; images and fonts are
/// compressed already).
pub fn compressible(name: &str) -> bool {
    let ext = name.rsplit('.').next().unwrap_or("");
    matches!(
        ext,
        "wasm" | "js" | "css" | "html" | "json" | "webmanifest" | "svg" | "txt"
    )
}

/// Whether a file is named by its content, as Trunk and the loader name them
/// (`hamdel-<16 hex>_bg.wasm`, `base-<16 hex>.css`, `loader-<16 hex>.js`): such a file never
/// changes under its name.
pub fn hashed(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, h)| {
        h.len() == 16
            && h.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    })
}

/// `bytes` in Brotli at its best quality.
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 24,
        ..Default::default()
    };
    let mut input = bytes;
    // Writing to a Vec cannot fail.
    let _ = brotli::BrotliCompress(&mut input, &mut out, &params);
    out
}

/// `bytes` in gzip at its best level.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = gz.write_all(bytes);
    gz.finish().unwrap_or_default()
}

/// Writes `<file>.br` and `<file>.gz` beside every compressible file directly in `dist`.
/// Returns (files, raw bytes, Brotli bytes, gzip bytes).
pub fn write_all(dist: &Path) -> Result<(usize, usize, usize, usize), String> {
    let mut totals = (0, 0, 0, 0);
    let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !path.is_file() || !compressible(&name) {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{name}: {e}"))?;
        let br = brotli(&bytes);
        let gz = gzip(&bytes);
        std::fs::write(dist.join(format!("{name}.br")), &br).map_err(|e| e.to_string())?;
        std::fs::write(dist.join(format!("{name}.gz")), &gz).map_err(|e| e.to_string())?;
        totals.0 += 1;
        totals.1 += bytes.len();
        totals.2 += br.len();
        totals.3 += gz.len();
    }
    Ok(totals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn hashed_names_and_compressible_kinds_are_told_apart() {
        for name in [
            "hamdel-18a845ff5f9a3027_bg.wasm",
            "hamdel-3e465bf156d5b273.js",
            "base-223e3e85339772d6.css",
            "loader-bc087e635f3a88f0.js",
        ] {
            assert!(hashed(name), "{name}");
        }
        for name in [
            "index.html",
            "sw.js",
            "first-paint.js",
            "Vazirmatn-Regular.woff2",
            "icon-192.png",
            "x-18A845FF5F9A3027.js",
        ] {
            assert!(!hashed(name), "{name}");
        }
        assert!(compressible("a.wasm") && compressible("index.html") && !compressible("a.woff2"));
    }

    #[test]
    fn the_copies_unpack_to_the_file() {
        let dir = std::env::temp_dir().join(format!("hamdel-precompress-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let text = "همدل · Hamdel\n".repeat(500);
        std::fs::write(dir.join("index.html"), &text).expect("write");
        std::fs::write(dir.join("icon.png"), [0u8; 64]).expect("write");
        let (files, raw, br, gz) = write_all(&dir).expect("written");
        assert_eq!((files, raw), (1, text.len()));
        assert!(br < gz && gz < raw / 10, "{br} {gz} {raw}");
        let mut back = Vec::new();
        brotli::BrotliDecompress(
            &mut std::fs::read(dir.join("index.html.br"))
                .expect("br")
                .as_slice(),
            &mut back,
        )
        .expect("brotli");
        assert_eq!(back, text.as_bytes());
        let mut back = String::new();
        flate2::read::GzDecoder::new(
            std::fs::read(dir.join("index.html.gz"))
                .expect("gz")
                .as_slice(),
        )
        .read_to_string(&mut back)
        .expect("gzip");
        assert_eq!(back, text);
        assert!(!dir.join("icon.png.br").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
