//! A tiny static file server for `dist/` on 127.0.0.1: enough for `cargo xtask serve` and the
//! end-to-end tests, with no dependency and no network beyond loopback.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

/// A running server; it stops when the process exits or [`Server::stop`] is called.
#[derive(Debug, Clone)]
pub struct Server {
    /// The bound address.
    pub addr: SocketAddr,
    requests: Arc<AtomicUsize>,
    stopped: Arc<AtomicBool>,
}

impl Server {
    /// `http://127.0.0.1:port/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
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
    let listener = TcpListener::bind(addr)?;
    let addr = listener.local_addr()?;
    let requests = Arc::new(AtomicUsize::new(0));
    let stopped = Arc::new(AtomicBool::new(false));
    let counter = requests.clone();
    let stop = stopped.clone();
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if stop.load(Ordering::SeqCst) {
                break;
            }
            let root = root.clone();
            let counter = counter.clone();
            thread::spawn(move || {
                let _ = handle(stream, &root, &counter);
            });
        }
    });
    Ok(Server {
        addr,
        requests,
        stopped,
    })
}

fn handle(stream: TcpStream, root: &Path, counter: &AtomicUsize) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    counter.fetch_add(1, Ordering::SeqCst);
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let mut out = stream;
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut out,
            "405 Method Not Allowed",
            "text/plain",
            b"",
            method == "HEAD",
        );
    }
    match resolve(root, path).and_then(|p| std::fs::read(&p).ok().map(|b| (p, b))) {
        Some((file, body)) => respond(
            &mut out,
            "200 OK",
            content_type(&file),
            &body,
            method == "HEAD",
        ),
        None => respond(
            &mut out,
            "404 Not Found",
            "text/plain; charset=utf-8",
            b"not found",
            method == "HEAD",
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
        _ => "application/octet-stream",
    }
}

fn respond(
    out: &mut TcpStream,
    status: &str,
    ctype: &str,
    body: &[u8],
    head: bool,
) -> std::io::Result<()> {
    write!(
        out,
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
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
                resp.starts_with("HTTP/1.1 200") && resp.contains(&format!("Content-Type: {ctype}\r\n")),
                "{file}: {resp}"
            );
        }
        assert_eq!(server.requests(), 7);
        server.stop();
        assert!(
            TcpStream::connect(server.addr).is_err(),
            "a stopped server refuses connections"
        );
        assert_eq!(server.requests(), 7, "the stop itself is not a request");
        let _ = std::fs::remove_dir_all(dir);
    }
}
