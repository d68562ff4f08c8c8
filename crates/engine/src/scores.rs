//! Scores: directional shares for each pair, and for each article, from
//! its lineage ([`crate::lineage`]), its derived share, verdict, sources,
//! attribution and labelled spans.
//!
//! Pairs: `a_in_b` is the share of A's body words found in B (verbatim
//! or reworded), whatever the direction. Articles: only what the lineage
//! gives to a parent (an article or an inferred wire) counts as derived,
//! so a wire story in the set is not "derived" from its own copies, and an
//! article's shares and verdict say what it took, not what it gave.
//! Shares count body words (boilerplate left out); a word found word for
//! word in one source and reworded in another counts as verbatim.
//!
//! Verdicts follow where the content came from, not how many words
//! survived: the *content share* counts the words of every body sentence
//! that is at least half derived (a copied sentence with a few words
//! changed, or a reworded one, comes from the source whole; a new sentence
//! that happens to hold a shared name does not; words inside quotation
//! marks do not count towards the half, since independent reporters share
//! what they both heard). Content share ≥ `wholly_derived` (0.75): wholly
//! derived, so an article whose every sentence is reworded wire copy is
//! wholly derived, however few of its words are the wire's; ≥
//! `partially_derived` (0.15): partially derived; else independent.
//! `derived_share`, the share of words found, ranks articles by how much
//! of their text is reused.
//!
//! Cost: O(T) per article.

use crate::document::Document;
use crate::lineage::{content_words, Attr, Lineage, Link, Node};
use crate::options::Options;
use crate::pair::{Cover, Finding};
use crate::published;
use crate::report::{
    credited_id, ArticleReport, Attribution, AttributionMode, Boilerplate, Label, PairReport,
    Source, SourceMode, Span, Verdict, OWN,
};
use crate::workspace::Article;

/// Collects pair findings into pair reports and per-article links.
pub struct Scorer<'a> {
    articles: &'a [Article],
    docs: &'a [Document],
    links: Vec<Vec<Link>>,
    pairs: Vec<PairReport>,
}

impl<'a> Scorer<'a> {
    /// A scorer for these articles and their prepared documents.
    pub fn new(articles: &'a [Article], docs: &'a [Document]) -> Self {
        Scorer {
            articles,
            docs,
            links: vec![Vec::new(); articles.len()],
            pairs: Vec::new(),
        }
    }

    /// Adds what articles `i` and `j` share.
    pub fn add_pair(&mut self, (i, j): (usize, usize), finding: Finding) {
        let count = |cover: &[Cover], kind: Cover| cover.iter().filter(|&&c| c == kind).count();
        let (va, pa) = (
            count(&finding.cover_a, Cover::Verbatim),
            count(&finding.cover_a, Cover::Paraphrase),
        );
        let (vb, pb) = (
            count(&finding.cover_b, Cover::Verbatim),
            count(&finding.cover_b, Cover::Paraphrase),
        );
        let (na, nb) = (self.docs[i].tokens.len(), self.docs[j].tokens.len());
        if let Some(link) = Link::from_cover(j, &finding.cover_a) {
            self.links[i].push(link);
        }
        if let Some(link) = Link::from_cover(i, &finding.cover_b) {
            self.links[j].push(link);
        }
        self.pairs.push(PairReport {
            a: self.articles[i].id.clone(),
            b: self.articles[j].id.clone(),
            a_in_b: share(va + pa, na),
            b_in_a: share(vb + pb, nb),
            a_in_b_verbatim: share(va, na),
            a_in_b_paraphrase: share(pa, na),
            b_in_a_verbatim: share(vb, nb),
            b_in_a_paraphrase: share(pb, nb),
            shared_words: (va + pa).min(vb + pb),
            longest_passage: finding.passages.iter().map(|p| p.words).max().unwrap_or(0),
            passages: finding.passages,
        });
    }

    /// The pair reports, and per article what it shares with each partner.
    pub fn finish(self) -> (Vec<PairReport>, Vec<Vec<Link>>) {
        (self.pairs, self.links)
    }
}

/// Publication times as instants, where given and readable.
pub fn times(articles: &[Article]) -> Vec<Option<i64>> {
    articles
        .iter()
        .map(|a| a.published.as_deref().and_then(published::parse))
        .collect()
}

/// One article as the report needs it.
pub struct Prepared<'a> {
    /// Its index in the set.
    pub index: usize,
    /// The article as given.
    pub article: &'a Article,
    /// Its prepared text.
    pub doc: &'a Document,
    /// The credits in its text.
    pub credits: Vec<crate::credits::Credit>,
    /// Its publication time as the timeline read it (given or from the
    /// text), for the report.
    pub published: crate::timeline::Shown,
}

/// The report of one article, given the lineage and its nodes' ids.
pub fn article(
    prepared: Prepared,
    lineage: &Lineage,
    node_id: &dyn Fn(Node) -> String,
    options: &Options,
) -> ArticleReport {
    let Prepared {
        index: i,
        article,
        doc,
        credits,
        published,
    } = prepared;
    let mine = &lineage.articles[i];
    let n = doc.tokens.len();
    let wire_agency = |agency: &str| {
        mine.parents.iter().find_map(|p| match p.node {
            Node::Wire(w)
                if lineage.wires[w].agency == Some(crate::lineage::agency_name(agency)) =>
            {
                Some(node_id(p.node))
            }
            _ => None,
        })
    };
    // Source id and mode of each token.
    let source_of = |a: &Attr| -> String {
        match *a {
            Attr::Own => OWN.to_owned(),
            Attr::Parent(k, _) => node_id(mine.parents[k].node),
            Attr::Credited(x) => wire_agency(x).unwrap_or_else(|| credited_id(x)),
        }
    };
    let cover: Vec<Cover> = mine
        .attr
        .iter()
        .map(|a| match a {
            Attr::Parent(_, c) => *c,
            _ => Cover::None,
        })
        .collect();
    let verbatim = cover.iter().filter(|&&c| c == Cover::Verbatim).count();
    let paraphrase = cover.iter().filter(|&&c| c == Cover::Paraphrase).count();
    let content_share = share(content_words(doc, |t| cover[t] != Cover::None), n);
    let tally = |k: usize| {
        let (mut v, mut p) = (0, 0);
        for a in &mine.attr {
            match a {
                Attr::Parent(j, Cover::Verbatim) if *j == k => v += 1,
                Attr::Parent(j, Cover::Paraphrase) if *j == k => p += 1,
                _ => {}
            }
        }
        (v, p)
    };
    let sources: Vec<Source> = mine
        .parents
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let (v, q) = tally(k);
            Source {
                source: node_id(p.node),
                share: share(v + q, n),
                mode: SourceMode::of(v, q),
            }
        })
        .collect();
    ArticleReport {
        id: article.id.clone(),
        words: n,
        derived_share: share(verbatim + paraphrase, n),
        verbatim_share: share(verbatim, n),
        paraphrase_share: share(paraphrase, n),
        content_share,
        verdict: if content_share >= options.wholly_derived {
            Verdict::WhollyDerived
        } else if content_share >= options.partially_derived {
            Verdict::PartiallyDerived
        } else {
            Verdict::Independent
        },
        attribution: attribution(&mine.attr, &source_of, n),
        sources,
        credits,
        uncredited: mine.uncredited,
        version: mine.version,
        spans: spans(doc, &mine.attr, &source_of),
        boilerplate: doc
            .boilerplate
            .iter()
            .map(|(r, kind)| Boilerplate {
                start: r.start,
                end: r.end,
                kind: *kind,
            })
            .collect(),
        published: published.published,
        published_from: published.from,
        published_evidence: published.evidence,
        added: Vec::new(),
    }
}

/// The body's words grouped by source, largest share first, own material last.
fn attribution(attr: &[Attr], source_of: &dyn Fn(&Attr) -> String, n: usize) -> Vec<Attribution> {
    // (source, verbatim, reworded, credited, words)
    let mut by: Vec<(String, usize, usize, bool, usize)> = Vec::new();
    let mut last: Option<(Attr, usize)> = None;
    for a in attr {
        let i = match last {
            Some((b, i)) if b == *a => i,
            _ => {
                let id = source_of(a);
                let i = by.iter().position(|x| x.0 == id).unwrap_or_else(|| {
                    by.push((id, 0, 0, false, 0));
                    by.len() - 1
                });
                last = Some((*a, i));
                i
            }
        };
        let x = &mut by[i];
        match a {
            Attr::Parent(_, Cover::Verbatim) => x.1 += 1,
            Attr::Parent(_, _) => x.2 += 1,
            Attr::Credited(_) => x.3 = true,
            Attr::Own => {}
        }
        x.4 += 1;
    }
    let mut out: Vec<Attribution> = by
        .into_iter()
        .map(|(id, v, p, credited, count)| Attribution {
            mode: if id == OWN {
                AttributionMode::Own
            } else if v + p == 0 && credited {
                AttributionMode::Credited
            } else {
                SourceMode::of(v, p).into()
            },
            source: id,
            share: share(count, n),
        })
        .collect();
    out.sort_by(|x, y| {
        (x.source == OWN)
            .cmp(&(y.source == OWN))
            .then(y.share.total_cmp(&x.share))
            .then(x.source.cmp(&y.source))
    });
    out
}

/// The body as runs of equally labelled tokens from one source, with the
/// boilerplate, in text order.
fn spans(doc: &Document, attr: &[Attr], source_of: &dyn Fn(&Attr) -> String) -> Vec<Span> {
    let mut out: Vec<Span> = doc
        .boilerplate
        .iter()
        .map(|(r, _)| Span {
            start: r.start,
            end: r.end,
            label: Label::Boilerplate,
            source: None,
        })
        .collect();
    let mut body: Vec<Span> = Vec::new();
    let mut last: Option<&Attr> = None;
    for (t, a) in doc.tokens.iter().zip(attr) {
        // Tokens with the same attribution extend the span (no new id).
        if last == Some(a) {
            if let Some(span) = body.last_mut() {
                span.end = t.end;
            }
            continue;
        }
        last = Some(a);
        let label = match a {
            Attr::Parent(_, Cover::Verbatim) => Label::Verbatim,
            Attr::Parent(_, _) => Label::Paraphrase,
            _ => Label::New,
        };
        let source = Some(source_of(a));
        match body.last_mut() {
            Some(prev) if prev.label == label && prev.source == source => prev.end = t.end,
            _ => body.push(Span {
                start: t.start,
                end: t.end,
                label,
                source,
            }),
        }
    }
    out.extend(body);
    out.sort_by_key(|s| s.start);
    out
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}
