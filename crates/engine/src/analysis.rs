//! Analysis: runs the stages over a set of articles and assembles the report.
//!
//! Pipeline: tokenize every article ([`crate::text`]), index hashed n-grams
//! and collect match points per pair ([`crate::candidates`]), find exact runs
//! and chain them into passages ([`crate::passages`]), then score coverage.
//! A word counts as found in the other article when it lies in an exact run,
//! or in a small substitution (at most `small_edit` words on both sides)
//! between two runs of one passage.
//!
//! Cost: O(T) for T tokens in all, plus the cost of the shared text (see the
//! stage modules); pairs that share nothing cost nothing.

use crate::candidates::match_points;
use crate::passages::{anchors, chain, Chain};
use crate::report::{ArticleReport, Mode, PairReport, Passage, Report, Segment, REPORT_VERSION};
use crate::text::{tokenize, Token};
use crate::workspace::Article;
use std::ops::Range;

/// Tuning of the analysis. The defaults are the tested ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Words per n-gram, and so the shortest exact run that counts (WCopyfind: 6).
    pub ngram: usize,
    /// N-grams found in more places than this are banal and ignored.
    pub max_postings: usize,
    /// Largest gap, in words on either side, bridged inside one passage.
    pub max_gap: u32,
    /// Largest substitution, in words on both sides, counted as shared.
    pub small_edit: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            ngram: 6,
            max_postings: 1_000,
            max_gap: 15,
            small_edit: 3,
        }
    }
}

/// Analyzes articles with the default options.
///
/// ```
/// use wiretrace_engine::{analyze, Article};
/// let wire = "The strike killed two members and wounded seven others, said the official.";
/// let copy = "Reports say the strike killed two members and wounded seven others, said the official.";
/// let articles = [
///     Article { id: "wire".into(), text: wire.into(), ..Default::default() },
///     Article { id: "copy".into(), text: copy.into(), ..Default::default() },
/// ];
/// let report = analyze(&articles);
/// let pair = report.pair("wire", "copy").unwrap();
/// assert_eq!(pair.a_in_b, 1.0);
/// assert_eq!(&copy[pair.passages[0].b_start..pair.passages[0].b_end],
///            "the strike killed two members and wounded seven others, said the official");
/// ```
pub fn analyze(articles: &[Article]) -> Report {
    analyze_with(articles, &Options::default())
}

/// Analyzes articles with the given options.
pub fn analyze_with(articles: &[Article], options: &Options) -> Report {
    let tokens: Vec<Vec<Token>> = articles.iter().map(|a| tokenize(&a.text)).collect();
    let mut reused: Vec<Vec<bool>> = tokens.iter().map(|t| vec![false; t.len()]).collect();
    let mut by_pair: Vec<_> = match_points(&tokens, options.ngram, options.max_postings)
        .into_iter()
        .collect();
    by_pair.sort_unstable_by_key(|(pair, _)| *pair);

    let mut pairs = Vec::new();
    for ((i, j), mut points) in by_pair {
        let (i, j) = (i as usize, j as usize);
        let chains = chain(anchors(&mut points, options.ngram as u32), options.max_gap);
        let mut cover_a = vec![false; tokens[i].len()];
        let mut cover_b = vec![false; tokens[j].len()];
        let passages: Vec<Passage> = chains
            .iter()
            .map(|c| {
                let words = mark(c, options.small_edit, &mut cover_a, &mut cover_b);
                passage(c, words, &tokens[i], &tokens[j])
            })
            .collect();
        let (found_a, found_b) = (count(&cover_a), count(&cover_b));
        merge(&mut reused[i], &cover_a);
        merge(&mut reused[j], &cover_b);
        pairs.push(PairReport {
            a: articles[i].id.clone(),
            b: articles[j].id.clone(),
            a_in_b: share(found_a, tokens[i].len()),
            b_in_a: share(found_b, tokens[j].len()),
            shared_words: found_a.min(found_b),
            longest_passage: passages.iter().map(|p| p.words).max().unwrap_or(0),
            passages,
        });
    }

    let articles = articles
        .iter()
        .zip(&reused)
        .map(|(article, reused)| ArticleReport {
            id: article.id.clone(),
            words: reused.len(),
            reused_share: share(count(reused), reused.len()),
            published: article.published.clone(),
        })
        .collect();
    Report {
        wiretrace: REPORT_VERSION,
        articles,
        pairs,
    }
}

/// Marks the words of one passage as found on both sides; returns how many
/// words of A the passage covers.
fn mark(chain: &Chain, small_edit: u32, cover_a: &mut [bool], cover_b: &mut [bool]) -> usize {
    let mut a_ranges: Vec<Range<u32>> = Vec::new();
    for x in &chain.anchors {
        a_ranges.push(x.a..x.a + x.len);
        cover_b[x.b as usize..(x.b + x.len) as usize].fill(true);
    }
    for (ga, gb) in chain.gaps() {
        let substitution = |r: &Range<u32>| (1..=small_edit).contains(&(r.end - r.start));
        if substitution(&ga) && substitution(&gb) {
            cover_b[gb.start as usize..gb.end as usize].fill(true);
            a_ranges.push(ga);
        }
    }
    a_ranges
        .into_iter()
        .map(|r| {
            cover_a[r.start as usize..r.end as usize].fill(true);
            (r.end - r.start) as usize
        })
        .sum()
}

fn passage(chain: &Chain, words: usize, a: &[Token], b: &[Token]) -> Passage {
    let span = |t: &[Token], r: Range<u32>| (t[r.start as usize].start, t[r.end as usize - 1].end);
    let (a_start, a_end) = span(a, chain.a_range());
    let (b_start, b_end) = span(b, chain.b_range());
    let longer = chain.a_range().len().max(chain.b_range().len());
    let segments = chain
        .anchors
        .iter()
        .map(|x| {
            let (a_start, a_end) = span(a, x.a..x.a + x.len);
            let (b_start, b_end) = span(b, x.b..x.b + x.len);
            Segment {
                a_start,
                a_end,
                b_start,
                b_end,
            }
        })
        .collect();
    Passage {
        a_start,
        a_end,
        b_start,
        b_end,
        words,
        mode: Mode::Verbatim,
        similarity: f64::from(chain.matched()) / longer as f64,
        segments,
    }
}

fn count(flags: &[bool]) -> usize {
    flags.iter().filter(|&&f| f).count()
}

fn merge(into: &mut [bool], from: &[bool]) {
    for (x, &y) in into.iter_mut().zip(from) {
        *x |= y;
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}
