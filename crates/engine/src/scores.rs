//! Scores: directional shares for each pair, and for each article its
//! derived share, verdict, possible sources and labelled spans.
//!
//! Direction: an article may derive from another unless both publication
//! times are known and it is the earlier one; with times unknown, either may
//! be the source, so both count. A possible source counts only if at least
//! `min_source_share` (5%) of the article is found in it. Shares count body
//! words (boilerplate left out); a word found word for word in one source
//! and reworded in another counts as verbatim.
//!
//! Verdicts follow where the content came from, not how many words
//! survived: the *content share* counts the words of every body sentence
//! that is at least half found in a source (a copied sentence with a few
//! words changed, or a reworded one, comes from the source whole; a new
//! sentence that happens to hold a shared name does not; words inside
//! quotation marks do not count towards the half, since independent
//! reporters share what they both heard). Content share
//! ≥ `wholly_derived` (0.75): wholly derived, so an article whose every
//! sentence is reworded wire copy is wholly derived, however few of its
//! words are the wire's; ≥ `partially_derived` (0.15): partially derived;
//! else independent. `derived_share`, the share of words found, ranks
//! articles by how much of their text is reused.
//!
//! Cost: O(T) per article over its partners' cover vectors.

use crate::document::Document;
use crate::options::Options;
use crate::pair::{Cover, Finding};
use crate::published;
use crate::report::{
    ArticleReport, Boilerplate, Label, PairReport, PublishedFrom, Source, SourceMode, Span, Verdict,
};
use crate::workspace::Article;

/// What an article takes from one possible source, in body words.
#[derive(Debug, Clone, Copy)]
struct SourceTally {
    /// The source's index in the set.
    article: usize,
    /// Words found word for word in it.
    verbatim: usize,
    /// Words found reworded in it.
    paraphrase: usize,
}

/// Collects pair findings and turns them into pair and article reports.
pub struct Scorer<'a> {
    articles: &'a [Article],
    docs: &'a [Document],
    options: &'a Options,
    times: Vec<Option<i64>>,
    derived: Vec<Vec<Cover>>,
    sources: Vec<Vec<SourceTally>>,
    pairs: Vec<PairReport>,
}

impl<'a> Scorer<'a> {
    /// A scorer for these articles and their prepared documents.
    pub fn new(articles: &'a [Article], docs: &'a [Document], options: &'a Options) -> Self {
        Scorer {
            articles,
            docs,
            options,
            times: articles
                .iter()
                .map(|a| a.published.as_deref().and_then(published::parse))
                .collect(),
            derived: docs
                .iter()
                .map(|d| vec![Cover::None; d.tokens.len()])
                .collect(),
            sources: vec![Vec::new(); articles.len()],
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
        for (me, other, cover, v, p) in [
            (i, j, &finding.cover_a, va, pa),
            (j, i, &finding.cover_b, vb, pb),
        ] {
            let n = self.docs[me].tokens.len();
            if self.may_derive(me, other) && share(v + p, n) >= self.options.min_source_share {
                for (d, &c) in self.derived[me].iter_mut().zip(cover) {
                    *d = (*d).max(c);
                }
                self.sources[me].push(SourceTally {
                    article: other,
                    verbatim: v,
                    paraphrase: p,
                });
            }
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

    /// Whether `me` can derive from `other`: not if it was published first.
    fn may_derive(&self, me: usize, other: usize) -> bool {
        match (self.times[me], self.times[other]) {
            (Some(mine), Some(theirs)) => mine >= theirs,
            _ => true,
        }
    }

    /// The article reports and the pair reports.
    pub fn finish(self) -> (Vec<ArticleReport>, Vec<PairReport>) {
        let articles = (0..self.articles.len()).map(|i| self.article(i)).collect();
        (articles, self.pairs)
    }

    fn article(&self, i: usize) -> ArticleReport {
        let (article, doc, cover) = (&self.articles[i], &self.docs[i], &self.derived[i]);
        let n = doc.tokens.len();
        let verbatim = cover.iter().filter(|&&c| c == Cover::Verbatim).count();
        let paraphrase = cover.iter().filter(|&&c| c == Cover::Paraphrase).count();
        let derived_share = share(verbatim + paraphrase, n);
        let mut sources: Vec<Source> = self.sources[i]
            .iter()
            .map(|t| Source {
                source: self.articles[t.article].id.clone(),
                share: share(t.verbatim + t.paraphrase, n),
                mode: SourceMode::of(t.verbatim, t.paraphrase),
            })
            .collect();
        let content_share = share(content_words(doc, cover), n);
        sources.sort_by(|x, y| y.share.total_cmp(&x.share).then(x.source.cmp(&y.source)));
        ArticleReport {
            id: article.id.clone(),
            words: n,
            derived_share,
            verbatim_share: share(verbatim, n),
            paraphrase_share: share(paraphrase, n),
            content_share,
            verdict: if content_share >= self.options.wholly_derived {
                Verdict::WhollyDerived
            } else if content_share >= self.options.partially_derived {
                Verdict::PartiallyDerived
            } else {
                Verdict::Independent
            },
            sources,
            spans: spans(doc, cover),
            boilerplate: doc
                .boilerplate
                .iter()
                .map(|(r, kind)| Boilerplate {
                    start: r.start,
                    end: r.end,
                    kind: *kind,
                })
                .collect(),
            published: article.published.clone(),
            published_from: if self.times[i].is_some() {
                PublishedFrom::Given
            } else {
                PublishedFrom::Unknown
            },
        }
    }
}

/// Words of the body sentences that are at least half found in a source,
/// not counting words found inside quotation marks (a quote both reporters
/// heard is no sign that one copied the other).
fn content_words(doc: &Document, cover: &[Cover]) -> usize {
    doc.sentences
        .iter()
        .map(|s| {
            let found = s
                .tokens
                .clone()
                .filter(|&t| cover[t] != Cover::None && !doc.quoted[t])
                .count();
            (s.tokens.len(), found)
        })
        .filter(|&(len, found)| 2 * found >= len && found > 0)
        .map(|(len, _)| len)
        .sum()
}

/// The body as runs of equally labelled tokens, with the boilerplate, in text order.
fn spans(doc: &Document, cover: &[Cover]) -> Vec<Span> {
    let mut out: Vec<Span> = doc
        .boilerplate
        .iter()
        .map(|(r, _)| Span {
            start: r.start,
            end: r.end,
            label: Label::Boilerplate,
        })
        .collect();
    let mut body: Vec<Span> = Vec::new();
    for (t, c) in doc.tokens.iter().zip(cover) {
        let label = match c {
            Cover::Verbatim => Label::Verbatim,
            Cover::Paraphrase => Label::Paraphrase,
            Cover::None => Label::New,
        };
        match body.last_mut() {
            Some(last) if last.label == label => last.end = t.end,
            _ => body.push(Span {
                start: t.start,
                end: t.end,
                label,
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
