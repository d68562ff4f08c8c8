//! Saved news pages through `html::extract`, one table row per page in
//! `fixtures/pages/`: `NAME.html` with `NAME.expect` giving the title, the
//! publication time, the address, the outlet, every body paragraph in order
//! and strings of clutter that must not be in the text.

use std::path::Path;
use wiretrace_files::html;

/// What one `.expect` file says.
#[derive(Debug, Default)]
struct Expect {
    title: Option<String>,
    published: Option<String>,
    url: Option<String>,
    outlet: Option<String>,
    body: Vec<String>,
    clutter: Vec<String>,
}

fn read_expect(text: &str) -> Expect {
    let mut expect = Expect::default();
    let mut section = "";
    let value = |v: &str| (v.trim() != "none").then(|| v.trim().to_owned());
    for line in text.lines() {
        match line {
            "body:" | "clutter:" => section = line,
            _ if section == "body:" => expect.body.push(line.to_owned()),
            _ if section == "clutter:" => expect.clutter.push(line.to_owned()),
            _ => {
                let (key, v) = line.split_once(':').expect("key: value");
                match key {
                    "title" => expect.title = value(v),
                    "published" => expect.published = value(v),
                    "url" => expect.url = value(v),
                    "outlet" => expect.outlet = value(v),
                    _ => panic!("unknown key {key}"),
                }
            }
        }
    }
    expect
}

fn check(name: &str, html_text: &str, expect: &Expect) -> Vec<String> {
    let page = html::extract(html_text);
    let mut failures = Vec::new();
    let mut same = |what: &str, got: &Option<String>, want: &Option<String>| {
        if got != want {
            failures.push(format!("{name}: {what} is {got:?}, expected {want:?}"));
        }
    };
    same("title", &page.title, &expect.title);
    same("published", &page.published, &expect.published);
    same("url", &page.url, &expect.url);
    same("outlet", &page.outlet, &expect.outlet);
    let paragraphs: Vec<&str> = page.text.split("\n\n").collect();
    if paragraphs != expect.body {
        failures.push(format!(
            "{name}: body paragraphs differ\n--- got\n{}\n--- expected\n{}",
            paragraphs.join("\n"),
            expect.body.join("\n")
        ));
    }
    for clutter in &expect.clutter {
        if page.text.contains(clutter.as_str()) {
            failures.push(format!("{name}: clutter {clutter:?} is in the text"));
        }
    }
    failures
}

#[test]
fn saved_pages_give_their_article() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    let mut failures = Vec::new();
    for page in &pages {
        let name = page.file_stem().unwrap().to_string_lossy().into_owned();
        let expect = std::fs::read_to_string(page.with_extension("expect"))
            .unwrap_or_else(|_| panic!("{name}.expect is missing"));
        let expect = read_expect(&expect);
        assert!(
            expect.body.len() >= 3 && !expect.clutter.is_empty(),
            "{name}: expect too little"
        );
        failures.extend(check(
            &name,
            &std::fs::read_to_string(page).unwrap(),
            &expect,
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(pages.len() >= 12, "only {} pages", pages.len());
}
