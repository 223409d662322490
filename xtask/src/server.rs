//! A tiny static file server for `dist/` on 127.0.0.1: enough for `cargo xtask serve`, the
//! end-to-end tests and `cargo xtask lighthouse`, with no network beyond loopback. It sends
//! text and wasm gzipped when the browser accepts it, as any real host would.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread;
use std::time::{Duration, SystemTime};

/// A running server; it stops when the process exits or [`Server::stop`] is called.
#[derive(Debug, Clone)]
pub struct Server {
    /// The bound address.
    pub addr: SocketAddr,
    requests: Arc<AtomicUsize>,
    stopped: Arc<AtomicBool>,
    prefix: String,
}

impl Server {
    /// `http://127.0.0.1:port/` (or `…/<prefix>/` for [`start_under`]).
    pub fn url(&self) -> String {
        format!("http://{}{}", self.addr, self.prefix)
    }

    /// How many requests have been answered so far.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// Closes the listening socket: from now on a connection is refused, as with a server that
    /// is gone. Returns once the port refuses connections.
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::SeqCst);
        // Each connection wakes the accept loop, which sees the flag and drops the listener.
        for _ in 0..200 {
            if TcpStream::connect(self.addr).is_err() {
                return;
            }
            thread::sleep(Duration::from_millis(10));
        }
    }
}

/// Serves files under `root` at `addr` (use port 0 for any free port) on a background thread.
pub fn start(root: PathBuf, addr: &str) -> std::io::Result<Server> {
    start_under(root, addr, "/")
}

/// [`start`] with `root` served under the path `prefix` (`/hamdel/`): anything outside it is
/// not found, as on a host where the app lives in a sub-folder.
pub fn start_under(root: PathBuf, addr: &str, prefix: &str) -> std::io::Result<Server> {
    let prefix = format!("/{}/", prefix.trim_matches('/')).replace("//", "/");
    let listener = TcpListener::bind(addr)?;
    let addr = listener.local_addr()?;
    let requests = Arc::new(AtomicUsize::new(0));
    let stopped = Arc::new(AtomicBool::new(false));
    let counter = requests.clone();
    let stop = stopped.clone();
    let under = prefix.clone();
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if stop.load(Ordering::SeqCst) {
                break;
            }
            let root = root.clone();
            let counter = counter.clone();
            let under = under.clone();
            thread::spawn(move || {
                let _ = handle(stream, &root, &under, &counter);
            });
        }
    });
    Ok(Server {
        addr,
        requests,
        stopped,
        prefix,
    })
}

fn handle(
    stream: TcpStream,
    root: &Path,
    prefix: &str,
    counter: &AtomicUsize,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read the headers; only Accept-Encoding matters.
    let (mut gzip_ok, mut br_ok) = (false, false);
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        if let Some((name, value)) = line.split_once(':')
            && name.trim().eq_ignore_ascii_case("accept-encoding")
        {
            let accepts = |coding: &str| {
                value.split(',').any(|v| {
                    let mut parts = v.split(';');
                    parts.next().is_some_and(|c| c.trim() == coding)
                        && parts.all(|q| q.trim() != "q=0" && q.trim() != "q=0.0")
                })
            };
            gzip_ok = accepts("gzip");
            br_ok = accepts("br");
        }
        line.clear();
    }
    counter.fetch_add(1, Ordering::SeqCst);
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let full = target.split(['?', '#']).next().unwrap_or("/");
    // Served under `prefix`: `/hamdel/x` is the file `x`; `/x` outside it is not found.
    let path = match full.strip_prefix(prefix.trim_end_matches('/')) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => {
            if rest.is_empty() {
                "/"
            } else {
                rest
            }
        }
        _ => "\u{0}",
    };
    let head = method == "HEAD";
    let mut out = stream;
    if method != "GET" && !head {
        return respond(
            &mut out,
            "405 Method Not Allowed",
            "text/plain",
            "no-cache",
            b"",
            None,
            head,
        );
    }
    let Some(file) = resolve(root, path) else {
        return respond(
            &mut out,
            "404 Not Found",
            "text/plain; charset=utf-8",
            "no-cache",
            b"not found",
            None,
            head,
        );
    };
    let ctype = content_type(&file);
    let cache = cache_control(&file);
    // The build's precompressed copy (#20), Brotli first, as a static host serves them; gzip
    // made here for a file without one.
    // A copy older than its file (the file changed after the build) is not used.
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let copy = |ext: &str| {
        let path = PathBuf::from(format!("{}.{ext}", file.display()));
        (modified(&path)? >= modified(&file)?)
            .then(|| std::fs::read(&path).ok())
            .flatten()
    };
    if br_ok
        && compressible(ctype)
        && let Some(body) = copy("br")
    {
        return respond(&mut out, "200 OK", ctype, cache, &body, Some("br"), head);
    }
    if gzip_ok && compressible(ctype) {
        if let Some(body) = copy("gz") {
            return respond(&mut out, "200 OK", ctype, cache, &body, Some("gzip"), head);
        }
        if let Some(body) = gzipped(&file) {
            return respond(&mut out, "200 OK", ctype, cache, &body, Some("gzip"), head);
        }
    }
    match std::fs::read(&file) {
        Ok(body) => respond(&mut out, "200 OK", ctype, cache, &body, None, head),
        Err(_) => respond(
            &mut out,
            "404 Not Found",
            "text/plain; charset=utf-8",
            "no-cache",
            b"not found",
            None,
            head,
        ),
    }
}

/// Maps a URL path to a file under `root`, refusing anything that would leave it.
fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let rel = url_path.trim_start_matches('/');
    let rel = if rel.is_empty() { "index.html" } else { rel };
    let rel = Path::new(rel);
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let full = root.join(rel);
    full.is_file().then_some(full)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Text and wasm shrink a lot with gzip (the wasm to about a third); images are compressed
/// already.
fn compressible(ctype: &str) -> bool {
    ctype.starts_with("text/")
        || matches!(
            ctype,
            "application/wasm" | "application/json" | "application/manifest+json" | "image/svg+xml"
        )
}

/// A file's gzip, made once per process for each version of the file (same length and time).
fn gzipped(file: &Path) -> Option<Arc<Vec<u8>>> {
    type Cache = Mutex<HashMap<PathBuf, (u64, Option<SystemTime>, Arc<Vec<u8>>)>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let meta = std::fs::metadata(file).ok()?;
    let (len, modified) = (meta.len(), meta.modified().ok());
    let cache = CACHE.get_or_init(Cache::default);
    if let Some((l, m, body)) = cache.lock().ok()?.get(file)
        && *l == len
        && *m == modified
    {
        return Some(body.clone());
    }
    let bytes = std::fs::read(file).ok()?;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&bytes).ok()?;
    let body = Arc::new(gz.finish().ok()?);
    cache
        .lock()
        .ok()?
        .insert(file.to_path_buf(), (len, modified, body.clone()));
    Some(body)
}

/// A year for a file named by its content (it never changes under that name); every other file
/// (the page, `sw.js`, the manifest, fonts) is checked again on each use.
fn cache_control(file: &Path) -> &'static str {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if crate::precompress::hashed(name) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

fn respond(
    out: &mut TcpStream,
    status: &str,
    ctype: &str,
    cache: &str,
    body: &[u8],
    encoding: Option<&str>,
    head: bool,
) -> std::io::Result<()> {
    let encoding = encoding
        .map(|e| format!("Content-Encoding: {e}\r\n"))
        .unwrap_or_default();
    write!(
        out,
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{encoding}Content-Length: {}\r\nVary: Accept-Encoding\r\nCache-Control: {cache}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if !head {
        out.write_all(body)?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn serves_files_and_refuses_escapes() {
        let dir = std::env::temp_dir().join(format!("hamdel-server-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("index.html"), "<p>hi</p>").expect("write");
        for file in ["manifest.webmanifest", "sw.js", "icon-192.png", "mark.svg"] {
            std::fs::write(dir.join(file), "x").expect("write");
        }
        let server = start(dir.clone(), "127.0.0.1:0").expect("bind");
        let get = |path: &str| {
            let mut s = TcpStream::connect(server.addr).expect("connect");
            write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").expect("send");
            let mut resp = String::new();
            s.read_to_string(&mut resp).expect("read");
            resp
        };
        let ok = get("/");
        assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
        assert!(ok.contains("text/html") && ok.ends_with("<p>hi</p>"));
        assert!(get("/../etc/passwd").starts_with("HTTP/1.1 404"));
        assert!(get("/missing.js").starts_with("HTTP/1.1 404"));
        for (file, ctype) in [
            ("manifest.webmanifest", "application/manifest+json"),
            ("sw.js", "text/javascript; charset=utf-8"),
            ("icon-192.png", "image/png"),
            ("mark.svg", "image/svg+xml"),
        ] {
            let resp = get(&format!("/{file}"));
            assert!(
                resp.starts_with("HTTP/1.1 200")
                    && resp.contains(&format!("Content-Type: {ctype}\r\n")),
                "{file}: {resp}"
            );
        }
        // gzip when accepted, for text and wasm only; the body unzips to the file.
        let js = "let a = 1;\n".repeat(200);
        std::fs::write(dir.join("app.js"), &js).expect("write");
        let raw = |path: &str, accept: &str| {
            let mut s = TcpStream::connect(server.addr).expect("connect");
            write!(
                s,
                "GET {path} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: {accept}\r\n\r\n"
            )
            .expect("send");
            let mut resp = Vec::new();
            s.read_to_end(&mut resp).expect("read");
            let split = resp
                .windows(4)
                .position(|w| w == b"\r\n\r\n")
                .expect("headers")
                + 4;
            let body = resp.split_off(split);
            (String::from_utf8_lossy(&resp).into_owned(), body)
        };
        let (headers, body) = raw("/app.js", "gzip, deflate, br, zstd");
        assert!(headers.contains("Content-Encoding: gzip\r\n"), "{headers}");
        assert!(body.len() < js.len() / 4, "{} bytes", body.len());
        let mut unzipped = String::new();
        flate2::read::GzDecoder::new(&body[..])
            .read_to_string(&mut unzipped)
            .expect("gunzip");
        assert_eq!(unzipped, js);
        let (headers, _) = raw("/app.js", "gzip;q=0, br");
        assert!(!headers.contains("Content-Encoding"), "{headers}");
        let (headers, body) = raw("/icon-192.png", "gzip");
        assert!(
            !headers.contains("Content-Encoding") && body == b"x",
            "{headers}"
        );
        // #20: the build's Brotli copy where there is one and it is accepted; a year's cache
        // for a file named by its content, none for the page.
        let hashed = "app-0123456789abcdef.js";
        std::fs::write(dir.join(hashed), &js).expect("write");
        std::fs::write(
            dir.join(format!("{hashed}.br")),
            crate::precompress::brotli(js.as_bytes()),
        )
        .expect("write");
        let (headers, body) = raw(&format!("/{hashed}"), "gzip, deflate, br, zstd");
        assert!(headers.contains("Content-Encoding: br\r\n"), "{headers}");
        assert!(headers.contains("Cache-Control: public, max-age=31536000, immutable\r\n"));
        let mut unpacked = Vec::new();
        brotli::BrotliDecompress(&mut &body[..], &mut unpacked).expect("brotli");
        assert_eq!(unpacked, js.as_bytes());
        let (headers, _) = raw(&format!("/{hashed}"), "gzip");
        assert!(headers.contains("Content-Encoding: gzip\r\n"), "{headers}");
        // A copy older than its file is not served.
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(dir.join(hashed), "let b = 2;\n").expect("write");
        let (headers, body) = raw(&format!("/{hashed}"), "br");
        assert!(
            !headers.contains("Content-Encoding") && body == b"let b = 2;\n",
            "{headers}"
        );
        let (headers, _) = raw("/", "br");
        assert!(
            headers.contains("Cache-Control: no-cache\r\n")
                && !headers.contains("Content-Encoding"),
            "{headers}"
        );
        assert_eq!(server.requests(), 14);
        server.stop();
        assert!(
            TcpStream::connect(server.addr).is_err(),
            "a stopped server refuses connections"
        );
        assert_eq!(server.requests(), 14, "the stop itself is not a request");
        let _ = std::fs::remove_dir_all(dir);
    }
}
