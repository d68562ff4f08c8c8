//! End-to-end tests of the page's themes and keyboard focus, in headless
//! Chromium, on the served site and on the offline file from file://: the
//! light and dark themes follow the system setting (emulated through the
//! DevTools `Emulation.setEmulatedMedia`), every text on screen with every
//! view open meets WCAG AA contrast against what is behind it, Tab reaches
//! every kind of control with a visible focus ring, the page fits 1024
//! pixels without scrolling sideways, and print is light whatever the system
//! says. Screenshots of each view in each theme are saved for a person to
//! look at (`<target>/e2e/themes-…`).

mod support;

use fantoccini::key::Key;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use support::{file_url, root, server, unavailable, Browser, Cdp};

/// One browser at a time: these machines have two cores.
static BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Colour helpers for the page's scripts: `rgba(css)` parses a computed
/// colour (`rgb()`, `rgba()` or `color(srgb …)`, which `color-mix` gives),
/// `backdrop(el)` is the colour painted behind an element (its own and its
/// ancestors' backgrounds composited), `contrast(a, b)` the WCAG ratio.
const COLOURS: &str = r#"
const rgba = (css) => {
  let m = css.match(/^rgba?\(([^)]*)\)$/);
  if (m) { const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; }
  m = css.match(/^color\(srgb ([^)]*)\)$/);
  if (m) { const p = m[1].split(/[\s\/]+/).filter(Boolean).map(Number); return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1]; }
  return null;
};
const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3]));
const backdrop = (el) => {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
  }
  return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255]);
};
const luminance = (c) => {
  const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
"#;

/// The app in a fresh browser that reports the system colour scheme
/// `scheme` ("light" or "dark"), from the offline file or the served site;
/// None when the browser tests cannot run here.
async fn open(
    offline: bool,
    scheme: &str,
) -> Option<(tokio::sync::MutexGuard<'static, ()>, Browser, Vec<String>)> {
    if unavailable().is_some() {
        return None;
    }
    let one = BROWSER.lock().await;
    let (url, origin) = if offline {
        let url = file_url(&root().join("dist/wiretrace.html"));
        (url.clone(), url)
    } else {
        let base = server::serve(root().join("dist"));
        (format!("{base}index.html"), base)
    };
    let browser = Browser::start().await;
    emulate(&browser, "", scheme).await;
    browser.open(&url).await;
    Some((one, browser, vec![origin, "data:".into(), "blob:".into()]))
}

/// Emulates CSS `media` ("" for the screen, or "print") with the system
/// colour scheme `scheme`.
async fn emulate(browser: &Browser, media: &str, scheme: &str) {
    browser
        .client
        .issue_cmd(Cdp(
            "Emulation.setEmulatedMedia",
            json!({"media": media, "features": [{"name": "prefers-color-scheme", "value": scheme}]}),
        ))
        .await
        .expect("media emulated");
}

async fn js(browser: &Browser, script: &str, args: Vec<Value>) -> Value {
    browser
        .client
        .execute(&format!("{COLOURS}\n{script}"), args)
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

/// Loads the example, analyzes it and opens every view: an article's view
/// (from its source bar), a lineage box's evidence, a fact's panel and the
/// side-by-side pair of the wire and its copy (from the matrix).
async fn analyze_and_open_every_view(browser: &Browser) {
    browser.click("[data-testid=load-example]").await;
    browser.click("[data-testid=analyze]").await;
    browser.wait_for("[data-testid=results]").await;
    browser.wait_for("[data-testid=heat-cell]").await;
    browser.click("[data-testid=source-segment]").await;
    browser.wait_for("[data-testid=article-view]").await;
    browser.click("[data-testid=lineage-node]").await;
    browser
        .click("[data-testid=fact-row] .wt-facts__text")
        .await;
    browser.wait_for("[data-testid=fact-panel]").await;
    // The example's newspaper copy (A2) against the wire (A1).
    browser
        .click("[data-testid=heat-cell][data-row=A2][data-col=A1]")
        .await;
    browser
        .wait_for("[data-testid=pair-view] mark[data-testid=highlight]")
        .await;
}

/// The page's own colours in `scheme`: the backdrop of the body and a card,
/// and the body's text, as luminances (0 black … 1 white).
async fn page_luminances(browser: &Browser) -> (f64, f64, f64) {
    let v = js(
        browser,
        "return [luminance(backdrop(document.body)), luminance(rgba(getComputedStyle(document.body).color)),
                 luminance(backdrop(document.querySelector('.wt-table')))];",
        vec![],
    )
    .await;
    let n = |i: usize| v[i].as_f64().expect("a number");
    (n(0), n(1), n(2))
}

/// Every visible text outside the graph's SVG whose contrast with what is
/// painted behind it is under WCAG AA (4.5:1, 3:1 for large text); disabled
/// controls are exempt, as WCAG has them.
async fn low_contrast_texts(browser: &Browser) -> Vec<String> {
    let found = js(
        browser,
        "const out = [];
         for (const el of document.querySelectorAll('body *')) {
           if (el.closest('svg') || el.closest(':disabled') || el.tagName === 'OPTION') continue;
           const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
           if (!own || el.getClientRects().length === 0) continue;
           const cs = getComputedStyle(el);
           if (cs.visibility !== 'visible') continue;
           let faded = false;
           for (let e = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 1) faded = true;
           if (faded) continue;
           const fg = rgba(cs.color);
           if (!fg || fg[3] === 0) continue;
           const bg = backdrop(el);
           const ratio = contrast(over(fg, bg), bg);
           const size = parseFloat(cs.fontSize), bold = Number(cs.fontWeight) >= 700;
           const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
           if (ratio < needed) {
             out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${JSON.stringify(el.textContent.trim().slice(0, 30))}: ${ratio.toFixed(2)} (${cs.color} on rgb(${bg.map(Math.round)}))`);
           }
         }
         return out;",
        vec![],
    )
    .await;
    found
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Tabs through the whole page from the top; returns the kinds of element
/// that took the focus (`tag.first-class`) and those that showed no ring (an
/// outline of at least 2 px contrasting 3:1 with what is behind it, or a box
/// shadow).
async fn tab_through(browser: &Browser) -> (BTreeSet<String>, Vec<String>) {
    js(
        browser,
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);",
        vec![],
    )
    .await;
    let mut seen = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    let mut unringed = Vec::new();
    let mut last = None;
    for _ in 0..1500 {
        browser.press(Key::Tab).await;
        let v = js(
            browser,
            "const el = document.activeElement;
             if (!el || el === document.body) return null;
             const at = [...document.querySelectorAll('*')].indexOf(el);
             const cs = getComputedStyle(el);
             const cls = typeof el.className === 'string' ? el.className : el.className.baseVal;
             const kind = `${el.tagName.toLowerCase()}.${cls.split(' ')[0]}`;
             const width = parseFloat(cs.outlineWidth);
             const behind = parseFloat(cs.outlineOffset) < 0 ? backdrop(el) : backdrop(el.parentElement);
             const colour = rgba(cs.outlineColor);
             const ring = (cs.outlineStyle !== 'none' && width >= 2 && colour && contrast(colour, behind) >= 3)
               || cs.boxShadow !== 'none';
             return [at, kind, ring && el.matches(':focus-visible'), el.dataset.testid || ''];",
            vec![],
        )
        .await;
        if v.is_null() {
            if !seen.is_empty() {
                break;
            }
            continue;
        }
        let at = v[0].as_i64().expect("index");
        // A date field keeps the focus while Tab walks its parts.
        if last == Some(at) {
            continue;
        }
        last = Some(at);
        if !seen.insert(at) {
            break;
        }
        let kind = v[1].as_str().unwrap_or_default().to_owned();
        if v[2] != json!(true) {
            unringed.push(format!("{kind} [{}]", v[3].as_str().unwrap_or_default()));
        }
        kinds.insert(kind);
    }
    (kinds, unringed)
}

/// Elements whose right edge is beyond the window (for the message).
async fn wider_than_window(browser: &Browser) -> Value {
    js(
        browser,
        "return [...document.querySelectorAll('body *')]
           .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
           .filter(e => !e.closest('.wt-heat__scroll, .wt-lineage__scroll, .wt-facts__scroll, .wt-table__scroll, .wt-text'))
           .map(e => `${e.tagName}.${typeof e.className === 'string' ? e.className : ''}`).slice(0, 12);",
        vec![],
    )
    .await
}

/// The whole check in one theme: the page's colours follow the system
/// setting, every text is readable, Tab shows a ring everywhere, screenshots
/// of each view, the page fits 1024 pixels, and print is light.
async fn check_theme(offline: bool, scheme: &str) {
    let Some((_one, browser, allowed)) = open(offline, scheme).await else {
        return;
    };
    let name = format!(
        "themes-{}-{scheme}",
        if offline { "offline" } else { "served" }
    );
    let matches = js(
        &browser,
        "return matchMedia('(prefers-color-scheme: dark)').matches;",
        vec![],
    )
    .await;
    assert_eq!(matches, json!(scheme == "dark"), "the scheme is emulated");
    browser.screenshot(&format!("{name}-editor")).await;
    analyze_and_open_every_view(&browser).await;

    let (page, text, table) = page_luminances(&browser).await;
    if scheme == "dark" {
        assert!(
            page < 0.05 && table < 0.05 && text > 0.6,
            "dark: page {page:.3}, table {table:.3}, text {text:.3}"
        );
    } else {
        assert!(
            page > 0.8 && table > 0.8 && text < 0.05,
            "light: page {page:.3}, table {table:.3}, text {text:.3}"
        );
    }
    let low = low_contrast_texts(&browser).await;
    assert!(low.is_empty(), "{scheme}: text under WCAG AA: {low:#?}");

    for (view, css) in [
        ("articles", "[data-testid=article-summary]"),
        ("article-view", "[data-testid=article-view]"),
        ("lineage", "[data-testid=lineage]"),
        ("timeline", "[data-testid=timeline]"),
        ("matrix", ".wt-heat__scroll"),
        ("pairs", "[data-testid=pair-view]"),
    ] {
        browser.scroll_to(css).await;
        browser.screenshot_of(css, &format!("{name}-{view}")).await;
    }

    let (kinds, unringed) = tab_through(&browser).await;
    assert!(
        unringed.is_empty(),
        "{scheme}: focused without a visible ring: {unringed:?}"
    );
    for kind in [
        "textarea.wt-card__text",
        "input.wt-card__title",
        "button.wt-button",
        "td.wt-heat__cell",
        "g.wt-lineage__node",
        "tr.wt-facts__row",
        "tr.wt-pairs__row",
        "button.wt-bar__segment",
    ] {
        assert!(kinds.contains(kind), "Tab never reached {kind}: {kinds:?}");
    }
    // A graph box focused from the keyboard, for the eye: Tab from just
    // before the first box.
    js(
        &browser,
        "const box = document.querySelector('.wt-lineage__scroll');
         box.tabIndex = -1; box.focus();",
        vec![],
    )
    .await;
    browser.press(Key::Tab).await;
    let focused = js(
        &browser,
        "const el = document.activeElement;
         return el.dataset.testid === 'lineage-node' && el.matches(':focus-visible');",
        vec![],
    )
    .await;
    assert_eq!(focused, json!(true), "Tab reaches the first graph box");
    browser
        .screenshot_of("[data-testid=lineage]", &format!("{name}-lineage-focus"))
        .await;

    browser
        .client
        .set_window_size(1024, 900)
        .await
        .expect("window resized");
    let width = js(
        &browser,
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth, window.innerWidth];",
        vec![],
    )
    .await;
    let (scroll, client) = (width[0].as_f64().unwrap(), width[1].as_f64().unwrap());
    assert!(
        width[2].as_f64().unwrap() <= 1024.0 && scroll <= 1024.0 && scroll <= client,
        "{scheme}: the page scrolls sideways at 1024 px ({width}): {}",
        wider_than_window(&browser).await
    );
    browser.scroll_to("[data-testid=results]").await;
    browser.screenshot(&format!("{name}-1024")).await;
    browser.scroll_to("[data-testid=pair-view]").await;
    browser.screenshot(&format!("{name}-1024-pairs")).await;

    // Printed, the page is light whatever the system's setting.
    emulate(&browser, "print", scheme).await;
    let (page, text, _) = page_luminances(&browser).await;
    assert!(
        page > 0.95 && text < 0.05,
        "print in {scheme}: page {page:.3}, text {text:.3}"
    );
    browser.screenshot(&format!("{name}-print")).await;
    emulate(&browser, "", scheme).await;

    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    let outside: Vec<String> = browser
        .requests()
        .await
        .into_iter()
        .filter(|u| !allowed.iter().any(|ok| u.starts_with(ok)))
        .collect();
    assert!(outside.is_empty(), "requests left the page: {outside:?}");
    browser.close().await;
}

#[tokio::test]
async fn served_site_in_the_light_theme_is_readable_focusable_and_fits_1024_pixels() {
    check_theme(false, "light").await;
}

#[tokio::test]
async fn served_site_in_the_dark_theme_is_readable_focusable_and_fits_1024_pixels() {
    check_theme(false, "dark").await;
}

#[tokio::test]
async fn offline_file_in_the_light_theme_is_readable_focusable_and_fits_1024_pixels() {
    check_theme(true, "light").await;
}

#[tokio::test]
async fn offline_file_in_the_dark_theme_is_readable_focusable_and_fits_1024_pixels() {
    check_theme(true, "dark").await;
}
