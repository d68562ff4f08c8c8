//! Cuts an article's text into pieces for display: plain text, words shared
//! word for word with the other article, reworded sentences, edits inside a
//! verbatim passage, and boilerplate. Each marked piece carries a link (its
//! passage and segment) so the view can show its counterpart on the other side.
//!
//! Algorithm: every passage, segment and boilerplate boundary cuts the text;
//! each piece between two cuts takes the strongest mark that covers it
//! (verbatim segment, then paraphrased sentence, then boilerplate, then an
//! edit of a verbatim passage as the engine reports it, else plain: text
//! between two runs that is not a small edit is not shared), and neighbours with the
//! same mark and link are merged. Cost: O(b · s) for b boundaries and s
//! segments, small for one pair.

use std::ops::Range;
use wiretrace_engine::report::{Boilerplate, Mode, PairReport, Segment};

/// How a piece of text is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Not shared.
    Plain,
    /// Word for word in the other article.
    Verbatim,
    /// Reworded in the other article.
    Paraphrase,
    /// A small edit inside a verbatim passage (the engine's `Passage::edits`:
    /// a renamed organisation, a changed word), counted as shared.
    Edit,
    /// Page clutter, left out of the scores.
    Boilerplate,
}

impl Mark {
    /// CSS classes for the piece.
    pub fn class(self) -> &'static str {
        match self {
            Mark::Plain => "wt-text__plain",
            Mark::Verbatim => "wt-text__mark wt-text__mark--verbatim",
            Mark::Paraphrase => "wt-text__mark wt-text__mark--paraphrase",
            Mark::Edit => "wt-text__mark wt-text__mark--edit",
            Mark::Boilerplate => "wt-text__boilerplate",
        }
    }
}

/// Where a marked piece belongs: its passage, and its segment within it
/// (None for the edits between segments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    /// Index of the passage in the pair's passages.
    pub passage: usize,
    /// Index of the segment in the passage.
    pub segment: Option<usize>,
}

impl Link {
    /// The key both sides share, for the `data-link` attribute.
    pub fn key(self) -> String {
        match self.segment {
            Some(s) => format!("p{}-s{}", self.passage, s),
            None => format!("p{}", self.passage),
        }
    }
}

/// A run of text with one mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Byte range in the article text.
    pub range: Range<usize>,
    /// How it is shown.
    pub mark: Mark,
    /// Its passage and segment, for shared pieces.
    pub link: Option<Link>,
}

/// Which article of a pair is being shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The pair's `a`.
    A,
    /// The pair's `b`.
    B,
}

impl Side {
    fn of(self, s: &Segment) -> Range<usize> {
        match self {
            Side::A => s.a_start..s.a_end,
            Side::B => s.b_start..s.b_end,
        }
    }
}

/// The pieces of one side of a pair, for a text of `len` bytes with its boilerplate.
pub fn pieces(
    len: usize,
    pair: Option<&PairReport>,
    side: Side,
    boilerplate: &[Boilerplate],
) -> Vec<Piece> {
    let passages = pair.map_or(&[][..], |p| p.passages.as_slice());
    let spans: Vec<Range<usize>> = passages
        .iter()
        .map(|p| match side {
            Side::A => p.a_start..p.a_end,
            Side::B => p.b_start..p.b_end,
        })
        .collect();
    let mut cuts = vec![0, len];
    cuts.extend(spans.iter().flat_map(|s| [s.start, s.end]));
    cuts.extend(passages.iter().flat_map(|p| &p.segments).flat_map(|s| {
        let r = side.of(s);
        [r.start, r.end]
    }));
    cuts.extend(passages.iter().flat_map(|p| &p.edits).flat_map(|s| {
        let r = side.of(s);
        [r.start, r.end]
    }));
    cuts.extend(boilerplate.iter().flat_map(|b| [b.start, b.end]));
    cuts.retain(|&c| c <= len);
    cuts.sort_unstable();
    cuts.dedup();

    let mut out: Vec<Piece> = Vec::new();
    for w in cuts.windows(2) {
        let range = w[0]..w[1];
        let inside = |r: &Range<usize>| r.start <= range.start && range.end <= r.end;
        let in_segment = |mode: Mode| {
            passages
                .iter()
                .enumerate()
                .filter(|(_, p)| p.mode == mode)
                .find_map(|(i, p)| {
                    let s = p.segments.iter().position(|s| inside(&side.of(s)))?;
                    Some(Link {
                        passage: i,
                        segment: Some(s),
                    })
                })
        };
        let (mark, link) = if let Some(link) = in_segment(Mode::Verbatim) {
            (Mark::Verbatim, Some(link))
        } else if let Some(link) = in_segment(Mode::Paraphrase) {
            (Mark::Paraphrase, Some(link))
        } else if boilerplate.iter().any(|b| inside(&(b.start..b.end))) {
            (Mark::Boilerplate, None)
        } else if let Some(i) =
            (0..passages.len()).find(|&i| passages[i].edits.iter().any(|e| inside(&side.of(e))))
        {
            (
                Mark::Edit,
                Some(Link {
                    passage: i,
                    segment: None,
                }),
            )
        } else {
            (Mark::Plain, None)
        };
        match out.last_mut() {
            Some(last) if last.mark == mark && last.link == link => last.range.end = range.end,
            _ => out.push(Piece { range, mark, link }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiretrace_engine::{analyze, Article};

    /// The report on two texts, with ids "a" and "b".
    fn analyze_pair(a: &str, b: &str) -> wiretrace_engine::Report {
        let article = |id: &str, text: &str| Article {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        };
        analyze(&[article("a", a), article("b", b)])
    }

    fn text_of(text: &str, ps: &[Piece], mark: Mark) -> Vec<String> {
        ps.iter()
            .filter(|p| p.mark == mark)
            .map(|p| text[p.range.clone()].to_owned())
            .collect()
    }

    #[test]
    fn pieces_cover_the_text_and_mark_shared_runs_edits_and_clutter() {
        let a = "Intro words here. A drone targeted the logistical support headquarters of Hashed al-Shaabi, mainly pro-Iranian former paramilitary units said the official.\nRelated Articles";
        let b = "A drone targeted the logistical support headquarters of PMF, mainly pro-Iranian former paramilitary units said the official. Outro.";
        let report = analyze_pair(a, b);
        let pair = report.pair("a", "b");
        let pa = pieces(a.len(), pair, Side::A, &report.articles[0].boilerplate);
        let pb = pieces(b.len(), pair, Side::B, &report.articles[1].boilerplate);
        for (text, ps) in [(a, &pa), (b, &pb)] {
            assert_eq!(ps.first().unwrap().range.start, 0);
            assert_eq!(ps.last().unwrap().range.end, text.len());
            assert!(ps.windows(2).all(|w| w[0].range.end == w[1].range.start));
        }
        assert_eq!(text_of(a, &pa, Mark::Edit), [" Hashed al-Shaabi, "]);
        assert_eq!(text_of(b, &pb, Mark::Edit), [" PMF, "]);
        assert_eq!(
            text_of(b, &pb, Mark::Verbatim)[0],
            "A drone targeted the logistical support headquarters of"
        );
        assert_eq!(text_of(a, &pa, Mark::Boilerplate), ["Related Articles"]);
        assert_eq!(text_of(a, &pa, Mark::Plain), ["Intro words here. ", ".\n"]);
        // Both sides name the same segment, so the view can link them.
        let first_link = |ps: &[Piece]| ps.iter().find(|p| p.mark == Mark::Verbatim).unwrap().link;
        assert_eq!(first_link(&pa), first_link(&pb));
    }

    #[test]
    fn reworded_sentences_are_paraphrase_and_the_text_between_them_plain() {
        let a = "Two individuals were reportedly killed and seven injured in the drone strike near the base, officials said. The weather was warm. Rescue teams from three provinces reached the burning depot before dawn on Friday morning. Investigators from the ministry examined the wreckage of the aircraft for several hours. The minister promised compensation to the families of all victims within one month. Parliament will debate the incident in an emergency session next week.";
        let b = "Officials said two people were killed and seven others injured in the drone attack close to the base. Before dawn on Friday, rescue crews from three provinces got to the depot, which was on fire. Ministry investigators spent several hours examining the aircraft wreckage. Compensation for the families of every victim within a month was promised by the minister. An emergency session of parliament next week will debate the incident.";
        let report = analyze_pair(a, b);
        let pa = pieces(a.len(), report.pair("a", "b"), Side::A, &[]);
        let para = text_of(a, &pa, Mark::Paraphrase);
        assert!(
            para.iter().any(|p| p.starts_with("Two individuals")),
            "{para:?}"
        );
        assert!(text_of(a, &pa, Mark::Plain)
            .iter()
            .any(|p| p.contains("The weather was warm.")));
    }

    #[test]
    fn no_pair_is_all_plain() {
        assert_eq!(
            pieces(5, None, Side::A, &[]),
            [Piece {
                range: 0..5,
                mark: Mark::Plain,
                link: None
            }]
        );
    }
}
