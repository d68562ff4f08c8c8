//! Helpers for the browser end-to-end tests: a static file server, headless
//! Chromium through chromedriver, and page actions that read like a person
//! using Wiretrace.

#![allow(dead_code)] // each test binary uses a different part of this module

pub mod server;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Why the browser tests cannot run here, if they cannot: no built site or no
/// Chromium. Under `cargo xtask test` (WIRETRACE_E2E=required) that is a
/// failure; under a plain `cargo test` the tests say so and pass.
pub fn unavailable() -> Option<String> {
    let missing = if !root().join("dist/index.html").exists()
        || !root().join("dist/wiretrace.html").exists()
    {
        Some("dist/ is not built (run `cargo xtask bundle`)".to_owned())
    } else if Command::new("chromedriver")
        .arg("--version")
        .output()
        .is_err()
    {
        Some("chromedriver is not installed (run `cargo xtask setup`)".to_owned())
    } else {
        None
    };
    if let Some(why) = &missing {
        assert!(
            std::env::var("WIRETRACE_E2E").as_deref() != Ok("required"),
            "browser tests required but {why}"
        );
        eprintln!("skipping browser end-to-end test: {why}");
    }
    missing
}

/// Two articles to paste: seeds 000 and 004 from ../shared when present
/// (a long block of 000 is reused in 004), the app's own example otherwise.
pub fn two_articles() -> (String, String, bool) {
    let seeds = root().join("../shared/corpus/seeds");
    let read = |prefix: &str| -> Option<String> {
        let entry = std::fs::read_dir(&seeds)
            .ok()?
            .filter_map(Result::ok)
            .find(|e| e.file_name().to_string_lossy().starts_with(prefix))?;
        std::fs::read_to_string(entry.path()).ok()
    };
    match (read("000_"), read("004_")) {
        (Some(a), Some(b)) => (a, b, true),
        _ => {
            eprintln!("../shared/corpus/seeds not found: using the project's example articles");
            let ex = wiretrace_app::example::articles();
            (ex[0].text.clone(), ex[1].text.clone(), false)
        }
    }
}

/// The five seed articles from ../shared/corpus/seeds, by file name (000_…
/// to 004_…), as (file stem, text); None when they are not there.
pub fn seeds() -> Option<Vec<(String, String)>> {
    let dir = root().join("../shared/corpus/seeds");
    let mut found: Vec<(String, String)> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".txt"))
        .filter_map(|e| {
            let stem = e.path().file_stem()?.to_string_lossy().into_owned();
            Some((stem, std::fs::read_to_string(e.path()).ok()?))
        })
        .collect();
    found.sort();
    (found.len() == 5).then_some(found)
}

/// A headless Chromium driven through its own chromedriver.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: TempDir,
}

impl Browser {
    /// Starts chromedriver and a fresh Chromium profile with networking to
    /// the outside resolved to nowhere.
    pub async fn start() -> Browser {
        let port = server::free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let profile = TempDir::new("wiretrace-chrome");
        let caps: Capabilities = serde_json::from_value(json!({
            "browserName": "chrome",
            "goog:loggingPrefs": {"browser": "ALL", "performance": "ALL"},
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1400,1800",
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                    format!("--user-data-dir={}", profile.0.display()),
                ],
                "perfLoggingPrefs": {"enableNetwork": true, "enablePage": false},
            },
        }))
        .expect("capabilities are a JSON object");
        let url = format!("http://127.0.0.1:{port}/");
        let mut last_error = String::new();
        for _ in 0..50 {
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => {
                    return Browser {
                        client,
                        driver,
                        _profile: profile,
                    }
                }
                Err(e) => last_error = e.to_string(),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("cannot connect to chromedriver: {last_error}");
    }

    /// Closes the browser and stops chromedriver.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }

    /// Opens the page and waits until the app is on screen.
    pub async fn open(&self, url: &str) {
        self.client.goto(url).await.expect("page opens");
        self.wait_for("[data-testid=analyze]").await;
    }

    /// Waits (up to 20 s) for an element matching a CSS selector.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} did not appear: {e}"))
    }

    /// Pastes `text` into the `i`-th article box, as a paste would: the value
    /// changes and an input event fires.
    pub async fn paste(&self, i: usize, text: &str) {
        self.client
            .execute(
                "const box = document.querySelectorAll('[data-testid=article-text]')[arguments[0]];
                 box.focus(); box.value = arguments[1];
                 box.dispatchEvent(new Event('input', { bubbles: true }));",
                vec![json!(i), json!(text)],
            )
            .await
            .expect("text pasted");
    }

    /// Pastes several articles as a person would: adds article boxes until
    /// there are enough, then types each title and pastes each text.
    pub async fn paste_articles(&self, articles: &[(&str, &str)]) {
        while self.texts("[data-testid=article-text]").await.len() < articles.len() {
            self.click("[data-testid=add-article]").await;
        }
        for (i, (title, text)) in articles.iter().enumerate() {
            self.client
                .execute(
                    "const box = document.querySelectorAll('[data-testid=article-title]')[arguments[0]];
                     box.focus(); box.value = arguments[1];
                     box.dispatchEvent(new Event('input', { bubbles: true }));",
                    vec![json!(i), json!(title)],
                )
                .await
                .expect("title typed");
            self.paste(i, text).await;
        }
    }

    /// Sets the value of the element matching a CSS selector as typing or
    /// choosing would, then fires `event` (`input` for a text box, `change`
    /// for a choice or a date field).
    pub async fn set_value(&self, css: &str, value: &str, event: &str) {
        self.wait_for(css).await;
        self.client
            .execute(
                "const el = document.querySelector(arguments[0]);
                 el.focus(); el.value = arguments[1];
                 el.dispatchEvent(new Event(arguments[2], { bubbles: true }));",
                vec![json!(css), json!(value), json!(event)],
            )
            .await
            .expect("value set");
    }

    /// Types `text` into the facts search box.
    pub async fn search_facts(&self, text: &str) {
        self.set_value("[data-testid=facts-search]", text, "input")
            .await;
    }

    /// Sets the publication time of article `id` in the timeline's form
    /// (`YYYY-MM-DDTHH:MM`, or empty to clear it).
    pub async fn set_time(&self, id: &str, time: &str) {
        self.set_value(
            &format!("[data-testid=time-input][data-article='{id}']"),
            time,
            "change",
        )
        .await;
    }

    /// Waits (up to 20 s) until a script returns true; panics with `what`.
    pub async fn wait_until(&self, script: &str, args: Vec<Value>, what: &str) {
        for _ in 0..100 {
            let done = self
                .client
                .execute(script, args.clone())
                .await
                .expect("script runs");
            if done == json!(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("timed out waiting until {what}");
    }

    /// Loads a saved workspace (JSON) the way a reload after editing would:
    /// into the app's local storage, then the page reloaded.
    pub async fn load_workspace(&self, json: &str) {
        self.client
            .execute(
                "localStorage.setItem('wiretrace.workspace', arguments[0]);",
                vec![json!(json)],
            )
            .await
            .expect("workspace stored");
        self.client.refresh().await.expect("reload");
        self.wait_for("[data-testid=analyze]").await;
    }

    /// Presses and releases one key on whatever has the keyboard focus.
    pub async fn press(&self, key: Key) {
        let value: char = key.into();
        let keys = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
        self.client
            .perform_actions(keys)
            .await
            .expect("key pressed");
    }

    /// An attribute of the element that has the keyboard focus.
    pub async fn focused(&self, attribute: &str) -> Option<String> {
        let el = self.client.active_element().await.ok()?;
        el.attr(attribute).await.ok()?
    }

    /// An attribute of every element matching a CSS selector.
    pub async fn attrs(&self, css: &str, attribute: &str) -> Vec<String> {
        let found = self.client.find_all(Locator::Css(css)).await.expect("find");
        let mut out = Vec::new();
        for el in found {
            out.push(el.attr(attribute).await.expect("attr").unwrap_or_default());
        }
        out
    }

    /// Scrolls the element matching a CSS selector to the top of the window.
    pub async fn scroll_to(&self, css: &str) {
        self.client
            .execute(
                "document.querySelector(arguments[0]).scrollIntoView({block: 'start'});",
                vec![json!(css)],
            )
            .await
            .expect("scrolled");
    }

    /// Saves a picture of the element matching a CSS selector as
    /// `<target>/e2e/<name>.png`.
    pub async fn screenshot_of(&self, css: &str, name: &str) {
        let png = self
            .wait_for(css)
            .await
            .screenshot()
            .await
            .expect("screenshot");
        std::fs::write(screenshot_dir().join(format!("{name}.png")), png)
            .expect("screenshot saved");
    }

    /// Clicks the element matching a CSS selector.
    pub async fn click(&self, css: &str) {
        self.wait_for(css).await.click().await.expect("click");
    }

    /// Text of every element matching a CSS selector.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let found = self.client.find_all(Locator::Css(css)).await.expect("find");
        let mut out = Vec::new();
        for el in found {
            out.push(el.text().await.expect("text"));
        }
        out
    }

    /// Saves a screenshot as `<target>/e2e/<name>.png` for a person to look at.
    pub async fn screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(screenshot_dir().join(format!("{name}.png")), png)
            .expect("screenshot saved");
    }

    /// Console messages at error level since the last call.
    pub async fn console_errors(&self) -> Vec<String> {
        self.log("browser")
            .await
            .into_iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// URLs of every request made since the last call, leaving out the
    /// browser's own `chrome://` pages, which never touch the network.
    pub async fn requests(&self) -> Vec<String> {
        self.log("performance")
            .await
            .into_iter()
            .filter_map(|e| serde_json::from_str::<Value>(e["message"].as_str()?).ok())
            .filter(|m| m["message"]["method"] == "Network.requestWillBeSent")
            .filter_map(|m| {
                m["message"]["params"]["request"]["url"]
                    .as_str()
                    .map(str::to_owned)
            })
            .filter(|url| !url.starts_with("chrome://"))
            .collect()
    }

    async fn log(&self, kind: &'static str) -> Vec<Value> {
        match self.client.issue_cmd(GetLog(kind)).await.expect("log read") {
            Value::Array(entries) => entries,
            other => panic!("unexpected log answer {other}"),
        }
    }
}

/// Where screenshots go: `e2e/` in the cargo target directory
/// (`$CARGO_TARGET_DIR`, else `target/`), created if missing.
pub fn screenshot_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"));
    let dir = target.join("e2e");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}

/// chromedriver's log endpoint, which fantoccini has no method for.
#[derive(Debug)]
struct GetLog(&'static str);

impl WebDriverCompatibleCommand for GetLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": self.0 }).to_string()),
        )
    }
}

/// A directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(prefix: &str) -> TempDir {
        let unique = format!(
            "{prefix}-{}-{:?}",
            std::process::id(),
            std::time::SystemTime::now()
        );
        let path = std::env::temp_dir().join(unique.replace([' ', ':', '{', '}', ','], "_"));
        std::fs::create_dir_all(&path).expect("temp dir");
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A `file://` URL for a path.
pub fn file_url(path: &Path) -> String {
    format!(
        "file://{}",
        path.canonicalize().expect("path exists").display()
    )
}

/// Downloads, as the page offers them: from now on every `<a download>`
/// the page clicks is recorded (name and Blob) instead of saved to disk,
/// so a test reads what a person would have got.
pub async fn capture_downloads(browser: &Browser) {
    browser
        .client
        .execute(
            "if (!window.__wtDownloads) {
               window.__wtDownloads = []; window.__wtBlobs = {};
               const create = URL.createObjectURL;
               URL.createObjectURL = function (b) { const u = create.call(URL, b); window.__wtBlobs[u] = b; return u; };
               const click = HTMLAnchorElement.prototype.click;
               HTMLAnchorElement.prototype.click = function () {
                 if (this.download) { window.__wtDownloads.push({ name: this.download, url: this.href }); return; }
                 return click.call(this);
               };
             }",
            vec![],
        )
        .await
        .expect("downloads captured");
}

/// The text of the last download named `name` (waits up to 20 s for it).
pub async fn downloaded(browser: &Browser, name: &str) -> String {
    browser
        .wait_until(
            "return (window.__wtDownloads || []).some(d => d.name === arguments[0]);",
            vec![json!(name)],
            &format!("{name} is downloaded"),
        )
        .await;
    let text = browser
        .client
        .execute_async(
            "const [name, done] = arguments;
             const d = window.__wtDownloads.filter(d => d.name === name).pop();
             window.__wtBlobs[d.url].text().then(done);",
            vec![json!(name)],
        )
        .await
        .expect("download read");
    text.as_str().expect("text").to_owned()
}

/// Picks files in the page's file input, as choosing them in the dialog
/// would (several at once).
pub async fn pick_files(browser: &Browser, paths: &[PathBuf]) {
    let input = browser
        .client
        .find(Locator::Css("[data-testid=import-file]"))
        .await
        .expect("file input");
    let list: Vec<String> = paths
        .iter()
        .map(|p| p.canonicalize().expect("file exists").display().to_string())
        .collect();
    input
        .send_keys(&list.join("\n"))
        .await
        .expect("files picked");
}

/// A Chrome DevTools command through chromedriver (`goog/cdp/execute`),
/// e.g. to emulate print media for a screenshot.
#[derive(Debug)]
pub struct Cdp(pub &'static str, pub Value);

impl WebDriverCompatibleCommand for Cdp {
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
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "cmd": self.0, "params": self.1 }).to_string()),
        )
    }
}

/// A workspace JSON of `n` articles generated by `wiretrace_synth`
/// (`corpus_of_size(n, seed)`), with ids and texts only, as the app saves
/// it; each text cut after its last paragraph that ends within `max_chars`
/// characters, or whole when `max_chars` is None.
pub fn generated_workspace(n: usize, seed: u64, max_chars: Option<usize>) -> String {
    let articles: Vec<Value> = wiretrace_synth::corpus_of_size(n, seed)
        .articles
        .into_iter()
        .map(|a| {
            let text = match max_chars {
                Some(max) if a.text.len() > max => {
                    let mut cut = max;
                    while !a.text.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    let end = a.text[..cut].rfind("\n\n").unwrap_or(cut);
                    a.text[..end].to_owned()
                }
                _ => a.text,
            };
            json!({"id": a.id, "text": text})
        })
        .collect();
    json!({"wiretrace": 1, "articles": articles}).to_string()
}

impl Browser {
    /// The analysis progress bar's value (0–100) and label, or None when no
    /// analysis is running.
    pub async fn progress(&self) -> Option<(f64, String)> {
        let found = self
            .client
            .execute(
                "const p = document.querySelector('[data-testid=progress]');
                 const l = document.querySelector('[data-testid=progress-label]');
                 return p ? [Number(p.getAttribute('aria-valuenow')), l ? l.textContent : ''] : null;",
                vec![],
            )
            .await
            .expect("script runs");
        Some((found[0].as_f64()?, found[1].as_str()?.to_owned()))
    }
}
