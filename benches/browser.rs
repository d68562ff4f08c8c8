//! Browser benchmark of the wasm build in headless Chromium:
//! - start-up: time from navigation start to the first frame after the app
//!   mounts, for `dist/wiretrace.html` opened from file://, in a fresh browser
//!   each run;
//! - analysis through the Web Worker, on the five seeds and on generated
//!   corpora of 50, 500 and 2,000 articles loaded through the app's own saved
//!   workspace: from Analyze to the report decoded on the page (User Timing
//!   measure `wiretrace-analyze`), the decoding alone (`wiretrace-decode`,
//!   the page's only analysis work besides posting the workspace), the
//!   longest main-thread task while the worker runs and the longest after
//!   (PerformanceObserver `longtask` entries: tasks over 50 ms), and from
//!   the click until the results are on screen (their large-set forms from
//!   41 articles on: pages of rows, the matrix picture, lineage families),
//!   and the page's memory then (`Runtime.getHeapUsage`: the JS heap, and
//!   the array buffers, the wasm memory among them; the worker's own
//!   memory is not counted). The 2,000 articles are cut to about 2,000
//!   characters each, as in `tests/e2e_worker.rs`, to fit the local
//!   storage the app loads them from.
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
        let workspace = json!({
            "wiretrace": 1,
            "articles": seeds.iter().map(|(id, text)| json!({"id": id, "text": text})).collect::<Vec<_>>(),
        })
        .to_string();
        analysis(&base, "seeds (5 articles)", &workspace, RUNS).await;
    }
    for (n, runs, cut) in [(50, 5, None), (500, 3, None), (2000, 3, Some(2000))] {
        let workspace = support::generated_workspace(n, 1, cut);
        let what = match cut {
            Some(c) => format!("generated ({n} articles of at most {c} characters)"),
            None => format!("generated ({n} articles)"),
        };
        analysis(&base, &what, &workspace, runs).await;
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

/// Loads `workspace` (JSON) as the saved workspace, presses Analyze, and times it.
async fn analysis(base: &str, what: &str, workspace: &str, runs: usize) {
    let browser = Browser::start().await;
    browser.open(&format!("{base}index.html")).await;
    let (mut engine, mut decode, mut screen) = (Vec::new(), Vec::new(), Vec::new());
    let (mut during, mut after) = (Vec::new(), Vec::new());
    let (mut heap, mut buffers) = (Vec::new(), Vec::new());
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
        browser.client.execute(LONG_TASKS, vec![]).await.unwrap();
        let clicked = Instant::now();
        browser.click("[data-testid=analyze]").await;
        browser.wait_for("[data-testid=results]").await;
        screen.push(clicked.elapsed().as_secs_f64() * 1000.0);
        engine.push(entry(&browser, "wiretrace-analyze", "duration").await);
        decode.push(entry(&browser, "wiretrace-decode", "duration").await);
        let tasks = browser.client.execute(LONGEST, vec![]).await.unwrap();
        during.push(tasks[0].as_f64().unwrap_or(0.0));
        after.push(tasks[1].as_f64().unwrap_or(0.0));
        let usage = browser
            .client
            .issue_cmd(support::Cdp("Runtime.getHeapUsage", json!({})))
            .await
            .unwrap_or(Value::Null);
        let mb = |field: &str| usage[field].as_f64().unwrap_or(0.0) / 1e6;
        heap.push(mb("usedSize"));
        buffers.push(mb("backingStorageSize"));
    }
    browser.close().await;
    report(
        &format!("Analyze to report decoded (worker), {what}"),
        &engine,
    );
    report(&format!("report decoded on the page, {what}"), &decode);
    report(
        &format!("longest main-thread task while the worker runs, {what}"),
        &during,
    );
    report(
        &format!("longest main-thread task from the report to the results drawn, {what}"),
        &after,
    );
    report(
        &format!("click Analyze to results on screen, {what}"),
        &screen,
    );
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "page memory with the results, {what}: JS heap {:.0} MB, array buffers (wasm memory among them) {:.0} MB (medians)",
        median(&mut heap),
        median(&mut buffers)
    );
}

/// Starts collecting the page's long tasks (over 50 ms) into `window.__wtLong`.
const LONG_TASKS: &str = "window.__wtLong = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__wtLong.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask' });";

/// The longest long task between the click and the report's arrival (the
/// `wiretrace-decode` start), and the longest one after; 0 when none.
const LONGEST: &str =
    "const start = performance.getEntriesByName('wiretrace-analyze-start').pop().startTime;
const arrived = performance.getEntriesByName('wiretrace-decode-start').pop().startTime;
let during = 0, after = 0;
for (const [t, d] of window.__wtLong) {
  if (t >= start && t < arrived) during = Math.max(during, d);
  else if (t >= arrived) after = Math.max(after, d);
}
return [during, after];";

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
