//! Lineage: where each article's text comes from, as a directed graph whose
//! roots are the set's origins: an article of the set, or an inferred wire
//! source (`wire:AFP`, `wire:unknown`) that several articles share and none
//! of them can be the source of.
//!
//! Algorithm, on what the pair stage found (per article and partner, the
//! runs of its body words found in the partner) and the credits:
//! 1. *Related pairs*: two articles are related when at least
//!    `partially_derived` (15%) of one's content (sentences at least half
//!    found, [`crate::scores`]) is found in the other. An article's *shared
//!    material* is the union of what its related partners share with it.
//! 2. *Coverage*: `cov(p, c)`, the share of `c`'s shared material found in
//!    `p`, and `private(p, c)`, what only `p` shares with `c` (articles
//!    published after `c` aside: they may be its copies).
//! 3. *Direction* of a possible derivation `p → c`: publication times when
//!    both are known; else agency copy (its outlet is an agency, or it
//!    carries feed markers: a slug, a priority line, a trailer) before a
//!    paper; else containment: `p` covers `c`'s shared material clearly
//!    better than `c` covers `p`'s (or, when both cover all, `c` is found
//!    in `p` much more than `p` in `c`: a brief in its wire), or, when each
//!    covers the other, `p`'s wording is the one others share word for word.
//!    A copy credit in `c` (dateline, copyright line, byline) naming an
//!    agency that `p` neither carries nor is the copy of rules `p` out: `c`
//!    took it from the agency.
//! 4. *Parents*: agency copy in the set that covers `agency_coverage` of
//!    `c`'s shared material, ties going to the earliest (then id order);
//!    a paper beats it only by having passed on material of its own (what
//!    only the two share, `private_share_beside_agency`). With no agency
//!    copy, a paper needs `paper_coverage` and evidence that `c` copied
//!    *it* rather than the source both drew on: it is the family's full
//!    text or shares `private_share` with `c` alone, and neither names an
//!    agency (articles that name one took its text from it). Further
//!    parents must give what no other candidate (its own copies aside)
//!    has, partly word for word (an article made from a wire and another
//!    outlet's report), and may not be the main parent's other children.
//!    The parents together must make `c` at least partially derived. Edges
//!    that would close a cycle are left out, strongest first.
//!    A second pass, once main parents are known, drops relations that are
//!    a rewording of a rewording: `c` matches `p` only in other words, `p`
//!    is itself a rewording of its main parent, and `c` takes nothing from
//!    that parent. What `c` shares with `p` is then the facts `p` took, in
//!    words as generic as a reporter's own: an independent report of the
//!    same facts matches a heavy rewrite better than the wire itself.
//! 5. *Inferred wires*: articles left without a parent that are related to
//!    each other are siblings: they meet at an inferred wire node, named
//!    after the agency their credits name most (credits of the shared
//!    paragraphs and copy credits weigh fully, others a quarter), or
//!    `wire:unknown`. A group that holds an article known to be agency copy
//!    (its outlet, its feed markers) has its root already and gets none.
//! 6. *Versions*: per inferred wire, each shared word gets its carriers
//!    (the children that have it). A split of the children into an early
//!    and a later group is a version split when each group has material
//!    that most of it carries and the other group lacks, both carry common
//!    material, and each side's own material is at least `version_words`
//!    (or the groups' times are apart and the later one's is twice that).
//!    The later group is the one published later, or else the one that
//!    added more. Sets of more than 64 children are not split.
//! 7. *Attribution*: each body word goes to the first parent that has it
//!    (an article parent: what it shares with the child; a wire parent:
//!    what the child shares with the wire's other descendants, not with its
//!    own copies), else to an agency the text credits (the paragraph of an
//!    in-text credit and up to `credit_reach` following paragraphs that
//!    share nothing; the whole text for a dateline, copyright or byline),
//!    else to the outlet's own material.
//! 8. *Uncredited*: an article taking agency copy (from a wire node, or
//!    from an article whose text is an agency's) that names neither that
//!    agency nor "agencies" outside photo credits.
//! 9. *Origins*: the roots each article descends from, named by agency
//!    where one is known, merged by name; a story reprinted by many outlets
//!    counts once.
//!
//! Cost: O(R) to relate pairs for R runs in all, O(T·P) over an article's
//! T words and P related partners for coverage and attribution, O(V·K) for
//! versions over V distinct carrier sets among K children; cycle checks
//! walk the graph per kept edge (families are small).
//!
//! Sources: the agency-copy detection literature (METER corpus, Gaizauskas
//! et al., 2001: derived texts are contained in their source; credits are
//! the first signal) and text-reuse genealogy (passim, Smith et al., 2014;
//! stemmatics' rule that shared readings, not shared text alone, show which
//! copy was copied: here, material only two articles share).

use crate::credits::{Credit, CreditKind, GENERIC};
use crate::document::Document;
use crate::options::{LineageOptions, Options};
use crate::pair::Cover;
use crate::report;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// A run of an article's body tokens found in a partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    /// First token.
    pub start: u32,
    /// One past the last token.
    pub end: u32,
    /// How the run is found.
    pub cover: Cover,
}

/// What one article shares with one partner: runs of its body tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The partner's index.
    pub other: usize,
    /// Disjoint runs in token order.
    pub runs: Vec<Run>,
}

impl Link {
    /// The runs of a per-token cover; None if nothing is found.
    pub fn from_cover(other: usize, cover: &[Cover]) -> Option<Link> {
        let mut runs: Vec<Run> = Vec::new();
        for (t, &c) in cover.iter().enumerate() {
            if c == Cover::None {
                continue;
            }
            let t = t as u32;
            match runs.last_mut() {
                Some(r) if r.end == t && r.cover == c => r.end = t + 1,
                _ => runs.push(Run {
                    start: t,
                    end: t + 1,
                    cover: c,
                }),
            }
        }
        (!runs.is_empty()).then_some(Link { other, runs })
    }

    /// Whether token `t` is covered.
    pub fn covers(&self, t: usize) -> bool {
        let t = t as u32;
        let i = self.runs.partition_point(|r| r.end <= t);
        self.runs.get(i).is_some_and(|r| r.start <= t)
    }

    /// Tokens covered.
    pub fn words(&self) -> usize {
        self.runs.iter().map(|r| (r.end - r.start) as usize).sum()
    }

    /// Each covered token with its cover.
    fn tokens(&self) -> impl Iterator<Item = (usize, Cover)> + '_ {
        self.runs
            .iter()
            .flat_map(|r| (r.start as usize..r.end as usize).map(move |t| (t, r.cover)))
    }
}

/// What is known of an article as an agency's own copy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AgencyCopy {
    /// The agency, if one is named.
    pub agency: Option<&'static str>,
    /// Its outlet is an agency, or it carries agency feed markers.
    pub strong: bool,
    /// It opens with an agency dateline (papers reprinting the copy keep it).
    pub weak: bool,
}

impl AgencyCopy {
    /// What the outlet, the feed markers and the credits say.
    pub fn of(
        outlet: Option<&str>,
        feed_markers: bool,
        credits: &[Credit],
        doc: &Document,
    ) -> Self {
        let by_outlet = outlet
            .and_then(crate::credits::canonical)
            .filter(|&a| a != GENERIC);
        let opening = doc
            .paragraphs
            .first()
            .map_or(0, |p| doc.bytes(p.clone()).end);
        let dateline = credits
            .iter()
            .find(|c| c.kind == CreditKind::Dateline && c.start <= opening && c.agency != GENERIC)
            .map(|c| agency_name(&c.agency));
        let byline = credits
            .iter()
            .find(|c| c.kind == CreditKind::Byline && c.agency != GENERIC)
            .map(|c| agency_name(&c.agency));
        let strong = by_outlet.is_some() || feed_markers;
        AgencyCopy {
            agency: by_outlet
                .or(dateline)
                .or(if feed_markers { byline } else { None }),
            strong,
            weak: dateline.is_some(),
        }
    }

    fn any(&self) -> bool {
        self.strong || self.weak
    }
}

/// The dictionary's own spelling of an agency name (credits carry it).
pub fn agency_name(name: &str) -> &'static str {
    crate::credits::AGENCIES
        .iter()
        .map(|a| a.name)
        .find(|&a| a == name)
        .unwrap_or(GENERIC)
}

/// What the lineage stage reads.
pub struct Input<'a> {
    /// Prepared articles.
    pub docs: &'a [Document],
    /// Publication times (seconds), where known.
    pub times: &'a [Option<i64>],
    /// Credits found in each text.
    pub credits: &'a [Vec<Credit>],
    /// Each article as agency copy.
    pub agency: &'a [AgencyCopy],
    /// Per article, what it shares with each partner.
    pub links: &'a [Vec<Link>],
    /// Per article, its place in id order: ties are broken by it, so that
    /// input order never changes the graph.
    pub rank: &'a [usize],
}

/// A node of the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Node {
    /// An article of the set, by index.
    Article(usize),
    /// An inferred wire source, by index into [`Lineage::wires`].
    Wire(usize),
}

/// What decided the direction of an edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Direction {
    /// Publication times.
    Time,
    /// Agency copy before a paper.
    Agency,
    /// One article contains the other's shared material.
    Containment,
    /// Siblings meeting at an inferred wire.
    Wire,
}

/// One parent of an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Parent {
    /// The source.
    pub node: Node,
    /// What set the direction.
    pub direction: Direction,
    /// A heuristic score in (0, 1): how sure the edge is.
    pub confidence: f64,
    /// Version of an inferred wire that the article carries.
    pub version: Option<u32>,
}

/// Where one body word comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attr {
    /// The outlet's own material.
    Own,
    /// Parent `.0` of the article, found there as `.1`.
    Parent(usize, Cover),
    /// An agency the text credits, with nothing in the set to compare.
    Credited(&'static str),
}

/// One version of an inferred wire.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    /// 1 for the earliest.
    pub number: u32,
    /// The children carrying it.
    pub articles: Vec<usize>,
    /// What this version has that the one before lacks: token ranges of one
    /// article carrying it.
    pub added: Vec<(usize, Range<usize>)>,
}

/// An inferred wire source.
#[derive(Debug, Clone, PartialEq)]
pub struct Wire {
    /// The agency its children's credits name, if any.
    pub agency: Option<&'static str>,
    /// Its children (articles without a parent in the set).
    pub children: Vec<usize>,
    /// Its versions, earliest first; empty when it shows one.
    pub versions: Vec<Version>,
}

/// The lineage of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleLineage {
    /// Its parents, the main one first.
    pub parents: Vec<Parent>,
    /// Per body token, where it comes from.
    pub attr: Vec<Attr>,
    /// It takes agency copy without naming the agency.
    pub uncredited: bool,
    /// For agency copy updating earlier copy of the same agency in the set: its version.
    pub version: Option<u32>,
}

/// An origin of the set: a root of the graph, or a credited agency.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Origin {
    /// An agency (inferred wire, agency copy in the set, or credited).
    Agency(&'static str),
    /// An inferred wire no credit names.
    UnknownWire(usize),
    /// An article of the set whose own text others copied.
    Article(usize),
    /// Articles that are their outlets' own reporting.
    Own,
}

/// The whole lineage.
#[derive(Debug, Clone, PartialEq)]
pub struct Lineage {
    /// Inferred wire sources.
    pub wires: Vec<Wire>,
    /// One per article.
    pub articles: Vec<ArticleLineage>,
    /// The set's origins with the articles descending from each, largest first.
    pub origins: Vec<(Origin, Vec<usize>)>,
}

/// How one article relates to one partner.
#[derive(Debug, Clone, Copy)]
struct Rel {
    /// The partner.
    other: usize,
    /// Index of the link in `Input::links[article]`.
    link: usize,
    /// Tokens of the article found in the partner.
    words: usize,
}

struct Graph<'a> {
    input: &'a Input<'a>,
    o: &'a LineageOptions,
    /// Per article: its related partners.
    rels: Vec<Vec<Rel>>,
    /// Per article: its shared material, in tokens.
    shared: Vec<usize>,
    /// Per article: enough of its content is found in related articles for
    /// it to be derived from something (else it is its outlet's own).
    derived: Vec<bool>,
    /// (article, partner) → index in `rels[article]`.
    index: FxHashMap<(usize, usize), usize>,
    /// Content share from which an article is partially derived.
    partially_derived: f64,
    /// Per article: its main parent among the articles, if any.
    mains: Vec<Option<(usize, Direction, f64)>>,
    /// `mains` is filled in, so `reworded_twice` can use it.
    rewordings_known: bool,
}

/// Infers the lineage.
pub fn infer(input: &Input, options: &Options) -> Lineage {
    let graph = Graph::new(input, options);
    let n = input.docs.len();
    let mut parents: Vec<Vec<Parent>> = vec![Vec::new(); n];
    let mut edges: Vec<(usize, usize, Parent, f64)> = Vec::new();
    for c in 0..n {
        for (p, parent, strength) in graph.parents_of(c) {
            edges.push((p, c, parent, strength));
        }
    }
    // Strongest first; an edge closing a cycle is left out.
    let rank = input.rank;
    edges.sort_by(|x, y| {
        (x.2.direction, -x.3, rank[x.1], rank[x.0])
            .partial_cmp(&(y.2.direction, -y.3, rank[y.1], rank[y.0]))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (p, c, parent, _) in edges {
        if reaches(&children, c, p) {
            continue;
        }
        children[p].push(c);
        parents[c].push(parent);
    }
    for (c, ps) in parents.iter_mut().enumerate() {
        // Main parent first: the one explaining most.
        ps.sort_by_key(|p| match p.node {
            Node::Article(q) => std::cmp::Reverse(graph.rel(c, q).map_or(0, |r| r.words)),
            Node::Wire(_) => std::cmp::Reverse(0),
        });
    }
    let wires = graph.wires(&mut parents, &children);
    let attrs: Vec<Vec<Attr>> = (0..n)
        .map(|c| graph.attribute(c, &parents[c], &children, &parents))
        .collect();
    let mut articles: Vec<ArticleLineage> = parents
        .into_iter()
        .zip(attrs)
        .map(|(parents, attr)| ArticleLineage {
            parents,
            attr,
            uncredited: false,
            version: None,
        })
        .collect();
    for c in 0..n {
        articles[c].uncredited = graph.uncredited(c, &articles, &wires);
        articles[c].version = graph.agency_version(c, &articles);
    }
    let origins = graph.origins(&articles, &wires);
    Lineage {
        wires,
        articles,
        origins,
    }
}

/// Whether `to` is `from` or one of its descendants.
fn reaches(children: &[Vec<usize>], from: usize, to: usize) -> bool {
    let mut stack = vec![from];
    let mut seen = vec![false; children.len()];
    while let Some(x) = stack.pop() {
        if x == to {
            return true;
        }
        if std::mem::replace(&mut seen[x], true) {
            continue;
        }
        stack.extend(&children[x]);
    }
    false
}

/// Words of the body sentences at least half found (quoted words aside):
/// the content share's numerator ([`crate::scores`]).
pub fn content_words(doc: &Document, found: impl Fn(usize) -> bool) -> usize {
    doc.sentences
        .iter()
        .map(|s| {
            let hit = s
                .tokens
                .clone()
                .filter(|&t| found(t) && !doc.quoted[t])
                .count();
            (s.tokens.len(), hit)
        })
        .filter(|&(len, hit)| 2 * hit >= len && hit > 0)
        .map(|(len, _)| len)
        .sum()
}

impl<'a> Graph<'a> {
    fn new(input: &'a Input<'a>, options: &'a Options) -> Self {
        let n = input.docs.len();
        // Pairs where either side has at least `min_source_share` of its
        // body in the other.
        let mut strong: FxHashMap<(usize, usize), bool> = FxHashMap::default();
        for c in 0..n {
            let len = input.docs[c].tokens.len().max(1) as f64;
            for link in &input.links[c] {
                strong.insert(
                    (c, link.other),
                    link.words() as f64 / len >= options.min_source_share,
                );
            }
        }
        let mut rels: Vec<Vec<Rel>> = vec![Vec::new(); n];
        let mut shared = vec![0; n];
        let mut derived = vec![false; n];
        let mut index = FxHashMap::default();
        for c in 0..n {
            let mut count = vec![0u32; input.docs[c].tokens.len()];
            for (k, link) in input.links[c].iter().enumerate() {
                let p = link.other;
                let related = strong.get(&(c, p)).copied().unwrap_or(false)
                    || strong.get(&(p, c)).copied().unwrap_or(false);
                if !related {
                    continue;
                }
                for (t, _) in link.tokens() {
                    count[t] += 1;
                }
                rels[c].push(Rel {
                    other: p,
                    link: k,
                    words: link.words(),
                });
            }
            shared[c] = count.iter().filter(|&&x| x > 0).count();
            let doc = &input.docs[c];
            derived[c] = content_words(doc, |t| count[t] > 0) as f64
                >= options.partially_derived * doc.tokens.len().max(1) as f64;
            for (i, rel) in rels[c].iter().enumerate() {
                index.insert((c, rel.other), i);
            }
        }
        Graph {
            input,
            o: &options.lineage,
            rels,
            shared,
            derived,
            index,
            partially_derived: options.partially_derived,
            mains: Vec::new(),
            rewordings_known: false,
        }
        .with_mains()
    }

    /// Fills in every article's main parent.
    fn with_mains(mut self) -> Self {
        // Twice: the second time knowing which articles are rewordings of
        // which (see `reworded_twice`).
        for _ in 0..2 {
            self.mains = (0..self.input.docs.len())
                .map(|c| {
                    if self.derived[c] {
                        self.main_parent(c, &self.candidates(c))
                    } else {
                        None
                    }
                })
                .collect();
            if !self.rewordings_known {
                self.rewordings_known = true;
                // What a rewording of another article shares with `c` in
                // other words does not make `c` derived.
                self.derived = (0..self.input.docs.len())
                    .map(|c| {
                        let doc = &self.input.docs[c];
                        let links: Vec<&Link> = self.rels[c]
                            .iter()
                            .filter(|r| !self.reworded_twice(c, r.other))
                            .map(|r| &self.input.links[c][r.link])
                            .collect();
                        content_words(doc, |t| links.iter().any(|l| l.covers(t))) as f64
                            >= self.partially_derived * doc.tokens.len().max(1) as f64
                    })
                    .collect();
            }
        }
        self
    }

    /// Whether `p` is `q` or an ancestor of `q` along main parents.
    fn main_ancestor(&self, p: usize, q: usize) -> bool {
        let mut x = q;
        for _ in 0..64 {
            if x == p {
                return true;
            }
            match self.mains[x] {
                Some((y, _, _)) => x = y,
                None => return false,
            }
        }
        false
    }

    fn rel(&self, c: usize, p: usize) -> Option<&Rel> {
        self.index.get(&(c, p)).map(|&i| &self.rels[c][i])
    }

    fn link(&self, c: usize, p: usize) -> Option<&Link> {
        self.rel(c, p).map(|r| &self.input.links[c][r.link])
    }

    /// Share of `c`'s shared material found in `p`.
    fn cov(&self, p: usize, c: usize) -> f64 {
        self.rel(c, p)
            .map_or(0.0, |r| r.words as f64 / self.shared[c].max(1) as f64)
    }

    /// Share of `c`'s body found in `p`.
    fn share(&self, p: usize, c: usize) -> f64 {
        self.rel(c, p).map_or(0.0, |r| {
            r.words as f64 / self.input.docs[c].tokens.len().max(1) as f64
        })
    }

    /// Whether `p` covers the shared material of every article related to it.
    fn full(&self, p: usize) -> bool {
        self.rels[p]
            .iter()
            .all(|r| self.cov(p, r.other) >= self.o.paper_coverage)
    }

    /// What sets the direction `p → c`, if anything does.
    fn direction(&self, p: usize, c: usize) -> Option<Direction> {
        let (ap, ac) = (&self.input.agency[p], &self.input.agency[c]);
        match (self.input.times[p], self.input.times[c]) {
            (Some(tp), Some(tc)) if tp < tc => return Some(Direction::Time),
            (Some(tp), Some(tc)) if tp > tc => return None,
            _ => {}
        }
        if ap.strong && !ac.strong {
            return Some(Direction::Agency);
        }
        let (pc, cp) = (self.cov(p, c), self.cov(c, p));
        let delta = self.o.containment;
        if pc - cp >= delta || (pc - cp > -delta && self.share(p, c) - self.share(c, p) >= delta) {
            return Some(Direction::Containment);
        }
        // Each covers the other: the one whose wording others share word
        // for word is the original, the other a rewrite of it.
        if pc - cp > -delta {
            let (vp, vc) = (self.verbatim_elsewhere(p, c), self.verbatim_elsewhere(c, p));
            if vp >= self.o.private_words && vp >= 3 * vc {
                return Some(Direction::Containment);
            }
        }
        None
    }

    /// Words of `x` shared word for word with related articles other than `y`.
    fn verbatim_elsewhere(&self, x: usize, y: usize) -> usize {
        let mut hit = vec![false; self.input.docs[x].tokens.len()];
        for r in self.rels[x].iter().filter(|r| r.other != y) {
            for (t, cover) in self.input.links[x][r.link].tokens() {
                hit[t] |= cover == Cover::Verbatim;
            }
        }
        hit.into_iter().filter(|&h| h).count()
    }

    /// Agencies `c` credits for its text (not photos), generic ones aside.
    fn credited(&self, c: usize) -> impl Iterator<Item = &str> + '_ {
        self.input.credits[c]
            .iter()
            .filter(|k| k.kind != CreditKind::Photo && k.agency != GENERIC)
            .map(|k| k.agency.as_str())
    }

    /// Agencies whose copy marks (dateline, copyright line, byline) `c` carries.
    fn copy_marks(&self, c: usize) -> impl Iterator<Item = &str> + '_ {
        self.input.credits[c]
            .iter()
            .filter(|k| {
                matches!(
                    k.kind,
                    CreditKind::Dateline | CreditKind::Copyright | CreditKind::Byline
                ) && k.agency != GENERIC
            })
            .map(|k| k.agency.as_str())
    }

    /// `c` carries an agency's copy marks that `p` neither carries nor is
    /// the copy of: `c` took that agency's text from the agency.
    fn vetoed(&self, p: usize, c: usize) -> bool {
        let mut marks = self.copy_marks(c).peekable();
        marks.peek().is_some()
            && !marks.any(|x| {
                self.input.agency[p].agency == Some(agency_name(x))
                    || self.copy_marks(p).any(|y| y == x)
            })
    }

    /// Possible parents of `c`, with what sets the direction: (p, direction, cov).
    fn candidates(&self, c: usize) -> Vec<(usize, Direction, f64)> {
        self.rels[c]
            .iter()
            .filter(|r| !self.reworded_twice(c, r.other))
            .filter_map(|r| {
                let p = r.other;
                Some((p, self.direction(p, c)?, self.cov(p, c)))
            })
            .collect()
    }

    /// Whether at least `partially_derived` of `c`'s content is found in `q`.
    fn takes_content(&self, c: usize, q: usize) -> bool {
        let doc = &self.input.docs[c];
        self.link(c, q).is_some_and(|l| {
            content_words(doc, |t| l.covers(t)) as f64
                >= self.partially_derived * doc.tokens.len().max(1) as f64
        })
    }

    /// Whether what `c` shares with `x` is reworded (under a fifth word
    /// for word, quotes aside).
    fn reworded(&self, c: usize, x: usize) -> bool {
        let quoted = &self.input.docs[c].quoted;
        self.link(c, x).is_some_and(|l| {
            let verbatim = l
                .tokens()
                .filter(|&(t, k)| k == Cover::Verbatim && !quoted[t])
                .count();
            5 * verbatim < l.words()
        })
    }

    /// `c` matches `p` only in other words, `p` is itself a rewording of
    /// its main parent `q`, and `c` does not take its content from `q`:
    /// what `c` shares with `p` is the facts `p` took from `q`, in words as
    /// generic as a reporter's own (an independent report of the same facts
    /// matches a rewrite of the wire better than the wire itself). Known
    /// only once the main parents are.
    fn reworded_twice(&self, c: usize, p: usize) -> bool {
        if !self.rewordings_known || self.input.agency[p].strong || !self.reworded(c, p) {
            return false;
        }
        self.mains[p]
            .is_some_and(|(q, _, _)| q != c && self.reworded(p, q) && !self.takes_content(c, q))
    }

    /// `c` carries material of `p` that no other article has.
    fn carries_own(&self, p: usize, c: usize) -> bool {
        self.private_at_least(p, c, self.o.private_share)
    }

    /// What only `p` shares with `c` is at least `private_words` and
    /// `share` of `c`'s shared material.
    fn private_at_least(&self, p: usize, c: usize, share: f64) -> bool {
        let private = self.private(p, c);
        private >= self.o.private_words && private as f64 >= share * self.shared[c] as f64
    }

    /// Words of `c` that `p` shares with it and no other related article
    /// does, articles published after `c` aside (they may be its copies,
    /// and what they share with it is no sign of a common source).
    fn private(&self, p: usize, c: usize) -> usize {
        let Some(link) = self.link(c, p) else {
            return 0;
        };
        let later = |q: usize| matches!((self.input.times[q], self.input.times[c]), (Some(tq), Some(tc)) if tq > tc);
        let others: Vec<&Link> = self.rels[c]
            .iter()
            .filter(|r| r.other != p && !later(r.other))
            .map(|r| &self.input.links[c][r.link])
            .collect();
        link.tokens()
            .filter(|&(t, _)| others.iter().all(|l| !l.covers(t)))
            .count()
    }

    /// `c` names an agency as the source of its text (a credit other than
    /// a photo credit or a generic one, or an agency dateline): it took
    /// that agency's copy from the agency, unless an article passed on
    /// material of its own with it.
    fn bound(&self, c: usize) -> bool {
        self.input.agency[c].weak || self.credited(c).next().is_some()
    }

    /// The main parent of `c` among its candidates. Agency copy wins unless
    /// a paper explains clearly more (then the paper added what `c`
    /// carries). Without agency copy, a paper must be the family's full
    /// text or have passed on material of its own; else the articles are
    /// siblings of a source not in the set.
    fn main_parent(
        &self,
        c: usize,
        cands: &[(usize, Direction, f64)],
    ) -> Option<(usize, Direction, f64)> {
        // A copy credit `p` lacks rules it out, unless `c` carries `p`'s own
        // additions beside the agency's copy (it republished `p`, credit and all).
        let agency_in_set = cands.iter().any(|&(q, _, _)| self.input.agency[q].strong);
        let open: Vec<(usize, Direction, f64)> = cands
            .iter()
            .copied()
            .filter(|&(p, _, _)| {
                !self.vetoed(p, c)
                    || (agency_in_set
                        && self.private_at_least(p, c, self.o.private_share_beside_agency))
            })
            .collect();
        let key = |p: usize| {
            (
                std::cmp::Reverse(self.input.agency[p].weak),
                self.input.times[p].unwrap_or(i64::MAX),
                std::cmp::Reverse((self.share(p, c) * 1e6) as i64),
                self.input.rank[p],
            )
        };
        let pick = |set: Vec<(usize, Direction, f64)>| {
            let best = set.iter().map(|x| x.2).reduce(f64::max)?;
            set.into_iter()
                .filter(|x| x.2 >= best - self.o.coverage_tie)
                .min_by_key(|x| key(x.0))
        };
        let agency = pick(
            open.iter()
                .copied()
                .filter(|&(p, _, cov)| self.input.agency[p].strong && cov >= self.o.agency_coverage)
                .collect(),
        );
        let papers: Vec<(usize, Direction, f64)> = open
            .iter()
            .copied()
            .filter(|&(p, _, _)| !self.input.agency[p].strong)
            .collect();
        match agency {
            Some(a) => {
                // A paper beats the agency copy only with material of its
                // own that it passed on: with the agency's copy in the set,
                // nothing else explains what only the two share.
                let better = papers
                    .into_iter()
                    .filter(|x| self.private_at_least(x.0, c, self.o.private_share_beside_agency))
                    .collect();
                Some(pick(better).unwrap_or(a))
            }
            None => pick(
                papers
                    .into_iter()
                    // With no agency copy in the set, what two articles that
                    // name an agency share is that agency's text.
                    .filter(|&(p, _, cov)| {
                        cov >= self.o.paper_coverage
                            && !self.bound(p)
                            && !self.bound(c)
                            && (self.carries_own(p, c) || self.full(p))
                    })
                    .collect(),
            ),
        }
    }

    /// The parents of `c` among the articles, with a strength for ordering.
    fn parents_of(&self, c: usize) -> Vec<(usize, Parent, f64)> {
        if !self.derived[c] {
            return Vec::new();
        }
        let cands = self.candidates(c);
        let Some((main, direction, cov)) = self.mains[c] else {
            return Vec::new();
        };
        // A sibling (an article with the same main parent) is no further
        // parent: what the two share beyond it is their source's text.
        let sibling = |p: usize| self.mains[p].is_some_and(|(q, _, _)| q == main);
        let mut out = vec![(
            main,
            Parent {
                node: Node::Article(main),
                direction,
                confidence: self.confidence(main, direction, cov),
                version: None,
            },
            cov,
        )];
        // Further parents: what the main one does not explain (a wire and
        // another outlet's report).
        let doc = &self.input.docs[c];
        let mut explained = vec![false; doc.tokens.len()];
        let mark = |explained: &mut Vec<bool>, p: usize| {
            if let Some(link) = self.link(c, p) {
                for (t, _) in link.tokens() {
                    explained[t] = true;
                }
            }
        };
        mark(&mut explained, main);
        let least = (self.o.min_added * doc.tokens.len() as f64).max(self.o.private_words as f64);
        // What a candidate gives is its own when no other candidate has it,
        // its own copies aside (a later article is no candidate at all).
        let exclusive = |p: usize, t: usize| {
            cands.iter().all(|&(q, _, _)| {
                q == p || self.main_ancestor(p, q) || self.link(c, q).is_none_or(|l| !l.covers(t))
            })
        };
        loop {
            // A further parent must have given what no other candidate
            // has, and some of it word for word (two reports of the same
            // facts match reworded, not copied), unless it gave a lot.
            let next = cands
                .iter()
                .filter(|(p, _, _)| out.iter().all(|o| o.0 != *p))
                .filter(|(p, _, _)| !sibling(*p))
                .filter_map(|&(p, d, cov)| {
                    let link = self.link(c, p)?;
                    let (mut gain, mut verbatim) = (0, 0);
                    for (t, cover) in link.tokens() {
                        if !explained[t] && exclusive(p, t) {
                            gain += 1;
                            verbatim += usize::from(cover == Cover::Verbatim);
                        }
                    }
                    let enough = verbatim >= self.o.private_words
                        || gain as f64 >= self.partially_derived * doc.tokens.len() as f64;
                    (gain as f64 >= least && enough).then_some((gain, p, d, cov))
                })
                .max_by_key(|x| (x.0, std::cmp::Reverse(self.input.rank[x.1])));
            let Some((_, p, d, cov)) = next else { break };
            mark(&mut explained, p);
            out.push((
                p,
                Parent {
                    node: Node::Article(p),
                    direction: d,
                    confidence: self.confidence(p, d, cov),
                    version: None,
                },
                cov,
            ));
        }
        // What the parents explain must make it derived.
        let content = content_words(doc, |t| explained[t]) as f64;
        if content < self.partially_derived * doc.tokens.len().max(1) as f64 {
            return Vec::new();
        }
        out
    }

    /// Confidence of an article edge: a base by what set its direction,
    /// raised by coverage and by `p` being agency copy.
    fn confidence(&self, p: usize, d: Direction, cov: f64) -> f64 {
        let base = match d {
            Direction::Time => 0.6,
            Direction::Agency => 0.5,
            Direction::Containment => 0.4,
            Direction::Wire => 0.5,
        };
        let agency = if self.input.agency[p].strong {
            0.1
        } else {
            0.0
        };
        (base + 0.3 * cov.min(1.0) + agency).min(0.95)
    }

    /// Infers wire nodes over related articles left without parents and
    /// adds them as those articles' parents.
    fn wires(&self, parents: &mut [Vec<Parent>], children: &[Vec<usize>]) -> Vec<Wire> {
        let n = parents.len();
        let roots: Vec<usize> = (0..n)
            .filter(|&c| parents[c].is_empty() && self.derived[c])
            .collect();
        let mut uf = UnionFind::new(n);
        for &r in &roots {
            for rel in &self.rels[r] {
                let q = rel.other;
                if parents[q].is_empty()
                    && self.derived[q]
                    && (self.takes_content(r, q) || self.takes_content(q, r))
                    && !self.reworded_twice(r, q)
                    && !self.reworded_twice(q, r)
                {
                    uf.union(r, q);
                }
            }
        }
        let mut groups: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for &r in &roots {
            groups.entry(uf.find(r)).or_default().push(r);
        }
        let mut groups: Vec<Vec<usize>> = groups
            .into_values()
            .filter(|g| g.len() >= 2 && !g.iter().any(|&r| self.input.agency[r].strong))
            .collect();
        let rank = self.input.rank;
        for g in &mut groups {
            g.sort_by_key(|&x| rank[x]);
        }
        groups.sort_by_key(|g| (std::cmp::Reverse(g.len()), rank[g[0]]));
        let mut wires = Vec::new();
        for group in groups {
            let agency = self.wire_agency(&group, children);
            let versions = self.versions(&group);
            let w = wires.len();
            for &c in &group {
                let version = versions
                    .iter()
                    .find(|v| v.articles.contains(&c))
                    .map(|v| v.number);
                let credits_it = agency.is_some_and(|a| self.credited(c).any(|x| x == a));
                let confidence = 0.5
                    + if agency.is_some() { 0.15 } else { 0.0 }
                    + if credits_it { 0.1 } else { 0.0 }
                    + 0.05 * (group.len().min(5) - 1) as f64;
                parents[c].push(Parent {
                    node: Node::Wire(w),
                    direction: Direction::Wire,
                    confidence: confidence.min(0.95),
                    version,
                });
            }
            wires.push(Wire {
                agency,
                children: group,
                versions,
            });
        }
        wires
    }

    /// The agency the credits of a wire's children (and their copies) name most.
    fn wire_agency(&self, group: &[usize], children: &[Vec<usize>]) -> Option<&'static str> {
        let mut members: Vec<usize> = Vec::new();
        let mut stack: Vec<usize> = group.to_vec();
        while let Some(x) = stack.pop() {
            if !members.contains(&x) {
                members.push(x);
                stack.extend(&children[x]);
            }
        }
        let mut votes: FxHashMap<&'static str, f64> = FxHashMap::default();
        for &m in &members {
            let doc = &self.input.docs[m];
            let shared = self.shared_tokens(m);
            let mut best: FxHashMap<&'static str, f64> = FxHashMap::default();
            for k in &self.input.credits[m] {
                if k.kind == CreditKind::Photo || k.agency == GENERIC {
                    continue;
                }
                let weight = match k.kind {
                    CreditKind::InText => {
                        let para = doc
                            .paragraphs
                            .iter()
                            .find(|p| doc.bytes((*p).clone()).contains(&k.start));
                        if para.is_some_and(|p| p.clone().any(|t| shared[t])) {
                            1.0
                        } else {
                            0.25
                        }
                    }
                    _ => 1.0,
                };
                let e = best.entry(agency_name(&k.agency)).or_insert(0.0);
                *e = e.max(weight);
            }
            if let Some(a) = self.input.agency[m].agency {
                best.insert(a, 1.0);
            }
            for (a, w) in best {
                *votes.entry(a).or_insert(0.0) += w;
            }
        }
        votes
            .into_iter()
            .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(x.0)))
            .map(|(a, _)| a)
    }

    /// Per token of `c`: shared with a related partner.
    fn shared_tokens(&self, c: usize) -> Vec<bool> {
        let mut out = vec![false; self.input.docs[c].tokens.len()];
        for r in &self.rels[c] {
            for (t, _) in self.input.links[c][r.link].tokens() {
                out[t] = true;
            }
        }
        out
    }

    /// The versions of a wire over `group`, its children; empty for one.
    fn versions(&self, group: &[usize]) -> Vec<Version> {
        if group.len() < 3 || group.len() > 64 {
            return Vec::new();
        }
        let bit = |c: usize| group.iter().position(|&g| g == c).map(|i| 1u64 << i);
        let masks: Vec<Vec<u64>> = group
            .iter()
            .map(|&c| {
                let mut m = vec![bit(c).unwrap_or(0); self.input.docs[c].tokens.len()];
                for r in &self.rels[c] {
                    if let Some(b) = bit(r.other) {
                        for (t, _) in self.input.links[c][r.link].tokens() {
                            m[t] |= b;
                        }
                    }
                }
                m
            })
            .collect();
        let mut words: FxHashMap<u64, f64> = FxHashMap::default();
        for m in &masks {
            for &x in m {
                let k = x.count_ones();
                if k >= 2 {
                    *words.entry(x).or_insert(0.0) += 1.0 / f64::from(k);
                }
            }
        }
        let all = (1u64 << group.len()) - 1;
        let min = self.o.version_words;
        let exclusive = |side: u64| -> f64 {
            let need = 2.max(side.count_ones().div_ceil(2));
            words
                .iter()
                .filter(|&(&s, _)| s & !side == 0 && s.count_ones() >= need)
                .map(|(_, w)| w)
                .sum()
        };
        let times = |side: u64| -> Vec<i64> {
            (0..group.len())
                .filter(|i| side >> i & 1 == 1)
                .filter_map(|i| self.input.times[group[i]])
                .collect()
        };
        let mut best: Option<(f64, u64, u64)> = None;
        let mut cands: Vec<u64> = words
            .iter()
            .filter(|&(&s, &w)| s != all && w >= min / 2.0)
            .map(|(&s, _)| s)
            .collect();
        cands.sort_unstable();
        for b in cands {
            let a = all & !b;
            let core: f64 = words
                .iter()
                .filter(|&(&s, _)| s & a != 0 && s & b != 0)
                .map(|(_, w)| w)
                .sum();
            if core < min {
                continue;
            }
            let (wa, wb) = (exclusive(a), exclusive(b));
            let (ta, tb) = (times(a), times(b));
            let apart = !ta.is_empty()
                && !tb.is_empty()
                && (ta.iter().max() < tb.iter().min() || tb.iter().max() < ta.iter().min());
            let ok = (wa >= min && wb >= min) || (apart && wa.max(wb) >= 2.0 * min);
            if !ok {
                continue;
            }
            let score = wa.min(wb) + if apart { min } else { 0.0 };
            // Each split is seen from both sides: keep one.
            let (early, late) = if apart {
                if ta.iter().max() < tb.iter().min() {
                    (a, b)
                } else {
                    (b, a)
                }
            } else if wb >= wa {
                (a, b)
            } else {
                (b, a)
            };
            if best.is_none_or(|(s, e, _)| score > s || (score == s && early < e)) {
                best = Some((score, early, late));
            }
        }
        let Some((_, early, late)) = best else {
            return Vec::new();
        };
        let members = |side: u64| -> Vec<usize> {
            (0..group.len())
                .filter(|i| side >> i & 1 == 1)
                .map(|i| group[i])
                .collect()
        };
        // What the later version added, as carried by the later child that
        // has the most of it.
        let need = 2.max(late.count_ones().div_ceil(2));
        let added_of = |i: usize| -> Vec<Range<usize>> {
            // Whole sentences at least half made of the later group's own material.
            let doc = &self.input.docs[group[i]];
            let mut out: Vec<Range<usize>> = Vec::new();
            for s in &doc.sentences {
                let own = s
                    .tokens
                    .clone()
                    .filter(|&t| masks[i][t] & !late == 0 && masks[i][t].count_ones() >= need)
                    .count();
                if 2 * own < s.tokens.len() {
                    continue;
                }
                match out.last_mut() {
                    Some(r) if r.end == s.tokens.start => r.end = s.tokens.end,
                    _ => out.push(s.tokens.clone()),
                }
            }
            out
        };
        let added = (0..group.len())
            .filter(|i| late >> i & 1 == 1)
            .map(|i| (i, added_of(i)))
            .max_by_key(|(i, r)| {
                (
                    r.iter().map(|x| x.len()).sum::<usize>(),
                    std::cmp::Reverse(*i),
                )
            })
            .map(|(i, r)| r.into_iter().map(|x| (group[i], x)).collect())
            .unwrap_or_default();
        vec![
            Version {
                number: 1,
                articles: members(early),
                added: Vec::new(),
            },
            Version {
                number: 2,
                articles: members(late),
                added,
            },
        ]
    }

    /// Where each body word of `c` comes from.
    fn attribute(
        &self,
        c: usize,
        mine: &[Parent],
        children: &[Vec<usize>],
        parents: &[Vec<Parent>],
    ) -> Vec<Attr> {
        let doc = &self.input.docs[c];
        let mut attr = vec![Attr::Own; doc.tokens.len()];
        let take = |attr: &mut Vec<Attr>, k: usize, link: &Link| {
            for (t, cover) in link.tokens() {
                match attr[t] {
                    Attr::Own => attr[t] = Attr::Parent(k, cover),
                    Attr::Parent(j, old) if j == k && cover > old => {
                        attr[t] = Attr::Parent(k, cover)
                    }
                    _ => {}
                }
            }
        };
        for (k, parent) in mine.iter().enumerate() {
            match parent.node {
                Node::Article(p) => {
                    if let Some(link) = self.link(c, p) {
                        take(&mut attr, k, link);
                    }
                }
                Node::Wire(w) => {
                    // What it shares with the wire's other descendants, not
                    // with its own copies.
                    let own_copies = descendants(children, c);
                    for r in &self.rels[c] {
                        let q = r.other;
                        if own_copies.contains(&q) || !descends_from(parents, q, w) {
                            continue;
                        }
                        take(&mut attr, k, &self.input.links[c][r.link]);
                    }
                }
            }
        }
        self.attribute_credits(c, mine, &mut attr);
        attr
    }

    /// Words no parent explains, given to the agencies the text credits.
    fn attribute_credits(&self, c: usize, mine: &[Parent], attr: &mut [Attr]) {
        let doc = &self.input.docs[c];
        let has_agency_parent = |x: &str| {
            mine.iter().any(|p| match p.node {
                Node::Article(q) => self.input.agency[q].agency == Some(agency_name(x)),
                Node::Wire(_) => false,
            })
        };
        let mut whole: Option<&'static str> = None;
        let me = self.input.agency[c];
        for k in &self.input.credits[c] {
            let own_agency = me.strong && me.agency == Some(agency_name(&k.agency));
            if k.kind == CreditKind::Photo
                || k.agency == GENERIC
                || own_agency
                || has_agency_parent(&k.agency)
            {
                continue;
            }
            let agency = agency_name(&k.agency);
            if k.kind != CreditKind::InText {
                whole.get_or_insert(agency);
                continue;
            }
            let Some(first) = doc
                .paragraphs
                .iter()
                .position(|p| doc.bytes(p.clone()).end > k.start)
            else {
                continue;
            };
            let mut reach = 0;
            for (i, para) in doc.paragraphs.iter().enumerate().skip(first) {
                let untouched = para.clone().all(|t| attr[t] == Attr::Own);
                if i > first && (!untouched || reach >= self.o.credit_reach) {
                    break;
                }
                if i > first {
                    reach += 1;
                }
                for a in &mut attr[para.clone()] {
                    if *a == Attr::Own {
                        *a = Attr::Credited(agency);
                    }
                }
            }
        }
        if let Some(agency) = whole {
            for a in attr.iter_mut() {
                if *a == Attr::Own {
                    *a = Attr::Credited(agency);
                }
            }
        }
    }

    /// The agency whose copy a node's text is, if known.
    fn agency_of(
        &self,
        node: Node,
        articles: &[ArticleLineage],
        wires: &[Wire],
        depth: usize,
    ) -> Option<&'static str> {
        match node {
            Node::Wire(w) => wires[w].agency,
            Node::Article(p) => self.input.agency[p].agency.or_else(|| {
                if depth > 32 {
                    return None;
                }
                articles[p]
                    .parents
                    .first()
                    .and_then(|q| self.agency_of(q.node, articles, wires, depth + 1))
            }),
        }
    }

    /// Takes agency copy without naming the agency (photo credits aside).
    fn uncredited(&self, c: usize, articles: &[ArticleLineage], wires: &[Wire]) -> bool {
        let a = &articles[c];
        let n = a.attr.len().max(1);
        // "With inputs from agencies" names no agency: it does not credit
        // the one whose copy this is.
        if self.input.agency[c].strong {
            return false;
        }
        a.parents.iter().enumerate().any(|(k, p)| {
            let taken = a
                .attr
                .iter()
                .filter(|x| matches!(x, Attr::Parent(j, _) if *j == k))
                .count();
            taken as f64 >= self.o.min_added * n as f64
                && self
                    .agency_of(p.node, articles, wires, 0)
                    .is_some_and(|x| !self.credited(c).any(|y| y == x))
        })
    }

    /// Agency copy taking from the same agency's copy in the set is a
    /// later version of it: 1 for the first of such a line, then 2, 3…;
    /// None for articles that are not agency copy or have no other version.
    fn agency_version(&self, c: usize, articles: &[ArticleLineage]) -> Option<u32> {
        let mine = self.input.agency[c];
        if !mine.strong {
            return None;
        }
        let same =
            |q: usize| self.input.agency[q].strong && self.input.agency[q].agency == mine.agency;
        let mut version = 1;
        let mut x = c;
        for _ in 0..32 {
            match articles[x].parents.first().map(|p| p.node) {
                Some(Node::Article(q)) if same(q) => {
                    version += 1;
                    x = q;
                }
                _ => break,
            }
        }
        let updated = articles.iter().enumerate().any(|(x, a)| {
            same(x)
                && a.parents
                    .first()
                    .is_some_and(|p| p.node == Node::Article(c))
        });
        (version > 1 || updated).then_some(version)
    }

    /// The set's origins.
    fn origins(&self, articles: &[ArticleLineage], wires: &[Wire]) -> Vec<(Origin, Vec<usize>)> {
        let mut by: FxHashMap<Origin, Vec<usize>> = FxHashMap::default();
        for c in 0..articles.len() {
            let mut mine: Vec<Origin> = Vec::new();
            let mut stack: Vec<Node> = articles[c].parents.iter().map(|p| p.node).collect();
            let mut seen: Vec<Node> = Vec::new();
            while let Some(node) = stack.pop() {
                if seen.contains(&node) {
                    continue;
                }
                seen.push(node);
                match node {
                    Node::Wire(w) => mine.push(
                        wires[w]
                            .agency
                            .map_or(Origin::UnknownWire(w), Origin::Agency),
                    ),
                    Node::Article(p) if articles[p].parents.is_empty() => {
                        mine.push(self.root_origin(p, articles))
                    }
                    Node::Article(p) => stack.extend(articles[p].parents.iter().map(|q| q.node)),
                }
            }
            let n = articles[c].attr.len().max(1);
            let mut credited: FxHashMap<&'static str, usize> = FxHashMap::default();
            for a in &articles[c].attr {
                if let Attr::Credited(x) = a {
                    *credited.entry(x).or_insert(0) += 1;
                }
            }
            for (x, k) in credited {
                if k as f64 >= self.o.min_added * n as f64 {
                    mine.push(Origin::Agency(x));
                }
            }
            if articles[c].parents.is_empty() {
                // A root is its own origin, unless it is own reporting
                // crediting an agency for its text.
                let root = self.root_origin(c, articles);
                if root != Origin::Own || mine.is_empty() {
                    mine.push(root);
                }
            }
            mine.sort();
            mine.dedup();
            for o in mine {
                by.entry(o).or_default().push(c);
            }
        }
        let mut out: Vec<(Origin, Vec<usize>)> = by.into_iter().collect();
        out.sort_by(|x, y| {
            (x.0 == Origin::Own, std::cmp::Reverse(x.1.len()), &x.0).cmp(&(
                y.0 == Origin::Own,
                std::cmp::Reverse(y.1.len()),
                &y.0,
            ))
        });
        out
    }

    /// The origin an article without parents stands for.
    fn root_origin(&self, r: usize, articles: &[ArticleLineage]) -> Origin {
        if let Some(a) = self.input.agency[r].agency {
            return Origin::Agency(a);
        }
        let copies = articles
            .iter()
            .any(|a| a.parents.iter().any(|p| p.node == Node::Article(r)));
        if copies {
            Origin::Article(r)
        } else {
            Origin::Own
        }
    }
}

/// `c`'s descendants (not `c`).
fn descendants(children: &[Vec<usize>], c: usize) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let mut stack: Vec<usize> = children[c].clone();
    while let Some(x) = stack.pop() {
        if x != c && !out.contains(&x) {
            out.push(x);
            stack.extend(&children[x]);
        }
    }
    out
}

/// Whether article `q` descends from wire `w`.
fn descends_from(parents: &[Vec<Parent>], q: usize, w: usize) -> bool {
    let mut stack = vec![q];
    let mut seen: Vec<usize> = Vec::new();
    while let Some(x) = stack.pop() {
        if seen.contains(&x) {
            continue;
        }
        seen.push(x);
        for p in &parents[x] {
            match p.node {
                Node::Wire(v) if v == w => return true,
                Node::Wire(_) => {}
                Node::Article(y) => stack.push(y),
            }
        }
    }
    false
}

/// Union–find over article indices.
struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut y = x;
        while self.0[y] != r {
            let next = self.0[y];
            self.0[y] = r;
            y = next;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

// ---------------------------------------------------------------------------
// Report

/// The ids of the inferred wires: `wire:AFP`, `wire:AFP-2` for a second
/// AFP story, `wire:unknown` when no credit names the agency.
pub fn wire_ids(lineage: &Lineage) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in &lineage.wires {
        let base = match w.agency {
            Some(a) => format!("wire:{}", report::agency_key(a)),
            None => "wire:unknown".to_owned(),
        };
        let mut id = base.clone();
        let mut k = 2;
        while out.contains(&id) {
            id = format!("{base}-{k}");
            k += 1;
        }
        out.push(id);
    }
    out
}

/// The lineage graph and the origins as the report gives them.
pub fn report(
    lineage: &Lineage,
    articles: &[crate::workspace::Article],
    reports: &[report::ArticleReport],
    agency: &[AgencyCopy],
    wire_ids: &[String],
    docs: &[Document],
) -> (report::Lineage, Vec<report::Origin>) {
    let id = |node: Node| match node {
        Node::Article(i) => articles[i].id.clone(),
        Node::Wire(w) => wire_ids[w].clone(),
    };
    let mut nodes: Vec<report::Node> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| report::Node {
            id: a.id.clone(),
            kind: report::NodeKind::Article,
            agency: agency[i]
                .agency
                .filter(|_| agency[i].any())
                .map(str::to_owned),
            version: lineage.articles[i].version,
            versions: Vec::new(),
        })
        .collect();
    nodes.extend(lineage.wires.iter().enumerate().map(|(w, wire)| {
        report::Node {
            id: wire_ids[w].clone(),
            kind: report::NodeKind::InferredWire,
            agency: wire.agency.map(str::to_owned),
            version: None,
            versions: wire
                .versions
                .iter()
                .map(|v| report::WireVersion {
                    version: v.number,
                    articles: v.articles.iter().map(|&a| articles[a].id.clone()).collect(),
                    added: v
                        .added
                        .iter()
                        .map(|(a, r)| {
                            let bytes = docs[*a].bytes(r.clone());
                            report::Member {
                                article: articles[*a].id.clone(),
                                start: bytes.start,
                                end: bytes.end,
                            }
                        })
                        .collect(),
                })
                .collect(),
        }
    }));
    let mut edges = Vec::new();
    for (c, a) in lineage.articles.iter().enumerate() {
        for (k, p) in a.parents.iter().enumerate() {
            let source = &reports[c].sources[k];
            edges.push(report::Edge {
                source: id(p.node),
                target: articles[c].id.clone(),
                mode: source.mode,
                share: source.share,
                confidence: p.confidence,
                evidence: match p.direction {
                    Direction::Time => report::EdgeEvidence::Time,
                    Direction::Agency => report::EdgeEvidence::Agency,
                    Direction::Containment => report::EdgeEvidence::Containment,
                    Direction::Wire => report::EdgeEvidence::InferredWire,
                },
                version: p.version,
            });
        }
    }
    let mut origins: Vec<report::Origin> = lineage
        .origins
        .iter()
        .map(|(o, members)| {
            let (oid, kind, label) = match *o {
                Origin::Agency(x) => (x.to_owned(), report::OriginKind::Agency, x.to_owned()),
                Origin::UnknownWire(w) => (
                    wire_ids[w].clone(),
                    report::OriginKind::UnknownWire,
                    "an unknown wire".to_owned(),
                ),
                Origin::Article(r) => {
                    let a = &articles[r];
                    let label = [a.outlet.as_deref(), a.title.as_deref()]
                        .into_iter()
                        .flatten()
                        .find(|s| !s.trim().is_empty())
                        .unwrap_or(&a.id)
                        .to_owned();
                    (a.id.clone(), report::OriginKind::Article, label)
                }
                Origin::Own => (
                    report::OWN.to_owned(),
                    report::OriginKind::Own,
                    "own reporting".to_owned(),
                ),
            };
            report::Origin {
                id: oid,
                kind,
                label,
                articles: members.iter().map(|&m| articles[m].id.clone()).collect(),
            }
        })
        .collect();
    // Largest first, own reporting last, ties by id: input order never shows.
    origins.sort_by(|x, y| {
        (
            x.kind == report::OriginKind::Own,
            std::cmp::Reverse(x.articles.len()),
            &x.id,
        )
            .cmp(&(
                y.kind == report::OriginKind::Own,
                std::cmp::Reverse(y.articles.len()),
                &y.id,
            ))
    });
    (report::Lineage { nodes, edges }, origins)
}
