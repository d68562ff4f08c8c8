//! The human-readable summary of a report.

use std::fmt::Write;
use wiretrace_engine::report::{percent, source_label, Mode, NodeKind};
use wiretrace_engine::{Report, Workspace};

/// Articles with their shares and verdicts, each pair with its passages, then clusters.
pub fn summary(workspace: &Workspace, report: &Report) -> String {
    let mut out = String::new();
    let text = |id: &str| text_of(workspace, id);
    let _ = writeln!(out, "{}", report.origins_line());
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
        if !a.attribution.is_empty() {
            let _ = writeln!(out, "      {}", a.attribution_line());
        }
        if a.uncredited {
            let _ = writeln!(
                out,
                "      uncredited: takes agency copy without naming the agency"
            );
        }
        match (&a.published, &a.published_evidence) {
            (Some(p), Some(e)) => {
                let _ = writeln!(
                    out,
                    "      published: {p}, {} ({} “{}”)",
                    a.published_from.label(),
                    e.cue.label(),
                    excerpt(&text(&a.id)[e.start..e.end])
                );
            }
            (Some(p), None) => {
                let _ = writeln!(out, "      published: {p}, {}", a.published_from.label());
            }
            _ => {}
        }
        for c in &a.credits {
            let _ = writeln!(
                out,
                "      credit: {} {} “{}”",
                c.agency,
                c.kind.label(),
                excerpt(&text(&a.id)[c.start..c.end])
            );
        }
    }
    let _ = writeln!(out, "\nLineage");
    out.push_str(&lineage(report));
    out.push_str(&facts(report, workspace));
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

/// The text of the article `id` ("" if there is none).
fn text_of<'w>(workspace: &'w Workspace, id: &str) -> &'w str {
    workspace
        .articles
        .iter()
        .find(|a| a.id == id)
        .map_or("", |a| a.text.as_str())
}

/// The facts timeline: its order, then the facts in more than one article
/// or with a change or a contradiction, earliest first, with who repeated
/// them and how.
fn facts(report: &Report, workspace: &Workspace) -> String {
    let text = |id: &str| text_of(workspace, id);
    let mut out = String::new();
    let _ = writeln!(out, "\nFacts timeline: {}", report.timeline.note);
    let _ = writeln!(out, "  order: {}", report.timeline.order.join(", "));
    let shown: Vec<_> = report
        .facts
        .iter()
        .filter(|f| {
            !f.caption
                && (f.mentions.len() > 1 || !f.changes.is_empty() || !f.contradictions.is_empty())
        })
        .collect();
    let _ = writeln!(
        out,
        "  {} facts, {} in more than one article",
        report.facts.iter().filter(|f| !f.caption).count(),
        shown.len()
    );
    for f in shown {
        let _ = writeln!(
            out,
            "  {} first in {} ({}): “{}”",
            f.id,
            f.first,
            source_label(&f.origin),
            excerpt(&f.text)
        );
        let repeats: Vec<String> = f.mentions[1..]
            .iter()
            .map(|m| format!("{} ({})", m.article, m.how.label()))
            .collect();
        if !repeats.is_empty() {
            let _ = writeln!(out, "      repeated by {}", repeats.join(", "));
        }
        for c in &f.changes {
            let _ = writeln!(
                out,
                "      changed: {} → {} (“{}” in {}, “{}” in {})",
                c.from, c.to, c.from_text, c.from_article, c.to_text, c.article
            );
        }
        for c in &f.contradictions {
            let _ = writeln!(
                out,
                "      contradicted in {}: “{}” ({})",
                c.article,
                excerpt(&text(&c.article)[c.start..c.end]),
                c.note
            );
        }
    }
    for a in report.articles.iter().filter(|a| !a.added.is_empty()) {
        let _ = writeln!(out, "  {} added {}", a.id, a.added.join(", "));
    }
    out
}

/// The lineage as an indented tree from its roots (inferred wires first):
/// each child under its main parent, further parents named on its line.
fn lineage(report: &Report) -> String {
    let mut out = String::new();
    let graph = &report.lineage;
    let main_parent = |id: &str| graph.edges.iter().find(|e| e.target == id);
    let mut roots: Vec<&wiretrace_engine::report::Node> = graph
        .nodes
        .iter()
        .filter(|n| main_parent(&n.id).is_none())
        .filter(|n| {
            n.kind == NodeKind::InferredWire || graph.edges.iter().any(|e| e.source == n.id)
        })
        .collect();
    roots.sort_by_key(|n| n.kind != NodeKind::InferredWire);
    fn walk(
        out: &mut String,
        graph: &wiretrace_engine::report::Lineage,
        id: &str,
        depth: usize,
        seen: &mut Vec<String>,
    ) {
        if seen.iter().any(|s| s == id) || depth > 64 {
            return;
        }
        seen.push(id.to_owned());
        for e in graph.edges.iter().filter(|e| e.source == id) {
            // Only under its main parent (its first edge).
            if graph.edges.iter().find(|x| x.target == e.target) != Some(e) {
                continue;
            }
            let others: Vec<&str> = graph
                .edges
                .iter()
                .filter(|x| x.target == e.target && x != &e)
                .map(|x| x.source.as_str())
                .collect();
            let _ = writeln!(
                out,
                "{:indent$}└ {} ← {} {} ({:?}, {}, confidence {:.2}){}{}",
                "",
                e.target,
                percent(e.share),
                source_label(&e.source),
                e.mode,
                e.evidence.label(),
                e.confidence,
                e.version
                    .map_or(String::new(), |v| format!(", version {v}")),
                if others.is_empty() {
                    String::new()
                } else {
                    format!("; also from {}", others.join(", "))
                },
                indent = 2 + 2 * depth
            );
            walk(out, graph, &e.target, depth + 1, seen);
        }
    }
    let mut seen = Vec::new();
    for root in roots {
        let kind = match root.kind {
            NodeKind::InferredWire => "inferred wire source",
            NodeKind::Article => "article",
        };
        let _ = writeln!(out, "  {} ({kind})", root.id);
        for v in &root.versions {
            let _ = writeln!(
                out,
                "    version {}: {}{}",
                v.version,
                v.articles.join(", "),
                if v.added.is_empty() {
                    String::new()
                } else {
                    format!(
                        " (adds {} passage{})",
                        v.added.len(),
                        if v.added.len() == 1 { "" } else { "s" }
                    )
                }
            );
        }
        walk(&mut out, graph, &root.id, 1, &mut seen);
    }
    if graph.edges.is_empty() {
        out.push_str("  no article takes text from another\n");
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
