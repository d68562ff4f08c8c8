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
    let not_json = temp("broken.json", b"{\"wiretrace\": 1, \"articles\": [");
    let wrong_version = temp("v9.json", b"{\"wiretrace\": 9, \"articles\": []}");
    let text = temp("a.txt", b"text");
    let cases: &[(&[&str], &str)] = &[
        (&["analyze", missing.to_str().unwrap()], "cannot read"),
        (&["analyze", binary.to_str().unwrap()], "not UTF-8 text"),
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
            "give it alone",
        ),
        (
            &["analyze", text.to_str().unwrap(), text.to_str().unwrap()],
            "used twice",
        ),
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
