//! Browser start-up benchmark: time from navigation start to the first frame
//! after the app mounts, for `dist/wiretrace.html` opened from file:// in a
//! fresh headless Chromium each run. Prints the median and every run, and
//! the sizes of the offline file and the wasm.
//!
//! Run with `cargo xtask bench` (it builds the bundle first).

#[path = "../tests/support/mod.rs"]
mod support;

use serde_json::Value;
use std::time::Duration;
use support::{file_url, root, Browser};

const RUNS: usize = 7;

#[tokio::main]
async fn main() {
    if let Some(why) = support::unavailable() {
        eprintln!("cannot run the start-up benchmark: {why}");
        std::process::exit(1);
    }
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

    let url = file_url(&bundle);
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let browser = Browser::start().await;
        browser.open(&url).await;
        times.push(first_frame_ms(&browser).await);
        browser.close().await;
    }
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    println!(
        "open dist/wiretrace.html to first interactive frame: median {:.0} ms over {RUNS} runs (min {:.0}, max {:.0}; runs {:?})",
        sorted[RUNS / 2],
        sorted[0],
        sorted[RUNS - 1],
        times.iter().map(|t| t.round()).collect::<Vec<_>>()
    );
}

async fn first_frame_ms(browser: &Browser) -> f64 {
    for _ in 0..200 {
        let mark = browser
            .client
            .execute(
                "const m = performance.getEntriesByName('wiretrace-first-frame'); return m.length ? m[0].startTime : null;",
                vec![],
            )
            .await
            .expect("script runs");
        if let Value::Number(n) = mark {
            return n.as_f64().unwrap();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the app never drew its first frame");
}
