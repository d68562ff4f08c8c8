//! The originality guard: remembers the word n-grams of everything written
//! so far and rejects a new sentence that would repeat a run of words.
//!
//! Two memories: runs of [`EVENT_RUN`] words within the current event, which
//! a new sentence must never repeat, and runs of [`GLOBAL_RUN`] words across
//! the whole corpus, which writers avoid for the first few tries of each
//! sentence and then accept (templates make some collisions across many
//! events unavoidable, and rendering forever would be slow). Only original
//! writing (wire, independent, paraphrase and own sentences) is checked;
//! copies are not, since sharing is their point. Brief and merged sentences
//! are checked too, but may repeat runs of the source sentences they merge
//! ([`Guard::fresh_except`]), since keeping short phrases is part of them.
//!
//! Words are split at every non-alphanumeric character and lowercased: finer
//! than splitting at spaces, so a guarded run is at least as long in any
//! coarser tokenisation.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// Runs this long are avoided across the whole corpus when possible.
pub const GLOBAL_RUN: usize = 8;
/// Runs this long are never repeated within one event's original writing.
pub const EVENT_RUN: usize = 6;

/// Hashes of the words of `text`.
pub fn word_hashes(text: &str) -> Vec<u64> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for c in w.chars().flat_map(char::to_lowercase) {
                h ^= u64::from(c);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            h
        })
        .collect()
}

fn run_hash(words: &[u64]) -> u64 {
    words.iter().fold(0x9e37_79b9_7f4a_7c15_u64, |h, &w| {
        (h.rotate_left(7) ^ w).wrapping_mul(0x2545_f491_4f6c_dd1d)
    })
}

/// A hasher for values that are already hashes.
#[derive(Default)]
pub struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Set = HashSet<u64, BuildHasherDefault<Identity>>;

/// Runs of `n` words that end inside `new` (the previous words are `tail`).
fn runs(tail: &[u64], new: &[u64], n: usize) -> impl Iterator<Item = u64> {
    let keep = tail.len().min(n - 1);
    let mut all = tail[tail.len() - keep..].to_vec();
    all.extend_from_slice(new);
    let first_end = keep + 1; // a run must end at or after the first new word
    let ends: Vec<usize> = (first_end.max(n)..=all.len()).collect();
    ends.into_iter().map(move |e| run_hash(&all[e - n..e]))
}

/// The memory of what has been written.
#[derive(Default)]
pub struct Guard {
    global: Set,
    event: Set,
}

impl Guard {
    /// Forgets the current event's runs (the corpus-wide ones stay).
    pub fn new_event(&mut self) {
        self.event.clear();
    }

    /// Whether `new`, written after `tail`, repeats no run of the current
    /// event and, if `corpus` is set, no run of the whole corpus.
    pub fn fresh(&self, tail: &[u64], new: &[u64], corpus: bool) -> bool {
        runs(tail, new, EVENT_RUN).all(|h| !self.event.contains(&h))
            && (!corpus || runs(tail, new, GLOBAL_RUN).all(|h| !self.global.contains(&h)))
    }

    /// Like [`Guard::fresh`] for a sentence written on its own, except that
    /// runs also found in `source` are allowed: a brief or merged sentence
    /// may keep short phrases of the source sentences its truth span points
    /// at.
    pub fn fresh_except(&self, new: &[u64], corpus: bool, source: &[u64]) -> bool {
        let allowed = |n: usize| -> Set { runs(&[], source, n).collect() };
        let event_ok = allowed(EVENT_RUN);
        runs(&[], new, EVENT_RUN).all(|h| event_ok.contains(&h) || !self.event.contains(&h))
            && (!corpus || {
                let global_ok = allowed(GLOBAL_RUN);
                runs(&[], new, GLOBAL_RUN)
                    .all(|h| global_ok.contains(&h) || !self.global.contains(&h))
            })
    }

    /// Remembers `new`, written after `tail`.
    pub fn record(&mut self, tail: &[u64], new: &[u64]) {
        self.global.extend(runs(tail, new, GLOBAL_RUN));
        self.event.extend(runs(tail, new, EVENT_RUN));
    }
}

/// Whether two texts share a run of `n` words (same splitting as the guard).
pub fn shares_run(a: &str, b: &str, n: usize) -> bool {
    let (a, b) = (word_hashes(a), word_hashes(b));
    if a.len() < n || b.len() < n {
        return false;
    }
    let seen: Set = a.windows(n).map(run_hash).collect();
    b.windows(n).any(|w| seen.contains(&run_hash(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_rejects_repeated_runs_across_sentence_boundaries() {
        let mut g = Guard::default();
        let a = word_hashes("one two three four five six seven eight nine");
        g.record(&[], &a);
        assert!(!g.fresh(&[], &word_hashes("three four five six seven eight"), false));
        assert!(g.fresh(&[], &word_hashes("three four five six seven"), false));
        let tail = word_hashes("one two three four");
        assert!(!g.fresh(&tail, &word_hashes("five six"), false));
        g.new_event();
        assert!(g.fresh(&tail, &word_hashes("five six"), false));
        let eight = word_hashes("x two three four five six seven eight nine");
        assert!(g.fresh(&[], &eight, false));
        assert!(!g.fresh(&[], &eight, true));
    }

    #[test]
    fn fresh_except_allows_runs_of_the_source_only() {
        let mut g = Guard::default();
        let src = word_hashes("one two three four five six seven eight nine");
        g.record(&[], &src);
        g.record(&[], &word_hashes("alpha beta gamma delta epsilon zeta eta"));
        let kept = word_hashes("new words one two three four five six seven more");
        assert!(!g.fresh(&[], &kept, true));
        assert!(g.fresh_except(&kept, true, &src));
        let other = word_hashes("one two alpha beta gamma delta epsilon zeta");
        assert!(!g.fresh_except(&other, false, &src));
    }

    #[test]
    fn shares_run_splits_punctuation() {
        assert!(shares_run("a b, c d's e", "A B C D S", 5));
        assert!(!shares_run("a b c", "a b d", 3));
    }
}
