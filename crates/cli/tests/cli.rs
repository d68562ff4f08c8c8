//! The `wiretrace` command as a person runs it: reports on good input, one
//! clear line and exit code 2 on bad input.

use std::path::PathBuf;
use std::process::{Command, Output};

fn wiretrace(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wiretrace"))
        .args(args)
        .output()
        .expect("wiretrace runs")
}

fn temp(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wiretrace-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

const WIRE: &str = "A passenger ferry ran aground on a sandbank outside Kestrel Bay harbour on Tuesday morning, forcing the evacuation of 212 people, the port authority said.";
const COPY: &str = "Ferry aground\nA passenger ferry ran aground on a sandbank outside Kestrel Bay harbour on Tuesday morning, forcing the evacuation of 212 people, the port authority said.\nRelated Articles";

#[test]
fn text_files_give_a_json_report_with_stable_fields() {
    let (a, b) = (
        temp("wire.txt", WIRE.as_bytes()),
        temp("copy.txt", COPY.as_bytes()),
    );
    let out = wiretrace(&[
        "analyze",
        "--json",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["wiretrace"], 1);
    let copy = &report["articles"][1];
    assert_eq!(copy["id"], "copy");
    for field in [
        "words",
        "derived_share",
        "content_share",
        "verbatim_share",
        "paraphrase_share",
        "verdict",
        "sources",
        "spans",
        "boilerplate",
    ] {
        assert!(!copy[field].is_null(), "article field {field} missing");
    }
    assert_eq!(copy["boilerplate"][0]["kind"], "promotion");
    let pair = &report["pairs"][0];
    assert_eq!(
        (pair["a"].as_str(), pair["b"].as_str()),
        (Some("wire"), Some("copy"))
    );
    assert_eq!(pair["a_in_b"], 1.0);
    assert_eq!(pair["passages"][0]["mode"], "verbatim");
    assert!(report["clusters"].is_array());
}

#[test]
fn a_workspace_file_gives_a_summary() {
    let ws = serde_json::json!({"wiretrace": 1, "articles": [
        {"id": "w", "outlet": "Meridian Press", "published": "2026-03-03T09:40:00Z", "text": WIRE},
        {"id": "c", "published": "2026-03-03T11:00:00Z", "text": COPY},
    ]});
    let path = temp("ws.json", ws.to_string().as_bytes());
    let out = wiretrace(&["analyze", path.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    // The origins line, the attribution of the copy, and the lineage as text.
    assert!(
        text.starts_with("2 articles, 1 origin: Meridian Press (2 articles)")
            && text.contains("wholly derived")
            && text.contains("93% w (verbatim)")
            && text.contains("  w (article)\n    └ c ← 93% w (Verbatim, published earlier"),
        "{text}"
    );
}

#[test]
fn bad_input_is_one_clear_line_and_exit_code_2() {
    let missing = std::env::temp_dir().join("wiretrace-no-such-file.txt");
    let binary = temp("photo.txt", &[0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
    let latin1 = temp("latin1.txt", b"Caf\xe9 noir");
    let not_json = temp("broken.json", b"{\"wiretrace\": 1, \"articles\": [");
    let wrong_version = temp("v9.json", b"{\"wiretrace\": 9, \"articles\": []}");
    let no_text = temp(
        "no-text.json",
        b"{\"wiretrace\": 1,\n \"articles\": [\n  {\"id\": \"a\"}\n ]}",
    );
    let empty = temp("empty.md", b"\n\n");
    let text = temp("a.txt", b"text");
    let cases: &[(&[&str], &str)] = &[
        (&["analyze", missing.to_str().unwrap()], "cannot read"),
        (
            &["analyze", binary.to_str().unwrap()],
            "looks like a binary file",
        ),
        (
            &["analyze", latin1.to_str().unwrap()],
            "is not UTF-8 text: byte 0xE9 at line 1, column 4",
        ),
        (
            &["analyze", not_json.to_str().unwrap()],
            "not a Wiretrace workspace",
        ),
        (&["analyze", wrong_version.to_str().unwrap()], "version 9"),
        (
            &[
                "analyze",
                text.to_str().unwrap(),
                not_json.to_str().unwrap(),
            ],
            "broken.json: not a Wiretrace workspace: line 1, column 30",
        ),
        (
            &["import", no_text.to_str().unwrap()],
            "line 3, column 13: articles[0]: missing field \"text\"",
        ),
        (&["import", empty.to_str().unwrap()], "empty.md is empty"),
    ];
    for (args, expected) in cases {
        let out = wiretrace(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty());
    }
}

/// A saved page of the wire story, with clutter around it.
const WIRE_PAGE: &str = r#"<!doctype html><html><head><title>Ferry aground | Meridian Press</title>
<meta property="og:site_name" content="Meridian Press"><meta property="article:published_time" content="2026-03-03T09:40:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Ferry aground</h1>
<p>A passenger ferry ran aground on a sandbank outside Kestrel Bay harbour on Tuesday morning, forcing the evacuation of 212 people, the port authority said.</p>
<div class="share-bar">Share this story</div></article><footer>Meridian Press, all rights reserved</footer></body></html>"#;

#[test]
fn pages_markdown_and_text_are_analyzed_together() {
    let page = temp("wire.html", WIRE_PAGE.as_bytes());
    let md = temp("copy.md", format!("# Ferry aground\n\n{WIRE}\n").as_bytes());
    let txt = temp("other.txt", b"The town council met on Monday to discuss the new library opening hours and the budget for the coming winter.");
    let out = wiretrace(&[
        "analyze",
        "--json",
        page.to_str().unwrap(),
        md.to_str().unwrap(),
        txt.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<_> = report["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["wire", "copy", "other"]);
    // The page's clutter is gone, so the Markdown copy is all the wire's text.
    let pair = report["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["a"] == "wire" && p["b"] == "copy")
        .expect("wire and copy share text");
    assert_eq!(pair["a_in_b"], 1.0);
    assert_eq!(report["articles"][2]["verdict"], "independent");
}

#[test]
fn import_prints_the_workspace_the_app_would_build() {
    let page = temp("story.html", WIRE_PAGE.as_bytes());
    let md = temp(
        "story.md",
        b"# Second take\n\nThe **ferry** was [refloated](https://example.org) at noon.",
    );
    let ws = temp(
        "set.json",
        br#"{"wiretrace": 1, "articles": [{"id": "story", "text": "Third."}, {"id": "z", "outlet": "Z", "text": "Fourth."}]}"#,
    );
    let args = [
        "import",
        page.to_str().unwrap(),
        md.to_str().unwrap(),
        ws.to_str().unwrap(),
    ];
    let out = wiretrace(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed["wiretrace"], 1);
    let articles = printed["articles"].as_array().unwrap();
    let ids: Vec<_> = articles.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["story", "story-2", "story-3", "z"]);
    assert_eq!(articles[0]["title"], "Ferry aground");
    assert_eq!(articles[0]["outlet"], "Meridian Press");
    assert_eq!(articles[0]["published"], "2026-03-03T09:40:00Z");
    assert_eq!(articles[0]["text"], WIRE);
    assert_eq!(articles[1]["title"], "Second take");
    assert_eq!(articles[1]["text"], "The ferry was refloated at noon.");
    assert_eq!(articles[3]["outlet"], "Z");
    // The same workspace written to a file, nothing printed.
    let target = std::env::temp_dir()
        .join(format!("wiretrace-cli-{}", std::process::id()))
        .join("out.json");
    let mut with_output = args.to_vec();
    with_output.extend(["-o", target.to_str().unwrap()]);
    let out = wiretrace(&with_output);
    assert!(out.status.success() && out.stdout.is_empty());
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(written, printed);
}

/// A stand-in for the offline bundle: any page with a `</body>`.
const FAKE_BUNDLE: &str = "<!doctype html><html><body><p>app</p></body></html>";

fn embedded_ids(path: &std::path::Path) -> Vec<String> {
    let page = std::fs::read_to_string(path).unwrap();
    assert!(page.starts_with("<!doctype html><html><body><p>app</p>"));
    let json = wiretrace_files::embed::embedded(&page).expect("a workspace is embedded");
    let ws = wiretrace_engine::Workspace::from_json(json).unwrap();
    ws.articles.into_iter().map(|a| a.id).collect()
}

#[test]
fn share_embeds_the_workspace_in_the_bundle() {
    let ws = temp(
        "share.json",
        br#"{"wiretrace": 1, "articles": [{"id": "a", "text": "</script><b>One.</b>"}, {"id": "b", "text": "Two."}]}"#,
    );
    let bundle = temp("bundle.html", FAKE_BUNDLE.as_bytes());
    let story = temp("story-out.html", b"");
    let out = wiretrace(&[
        "share",
        ws.to_str().unwrap(),
        "-o",
        story.to_str().unwrap(),
        "--bundle",
        bundle.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(embedded_ids(&story), ["a", "b"]);
    // From the environment variable, and sharing twice keeps one workspace.
    let out = Command::new(env!("CARGO_BIN_EXE_wiretrace"))
        .args(["share", ws.to_str().unwrap(), "-o", story.to_str().unwrap()])
        .env("WIRETRACE_BUNDLE", &story)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_to_string(&story).unwrap();
    assert_eq!(page.matches("wiretrace-workspace").count(), 1);
}

#[test]
fn share_finds_the_bundle_above_the_executable_or_says_how_to_build_it() {
    // A copy of the binary in a folder laid out like the repository.
    let root = std::env::temp_dir().join(format!("wiretrace-share-{}", std::process::id()));
    let bin = root.join("target/release");
    std::fs::create_dir_all(&bin).unwrap();
    let exe = bin.join("wiretrace");
    std::fs::copy(env!("CARGO_BIN_EXE_wiretrace"), &exe).unwrap();
    let ws = temp(
        "found.json",
        br#"{"wiretrace": 1, "articles": [{"id": "x", "text": "Text."}]}"#,
    );
    let story = root.join("story.html");
    let share = || {
        Command::new(&exe)
            .args(["share", ws.to_str().unwrap(), "-o", story.to_str().unwrap()])
            .env_remove("WIRETRACE_BUNDLE")
            .current_dir(&bin)
            .output()
            .unwrap()
    };
    let out = share();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("no offline bundle found") && stderr.contains("cargo xtask bundle"),
        "{stderr}"
    );
    std::fs::create_dir_all(root.join("dist")).unwrap();
    std::fs::write(root.join("dist/wiretrace.html"), FAKE_BUNDLE).unwrap();
    let out = share();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(embedded_ids(&story), ["x"]);
    // A bundle that is not there, or not the offline file.
    let not_a_page = temp("not-a-page.html", b"<p>no body</p>");
    for (bundle, expected) in [
        (
            "/nonexistent/wiretrace.html",
            "cannot read the offline bundle",
        ),
        (not_a_page.to_str().unwrap(), "no </body>"),
    ] {
        let out = wiretrace(&[
            "share",
            ws.to_str().unwrap(),
            "-o",
            story.to_str().unwrap(),
            "--bundle",
            bundle,
        ]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(expected), "{stderr}");
    }
}
