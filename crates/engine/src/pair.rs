//! Comparison of one pair of articles: verbatim passages, then paraphrased
//! sentences in what the verbatim passages left, with the words of each side
//! they cover.
//!
//! Algorithm: exact runs and chains from [`crate::passages`], trimmed where
//! they take a word or two across a sentence boundary, less banal ones (a
//! lone run under eight words, a short passage of stock phrases, a short
//! passage between stories of different events); a word counts as verbatim
//! when it lies in an exact run or in a
//! small substitution (at most `small_edit` words on both sides) between two
//! runs. The paraphrase alignment ([`crate::paraphrase::align`]) then pairs
//! the sentences that are not at least half verbatim, counting the verbatim
//! ones as part of its walk and as kept phrases; its sentence groups cover
//! the rest. Cost: that of the two stages for this pair.

use crate::candidates::MatchPoint;
use crate::document::Document;
use crate::options::Options;
use crate::paraphrase::{align, SentencePair, Side, Terms, Verbatim};
use crate::passages::{anchors, chain, Chain};
use crate::report::{Mode, Passage, Segment};
use std::ops::Range;

/// How a word of one article is found in the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Cover {
    /// Not found.
    #[default]
    None,
    /// Reworded.
    Paraphrase,
    /// Word for word.
    Verbatim,
}

/// The analysis inputs shared by every pair.
pub struct Context<'a> {
    /// Prepared articles.
    pub docs: &'a [Document],
    /// Their texts.
    pub texts: &'a [&'a str],
    /// Their sentence terms.
    pub terms: &'a Terms,
    /// Tuning.
    pub options: &'a Options,
}

/// What one pair shares.
#[derive(Debug, Clone, Default)]
pub struct Finding {
    /// Per body token of A: how it is found in B.
    pub cover_a: Vec<Cover>,
    /// Per body token of B: how it is found in A.
    pub cover_b: Vec<Cover>,
    /// Verbatim and paraphrase passages, in order of position in A.
    pub passages: Vec<Passage>,
}

impl Finding {
    /// The same finding seen from the other article.
    pub fn swap_sides(&mut self) {
        std::mem::swap(&mut self.cover_a, &mut self.cover_b);
        for p in &mut self.passages {
            std::mem::swap(&mut p.a_start, &mut p.b_start);
            std::mem::swap(&mut p.a_end, &mut p.b_end);
            for s in &mut p.segments {
                std::mem::swap(&mut s.a_start, &mut s.b_start);
                std::mem::swap(&mut s.a_end, &mut s.b_end);
            }
        }
        self.passages.sort_by_key(|p| (p.a_start, p.b_start));
    }
}

/// Compares articles `i` and `j` given their n-gram match points and their
/// candidate sentence pairs; None when they share nothing.
pub fn compare(
    ctx: &Context,
    (i, j): (usize, usize),
    mut points: Vec<MatchPoint>,
    sentence_candidates: &[(u32, u32)],
) -> Option<Finding> {
    let (da, db) = (&ctx.docs[i], &ctx.docs[j]);
    let mut f = Finding {
        cover_a: vec![Cover::None; da.tokens.len()],
        cover_b: vec![Cover::None; db.tokens.len()],
        passages: Vec::new(),
    };
    let n = ctx.options.ngram as u32;
    let same_event = ctx.terms.same_event(i, j, &ctx.options.paraphrase);
    for mut c in chain(anchors(&mut points, n), ctx.options.max_gap) {
        trim_to_sentences(&mut c, da, db, ctx.options.dangling);
        if c.anchors.is_empty() || is_banal(&c, same_event, ctx.options) {
            continue;
        }
        let (words, edits) =
            mark_verbatim(&c, ctx.options.small_edit, &mut f.cover_a, &mut f.cover_b);
        let mut passage = verbatim_passage(&c, words, da, db);
        // Bytes of an edit: from the end of the run before to the start of the run after.
        passage.edits = edits
            .iter()
            .map(|(ga, gb)| {
                let gap = |doc: &Document, g: &Range<u32>| {
                    doc.tokens[g.start as usize - 1].end..doc.tokens[g.end as usize].start
                };
                Segment::new(gap(da, ga), gap(db, gb))
            })
            .collect();
        f.passages.push(passage);
    }

    // Stories of different events share stock phrasing, not rewording.
    if !sentence_candidates.is_empty() && same_event {
        paraphrase(ctx, (i, j), sentence_candidates, &mut f);
    }
    f.passages.sort_by_key(|p| (p.a_start, p.b_start));
    (!f.passages.is_empty()).then_some(f)
}

/// Adds the reworded passages of articles `i` and `j` to `f`, given what it
/// already shares word for word.
fn paraphrase(
    ctx: &Context,
    (i, j): (usize, usize),
    sentence_candidates: &[(u32, u32)],
    f: &mut Finding,
) {
    let (da, db) = (&ctx.docs[i], &ctx.docs[j]);
    let phrase = ctx.options.paraphrase.phrase_words;
    let (verbatim_a, verbatim_b) = (
        Verbatim::of_sentences(da, &f.cover_a, phrase),
        Verbatim::of_sentences(db, &f.cover_b, phrase),
    );
    let sides = (
        Side {
            doc: da,
            index: i,
            verbatim: &verbatim_a,
        },
        Side {
            doc: db,
            index: j,
            verbatim: &verbatim_b,
        },
    );
    for run in align(
        ctx.terms,
        sides,
        sentence_candidates,
        &ctx.options.paraphrase,
    ) {
        f.passages.push(paraphrase_passage(
            &run,
            da,
            db,
            &mut f.cover_a,
            &mut f.cover_b,
        ));
    }
}

/// Cuts a passage's ends where they take one or two words across a sentence
/// boundary ("…seriously hurt. The" when both next sentences start with
/// "The"): a word shared by chance, not copied.
fn trim_to_sentences(c: &mut Chain, da: &Document, db: &Document, dangling_words: usize) {
    let dangling = |doc: &Document, first: usize, end: usize, head: bool| -> usize {
        let cut = if head {
            let s = doc.sentence_of(first);
            doc.sentences[s].tokens.end.saturating_sub(first)
        } else {
            let s = doc.sentence_of(end - 1);
            end.saturating_sub(doc.sentences[s].tokens.start.max(first))
        };
        let crosses = doc.sentence_of(first) != doc.sentence_of(end - 1);
        if crosses && cut <= dangling_words {
            cut
        } else {
            0
        }
    };
    if let Some(x) = c.anchors.first_mut() {
        let (a, b, len) = (x.a as usize, x.b as usize, x.len as usize);
        let t = dangling(da, a, a + len, true).max(dangling(db, b, b + len, true));
        x.a += t as u32;
        x.b += t as u32;
        x.len -= t as u32;
    }
    if let Some(x) = c.anchors.last_mut() {
        let (a, b, len) = (x.a as usize, x.b as usize, x.len as usize);
        if len > 0 {
            let t = dangling(da, a, a + len, false).max(dangling(db, b, b + len, false));
            x.len -= t as u32;
        }
    }
    c.anchors.retain(|x| x.len > 0);
}

/// A lone run of fewer than `lone_run` words, or a short passage made only
/// of common n-grams, is chance, idiom or a stock phrase, not evidence; so
/// is any short passage between stories of different events (which share
/// few names): a background paragraph two stories reuse is long.
fn is_banal(c: &Chain, same_event: bool, options: &Options) -> bool {
    let short = c.matched() < options.stock_phrase;
    (c.anchors.len() == 1 && c.matched() < options.lone_run)
        || (short && (!same_event || c.anchors.iter().all(|x| x.common)))
}

/// A gap between two exact runs of a chain, as token ranges of A and B.
type TokenGap = (Range<u32>, Range<u32>);

/// Marks the words of a verbatim chain on both sides; returns the smaller
/// side's count of words it covers, and its *edits*: the gaps between two
/// exact runs that substitute at most `small_edit` words on both sides
/// (token ranges), which count as verbatim.
fn mark_verbatim(
    c: &Chain,
    small_edit: u32,
    cover_a: &mut [Cover],
    cover_b: &mut [Cover],
) -> (usize, Vec<TokenGap>) {
    let mut ranges: Vec<(Range<u32>, Range<u32>)> = c
        .anchors
        .iter()
        .map(|x| (x.a..x.a + x.len, x.b..x.b + x.len))
        .collect();
    let substitution = |r: &Range<u32>| (1..=small_edit).contains(&(r.end - r.start));
    let edits: Vec<TokenGap> = c
        .gaps()
        .filter(|(ga, gb)| substitution(ga) && substitution(gb))
        .collect();
    ranges.extend(edits.iter().cloned());
    let (mut words_a, mut words_b) = (0, 0);
    for (ra, rb) in ranges {
        cover_a[ra.start as usize..ra.end as usize].fill(Cover::Verbatim);
        cover_b[rb.start as usize..rb.end as usize].fill(Cover::Verbatim);
        words_a += ra.len();
        words_b += rb.len();
    }
    (words_a.min(words_b), edits)
}

fn verbatim_passage(c: &Chain, words: usize, da: &Document, db: &Document) -> Passage {
    let to = |r: Range<u32>| r.start as usize..r.end as usize;
    let (a, b) = (da.bytes(to(c.a_range())), db.bytes(to(c.b_range())));
    let longer = c.a_range().len().max(c.b_range().len());
    let segments = c
        .anchors
        .iter()
        .map(|x| {
            Segment::new(
                da.bytes(x.a as usize..(x.a + x.len) as usize),
                db.bytes(x.b as usize..(x.b + x.len) as usize),
            )
        })
        .collect();
    Passage {
        a_start: a.start,
        a_end: a.end,
        b_start: b.start,
        b_end: b.end,
        words,
        mode: Mode::Verbatim,
        similarity: f64::from(c.matched()) / longer as f64,
        segments,
        edits: Vec::new(),
    }
}

fn paraphrase_passage(
    run: &[SentencePair],
    da: &Document,
    db: &Document,
    cover_a: &mut [Cover],
    cover_b: &mut [Cover],
) -> Passage {
    let tokens = |doc: &Document, s: &std::ops::Range<usize>| {
        doc.sentences[s.start].tokens.start..doc.sentences[s.end - 1].tokens.end
    };
    let bytes = |doc: &Document, s: &std::ops::Range<usize>| {
        doc.sentences[s.start].bytes.start..doc.sentences[s.end - 1].bytes.end
    };
    let (mut words_a, mut words_b) = (0, 0);
    for p in run {
        for (cover, range, words) in [
            (&mut *cover_a, tokens(da, &p.a), &mut words_a),
            (&mut *cover_b, tokens(db, &p.b), &mut words_b),
        ] {
            for c in &mut cover[range] {
                if *c == Cover::None {
                    *c = Cover::Paraphrase;
                    *words += 1;
                }
            }
        }
    }
    let words = words_a.min(words_b);
    let (first, last) = (&run[0], &run[run.len() - 1]);
    let segments = run
        .iter()
        .map(|p| Segment::new(bytes(da, &p.a), bytes(db, &p.b)))
        .collect();
    Passage {
        a_start: bytes(da, &first.a).start,
        a_end: bytes(da, &last.a).end,
        b_start: bytes(db, &first.b).start,
        b_end: bytes(db, &last.b).end,
        words,
        mode: Mode::Paraphrase,
        similarity: run.iter().map(|p| p.cosine).sum::<f64>() / run.len() as f64,
        segments,
        edits: Vec::new(),
    }
}
