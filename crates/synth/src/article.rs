//! Articles under construction and built: pieces (sentences, datelines,
//! headlines), their assembly into text with byte ranges, and the ground
//! truth spans that follow from where each piece came from.
//!
//! Text layout: pieces of one paragraph are joined by a space, paragraphs
//! by a blank line. A span is either a maximal run of pieces copied
//! unchanged from consecutive pieces of one source (with the same spacing in
//! between, so both ranges hold identical text, or text identical up to
//! whitespace when the source is laid out as an agency feed), or one piece
//! copied with edits, paraphrased, or merged from consecutive source
//! sentences (its source range runs from the first to the last of them).

use crate::message::Message;
use crate::template::Figure;
use crate::{Kind, SpanMode, TruthSpan};
use std::rc::Rc;

/// What a piece is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// "KESTREL BAY (AFP) –", at the start of the first paragraph.
    Dateline,
    /// A sentence of the story.
    Sentence,
    /// A headline line at the top of a derived article.
    Headline,
    /// A credit line at the end of a derived article.
    Tagline,
}

/// Where a copied piece comes from.
#[derive(Debug, Clone, Copy)]
pub struct Origin {
    /// Index of the source in the corpus being built.
    pub source: usize,
    /// Index of the piece in the source.
    pub piece: usize,
    /// Index of the last source piece it covers: `piece` itself, or a later
    /// one when the piece merges consecutive source sentences.
    pub last: usize,
    /// Copied (possibly with small edits) or paraphrased.
    pub mode: SpanMode,
    /// Whether the text is byte-identical to the source piece.
    pub exact: bool,
}

/// One message a piece states, with the figures its words give for it.
#[derive(Debug, Clone)]
pub struct Said {
    /// The message.
    pub msg: Rc<Message>,
    /// The figures the piece's text states for it, in text order.
    pub figures: Vec<Figure>,
}

/// One piece of text.
#[derive(Debug, Clone)]
pub struct Piece {
    /// The text, without surrounding spaces.
    pub text: String,
    /// The text with optional clauses dropped, when that differs.
    pub short: Option<String>,
    /// What it says, when it was rendered from a message.
    pub msg: Option<Rc<Message>>,
    /// Where it comes from, when copied.
    pub origin: Option<Origin>,
    /// What it is.
    pub role: Role,
    /// Every message the text states: the one it was rendered from, or for
    /// a sentence merging source sentences one per merged sentence, in
    /// their order; empty for datelines, headlines, taglines and lines
    /// rendered from no message.
    pub said: Vec<Said>,
    /// The figures `short` states (when `short` is set).
    pub short_figures: Vec<Figure>,
}

impl Piece {
    /// An original piece.
    pub fn own(text: String, role: Role) -> Piece {
        Piece {
            text,
            short: None,
            msg: None,
            origin: None,
            role,
            said: Vec::new(),
            short_figures: Vec::new(),
        }
    }

    /// An unchanged copy of piece `j` of `src` (the article at `src_idx`).
    pub fn copy(src: &Built, src_idx: usize, j: usize) -> Piece {
        let p = &src.pieces[j];
        Piece {
            text: p.text.clone(),
            short: p.short.clone(),
            msg: p.msg.clone(),
            origin: Some(Origin {
                source: src_idx,
                piece: j,
                last: j,
                mode: SpanMode::Verbatim,
                exact: true,
            }),
            role: p.role,
            said: p.said.clone(),
            short_figures: p.short_figures.clone(),
        }
    }

    /// Replaces the text by an edited one (no longer byte-identical to its
    /// source): the short form, or the text with a word or name swapped
    /// that holds no figure. Taking the short form takes its figures.
    pub fn set_text(&mut self, text: String) {
        if self.short.as_deref() == Some(text.as_str()) {
            if let [said] = self.said.as_mut_slice() {
                said.figures = std::mem::take(&mut self.short_figures);
            }
        }
        self.text = text;
        self.short = None;
        self.short_figures.clear();
        if let Some(o) = self.origin.as_mut() {
            o.exact = false;
        }
    }

    /// Number of whitespace-separated words.
    pub fn words(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

/// Paragraphs of pieces.
pub type Paras = Vec<Vec<Piece>>;

/// Number of whitespace-separated words in paragraphs.
pub fn words_in(paras: &Paras) -> usize {
    paras.iter().flatten().map(Piece::words).sum()
}

/// A finished article with everything derived articles and the truth need.
#[derive(Debug, Clone)]
pub struct Built {
    /// Article id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Publishing outlet.
    pub outlet: String,
    /// Minutes since 1970-01-01 UTC.
    pub published: i64,
    /// Kind.
    pub kind: Kind,
    /// Event index, if about one of the corpus's events.
    pub event: Option<usize>,
    /// Full text.
    pub text: String,
    /// Pieces in text order.
    pub pieces: Vec<Piece>,
    /// Byte range of each piece in `text`.
    pub ranges: Vec<(usize, usize)>,
    /// Paragraphs as indices into `pieces`.
    pub paras: Vec<Vec<usize>>,
    /// Whether `text` is laid out as an agency feed (header lines, hard
    /// wraps, indented paragraphs) rather than by [`Built::assemble`].
    pub wrapped: bool,
}

impl Built {
    /// Assembles paragraphs into a built article.
    pub fn assemble(
        id: String,
        title: String,
        outlet: String,
        published: i64,
        kind: Kind,
        event: Option<usize>,
        paras: Paras,
    ) -> Built {
        let mut text = String::new();
        let mut pieces = Vec::new();
        let mut ranges = Vec::new();
        let mut para_idx = Vec::new();
        for para in paras.into_iter().filter(|p| !p.is_empty()) {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let mut idx = Vec::new();
            for (k, piece) in para.into_iter().enumerate() {
                if k > 0 {
                    text.push(' ');
                }
                let start = text.len();
                text.push_str(&piece.text);
                ranges.push((start, text.len()));
                idx.push(pieces.len());
                pieces.push(piece);
            }
            para_idx.push(idx);
        }
        Built {
            id,
            title,
            outlet,
            published,
            kind,
            event,
            text,
            pieces,
            ranges,
            paras: para_idx,
            wrapped: false,
        }
    }

    /// The text between pieces `j` and `j + 1` as [`Built::assemble`] lays
    /// it out: a space within a paragraph, a blank line between paragraphs
    /// (whatever a feed layout made of it).
    pub fn plain_gap(&self, j: usize) -> &str {
        if !self.wrapped {
            return &self.text[self.ranges[j].1..self.ranges[j + 1].0];
        }
        if self
            .paras
            .iter()
            .any(|p| p.contains(&j) && p.contains(&(j + 1)))
        {
            " "
        } else {
            "\n\n"
        }
    }

    /// Paragraphs worth copying: those with a dateline or sentence.
    pub fn body_paras(&self) -> impl Iterator<Item = &Vec<usize>> + '_ {
        self.paras.iter().filter(|p| {
            p.iter()
                .any(|&j| matches!(self.pieces[j].role, Role::Sentence | Role::Dateline))
        })
    }

    /// Ground-truth spans and the ids of the direct sources, in order of first use.
    pub fn truth(&self, all: &[Built]) -> (Vec<TruthSpan>, Vec<String>) {
        let mut spans: Vec<TruthSpan> = Vec::new();
        let mut sources: Vec<String> = Vec::new();
        // (source index, last source piece, whether the open span is exact)
        let mut open: Option<(usize, usize, bool)> = None;
        for (k, piece) in self.pieces.iter().enumerate() {
            let Some(o) = piece.origin else {
                open = None;
                continue;
            };
            let src = &all[o.source];
            let (s0, s1) = (src.ranges[o.piece].0, src.ranges[o.last].1);
            let (t0, t1) = self.ranges[k];
            if !sources.contains(&src.id) {
                sources.push(src.id.clone());
            }
            if let (Some((os, oj, true)), true) = (open, o.exact) {
                if os == o.source && o.piece == oj + 1 {
                    let last = spans.last_mut().expect("open span exists");
                    let gap_t = &self.text[last.end..t0];
                    if gap_t == src.plain_gap(oj) {
                        last.end = t1;
                        last.source_end = s1;
                        open = Some((o.source, o.piece, true));
                        continue;
                    }
                }
            }
            spans.push(TruthSpan {
                start: t0,
                end: t1,
                source: src.id.clone(),
                source_start: s0,
                source_end: s1,
                mode: o.mode,
            });
            open = Some((o.source, o.last, o.exact));
        }
        (spans, sources)
    }
}
