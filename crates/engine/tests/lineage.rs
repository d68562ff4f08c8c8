//! The lineage on hand-written sets (tests/fixtures/lineage, each with a
//! manifest of the true parents, wire versions, credits and uncredited
//! flags) and on generated scenarios with known truth
//! (`wiretrace_synth::lineage`), with and without publication times.

use serde::Deserialize;
use std::path::PathBuf;
use wiretrace_engine::report::{agency_key, Report};
use wiretrace_engine::{analyze, Article};

#[derive(Deserialize)]
struct Manifest {
    name: String,
    articles: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    id: String,
    file: String,
    outlet: Option<String>,
    published: Option<String>,
    parents: Vec<String>,
    version: Option<u32>,
    credits: Vec<ExpectedCredit>,
    uncredited: bool,
}

#[derive(Deserialize)]
struct ExpectedCredit {
    agency: String,
    kind: String,
    text: String,
}

fn fixtures() -> Vec<(Manifest, Vec<Article>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lineage");
    let mut sets: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    sets.sort();
    sets.into_iter()
        .map(|set| {
            let m: Manifest =
                serde_json::from_str(&std::fs::read_to_string(set.join("manifest.json")).unwrap())
                    .unwrap();
            let articles = m
                .articles
                .iter()
                .map(|e| Article {
                    id: e.id.clone(),
                    outlet: e.outlet.clone(),
                    published: e.published.clone(),
                    text: std::fs::read_to_string(set.join(&e.file)).unwrap(),
                    ..Default::default()
                })
                .collect();
            (m, articles)
        })
        .collect()
}

/// A parent id as the report spells it: `wire:Reuters` → `wire:REUTERS`.
fn normal(id: &str) -> String {
    match id.strip_prefix("wire:") {
        Some("unknown") => id.to_owned(),
        Some(agency) => format!("wire:{}", agency_key(agency)),
        None => id.to_owned(),
    }
}

fn parents(report: &Report, id: &str) -> Vec<String> {
    let mut p: Vec<String> = report
        .lineage
        .edges
        .iter()
        .filter(|e| e.target == id)
        .map(|e| e.source.clone())
        .collect();
    p.sort();
    p
}

#[derive(Default, Debug)]
struct Score {
    /// What was read wrong: "set article what".
    misses: Vec<String>,
    articles: usize,
    parents_right: usize,
    uncredited_right: usize,
    versions: usize,
    versions_right: usize,
    credits: usize,
    credits_found: usize,
    credits_reported: usize,
}

fn run(with_times: bool) -> Score {
    let mut s = Score::default();
    for (m, mut articles) in fixtures() {
        if !with_times {
            articles.iter_mut().for_each(|a| a.published = None);
        }
        let report = analyze(&articles);
        for (e, a) in m.articles.iter().zip(&articles) {
            s.articles += 1;
            let got = parents(&report, &e.id);
            let mut want: Vec<String> = e.parents.iter().map(|p| normal(p)).collect();
            want.sort();
            let r = report.article(&e.id).unwrap();
            if got == want {
                s.parents_right += 1;
            } else {
                eprintln!("  {} {}: parents {got:?}, expected {want:?}", m.name, e.id);
                s.misses.push(format!("{} {} parents", m.name, e.id));
            }
            if r.uncredited == e.uncredited {
                s.uncredited_right += 1;
            } else {
                eprintln!(
                    "  {} {}: uncredited {}, expected {}",
                    m.name, e.id, r.uncredited, e.uncredited
                );
                s.misses.push(format!("{} {} uncredited", m.name, e.id));
            }
            if let Some(v) = e.version {
                s.versions += 1;
                let mine = report
                    .lineage
                    .edges
                    .iter()
                    .find(|x| x.target == e.id)
                    .and_then(|x| x.version)
                    .or(r.version);
                if mine == Some(v) {
                    s.versions_right += 1;
                } else {
                    eprintln!("  {} {}: version {mine:?}, expected {v}", m.name, e.id);
                    s.misses.push(format!("{} {} version", m.name, e.id));
                }
            }
            s.credits_reported += r.credits.len();
            for c in &e.credits {
                s.credits += 1;
                let at = a.text.find(&c.text).expect("credit text in the file");
                let span = at..at + c.text.len();
                let found = r.credits.iter().any(|k| {
                    k.agency.eq_ignore_ascii_case(&c.agency)
                        && serde_json::to_value(k.kind).unwrap() == c.kind.as_str()
                        && k.start < span.end
                        && span.start < k.end
                });
                if found {
                    s.credits_found += 1;
                } else {
                    s.misses
                        .push(format!("{} {} credit “{}”", m.name, e.id, c.text));
                    eprintln!(
                        "  {} {}: credit {} {} “{}” not found (found {:?})",
                        m.name,
                        e.id,
                        c.agency,
                        c.kind,
                        c.text,
                        r.credits
                            .iter()
                            .map(|k| format!(
                                "{} {:?} {}",
                                k.agency,
                                k.kind,
                                &a.text[k.start..k.end]
                            ))
                            .collect::<Vec<_>>()
                    );
                }
            }
        }
    }
    eprintln!(
        "lineage fixtures (times {}): {s:?}",
        if with_times { "given" } else { "removed" }
    );
    s
}

/// What the engine is known to read differently from the manifests, and why.
const KNOWN: &[(&str, &str)] = &[
    // Three papers share text that none of them credits, and the first
    // published holds all of it: nothing in the texts tells a wire none of
    // them names from the first paper's own story, copied by the others.
    (
        "set06_no_credits f2 parents",
        "no credit anywhere: a chain from f1",
    ),
    (
        "set06_no_credits f3 parents",
        "no credit anywhere: a chain from f1",
    ),
    (
        "set06_no_credits f1 parents",
        "no credit anywhere: f1 is the root",
    ),
    (
        "set06_no_credits f1 uncredited",
        "no agency is known to be uncredited",
    ),
    (
        "set06_no_credits f2 uncredited",
        "no agency is known to be uncredited",
    ),
    (
        "set06_no_credits f3 uncredited",
        "no agency is known to be uncredited",
    ),
];

fn check(s: &Score, also: &[&str]) {
    let unexpected: Vec<&String> = s
        .misses
        .iter()
        .filter(|m| !KNOWN.iter().any(|(k, _)| k == m) && !also.contains(&m.as_str()))
        .collect();
    assert!(unexpected.is_empty(), "read wrong: {unexpected:#?}");
}

#[test]
fn hand_written_sets_with_their_times() {
    let s = run(true);
    check(&s, &[]);
    assert!(
        s.parents_right >= 23 && s.versions_right == s.versions,
        "{s:?}"
    );
}

#[test]
fn hand_written_sets_without_times() {
    let s = run(false);
    // Without times, c2 and c3 hold each other's text whole: only the
    // publication order says which republished the other.
    check(&s, &["set03_wire_in_set c3 parents"]);
    assert!(s.parents_right >= 22, "{s:?}");
}

/// Per scenario: (articles, parents right, uncredited right).
fn scenarios(with_times: bool, seeds: std::ops::Range<u64>) -> Vec<(String, usize, usize, usize)> {
    let mut out: Vec<(String, usize, usize, usize)> = Vec::new();
    for seed in seeds {
        for mut sc in wiretrace_synth::lineage::scenarios(seed, 400) {
            if !with_times {
                sc.strip_times();
            }
            let articles: Vec<Article> = sc
                .articles
                .iter()
                .map(|a| Article {
                    id: a.id.clone(),
                    title: Some(a.title.clone()),
                    outlet: Some(a.outlet.clone()),
                    published: a.published.clone(),
                    text: a.text.clone(),
                    ..Default::default()
                })
                .collect();
            let report = analyze(&articles);
            let row = match out.iter().position(|r| r.0 == sc.name) {
                Some(i) => i,
                None => {
                    out.push((sc.name.to_owned(), 0, 0, 0));
                    out.len() - 1
                }
            };
            for t in &sc.truth.articles {
                let got = parents(&report, &t.id);
                // An agency story only this article carries is a credited
                // origin, not an inferred wire: its text reads
                // `credited:AGENCY` and it has no parent.
                let mut want: Vec<String> = if t.credited_origin {
                    Vec::new()
                } else {
                    t.parents.iter().map(|p| normal(p)).collect()
                };
                want.sort();
                let r = report.article(&t.id).unwrap();
                out[row].1 += 1;
                if got == want {
                    out[row].2 += 1;
                } else if seed < 3 {
                    eprintln!(
                        "  {} seed {seed} {}: parents {got:?}, expected {want:?}",
                        sc.name, t.id
                    );
                }
                out[row].3 += usize::from(r.uncredited == t.uncredited);
            }
        }
    }
    for r in &out {
        eprintln!(
            "scenario {:<16} (times {}): parents {}/{} right, uncredited {}/{} right",
            r.0,
            if with_times { "given" } else { "removed" },
            r.2,
            r.1,
            r.3,
            r.1
        );
    }
    out
}

#[test]
fn generated_scenarios_with_times() {
    let rows = scenarios(true, 0..10);
    for (name, n, right, _) in &rows {
        // Without a credit anywhere, the earliest near-complete copy of a
        // wire no one names reads as the others' source (see KNOWN).
        let floor = if name == "no_credits" { 3 } else { 8 };
        assert!(
            *right * 10 >= *n * floor,
            "{name}: {right}/{n} parents right"
        );
    }
}

#[test]
fn generated_scenarios_without_times() {
    let rows = scenarios(false, 0..10);
    for (name, n, right, _) in &rows {
        // Without times a republication chain has no direction but
        // containment, and none at all between near-identical copies.
        let floor = if name == "no_credits" { 3 } else { 5 };
        assert!(
            *right * 10 >= *n * floor,
            "{name}: {right}/{n} parents right"
        );
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// The generated scenarios of one seed, each as articles, times dropped
    /// for the articles `drop` picks.
    fn sets(seed: u64, drop: u64) -> Vec<Vec<Article>> {
        wiretrace_synth::lineage::scenarios(seed, 200)
            .into_iter()
            .map(|sc| {
                sc.articles
                    .iter()
                    .enumerate()
                    .map(|(i, a)| Article {
                        id: a.id.clone(),
                        outlet: Some(a.outlet.clone()),
                        published: a.published.clone().filter(|_| drop >> (i % 64) & 1 == 0),
                        text: a.text.clone(),
                        ..Default::default()
                    })
                    .collect()
            })
            .collect()
    }

    /// The graph keyed by ids, for comparing runs.
    fn canonical(report: &Report) -> String {
        let mut edges: Vec<String> = report
            .lineage
            .edges
            .iter()
            .map(|e| {
                format!(
                    "{}>{} {:?} {:.6} {:?} {:?}",
                    e.source, e.target, e.mode, e.share, e.evidence, e.version
                )
            })
            .collect();
        edges.sort();
        let mut nodes: Vec<String> = report
            .lineage
            .nodes
            .iter()
            .map(|n| {
                format!(
                    "{} {:?} {:?} {:?}",
                    n.id,
                    n.kind,
                    n.agency,
                    n.versions
                        .iter()
                        .map(|v| {
                            let mut a = v.articles.clone();
                            a.sort();
                            (v.version, a)
                        })
                        .collect::<Vec<_>>()
                )
            })
            .collect();
        nodes.sort();
        let mut origins: Vec<String> = report
            .origins
            .iter()
            .map(|o| {
                let mut a = o.articles.clone();
                a.sort();
                format!("{} {a:?}", o.id)
            })
            .collect();
        origins.sort();
        format!("{edges:#?}\n{nodes:#?}\n{origins:#?}")
    }

    fn check_graph(articles: &[Article], report: &Report) -> Result<(), TestCaseError> {
        let nodes: BTreeSet<&str> = report.lineage.nodes.iter().map(|n| n.id.as_str()).collect();
        let ids: BTreeSet<&str> = articles.iter().map(|a| a.id.as_str()).collect();
        let mut parents: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for e in &report.lineage.edges {
            prop_assert!(
                nodes.contains(e.source.as_str()),
                "edge from no node: {}",
                e.source
            );
            prop_assert!(
                ids.contains(e.target.as_str()),
                "edge to no article: {}",
                e.target
            );
            prop_assert!(
                e.share >= 0.0 && e.share <= 1.0 && e.confidence > 0.0 && e.confidence < 1.0
            );
            parents
                .entry(e.target.as_str())
                .or_default()
                .push(e.source.as_str());
        }
        // Acyclic: walking up from any node ends at a root.
        for start in &nodes {
            let mut stack = vec![(*start, 0usize)];
            while let Some((x, depth)) = stack.pop() {
                prop_assert!(depth <= nodes.len(), "a cycle through {start}");
                for p in parents.get(x).into_iter().flatten() {
                    stack.push((p, depth + 1));
                }
            }
        }
        for a in &report.articles {
            let listed: Vec<&str> = a.sources.iter().map(|s| s.source.as_str()).collect();
            let mut edges = parents.get(a.id.as_str()).cloned().unwrap_or_default();
            let mut l = listed.clone();
            l.sort();
            edges.sort();
            prop_assert_eq!(l, edges, "{}'s sources are its parents", &a.id);
            if a.words > 0 {
                let total: f64 = a.attribution.iter().map(|x| x.share).sum();
                prop_assert!(
                    (total - 1.0).abs() < 1e-9,
                    "{}: attribution sums to {total}",
                    &a.id
                );
            }
            for s in &a.spans {
                if let Some(src) = &s.source {
                    prop_assert!(
                        nodes.contains(src.as_str())
                            || src == "own"
                            || src.starts_with("credited:"),
                        "span source {src}"
                    );
                }
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]

        /// The graph is acyclic, every edge joins nodes of the set, every
        /// article's sources are its parents, and its attribution adds up.
        #[test]
        fn the_lineage_is_a_well_formed_graph(seed in 0u64..1000, drop in any::<u64>()) {
            for articles in sets(seed, drop) {
                check_graph(&articles, &analyze(&articles))?;
            }
        }

        /// Shuffling the articles changes nothing in the graph, the wires,
        /// their versions or the origins.
        #[test]
        fn input_order_does_not_change_the_lineage(seed in 0u64..1000, drop in any::<u64>(), mix in any::<u64>()) {
            for articles in sets(seed, drop) {
                let mut shuffled = articles.clone();
                for i in (1..shuffled.len()).rev() {
                    shuffled.swap(i, (mix as usize).wrapping_mul(i + 7) % (i + 1));
                }
                prop_assert_eq!(canonical(&analyze(&articles)), canonical(&analyze(&shuffled)));
            }
        }
    }
}
