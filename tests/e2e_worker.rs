//! End-to-end tests of the analysis in its Web Worker, in headless Chromium,
//! against the served site and the offline file from file://: a run of a
//! large generated set shows a progress bar that moves through the stages
//! while the page keeps answering, and Cancel stops a run and keeps what was
//! there; a smaller set runs to its results, before and after a cancel.
//!
//! The 2,000 articles are cut to their first paragraphs (about 2,000
//! characters each) to fit Chromium's local storage (5 M characters an
//! origin), through which the app loads them. That run goes to its results:
//! the editor and the lists draw a page at a time, the matrix is a picture,
//! the lineage one family at a time, and the report is read in slices, so
//! the page answers clicks all along; the longest main-thread task of the
//! run is printed (the browser benchmark measures it).

mod support;

use fantoccini::Locator;
use serde_json::json;
use std::time::{Duration, Instant};
use support::{file_url, generated_workspace, root, server, unavailable, Browser};
use wiretrace_app::components::article_editor::EDITOR_PAGE;
use wiretrace_app::components::show_more::PAGE;
use wiretrace_engine::report::grouped;

/// One browser at a time: these machines have two cores.
static BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Articles in the large run (issue 10: "hundreds of articles" and more).
const LARGE: usize = 2000;
/// Characters each of the large run's articles is cut to (local storage quota).
const LARGE_CHARS: usize = 2000;
/// Articles in the run that completes and is then cancelled: their results
/// draw in seconds.
const CANCELLED: usize = 200;
/// Longest wait for a run's results on screen.
const RESULTS_WITHIN: Duration = Duration::from_secs(600);

/// Where the app is opened.
#[derive(Clone, Copy, Debug)]
enum Build {
    Served,
    OfflineFile,
}

/// A fresh browser on `build` with the generated workspace of `n` articles
/// loaded, and the request prefixes that count as the page's own; None when
/// the browser tests cannot run here.
async fn open_with(
    build: Build,
    n: usize,
    max_chars: Option<usize>,
) -> Option<(tokio::sync::MutexGuard<'static, ()>, Browser, String)> {
    if unavailable().is_some() {
        return None;
    }
    let one = BROWSER.lock().await;
    let browser = Browser::start().await;
    let (url, own) = match build {
        Build::Served => {
            let base = server::serve(root().join("dist"));
            (format!("{base}index.html"), base)
        }
        Build::OfflineFile => {
            let url = file_url(&root().join("dist/wiretrace.html"));
            (url.clone(), url)
        }
    };
    browser.open(&url).await;
    browser
        .load_workspace(&generated_workspace(n, 1, max_chars))
        .await;
    let boxes = browser
        .client
        .find_all(Locator::Css("[data-testid=article-text]"))
        .await
        .expect("find")
        .len();
    assert_eq!(
        boxes,
        n.min(EDITOR_PAGE),
        "the editor draws its first page of the generated workspace"
    );
    if n > EDITOR_PAGE {
        let note = browser
            .texts("[data-testid=editor-more-note]")
            .await
            .concat();
        assert!(
            note.contains(&format!("of {} articles", grouped(n))),
            "{note:?}"
        );
    }
    Some((one, browser, own))
}

/// Whether the Analyze button is enabled.
async fn analyze_enabled(browser: &Browser) -> bool {
    browser
        .client
        .execute(
            "return !document.querySelector('[data-testid=analyze]').disabled;",
            vec![],
        )
        .await
        .expect("script runs")
        == json!(true)
}

/// Waits until the results are on screen and no run is going; the time taken.
async fn wait_for_results(browser: &Browser, since: Instant) -> Duration {
    while since.elapsed() < RESULTS_WITHIN {
        let done = browser
            .client
            .execute(
                "return !!document.querySelector('[data-testid=results]')
                    && !document.querySelector('[data-testid=progress]');",
                vec![],
            )
            .await
            .expect("script runs");
        if done == json!(true) {
            return since.elapsed();
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    panic!("no results within {RESULTS_WITHIN:?}");
}

/// Analyzes the 2,000-article set: the bar moves through several values and
/// names its stage and count, Analyze is disabled meanwhile, the page draws
/// frames and answers a click (the editor's "Show more") while the bar is
/// still short of 100, and the results arrive and draw in their large-set
/// forms; no console error and no request beyond the page's own.
async fn large_run(build: Build) {
    let Some((_one, browser, own)) = open_with(build, LARGE, Some(LARGE_CHARS)).await else {
        return;
    };
    let _ = browser.requests().await;
    // Every main-thread task of 50 ms or more from here on.
    browser
        .client
        .execute(
            "window.wtLong = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.wtLong.push([e.startTime, e.duration]); }).observe({type: 'longtask'});",
            vec![],
        )
        .await
        .expect("long-task observer");
    let clicked = Instant::now();
    browser.click("[data-testid=analyze]").await;

    let mut values: Vec<f64> = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    let mut tried = false;
    while clicked.elapsed() < RESULTS_WITHIN {
        let Some((value, label)) = browser.progress().await else {
            break;
        };
        assert!((0.0..=100.0).contains(&value), "progress {value}");
        if values.last() != Some(&value) {
            values.push(value);
            labels.push(label);
        }
        if !tried && value > 0.0 {
            assert!(
                !analyze_enabled(&browser).await,
                "Analyze is disabled while running"
            );
            // The page draws frames and answers a click while the engine
            // works: two animation frames come within a second, and "Show
            // more" in the editor draws another page of cards at once.
            let frames = browser
                .client
                .execute_async(
                    "const done = arguments[arguments.length - 1]; const t = performance.now();
                     requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t)));",
                    vec![],
                )
                .await
                .expect("frames");
            assert!(
                frames.as_f64().is_some_and(|ms| ms < 1000.0),
                "two frames took {frames} ms"
            );
            let cards = browser
                .client
                .execute_async(
                    "const done = arguments[arguments.length - 1];
                     const t = performance.now();
                     document.querySelector('[data-testid=editor-more]').click();
                     requestAnimationFrame(() => setTimeout(() => {
                       const bar = document.querySelector('[data-testid=progress]');
                       done([document.querySelectorAll('[data-testid=article-text]').length, bar ? Number(bar.getAttribute('aria-valuenow')) : null, performance.now() - t]);
                     }, 0));",
                    vec![],
                )
                .await
                .expect("click during the run");
            println!("the click on Show more drew in {} ms", cards[2]);
            if cards[1].as_f64().is_some_and(|v| v < 100.0) {
                assert_eq!(
                    cards[0],
                    json!(2 * EDITOR_PAGE),
                    "the click drew a page of cards during the run"
                );
                tried = true;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let took = wait_for_results(&browser, clicked).await;
    // Each long task as (start, duration), its start counted from the click
    // (the `wiretrace-analyze-start` mark), and when the report arrived.
    let (long, arrived): (Vec<(f64, f64)>, f64) = serde_json::from_value(
        browser
            .client
            .execute(
                "const t0 = performance.getEntriesByName('wiretrace-analyze-start').pop().startTime;
                 const got = performance.getEntriesByName('wiretrace-decode-start').pop().startTime;
                 return [window.wtLong.map(([s, d]) => [s - t0, d]), got - t0];",
                vec![],
            )
            .await
            .expect("long tasks"),
    )
    .expect("durations");
    let longest = long.iter().map(|l| l.1).fold(0.0, f64::max);
    println!(
        "{build:?}: {LARGE} articles, click to results {:.1} s; progress seen: {values:?}; labels: {labels:?}; report arrived at {arrived:.0} ms; {} long tasks (from the click, ms: start, duration) {long:?}, longest {longest:.0} ms",
        took.as_secs_f64(),
        long.len()
    );
    assert!(tried, "the page was never tried during the run: {values:?}");
    assert!(
        values.len() >= 3,
        "the bar showed fewer than three values: {values:?}"
    );
    assert!(
        labels
            .iter()
            .any(|l| l.starts_with("Reading articles: ") && l.ends_with(" of 2,000")),
        "labels name the stage and count: {labels:?}"
    );
    // The results in their large-set forms.
    assert_eq!(browser.texts("[data-testid=article-row]").await.len(), PAGE);
    let more = browser.texts("[data-testid=articles-more]").await.concat();
    assert_eq!(more, format!("Show {PAGE} more"));
    browser.wait_for("[data-testid=heatmap-picture]").await;
    assert!(
        browser.texts("[data-testid=heat-cell]").await.is_empty(),
        "no table of 4 million cells"
    );
    assert!(browser.texts("[data-testid=pair-row]").await.len() <= PAGE);
    browser.wait_for("[data-testid=lineage-family]").await;
    let boxes = browser.texts("[data-testid=lineage-node]").await.len();
    assert!(
        (1..=wiretrace_app::layout::MAX_DRAWN).contains(&boxes),
        "{boxes} boxes drawn"
    );
    assert!(
        longest < 2000.0,
        "a main-thread task took {longest:.0} ms (all: {long:?})"
    );
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    let outside: Vec<String> = browser
        .requests()
        .await
        .into_iter()
        .filter(|url| {
            !url.starts_with(&own) && !url.starts_with("blob:") && !url.starts_with("data:")
        })
        .collect();
    assert!(outside.is_empty(), "requests left the page: {outside:?}");
    browser.close().await;
}

/// Runs a set to completion, starts again and cancels: the bar goes, a note
/// says the run was cancelled, Analyze is enabled, the earlier results and
/// the editor are as they were; then a new run completes in a new worker.
async fn cancelled_run(build: Build) {
    let Some((_one, browser, _)) = open_with(build, CANCELLED, None).await else {
        return;
    };
    let started = Instant::now();
    browser.click("[data-testid=analyze]").await;
    wait_for_results(&browser, started).await;
    let origins = browser.texts("[data-testid=origins]").await;
    let rows = browser.texts("[data-testid=pair-row]").await.len();

    // Analyze, then Cancel as soon as it shows: in one script, since the
    // worker may finish this set before a second WebDriver command arrives.
    let cancelled_at = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             document.querySelector('[data-testid=analyze]').click();
             const wait = setInterval(() => {
               const cancel = document.querySelector('[data-testid=cancel]');
               const bar = document.querySelector('[data-testid=progress]');
               if (cancel) { clearInterval(wait); const v = Number(bar.getAttribute('aria-valuenow')); cancel.click(); done(v); }
             }, 5);",
            vec![],
        )
        .await
        .expect("Analyze then Cancel");
    assert!(
        cancelled_at.as_f64().is_some_and(|v| v < 100.0),
        "{cancelled_at}"
    );
    browser.wait_for("[data-testid=cancelled]").await;
    assert_eq!(browser.progress().await, None, "the bar is gone");
    assert!(analyze_enabled(&browser).await, "Analyze is enabled again");
    let note = browser.texts("[data-testid=cancelled]").await.concat();
    assert!(note.contains("Analysis cancelled"), "{note:?}");
    assert_eq!(browser.texts("[data-testid=origins]").await, origins);
    assert_eq!(browser.texts("[data-testid=pair-row]").await.len(), rows);
    let boxes = browser.texts("[data-testid=article-text]").await.len();
    assert_eq!(boxes, EDITOR_PAGE, "the editor keeps its page of cards");
    let note = browser
        .texts("[data-testid=editor-more-note]")
        .await
        .concat();
    assert!(
        note.contains(&format!("of {CANCELLED} articles")),
        "the editor keeps every article: {note:?}"
    );

    // No late report from the cancelled run lands: the results stay put for
    // longer than that run would have taken.
    tokio::time::sleep(started.elapsed().min(Duration::from_secs(10))).await;
    assert!(browser.texts("[data-testid=cancelled]").await.len() == 1);

    let again = Instant::now();
    browser.click("[data-testid=analyze]").await;
    wait_for_results(&browser, again).await;
    assert!(browser.texts("[data-testid=cancelled]").await.is_empty());
    assert_eq!(browser.texts("[data-testid=pair-row]").await.len(), rows);
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    browser.close().await;
}

#[tokio::test]
async fn served_site_analyzes_2000_articles_in_the_background() {
    large_run(Build::Served).await;
}

#[tokio::test]
async fn offline_file_analyzes_2000_articles_in_the_background() {
    large_run(Build::OfflineFile).await;
}

#[tokio::test]
async fn served_site_cancel_stops_the_run_and_keeps_the_results() {
    cancelled_run(Build::Served).await;
}

#[tokio::test]
async fn offline_file_cancel_stops_the_run_and_keeps_the_results() {
    cancelled_run(Build::OfflineFile).await;
}
