//! Cuts an article's text into pieces for display: plain text, words shared
//! exactly with the other article, and edits inside a shared passage.
//!
//! Algorithm: every passage and exact-run boundary cuts the text; each piece
//! between two cuts takes the strongest mark that covers it (exact run over
//! passage over plain), and neighbours with the same mark are merged.
//! Cost: O(b · p) for b boundaries and p passages, small for one pair.

use std::ops::Range;
use wiretrace_engine::{PairReport, Passage};

/// How a piece of text is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Not shared.
    Plain,
    /// Word for word in the other article.
    Shared,
    /// Inside a shared passage but edited (substituted, inserted or dropped words).
    Edit,
}

impl Mark {
    /// CSS modifier class for the piece.
    pub fn class(self) -> &'static str {
        match self {
            Mark::Plain => "wt-text__plain",
            Mark::Shared => "wt-text__mark wt-text__mark--shared",
            Mark::Edit => "wt-text__mark wt-text__mark--edit",
        }
    }
}

/// A run of text with one mark; `passage` is the index of the passage it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Byte range in the article text.
    pub range: Range<usize>,
    /// How it is shown.
    pub mark: Mark,
    /// The passage (index into the pair's passages) for marked pieces.
    pub passage: Option<usize>,
}

/// Which article of a pair is being shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The pair's `a`.
    A,
    /// The pair's `b`.
    B,
}

/// The pieces of one side of a pair, for a text of `len` bytes.
pub fn pieces(len: usize, pair: Option<&PairReport>, side: Side) -> Vec<Piece> {
    let passages = pair.map_or(&[][..], |p| p.passages.as_slice());
    let span = |p: &Passage| match side {
        Side::A => p.a_start..p.a_end,
        Side::B => p.b_start..p.b_end,
    };
    let mut cuts = vec![0, len];
    for p in passages {
        let s = span(p);
        cuts.extend([s.start, s.end]);
        for seg in &p.segments {
            cuts.extend(match side {
                Side::A => [seg.a_start, seg.a_end],
                Side::B => [seg.b_start, seg.b_end],
            });
        }
    }
    cuts.sort_unstable();
    cuts.dedup();

    let mut out: Vec<Piece> = Vec::new();
    for w in cuts.windows(2) {
        let range = w[0]..w[1];
        let inside = |r: Range<usize>| r.start <= range.start && range.end <= r.end;
        let shared = passages.iter().position(|p| {
            p.segments.iter().any(|seg| {
                inside(match side {
                    Side::A => seg.a_start..seg.a_end,
                    Side::B => seg.b_start..seg.b_end,
                })
            })
        });
        let (mark, passage) = match shared {
            Some(i) => (Mark::Shared, Some(i)),
            None => match passages.iter().position(|p| inside(span(p))) {
                Some(i) => (Mark::Edit, Some(i)),
                None => (Mark::Plain, None),
            },
        };
        match out.last_mut() {
            Some(last) if last.mark == mark && last.passage == passage => {
                last.range.end = range.end
            }
            _ => out.push(Piece {
                range,
                mark,
                passage,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiretrace_engine::{analyze, Article};

    #[test]
    fn pieces_cover_the_text_and_mark_shared_runs_and_edits() {
        let a = "Intro words here. A drone targeted the logistical support headquarters of Hashed al-Shaabi, mainly pro-Iranian former paramilitary units said the official.";
        let b = "A drone targeted the logistical support headquarters of PMF, mainly pro-Iranian former paramilitary units said the official. Outro.";
        let report = analyze(&[
            Article {
                id: "a".into(),
                text: a.into(),
                ..Default::default()
            },
            Article {
                id: "b".into(),
                text: b.into(),
                ..Default::default()
            },
        ]);
        let pair = report.pair("a", "b");
        let pa = pieces(a.len(), pair, Side::A);
        let pb = pieces(b.len(), pair, Side::B);
        for (text, ps) in [(a, &pa), (b, &pb)] {
            assert_eq!(ps.first().unwrap().range.start, 0);
            assert_eq!(ps.last().unwrap().range.end, text.len());
            assert!(ps.windows(2).all(|w| w[0].range.end == w[1].range.start));
        }
        let text_of = |text: &'static str, ps: &[Piece], mark| -> Vec<&'static str> {
            ps.iter()
                .filter(|p| p.mark == mark)
                .map(|p| &text[p.range.clone()])
                .collect()
        };
        assert_eq!(text_of(a, &pa, Mark::Edit), [" Hashed al-Shaabi, "]);
        assert_eq!(text_of(b, &pb, Mark::Edit), [" PMF, "]);
        assert_eq!(
            text_of(b, &pb, Mark::Shared)[0],
            "A drone targeted the logistical support headquarters of"
        );
        assert_eq!(text_of(a, &pa, Mark::Plain), ["Intro words here. ", "."]);
    }

    #[test]
    fn no_pair_is_all_plain() {
        assert_eq!(
            pieces(5, None, Side::A),
            [Piece {
                range: 0..5,
                mark: Mark::Plain,
                passage: None
            }]
        );
    }
}
