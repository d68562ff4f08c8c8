//! The overview as data: what a reporter reads first after Analyze. How
//! many articles are wholly, partly or not derived; which agencies the set's
//! copy comes from and how many articles take from each; the independent
//! origins; the biggest reuse clusters; the facts whose numbers changed or
//! that were contradicted. Each line knows where it leads in the detailed
//! view ([`Target`]). Pure (no signals, no DOM), built once per analysis
//! from the report and its [`ReportIndex`], tested natively.
//!
//! Wording comes from the engine (`Verdict::label`, `articles_count`,
//! `source_label`, `AttributionMode::label`, `Report::origins_line`) and
//! from [`crate::facts`] for a change, so the overview says a thing the way
//! the rest of the page does.
//!
//! Cost: one pass over the articles, the lineage's nodes, the origins'
//! members, the clusters' members and the facts: O(A + N + O + C + F), plus
//! the few words of each excerpt shown and at most [`PAIR_CANDIDATES`]² pair
//! lookups per cluster shown. No pair of articles is scanned.

use crate::index::ReportIndex;
use std::collections::HashMap;
use wiretrace_engine::report::{
    articles_count, AttributionMode, Cluster, NodeKind, OriginKind, Report, Verdict,
};
use wiretrace_engine::Article;

/// Reuse clusters shown, biggest first.
pub const CLUSTERS: usize = 3;

/// Changed or contradicted facts shown.
pub const FACTS: usize = 4;

/// Words of a cluster's or a fact's text quoted in its line.
pub const EXCERPT_WORDS: usize = 12;

/// The articles of a cluster (its longest copies) among which the pair to
/// open is chosen.
pub const PAIR_CANDIDATES: usize = 6;

/// Where a line of the overview leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The article table.
    Articles,
    /// A node of the lineage graph, selected (an article id or `wire:AFP`).
    Node(String),
    /// The lineage graph.
    Lineage,
    /// Two articles side by side (positions in the analyzed articles).
    Pair(usize, usize),
    /// A fact opened in the facts timeline (its id).
    Fact(String),
}

/// One agency the set's copy comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agency {
    /// As people read it: "AFP", "Reuters", "an unknown wire".
    pub label: String,
    /// Articles that take from it, directly or through another article.
    pub articles: usize,
    /// Only credited in the text: its copy is not in the set and no wire was
    /// inferred for it.
    pub credited: bool,
    /// The lineage node that stands for it: its inferred wire, its copy in
    /// the set, or (credited only) the first article crediting it.
    pub node: String,
}

impl Agency {
    /// "AFP: 5 articles", "Reuters: 1 article (credited, not in the set)".
    pub fn line(&self) -> String {
        let mut line = format!("{}: {}", self.label, articles_count(self.articles));
        if self.credited {
            line += &format!(" ({})", AttributionMode::Credited.label());
        }
        line
    }
}

/// One of the biggest reuse clusters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterLine {
    /// The cluster's id in the report.
    pub id: usize,
    /// Articles carrying it.
    pub articles: usize,
    /// Words of its earliest copy (in the timeline's order).
    pub words: usize,
    /// The first words of its earliest copy.
    pub excerpt: String,
    /// The pair to open: the two of its longest copies that share the most.
    pub pair: Option<(usize, usize)>,
}

impl ClusterLine {
    /// "5 articles carry 120 words"; [`ClusterLine::excerpt`] says which.
    pub fn line(&self) -> String {
        format!(
            "{} carry {} word{}",
            articles_count(self.articles),
            self.words,
            if self.words == 1 { "" } else { "s" }
        )
    }
}

/// A fact with a changed number or a contradiction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactLine {
    /// The fact's id.
    pub fact: String,
    /// What changed, as the facts timeline says it: "changed: 100 → 118
    /// attacks (…)", "contradicted in 003: …".
    pub what: String,
    /// The first words of the fact.
    pub excerpt: String,
}

/// The overview of one analysis.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overview {
    /// Articles analyzed.
    pub articles: usize,
    /// Wholly derived articles.
    pub wholly: usize,
    /// Partially derived articles.
    pub partly: usize,
    /// Independent articles.
    pub independent: usize,
    /// Articles that take agency copy (from any agency, or an unknown wire).
    pub agency_articles: usize,
    /// The agencies, as many articles first (the origins' order).
    pub agencies: Vec<Agency>,
    /// Independent origins, as [`Report::origins_line`] counts them.
    pub origins: usize,
    /// [`Report::origins_line`].
    pub origins_line: String,
    /// Pairs of articles that share text.
    pub pairs: usize,
    /// Reuse clusters in the report.
    pub cluster_count: usize,
    /// The biggest, at most [`CLUSTERS`].
    pub clusters: Vec<ClusterLine>,
    /// Facts with a changed number or a contradiction.
    pub fact_count: usize,
    /// The most widely carried of them, at most [`FACTS`].
    pub facts: Vec<FactLine>,
}

impl Overview {
    /// The overview of `report` of `articles` (in the report's order), read
    /// through `index`.
    pub fn new(report: &Report, index: &ReportIndex, articles: &[Article]) -> Self {
        let count = |v: Verdict| report.articles.iter().filter(|a| a.verdict == v).count();
        let (agency_articles, agencies) = agencies(report, index);
        let (cluster_count, clusters) = clusters(report, index, articles);
        let (fact_count, facts) = changed_facts(report, index);
        Overview {
            articles: report.articles.len(),
            wholly: count(Verdict::WhollyDerived),
            partly: count(Verdict::PartiallyDerived),
            independent: count(Verdict::Independent),
            agency_articles,
            agencies,
            origins: report.origins.len(),
            origins_line: report.origins_line(),
            pairs: report.pairs.len(),
            cluster_count,
            clusters,
            fact_count,
            facts,
        }
    }

    /// "5 articles: 3 wholly derived, 2 partially derived, 0 independent".
    pub fn verdicts_line(&self) -> String {
        format!(
            "{}: {} {}, {} {}, {} {}",
            articles_count(self.articles),
            self.wholly,
            Verdict::WhollyDerived.label(),
            self.partly,
            Verdict::PartiallyDerived.label(),
            self.independent,
            Verdict::Independent.label()
        )
    }

    /// "Agency copy in 5 of 5 articles", or that there is none.
    pub fn agency_heading(&self) -> String {
        if self.agencies.is_empty() {
            "No agency copy found: no article takes from a news agency or a wire that others share."
                .to_owned()
        } else {
            format!(
                "Agency copy in {} of {}",
                self.agency_articles,
                articles_count(self.articles)
            )
        }
    }

    /// Said when no text is shared, instead of the clusters.
    pub fn no_reuse(&self) -> Option<&'static str> {
        (self.cluster_count == 0 && self.pairs == 0)
            .then_some("No reuse found: no two articles share a passage.")
    }

    /// Said when no fact changed, instead of the facts.
    pub fn no_changes(&self) -> Option<&'static str> {
        (self.fact_count == 0).then_some(
            "No number changed and no statement was contradicted from one article to the next.",
        )
    }

    /// Where the verdicts line leads.
    pub fn verdicts_target(&self) -> Target {
        Target::Articles
    }

    /// Where the origins line leads.
    pub fn origins_target(&self) -> Target {
        Target::Lineage
    }
}

impl Agency {
    /// Where its line leads.
    pub fn target(&self) -> Target {
        Target::Node(self.node.clone())
    }
}

impl ClusterLine {
    /// Where its line leads: its pair, else the lineage.
    pub fn target(&self) -> Target {
        self.pair
            .map_or(Target::Lineage, |(i, j)| Target::Pair(i, j))
    }
}

impl FactLine {
    /// Where its line leads.
    pub fn target(&self) -> Target {
        Target::Fact(self.fact.clone())
    }
}

/// The agencies among the origins and how many articles take agency copy.
fn agencies(report: &Report, index: &ReportIndex) -> (usize, Vec<Agency>) {
    // Per agency name: its first inferred wire, and its first copy in the
    // set that takes from nothing.
    let mut wire: HashMap<&str, &str> = HashMap::new();
    let mut copy: HashMap<&str, &str> = HashMap::new();
    for n in &report.lineage.nodes {
        let Some(agency) = n.agency.as_deref() else {
            continue;
        };
        match n.kind {
            NodeKind::InferredWire => {
                wire.entry(agency).or_insert(&n.id);
            }
            NodeKind::Article if index.edges_to(&n.id).is_empty() => {
                copy.entry(agency).or_insert(&n.id);
            }
            NodeKind::Article => {}
        }
    }
    let mut takes = vec![false; report.articles.len()];
    let mut out = Vec::new();
    for o in &report.origins {
        let node = match o.kind {
            OriginKind::Agency => wire
                .get(o.id.as_str())
                .or_else(|| copy.get(o.id.as_str()))
                .map(|id| (id.to_string(), false)),
            OriginKind::UnknownWire => Some((o.id.clone(), false)),
            OriginKind::Article | OriginKind::Own => continue,
        };
        let Some((node, credited)) = node.or_else(|| o.articles.first().map(|a| (a.clone(), true)))
        else {
            continue;
        };
        for a in &o.articles {
            if let Some(i) = index.article(a) {
                takes[i] = true;
            }
        }
        out.push(Agency {
            label: o.label.clone(),
            articles: o.articles.len(),
            credited,
            node,
        });
    }
    (takes.iter().filter(|&&t| t).count(), out)
}

/// The number of clusters and the biggest: most articles, then the longest
/// copy, then the report's order.
fn clusters(
    report: &Report,
    index: &ReportIndex,
    articles: &[Article],
) -> (usize, Vec<ClusterLine>) {
    // (articles, longest copy in bytes, position) per cluster, one pass.
    let mut ranked: Vec<(usize, usize, usize)> = report
        .clusters
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let longest = c
                .members
                .iter()
                .map(|m| m.end.saturating_sub(m.start))
                .max();
            (distinct_articles(c), longest.unwrap_or(0), k)
        })
        .collect();
    let shown = CLUSTERS.min(ranked.len());
    if shown > 0 {
        ranked.select_nth_unstable_by(shown - 1, |x, y| (y.0, y.1, x.2).cmp(&(x.0, x.1, y.2)));
        ranked.truncate(shown);
        ranked.sort_by(|x, y| (y.0, y.1, x.2).cmp(&(x.0, x.1, y.2)));
    }
    // Each article's place in the timeline, for the earliest copy.
    let mut rank = vec![usize::MAX; report.articles.len()];
    for (r, &a) in index.timeline().iter().enumerate() {
        rank[a] = r;
    }
    let lines = ranked
        .into_iter()
        .map(|(n, _, k)| cluster_line(report, index, articles, &rank, &report.clusters[k], n))
        .collect();
    (report.clusters.len(), lines)
}

/// How many articles carry cluster `c` (its members are in input order).
fn distinct_articles(c: &Cluster) -> usize {
    let mut n = 0;
    let mut last: Option<&str> = None;
    for m in &c.members {
        if last != Some(m.article.as_str()) {
            n += 1;
            last = Some(&m.article);
        }
    }
    n
}

fn cluster_line(
    report: &Report,
    index: &ReportIndex,
    articles: &[Article],
    rank: &[usize],
    c: &Cluster,
    n: usize,
) -> ClusterLine {
    // Each article's longest copy, longest first.
    let mut copies: Vec<(usize, usize, usize, usize)> = Vec::new(); // (len, article, start, end)
    for m in &c.members {
        let Some(i) = index.article(&m.article) else {
            continue;
        };
        let len = m.end.saturating_sub(m.start);
        match copies.last_mut() {
            Some(last) if last.1 == i => {
                if len > last.0 {
                    *last = (len, i, m.start, m.end);
                }
            }
            _ => copies.push((len, i, m.start, m.end)),
        }
    }
    // Quoted from the earliest copy: the likeliest to be the original's words.
    let text = copies
        .iter()
        .min_by_key(|x| (rank.get(x.1).copied().unwrap_or(usize::MAX), x.1))
        .and_then(|&(_, i, s, e)| articles.get(i)?.text.get(s..e))
        .unwrap_or_default();
    copies.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
    let top = &copies[..copies.len().min(PAIR_CANDIDATES)];
    let mut pair: Option<(usize, (usize, usize))> = None;
    for (x, a) in top.iter().enumerate() {
        for b in &top[x + 1..] {
            if let Some(k) = index.pair(a.1, b.1) {
                let shared = report.pairs[k].shared_words;
                if pair.is_none_or(|(best, _)| shared > best) {
                    pair = Some((shared, (a.1.min(b.1), a.1.max(b.1))));
                }
            }
        }
    }
    ClusterLine {
        id: c.id,
        articles: n,
        words: text.split_whitespace().count(),
        excerpt: excerpt(text),
        pair: pair.map(|(_, p)| p),
    }
}

/// The facts with a changed number or a contradiction, and the few shown:
/// facts of the text before captions, then those most articles carry,
/// then the report's order (first appearance).
fn changed_facts(report: &Report, index: &ReportIndex) -> (usize, Vec<FactLine>) {
    let mut changed: Vec<usize> = (0..report.facts.len())
        .filter(|&f| {
            let fact = &report.facts[f];
            !fact.changes.is_empty() || !fact.contradictions.is_empty()
        })
        .collect();
    let total = changed.len();
    changed.sort_by_key(|&f| {
        (
            report.facts[f].caption,
            std::cmp::Reverse(index.spread(f)),
            f,
        )
    });
    changed.truncate(FACTS);
    let lines = changed
        .into_iter()
        .map(|f| {
            let fact = &report.facts[f];
            let what = match fact.changes.first() {
                Some(c) => format!("changed: {}", crate::facts::change_words(c)),
                None => crate::facts::contradiction_groups(fact)
                    .first()
                    .map(|(note, articles)| crate::facts::contradiction_words(note, articles))
                    .unwrap_or_default(),
            };
            FactLine {
                fact: fact.id.clone(),
                what,
                excerpt: excerpt(&fact.text),
            }
        })
        .collect();
    (total, lines)
}

/// Fewest words before a line break that make an excerpt on their own
/// (a headline), so the excerpt does not run a headline into the text.
const LINE_WORDS: usize = 4;

/// The first [`EXCERPT_WORDS`] words of `text` on one line, ending at the
/// first line break after [`LINE_WORDS`] words; "…" when cut.
fn excerpt(text: &str) -> String {
    let mut head: Vec<&str> = Vec::new();
    let mut cut = false;
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        if head.len() >= LINE_WORDS || head.len() + words.len() > EXCERPT_WORDS {
            let room = if head.len() >= LINE_WORDS {
                0
            } else {
                EXCERPT_WORDS - head.len()
            };
            head.extend(words.iter().take(room));
            cut = true;
            break;
        }
        head.extend(words);
    }
    let mut out = head.join(" ");
    if cut {
        out.push_str(" …");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::seeds_or_two;
    use wiretrace_engine::analyze;

    fn overview(articles: &[Article]) -> (Report, Overview) {
        let report = analyze(articles);
        let index = ReportIndex::new(&report, articles);
        let o = Overview::new(&report, &index, articles);
        (report, o)
    }

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn the_seeds_read_as_afp_copy_with_reuters_credited_and_a_changed_toll() {
        let articles = seeds_or_two();
        if articles.len() != 5 {
            eprintln!("../shared/corpus/seeds not found: skipping the seeds' overview");
            return;
        }
        let (report, o) = overview(&articles);
        assert_eq!(o.articles, 5);
        assert_eq!(o.wholly + o.partly + o.independent, 5);
        assert_eq!(o.independent, 0, "every seed takes from AFP: {o:?}");
        assert!(
            o.verdicts_line().starts_with("5 articles: "),
            "{}",
            o.verdicts_line()
        );
        let afp = &o.agencies[0];
        assert_eq!((afp.label.as_str(), afp.articles), ("AFP", 5), "{o:?}");
        assert_eq!(afp.node, "wire:AFP");
        assert!(!afp.credited);
        assert_eq!(afp.line(), "AFP: 5 articles");
        let reuters = o
            .agencies
            .iter()
            .find(|a| a.label == "Reuters")
            .expect("Reuters is credited");
        assert!(reuters.credited);
        assert!(report.articles.iter().any(|a| a.id == reuters.node));
        assert_eq!(
            reuters.line(),
            "Reuters: 1 article (credited, not in the set)"
        );
        assert_eq!(o.agency_articles, 5);
        assert_eq!(o.agency_heading(), "Agency copy in 5 of 5 articles");
        assert_eq!(o.origins, report.origins.len());
        assert_eq!(o.origins_line, report.origins_line());
        assert!(!o.clusters.is_empty() && o.clusters.len() <= CLUSTERS);
        assert!(o
            .clusters
            .windows(2)
            .all(|w| w[0].articles >= w[1].articles));
        for c in &o.clusters {
            let (i, j) = c.pair.expect("a cluster's pair is in the report");
            assert!(i < j && report.pair(&articles[i].id, &articles[j].id).is_some());
            assert!(c.words > 0 && !c.excerpt.is_empty(), "{c:?}");
        }
        assert!(o.no_reuse().is_none());
        assert!(o.fact_count > 0 && !o.facts.is_empty(), "{o:?}");
        let toll = o
            .facts
            .iter()
            .find(|f| f.what.contains("100 → 118"))
            .expect("the toll's change is shown");
        assert!(toll.what.starts_with("changed: "), "{toll:?}");
        for f in o
            .facts
            .iter()
            .filter(|f| f.what.starts_with("contradicted in "))
        {
            let (ids, _) = f.what["contradicted in ".len()..].split_once(':').unwrap();
            let ids: Vec<&str> = ids.split(", ").collect();
            let once: std::collections::HashSet<&&str> = ids.iter().collect();
            assert_eq!(once.len(), ids.len(), "each article named once: {f:?}");
        }
        assert!(
            matches!(toll.target(), Target::Fact(ref id) if report.facts.iter().any(|f| &f.id == id))
        );
    }

    #[test]
    fn a_set_without_reuse_says_so_plainly() {
        let articles = [
            article("a", "The council approved the new budget for the harbour on Monday after a long debate."),
            article("b", "A late goal gave the visitors a narrow win in the cup final on Saturday evening."),
        ];
        let (_, o) = overview(&articles);
        assert_eq!((o.wholly, o.partly, o.independent), (0, 0, 2));
        assert_eq!(
            o.verdicts_line(),
            "2 articles: 0 wholly derived, 0 partially derived, 2 independent"
        );
        assert!(o.agencies.is_empty());
        assert!(o.agency_heading().starts_with("No agency copy found"));
        assert!(o.clusters.is_empty());
        assert_eq!(
            o.no_reuse(),
            Some("No reuse found: no two articles share a passage.")
        );
        assert!(o.facts.is_empty() && o.no_changes().is_some());
    }

    #[test]
    fn a_copied_article_makes_a_cluster_whose_pair_opens() {
        let wire = "A drone targeted the logistical support headquarters of the paramilitary units near the airport on Thursday, killing two fighters and wounding five others, a security official said. The attack came a day after a rocket struck a base hosting foreign troops in the west of the country, the official added.";
        let copy = format!("{wire} Residents said they heard two loud explosions before dawn.");
        let articles = [
            article("w", wire),
            article("c", &copy),
            article(
                "x",
                "A late goal gave the visitors a narrow win in the cup final on Saturday evening.",
            ),
        ];
        let (report, o) = overview(&articles);
        assert!(!report.clusters.is_empty(), "{report:?}");
        let c = &o.clusters[0];
        assert_eq!(c.articles, 2);
        assert_eq!(c.pair, Some((0, 1)));
        assert_eq!(c.target(), Target::Pair(0, 1));
        assert!(c.excerpt.starts_with("A drone targeted"), "{c:?}");
        assert!(c.excerpt.ends_with('…'));
        assert!(
            c.line().starts_with("2 articles carry ") && c.line().ends_with(" words"),
            "{}",
            c.line()
        );
        assert!(o.independent >= 1);
        assert!(o.no_reuse().is_none());
    }

    #[test]
    fn the_example_has_no_agency_one_cluster_from_the_wire_and_a_changed_count() {
        let articles = crate::example::articles();
        let (report, o) = overview(&articles);
        assert_eq!(
            o.verdicts_line(),
            "4 articles: 2 wholly derived, 0 partially derived, 2 independent"
        );
        assert!(o.agencies.is_empty(), "Meridian Press is no known agency");
        assert!(o.agency_heading().starts_with("No agency copy found"));
        assert_eq!(o.origins_line, report.origins_line());
        assert_eq!(o.origins, 2);
        assert_eq!(o.clusters.len(), 1);
        let c = &o.clusters[0];
        assert_eq!(c.articles, 3, "the wire, its copy and its rewording");
        assert!(
            c.excerpt.starts_with("KESTREL BAY (Meridian Press)"),
            "quoted from the wire, the earliest: {c:?}"
        );
        assert!(c.pair.is_some());
        assert_eq!(o.facts.len(), 1);
        assert!(o.facts[0].what.starts_with("changed: 212 → 200"), "{o:?}");
    }

    #[test]
    fn an_excerpt_keeps_twelve_words_and_marks_the_cut() {
        assert_eq!(excerpt("one  two\nthree"), "one two three");
        assert_eq!(
            excerpt("A short headline of six words\nThe text begins here and goes on."),
            "A short headline of six words …",
            "a headline is not run into the text"
        );
        let long = (1..=20)
            .map(|k| k.to_string())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(excerpt(&long), "1 2 3 4 5 6 7 8 9 10 11 12 …");
    }

    /// `report` of `articles` repeated `times` over under new ids (`000`
    /// becomes `000#3`): a large set with the seeds' structure.
    fn repeated(report: &Report, articles: &[Article], times: usize) -> (Report, Vec<Article>) {
        let mut big = report.clone();
        big.articles.clear();
        big.pairs.clear();
        big.clusters.clear();
        big.origins.clear();
        big.facts.clear();
        big.lineage.nodes.clear();
        big.lineage.edges.clear();
        let mut texts = Vec::new();
        for k in 0..times {
            let id = |s: &str| {
                if report.article(s).is_some() {
                    format!("{s}#{k}")
                } else {
                    s.to_owned()
                }
            };
            for (a, t) in report.articles.iter().zip(articles) {
                let mut a = a.clone();
                a.id = id(&a.id);
                big.articles.push(a);
                texts.push(Article {
                    id: id(&t.id),
                    ..t.clone()
                });
            }
            for p in &report.pairs {
                let mut p = p.clone();
                p.a = id(&p.a);
                p.b = id(&p.b);
                big.pairs.push(p);
            }
            for c in &report.clusters {
                let mut c = c.clone();
                c.id = big.clusters.len();
                c.members
                    .iter_mut()
                    .for_each(|m| m.article = id(&m.article));
                big.clusters.push(c);
            }
            for f in &report.facts {
                let mut f = f.clone();
                f.id = format!("{}#{k}", f.id);
                f.mentions
                    .iter_mut()
                    .for_each(|m| m.article = id(&m.article));
                f.changes.iter_mut().for_each(|c| {
                    c.article = id(&c.article);
                    c.from_article = id(&c.from_article);
                });
                big.facts.push(f);
            }
            for n in &report.lineage.nodes {
                let mut n = n.clone();
                n.id = if n.kind == NodeKind::Article {
                    id(&n.id)
                } else {
                    format!("{}-{k}", n.id)
                };
                big.lineage.nodes.push(n);
            }
            let node = |s: &str| {
                if report.article(s).is_some() {
                    id(s)
                } else {
                    format!("{s}-{k}")
                }
            };
            for e in &report.lineage.edges {
                let mut e = e.clone();
                e.source = node(&e.source);
                e.target = node(&e.target);
                big.lineage.edges.push(e);
            }
        }
        for o in &report.origins {
            let mut o = o.clone();
            o.articles = (0..times)
                .flat_map(|k| o.articles.iter().map(move |a| format!("{a}#{k}")))
                .collect();
            big.origins.push(o);
        }
        (big, texts)
    }

    #[test]
    fn two_thousand_articles_build_the_overview_in_a_few_milliseconds() {
        let articles = seeds_or_two();
        let report = analyze(&articles);
        let (big, texts) = repeated(&report, &articles, 2000 / articles.len());
        let index = ReportIndex::new(&big, &texts);
        let start = std::time::Instant::now();
        let o = Overview::new(&big, &index, &texts);
        let took = start.elapsed();
        eprintln!("overview of {} articles: {took:?}", o.articles);
        assert_eq!(o.articles, big.articles.len());
        assert!(o.articles >= 2000 - articles.len());
        assert_eq!(o.cluster_count, big.clusters.len());
        // Natively and unoptimized (a few milliseconds here); the wasm
        // release build is faster. The bound leaves room for a busy machine.
        assert!(took.as_millis() < 100, "{took:?}");
    }
}
