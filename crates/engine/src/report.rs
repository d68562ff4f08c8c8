//! The analysis report: one serde-serializable, versioned result shared by
//! the CLI, the app and exports. Offsets are UTF-8 byte offsets into the
//! article text, half-open. Field names are stable; new fields may be added.

use crate::boilerplate::Clutter;
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
    /// Text reused across articles, grouped: one cluster per reused piece.
    pub clusters: Vec<Cluster>,
}

/// How much of an article derives from the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Essentially its source's content (content share ≥ 0.75).
    WhollyDerived,
    /// A source is one of its materials (content share ≥ 0.15).
    PartiallyDerived,
    /// No reuse beyond banal phrases.
    Independent,
}

impl Verdict {
    /// The verdict in words, as the CLI and the app show it.
    ///
    /// ```
    /// assert_eq!(wiretrace_engine::report::Verdict::WhollyDerived.label(), "wholly derived");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Verdict::WhollyDerived => "wholly derived",
            Verdict::PartiallyDerived => "partially derived",
            Verdict::Independent => "independent",
        }
    }
}

/// A share as people read it: a whole percentage, "<1%" for a share that is
/// not zero but rounds to it, "0%" for none. The one format of the CLI and
/// the app.
///
/// ```
/// use wiretrace_engine::report::percent;
/// assert_eq!(percent(0.4567), "46%");
/// assert_eq!(percent(0.004), "<1%");
/// assert_eq!(percent(0.0), "0%");
/// ```
pub fn percent(share: f64) -> String {
    match share {
        s if s <= 0.0 => "0%".to_owned(),
        s if s < 0.01 => "<1%".to_owned(),
        s => format!("{:.0}%", s * 100.0),
    }
}

/// What was found about one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleReport {
    /// The article's id.
    pub id: String,
    /// Words of body text (boilerplate excluded).
    pub words: usize,
    /// Share of the body found in a possible source: `verbatim_share + paraphrase_share`.
    pub derived_share: f64,
    /// Share of the body found word for word (small edits allowed).
    pub verbatim_share: f64,
    /// Share of the body found reworded.
    pub paraphrase_share: f64,
    /// Share of the body in sentences at least half found in a source: where
    /// the content came from, however reworded (see [`crate::scores`]).
    pub content_share: f64,
    /// Verdict from `content_share`.
    pub verdict: Verdict,
    /// Articles it may derive from, largest share first (at least 5%).
    pub sources: Vec<Source>,
    /// The body cut into labelled spans (verbatim, paraphrase, new), and the boilerplate.
    pub spans: Vec<Span>,
    /// Paragraphs left out as page clutter.
    pub boilerplate: Vec<Boilerplate>,
    /// Publication time as given, if any.
    pub published: Option<String>,
    /// Where the time came from: `given` (and readable) or `unknown`.
    pub published_from: PublishedFrom,
}

/// Where a publication time came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PublishedFrom {
    /// Given with the article and readable as a time.
    Given,
    /// Not given, or not readable.
    Unknown,
}

/// A possible source of an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The source article's id.
    pub source: String,
    /// Share of this article's body found in it.
    pub share: f64,
    /// Verbatim, paraphrase, or mixed (both at least a fifth).
    pub mode: SourceMode,
}

/// How an article used a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceMode {
    /// Mostly word for word.
    Verbatim,
    /// Mostly reworded.
    Paraphrase,
    /// Both.
    Mixed,
}

impl SourceMode {
    /// The mode of `verbatim` and `paraphrase` words taken: one of them
    /// alone if the other is under a fifth, else mixed.
    pub fn of(verbatim: usize, paraphrase: usize) -> SourceMode {
        let all = verbatim + paraphrase;
        if 5 * paraphrase < all {
            SourceMode::Verbatim
        } else if 5 * verbatim < all {
            SourceMode::Paraphrase
        } else {
            SourceMode::Mixed
        }
    }
}

/// What a span of an article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Label {
    /// Found word for word in a possible source.
    Verbatim,
    /// Found reworded in a possible source.
    Paraphrase,
    /// Not found in any possible source.
    New,
    /// Page clutter, not scored.
    Boilerplate,
}

/// A labelled span of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// What it is.
    pub label: Label,
}

/// A paragraph left out as clutter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// What kind of clutter.
    pub kind: Clutter,
}

/// The shared phrasing of two articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairReport {
    /// Id of the first article (earlier in input order).
    pub a: String,
    /// Id of the second article.
    pub b: String,
    /// Share of A's body found in B, in [0, 1]: `a_in_b_verbatim + a_in_b_paraphrase`.
    pub a_in_b: f64,
    /// Share of B's body found in A, in [0, 1].
    pub b_in_a: f64,
    /// Share of A's body found in B word for word.
    pub a_in_b_verbatim: f64,
    /// Share of A's body found in B reworded.
    pub a_in_b_paraphrase: f64,
    /// Share of B's body found in A word for word.
    pub b_in_a_verbatim: f64,
    /// Share of B's body found in A reworded.
    pub b_in_a_paraphrase: f64,
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
    /// Reworded sentence by sentence.
    Paraphrase,
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
    /// Words the passage covers (the smaller of its two sides' counts; for a
    /// paraphrase, words not already in a verbatim passage).
    pub words: usize,
    /// How it was reused.
    pub mode: Mode,
    /// Verbatim: exactly matching words over the longer side's words.
    /// Paraphrase: mean tf-idf cosine of its sentence pairs. In (0, 1].
    pub similarity: f64,
    /// The matched pieces inside the passage, in order: for verbatim, the
    /// exact runs (text between two of them is an edit); for paraphrase, each
    /// group of sentences that say the same thing (one sentence each, or
    /// one for two or three of the other side: a merge or a split).
    pub segments: Vec<Segment>,
    /// Verbatim only: the *edits*, small substitutions between two exact
    /// runs (at most `Options::small_edit` words on both sides, such as a
    /// renamed organisation), as the bytes between the two runs. Their words
    /// count as verbatim. Other text between two runs is not shared. This is
    /// the one definition of "edited" that the app shows.
    #[serde(default)]
    pub edits: Vec<Segment>,
}

/// A matched piece inside a passage, as byte spans in both articles.
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

/// A piece of text reused across several articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    /// Sequential id, largest clusters first.
    pub id: usize,
    /// Where each article carries it, in input order.
    pub members: Vec<Member>,
}

/// One article's copy of a cluster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// Article id.
    pub article: String,
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
}

impl Segment {
    /// The segment joining byte range `a` of A to byte range `b` of B.
    pub fn new(a: std::ops::Range<usize>, b: std::ops::Range<usize>) -> Self {
        Segment {
            a_start: a.start,
            a_end: a.end,
            b_start: b.start,
            b_end: b.end,
        }
    }
}

impl Report {
    /// The pair report for two article ids, in either order.
    pub fn pair(&self, x: &str, y: &str) -> Option<&PairReport> {
        self.pairs
            .iter()
            .find(|p| (p.a == x && p.b == y) || (p.a == y && p.b == x))
    }

    /// The article report for an id.
    pub fn article(&self, id: &str) -> Option<&ArticleReport> {
        self.articles.iter().find(|a| a.id == id)
    }
}

impl PairReport {
    /// Share of article `id`'s body found in the other article of the pair.
    pub fn share_of(&self, id: &str) -> f64 {
        if id == self.a {
            self.a_in_b
        } else {
            self.b_in_a
        }
    }
}
