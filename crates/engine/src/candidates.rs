//! Candidate stage: hashed word n-grams over all articles, turned into match
//! points for the pairs of articles that share enough of them.
//!
//! Algorithm: each window of `n` consecutive token keys is hashed into one
//! n-gram key; the (key, article, position) entries are sorted so equal
//! n-grams sit together (an inverted index without a hash map). An n-gram
//! repeated inside one article counts at most eight times there. Every two
//! postings of an n-gram in different articles give a match point for that
//! pair, unless the n-gram has more than `max_postings` postings: then it is
//! either a banal phrase or a passage republished very widely, and each
//! article carrying it is linked only to the next one, which keeps the cost
//! linear and still joins all copies of a wide passage into one cluster.
//! An n-gram in more than `common` articles may be a stock phrase ("the
//! area's economy relies largely on"); a pair is compared only if it has
//! `min_points` points from other n-grams (an 8-word run) or `long` points in
//! all: a lone 6-word phrase in common is topic, a shared stock phrase is
//! style, neither is reuse.
//!
//! Cost: O(T log T) time and O(T) space over T tokens in all, plus the match
//! points, at most O(T · max_postings), sorted once.
//!
//! Source: the shingle index of passim (Smith et al., 2014) and TextPAIR;
//! WCopyfind's 6-word minimum phrase.

use crate::text::Token;
use rustc_hash::FxHashMap;
use std::hash::Hasher;

/// Occurrences of one n-gram kept per article.
const MAX_REPEATS: usize = 8;

/// Token positions where the same n-gram starts in two articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct MatchPoint {
    /// Start of the n-gram in the first article (token index).
    pub a: u32,
    /// Start of the n-gram in the second article (token index).
    pub b: u32,
    /// The n-gram is common: found in more than `common` articles, so on its
    /// own it may be a stock phrase.
    pub common: bool,
}

/// Limits of the candidate stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Words per n-gram.
    pub n: usize,
    /// Postings over which an n-gram links each article only to the next.
    pub max_postings: usize,
    /// Postings over which an n-gram is common (a possible stock phrase).
    pub common: usize,
    /// Points from uncommon n-grams a pair needs; or `long` points in all.
    pub min_points: usize,
    /// Points in all that make a pair worth comparing even if all are common.
    pub long: usize,
}

/// Match points for the pairs of articles `(i, j)`, `i < j`, that have at
/// least `min_points` points from uncommon n-grams, or `long` points in all
/// (stock phrases shared by many articles are short; wide copies are long),
/// keyed by the pair.
pub fn match_points<T: AsRef<[Token]>>(
    articles: &[T],
    limits: Limits,
) -> FxHashMap<(u32, u32), Vec<MatchPoint>> {
    let Limits {
        n,
        max_postings,
        common,
        min_points,
        long,
    } = limits;
    let mut entries: Vec<(u64, u32, u32)> = Vec::new();
    for (doc, tokens) in articles.iter().enumerate() {
        for (pos, window) in tokens.as_ref().windows(n).enumerate() {
            entries.push((ngram_key(window), doc as u32, pos as u32));
        }
    }
    entries.sort_unstable();

    let mut raw: Vec<(u32, u32, u32, u32, bool)> = Vec::new();
    let mut postings: Vec<(u32, u32)> = Vec::new();
    for group in entries.chunk_by(|x, y| x.0 == y.0) {
        postings.clear();
        for (k, &(_, doc, pos)) in group.iter().enumerate() {
            // A phrase repeated over and over inside one article is no evidence.
            let repeats = group[..k].iter().rev().take_while(|e| e.1 == doc).count();
            if repeats < MAX_REPEATS {
                postings.push((doc, pos));
            }
        }
        let is_common = postings.len() > common;
        if postings.len() > max_postings {
            for w in postings.windows(2) {
                if w[0].0 != w[1].0 {
                    raw.push((w[0].0, w[1].0, w[0].1, w[1].1, true));
                }
            }
            continue;
        }
        for (k, &(doc_a, pos_a)) in postings.iter().enumerate() {
            // Postings are in (doc, pos) order: later ones are in the same or a later article.
            for &(doc_b, pos_b) in &postings[k + 1..] {
                if doc_b != doc_a {
                    raw.push((doc_a, doc_b, pos_a, pos_b, is_common));
                }
            }
        }
    }
    raw.sort_unstable();
    raw.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1))
        .filter(|points| {
            points.len() >= long || points.iter().filter(|p| !p.4).count() >= min_points
        })
        .map(|points| {
            let pair = (points[0].0, points[0].1);
            (
                pair,
                points
                    .iter()
                    .map(|p| MatchPoint {
                        a: p.2,
                        b: p.3,
                        common: p.4,
                    })
                    .collect(),
            )
        })
        .collect()
}

fn ngram_key(window: &[Token]) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    for token in window {
        hasher.write_u64(token.key);
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn limits(n: usize, max_postings: usize, min_points: usize) -> Limits {
        Limits {
            n,
            max_postings,
            common: max_postings,
            min_points,
            long: min_points,
        }
    }

    #[test]
    fn a_stock_phrase_in_many_articles_pairs_none_of_them() {
        let stock = "the area's economy relies largely on fishing and tourism";
        let docs: Vec<_> = (0..6)
            .map(|i| tokenize(&format!("story {i} words here. {stock}.")))
            .collect();
        let strict = Limits {
            n: 6,
            max_postings: 100,
            common: 4,
            min_points: 3,
            long: 10,
        };
        assert!(match_points(&docs, strict).is_empty());
        assert_eq!(
            match_points(
                &docs,
                Limits {
                    common: 6,
                    ..strict
                }
            )
            .len(),
            15
        );
    }

    #[test]
    fn shared_trigram_gives_one_point_per_occurrence_pair() {
        let docs = [tokenize("one two three four"), tokenize("x one two three")];
        let pairs = match_points(&docs, limits(3, 10, 1));
        assert_eq!(
            pairs[&(0, 1)],
            vec![MatchPoint {
                a: 0,
                b: 1,
                common: false
            }]
        );
        assert!(
            match_points(&docs, limits(3, 10, 2)).is_empty(),
            "one point is below the minimum"
        );
    }

    #[test]
    fn repeats_inside_one_article_are_not_matches() {
        let docs = [tokenize("a b c a b c"), tokenize("nothing in common here")];
        assert!(match_points(&docs, limits(3, 10, 1)).is_empty());
    }

    #[test]
    fn ngrams_over_the_cap_link_each_article_to_the_next_only() {
        let docs: Vec<_> = (0..4).map(|_| tokenize("said in a statement")).collect();
        assert_eq!(
            match_points(&docs, limits(4, 4, 1)).len(),
            6,
            "all pairs under the cap"
        );
        let linked: Vec<(u32, u32)> = {
            let mut k: Vec<_> = match_points(&docs, limits(4, 3, 1)).into_keys().collect();
            k.sort();
            k
        };
        assert_eq!(linked, [(0, 1), (1, 2), (2, 3)]);
    }
}
