//! Paraphrase: sentences of two articles that say the same thing in other
//! words (rewritten or retranslated agency copy).
//!
//! Algorithm: each body sentence becomes a set of content terms: folded words
//! minus stop words, small number words as digits, Snowball English stems
//! (`rust-stemmers`). Terms are weighted by inverse sentence frequency over the
//! whole set, so names, numbers and rare words weigh most. Candidate sentence
//! pairs come from an inverted index of the rarer terms (a pair must share at
//! least two; terms in more than `max_df` sentences are too common to propose
//! candidates). A candidate is scored by tf-idf cosine and Dice overlap, and
//! the pairs of two articles are aligned one to one, best first, and cut into
//! runs: pairs that follow each other in the same order in both articles,
//! within `max_gap` sentences and with skips of about the same size on both
//! sides (a rewrite walks down its source). A run stands as a passage if it
//! has `min_run` pairs and two of them reach the *seed* thresholds; a
//! shorter run only if every pair is *strong*; a lone pair only if it is
//! nearly the same sentence. Two independent reports of one event share names
//! and numbers sentence by sentence, but not in long runs down both texts:
//! that is what tells them from a rewrite.
//!
//! Cost: O(S · t) to build term sets for S sentences of t terms; pairing
//! articles costs O(Σ df²) over rare terms (df ≤ `max_df`) in dense counters;
//! pairing sentences costs, per article pair kept, the merge of two lists.
//!
//! Source: the PAN 2014 text-alignment winner (Sanchez-Perez et al.): sentence
//! tf-idf cosine ≥ 0.30 and Dice ≥ 0.33 with extension across gaps of up to 4
//! sentences; our seed and extension thresholds are tuned on the seeds, the
//! hand-written same-event fixtures and the synthetic corpus.

use crate::document::Document;
use crate::text::fold;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;

/// Thresholds of the paraphrase matcher.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// Cosine a pair needs to start a passage.
    pub seed_cosine: f64,
    /// Dice a pair needs to start a passage.
    pub seed_dice: f64,
    /// Cosine a pair needs to extend a passage.
    pub extend_cosine: f64,
    /// Dice a pair needs to extend a passage.
    pub extend_dice: f64,
    /// Pairs a run needs to stand on two seeds.
    pub min_run: usize,
    /// Cosine every pair of a shorter run needs.
    pub strong_cosine: f64,
    /// Content terms each sentence of a shorter run needs.
    pub short_run_terms: usize,
    /// Cosine a lone sentence pair needs to stand as a passage.
    pub single_cosine: f64,
    /// Content terms each sentence of a lone pair needs.
    pub single_terms: usize,
    /// Sentences that may be skipped between two pairs of one passage.
    pub max_gap: usize,
    /// Terms in more sentences than this do not propose candidates.
    pub max_df: usize,
    /// Rare terms two articles must share to be compared sentence by sentence.
    pub min_shared_terms: usize,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            seed_cosine: 0.45,
            seed_dice: 0.40,
            extend_cosine: 0.20,
            extend_dice: 0.20,
            min_run: 5,
            strong_cosine: 0.55,
            short_run_terms: 5,
            single_cosine: 0.8,
            single_terms: 7,
            max_gap: 4,
            max_df: 50,
            min_shared_terms: 6,
        }
    }
}

/// Two sentences judged to say the same thing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SentencePair {
    /// Sentence index in article A.
    pub a: usize,
    /// Sentence index in article B.
    pub b: usize,
    /// tf-idf cosine of their term sets.
    pub cosine: f64,
}

/// Content terms of every sentence of every article, with their weights.
#[derive(Debug, Clone, Default)]
pub struct Terms {
    /// `sentences[doc][s]`: sorted, distinct term ids of sentence `s`.
    pub sentences: Vec<Vec<Vec<u32>>>,
    /// Inverse sentence frequency of each term id.
    pub idf: Vec<f64>,
    /// Number of sentences each term occurs in.
    pub df: Vec<usize>,
}

impl Terms {
    /// Builds term sets for the documents (`texts[i]` is the text of `docs[i]`).
    pub fn new(docs: &[Document], texts: &[&str]) -> Terms {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        // Words repeat across a set: fold and stem each distinct word once.
        let mut by_key: FxHashMap<u64, Option<u32>> = FxHashMap::default();
        let mut df: Vec<usize> = Vec::new();
        let sentences: Vec<Vec<Vec<u32>>> = docs
            .iter()
            .zip(texts)
            .map(|(doc, text)| {
                doc.sentences
                    .iter()
                    .map(|s| {
                        let mut terms: Vec<u32> = doc.tokens[s.tokens.clone()]
                            .iter()
                            .filter_map(|t| {
                                *by_key.entry(t.key).or_insert_with(|| {
                                    term(&text[t.start..t.end], &stemmer).map(|word| {
                                        let next = ids.len() as u32;
                                        *ids.entry(word).or_insert(next)
                                    })
                                })
                            })
                            .collect();
                        terms.sort_unstable();
                        terms.dedup();
                        for &t in &terms {
                            if t as usize >= df.len() {
                                df.resize(t as usize + 1, 0);
                            }
                            df[t as usize] += 1;
                        }
                        terms
                    })
                    .collect()
            })
            .collect();
        // A floor on the sentence count: in a set of two short articles every
        // shared term would otherwise look common and weigh next to nothing.
        let total = (sentences.iter().map(Vec::len).sum::<usize>() as f64).max(100.0);
        let idf = df
            .iter()
            .map(|&d| ((total + 1.0) / (d as f64 + 0.5)).ln().max(0.1))
            .collect();
        Terms { sentences, idf, df }
    }

    /// Candidate sentence pairs for the pairs of articles `(i, j)`, `i < j`,
    /// that have at least `min_terms` rare terms (df ≤ `max_df`) in common:
    /// the sentence pairs that share at least two of them.
    ///
    /// Two stages keep it near linear: articles are paired first, through the
    /// rare terms they share (dense counters, one article at a time), and
    /// sentences are paired only inside those pairs (a merge of the two
    /// articles' sorted (term, sentence) lists).
    pub fn candidates(
        &self,
        max_df: usize,
        min_terms: usize,
    ) -> FxHashMap<(u32, u32), Vec<(u32, u32)>> {
        let rare = |t: u32| (2..=max_df).contains(&self.df[t as usize]);
        // Per article: its rare terms with the sentences holding them, sorted.
        let postings: Vec<Vec<(u32, u32)>> = self
            .sentences
            .iter()
            .map(|sentences| {
                let mut list: Vec<(u32, u32)> = sentences
                    .iter()
                    .enumerate()
                    .flat_map(|(s, terms)| {
                        terms
                            .iter()
                            .filter(|&&t| rare(t))
                            .map(move |&t| (t, s as u32))
                    })
                    .collect();
                list.sort_unstable();
                list
            })
            .collect();
        let mut docs_of: Vec<Vec<u32>> = vec![Vec::new(); self.df.len()];
        for (doc, list) in postings.iter().enumerate() {
            for group in list.chunk_by(|x, y| x.0 == y.0) {
                docs_of[group[0].0 as usize].push(doc as u32);
            }
        }

        let mut out: FxHashMap<(u32, u32), Vec<(u32, u32)>> = FxHashMap::default();
        let mut shared = vec![0u32; self.sentences.len()];
        let mut touched: Vec<u32> = Vec::new();
        for (a, list) in postings.iter().enumerate() {
            for group in list.chunk_by(|x, y| x.0 == y.0) {
                for &b in docs_of[group[0].0 as usize]
                    .iter()
                    .filter(|&&b| b as usize > a)
                {
                    if shared[b as usize] == 0 {
                        touched.push(b);
                    }
                    shared[b as usize] += 1;
                }
            }
            touched.sort_unstable();
            for &b in &touched {
                if shared[b as usize] as usize >= min_terms {
                    let pairs = sentence_pairs(list, &postings[b as usize]);
                    if !pairs.is_empty() {
                        out.insert((a as u32, b), pairs);
                    }
                }
                shared[b as usize] = 0;
            }
            touched.clear();
        }
        out
    }

    /// tf-idf cosine and Dice of two term sets.
    pub fn similarity(&self, x: &[u32], y: &[u32]) -> (f64, f64) {
        let weight = |t: &u32| self.idf[*t as usize].powi(2);
        let (mut i, mut j, mut common, mut dot) = (0, 0, 0usize, 0.0);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += weight(&x[i]);
                    common += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        let norm = |v: &[u32]| v.iter().map(weight).sum::<f64>().sqrt();
        let denominator = norm(x) * norm(y);
        let cosine = if denominator > 0.0 {
            dot / denominator
        } else {
            0.0
        };
        let dice = 2.0 * common as f64 / (x.len() + y.len()).max(1) as f64;
        (cosine, dice)
    }
}

/// Sentence pairs of two articles sharing at least two terms, from their
/// sorted (term, sentence) lists.
fn sentence_pairs(a: &[(u32, u32)], b: &[(u32, u32)]) -> Vec<(u32, u32)> {
    let mut counts: FxHashMap<(u32, u32), u8> = FxHashMap::default();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let term = a[i].0;
                let i_end = i + a[i..].iter().take_while(|x| x.0 == term).count();
                let j_end = j + b[j..].iter().take_while(|x| x.0 == term).count();
                for x in &a[i..i_end] {
                    for y in &b[j..j_end] {
                        let n = counts.entry((x.1, y.1)).or_insert(0);
                        *n = n.saturating_add(1);
                    }
                }
                (i, j) = (i_end, j_end);
            }
        }
    }
    let mut pairs: Vec<(u32, u32)> = counts
        .into_iter()
        .filter(|&(_, n)| n >= 2)
        .map(|(p, _)| p)
        .collect();
    pairs.sort_unstable();
    pairs
}

/// Aligns the sentences of articles `a` and `b` (indices into `terms`) from
/// their candidates; sentences flagged in `skip_a` / `skip_b` (already shared
/// word for word) take no part. Returns passages as runs of sentence pairs.
pub fn align(
    terms: &Terms,
    (a, b): (usize, usize),
    candidates: &[(u32, u32)],
    (skip_a, skip_b): (&[bool], &[bool]),
    params: &Params,
) -> Vec<Vec<SentencePair>> {
    let (sa, sb) = (&terms.sentences[a], &terms.sentences[b]);
    let mut scored: Vec<(SentencePair, bool)> = candidates
        .iter()
        .map(|&(x, y)| (x as usize, y as usize))
        .filter(|&(x, y)| !skip_a[x] && !skip_b[y])
        .filter_map(|(x, y)| {
            let (cosine, dice) = terms.similarity(&sa[x], &sb[y]);
            let seed = cosine >= params.seed_cosine && dice >= params.seed_dice;
            let extend = cosine >= params.extend_cosine && dice >= params.extend_dice;
            extend.then_some((SentencePair { a: x, b: y, cosine }, seed))
        })
        .collect();
    scored.sort_by(|x, y| {
        y.0.cosine
            .total_cmp(&x.0.cosine)
            .then((x.0.a, x.0.b).cmp(&(y.0.a, y.0.b)))
    });

    // One to one, best first.
    let (mut used_a, mut used_b) = (vec![false; sa.len()], vec![false; sb.len()]);
    let mut taken: Vec<(SentencePair, bool)> = Vec::new();
    for (pair, seed) in scored {
        if !used_a[pair.a] && !used_b[pair.b] {
            used_a[pair.a] = true;
            used_b[pair.b] = true;
            taken.push((pair, seed));
        }
    }
    taken.sort_by_key(|(p, _)| (p.a, p.b));

    // Runs down both articles: same order, small skips of about equal size.
    let mut runs: Vec<Vec<(SentencePair, bool)>> = Vec::new();
    for item in taken {
        let follows = runs.last().and_then(|r| r.last()).is_some_and(|(last, _)| {
            let (da, db) = (item.0.a - last.a, item.0.b.wrapping_sub(last.b));
            item.0.b > last.b
                && da <= params.max_gap + 1
                && db <= params.max_gap + 1
                && da.abs_diff(db) <= 1
        });
        match runs.last_mut() {
            Some(run) if follows => run.push(item),
            _ => runs.push(vec![item]),
        }
    }
    let stands = |run: &[(SentencePair, bool)]| match run {
        [(p, _)] => {
            p.cosine >= params.single_cosine
                && sa[p.a].len() >= params.single_terms
                && sb[p.b].len() >= params.single_terms
        }
        _ if run.len() < params.min_run => {
            run.iter().all(|(p, _)| p.cosine >= params.strong_cosine)
        }
        _ => run.iter().filter(|(_, seed)| *seed).count() >= 2,
    };
    runs.into_iter()
        .filter(|run| stands(run))
        .map(|run| run.into_iter().map(|(p, _)| p).collect())
        .collect()
}

/// Function words that carry no content, folded.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "among",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "even",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "thus",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "said",
    "says",
    "say",
    "told",
    "according",
    "also",
    "still",
    "while",
    "s",
];

/// Number words that rewriters swap for digits and back.
const NUMBER_WORDS: &[(&str, &str)] = &[
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("hundred", "100"),
];

/// Whether a folded word is a function word that carries no content.
fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.contains(&folded)
}

/// The content term of one word, or None for a stop word.
fn term(word: &str, stemmer: &Stemmer) -> Option<String> {
    let folded = fold(word);
    let folded = folded.strip_suffix("'s").unwrap_or(&folded);
    if is_stop_word(folded) {
        return None;
    }
    if let Some(&(_, digits)) = NUMBER_WORDS.iter().find(|(w, _)| *w == folded) {
        return Some(digits.to_owned());
    }
    if folded.chars().any(|c| c.is_ascii_digit()) {
        return Some(folded.replace(',', ""));
    }
    Some(stemmer.stem(folded).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms_of(texts: &[&str]) -> Terms {
        let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
        Terms::new(&docs, texts)
    }

    #[test]
    fn rewording_keeps_content_terms() {
        let t = terms_of(&[
            "Two individuals were reportedly killed and seven injured in the drone strike.",
            "Iraqi security officials said two people were killed and seven others injured in the drone attack.",
        ]);
        let (cosine, dice) = t.similarity(&t.sentences[0][0], &t.sentences[1][0]);
        assert!(cosine > 0.45 && dice > 0.4, "cosine {cosine}, dice {dice}");
    }

    #[test]
    fn stop_words_and_number_words() {
        let stemmer = Stemmer::create(Algorithm::English);
        assert_eq!(term("the", &stemmer), None);
        assert_eq!(term("Seven", &stemmer).as_deref(), Some("7"));
        assert_eq!(term("2,500", &stemmer).as_deref(), Some("2500"));
        assert_eq!(
            term("injured", &stemmer),
            term("injuries", &stemmer)
                .filter(|_| false)
                .or(term("injure", &stemmer))
        );
        assert_eq!(term("Hashed’s", &stemmer).as_deref(), Some("hash"));
    }
}
