//! Verbatim passages: exact shared word runs (anchors) between two articles,
//! chained across small edits into local passages.
//!
//! Algorithm: match points (shared n-gram starts) are sorted by diagonal
//! (`b - a`) and position; points on one diagonal whose n-gram windows touch or
//! overlap form one maximal exact run, an *anchor*, of at least `n` words.
//! Anchors are then chained greedily in order of their position in the first
//! article: an anchor extends the open passage whose last anchor ends closest
//! before it in *both* articles, provided neither gap exceeds `max_gap` words.
//! So a substituted name or a dropped clause does not split a passage, while
//! passages themselves may come in any order (reordered paragraphs are
//! normal in real copy). Every local passage is kept, not only the best one.
//!
//! Cost: O(m log m) for m match points, plus O(k · w) for k anchors with at
//! most w passages open within `max_gap` of each other.
//!
//! Source: seed-and-extend as in BLAST and TextPAIR (word 3-grams, max gap 15),
//! with WCopyfind's "imperfections" idea for bridging.

use crate::candidates::MatchPoint;
use std::ops::Range;

/// An exact shared run: tokens `a..a+len` of one article equal `b..b+len` of the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Anchor {
    /// First token of the run in article A.
    pub a: u32,
    /// First token of the run in article B.
    pub b: u32,
    /// Length of the run in tokens.
    pub len: u32,
    /// Every n-gram of the run is common (see [`MatchPoint::common`]).
    pub common: bool,
}

impl Anchor {
    fn a_end(&self) -> u32 {
        self.a + self.len
    }
    fn b_end(&self) -> u32 {
        self.b + self.len
    }
}

/// A local passage: anchors in order in both articles, with small gaps between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chain {
    /// The exact runs, increasing and disjoint in both articles.
    pub anchors: Vec<Anchor>,
}

impl Chain {
    /// Token range the passage spans in article A.
    pub fn a_range(&self) -> Range<u32> {
        self.anchors[0].a..self.last().a_end()
    }
    /// Token range the passage spans in article B.
    pub fn b_range(&self) -> Range<u32> {
        self.anchors[0].b..self.last().b_end()
    }
    /// Words that match exactly.
    pub fn matched(&self) -> u32 {
        self.anchors.iter().map(|x| x.len).sum()
    }
    /// Gaps between consecutive anchors as (A range, B range) token ranges.
    pub fn gaps(&self) -> impl Iterator<Item = (Range<u32>, Range<u32>)> + '_ {
        self.anchors
            .windows(2)
            .map(|w| (w[0].a_end()..w[1].a, w[0].b_end()..w[1].b))
    }
    fn last(&self) -> &Anchor {
        self.anchors
            .last()
            .expect("a chain has at least one anchor")
    }
}

/// Maximal exact runs from the match points of n-grams of `n` words.
pub fn anchors(points: &mut [MatchPoint], n: u32) -> Vec<Anchor> {
    points.sort_unstable_by_key(|p| (i64::from(p.b) - i64::from(p.a), p.a));
    let mut out: Vec<Anchor> = Vec::new();
    let mut current: Option<Anchor> = None;
    for p in points.iter() {
        match current.as_mut() {
            // Same diagonal, window touching or overlapping the run so far:
            // the tokens in between are shared too (or belong to a banal
            // n-gram that the index dropped), so the run goes on.
            Some(run)
                if p.b as i64 - p.a as i64 == run.b as i64 - run.a as i64 && p.a <= run.a_end() =>
            {
                run.len = run.len.max(p.a + n - run.a);
                run.common &= p.common;
            }
            _ => {
                out.extend(current.take());
                current = Some(Anchor {
                    a: p.a,
                    b: p.b,
                    len: n,
                    common: p.common,
                });
            }
        }
    }
    out.extend(current);
    out
}

/// Chains anchors into local passages, bridging gaps of at most `max_gap`
/// words in each article.
pub fn chain(mut anchors: Vec<Anchor>, max_gap: u32) -> Vec<Chain> {
    anchors.sort_unstable();
    let mut open: Vec<Chain> = Vec::new();
    let mut done: Vec<Chain> = Vec::new();
    for anchor in anchors {
        // Passages that ended too far back in A can take no later anchor.
        let (stale, live): (Vec<Chain>, Vec<Chain>) = open
            .into_iter()
            .partition(|c| c.last().a_end() + max_gap < anchor.a);
        done.extend(stale);
        open = live;
        let best = open
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                fit(c.last(), &anchor, max_gap).map(|(gap, clipped)| (gap, i, clipped))
            })
            .min_by_key(|&(gap, i, _)| (gap, i));
        match best {
            Some((_, i, Some(clipped))) => open[i].anchors.push(clipped),
            Some((_, _, None)) => {} // wholly inside a passage already found
            None => open.push(Chain {
                anchors: vec![anchor],
            }),
        }
    }
    done.extend(open);
    done.sort_by_key(|c| (c.a_range().start, c.b_range().start));
    done
}

/// Whether `next` can follow `last` in one passage: returns the larger gap and
/// `next` clipped so that it does not overlap `last` (None if nothing is left).
fn fit(last: &Anchor, next: &Anchor, max_gap: u32) -> Option<(u32, Option<Anchor>)> {
    if next.a_end() <= last.a_end() && next.b_end() <= last.b_end() {
        // Contained in the run already taken (a repeated word shifted the diagonal).
        let inside = next.a >= last.a && next.b >= last.b;
        return inside.then_some((0, None));
    }
    if next.a_end() <= last.a_end() || next.b_end() <= last.b_end() {
        return None;
    }
    let overlap = last
        .a_end()
        .saturating_sub(next.a)
        .max(last.b_end().saturating_sub(next.b));
    if overlap >= next.len {
        return None;
    }
    let clipped = Anchor {
        a: next.a + overlap,
        b: next.b + overlap,
        len: next.len - overlap,
        ..*next
    };
    if clipped.a < last.a_end() || clipped.b < last.b_end() {
        return None;
    }
    let gap = (clipped.a - last.a_end()).max(clipped.b - last.b_end());
    (gap <= max_gap).then_some((gap, Some(clipped)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(list: &[(u32, u32)]) -> Vec<MatchPoint> {
        list.iter()
            .map(|&(a, b)| MatchPoint {
                a,
                b,
                common: false,
            })
            .collect()
    }

    #[test]
    fn consecutive_points_on_a_diagonal_make_one_run() {
        let mut p = points(&[(0, 5), (1, 6), (2, 7)]);
        assert_eq!(
            anchors(&mut p, 3),
            [Anchor {
                a: 0,
                b: 5,
                len: 5,
                common: false
            }]
        );
    }

    #[test]
    fn different_diagonals_make_different_runs() {
        let mut p = points(&[(0, 5), (10, 2)]);
        assert_eq!(anchors(&mut p, 3).len(), 2);
    }

    #[test]
    fn a_substituted_word_is_bridged() {
        // A: run 0..6, one word changed, run 7..13; B: the same with the word at 6.
        let x = Anchor {
            a: 0,
            b: 0,
            len: 6,
            common: false,
        };
        let y = Anchor {
            a: 7,
            b: 7,
            len: 6,
            common: false,
        };
        let chains = chain(vec![y, x], 3);
        assert_eq!(chains.len(), 1);
        assert_eq!(chains[0].a_range(), 0..13);
        assert_eq!(chains[0].matched(), 12);
    }

    #[test]
    fn a_gap_over_the_limit_splits_the_passage() {
        let x = Anchor {
            a: 0,
            b: 0,
            len: 6,
            common: false,
        };
        let y = Anchor {
            a: 20,
            b: 6,
            len: 6,
            common: false,
        };
        assert_eq!(chain(vec![x, y], 10).len(), 2);
    }

    #[test]
    fn reordered_paragraphs_stay_separate_passages() {
        // The second run comes first in B: no chain across, both kept.
        let x = Anchor {
            a: 0,
            b: 50,
            len: 8,
            common: false,
        };
        let y = Anchor {
            a: 10,
            b: 0,
            len: 8,
            common: false,
        };
        let chains = chain(vec![x, y], 15);
        assert_eq!(chains.len(), 2);
    }

    #[test]
    fn overlapping_runs_are_clipped_not_double_counted() {
        // A repeated word in B shifts the diagonal by one inside the passage.
        let x = Anchor {
            a: 0,
            b: 0,
            len: 6,
            common: false,
        };
        let y = Anchor {
            a: 4,
            b: 5,
            len: 6,
            common: false,
        };
        let chains = chain(vec![x, y], 3);
        assert_eq!(chains.len(), 1);
        assert_eq!(chains[0].a_range(), 0..10);
        assert_eq!(chains[0].b_range(), 0..11);
        assert_eq!(chains[0].matched(), 10);
    }
}
