//! End-to-end tests: the real app in headless Chromium, driven as a person
//! would use it, against the served site and the offline file from file://.

mod support;

use support::{file_url, root, server, two_articles, unavailable, Browser};

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
    let fixture = |name: &str| {
        let path = root().join(format!(
            "crates/engine/tests/fixtures/rewrites/event01/{name}.txt"
        ));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    browser.paste(0, &fixture("wire")).await;
    browser.paste(1, &fixture("brief")).await;
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
