//! Browser benchmark of the wasm build in headless Chromium:
//! - start-up: time from navigation start to the first frame after the app
//!   mounts, for `dist/wiretrace.html` opened from file://, in a fresh browser
//!   each run;
//! - analysis: the engine's `analyze` timed inside the page (User Timing
//!   measure `wiretrace-analyze`) on the five seeds and on generated corpora,
//!   loaded through the app's own saved workspace, and the time from the
//!   click on Analyze until the results are on screen.
//!
//! Prints medians and every run, and the sizes of the offline file and the
//! wasm. Run with `cargo xtask bench` (it builds the bundle first).

#[path = "../tests/support/mod.rs"]
mod support;

use serde_json::{json, Value};
use std::time::{Duration, Instant};
use support::{file_url, root, server, Browser};

const RUNS: usize = 7;

#[tokio::main]
async fn main() {
    if let Some(why) = support::unavailable() {
        eprintln!("cannot run the browser benchmark: {why}");
        std::process::exit(1);
    }
    sizes();
    startup().await;
    let base = server::serve(root().join("dist"));
    let seeds = seeds();
    if seeds.is_empty() {
        eprintln!("skipping the seeds: ../shared/corpus/seeds not found");
    } else {
        analysis(&base, "seeds (5 articles)", &seeds, RUNS).await;
    }
    for n in [100, 250] {
        let articles = generated(n);
        analysis(&base, &format!("generated ({n} articles)"), &articles, 3).await;
    }
}

fn sizes() {
    let bundle = root().join("dist/wiretrace.html");
    let wasm = std::fs::read_dir(root().join("dist"))
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().ends_with("_bg.wasm"))
        .expect("dist has the wasm");
    let size = |p: &std::path::Path| std::fs::metadata(p).unwrap().len();
    println!("dist/wiretrace.html: {} bytes", size(&bundle));
    println!(
        "{}: {} bytes",
        wasm.file_name().to_string_lossy(),
        size(&wasm.path())
    );
}

async fn startup() {
    let url = file_url(&root().join("dist/wiretrace.html"));
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let browser = Browser::start().await;
        browser.open(&url).await;
        times.push(entry(&browser, "wiretrace-first-frame", "startTime").await);
        browser.close().await;
    }
    report(
        "open dist/wiretrace.html to first interactive frame",
        &times,
    );
}

/// Loads `articles` as the saved workspace, presses Analyze, and times it.
async fn analysis(base: &str, what: &str, articles: &[(String, String)], runs: usize) {
    let workspace = json!({
        "wiretrace": 1,
        "articles": articles.iter().map(|(id, text)| json!({"id": id, "text": text})).collect::<Vec<_>>(),
    })
    .to_string();
    let browser = Browser::start().await;
    browser.open(&format!("{base}index.html")).await;
    let (mut engine, mut screen) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        browser
            .client
            .execute(
                "localStorage.setItem('wiretrace.workspace', arguments[0]);",
                vec![json!(workspace)],
            )
            .await
            .unwrap();
        browser.client.refresh().await.unwrap();
        browser.wait_for("[data-testid=analyze]").await;
        let clicked = Instant::now();
        browser.click("[data-testid=analyze]").await;
        browser.wait_for("[data-testid=results]").await;
        screen.push(clicked.elapsed().as_secs_f64() * 1000.0);
        engine.push(entry(&browser, "wiretrace-analyze", "duration").await);
    }
    browser.close().await;
    report(&format!("wasm analyze, {what}"), &engine);
    report(
        &format!("click Analyze to results on screen, {what}"),
        &screen,
    );
}

/// A User Timing entry's field, in milliseconds, once it exists.
async fn entry(browser: &Browser, name: &str, field: &str) -> f64 {
    let script = format!(
        "const m = performance.getEntriesByName('{name}'); return m.length ? m[m.length - 1].{field} : null;"
    );
    for _ in 0..600 {
        if let Value::Number(n) = browser
            .client
            .execute(&script, vec![])
            .await
            .expect("script runs")
        {
            return n.as_f64().unwrap();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no {name} entry");
}

fn report(what: &str, times: &[f64]) {
    let mut sorted = times.to_vec();
    sorted.sort_by(f64::total_cmp);
    println!(
        "{what}: median {:.1} ms over {} runs (min {:.1}, max {:.1})",
        sorted[sorted.len() / 2],
        sorted.len(),
        sorted[0],
        sorted[sorted.len() - 1]
    );
}

fn seeds() -> Vec<(String, String)> {
    let dir = root().join("../shared/corpus/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .map(|p: &std::path::PathBuf| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(p).unwrap(),
            )
        })
        .collect()
}

fn generated(n: usize) -> Vec<(String, String)> {
    wiretrace_synth::corpus_of_size(n, 1)
        .articles
        .into_iter()
        .map(|a| (a.id, a.text))
        .collect()
}
