//! End-to-end tests: the real app in headless Chromium, driven as a person
//! would use it, against the served site and the offline file from file://.

mod support;

use fantoccini::key::Key;
use std::collections::BTreeSet;
use support::{file_url, root, seeds, server, two_articles, unavailable, Browser};

/// One browser at a time: these machines have two cores.
static BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The app served from dist/ on 127.0.0.1 and open in a fresh browser (which
/// holds the one-browser lock), or None when the browser tests cannot run here.
async fn open_served() -> Option<(tokio::sync::MutexGuard<'static, ()>, Browser, String)> {
    if unavailable().is_some() {
        return None;
    }
    let one = BROWSER.lock().await;
    let base = server::serve(root().join("dist"));
    let browser = Browser::start().await;
    browser.open(&format!("{base}index.html")).await;
    Some((one, browser, base))
}

/// Parses "42%" or "<1%" from the pair table.
fn percent(cell: &str) -> f64 {
    cell.trim_start_matches('<')
        .trim_end_matches('%')
        .parse()
        .unwrap_or_else(|_| panic!("not a percentage: {cell:?}"))
}

/// Pastes two articles, presses Analyze and checks what a person would see:
/// the pair with a non-zero share both ways, highlighted passages in both
/// texts that really occur in the other, no console error, and no request
/// except to `allowed` (the page's own origin).
async fn paste_analyze_and_check(browser: &Browser, allowed: &[&str], screenshot: &str) {
    let (a, b, seeds) = two_articles();
    browser.paste(0, &a).await;
    browser.paste(1, &b).await;
    browser.click("[data-testid=analyze]").await;
    browser.wait_for("[data-testid=pair-row]").await;

    let rows = browser.texts("[data-testid=pair-row]").await;
    assert_eq!(rows.len(), 1, "two articles make one pair: {rows:?}");
    let a_in_b = percent(&browser.texts("[data-testid=a-in-b]").await[0]);
    let b_in_a = percent(&browser.texts("[data-testid=b-in-a]").await[0]);
    assert!(
        a_in_b > 0.0 && b_in_a > 0.0,
        "shares {a_in_b}% and {b_in_a}%"
    );
    let longest: usize = browser.texts("[data-testid=longest-passage]").await[0]
        .parse()
        .unwrap();
    if seeds {
        // Seed 004 carries a long block of 000 with "Hashed" renamed "PMF".
        assert!(longest > 100, "longest passage {longest} words");
        assert!(a_in_b > 40.0, "000 in 004: {a_in_b}%");
    }

    let left = browser
        .texts("[data-testid=text-a] mark[data-testid=highlight]")
        .await;
    let right = browser
        .texts("[data-testid=text-b] mark[data-testid=highlight]")
        .await;
    assert!(
        !left.is_empty() && !right.is_empty(),
        "highlights: {} left, {} right",
        left.len(),
        right.len()
    );
    // The longest marked run on the left is found on the right, word for word
    // (matching ignores case and punctuation, as the engine does).
    let words = |t: &str| -> String {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let right_text = words(&browser.texts("[data-testid=text-b]").await.concat());
    let longest_mark = left.iter().max_by_key(|m| m.len()).unwrap();
    let first_words: String = words(longest_mark)
        .split(' ')
        .take(5)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        right_text.contains(&first_words),
        "{first_words:?} highlighted on the left but not in the right text"
    );

    browser.screenshot(screenshot).await;
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    let requests = browser.requests().await;
    assert!(
        requests.iter().any(|url| url.starts_with(allowed[0])),
        "the request log must see the page itself: {requests:?}"
    );
    let outside: Vec<String> = requests
        .into_iter()
        .filter(|url| !allowed.iter().any(|ok| url.starts_with(ok)))
        .collect();
    assert!(outside.is_empty(), "requests left the page: {outside:?}");
}

/// A hand-written text of `crates/engine/tests/fixtures/rewrites/event01`
/// (PA court copy as the feed delivered it, and what papers made of it).
fn event01(name: &str) -> String {
    let path = root().join(format!(
        "crates/engine/tests/fixtures/rewrites/event01/{name}.txt"
    ));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[tokio::test]
async fn served_site_shows_the_shared_passages_of_two_pasted_articles() {
    let Some((_one, browser, base)) = open_served().await else {
        return;
    };
    paste_analyze_and_check(&browser, &[&base, "data:", "blob:"], "served-site").await;
    browser.close().await;
}

#[tokio::test]
async fn offline_file_opened_from_disk_shows_the_shared_passages() {
    if unavailable().is_some() {
        return;
    }
    let _one = BROWSER.lock().await;
    let url = file_url(&root().join("dist/wiretrace.html"));
    let browser = Browser::start().await;
    browser.open(&url).await;
    paste_analyze_and_check(&browser, &[&url, "data:", "blob:"], "offline-file").await;
    browser.close().await;
}

#[tokio::test]
async fn a_brief_written_from_hard_wrapped_wire_copy_is_wholly_derived() {
    let Some((_one, browser, _)) = open_served().await else {
        return;
    };
    // Wire copy pasted as the feed delivered it (wrapped at ~72 characters,
    // slug, version, timestamp and byline lines, an "ends" trailer), and a
    // 59-word brief that merges its sentences.
    browser.paste(0, &event01("wire")).await;
    browser.paste(1, &event01("brief")).await;
    browser.click("[data-testid=analyze]").await;
    browser.wait_for("[data-testid=pair-row]").await;
    let verdicts = browser.texts("[data-testid=verdict]").await;
    assert_eq!(verdicts[1], "wholly derived", "the brief: {verdicts:?}");
    // Both texts are marked, the wire across its line breaks, and its feed
    // lines are shown as clutter.
    let wire_marks = browser
        .texts("[data-testid=text-a] mark[data-testid=highlight]")
        .await;
    let brief_marks = browser
        .texts("[data-testid=text-b] mark[data-testid=highlight]")
        .await;
    assert!(
        !brief_marks.is_empty() && wire_marks.iter().any(|m| m.contains('\n')),
        "wire marks {wire_marks:?}, brief marks {brief_marks:?}"
    );
    let clutter = browser
        .texts("[data-testid=text-a] .wt-text__boilerplate")
        .await
        .concat();
    for line in ["COURTS Ellery/Jailed", "12/03/2024 15:47 GMT", "ends"] {
        assert!(
            clutter.contains(line),
            "{line:?} not shown as clutter: {clutter:?}"
        );
    }
    browser.screenshot("wrapped-wire-and-brief").await;
    browser.close().await;
}

#[tokio::test]
async fn one_article_is_not_enough_and_pasted_text_survives_a_reload() {
    let Some((_one, browser, _)) = open_served().await else {
        return;
    };
    browser
        .paste(
            0,
            "Only one article, pasted with <b>markup</b> that must stay text.",
        )
        .await;
    browser.click("[data-testid=analyze]").await;
    let message = browser
        .wait_for("[data-testid=message]")
        .await
        .text()
        .await
        .unwrap();
    assert!(message.contains("at least 2 articles"), "{message}");
    assert!(browser.texts("[data-testid=results]").await.is_empty());

    browser.client.refresh().await.unwrap();
    browser.wait_for("[data-testid=analyze]").await;
    let kept: String = browser
        .client
        .execute(
            "return document.querySelector('[data-testid=article-text]').value",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert_eq!(
        kept,
        "Only one article, pasted with <b>markup</b> that must stay text."
    );
    browser.screenshot("one-article-message").await;
    assert!(browser.console_errors().await.is_empty());
    browser.close().await;
}

#[tokio::test]
async fn the_example_set_loads_and_shows_a_copy_a_rewording_and_an_independent_report() {
    let Some((_one, browser, _)) = open_served().await else {
        return;
    };
    browser.paste(0, "Kept: my own article text.").await;
    browser.click("[data-testid=load-example]").await;
    let boxes = browser.texts("[data-testid=article-card]").await;
    assert_eq!(
        boxes.len(),
        5,
        "the pasted article stays, the empty one gives way to four examples"
    );
    browser.click("[data-testid=analyze]").await;
    browser.wait_for("[data-testid=pair-row]").await;
    let rows = browser.texts("[data-testid=pair-row]").await;
    // The wire shares with its newspaper copy and with the rewording, and those two with each other.
    assert_eq!(rows.len(), 3, "{rows:?}");
    let copy = |r: &String| {
        r.contains("Ferry aground off Kestrel Bay") && r.contains("Ferry runs aground")
    };
    assert!(rows.iter().any(copy), "{rows:?}");
    assert!(
        rows.iter().all(|r| !r.contains("Sorrel islanders")),
        "the independent report shares nothing: {rows:?}"
    );
    assert_eq!(
        browser.texts("[data-testid=heat-cell]").await.len(),
        20,
        "5×5 matrix less its diagonal"
    );
    let verdicts = browser.texts("[data-testid=verdict]").await;
    assert_eq!(
        verdicts[4], "independent",
        "the independent report: {verdicts:?}"
    );
    assert_ne!(
        verdicts[2], "independent",
        "the newspaper copy: {verdicts:?}"
    );
    assert_ne!(verdicts[3], "independent", "the rewording: {verdicts:?}");
    // The rewording, opened from the matrix, is marked as paraphrase.
    browser
        .click("[data-testid=heat-cell][data-row=A4][data-col=A2]")
        .await;
    let reworded = browser
        .texts("[data-testid=text-a] mark[data-mode=paraphrase]")
        .await;
    assert!(
        reworded.len() >= 3,
        "reworded sentences marked: {reworded:?}"
    );
    browser.screenshot("example").await;
    browser
        .client
        .execute(
            "document.querySelector('[data-testid=pair-view]').scrollIntoView();",
            vec![],
        )
        .await
        .unwrap();
    browser.screenshot("example-pair").await;
    assert!(browser.console_errors().await.is_empty());
    browser.close().await;
}

#[tokio::test]
async fn matrix_cells_open_pairs_and_marked_passages_link_to_their_counterpart() {
    let Some((_one, browser, _)) = open_served().await else {
        return;
    };
    browser.click("[data-testid=load-example]").await;
    browser.click("[data-testid=analyze]").await;
    // Open the newspaper (row A2) against the wire (column A1) from the matrix.
    browser
        .click("[data-testid=heat-cell][data-row=A2][data-col=A1]")
        .await;
    let left = browser
        .texts("[data-testid=pair-view] .wt-pair__label")
        .await;
    assert!(
        left[0].starts_with("A2") && left[1].starts_with("A1"),
        "{left:?}"
    );
    // The boilerplate of the newspaper ("Read more: …") is shown as such.
    let clutter = browser
        .texts("[data-testid=text-a] [data-testid=boilerplate]")
        .await;
    assert_eq!(clutter, ["Read more: Storm damage along the coast"]);

    // Clicking the last marked passage on the left brings its counterpart into view on the right.
    let link: String = browser
        .client
        .execute(
            "const marks = document.querySelectorAll('[data-side=text-a] mark[data-link]');
             const last = marks[marks.length - 1]; last.scrollIntoView(); return last.dataset.link;",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned();
    browser
        .click(&format!("[data-side=text-a] mark[data-link='{link}']"))
        .await;
    let visible = browser
        .client
        .execute(
            "const t = document.querySelector(`[data-side=text-b] mark[data-link='${arguments[0]}']`);
             const box = t.closest('.wt-text').getBoundingClientRect(), r = t.getBoundingClientRect();
             return t.classList.contains('wt-text__mark--active') && r.top >= box.top - 1 && r.bottom <= box.bottom + 1
                 && r.top >= 0 && r.bottom <= window.innerHeight;",
            vec![serde_json::json!(link)],
        )
        .await
        .unwrap();
    assert_eq!(
        visible,
        serde_json::json!(true),
        "counterpart of {link} is not shown"
    );
    browser.screenshot("linked-passage").await;
    assert!(browser.console_errors().await.is_empty());
    browser.close().await;
}

/// Pastes the five seeds (000 … 004 as A1 … A5), analyzes them and checks
/// what the lineage work shows: the origins, the inferred AFP wire and its
/// five edges, the evidence panel reached from the keyboard, the uncredited
/// flag, the source bars and what a segment marks, and the credits in the
/// texts. Saves screenshots named `<name>-…`.
async fn check_the_seeds_lineage(browser: &Browser, seeds: &[(String, String)], name: &str) {
    let titled: Vec<(String, &str)> = seeds
        .iter()
        .map(|(stem, text)| (format!("seed {}", &stem[..3]), text.as_str()))
        .collect();
    let articles: Vec<(&str, &str)> = titled.iter().map(|(t, x)| (t.as_str(), *x)).collect();
    browser.paste_articles(&articles).await;
    browser.click("[data-testid=analyze]").await;
    let origins = browser
        .wait_for("[data-testid=origins]")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        origins,
        "5 articles, 2 origins: AFP (5 articles), Reuters (1 article)"
    );
    browser.scroll_to("[data-testid=results]").await;
    browser.screenshot(&format!("{name}-results")).await;

    // The lineage: one inferred AFP wire, the parent of all five.
    let nodes = browser
        .attrs("[data-testid=lineage-node]", "data-node")
        .await;
    assert!(nodes.contains(&"wire:AFP".to_owned()), "nodes {nodes:?}");
    let from_wire: BTreeSet<String> = browser
        .attrs(
            "[data-testid=lineage-edge][data-source='wire:AFP']",
            "data-target",
        )
        .await
        .into_iter()
        .collect();
    let all: BTreeSet<String> = (1..=5).map(|i| format!("A{i}")).collect();
    assert_eq!(from_wire, all, "wire:AFP → every article");
    assert_eq!(browser.texts("[data-testid=lineage-edge]").await.len(), 5);

    // 000 (A1) reproduces AFP copy without naming AFP.
    let flag = browser
        .wait_for("[data-testid=article-row][data-article=A1] [data-testid=uncredited]")
        .await;
    assert_eq!(flag.text().await.unwrap(), "uncredited agency copy");
    assert!(flag
        .attr("title")
        .await
        .unwrap()
        .is_some_and(|t| t.contains("without naming")));

    // 004 (A5): AFP, Reuters credited but not in the set, and its own reporting.
    let bar = "[data-testid=article-summary] [data-testid=source-bar][data-article=A5]";
    let segments: BTreeSet<String> = browser
        .attrs(
            &format!("{bar} [data-testid=source-segment]"),
            "data-source",
        )
        .await
        .into_iter()
        .collect();
    let expected: BTreeSet<String> = ["wire:AFP", "credited:REUTERS", "own"]
        .map(String::from)
        .into();
    assert_eq!(segments, expected);
    browser.scroll_to("[data-testid=article-summary]").await;
    browser
        .screenshot_of(
            "[data-testid=article-summary]",
            &format!("{name}-source-bars"),
        )
        .await;

    // Keyboard: focus the first node, Tab along to A5, Enter opens its evidence.
    browser
        .client
        .execute(
            "document.querySelector('[data-testid=lineage-node][data-node=A1]').focus();",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        browser.focused("data-node").await.as_deref(),
        Some("A1"),
        "a node takes the focus"
    );
    for _ in 0..4 {
        browser.press(Key::Tab).await;
    }
    assert_eq!(
        browser.focused("data-node").await.as_deref(),
        Some("A5"),
        "Tab moves from node to node"
    );
    browser.press(Key::Enter).await;
    let title = browser
        .wait_for("[data-testid=lineage-panel] [data-testid=panel-title]")
        .await;
    assert!(title.text().await.unwrap().starts_with("A5"));
    let panel = browser.texts("[data-testid=lineage-panel]").await.concat();
    assert!(
        panel.contains("Reuters (credited, not in the set)"),
        "{panel}"
    );
    let credits: Vec<(String, String)> = {
        let agencies = browser
            .attrs(
                "[data-testid=lineage-panel] [data-testid=panel-credit]",
                "data-agency",
            )
            .await;
        let kinds = browser
            .attrs(
                "[data-testid=lineage-panel] [data-testid=panel-credit]",
                "data-kind",
            )
            .await;
        agencies.into_iter().zip(kinds).collect()
    };
    assert!(
        credits.contains(&("Reuters".into(), "in-text".into())),
        "{credits:?}"
    );
    assert!(
        credits.contains(&("AFP".into(), "photo".into())),
        "{credits:?}"
    );
    assert!(
        panel.contains("photo credit (credits a picture, not the text)"),
        "{panel}"
    );
    // Its main parent is the wire: the panel quotes what it shares with its siblings.
    assert!(!browser
        .texts("[data-testid=lineage-panel] [data-testid=panel-passage]")
        .await
        .is_empty());
    browser.scroll_to("[data-testid=lineage]").await;
    browser
        .screenshot_of("[data-testid=lineage]", &format!("{name}-lineage"))
        .await;

    // Space on the wire opens its versions, what v2 added and who names it.
    browser
        .client
        .execute(
            "document.querySelector('[data-testid=lineage-node][data-node=\"wire:AFP\"]').focus();",
            vec![],
        )
        .await
        .unwrap();
    browser.press(Key::Space).await;
    let title = browser
        .wait_for("[data-testid=lineage-panel] [data-testid=panel-title]")
        .await;
    assert_eq!(title.text().await.unwrap(), "AFP: inferred wire source");
    assert_eq!(
        browser
            .texts("[data-testid=lineage-panel] [data-testid=panel-child]")
            .await
            .len(),
        5
    );
    let versions = browser
        .attrs(
            "[data-testid=lineage-panel] [data-testid=panel-version]",
            "data-version",
        )
        .await;
    assert_eq!(versions, ["1", "2"]);
    assert!(browser
        .texts("[data-testid=lineage-panel] [data-testid=panel-added]")
        .await
        .iter()
        .all(|t| !t.trim().is_empty()));
    let naming = browser
        .texts("[data-testid=lineage-panel] [data-testid=panel-credit]")
        .await;
    assert!(
        naming.iter().any(|c| c.contains("BAGHDAD (AFP)")),
        "{naming:?}"
    );
    browser
        .screenshot_of("[data-testid=lineage]", &format!("{name}-lineage-wire"))
        .await;

    // A segment of 004's bar shows 004 with what it credits to Reuters marked.
    browser
        .click(&format!(
            "{bar} [data-testid=source-segment][data-source='credited:REUTERS']"
        ))
        .await;
    let view = browser
        .wait_for("[data-testid=article-view][data-article=A5][data-source='credited:REUTERS']")
        .await;
    let marked = browser
        .texts("[data-testid=article-view] [data-testid=source-span]")
        .await;
    assert!(
        !marked.is_empty() && marked.iter().all(|m| !m.trim().is_empty()),
        "{marked:?}"
    );
    let told = browser
        .texts("[data-testid=article-view] [data-testid=credit][data-kind=in-text][data-agency=Reuters]")
        .await;
    assert_eq!(told, ["told Reuters"]);
    let photo = browser
        .texts("[data-testid=article-view] [data-testid=credit][data-kind=photo][data-agency=AFP]")
        .await;
    assert!(photo.iter().any(|p| p.contains("AFP")), "{photo:?}");
    assert!(view.attr("data-source").await.unwrap().is_some());
    browser.scroll_to("[data-testid=article-view]").await;
    browser
        .screenshot_of(
            "[data-testid=article-view]",
            &format!("{name}-article-view"),
        )
        .await;

    // The pair opened first (001 and 003) marks 003's AFP dateline.
    let datelines = browser
        .texts("[data-testid=pair-view] [data-testid=credit][data-kind=dateline]")
        .await;
    assert!(
        datelines.iter().any(|d| d.starts_with("BAGHDAD (AFP)")),
        "{datelines:?}"
    );
    browser.scroll_to("[data-testid=pair-view]").await;
    browser
        .screenshot_of("[data-testid=pair-view]", &format!("{name}-pair-credits"))
        .await;
    browser.screenshot(&format!("{name}-page")).await;
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

#[tokio::test]
async fn served_site_shows_the_seeds_origins_lineage_credits_and_source_bars() {
    let Some(seeds) = seeds() else {
        eprintln!("skipping: ../shared/corpus/seeds (000 … 004) not found");
        return;
    };
    let Some((_one, browser, _)) = open_served().await else {
        return;
    };
    check_the_seeds_lineage(&browser, &seeds, "seeds-served").await;
    browser.close().await;
}

#[tokio::test]
async fn offline_file_shows_the_seeds_origins_lineage_credits_and_source_bars() {
    let Some(seeds) = seeds() else {
        eprintln!("skipping: ../shared/corpus/seeds (000 … 004) not found");
        return;
    };
    if unavailable().is_some() {
        return;
    }
    let _one = BROWSER.lock().await;
    let url = file_url(&root().join("dist/wiretrace.html"));
    let browser = Browser::start().await;
    browser.open(&url).await;
    check_the_seeds_lineage(&browser, &seeds, "seeds-offline").await;
    let outside: Vec<String> = browser
        .requests()
        .await
        .into_iter()
        .filter(|u| !u.starts_with(&url) && !u.starts_with("data:") && !u.starts_with("blob:"))
        .collect();
    assert!(outside.is_empty(), "requests left the page: {outside:?}");
    browser.close().await;
}

#[tokio::test]
async fn a_wire_in_the_set_is_the_parent_of_its_brief_and_an_independent_report_has_no_edge() {
    let Some((_one, browser, _)) = open_served().await else {
        return;
    };
    // Hand-written: PA copy as the feed delivered it, a brief written from
    // it, and a report by a reporter who was there (same facts, own words).
    let (wire, brief, independent) = (event01("wire"), event01("brief"), event01("independent"));
    browser
        .paste_articles(&[
            ("PA wire", &wire),
            ("Brief", &brief),
            ("Reporter in court", &independent),
        ])
        .await;
    browser.click("[data-testid=analyze]").await;
    browser.wait_for("[data-testid=lineage]").await;
    let nodes = browser
        .attrs("[data-testid=lineage-node]", "data-node")
        .await;
    assert_eq!(
        nodes,
        ["A1", "A2", "A3"],
        "the wire is in the set: no inferred node"
    );
    let edges: Vec<(String, String)> = browser
        .attrs("[data-testid=lineage-edge]", "data-source")
        .await
        .into_iter()
        .zip(
            browser
                .attrs("[data-testid=lineage-edge]", "data-target")
                .await,
        )
        .collect();
    assert_eq!(
        edges,
        [("A1".to_owned(), "A2".to_owned())],
        "wire → brief, and nothing else"
    );
    // The brief's panel names the wire as its parent and quotes what it took.
    browser
        .click("[data-testid=lineage-node][data-node=A2]")
        .await;
    let parents = browser
        .attrs(
            "[data-testid=lineage-panel] [data-testid=panel-parent]",
            "data-source",
        )
        .await;
    assert_eq!(parents, ["A1"]);
    assert!(!browser
        .texts("[data-testid=lineage-panel] [data-testid=panel-passage]")
        .await
        .is_empty());
    // The independent report: no parent, its body all its own.
    browser
        .click("[data-testid=lineage-node][data-node=A3]")
        .await;
    let panel = browser.texts("[data-testid=lineage-panel]").await.concat();
    assert!(panel.contains("No parent"), "{panel}");
    let own = browser
        .attrs("[data-testid=article-summary] [data-testid=source-bar][data-article=A3] [data-testid=source-segment]", "data-source")
        .await;
    assert_eq!(own, ["own"]);
    browser.scroll_to("[data-testid=lineage]").await;
    browser
        .screenshot_of("[data-testid=lineage]", "wire-brief-independent-lineage")
        .await;
    assert!(browser.console_errors().await.is_empty());
    browser.close().await;
}

#[tokio::test]
async fn twenty_generated_articles_fit_the_lineage_view_without_overlap() {
    let Some((_one, browser, _)) = open_served().await else {
        return;
    };
    // Generated: wire stories with their copies, rewrites and briefs,
    // independent reports and unrelated stories, with outlets and times.
    let corpus = wiretrace_synth::corpus_of_size(20, 7);
    browser.load_workspace(&corpus.to_workspace_json()).await;
    browser.click("[data-testid=analyze]").await;
    browser.wait_for("[data-testid=lineage]").await;
    let nodes = browser.texts("[data-testid=lineage-node]").await.len();
    assert!(nodes >= 20, "{nodes} nodes");
    // Measured on screen: boxes inside the drawing, none over another, and
    // every edge running from left to right.
    let problems = browser
        .client
        .execute(
            "const svg = document.querySelector('[data-testid=lineage] svg').getBoundingClientRect();
             const box = id => document.querySelector(`[data-testid=lineage-node][data-node='${id}'] rect`).getBoundingClientRect();
             const nodes = [...document.querySelectorAll('[data-testid=lineage-node]')].map(n => [n.dataset.node, box(n.dataset.node)]);
             const out = [];
             for (const [id, r] of nodes) {
               if (r.left < svg.left - 0.5 || r.right > svg.right + 0.5 || r.top < svg.top - 0.5 || r.bottom > svg.bottom + 0.5) out.push(`${id} outside the drawing`);
             }
             for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
               const [a, p] = nodes[i], [b, q] = nodes[j];
               if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) out.push(`${a} overlaps ${b}`);
             }
             for (const e of document.querySelectorAll('[data-testid=lineage-edge]')) {
               if (box(e.dataset.source).right >= box(e.dataset.target).left) out.push(`${e.dataset.source} → ${e.dataset.target} runs right to left`);
             }
             // No edge runs behind a box: sample each line in drawing units.
             const boxes = [...document.querySelectorAll('[data-testid=lineage-node]')].map(n => {
               const m = n.transform.baseVal.consolidate().matrix, r = n.querySelector('rect');
               return [n.dataset.node, m.e, m.f, r.width.baseVal.value, r.height.baseVal.value];
             });
             for (const e of document.querySelectorAll('[data-testid=lineage-edge]')) {
               const line = e.querySelector('.wt-lineage__line'), total = line.getTotalLength();
               for (let l = 0; l <= total; l += 3) {
                 const p = line.getPointAtLength(l);
                 for (const [id, x, y, w, h] of boxes) {
                   if (p.x > x + 1 && p.x < x + w - 1 && p.y > y + 1 && p.y < y + h - 1) {
                     out.push(`${e.dataset.source} → ${e.dataset.target} runs behind ${id}`);
                     l = total + 1;
                     break;
                   }
                 }
               }
             }
             return out;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(problems, serde_json::json!([]), "layout problems");
    let caption = browser
        .texts("[data-testid=lineage] .wt-note")
        .await
        .concat();
    assert!(caption.contains("by publication time"), "{caption}");
    // A node of the last column is reachable: the drawing scrolls, it is not cut.
    browser.scroll_to("[data-testid=lineage]").await;
    browser
        .screenshot_of("[data-testid=lineage]", "generated-20-lineage")
        .await;
    assert!(browser.console_errors().await.is_empty());
    browser.close().await;
}

/// The id of the fact row whose fact text contains `words`.
async fn fact_row_with(browser: &Browser, words: &str) -> String {
    let id = browser
        .client
        .execute(
            "const row = [...document.querySelectorAll('[data-testid=fact-row]')]
               .find(r => r.querySelector('.wt-facts__text').textContent.includes(arguments[0]));
             return row ? row.dataset.fact : null;",
            vec![serde_json::json!(words)],
        )
        .await
        .unwrap();
    id.as_str()
        .unwrap_or_else(|| panic!("no fact row says {words:?}"))
        .to_owned()
}

/// What each cell of fact row `fact` marks, by article id: "first", the
/// repetition's kind ("verbatim", "reworded", "merged") or "".
async fn row_marks(browser: &Browser, fact: &str) -> Vec<(String, String)> {
    let marks = browser
        .client
        .execute(
            "const row = document.querySelector(`[data-testid=fact-row][data-fact='${arguments[0]}']`);
             return [...row.querySelectorAll('td')].map(td => [td.dataset.article,
               td.querySelector('[data-testid=fact-first]') ? 'first'
                 : (td.querySelector('[data-testid=fact-repeat]')?.dataset.how ?? '')]);",
            vec![serde_json::json!(fact)],
        )
        .await
        .unwrap();
    serde_json::from_value(marks).unwrap()
}

/// The article ids of the timeline's columns, left to right.
async fn columns(browser: &Browser) -> Vec<String> {
    browser
        .attrs("[data-testid=timeline-article]", "data-article")
        .await
}

/// The facts timeline count line's first number: how many rows are shown.
async fn shown_count(browser: &Browser) -> usize {
    let line = browser
        .wait_for("[data-testid=facts-count]")
        .await
        .text()
        .await
        .unwrap();
    line.trim_start_matches("showing ")
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("not a count line: {line:?}"))
}

/// Pastes the five seeds (000 … 004 as A1 … A5), analyzes them and checks
/// the facts timeline: the note and the columns, the toll first in 000 and
/// repeated in the others, the count of attacks that changed to 118 in 004,
/// the contradicted "no immediate comment", the filters and the search, the
/// fact panel from a click and from the keyboard, a corrected time that
/// re-orders the columns and moves the first marker, and the facts an
/// article added. Saves screenshots named `<name>-…`.
async fn check_the_seeds_timeline(browser: &Browser, seeds: &[(String, String)], name: &str) {
    let titled: Vec<(String, &str)> = seeds
        .iter()
        .map(|(stem, text)| (format!("seed {}", &stem[..3]), text.as_str()))
        .collect();
    let articles: Vec<(&str, &str)> = titled.iter().map(|(t, x)| (t.as_str(), *x)).collect();
    browser.paste_articles(&articles).await;
    browser.click("[data-testid=analyze]").await;
    let note = browser
        .wait_for("[data-testid=timeline-note]")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(note, "Ordered by publication time (5 read from the text).");
    assert_eq!(columns(browser).await, ["A1", "A2", "A3", "A4", "A5"]);
    let times = browser.texts("[data-testid=timeline-time]").await;
    assert!(times.iter().all(|t| t == "2024-01-04"), "{times:?}");
    let sources = browser.texts("[data-testid=time-source]").await;
    assert!(
        sources.iter().all(|s| s.contains("read from the text: “")),
        "{sources:?}"
    );

    // Many facts: at first only those two or more articles carry.
    let single = browser
        .wait_for("[data-testid=facts-filter-single]")
        .await
        .prop("checked")
        .await
        .unwrap();
    assert_eq!(
        single.as_deref(),
        Some("false"),
        "over 40 facts: single-article facts hidden"
    );
    let at_first = shown_count(browser).await;
    let count = browser.texts("[data-testid=facts-count]").await.concat();
    // "showing N of M facts (K more in one article only, hidden)"
    let total: usize = count
        .split(" of ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|m| m.parse().ok())
        .unwrap_or_else(|| panic!("not a count line: {count}"));
    assert!(total > 40 && at_first < total, "{count}");
    assert!(count.contains("in one article only, hidden"), "{count}");
    for row in browser.attrs("[data-testid=fact-row]", "data-fact").await {
        let carried = row_marks(browser, &row)
            .await
            .into_iter()
            .filter(|(_, m)| !m.is_empty())
            .count();
        assert!(carried >= 2, "{row} is carried by {carried} article(s)");
    }
    browser.scroll_to("[data-testid=timeline]").await;
    browser
        .screenshot_of("[data-testid=timeline]", &format!("{name}-timeline"))
        .await;

    // "Two killed and seven wounded": first in 000, repeated in 001 … 004.
    browser.search_facts("seven").await;
    let toll = fact_row_with(browser, "two members and wounded seven others").await;
    let marks = row_marks(browser, &toll).await;
    assert_eq!(marks[0], ("A1".into(), "first".into()), "{marks:?}");
    for (article, mark) in &marks[1..] {
        assert!(
            ["verbatim", "reworded", "merged"].contains(&mark.as_str()),
            "{article}: {mark:?}"
        );
    }
    let titles = browser
        .attrs(
            &format!("[data-testid=fact-row][data-fact='{toll}'] [data-testid=fact-repeat]"),
            "title",
        )
        .await;
    assert!(
        titles.iter().all(|t| t.starts_with("repeats it: ")),
        "{titles:?}"
    );
    let searched = shown_count(browser).await;
    assert!(
        searched < at_first,
        "{searched} of {at_first} facts say seven"
    );
    // Case and the words of a later mention count: only 001 says "seven injured".
    browser.search_facts("SEVEN INJURED").await;
    assert_eq!(
        browser.attrs("[data-testid=fact-row]", "data-fact").await,
        std::slice::from_ref(&toll)
    );
    browser.search_facts("words no article has").await;
    browser.wait_for("[data-testid=facts-none]").await;
    assert!(browser.texts("[data-testid=fact-row]").await.is_empty());
    browser.search_facts("").await;

    // More than 100 attacks, at least 118 in 004 (A5).
    let attacks = fact_row_with(browser, "more than 100 attacks").await;
    let change = browser
        .texts(&format!(
            "[data-testid=fact-row][data-fact='{attacks}'] [data-testid=fact-change]"
        ))
        .await;
    assert_eq!(change.len(), 1, "{change:?}");
    assert!(
        change[0].contains("100 → 118") && change[0].contains("at least 118 in A5"),
        "{change:?}"
    );
    // No immediate comment from US officials, then the Pentagon's words.
    let silence = fact_row_with(browser, "no immediate comment").await;
    let contradiction = browser
        .texts(&format!(
            "[data-testid=fact-row][data-fact='{silence}'] [data-testid=fact-contradiction]"
        ))
        .await;
    assert!(
        !contradiction.is_empty() && contradiction[0].contains("contradicted in"),
        "{contradiction:?}"
    );

    // Only changed or contradicted facts.
    browser.click("[data-testid=facts-filter-changed]").await;
    let kept = browser.attrs("[data-testid=fact-row]", "data-fact").await;
    assert!(
        kept.contains(&attacks) && kept.contains(&silence),
        "{kept:?}"
    );
    assert!(!kept.contains(&toll), "the toll did not change: {kept:?}");
    for row in &kept {
        let flagged = browser
            .texts(&format!(
                "[data-testid=fact-row][data-fact='{row}'] :is([data-testid=fact-change], [data-testid=fact-contradiction])"
            ))
            .await;
        assert!(
            !flagged.is_empty(),
            "{row} is neither changed nor contradicted"
        );
    }
    browser.click("[data-testid=facts-filter-changed]").await;
    assert_eq!(shown_count(browser).await, at_first);

    // Only the facts of 002 (A3); then all single-article facts, and the
    // photo captions after the facts.
    browser
        .set_value("[data-testid=facts-filter-article]", "A3", "change")
        .await;
    let of_a3 = browser.attrs("[data-testid=fact-row]", "data-fact").await;
    assert!(!of_a3.is_empty() && of_a3.len() < at_first, "{of_a3:?}");
    for row in &of_a3 {
        let marks = row_marks(browser, row).await;
        let a3 = marks.iter().find(|(a, _)| a == "A3").unwrap();
        assert!(!a3.1.is_empty(), "{row} is not in A3: {marks:?}");
    }
    browser
        .set_value("[data-testid=facts-filter-article]", "all", "change")
        .await;
    browser.click("[data-testid=facts-filter-single]").await;
    assert_eq!(shown_count(browser).await, total);
    let captions = browser
        .texts("[data-testid=caption-group] [data-testid=fact-row]")
        .await;
    assert_eq!(captions.len(), 3, "004's photo captions: {captions:?}");
    let last_is_caption = browser
        .client
        .execute(
            "const rows = [...document.querySelectorAll('[data-testid=fact-row]')];
             return rows.at(-1).closest('[data-testid=caption-group]') !== null
               && rows[0].closest('[data-testid=caption-group]') === null;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(last_is_caption, serde_json::json!(true));
    browser.click("[data-testid=facts-filter-single]").await;

    // A click on the toll opens every mention in context.
    browser
        .click(&format!(
            "[data-testid=fact-row][data-fact='{toll}'] .wt-facts__text"
        ))
        .await;
    let panel = browser
        .wait_for(&format!("[data-testid=fact-panel][data-fact='{toll}']"))
        .await;
    let mentions = browser
        .attrs(
            "[data-testid=fact-panel] [data-testid=fact-mention]",
            "data-article",
        )
        .await;
    assert_eq!(mentions, ["A1", "A2", "A3", "A4", "A5"]);
    let marked = browser
        .texts("[data-testid=fact-panel] [data-testid=fact-mention] [data-testid=fact-span]")
        .await;
    assert_eq!(marked.len(), 5);
    assert!(marked.iter().all(|m| m.contains("seven")), "{marked:?}");
    let first = browser
        .texts("[data-testid=fact-first-appeared]")
        .await
        .concat();
    assert!(
        first.starts_with("First appeared in A1 · seed 000 — 2024-01-04, read from the text: “"),
        "{first}"
    );
    let origin = browser.texts("[data-testid=fact-origin]").await.concat();
    assert!(origin.contains("AFP"), "{origin}");
    assert!(panel.text().await.unwrap().contains("reworded"));
    browser.scroll_to("[data-testid=timeline]").await;
    browser
        .screenshot_of("[data-testid=timeline]", &format!("{name}-fact-panel"))
        .await;

    // Keyboard: Enter on the attacks row opens it, with its change in context.
    browser
        .client
        .execute(
            "document.querySelector(`[data-testid=fact-row][data-fact='${arguments[0]}']`).focus();",
            vec![serde_json::json!(attacks)],
        )
        .await
        .unwrap();
    assert_eq!(
        browser.focused("data-fact").await.as_deref(),
        Some(attacks.as_str())
    );
    browser.press(Key::Enter).await;
    browser
        .wait_for(&format!("[data-testid=fact-panel][data-fact='{attacks}']"))
        .await;
    let changed = browser
        .texts("[data-testid=fact-panel] [data-testid=panel-change] [data-testid=fact-span]")
        .await;
    assert_eq!(changed, ["at least 118"]);
    // Space on the silence: its contradictions, each in context.
    browser
        .client
        .execute(
            "document.querySelector(`[data-testid=fact-row][data-fact='${arguments[0]}']`).focus();",
            vec![serde_json::json!(silence)],
        )
        .await
        .unwrap();
    browser.press(Key::Space).await;
    browser
        .wait_for(&format!("[data-testid=fact-panel][data-fact='{silence}']"))
        .await;
    let contradicting = browser
        .texts("[data-testid=fact-panel] [data-testid=panel-contradiction] [data-testid=fact-span]")
        .await;
    assert!(
        !contradicting.is_empty() && contradicting.iter().all(|c| !c.trim().is_empty()),
        "{contradicting:?}"
    );

    // 004 (A5) published early that day: it comes first and the toll
    // appears first there; the open fact stays open.
    browser
        .click(&format!(
            "[data-testid=fact-row][data-fact='{toll}'] .wt-facts__text"
        ))
        .await;
    browser
        .client
        .execute(
            "document.querySelector('[data-testid=time-input][data-article=A5]').dataset.kept = 'yes';",
            vec![],
        )
        .await
        .unwrap();
    browser.set_time("A5", "2024-01-04T06:00").await;
    browser
        .wait_until(
            "return document.querySelector('[data-testid=timeline-article]')?.dataset.article === 'A5';",
            vec![],
            "A5 is the first column",
        )
        .await;
    assert_eq!(columns(browser).await, ["A5", "A1", "A2", "A3", "A4"]);
    let note = browser.texts("[data-testid=timeline-note]").await.concat();
    assert_eq!(
        note,
        "Ordered by publication time (1 given, 4 read from the text)."
    );
    let toll = fact_row_with(browser, "two members and wounded seven others").await;
    let marks = row_marks(browser, &toll).await;
    assert_eq!(marks[0], ("A5".into(), "first".into()), "{marks:?}");
    assert_eq!(marks[1], ("A1".into(), "verbatim".into()), "{marks:?}");
    let head = browser
        .texts("[data-testid=timeline-article][data-article=A5]")
        .await
        .concat();
    assert!(
        head.contains("2024-01-04") && head.contains("06:00 · given"),
        "{head}"
    );
    let source = browser
        .texts("[data-testid=time-source][data-article=A5]")
        .await
        .concat();
    assert_eq!(source, "given");
    let value = browser
        .wait_for("[data-testid=time-input][data-article=A5]")
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(value.as_deref(), Some("2024-01-04T06:00"));
    // The field is the one that was edited, still focused: typing goes on.
    assert_eq!(browser.focused("data-kept").await.as_deref(), Some("yes"));
    let first = browser
        .texts("[data-testid=fact-first-appeared]")
        .await
        .concat();
    assert!(
        first.starts_with("First appeared in A5 · seed 004 — 2024-01-04T06:00, given."),
        "the open fact follows the new order: {first}"
    );
    // The editor holds the same time.
    let card: String = browser
        .client
        .execute(
            "return document.querySelectorAll('[data-testid=article-card] input[type=datetime-local]')[4].value",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert_eq!(card, "2024-01-04T06:00");
    browser.scroll_to("[data-testid=timeline]").await;
    browser
        .screenshot_of(
            "[data-testid=timeline]",
            &format!("{name}-timeline-retimed"),
        )
        .await;
    // Cleared: back to the times read from the text.
    browser
        .click("[data-testid=time-clear][data-article=A5]")
        .await;
    browser
        .wait_until(
            "return document.querySelector('[data-testid=timeline-article]')?.dataset.article === 'A1';",
            vec![],
            "A1 is the first column again",
        )
        .await;
    let toll = fact_row_with(browser, "two members and wounded seven others").await;
    assert_eq!(
        row_marks(browser, &toll).await[0],
        ("A1".into(), "first".into())
    );

    // The facts 004 (A5) added, from its view, open in the panel.
    browser
        .click("[data-testid=article-summary] [data-testid=source-bar][data-article=A5] [data-testid=source-segment][data-source=own]")
        .await;
    let added = browser
        .wait_for("[data-testid=article-view] [data-testid=added-facts]")
        .await;
    assert!(added.text().await.unwrap().contains("facts it added"));
    let ids = browser
        .attrs(
            "[data-testid=added-facts] [data-testid=added-fact]",
            "data-fact",
        )
        .await;
    assert!(ids.len() >= 10, "004 adds its own reporting: {ids:?}");
    browser
        .click(&format!("[data-testid=added-fact][data-fact='{}']", ids[0]))
        .await;
    browser
        .wait_for(&format!("[data-testid=fact-panel][data-fact='{}']", ids[0]))
        .await;
    let mentions = browser
        .attrs(
            "[data-testid=fact-panel] [data-testid=fact-mention]",
            "data-article",
        )
        .await;
    assert_eq!(mentions[0], "A5");
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

#[tokio::test]
async fn served_site_shows_the_seeds_facts_timeline_its_filters_panel_and_time_form() {
    let Some(seeds) = seeds() else {
        eprintln!("skipping: ../shared/corpus/seeds (000 … 004) not found");
        return;
    };
    let Some((_one, browser, _)) = open_served().await else {
        return;
    };
    check_the_seeds_timeline(&browser, &seeds, "timeline-served").await;
    browser.close().await;
}

#[tokio::test]
async fn offline_file_shows_the_seeds_facts_timeline_its_filters_panel_and_time_form() {
    let Some(seeds) = seeds() else {
        eprintln!("skipping: ../shared/corpus/seeds (000 … 004) not found");
        return;
    };
    if unavailable().is_some() {
        return;
    }
    let _one = BROWSER.lock().await;
    let url = file_url(&root().join("dist/wiretrace.html"));
    let browser = Browser::start().await;
    browser.open(&url).await;
    check_the_seeds_timeline(&browser, &seeds, "timeline-offline").await;
    let outside: Vec<String> = browser
        .requests()
        .await
        .into_iter()
        .filter(|u| !u.starts_with(&url) && !u.starts_with("data:") && !u.starts_with("blob:"))
        .collect();
    assert!(outside.is_empty(), "requests left the page: {outside:?}");
    browser.close().await;
}

#[tokio::test]
async fn a_set_without_times_is_in_entry_order_and_the_timeline_fits_1024_pixels() {
    let Some((_one, browser, _)) = open_served().await else {
        return;
    };
    // Generated: one event's wire, its copies, rewrites and two independent
    // reports, with no publication time anywhere.
    let set = wiretrace_synth::facts::scenario("no_times", 3).unwrap();
    let articles: Vec<serde_json::Value> = set
        .articles
        .iter()
        .map(|a| serde_json::json!({"id": a.id, "outlet": a.outlet, "published": null, "text": a.text}))
        .collect();
    browser
        .load_workspace(&serde_json::json!({"wiretrace": 1, "articles": articles}).to_string())
        .await;
    browser
        .client
        .set_window_size(1024, 900)
        .await
        .expect("window resized");
    browser.click("[data-testid=analyze]").await;
    let note = browser
        .wait_for("[data-testid=timeline-note]")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        note,
        "No publication times known: articles are in the order they were entered."
    );
    // The workspace's own ids, in the order entered.
    let entered: Vec<String> = set.articles.iter().map(|a| a.id.clone()).collect();
    assert_eq!(columns(&browser).await, entered);
    let sources = browser.texts("[data-testid=time-source]").await;
    assert!(sources.iter().all(|s| s == "unknown"), "{sources:?}");
    let heads = browser.texts("[data-testid=timeline-time]").await;
    assert!(heads.iter().all(|t| t == "no time"), "{heads:?}");
    // Every fact has exactly one first appearance, in the earliest column
    // that carries it.
    for row in browser.attrs("[data-testid=fact-row]", "data-fact").await {
        let marks = row_marks(&browser, &row).await;
        let carried: Vec<&(String, String)> = marks.iter().filter(|(_, m)| !m.is_empty()).collect();
        assert_eq!(carried[0].1, "first", "{row}: {marks:?}");
        assert_eq!(
            marks.iter().filter(|(_, m)| m == "first").count(),
            1,
            "{row}"
        );
    }

    // At 1024 pixels the page does not scroll sideways: the table scrolls
    // inside its box, and the panel sits below it.
    let first_row = browser.attrs("[data-testid=fact-row]", "data-fact").await[0].clone();
    browser
        .click(&format!(
            "[data-testid=fact-row][data-fact='{first_row}'] .wt-facts__text"
        ))
        .await;
    browser.wait_for("[data-testid=fact-panel]").await;
    let fits = browser
        .client
        .execute(
            "const page = document.documentElement;
             const box = document.querySelector('.wt-facts__scroll').getBoundingClientRect();
             const panel = document.querySelector('[data-testid=fact-panel]').getBoundingClientRect();
             return [page.scrollWidth <= window.innerWidth, box.right <= window.innerWidth, panel.top >= box.bottom - 1, panel.right <= window.innerWidth];",
            vec![],
        )
        .await
        .unwrap();
    let wide = browser
        .client
        .execute(
            "return [...document.querySelectorAll('body *')]
               .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
               .map(e => `${e.tagName}.${e.className} ${e.dataset.testid ?? ''}`).slice(0, 12);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        fits,
        serde_json::json!([true, true, true, true]),
        "layout at 1024 px; wider than the window: {wide}"
    );
    browser.scroll_to(".wt-facts__legend").await;
    browser.screenshot("timeline-no-times-1024").await;
    browser.scroll_to("[data-testid=fact-panel]").await;
    browser.screenshot("timeline-no-times-1024-panel").await;
    assert!(browser.console_errors().await.is_empty());
    browser.close().await;
}
