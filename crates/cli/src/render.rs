//! The human-readable summary of a report.

use std::fmt::Write;
use wiretrace_engine::report::{percent, Mode};
use wiretrace_engine::{Report, Workspace};

/// Articles with their shares and verdicts, each pair with its passages, then clusters.
pub fn summary(workspace: &Workspace, report: &Report) -> String {
    let mut out = String::new();
    let text = |id: &str| {
        workspace
            .articles
            .iter()
            .find(|a| a.id == id)
            .map_or("", |a| a.text.as_str())
    };
    let _ = writeln!(out, "{} articles", report.articles.len());
    for a in &report.articles {
        let verdict = a.verdict.label();
        let _ = writeln!(
            out,
            "  {:<24} {:>6} words  derived {} (verbatim {}, paraphrase {}), content {}  {verdict}",
            a.id,
            a.words,
            percent(a.derived_share),
            percent(a.verbatim_share),
            percent(a.paraphrase_share),
            percent(a.content_share)
        );
        for s in &a.sources {
            let _ = writeln!(
                out,
                "      from {} {} ({:?})",
                s.source,
                percent(s.share),
                s.mode
            );
        }
    }
    let _ = writeln!(out, "\n{} pairs share phrasing", report.pairs.len());
    for pair in &report.pairs {
        let _ = writeln!(
            out,
            "  {a} ↔ {b}: {} of {a} in {b} ({} verbatim), {} of {b} in {a} ({} verbatim); {} shared words, longest passage {} words",
            percent(pair.a_in_b),
            percent(pair.a_in_b_verbatim),
            percent(pair.b_in_a),
            percent(pair.b_in_a_verbatim),
            pair.shared_words,
            pair.longest_passage,
            a = pair.a,
            b = pair.b,
        );
        for p in &pair.passages {
            let mode = match p.mode {
                Mode::Verbatim => "verbatim",
                Mode::Paraphrase => "paraphrase",
            };
            let _ = writeln!(
                out,
                "    {mode:<10} {:>3} words  “{}”\n{:>30}“{}”",
                p.words,
                excerpt(&text(&pair.a)[p.a_start..p.a_end]),
                "",
                excerpt(&text(&pair.b)[p.b_start..p.b_end])
            );
        }
    }
    let _ = writeln!(out, "\n{} reuse clusters", report.clusters.len());
    for c in &report.clusters {
        let members: Vec<&str> = c.members.iter().map(|m| m.article.as_str()).collect();
        let first = &c.members[0];
        let _ = writeln!(
            out,
            "  #{} in {}: “{}”",
            c.id,
            members.join(", "),
            excerpt(&text(&first.article)[first.start..first.end])
        );
    }
    out
}

fn excerpt(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = flat.chars();
    let head: String = chars.by_ref().take(90).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}
