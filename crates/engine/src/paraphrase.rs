//! Paraphrase: sentences of two articles that say the same thing in other
//! words (rewritten, compressed or retranslated agency copy), one to one or
//! merged (a brief's one sentence for two or three of its source's).
//!
//! Algorithm:
//! 1. **Terms.** Each body sentence becomes a set of content terms: folded
//!    words minus stop words, small number words as digits, Snowball English
//!    stems (`rust-stemmers`), weighted by inverse sentence frequency over the
//!    set, so names, numbers and rare words weigh most. Each term is also
//!    marked a *name* (capitalised inside a sentence) or a number; each word
//!    as *wording* when it is neither (nor a stop word).
//! 2. **Candidates.** An inverted index of the rarer terms (in at most
//!    `max_df` sentences) proposes article pairs that share
//!    `min_shared_terms` of them (`min_shared_terms_short` when one is short),
//!    and inside them the sentence pairs that share two.
//! 3. **Same event.** Two articles whose names barely overlap
//!    ([`name_share`], idf²-weighted, under `min_name_share`) report
//!    different events: whatever else they share is stock phrasing, and they
//!    are not aligned.
//! 4. **Groups.** Candidates are scored by tf-idf cosine and Dice; around
//!    each, a merge of two or three consecutive sentences of one side against
//!    one of the other is tried (every merged sentence shares
//!    `merge_terms` terms with it, and the cosine of the union gains
//!    `merge_gain`). Groups are taken one to one, best first. Each group's
//!    *kept phrases* are its maximal runs of `phrase_words` equal words with
//!    `phrase_content` words of wording, outside quotation marks (a quote both
//!    reporters heard is no sign of copying; "a stress fracture in" is how
//!    anyone states the fact, "cash and jewellery from nine" is wording).
//! 5. **Runs.** Groups that follow each other in both texts, with skips of at
//!    most `max_gap` sentences of about equal size, form runs; sentences
//!    already shared word for word ([`Verbatim`]) are steps of the walk, not
//!    skips, and their verbatim runs are kept phrases too.
//! 6. **What stands.** A run stands if it is
//!    - *strong*: a lone pair that is nearly the same sentence, or a short
//!      dense run whose every group reaches `strong_cosine`;
//!    - *carried* by phrases: at least `phrase_run` groups, `run_phrases`
//!      kept phrases making `run_phrase_share` of its words, and a shared
//!      name per group (a rewrite keeps its source's facts with its
//!      wording);
//!    - a *walk*: `min_run` groups with two seeds, dense (groups fill
//!      `walk_density` of the sentences it spans on each side) or in order
//!      (of the spanned sentences that have a counterpart, as many are in it,
//!      and `walk_seeds` of its groups are seeds), provided the pair's walks,
//!      or its seeds in runs, cover `walk_coverage` of the article with fewer
//!      sentences.
//!
//!    And in an *established* pair (kept phrases, `short_phrase_words` long
//!    in a short article, making `run_phrase_share` of the shorter article)
//!    a group may stand alone: every group when one article is short (a
//!    brief of at most `short_words` words: its evidence is weighed over the
//!    whole of it), else a seed or a group that keeps a phrase (a rewrite
//!    that reorders).
//!
//! How an independent report of the same event is told from a rewrite: it
//! carries the same names and numbers, sentence by sentence, but keeps no
//! phrasing beyond a quote, so it is never carried or established; and it
//! adds its own details and order, so its walks are short, weak or out of
//! order. A brief is told from an independent brief by the two phrases of
//! its source it keeps. The decisive figures are the kept phrases (count and
//! share) and, for phrase-less walks, their density, seeds and coverage.
//!
//! Cost: O(S · t) to build term sets for S sentences of t terms; pairing
//! articles costs O(Σ df²) over rare terms (df ≤ `max_df`) in dense counters;
//! per article pair kept, pairing sentences costs the merge of two lists,
//! merges a few unions per candidate, and kept phrases O(m · n) per taken
//! group of m and n words.
//!
//! Source: the PAN 2014 text-alignment winner (Sanchez-Perez et al.): sentence
//! tf-idf cosine ≥ 0.30 and Dice ≥ 0.33 with extension across gaps of up to 4
//! sentences; many-to-one sentence alignment after Gale and Church (1993);
//! the METER study of how newspapers reuse agency copy (Clough et al., 2002),
//! which finds rewriting keeps short verbatim phrases. Thresholds were set
//! on the seeds, the hand-written fixtures (`tests/fixtures`) and the
//! synthetic corpora.

use crate::document::Document;
use crate::options::ParaphraseOptions;
use crate::text::fold;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// A group of sentences of article A and a group of article B judged to say
/// the same thing: one sentence each, or a merge (one sentence of one side
/// for two or three consecutive sentences of the other).
#[derive(Debug, Clone, PartialEq)]
pub struct SentencePair {
    /// Sentence indices in article A (consecutive).
    pub a: Range<usize>,
    /// Sentence indices in article B (consecutive).
    pub b: Range<usize>,
    /// tf-idf cosine of the two groups' term sets.
    pub cosine: f64,
    /// Phrases kept word for word from one side in the other, outside quotes.
    pub phrases: Phrases,
}

/// Short phrases two sentence groups share word for word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Phrases {
    /// How many (maximal runs of at least `phrase_words` words with at least
    /// `phrase_content` words of wording, not inside quotation marks).
    pub count: usize,
    /// Their words on side A.
    pub words_a: usize,
    /// Their words on side B.
    pub words_b: usize,
    /// Phrases of `short_phrase_words` or more (these included), which count
    /// in a short article.
    pub short_count: usize,
    /// Their words (the same on both sides).
    pub short_words: usize,
}

impl std::ops::AddAssign for Phrases {
    fn add_assign(&mut self, other: Phrases) {
        self.count += other.count;
        self.words_a += other.words_a;
        self.words_b += other.words_b;
        self.short_count += other.short_count;
        self.short_words += other.short_words;
    }
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
    /// `wording[doc][t]`: body token `t` is a word of wording, not of fact:
    /// a content word that is not a number and not a capitalised name
    /// (capitals count at the start of a sentence).
    pub wording: Vec<Vec<bool>>,
    /// Per term id: a name (capitalised inside a sentence somewhere in the
    /// set, and not a number), what tells one event from another.
    pub name: Vec<bool>,
    /// `names[doc]`: sorted, distinct names of the whole article (all its
    /// terms if it names nothing), with the sum of their weights (idf²).
    pub names: Vec<(Vec<u32>, f64)>,
    /// Body words of each article.
    pub words: Vec<usize>,
    /// Per term id: the term itself (a folded stem, or digits).
    pub strings: Vec<String>,
    /// `token_terms[doc][t]`: the term id of body token `t`, or `u32::MAX`
    /// for a stop word.
    pub token_terms: Vec<Vec<u32>>,
}

impl Terms {
    /// Builds term sets for the documents (`texts[i]` is the text of `docs[i]`).
    pub fn new(docs: &[Document], texts: &[&str]) -> Terms {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut numeric: Vec<bool> = Vec::new();
        let mut name: Vec<bool> = Vec::new();
        // Words repeat across a set: fold and stem each distinct word once.
        let mut by_key: FxHashMap<u64, Option<u32>> = FxHashMap::default();
        let mut df: Vec<usize> = Vec::new();
        let mut wording: Vec<Vec<bool>> = Vec::with_capacity(docs.len());
        let mut sentences: Vec<Vec<Vec<u32>>> = Vec::with_capacity(docs.len());
        let mut token_terms: Vec<Vec<u32>> = Vec::with_capacity(docs.len());
        for (doc, text) in docs.iter().zip(texts) {
            let mut flags = vec![false; doc.tokens.len()];
            let mut of_token = vec![u32::MAX; doc.tokens.len()];
            let mut doc_sentences = Vec::with_capacity(doc.sentences.len());
            for s in &doc.sentences {
                let mut terms: Vec<u32> = Vec::new();
                for (t, token) in doc.tokens[s.tokens.clone()].iter().enumerate() {
                    let word = &text[token.start..token.end];
                    let id = *by_key.entry(token.key).or_insert_with(|| {
                        term(word, &stemmer).map(|term| {
                            let next = ids.len() as u32;
                            *ids.entry(term).or_insert_with_key(|term| {
                                numeric.push(term.chars().any(|c| c.is_ascii_digit()));
                                name.push(false);
                                next
                            })
                        })
                    });
                    if let Some(id) = id {
                        of_token[s.tokens.start + t] = id;
                        terms.push(id);
                        let capital = word.chars().next().is_some_and(char::is_uppercase);
                        flags[s.tokens.start + t] = !numeric[id as usize] && (!capital || t == 0);
                        if capital && t > 0 {
                            name[id as usize] = true;
                        }
                    }
                }
                terms.sort_unstable();
                terms.dedup();
                for &t in &terms {
                    if t as usize >= df.len() {
                        df.resize(t as usize + 1, 0);
                    }
                    df[t as usize] += 1;
                }
                doc_sentences.push(terms);
            }
            wording.push(flags);
            token_terms.push(of_token);
            sentences.push(doc_sentences);
        }
        // A floor on the sentence count: in a set of two short articles every
        // shared term would otherwise look common and weigh next to nothing.
        let total = (sentences.iter().map(Vec::len).sum::<usize>() as f64).max(100.0);
        let idf: Vec<f64> = df
            .iter()
            .map(|&d| ((total + 1.0) / (d as f64 + 0.5)).ln().max(0.1))
            .collect();
        let weight = |t: u32| idf[t as usize].powi(2);
        let names = sentences
            .iter()
            .map(|doc| {
                let mut all: Vec<u32> = doc.iter().flatten().copied().collect();
                all.sort_unstable();
                all.dedup();
                if all.iter().any(|&t| name[t as usize]) {
                    all.retain(|&t| name[t as usize]);
                }
                let total = all.iter().map(|&t| weight(t)).sum();
                (all, total)
            })
            .collect();
        let name: Vec<bool> = numeric.iter().zip(&name).map(|(&n, &c)| !n && c).collect();
        let mut strings = vec![String::new(); ids.len()];
        for (term, id) in ids {
            strings[id as usize] = term;
        }
        Terms {
            strings,
            token_terms,
            sentences,
            idf,
            df,
            name,
            wording,
            names,
            words: docs.iter().map(|d| d.tokens.len()).collect(),
        }
    }

    /// Candidate sentence pairs for the pairs of articles `(i, j)`, `i < j`,
    /// that have at least `min_shared_terms` rare terms (df ≤ `max_df`) in
    /// common (`min_shared_terms_short` when one of them is short): the
    /// sentence pairs that share at least two of them.
    ///
    /// Two stages keep it near linear: articles are paired first, through the
    /// rare terms they share (dense counters, one article at a time), and
    /// sentences are paired only inside those pairs (a merge of the two
    /// articles' sorted (term, sentence) lists).
    pub fn candidates(&self, params: &ParaphraseOptions) -> FxHashMap<(u32, u32), Vec<(u32, u32)>> {
        let max_df = params.max_df;
        let short = |d: usize| self.words[d] <= params.short_words;
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
                let min_terms = if short(a) || short(b as usize) {
                    params.min_shared_terms_short
                } else {
                    params.min_shared_terms
                };
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

    /// Whether articles `a` and `b` may report the same event: the shorter
    /// one's names are at least `min_name_share` in the other
    /// ([`name_share`]), or it has fewer than `event_names` names, too few
    /// to tell.
    pub fn same_event(&self, a: usize, b: usize, params: &ParaphraseOptions) -> bool {
        let (shorter, other) = if self.words[a] <= self.words[b] {
            (a, b)
        } else {
            (b, a)
        };
        let names = &self.names[shorter].0;
        let named = names.first().is_some_and(|&t| self.name[t as usize]);
        !named
            || names.len() < params.event_names
            || name_share(self, shorter, other) >= params.min_name_share
    }

    /// Names that two groups of consecutive sentences share
    /// (`(article, sentence range)` each).
    pub fn shared_names(
        &self,
        (a, ra): (usize, &Range<usize>),
        (b, rb): (usize, &Range<usize>),
    ) -> usize {
        let union = |doc: usize, r: &Range<usize>| -> Vec<u32> {
            let mut all: Vec<u32> = self.sentences[doc][r.clone()]
                .iter()
                .flatten()
                .copied()
                .filter(|&t| self.name[t as usize])
                .collect();
            all.sort_unstable();
            all.dedup();
            all
        };
        shared_count(&union(a, ra), &union(b, rb))
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

/// What of one sentence is already shared word for word with the other
/// article of a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Verbatim {
    /// Words found word for word.
    pub words: usize,
    /// Of those, words outside quotation marks.
    pub unquoted: usize,
    /// Verbatim runs of at least `phrase_words` words outside quotation
    /// marks: kept phrases.
    pub phrases: usize,
    /// Their words.
    pub phrase_words: usize,
}

impl Verbatim {
    /// Per sentence of `doc`, from its cover by the other article.
    pub fn of_sentences(
        doc: &Document,
        cover: &[crate::pair::Cover],
        phrase_words: usize,
    ) -> Vec<Verbatim> {
        use crate::pair::Cover;
        doc.sentences
            .iter()
            .map(|s| {
                let mut v = Verbatim::default();
                let mut t = s.tokens.start;
                for run in cover[s.tokens.clone()].chunk_by(|x, y| x == y) {
                    if run[0] == Cover::Verbatim {
                        let quoted = doc.quoted[t..t + run.len()].iter().filter(|&&q| q).count();
                        v.words += run.len();
                        v.unquoted += run.len() - quoted;
                        if run.len() >= phrase_words && 2 * quoted <= run.len() {
                            v.phrases += 1;
                            v.phrase_words += run.len();
                        }
                    }
                    t += run.len();
                }
                v
            })
            .collect()
    }
}

/// One article's side of an alignment: its prepared text, its index in
/// [`Terms`], and what of each sentence is already shared word for word.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    /// The prepared article.
    pub doc: &'a Document,
    /// Its index in the set (and in [`Terms`]).
    pub index: usize,
    /// Per sentence: what is already found word for word in the other article.
    pub verbatim: &'a [Verbatim],
}

impl Side<'_> {
    fn len(&self, s: usize) -> usize {
        self.doc.sentences[s].tokens.len()
    }

    /// Whether sentence `s` is at least half shared word for word: it takes
    /// no part in the pairing.
    fn shared(&self, s: usize) -> bool {
        2 * self.verbatim[s].words >= self.len(s)
    }

    /// Whether sentence `s` is at least half copied word for word outside
    /// quotation marks: a step of a run's walk, and kept phrasing (a shared
    /// quote is neither).
    fn copied(&self, s: usize) -> bool {
        2 * self.verbatim[s].unquoted >= self.len(s)
    }

    /// Copied sentences in `range`, their verbatim phrases and the words of
    /// those, and all their words.
    fn copied_in(&self, range: Range<usize>) -> Copied {
        range
            .filter(|&s| self.copied(s))
            .fold(Copied::default(), |c, s| Copied {
                sentences: c.sentences + 1,
                phrases: c.phrases + self.verbatim[s].phrases,
                phrase_words: c.phrase_words + self.verbatim[s].phrase_words,
                words: c.words + self.len(s),
            })
    }

    /// Verbatim phrases in `range`, copied sentences or not, and their words.
    fn verbatim_phrases(&self, range: Range<usize>) -> (usize, usize) {
        range.fold((0, 0), |(n, w), s| {
            (
                n + self.verbatim[s].phrases,
                w + self.verbatim[s].phrase_words,
            )
        })
    }
}

/// Copied sentences of a range ([`Side::copied_in`]).
#[derive(Debug, Clone, Copy, Default)]
struct Copied {
    sentences: usize,
    phrases: usize,
    phrase_words: usize,
    words: usize,
}

/// Aligns the sentences of two articles from their candidate sentence pairs
/// and returns the passages as runs of sentence groups.
///
/// Steps: score each candidate pair; try merges around each scored pair (two
/// or three consecutive sentences of one side against one of the other,
/// kept when every merged sentence shares content terms with the other
/// side and the merge gains cosine); take groups one to one, best first; cut
/// them into runs down both texts; keep the runs that stand (see the module
/// doc), or, when one article is short, every group if the article as a
/// whole carries enough evidence. The caller aligns only articles that may
/// report the same event ([`Terms::same_event`]).
pub fn align(
    terms: &Terms,
    (a, b): (Side, Side),
    candidates: &[(u32, u32)],
    params: &ParaphraseOptions,
) -> Vec<Vec<SentencePair>> {
    let (sa, sb) = (&terms.sentences[a.index], &terms.sentences[b.index]);
    let singles: Vec<(usize, usize, f64, f64)> = candidates
        .iter()
        .map(|&(x, y)| (x as usize, y as usize))
        .filter(|&(x, y)| !a.shared(x) && !b.shared(y))
        .map(|(x, y)| {
            let (cosine, dice) = terms.similarity(&sa[x], &sb[y]);
            (x, y, cosine, dice)
        })
        .collect();
    let extends =
        |cosine: f64, dice: f64| cosine >= params.extend_cosine && dice >= params.extend_dice;
    // Sentences with a counterpart somewhere in the other article.
    let (mut matched_a, mut matched_b) = (vec![false; sa.len()], vec![false; sb.len()]);
    for &(x, y, c, d) in &singles {
        if extends(c, d) {
            matched_a[x] = true;
            matched_b[y] = true;
        }
    }
    let mut groups: Vec<(Range<usize>, Range<usize>, f64, f64)> = singles
        .iter()
        .filter(|&&(_, _, c, d)| extends(c, d))
        .map(|&(x, y, c, d)| (x..x + 1, y..y + 1, c, d))
        .collect();
    // Merges: a sentence that says what two or three of the other side say.
    for &(x, y, cosine, _) in &singles {
        if cosine < params.extend_cosine / 2.0 {
            continue;
        }
        for (merged, one, flip) in [(a, b, false), (b, a, true)] {
            let (many, single) = if flip { (y, x) } else { (x, y) };
            let other = &terms.sentences[one.index][single];
            if let Some((range, c, d)) = best_merge(terms, merged, many, other, cosine, params) {
                let point = single..single + 1;
                groups.push(if flip {
                    (point, range, c, d)
                } else {
                    (range, point, c, d)
                });
            }
        }
    }
    groups.sort_by(|x, y| {
        y.2.total_cmp(&x.2).then(
            (x.0.start, x.1.start, x.0.end, x.1.end).cmp(&(y.0.start, y.1.start, y.0.end, y.1.end)),
        )
    });

    // One to one, best first: no sentence in two groups.
    let (mut used_a, mut used_b) = (vec![false; sa.len()], vec![false; sb.len()]);
    let mut taken: Vec<(SentencePair, bool)> = Vec::new();
    for (ra, rb, cosine, dice) in groups {
        if used_a[ra.clone()].iter().any(|&u| u) || used_b[rb.clone()].iter().any(|&u| u) {
            continue;
        }
        used_a[ra.clone()].fill(true);
        used_b[rb.clone()].fill(true);
        let seed = cosine >= params.seed_cosine && dice >= params.seed_dice;
        let phrases = kept_phrases(terms, (a, b), (&ra, &rb), params);
        taken.push((
            SentencePair {
                a: ra,
                b: rb,
                cosine,
                phrases,
            },
            seed,
        ));
    }
    taken.sort_by_key(|(p, _)| (p.a.start, p.b.start));

    // Runs down both articles: same order, small skips of about equal size;
    // sentences copied word for word are steps of the walk, not skips.
    let skipped = |side: &Side, r: Range<usize>| r.len() - side.copied_in(r).sentences;
    let mut runs: Vec<Vec<(SentencePair, bool)>> = Vec::new();
    for item in taken {
        let follows = runs.last().and_then(|r| r.last()).is_some_and(|(last, _)| {
            let p = &item.0;
            p.a.start >= last.a.end && p.b.start >= last.b.end && {
                let da = skipped(&a, last.a.end..p.a.start);
                let db = skipped(&b, last.b.end..p.b.start);
                da <= params.max_gap && db <= params.max_gap && da.abs_diff(db) <= 1
            }
        });
        match runs.last_mut() {
            Some(run) if follows => run.push(item),
            _ => runs.push(vec![item]),
        }
    }
    // Evidence over the whole pair: enough kept phrasing.
    let shorter = if terms.words[a.index] <= terms.words[b.index] {
        a
    } else {
        b
    };
    let established = established(terms, &shorter, &runs, params);
    let short = terms.words[shorter.index] <= params.short_words;
    let terms_of = |side: &Side, r: &Range<usize>| -> usize {
        terms.sentences[side.index][r.clone()]
            .iter()
            .map(Vec::len)
            .sum()
    };
    // A run without kept phrases must walk down both texts. Either densely:
    // its groups (and copied sentences) fill `walk_density` of the sentences
    // between its ends on each side. Or in order and strongly: of the
    // sentences between its ends that have a counterpart in the other
    // article, as many are in its groups, and `walk_seeds` of its groups are
    // seeds (a rewrite that adds and drops sentences skips only those; the
    // same facts told independently match weakly or out of order).
    let span_of = |run: &[(SentencePair, bool)]| {
        let (first, last) = (&run[0].0, &run[run.len() - 1].0);
        (first.a.start..last.a.end, first.b.start..last.b.end)
    };
    // Steps of a run on one side: its groups and the copied sentences in
    // its span.
    let steps =
        |side: &Side, span: Range<usize>, groups: usize| groups + side.copied_in(span).sentences;
    let dense = |run: &[(SentencePair, bool)]| {
        let (sa, sb) = span_of(run);
        let fill = |side: &Side, span: Range<usize>| {
            steps(side, span.clone(), run.len()) as f64 / span.len().max(1) as f64
        };
        fill(&a, sa).min(fill(&b, sb)) >= params.walk_density
    };
    let in_order = |run: &[(SentencePair, bool)]| {
        let (sa, sb) = span_of(run);
        // Sentences in the span with a counterpart somewhere, left out.
        let fill =
            |side: &Side, span: Range<usize>, matched: &[bool], grouped: &dyn Fn(usize) -> bool| {
                let done = steps(side, span.clone(), run.len());
                let left = span
                    .filter(|&s| matched[s] && !grouped(s) && !side.copied(s))
                    .count();
                done as f64 / (done + left) as f64
            };
        let in_a = |s: usize| run.iter().any(|(p, _)| p.a.contains(&s));
        let in_b = |s: usize| run.iter().any(|(p, _)| p.b.contains(&s));
        let order = fill(&a, sa, &matched_a, &in_a).min(fill(&b, sb, &matched_b, &in_b));
        let seeds = run.iter().filter(|(_, seed)| *seed).count() as f64 / run.len() as f64;
        order >= params.walk_density && seeds >= params.walk_seeds
    };
    // Nearly the same sentences: a lone pair, or a short run of strong ones.
    let strong = |run: &[(SentencePair, bool)]| match run {
        [(p, _)] => {
            p.cosine >= params.single_cosine
                && terms_of(&a, &p.a) >= params.single_terms
                && terms_of(&b, &p.b) >= params.single_terms
        }
        _ => {
            run.len() < params.min_run
                && dense(run)
                && run.iter().all(|(p, _)| p.cosine >= params.strong_cosine)
        }
    };
    // A long walk with seeds in it.
    let walk = |run: &[(SentencePair, bool)]| {
        run.len() >= params.min_run
            && (dense(run) || in_order(run))
            && run.iter().filter(|(_, seed)| *seed).count() >= 2
    };
    // Long walks need the pair to cover a good part of the article with
    // fewer sentences, by their groups or by its seeds in runs of two or
    // more (sentences copied word for word count): the same facts told in the
    // same order make a short walk and few seeds, a rewrite many.
    let fewer = if a.doc.sentences.len() <= b.doc.sentences.len() {
        a
    } else {
        b
    };
    let in_walks: usize = runs.iter().filter(|r| walk(r)).map(Vec::len).sum();
    let seeds = runs
        .iter()
        .filter(|r| r.len() >= 2)
        .flatten()
        .filter(|(_, seed)| *seed)
        .count();
    let walked = in_walks.max(seeds) + fewer.copied_in(0..fewer.doc.sentences.len()).sentences;
    let walks_cover = walked as f64 >= params.walk_coverage * fewer.doc.sentences.len() as f64;
    let carried = |run: &[(SentencePair, bool)]| {
        run.len() >= params.phrase_run
            && phrases_carry(terms, (a, b), run.iter().map(|(p, _)| p), params)
    };
    let stands =
        |run: &[(SentencePair, bool)]| strong(run) || carried(run) || (walks_cover && walk(run));
    // In an established pair a group may stand alone: every group when one
    // article is short, else a seed or a group that keeps a phrase.
    let alone =
        |(p, seed): &(SentencePair, bool)| established && (short || *seed || p.phrases.count > 0);
    let mut out: Vec<Vec<SentencePair>> = Vec::new();
    for run in runs {
        if stands(&run) {
            out.push(run.into_iter().map(|(p, _)| p).collect());
            continue;
        }
        // Keep the groups that stand alone, neighbours together.
        let mut piece: Vec<SentencePair> = Vec::new();
        for item in run {
            if alone(&item) {
                piece.push(item.0);
            } else if !piece.is_empty() {
                out.push(std::mem::take(&mut piece));
            }
        }
        if !piece.is_empty() {
            out.push(piece);
        }
    }
    out
}

/// The best merge around sentence `at` of side `merged` against the term set
/// `other` (one sentence of the other side): a window of two to `max_merge`
/// consecutive sentences holding `at`, each sharing `merge_terms` terms with
/// `other`, whose cosine beats `single` (the pair alone) by `merge_gain`.
fn best_merge(
    terms: &Terms,
    merged: Side,
    at: usize,
    other: &[u32],
    single: f64,
    params: &ParaphraseOptions,
) -> Option<(Range<usize>, f64, f64)> {
    let sentences = &terms.sentences[merged.index];
    // Which sentences around `at` may join a merge, each tested once.
    let reach = params.max_merge.saturating_sub(1);
    let first = at.saturating_sub(reach);
    let near: Vec<bool> = (first..(at + reach + 1).min(sentences.len()))
        .map(|s| {
            s == at
                || (!merged.shared(s) && shared_count(&sentences[s], other) >= params.merge_terms)
        })
        .collect();
    let joins = |s: usize| near[s - first];
    let mut best: Option<(Range<usize>, f64, f64)> = None;
    let mut union: Vec<u32> = Vec::with_capacity(64);
    for len in 2..=params.max_merge {
        for start in at.saturating_sub(len - 1)..=at {
            let range = start..start + len;
            if range.end > sentences.len() || !range.clone().all(joins) {
                continue;
            }
            union.clear();
            union.extend(sentences[range.clone()].iter().flatten());
            union.sort_unstable();
            union.dedup();
            let (cosine, dice) = terms.similarity(&union, other);
            let floor = best
                .as_ref()
                .map_or(single + params.merge_gain, |b| b.1 + params.merge_gain);
            if cosine >= floor && cosine >= params.extend_cosine && dice >= params.extend_dice {
                best = Some((range, cosine, dice));
            }
        }
    }
    best
}

/// Number of items two sorted, distinct lists share (one merge).
pub(crate) fn shared_count<T: Ord>(x: &[T], y: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Token range of a group of consecutive sentences.
fn token_range(doc: &Document, sentences: &Range<usize>) -> Range<usize> {
    doc.sentences[sentences.start].tokens.start..doc.sentences[sentences.end - 1].tokens.end
}

/// The phrases two sentence groups share word for word: maximal runs of at
/// least `phrase_words` equal words with `phrase_content` words of wording
/// (on side A), not inside quotation marks on either side. Cost
/// O((m + n) log n) for groups of m and n words, plus the runs' lengths.
fn kept_phrases(
    terms: &Terms,
    (a, b): (Side, Side),
    (ra, rb): (&Range<usize>, &Range<usize>),
    params: &ParaphraseOptions,
) -> Phrases {
    let (ta, tb) = (token_range(a.doc, ra), token_range(b.doc, rb));
    let (ka, kb) = (&a.doc.tokens[ta.clone()], &b.doc.tokens[tb.clone()]);
    let wording = &terms.wording[a.index][ta.clone()];
    let (qa, qb) = (&a.doc.quoted[ta.clone()], &b.doc.quoted[tb]);
    let shortest = params.short_phrase_words.min(params.phrase_words).max(1);
    let mut found = Phrases::default();
    if ka.len() < shortest || kb.len() < shortest {
        return found;
    }
    // B's words sorted by key: a run starts where two equal words follow
    // unequal ones (or a start), and is followed as long as words match.
    let mut by_key: Vec<(u64, u32)> = kb
        .iter()
        .enumerate()
        .map(|(j, t)| (t.key, j as u32))
        .collect();
    by_key.sort_unstable();
    for i in 0..=ka.len() - shortest {
        let key = ka[i].key;
        let first = by_key.partition_point(|x| x.0 < key);
        for &(_, j) in by_key[first..].iter().take_while(|x| x.0 == key) {
            let j = j as usize;
            if i > 0 && j > 0 && ka[i - 1].key == kb[j - 1].key {
                continue; // inside a run that started earlier
            }
            let len = ka[i..]
                .iter()
                .zip(&kb[j..])
                .take_while(|(x, y)| x.key == y.key)
                .count();
            if len < shortest {
                continue;
            }
            let (sa, sb) = (i..i + len, j..j + len);
            let content = wording[sa.clone()].iter().filter(|&&w| w).count();
            let quoted = |q: &[bool]| 2 * q.iter().filter(|&&q| q).count() > q.len();
            if content >= params.phrase_content && !quoted(&qa[sa]) && !quoted(&qb[sb]) {
                let long = len >= params.phrase_words;
                found += Phrases {
                    count: usize::from(long),
                    words_a: if long { len } else { 0 },
                    words_b: if long { len } else { 0 },
                    short_count: 1,
                    short_words: len,
                };
            }
        }
    }
    found
}

/// Whether the groups of a run carry enough kept phrases to stand on them:
/// `run_phrases` phrases, making up `run_phrase_share` of the run's words on
/// the side where they weigh more (the rewrite, usually shorter), and, since
/// a rewrite keeps its source's facts with its phrasing, as many shared
/// names as the run has groups: stock phrasing shared by stories of other
/// events carries none (numbers and weekdays recur across events).
fn phrases_carry<'p>(
    terms: &Terms,
    (a, b): (Side, Side),
    run: impl Iterator<Item = &'p SentencePair>,
    params: &ParaphraseOptions,
) -> bool {
    let (mut count, mut groups, mut names) = (0, 0, 0);
    // Per side: words kept in phrases, and words of the run.
    let (mut kept, mut words) = ([0usize; 2], [0usize; 2]);
    let mut span: Option<(Range<usize>, Range<usize>)> = None;
    for p in run {
        count += p.phrases.count;
        kept[0] += p.phrases.words_a;
        kept[1] += p.phrases.words_b;
        words[0] += token_range(a.doc, &p.a).len();
        words[1] += token_range(b.doc, &p.b).len();
        groups += 1;
        names += terms.shared_names((a.index, &p.a), (b.index, &p.b));
        span = Some(match span {
            None => (p.a.clone(), p.b.clone()),
            Some((sa, sb)) => (sa.start..p.a.end, sb.start..p.b.end),
        });
    }
    // Sentences copied word for word inside the run are kept phrasing too.
    if let Some((sa, sb)) = span {
        let mut copied = 0;
        for (k, (side, range)) in [(&a, sa), (&b, sb)].into_iter().enumerate() {
            let c = side.copied_in(range);
            kept[k] += c.phrase_words;
            words[k] += c.words;
            copied = copied.max(c.phrases);
        }
        count += copied;
    }
    let share = |k: usize| kept[k] as f64 / words[k].max(1) as f64;
    names >= groups
        && count >= params.run_phrases
        && share(0).max(share(1)) >= params.run_phrase_share
}

/// Share of article `mine`'s names (weighted by idf², as in the cosine, so
/// that the rare names of one event outweigh agencies and weekdays) that
/// article `theirs` carries; of all its terms if it names nothing. Names
/// tell one event from another: numbers, days and agencies recur across
/// events. Cost: a merge of the two sorted name lists.
pub fn name_share(terms: &Terms, mine: usize, theirs: usize) -> f64 {
    let ((mine, total), (theirs, _)) = (&terms.names[mine], &terms.names[theirs]);
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while i < mine.len() && j < theirs.len() {
        match mine[i].cmp(&theirs[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += terms.idf[mine[i] as usize].powi(2);
                i += 1;
                j += 1;
            }
        }
    }
    if *total > 0.0 {
        shared / total
    } else {
        0.0
    }
}

/// Whether a pair shows, over its whole length, that one article derives
/// from the other (the evidence of a brief, or of a rewrite that reorders):
/// the pair keeps `run_phrases` phrases, in its sentence groups or word for
/// word and outside quotes, that make up `run_phrase_share` of the shorter
/// article's words; in a short article (at most `short_words` words)
/// phrases of `short_phrase_words` count. An independent report of the same event carries the
/// facts but keeps no phrasing beyond a quote.
fn established(
    terms: &Terms,
    short: &Side,
    runs: &[Vec<(SentencePair, bool)>],
    params: &ParaphraseOptions,
) -> bool {
    let mut phrases = Phrases::default();
    for (p, _) in runs.iter().flatten() {
        phrases += p.phrases;
    }
    // A short article keeps shorter phrases.
    let (count, words) = if terms.words[short.index] <= params.short_words {
        (phrases.short_count, phrases.short_words)
    } else {
        (phrases.count, phrases.words_a)
    };
    // And the words it shares word for word, in sentences copied or not.
    let (copied, verbatim) = short.verbatim_phrases(0..short.doc.sentences.len());
    let kept = (words + verbatim) as f64 / terms.words[short.index].max(1) as f64;
    count + copied >= params.run_phrases && kept >= params.run_phrase_share
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
    fn a_brief_sentence_is_aligned_with_the_two_sentences_it_merges() {
        use crate::options::Options;
        let wire = "A former hospital porter was jailed for six years at Leeds Crown Court today for a series of thefts from elderly patients. \
                    Derek Hollins, 54, of Armley, took cash and jewellery from nine patients over two years, the court heard. \
                    The judge said he had betrayed people who trusted him.";
        let brief = "Hospital porter Derek Hollins, 54, was jailed for six years yesterday for stealing cash and jewellery from nine elderly patients.";
        let texts = [wire, brief];
        let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
        let terms = Terms::new(&docs, &texts);
        let params = Options::default().paraphrase;
        let candidates = terms.candidates(&params);
        let none = [Verbatim::default(); 3];
        let side = |i: usize| Side {
            doc: &docs[i],
            index: i,
            verbatim: &none[..docs[i].sentences.len()],
        };
        let runs = align(&terms, (side(0), side(1)), &candidates[&(0, 1)], &params);
        let groups: Vec<&SentencePair> = runs.iter().flatten().collect();
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!((groups[0].a.clone(), groups[0].b.clone()), (0..2, 0..1));
        // "was jailed for six years" and "cash and jewellery from nine" are
        // kept word for word.
        assert_eq!(groups[0].phrases.count, 2, "{:?}", groups[0].phrases);
    }

    #[test]
    fn a_shared_quote_is_not_a_kept_phrase() {
        use crate::options::Options;
        // Two reporters heard the same words; a rewriter keeps them unquoted.
        let heard = "The judge told Hollins that he had betrayed frail and frightened patients.";
        let quoted = "The judge told Hollins: \"You betrayed frail and frightened patients.\"";
        let kept = "Hollins, the judge said, betrayed frail and frightened patients.";
        let phrases = |x: &str, y: &str| {
            let texts = [x, y];
            let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
            let terms = Terms::new(&docs, &texts);
            let none = [Verbatim::default(); 1];
            let side = |i: usize| Side {
                doc: &docs[i],
                index: i,
                verbatim: &none,
            };
            let params = Options::default().paraphrase;
            kept_phrases(&terms, (side(0), side(1)), (&(0..1), &(0..1)), &params).short_count
        };
        assert_eq!(
            phrases(heard, kept),
            1,
            "\"betrayed frail and frightened patients\""
        );
        assert_eq!(
            phrases(quoted, kept),
            0,
            "inside quotation marks on one side"
        );
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
