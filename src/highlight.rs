//! Cuts an article's text into pieces for display. One cut serves every
//! view: each layer of marks adds its boundaries, every piece between two
//! boundaries takes the marks that cover it, and neighbours that look the
//! same are merged.
//!
//! - A pair ([`pieces`]): plain text, words shared word for word with the
//!   other article, reworded sentences, edits inside a verbatim passage, and
//!   boilerplate. Each marked piece carries a link (its passage and segment)
//!   so the view can show its counterpart on the other side. A piece takes
//!   the strongest mark that covers it (verbatim segment, then paraphrased
//!   sentence, then boilerplate, then an edit of a verbatim passage as the
//!   engine reports it, else plain: text between two runs that is not a
//!   small edit is not shared).
//! - One article by source ([`source_pieces`]): its labelled spans
//!   (verbatim, reworded, new, boilerplate), each piece linked to its span
//!   and so to the span's source.
//! - Both: the agency credits in the text ([`Credit`]); each piece knows the
//!   credit it lies in, and [`credit_runs`] groups the pieces of one credit
//!   so the view wraps them in one mark.
//!
//! Cost: O(b · s) for b boundaries and s passage segments of a pair, small
//! for one pair; O(b · (log s + c)) for an article's s spans and c credits.

use std::ops::Range;
use wiretrace_engine::credits::Credit;
use wiretrace_engine::report::{Boilerplate, Label, Mode, PairReport, Segment, Span};

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

/// A run of text with one mark. `L` is what a marked piece links to: a
/// pair's passage and segment ([`Link`]), or an article's span (its index).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<L = Link> {
    /// Byte range in the article text.
    pub range: Range<usize>,
    /// How it is shown.
    pub mark: Mark,
    /// What it belongs to, for marked pieces.
    pub link: Option<L>,
    /// The agency credit it lies in, as an index into the credits given.
    pub credit: Option<usize>,
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

/// The pieces of one side of a pair, for a text of `len` bytes with its
/// boilerplate and its agency credits.
pub fn pieces(
    len: usize,
    pair: Option<&PairReport>,
    side: Side,
    boilerplate: &[Boilerplate],
    credits: &[Credit],
) -> Vec<Piece> {
    let passages = pair.map_or(&[][..], |p| p.passages.as_slice());
    let mut bounds: Vec<usize> = passages
        .iter()
        .flat_map(|p| match side {
            Side::A => [p.a_start, p.a_end],
            Side::B => [p.b_start, p.b_end],
        })
        .collect();
    bounds.extend(
        passages
            .iter()
            .flat_map(|p| p.segments.iter().chain(&p.edits))
            .flat_map(|s| {
                let r = side.of(s);
                [r.start, r.end]
            }),
    );
    bounds.extend(boilerplate.iter().flat_map(|b| [b.start, b.end]));

    cut(len, bounds, credits, |range| {
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
        if let Some(link) = in_segment(Mode::Verbatim) {
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
        }
    })
}

/// The pieces of one article by source: each piece inside one of its
/// labelled `spans` (sorted by start, as the report gives them) links to
/// that span and is marked by its label (verbatim, reworded, boilerplate;
/// new material is plain, still linked so a view can pick out one source).
/// Text between spans (spaces, punctuation) is plain and unlinked.
pub fn source_pieces(len: usize, spans: &[Span], credits: &[Credit]) -> Vec<Piece<usize>> {
    let bounds = spans.iter().flat_map(|s| [s.start, s.end]);
    cut(len, bounds, credits, |range| {
        let after = spans.partition_point(|s| s.start <= range.start);
        let Some(i) = after.checked_sub(1).filter(|&i| range.end <= spans[i].end) else {
            return (Mark::Plain, None);
        };
        let mark = match spans[i].label {
            Label::Verbatim => Mark::Verbatim,
            Label::Paraphrase => Mark::Paraphrase,
            Label::New => Mark::Plain,
            Label::Boilerplate => Mark::Boilerplate,
        };
        (mark, Some(i))
    })
}

/// The one cut: every boundary in `bounds` and every credit's ends cut the
/// text of `len` bytes (boundaries past its end are dropped); each piece
/// takes the mark and link `classify` gives its range and the first credit
/// that covers it; neighbours equal in all three are merged.
fn cut<L: Copy + PartialEq>(
    len: usize,
    bounds: impl IntoIterator<Item = usize>,
    credits: &[Credit],
    classify: impl Fn(&Range<usize>) -> (Mark, Option<L>),
) -> Vec<Piece<L>> {
    let mut cuts = vec![0, len];
    cuts.extend(bounds);
    cuts.extend(credits.iter().flat_map(|c| [c.start, c.end]));
    cuts.retain(|&c| c <= len);
    cuts.sort_unstable();
    cuts.dedup();

    let mut out: Vec<Piece<L>> = Vec::new();
    for w in cuts.windows(2) {
        let range = w[0]..w[1];
        let (mark, link) = classify(&range);
        let credit = credits
            .iter()
            .position(|c| c.start <= range.start && range.end <= c.end);
        match out.last_mut() {
            Some(last) if last.mark == mark && last.link == link && last.credit == credit => {
                last.range.end = range.end
            }
            _ => out.push(Piece {
                range,
                mark,
                link,
                credit,
            }),
        }
    }
    out
}

/// The pieces grouped by credit: consecutive pieces in the same credit form
/// one run (`Some(credit)`), the others runs of their own (`None`). Each run
/// is a range of indices into `pieces`, in order, covering them all.
pub fn credit_runs<L>(pieces: &[Piece<L>]) -> Vec<(Option<usize>, Range<usize>)> {
    let mut out: Vec<(Option<usize>, Range<usize>)> = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        match out.last_mut() {
            Some((credit, run)) if credit.is_some() && *credit == piece.credit => run.end = i + 1,
            _ => out.push((piece.credit, i..i + 1)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiretrace_engine::credits::CreditKind;
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

    fn text_of<L>(text: &str, ps: &[Piece<L>], mark: Mark) -> Vec<String> {
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
        let pa = pieces(a.len(), pair, Side::A, &report.articles[0].boilerplate, &[]);
        let pb = pieces(b.len(), pair, Side::B, &report.articles[1].boilerplate, &[]);
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
        let pa = pieces(a.len(), report.pair("a", "b"), Side::A, &[], &[]);
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
            pieces(5, None, Side::A, &[], &[]),
            [Piece {
                range: 0..5,
                mark: Mark::Plain,
                link: None,
                credit: None,
            }]
        );
    }

    fn credit(agency: &str, kind: CreditKind, text: &str, evidence: &str) -> Credit {
        let start = text.find(evidence).unwrap();
        Credit {
            agency: agency.into(),
            kind,
            start,
            end: start + evidence.len(),
        }
    }

    /// Pieces cover the text, end to end, with no gap.
    fn assert_cover<L>(text: &str, ps: &[Piece<L>]) {
        assert_eq!(ps.first().unwrap().range.start, 0);
        assert_eq!(ps.last().unwrap().range.end, text.len());
        assert!(ps.windows(2).all(|w| w[0].range.end == w[1].range.start));
    }

    #[test]
    fn a_credit_inside_a_shared_passage_cuts_it_and_groups_its_pieces() {
        let a = "BAGHDAD (AFP) - A drone targeted the logistical support headquarters of Hashed al-Shaabi, mainly pro-Iranian former paramilitary units, said an official who told AFP about it.";
        let b = "A drone targeted the logistical support headquarters of Hashed al-Shaabi, mainly pro-Iranian former paramilitary units, said an official who told AFP about it. Outro words.";
        let report = analyze_pair(a, b);
        let credits = [
            credit("AFP", CreditKind::Dateline, a, "BAGHDAD (AFP) -"),
            credit("AFP", CreditKind::InText, a, "told AFP"),
        ];
        let ps = pieces(a.len(), report.pair("a", "b"), Side::A, &[], &credits);
        assert_cover(a, &ps);
        let in_credit = |k: usize| -> String {
            ps.iter()
                .filter(|p| p.credit == Some(k))
                .map(|p| &a[p.range.clone()])
                .collect()
        };
        assert_eq!(in_credit(0), "BAGHDAD (AFP) -");
        assert_eq!(in_credit(1), "told AFP");
        // The in-text credit lies inside the verbatim passage: it is marked
        // verbatim and as a credit, and the passage around it stays verbatim.
        let told = ps.iter().find(|p| p.credit == Some(1)).unwrap();
        assert_eq!(told.mark, Mark::Verbatim);
        let runs = credit_runs(&ps);
        let credited: Vec<String> = runs
            .iter()
            .filter(|(c, _)| c.is_some())
            .map(|(_, r)| ps[r.clone()].iter().map(|p| &a[p.range.clone()]).collect())
            .collect();
        assert_eq!(credited, ["BAGHDAD (AFP) -", "told AFP"]);
        assert_eq!(runs.first().unwrap().1.start, 0);
        assert_eq!(runs.last().unwrap().1.end, ps.len());
        assert!(runs.windows(2).all(|w| w[0].1.end == w[1].1.start));
    }

    #[test]
    fn a_credit_across_two_marks_is_one_run_of_several_pieces() {
        let text = "Plain start. Copied words here. (Photo: AFP) end";
        let spans = [
            Span {
                start: 0,
                end: 12,
                label: Label::New,
                source: Some("own".into()),
            },
            Span {
                start: 13,
                end: 31,
                label: Label::Verbatim,
                source: Some("wire:AFP".into()),
            },
        ];
        // A credit that starts inside the verbatim span and ends after it.
        let photo = credit("AFP", CreditKind::Photo, text, "here. (Photo: AFP)");
        let ps = source_pieces(text.len(), &spans, &[photo]);
        assert_cover(text, &ps);
        let runs = credit_runs(&ps);
        let (_, run) = runs.iter().find(|(c, _)| *c == Some(0)).unwrap();
        assert!(
            run.len() >= 2,
            "the credit spans a verbatim and a plain piece"
        );
        let joined: String = ps[run.clone()]
            .iter()
            .map(|p| &text[p.range.clone()])
            .collect();
        assert_eq!(joined, "here. (Photo: AFP)");
    }

    #[test]
    fn source_pieces_link_each_span_and_leave_the_gaps_plain() {
        let text = "Own words. Wire words, reworded. Clutter";
        let span = |start: usize, end: usize, label: Label, source: Option<&str>| Span {
            start,
            end,
            label,
            source: source.map(str::to_owned),
        };
        let spans = [
            span(0, 9, Label::New, Some("own")),
            span(11, 21, Label::Verbatim, Some("wire:AFP")),
            span(23, 31, Label::Paraphrase, Some("wire:AFP")),
            span(33, 40, Label::Boilerplate, None),
        ];
        let ps = source_pieces(text.len(), &spans, &[]);
        assert_cover(text, &ps);
        let linked: Vec<(&str, Mark, Option<usize>)> = ps
            .iter()
            .map(|p| (&text[p.range.clone()], p.mark, p.link))
            .collect();
        assert_eq!(
            linked,
            [
                ("Own words", Mark::Plain, Some(0)),
                (". ", Mark::Plain, None),
                ("Wire words", Mark::Verbatim, Some(1)),
                (", ", Mark::Plain, None),
                ("reworded", Mark::Paraphrase, Some(2)),
                (". ", Mark::Plain, None),
                ("Clutter", Mark::Boilerplate, Some(3)),
            ]
        );
    }

    #[test]
    fn source_pieces_of_a_real_report_follow_its_spans() {
        let a = "A drone targeted the logistical support headquarters of Hashed al-Shaabi, mainly pro-Iranian former paramilitary units, the official said on Thursday.";
        let b = "Officials said a drone targeted the logistical support headquarters of PMF, mainly pro-Iranian former paramilitary units, the official said on Thursday. They added more.";
        let report = analyze_pair(a, b);
        for (text, article) in [(a, &report.articles[0]), (b, &report.articles[1])] {
            let ps = source_pieces(text.len(), &article.spans, &article.credits);
            assert_cover(text, &ps);
            for p in &ps {
                if let Some(i) = p.link {
                    let s = &article.spans[i];
                    assert!(s.start <= p.range.start && p.range.end <= s.end);
                }
            }
        }
    }

    #[test]
    fn a_credit_past_the_end_of_the_text_cuts_nothing_past_it() {
        let c = Credit {
            agency: "AFP".into(),
            kind: CreditKind::Copyright,
            start: 3,
            end: 50,
        };
        let ps = pieces(5, None, Side::A, &[], &[c]);
        assert_eq!(
            ps.iter().map(|p| p.range.clone()).collect::<Vec<_>>(),
            [0..3, 3..5]
        );
        assert_eq!(ps[1].credit, Some(0));
    }
}
