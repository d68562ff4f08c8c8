//! The human-readable summary of a report.

use std::fmt::Write;
use wiretrace_engine::{Report, Workspace};

/// Articles with their reused share, then each pair with its passages.
pub fn summary(workspace: &Workspace, report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} articles", report.articles.len());
    for a in &report.articles {
        let _ = writeln!(
            out,
            "  {:<24} {:>6} words  {:>5.1}% found elsewhere",
            a.id,
            a.words,
            a.reused_share * 100.0
        );
    }
    let _ = writeln!(out, "\n{} pairs share phrasing", report.pairs.len());
    for pair in &report.pairs {
        let _ = writeln!(
            out,
            "  {} ↔ {}: {:.1}% of {} in {}, {:.1}% of {} in {}, {} shared words, longest passage {} words",
            pair.a, pair.b, pair.a_in_b * 100.0, pair.a, pair.b, pair.b_in_a * 100.0, pair.b, pair.a,
            pair.shared_words, pair.longest_passage
        );
        let text_a = workspace
            .articles
            .iter()
            .find(|a| a.id == pair.a)
            .map_or("", |a| a.text.as_str());
        for p in &pair.passages {
            let _ = writeln!(
                out,
                "    [{} words] “{}”",
                p.words,
                excerpt(&text_a[p.a_start..p.a_end])
            );
        }
    }
    out
}

fn excerpt(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = flat.chars();
    let head: String = chars.by_ref().take(100).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}
