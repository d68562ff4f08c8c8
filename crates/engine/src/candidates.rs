//! Candidate stage: an inverted index of hashed word n-grams over all articles,
//! turned into match points for every pair of articles that share an n-gram.
//!
//! Algorithm: each window of `n` consecutive token keys is hashed into one
//! n-gram key; the index maps a key to its postings (article, position).
//! N-grams with more postings than `max_postings` are banal (phrases everyone
//! uses) and are dropped. Every two postings of a kept n-gram that lie in
//! different articles give one match point for that pair. Pairs that share no
//! n-gram are never looked at, so the cost follows the shared text, not N².
//!
//! Cost: O(T) time and space to build the index over T tokens in all; match
//! points are at most O(T · max_postings).
//!
//! Source: the shingle index of passim (Smith et al., 2014) and TextPAIR.

use crate::text::Token;
use rustc_hash::FxHashMap;
use std::hash::Hasher;

/// Token positions where the same n-gram starts in two articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct MatchPoint {
    /// Start of the n-gram in the first article (token index).
    pub a: u32,
    /// Start of the n-gram in the second article (token index).
    pub b: u32,
}

/// Match points for every pair of articles `(i, j)` with `i < j`, keyed by the
/// pair. Postings lists longer than `max_postings` are skipped.
pub fn match_points<T: AsRef<[Token]>>(
    articles: &[T],
    n: usize,
    max_postings: usize,
) -> FxHashMap<(u32, u32), Vec<MatchPoint>> {
    let mut index: FxHashMap<u64, Vec<(u32, u32)>> = FxHashMap::default();
    for (doc, tokens) in articles.iter().enumerate() {
        for (pos, window) in tokens.as_ref().windows(n).enumerate() {
            index
                .entry(ngram_key(window))
                .or_default()
                .push((doc as u32, pos as u32));
        }
    }
    let mut pairs: FxHashMap<(u32, u32), Vec<MatchPoint>> = FxHashMap::default();
    for postings in index.values() {
        if postings.len() < 2 || postings.len() > max_postings {
            continue;
        }
        for (k, &(doc_a, pos_a)) in postings.iter().enumerate() {
            // Postings are in (doc, pos) order, so later entries belong to the
            // same or a later article.
            for &(doc_b, pos_b) in &postings[k + 1..] {
                if doc_b != doc_a {
                    pairs
                        .entry((doc_a, doc_b))
                        .or_default()
                        .push(MatchPoint { a: pos_a, b: pos_b });
                }
            }
        }
    }
    pairs
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

    #[test]
    fn shared_trigram_gives_one_point_per_occurrence_pair() {
        let docs = [tokenize("one two three four"), tokenize("x one two three")];
        let pairs = match_points(&docs, 3, 10);
        assert_eq!(pairs[&(0, 1)], vec![MatchPoint { a: 0, b: 1 }]);
    }

    #[test]
    fn repeats_inside_one_article_are_not_matches() {
        let docs = [tokenize("a b c a b c"), tokenize("nothing in common here")];
        assert!(match_points(&docs, 3, 10).is_empty());
    }

    #[test]
    fn banal_ngrams_over_the_cap_are_dropped() {
        let docs: Vec<_> = (0..4).map(|_| tokenize("said in a statement")).collect();
        assert_eq!(match_points(&docs, 4, 4).len(), 6);
        assert!(match_points(&docs, 4, 3).is_empty());
    }
}
