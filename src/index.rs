//! One index of a report, built once when the report arrives: articles by
//! id, lineage nodes by id, edges by target and by source, pairs by article
//! pair, and a colour per source. The views look things up here instead of
//! scanning the report for every cell, node or segment.
//!
//! Cost: O(A + N + E + P) to build for A articles, N nodes, E edges and P
//! pairs; every lookup is a hash probe.

use std::collections::HashMap;
use wiretrace_engine::credits::CreditKind;
use wiretrace_engine::report::{AttributionMode, NodeKind, OWN};
use wiretrace_engine::Report;

/// Colours of the source palette (CSS `wt-src--0` … `--6`): the Okabe–Ito
/// colours that stay apart for colour-blind readers, black left out.
pub const PALETTE: usize = 7;

/// How a source is painted in the source bars, the lineage graph and the
/// text: a palette colour, or the neutral grey of an outlet's own material.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    /// Palette colour `0..PALETTE`.
    Colour(usize),
    /// Own material: neutral grey.
    Own,
}

impl Swatch {
    /// The CSS classes of the swatch; a credited agency (nothing in the set
    /// to compare) is hatched, so it never differs from a source by colour
    /// alone.
    pub fn class(self, mode: Option<AttributionMode>) -> String {
        let base = match self {
            Swatch::Colour(k) => format!("wt-src wt-src--{k}"),
            Swatch::Own => "wt-src wt-src--own".to_owned(),
        };
        if mode == Some(AttributionMode::Credited) {
            base + " wt-src--credited"
        } else {
            base
        }
    }
}

/// Lookups into one [`Report`]; every value is an index into the report's
/// own vectors, so the index lives beside the report it was built from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReportIndex {
    articles: HashMap<String, usize>,
    nodes: HashMap<String, usize>,
    edges_to: HashMap<String, Vec<usize>>,
    edges_from: HashMap<String, Vec<usize>>,
    pairs: HashMap<(usize, usize), usize>,
    colours: HashMap<String, usize>,
}

impl ReportIndex {
    /// Indexes `report`. Colours go to sources in a fixed order (inferred
    /// wires as the lineage lists them, then articles that are a source, in
    /// input order, then credited agencies as they first appear), so the
    /// same report is always painted the same way.
    pub fn new(report: &Report) -> Self {
        let articles: HashMap<String, usize> = report
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let nodes = report
            .lineage
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.clone(), i))
            .collect();
        let mut edges_to: HashMap<String, Vec<usize>> = HashMap::new();
        let mut edges_from: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in report.lineage.edges.iter().enumerate() {
            edges_to.entry(e.target.clone()).or_default().push(i);
            edges_from.entry(e.source.clone()).or_default().push(i);
        }
        let pairs = report
            .pairs
            .iter()
            .enumerate()
            .filter_map(|(k, p)| Some((key(*articles.get(&p.a)?, *articles.get(&p.b)?), k)))
            .collect();

        // Colours: wires, then articles that are a source (edge or
        // attribution), in input order, then credited agencies.
        let wires = report
            .lineage
            .nodes
            .iter()
            .filter(|n| n.kind == NodeKind::InferredWire)
            .map(|n| n.id.as_str());
        let cited = report
            .articles
            .iter()
            .flat_map(|a| a.attribution.iter().map(|x| x.source.as_str()));
        let mut sources: Vec<&str> = report
            .lineage
            .edges
            .iter()
            .map(|e| e.source.as_str())
            .chain(cited.clone())
            .filter(|s| articles.contains_key(*s))
            .collect();
        sources.sort_by_key(|s| articles[*s]);
        let mut seen = std::collections::HashSet::new();
        let order: Vec<&str> = wires
            .chain(sources)
            .chain(cited)
            .filter(|id| *id != OWN && seen.insert(*id))
            .collect();
        let colours = order
            .into_iter()
            .enumerate()
            .map(|(k, id)| (id.to_owned(), k % PALETTE))
            .collect();
        ReportIndex {
            articles,
            nodes,
            edges_to,
            edges_from,
            pairs,
            colours,
        }
    }

    /// The position of article `id` in the report (and in the analyzed articles).
    pub fn article(&self, id: &str) -> Option<usize> {
        self.articles.get(id).copied()
    }

    /// The position of node `id` in the lineage's nodes.
    pub fn node(&self, id: &str) -> Option<usize> {
        self.nodes.get(id).copied()
    }

    /// The edges into node `id` (its parents), as indices into the lineage's edges.
    pub fn edges_to(&self, id: &str) -> &[usize] {
        self.edges_to.get(id).map_or(&[], Vec::as_slice)
    }

    /// The edges out of node `id` (its children).
    pub fn edges_from(&self, id: &str) -> &[usize] {
        self.edges_from.get(id).map_or(&[], Vec::as_slice)
    }

    /// The pair of articles `i` and `j` (either order), as an index into the report's pairs.
    pub fn pair(&self, i: usize, j: usize) -> Option<usize> {
        self.pairs.get(&key(i, j)).copied()
    }

    /// How source `id` is painted; sources the report never names get the
    /// first colour.
    pub fn swatch(&self, id: &str) -> Swatch {
        if id == OWN {
            Swatch::Own
        } else {
            Swatch::Colour(self.colours.get(id).copied().unwrap_or(0))
        }
    }
}

fn key(i: usize, j: usize) -> (usize, usize) {
    (i.min(j), i.max(j))
}

/// The tooltip of a credit: "AFP dateline", and for a photo credit what it
/// does not credit.
pub fn credit_title(agency: &str, kind: CreditKind) -> String {
    match kind {
        CreditKind::Photo => format!("{agency} photo credit: credits a picture, not the text"),
        k => format!("{agency} {}", k.label()),
    }
}

/// The uncredited flag in words, and what it means.
pub const UNCREDITED: &str = "uncredited agency copy";

/// What the uncredited flag means, for its tooltip.
pub const UNCREDITED_HELP: &str = "It takes agency copy without naming the agency (or \"agencies\") anywhere in its text; a photo credit does not count, as it credits a picture, not the text.";

#[cfg(test)]
mod tests {
    use super::*;
    use wiretrace_engine::{analyze, Article};

    #[test]
    fn credit_keys_are_the_report_names_of_the_kinds() {
        for kind in [
            CreditKind::Dateline,
            CreditKind::Copyright,
            CreditKind::InText,
            CreditKind::Byline,
            CreditKind::Photo,
        ] {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json.trim_matches('"'), kind.key());
        }
    }

    /// The seeds (`../shared/corpus/seeds`), ids their file names, in
    /// order; two made-up articles when they are not there.
    fn seeds_or_two() -> Vec<Article> {
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds");
        let mut articles: Vec<Article> = std::fs::read_dir(&seeds)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| Article {
                id: e.file_name().to_string_lossy().into_owned(),
                text: std::fs::read_to_string(e.path()).unwrap_or_default(),
                ..Default::default()
            })
            .collect();
        articles.sort_by(|a, b| a.id.cmp(&b.id));
        if articles.len() < 2 {
            eprintln!("../shared/corpus/seeds not found: checking two made-up articles");
            articles = [
                "A drone hit the base on Thursday, the official said.",
                "Nothing else.",
            ]
            .iter()
            .enumerate()
            .map(|(i, t)| Article {
                id: format!("a{i}"),
                text: (*t).into(),
                ..Default::default()
            })
            .collect();
        }
        articles
    }

    #[test]
    fn the_seeds_paint_the_inferred_wire_first_and_the_credited_agency_next() {
        let report = analyze(&seeds_or_two());
        if report.articles.len() == 5 {
            let index = ReportIndex::new(&report);
            assert_eq!(index.swatch("wire:AFP"), Swatch::Colour(0));
            assert_eq!(index.swatch("credited:REUTERS"), Swatch::Colour(1));
        }
    }

    #[test]
    fn pairs_are_found_either_way_round_and_sources_keep_their_colour() {
        let article = |id: &str, text: &str| Article {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        };
        let a = "A drone targeted the logistical support headquarters of Hashed al-Shaabi, mainly pro-Iranian former paramilitary units, the official said on Thursday.";
        let b = "Officials said a drone targeted the logistical support headquarters of PMF, mainly pro-Iranian former paramilitary units, the official said on Thursday.";
        let report = analyze(&[
            article("a", a),
            article("b", b),
            article("c", "Nothing shared here at all."),
        ]);
        let index = ReportIndex::new(&report);
        assert_eq!(index.pair(0, 1), index.pair(1, 0));
        assert!(index.pair(0, 1).is_some());
        assert_eq!(index.pair(0, 2), None);
        assert_eq!(index.article("c"), Some(2));
        assert_eq!(index.swatch(OWN), Swatch::Own);
        assert_eq!(
            ReportIndex::new(&report),
            index,
            "the same report, the same index"
        );
        for e in &report.lineage.edges {
            assert!(index
                .edges_to(&e.target)
                .iter()
                .any(|&k| report.lineage.edges[k] == *e));
            assert!(index
                .edges_from(&e.source)
                .iter()
                .any(|&k| report.lineage.edges[k] == *e));
        }
    }
}
