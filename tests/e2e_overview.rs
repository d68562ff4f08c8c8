//! End-to-end tests of the overview at the top of the results: its lines
//! and counts, and each line leading into the detailed view (the article
//! table, a node of the lineage graph, a pair side by side, a fact in the
//! timeline), on the served site and the offline file from file://.

mod support;

use fantoccini::key::Key;
use serde_json::json;
use support::{file_url, root, seeds, server, unavailable, Browser};
use wiretrace_app::index::ReportIndex;
use wiretrace_app::overview::Overview;

/// One browser at a time: these machines have two cores.
static BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Which build a test opens.
#[derive(Clone, Copy)]
enum Build {
    /// `dist/` served on 127.0.0.1.
    Served,
    /// `dist/wiretrace.html` from file://.
    Offline,
}

/// The app open in a fresh browser (holding the one-browser lock) and the
/// page's own address, or None when the browser tests cannot run here.
async fn open(build: Build) -> Option<(tokio::sync::MutexGuard<'static, ()>, Browser, String)> {
    if unavailable().is_some() {
        return None;
    }
    let one = BROWSER.lock().await;
    let url = match build {
        Build::Served => format!("{}index.html", server::serve(root().join("dist"))),
        Build::Offline => file_url(&root().join("dist/wiretrace.html")),
    };
    let browser = Browser::start().await;
    browser.open(&url).await;
    Some((one, browser, url))
}

/// The overview the app builds for these articles, computed natively.
fn expected(articles: &[wiretrace_engine::Article]) -> (wiretrace_engine::Report, Overview) {
    let report = wiretrace_engine::analyze(articles);
    let index = ReportIndex::new(&report, articles);
    let overview = Overview::new(&report, &index, articles);
    (report, overview)
}

/// The overview's lines of one kind: (text without the quoted words, data-target).
async fn lines(browser: &Browser, kind: &str) -> Vec<(String, String)> {
    let css = format!("[data-testid=overview-line][data-kind={kind}]");
    let texts = browser.texts(&format!("{css} .wt-overview__text")).await;
    let targets = browser.attrs(&css, "data-target").await;
    texts.into_iter().zip(targets).collect()
}

/// Waits until the element matching `css` is at least partly in the window.
async fn until_in_view(browser: &Browser, css: &str) {
    browser
        .wait_until(
            "const el = document.querySelector(arguments[0]);
             if (!el) return false;
             const r = el.getBoundingClientRect();
             return r.top < window.innerHeight && r.bottom > 0;",
            vec![json!(css)],
            &format!("{css} is scrolled into view"),
        )
        .await;
}

/// Scrolls back to the top, so the next line's scroll is seen.
async fn to_top(browser: &Browser) {
    browser
        .client
        .execute("window.scrollTo(0, 0);", vec![])
        .await
        .expect("scrolled");
}

/// Clicks the overview line of `kind` leading to `target`.
async fn click_line(browser: &Browser, kind: &str, target: &str) {
    to_top(browser).await;
    browser
        .click(&format!(
            "[data-testid=overview-line][data-kind={kind}][data-target='{target}']"
        ))
        .await;
}

/// The example set: its counts, the empty agency line, the reuse lines
/// opening their pair, the verdicts line reached by keyboard.
async fn check_the_example(browser: &Browser, name: &str) {
    let example = wiretrace_app::example::articles();
    let (report, want) = expected(&example);
    browser.click("[data-testid=load-example]").await;
    browser.click("[data-testid=analyze]").await;
    browser.wait_for("[data-testid=overview]").await;
    let first = browser
        .client
        .execute(
            "return document.querySelector('[data-testid=results]').firstElementChild.dataset.testid;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(first, json!("overview"), "the overview comes first");
    assert_eq!(
        browser.texts("[data-testid=overview] h2").await,
        ["Overview"]
    );

    // A wire report, its newspaper copy, a rewording and an independent report.
    let verdicts = lines(browser, "verdicts").await;
    assert_eq!(verdicts.len(), 1);
    assert_eq!(verdicts[0].0, want.verdicts_line());
    assert!(
        verdicts[0].0 == "4 articles: 2 wholly derived, 0 partially derived, 2 independent",
        "{verdicts:?}"
    );
    let origins = lines(browser, "origins").await;
    assert_eq!(origins.len(), 1);
    assert_eq!(origins[0].0, report.origins_line());
    let agencies = lines(browser, "agency").await;
    assert!(agencies.is_empty(), "Meridian Press is no known agency");
    assert_eq!(
        browser.texts("[data-testid=overview-agencies]").await,
        [want.agency_heading()]
    );
    let clusters = lines(browser, "cluster").await;
    assert!(!clusters.is_empty(), "the wire's text is reused");
    assert_eq!(clusters.len(), want.clusters.len());
    for ((text, _), c) in clusters.iter().zip(&want.clusters) {
        assert_eq!(text, &c.line());
    }
    let quoted = browser
        .texts("[data-testid=overview-line][data-kind=cluster] .wt-overview__detail")
        .await;
    assert!(
        quoted[0].starts_with("KESTREL BAY (Meridian Press)"),
        "the wire's words, the earliest copy: {quoted:?}"
    );
    // The wire's 212 evacuated became "over 200" in the rewording.
    let changes = lines(browser, "change").await;
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert!(
        changes[0].0.starts_with("changed: 212 → 200"),
        "{changes:?}"
    );
    browser
        .screenshot_of("[data-testid=overview]", &format!("{name}-overview"))
        .await;

    // A changed-fact line opens that fact in the timeline's panel.
    click_line(browser, "change", &changes[0].1).await;
    browser
        .wait_for(&format!(
            "[data-testid=fact-panel][data-fact='{}']",
            changes[0].1
        ))
        .await;
    until_in_view(browser, "[data-testid=fact-panel]").await;

    // A reuse line opens its pair side by side and scrolls to it.
    let (_, pair) = &clusters[0];
    let (i, j): (usize, usize) = {
        let mut it = pair.split(' ').map(|k| k.parse().unwrap());
        (it.next().unwrap(), it.next().unwrap())
    };
    click_line(browser, "cluster", pair).await;
    until_in_view(browser, "[data-testid=pair-view]").await;
    let labels = browser
        .texts("[data-testid=pair-view] .wt-pair__label")
        .await;
    let label = |k: usize| wiretrace_app::state::label(&example[k]);
    assert_eq!(labels, [label(i), label(j)], "cluster pair {pair}");

    // The verdicts line, by keyboard: Tab to it, Enter, the table in view.
    to_top(browser).await;
    browser
        .client
        .execute(
            "document.querySelector('[data-testid=overview-line][data-kind=verdicts]').focus();",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        browser.focused("data-kind").await.as_deref(),
        Some("verdicts")
    );
    browser.press(Key::Enter).await;
    until_in_view(browser, "[data-testid=article-summary]").await;
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

/// The seeds: AFP copy in all five, Reuters credited in one, the toll that
/// changed; an agency line selects its node in the lineage, a changed-fact
/// line opens the fact.
async fn check_the_seeds(browser: &Browser, seeds: &[(String, String)], name: &str) {
    let titled: Vec<(String, &str)> = seeds
        .iter()
        .map(|(stem, text)| (format!("seed {}", &stem[..3]), text.as_str()))
        .collect();
    let articles: Vec<(&str, &str)> = titled.iter().map(|(t, x)| (t.as_str(), *x)).collect();
    browser.paste_articles(&articles).await;
    browser.click("[data-testid=analyze]").await;
    browser.wait_for("[data-testid=overview]").await;

    assert_eq!(
        browser.texts("[data-testid=overview-agencies]").await,
        ["Agency copy in 5 of 5 articles"]
    );
    let agencies = lines(browser, "agency").await;
    let texts: Vec<&str> = agencies.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "AFP: 5 articles",
            "Reuters: 1 article (credited, not in the set)"
        ]
    );
    assert_eq!(agencies[0].1, "wire:AFP");
    let origins = lines(browser, "origins").await;
    assert_eq!(
        origins[0].0,
        "5 articles, 2 origins: AFP (5 articles), Reuters (1 article)"
    );
    let verdicts = lines(browser, "verdicts").await;
    assert!(
        verdicts[0].0.starts_with("5 articles: ") && verdicts[0].0.ends_with(", 0 independent"),
        "{verdicts:?}"
    );
    assert!(!lines(browser, "cluster").await.is_empty());
    let changes = lines(browser, "change").await;
    let toll = changes
        .iter()
        .find(|(t, _)| t.contains("100 → 118"))
        .unwrap_or_else(|| panic!("the toll's change is a line: {changes:?}"))
        .clone();
    browser.scroll_to("[data-testid=overview]").await;
    browser
        .screenshot_of("[data-testid=overview]", &format!("{name}-overview"))
        .await;
    browser.screenshot(&format!("{name}-page")).await;

    // In print the lines are findings: they stay, though print hides buttons.
    let print = |media: &str| support::Cdp("Emulation.setEmulatedMedia", json!({ "media": media }));
    browser
        .client
        .issue_cmd(print("print"))
        .await
        .expect("print media");
    let printed = browser
        .client
        .execute(
            "return [...document.querySelectorAll('[data-testid=overview-line]')].every(e => e.offsetParent !== null)
                && document.querySelector('[data-testid=analyze]').offsetParent === null;",
            vec![],
        )
        .await
        .unwrap();
    browser
        .client
        .issue_cmd(print(""))
        .await
        .expect("screen media");
    assert_eq!(printed, json!(true), "print keeps the overview's lines");

    // An agency line selects its inferred wire in the lineage graph.
    click_line(browser, "agency", "wire:AFP").await;
    browser
        .wait_for("[data-testid=lineage-node][data-node='wire:AFP'][aria-pressed=true]")
        .await;
    let title = browser
        .wait_for("[data-testid=lineage-panel] [data-testid=panel-title]")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(title, "AFP: inferred wire source");
    until_in_view(browser, "[data-testid=lineage-panel]").await;

    // A credited agency selects the article that credits it.
    let reuters = &agencies[1].1;
    click_line(browser, "agency", reuters).await;
    browser
        .wait_for(&format!(
            "[data-testid=lineage-node][data-node='{reuters}'][aria-pressed=true]"
        ))
        .await;
    let attribution = browser
        .wait_for("[data-testid=lineage-panel] [data-testid=panel-attribution]")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        attribution.contains("Reuters (credited, not in the set)"),
        "{attribution}"
    );

    // A changed-fact line opens the fact in the timeline's panel.
    click_line(browser, "change", &toll.1).await;
    browser
        .wait_for(&format!("[data-testid=fact-panel][data-fact='{}']", toll.1))
        .await;
    let change = browser
        .texts("[data-testid=fact-panel] [data-testid=panel-change]")
        .await;
    assert!(change.iter().any(|c| c.contains("100 → 118")), "{change:?}");
    until_in_view(browser, "[data-testid=fact-panel]").await;
    browser.screenshot(&format!("{name}-fact")).await;
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

/// No request but to the page itself (and its data: and blob: parts).
async fn stayed_home(browser: &Browser, url: &str) {
    let home = url.rsplit_once('/').map_or(url, |(dir, _)| dir);
    let outside: Vec<String> = browser
        .requests()
        .await
        .into_iter()
        .filter(|u| !u.starts_with(home) && !u.starts_with("data:") && !u.starts_with("blob:"))
        .collect();
    assert!(outside.is_empty(), "requests left the page: {outside:?}");
}

#[tokio::test]
async fn served_site_overview_of_the_example_opens_its_pair_and_table() {
    let Some((_one, browser, url)) = open(Build::Served).await else {
        return;
    };
    check_the_example(&browser, "example-served").await;
    stayed_home(&browser, &url).await;
    browser.close().await;
}

#[tokio::test]
async fn offline_file_overview_of_the_example_opens_its_pair_and_table() {
    let Some((_one, browser, url)) = open(Build::Offline).await else {
        return;
    };
    check_the_example(&browser, "example-offline").await;
    stayed_home(&browser, &url).await;
    browser.close().await;
}

#[tokio::test]
async fn served_site_overview_of_the_seeds_leads_to_the_wire_and_the_changed_toll() {
    let Some(seeds) = seeds() else {
        eprintln!("skipping: ../shared/corpus/seeds (000 … 004) not found");
        return;
    };
    let Some((_one, browser, url)) = open(Build::Served).await else {
        return;
    };
    check_the_seeds(&browser, &seeds, "seeds-served").await;
    stayed_home(&browser, &url).await;
    browser.close().await;
}

#[tokio::test]
async fn offline_file_overview_of_the_seeds_leads_to_the_wire_and_the_changed_toll() {
    let Some(seeds) = seeds() else {
        eprintln!("skipping: ../shared/corpus/seeds (000 … 004) not found");
        return;
    };
    let Some((_one, browser, url)) = open(Build::Offline).await else {
        return;
    };
    check_the_seeds(&browser, &seeds, "seeds-offline").await;
    stayed_home(&browser, &url).await;
    browser.close().await;
}
