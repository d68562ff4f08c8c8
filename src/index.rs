//! One index of a report, built once when the report arrives: articles by
//! id, lineage nodes by id, edges by target and by source, pairs by article
//! pair, a colour per source, and for the facts timeline the timeline order,
//! facts by id, the facts each article carries, each fact's mention in each
//! article, the fact a mention belongs to and each fact's searchable text.
//! The views look things up here instead of scanning the report for every
//! cell, node or segment.
//!
//! Cost: O(A + N + E + P + M + T) to build for A articles, N nodes, E edges,
//! P pairs, M fact mentions and T bytes of mention text (lowercased once for
//! search); every lookup is a hash probe or a slice.

use std::collections::HashMap;
use wiretrace_engine::credits::CreditKind;
use wiretrace_engine::report::{AttributionMode, NodeKind, OWN};
use wiretrace_engine::{Article, Report};

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
    facts: FactIndex,
}

/// The facts part of a [`ReportIndex`]: every value an index into the
/// report's `facts`, its articles or a fact's `mentions`.
#[derive(Debug, Clone, Default, PartialEq)]
struct FactIndex {
    /// Article indices, earliest first (the report's timeline order).
    order: Vec<usize>,
    /// Fact id → fact.
    by_id: HashMap<String, usize>,
    /// Per article: the facts it carries (a mention in it), in fact order.
    of_article: Vec<Vec<usize>>,
    /// (fact, article) → that fact's first mention in that article.
    mention: HashMap<(usize, usize), usize>,
    /// (article, start, end) of a mention → its fact.
    at: HashMap<(usize, usize, usize), usize>,
    /// Per fact: how many articles carry it.
    spread: Vec<usize>,
    /// Per fact: its text and every mention's text, lowercased, for search.
    haystack: Vec<String>,
}

impl FactIndex {
    /// The index of no fact yet: the timeline order and room per article.
    fn start(report: &Report, articles: &HashMap<String, usize>) -> Self {
        let n = report.articles.len();
        let mut seen = vec![false; n];
        let mut order: Vec<usize> = report
            .timeline
            .order
            .iter()
            .filter_map(|id| articles.get(id).copied())
            .filter(|&i| !std::mem::replace(&mut seen[i], true))
            .collect();
        // An article the timeline leaves out still gets a column, last.
        order.extend((0..n).filter(|&i| !seen[i]));
        FactIndex {
            order,
            of_article: vec![Vec::new(); n],
            ..FactIndex::default()
        }
    }

    /// Indexes the facts `range` of `report`; ranges come in order, each
    /// starting where the last ended.
    fn add(
        &mut self,
        report: &Report,
        articles: &HashMap<String, usize>,
        texts: &[Article],
        range: std::ops::Range<usize>,
    ) {
        let index = self;
        debug_assert_eq!(range.start, index.haystack.len());
        let end = range.end.min(report.facts.len());
        for (f, fact) in (range.start..end).zip(&report.facts[range.start.min(end)..end]) {
            index.by_id.insert(fact.id.clone(), f);
            let mut hay = fact.text.to_lowercase();
            let mut spread = 0;
            for (k, m) in fact.mentions.iter().enumerate() {
                let Some(&a) = articles.get(&m.article) else {
                    continue;
                };
                index.at.entry((a, m.start, m.end)).or_insert(f);
                if let std::collections::hash_map::Entry::Vacant(slot) = index.mention.entry((f, a))
                {
                    slot.insert(k);
                    index.of_article[a].push(f);
                    spread += 1;
                }
                if let Some(words) = texts.get(a).and_then(|t| t.text.get(m.start..m.end)) {
                    hay.push('\n');
                    hay.push_str(&words.to_lowercase());
                }
            }
            index.spread.push(spread);
            index.haystack.push(hay);
        }
    }
}

impl ReportIndex {
    /// Indexes `report` of `texts` (the analyzed articles, in the report's
    /// order; they give the mentions' words for search). Colours go to
    /// sources in a fixed order (inferred wires as the lineage lists them,
    /// then articles that are a source, in input order, then credited
    /// agencies as they first appear), so the same report is always painted
    /// the same way.
    pub fn new(report: &Report, texts: &[Article]) -> Self {
        let mut index = Self::without_facts(report);
        index.add_facts(report, texts, 0..report.facts.len());
        index
    }

    /// [`ReportIndex::new`] but for the facts, which [`ReportIndex::add_facts`]
    /// adds a range at a time (so a large report is indexed in slices that
    /// each leave the page free to draw).
    pub fn without_facts(report: &Report) -> Self {
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
        let facts = FactIndex::start(report, &articles);
        ReportIndex {
            articles,
            nodes,
            edges_to,
            edges_from,
            pairs,
            colours,
            facts,
        }
    }

    /// Indexes the facts `range` of `report` (of `texts`); ranges come in
    /// order, each starting where the last ended.
    pub fn add_facts(&mut self, report: &Report, texts: &[Article], range: std::ops::Range<usize>) {
        self.facts.add(report, &self.articles, texts, range);
    }

    /// How many of the report's facts are indexed so far.
    pub fn facts_indexed(&self) -> usize {
        self.facts.haystack.len()
    }

    /// Article indices in timeline order, earliest first: the columns of
    /// the facts timeline.
    pub fn timeline(&self) -> &[usize] {
        &self.facts.order
    }

    /// The position of fact `id` in the report's facts.
    pub fn fact(&self, id: &str) -> Option<usize> {
        self.facts.by_id.get(id).copied()
    }

    /// The facts article `article` carries, as indices into the report's facts.
    pub fn facts_of(&self, article: usize) -> &[usize] {
        self.facts
            .of_article
            .get(article)
            .map_or(&[], Vec::as_slice)
    }

    /// Fact `fact`'s first mention in article `article`, as an index into
    /// its mentions; None when that article does not carry it.
    pub fn mention(&self, fact: usize, article: usize) -> Option<usize> {
        self.facts.mention.get(&(fact, article)).copied()
    }

    /// The fact whose mention is exactly `start..end` of article `article`.
    pub fn fact_at(&self, article: usize, start: usize, end: usize) -> Option<usize> {
        self.facts.at.get(&(article, start, end)).copied()
    }

    /// How many articles carry fact `fact`.
    pub fn spread(&self, fact: usize) -> usize {
        self.facts.spread.get(fact).copied().unwrap_or(0)
    }

    /// Whether fact `fact`'s text or any of its mentions contains `needle`,
    /// which must already be lowercase.
    pub fn fact_contains(&self, fact: usize, needle: &str) -> bool {
        self.facts
            .haystack
            .get(fact)
            .is_some_and(|h| h.contains(needle))
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
pub(crate) mod tests {
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
    pub(crate) fn seeds_or_two() -> Vec<Article> {
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
        let articles = seeds_or_two();
        let report = analyze(&articles);
        if report.articles.len() == 5 {
            let index = ReportIndex::new(&report, &articles);
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
        let articles = [
            article("a", a),
            article("b", b),
            article("c", "Nothing shared here at all."),
        ];
        let report = analyze(&articles);
        let index = ReportIndex::new(&report, &articles);
        assert_eq!(index.pair(0, 1), index.pair(1, 0));
        assert!(index.pair(0, 1).is_some());
        assert_eq!(index.pair(0, 2), None);
        assert_eq!(index.article("c"), Some(2));
        assert_eq!(index.swatch(OWN), Swatch::Own);
        assert_eq!(
            ReportIndex::new(&report, &articles),
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

    #[test]
    fn every_mention_is_found_from_its_fact_and_from_its_article() {
        let articles = seeds_or_two();
        let report = analyze(&articles);
        let index = ReportIndex::new(&report, &articles);
        let mut order = index.timeline().to_vec();
        order.sort_unstable();
        assert_eq!(order, (0..articles.len()).collect::<Vec<_>>());
        for (f, fact) in report.facts.iter().enumerate() {
            assert_eq!(index.fact(&fact.id), Some(f));
            for m in &fact.mentions {
                let a = index.article(&m.article).unwrap();
                assert!(index.facts_of(a).contains(&f));
                let k = index.mention(f, a).unwrap();
                assert_eq!(fact.mentions[k].article, m.article);
                assert!(index.fact_at(a, m.start, m.end).is_some());
            }
            let carriers: std::collections::HashSet<&str> =
                fact.mentions.iter().map(|m| m.article.as_str()).collect();
            assert_eq!(index.spread(f), carriers.len());
            assert!(index.fact_contains(f, &fact.text.to_lowercase()));
        }
        for (a, facts) in (0..articles.len()).map(|a| (a, index.facts_of(a))) {
            assert!(facts.windows(2).all(|w| w[0] < w[1]), "{a}: {facts:?}");
        }
    }
}
