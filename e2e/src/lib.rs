//! The end-to-end harness: serves `dist/` on loopback, starts ChromeDriver, and opens a fresh
//! headless Chromium profile per test. Run through `cargo xtask test`, which builds `dist/` and
//! sets `HAMDEL_DIST`, `CHROMEDRIVER` and `CHROMIUM`.

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// How long to wait for something to appear.
pub const WAIT: Duration = Duration::from_secs(15);

/// A browser session against the served app; ChromeDriver is stopped on drop.
pub struct Harness {
    /// The WebDriver client.
    pub client: Client,
    /// The static server (its request counter shows every request the page made).
    pub server: xtask::server::Server,
    driver: Child,
    profile: PathBuf,
}

fn env_path(name: &str, default: &str) -> PathBuf {
    std::env::var_os(name)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(default))
}

/// Runs one of `scripts/` (Python, from `.tools/py`) on `file` and returns the JSON it prints:
/// the test tools' independent readers of the files the app saves.
pub fn read_with_script(script: &str, file: &std::path::Path) -> Value {
    let out = Command::new(xtask::tools::python())
        .arg(xtask::root().join("scripts").join(script))
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("run {script}: {e}"));
    assert!(
        out.status.success(),
        "{script}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{script} printed JSON: {e}"))
}

/// A CSV file the app saved, read by Python's csv module (`scripts/csv_read.py`): its rows,
/// after checking it starts with the UTF-8 byte-order mark.
pub fn csv_rows(file: &std::path::Path) -> Vec<Vec<String>> {
    let v = read_with_script("csv_read.py", file);
    assert_eq!(v["bom"], true, "{}: UTF-8 with its mark", file.display());
    v["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(strings_of)
        .collect()
}

/// The strings of a JSON array (anything else: none).
pub fn strings_of(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

impl Harness {
    /// Serves the built app, starts ChromeDriver and a headless Chromium, and opens the app.
    pub async fn start() -> Harness {
        Self::start_under("/").await
    }

    /// [`Harness::start`] with the app served under the path `prefix` (`/hamdel/`).
    pub async fn start_under(prefix: &str) -> Harness {
        let dist = std::env::var_os("HAMDEL_DIST")
            .map(PathBuf::from)
            .unwrap_or_else(xtask::dist);
        assert!(
            dist.join("index.html").is_file(),
            "no built app at {}: run `cargo xtask test`, which builds it first",
            dist.display()
        );
        let server = xtask::server::start_under(dist, "127.0.0.1:0", prefix)
            .expect("serve dist/ on loopback");
        // A port found free may be taken before ChromeDriver binds it (another test, another
        // process): start it, wait until it answers, and on failure try another port.
        let (port, driver) = start_chromedriver().await;
        let profile =
            std::env::temp_dir().join(format!("hamdel-e2e-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&profile);
        let caps = json!({
            "browserName": "chrome",
            "goog:loggingPrefs": { "browser": "ALL" },
            "goog:chromeOptions": {
                "binary": env_path("CHROMIUM", xtask::tools::CHROMIUM),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1100,900",
                    format!("--user-data-dir={}", profile.display()),
                ],
            },
        });
        let caps = match caps {
            Value::Object(m) => m,
            _ => unreachable!("a JSON object literal"),
        };
        let url = format!("http://127.0.0.1:{port}");
        let mut client = None;
        for _ in 0..200 {
            let mut builder =
                ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
            builder.capabilities(caps.clone());
            match builder.connect(&url).await {
                Ok(c) => {
                    client = Some(c);
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
        let client = client.expect("a WebDriver session with headless Chromium");
        let h = Harness {
            client,
            server,
            driver,
            profile,
        };
        h.open().await;
        h
    }

    /// The app's own header: mounted (the first-paint shell in index.html has one too, #20).
    pub const MOUNTED: &'static str = "header.app-header:not(#boot *)";

    /// Loads the app and waits until it has mounted.
    pub async fn open(&self) {
        self.client
            .goto(&self.server.url())
            .await
            .expect("navigate to the app");
        self.wait_for(Self::MOUNTED).await;
    }

    /// Reloads the page and waits until the app has mounted again.
    pub async fn reload(&self) {
        self.client.refresh().await.expect("reload");
        self.wait_for(Self::MOUNTED).await;
    }

    /// Waits for an element matching `css`.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("waiting for {css}: {e}"))
    }

    /// Clicks the element matching `css`, first scrolling it to the middle of the window (as a
    /// person would; the notice area sits at the bottom).
    pub async fn click(&self, css: &str) {
        let el = self.wait_for(css).await;
        let arg = serde_json::to_value(&el).expect("element as JSON");
        self.client
            .execute("arguments[0].scrollIntoView({block: 'center'})", vec![arg])
            .await
            .unwrap_or_else(|e| panic!("scroll to {css}: {e}"));
        el.click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Runs an item of a journal entry's menu ("edit", "delete"): `li` is the entry's list
    /// item (a CSS selector), the menu opens from its "⋯" button.
    pub async fn entry_action(&self, li: &str, action: &str) {
        self.click(&format!("{li} .more")).await;
        self.click(&format!("{li} dialog[open] .{action}")).await;
    }

    /// Types into the element matching `css`.
    pub async fn type_into(&self, css: &str, text: &str) {
        let el = self.wait_for(css).await;
        // As a person does: select what is there and type over it.
        let arg = serde_json::to_value(&el).expect("element as JSON");
        self.client
            .execute("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus(); arguments[0].select();", vec![arg])
            .await
            .unwrap_or_else(|e| panic!("select {css}: {e}"));
        el.send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    /// Puts `text` into the field `css` at once, with the events typing sends (typing 10,000
    /// characters key by key takes minutes).
    pub async fn fill(&self, css: &str, text: &str) {
        self.wait_for(css).await;
        self.client
            .execute(
                "const e = document.querySelector(arguments[0]); e.focus(); e.value = arguments[1]; \
                 e.dispatchEvent(new Event('input', { bubbles: true })); \
                 e.dispatchEvent(new Event('change', { bubbles: true })); return true",
                vec![Value::from(css), Value::from(text)],
            )
            .await
            .unwrap_or_else(|e| panic!("fill {css}: {e}"));
    }

    /// The location hash: the current screen's route.
    pub async fn hash(&self) -> String {
        self.js("return location.hash")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Switches the app to `lang` ("fa" or "en") with the language button, if it is not in it.
    /// A click that lands while the screen is being replaced can be lost, so the button is
    /// pressed again (up to three times) while the page still shows the other language.
    pub async fn use_language(&self, lang: &str) {
        let done = format!("return document.documentElement.lang === '{lang}'");
        for _ in 0..3 {
            if self.js(&done).await == true {
                return;
            }
            self.click("#lang-switch").await;
            for _ in 0..30 {
                if self.js(&done).await == true {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        let state = self
            .js("const b = document.querySelector('#lang-switch'); const r = b.getBoundingClientRect(); const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2); \
                 return [document.documentElement.lang, location.hash, JSON.stringify(r), e ? e.outerHTML.slice(0, 160) : 'nothing', window.scrollY, document.documentElement.scrollWidth, innerWidth]")
            .await;
        let js_click = self
            .js("document.querySelector('#lang-switch').click(); return new Promise(r => setTimeout(() => r([document.documentElement.lang, Object.keys(localStorage).map(k => k + '=' + localStorage.getItem(k).length).join(' '), (document.querySelector('.banners') || {}).innerText || '', (document.querySelector('.notices') || {}).innerText || '']), 500))")
            .await;
        panic!(
            "the language never became {lang}: {state}; a script's click: {js_click}; errors: {:?}",
            self.console_errors().await
        );
    }

    /// The strings of an array a script returns (`args` are its `arguments`).
    pub async fn strings(&self, script: &str, args: Vec<Value>) -> Vec<String> {
        strings_of(
            &self
                .client
                .execute(script, args)
                .await
                .expect("the script ran"),
        )
    }

    /// Shows the screen at `hash`, scrolled to the top, once its heading is there.
    pub async fn go(&self, hash: &str) {
        self.js(&format!(
            "location.hash = '{hash}'; window.scrollTo(0, 0); return true"
        ))
        .await;
        self.wait_for("main h1").await;
    }

    /// Runs a script in the page and returns its value.
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script {script}: {e}"))
    }

    /// The page's visible text.
    pub async fn body_text(&self) -> String {
        self.js("return document.body.innerText")
            .await
            .as_str()
            .unwrap_or("")
            .to_owned()
    }

    /// Waits until the visible text contains `needle`.
    pub async fn wait_for_text(&self, needle: &str) {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            if self.body_text().await.contains(needle) {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "text {needle:?} never appeared"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until `script` returns `true`.
    pub async fn wait_until(&self, what: &str, script: &str) {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            if self.js(script).await == Value::Bool(true) {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "{what}: never became true"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Emulates a CSS media type ("print", or "" for the screen again).
    pub async fn emulate_media(&self, media: &str) {
        let cmd = Cdp(json!({ "cmd": "Emulation.setEmulatedMedia", "params": { "media": media } }));
        self.client.issue_cmd(cmd).await.expect("emulate media");
    }

    /// Emulates a screen of `width`×`height` CSS pixels (a phone when `mobile`: touch, no
    /// scrollbars taking width); `None` goes back to the window's own size.
    pub async fn emulate_screen(&self, size: Option<(u32, u32)>, mobile: bool) {
        let cmd = match size {
            Some((w, h)) => Cdp(
                json!({ "cmd": "Emulation.setDeviceMetricsOverride", "params": {
                "width": w, "height": h, "deviceScaleFactor": 1, "mobile": mobile } }),
            ),
            None => Cdp(json!({ "cmd": "Emulation.clearDeviceMetricsOverride", "params": {} })),
        };
        // From one phone size to another the page could keep the old page scale, and taps then
        // land where the old layout had things (seen in the layout test): start from none.
        let clear = Cdp(json!({ "cmd": "Emulation.clearDeviceMetricsOverride", "params": {} }));
        self.client
            .issue_cmd(clear)
            .await
            .expect("clear the screen");
        self.client.issue_cmd(cmd).await.expect("emulate a screen");
        if size.is_some() {
            let scale = Cdp(
                json!({ "cmd": "Emulation.setPageScaleFactor", "params": { "pageScaleFactor": 1 } }),
            );
            self.client.issue_cmd(scale).await.expect("page scale 1");
        }
    }

    /// A new survey of the counsellor's own with a statement and a question (#18), for the
    /// layout and axe checks; its editor's address.
    pub async fn own_survey(&self) -> String {
        self.go("#/library").await;
        self.click("#new-survey").await;
        self.wait_for("#survey-title-en").await;
        let at = self.hash().await;
        self.click("#add-survey-item").await;
        self.wait_for("#item-0-kind").await;
        self.click("#add-survey-item").await;
        self.wait_for("#item-1-kind").await;
        self.choose("#item-1-kind", "knowledge").await;
        self.wait_for("#item-1-correct").await;
        at
    }

    /// On a group's kit page: the join address of the kit link, from `#/join/` on (what a
    /// member opens).
    pub async fn kit_join_hash(&self) -> String {
        self.wait_for("#kit-link").await;
        let link = self
            .js("return document.querySelector('#kit-link').value")
            .await;
        let link = link.as_str().unwrap_or_default();
        let at = link.find("#/join/").expect("a join address");
        link[at..].to_owned()
    }

    /// Emulates the device's time zone (an IANA name) for this page.
    pub async fn emulate_time_zone(&self, zone: &str) {
        let cmd = Cdp(
            json!({ "cmd": "Emulation.setTimezoneOverride", "params": { "timezoneId": zone } }),
        );
        self.client.issue_cmd(cmd).await.expect("emulate time zone");
    }

    /// Lets the page download files into `dir` (created if missing); returns `dir`.
    pub async fn allow_downloads(&self, dir: &std::path::Path) -> PathBuf {
        let _ = std::fs::create_dir_all(dir);
        let cmd = Cdp(json!({
            "cmd": "Browser.setDownloadBehavior",
            "params": { "behavior": "allow", "downloadPath": dir.to_string_lossy() }
        }));
        self.client.issue_cmd(cmd).await.expect("allow downloads");
        dir.to_path_buf()
    }

    /// Waits for a finished download in `dir` whose name ends with `suffix`, and returns it.
    pub async fn wait_for_download(&self, dir: &std::path::Path, suffix: &str) -> PathBuf {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let found = std::fs::read_dir(dir)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .find(|p| p.to_string_lossy().ends_with(suffix));
            if let Some(path) = found {
                return path;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "no download ending {suffix:?} in {}",
                dir.display()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Chooses `path` in the file input matching `css` (as a person picking a file).
    pub async fn upload(&self, css: &str, path: &std::path::Path) {
        self.wait_for(css)
            .await
            .send_keys(&path.to_string_lossy())
            .await
            .unwrap_or_else(|e| panic!("choose {} in {css}: {e}", path.display()));
    }

    /// Every localStorage key and value of the page, as one text (to search for plaintext).
    pub async fn stored_text(&self) -> String {
        self.js("let s = ''; for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); s += k + '=' + localStorage.getItem(k) + '\\n'; } return s")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Presses Enter on the element matching `css` (keyboard, not a click).
    pub async fn press_enter(&self, css: &str) {
        let key: char = fantoccini::key::Key::Enter.into();
        self.wait_for(css)
            .await
            .send_keys(&key.to_string())
            .await
            .unwrap_or_else(|e| panic!("Enter on {css}: {e}"));
    }

    /// Chooses the option with `value` in the select matching `css` (as a person would: the
    /// option is clicked, so a `change` event fires).
    pub async fn choose(&self, css: &str, value: &str) {
        self.click(&format!("{css} option[value='{value}']")).await;
    }

    /// Saves a PNG of the page to `target/e2e-screens/<name>.png` (for people to look at).
    pub async fn screenshot(&self, name: &str) {
        let dir = xtask::root().join("target/e2e-screens");
        let png = self.client.screenshot().await.expect("screenshot");
        if std::fs::create_dir_all(&dir).is_ok() {
            let _ = std::fs::write(dir.join(format!("{name}.png")), png);
        }
    }

    /// The current page printed to PDF as Chromium prints it (A4, 1 cm margins, print media,
    /// not shrunk to fit), and its number of pages.
    pub async fn printed_pages(&self) -> usize {
        let config = fantoccini::wd::PrintConfiguration::builder()
            .size(fantoccini::wd::PrintSize::A4)
            .shrink_to_fit(false)
            .build()
            .expect("print configuration");
        let pdf = self.client.print(config).await.expect("print to PDF");
        pdf_pages(&pdf)
    }

    /// Messages the page logged at error level (console errors, failed loads, CSP violations).
    pub async fn console_errors(&self) -> Vec<String> {
        let log = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .expect("read the browser log");
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Checks that the page logged no error, then ends the browser session.
    pub async fn finish(self) {
        let errors = self.console_errors().await;
        assert!(errors.is_empty(), "console errors: {errors:#?}");
        let _ = self.client.clone().close().await;
    }

    /// Like [`Harness::finish`], for tests that cause console errors on purpose (CSP
    /// violations): every error logged must contain one of `expected`, and each of `expected`
    /// must have been logged at least once (so the test also proves the browser reported it).
    /// `earlier` are errors already read with [`Harness::console_errors`] (reading empties the
    /// log).
    pub async fn finish_expecting(self, expected: &[&str], earlier: Vec<String>) {
        let mut errors = earlier;
        errors.extend(self.console_errors().await);
        let unexpected: Vec<&String> = errors
            .iter()
            .filter(|e| !expected.iter().any(|x| e.contains(x)))
            .collect();
        assert!(
            unexpected.is_empty(),
            "console errors other than the expected {expected:?}: {unexpected:#?}"
        );
        for x in expected {
            assert!(
                errors.iter().any(|e| e.contains(x)),
                "the browser never logged {x:?}; it logged: {errors:#?}"
            );
        }
        let _ = self.client.clone().close().await;
    }

    /// Presses and releases `key` wherever the keyboard focus is (WebDriver Actions: nothing
    /// is clicked and no element is targeted, as with a real keyboard).
    pub async fn press(&self, key: fantoccini::key::Key) {
        self.press_chord(&[], key).await;
    }

    /// Presses `key` (a [`fantoccini::key::Key`] or a character) while holding `modifiers`
    /// (e.g. Shift+Tab, Control+a), wherever the focus is.
    pub async fn press_chord(
        &self,
        modifiers: &[fantoccini::key::Key],
        key: impl Into<char> + Copy + std::fmt::Debug,
    ) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut keys = KeyActions::new("keyboard".into());
        for m in modifiers {
            keys = keys.then(KeyAction::Down { value: (*m).into() });
        }
        keys = keys
            .then(KeyAction::Down { value: key.into() })
            .then(KeyAction::Up { value: key.into() });
        for m in modifiers.iter().rev() {
            keys = keys.then(KeyAction::Up { value: (*m).into() });
        }
        self.client
            .perform_actions(keys)
            .await
            .unwrap_or_else(|e| panic!("press {key:?}: {e}"));
    }

    /// Types `text` key by key wherever the keyboard focus is (WebDriver Actions).
    pub async fn type_keys(&self, text: &str) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut keys = KeyActions::new("keyboard".into());
        for c in text.chars() {
            keys = keys
                .then(KeyAction::Down { value: c })
                .then(KeyAction::Up { value: c });
        }
        self.client
            .perform_actions(keys)
            .await
            .unwrap_or_else(|e| panic!("type {text:?}: {e}"));
    }

    /// Waits until the service worker is active and controls the page: from then on the app
    /// opens with no network.
    pub async fn wait_for_service_worker(&self) {
        let ready = self
            .client
            .execute_async(
                "const done = arguments[0]; navigator.serviceWorker.ready.then((r) => done(!!r.active), (e) => done(String(e)));",
                vec![],
            )
            .await
            .expect("navigator.serviceWorker.ready");
        assert_eq!(ready, Value::Bool(true), "the service worker is ready");
        self.wait_until(
            "the service worker controls the page",
            "return !!navigator.serviceWorker.controller",
        )
        .await;
    }

    /// Switches the browser's network off (or on again) with the DevTools Protocol, as the
    /// "Offline" setting of Chromium's developer tools does.
    pub async fn set_offline(&self, offline: bool) {
        let enable = Cdp(json!({ "cmd": "Network.enable", "params": {} }));
        self.client.issue_cmd(enable).await.expect("Network.enable");
        let cmd = Cdp(json!({
            "cmd": "Network.emulateNetworkConditions",
            "params": {
                "offline": offline,
                "latency": 0,
                "downloadThroughput": -1,
                "uploadThroughput": -1,
            }
        }));
        self.client
            .issue_cmd(cmd)
            .await
            .expect("Network.emulateNetworkConditions");
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// A Chrome DevTools Protocol command through ChromeDriver.
#[derive(Debug)]
struct Cdp(Value);

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

/// ChromeDriver's log endpoint (not in the W3C protocol, so not in fantoccini's API).
#[derive(Debug)]
struct BrowserLog;

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_owned()))
    }
}

/// ChromeDriver listening on a loopback port: up to five ports are tried, each until it accepts
/// a connection (a positive signal) or the process exits (the port was taken).
async fn start_chromedriver() -> (u16, Child) {
    for _ in 0..5 {
        let port = free_port();
        let mut driver = Command::new(env_path("CHROMEDRIVER", xtask::tools::CHROMEDRIVER))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return (port, driver);
            }
            if driver.try_wait().ok().flatten().is_some() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = driver.kill();
        let _ = driver.wait();
    }
    panic!("ChromeDriver did not start on any of five loopback ports");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// The pages of a PDF as Chromium writes it: its page objects ("/Type /Page", not "/Pages").
pub fn pdf_pages(pdf: &[u8]) -> usize {
    let needle = b"/Type /Page";
    pdf.windows(needle.len() + 1)
        .filter(|w| &w[..needle.len()] == needle && w[needle.len()] != b's')
        .count()
}
