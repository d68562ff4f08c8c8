//! The analysis report: one serde-serializable, versioned result shared by
//! the CLI, the app and exports. Offsets are UTF-8 byte offsets into the
//! article text, half-open.

use serde::{Deserialize, Serialize};

/// The report format version.
pub const REPORT_VERSION: u32 = 1;

/// Everything the analysis found in one workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Format version; always [`REPORT_VERSION`].
    pub wiretrace: u32,
    /// One entry per article, in input order.
    pub articles: Vec<ArticleReport>,
    /// Every pair of articles that shares at least one passage, in input order
    /// of `a` then `b`; pairs that share nothing are left out.
    pub pairs: Vec<PairReport>,
}

/// What was found about one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleReport {
    /// The article's id.
    pub id: String,
    /// Number of word tokens in its text.
    pub words: usize,
    /// Share of its words found in at least one other article, in [0, 1].
    pub reused_share: f64,
    /// Publication time as given, if any.
    pub published: Option<String>,
}

/// The shared phrasing of two articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairReport {
    /// Id of the first article (earlier in input order).
    pub a: String,
    /// Id of the second article.
    pub b: String,
    /// Share of A's words found in B, in [0, 1].
    pub a_in_b: f64,
    /// Share of B's words found in A, in [0, 1].
    pub b_in_a: f64,
    /// Words the two share (the smaller of the two sides' counts).
    pub shared_words: usize,
    /// Words in the longest passage.
    pub longest_passage: usize,
    /// Every local shared passage, in order of position in A.
    pub passages: Vec<Passage>,
}

/// How a passage was reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Copied word for word, allowing small edits.
    Verbatim,
}

/// One local shared passage: a span of A and the span of B it matches.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// Byte offset where the passage starts in A.
    pub a_start: usize,
    /// Byte offset where it ends in A (exclusive).
    pub a_end: usize,
    /// Byte offset where it starts in B.
    pub b_start: usize,
    /// Byte offset where it ends in B (exclusive).
    pub b_end: usize,
    /// Words of A the passage covers: exact matches plus small substitutions.
    pub words: usize,
    /// How it was reused.
    pub mode: Mode,
    /// Exactly matching words over the longer side's words, in (0, 1].
    pub similarity: f64,
    /// The exact word-for-word runs inside the passage, in order; the text
    /// between two of them is an edit (substitution, insertion or deletion).
    pub segments: Vec<Segment>,
}

/// An exact run inside a passage, as byte spans in both articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Start in A.
    pub a_start: usize,
    /// End in A (exclusive).
    pub a_end: usize,
    /// Start in B.
    pub b_start: usize,
    /// End in B (exclusive).
    pub b_end: usize,
}

impl Report {
    /// The pair report for two article ids, in either order.
    pub fn pair(&self, x: &str, y: &str) -> Option<&PairReport> {
        self.pairs
            .iter()
            .find(|p| (p.a == x && p.b == y) || (p.a == y && p.b == x))
    }
}
