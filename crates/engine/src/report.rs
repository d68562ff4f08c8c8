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
    /// Where the text comes from: articles and inferred wire sources, and
    /// who took from whom ([`crate::lineage`]).
    #[serde(default)]
    pub lineage: Lineage,
    /// The set's independent origins, largest first (own reporting last).
    #[serde(default)]
    pub origins: Vec<Origin>,
    /// The order the set is read in for first appearances: by publication
    /// time where known ([`crate::timeline`]).
    #[serde(default)]
    pub timeline: Timeline,
    /// Check-worthy statements grouped across articles, in order of first
    /// appearance ([`crate::facts`]); photo captions come last, marked.
    #[serde(default)]
    pub facts: Vec<Fact>,
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
    /// Its parents in the lineage (article ids and inferred wires such as
    /// `wire:AFP`), the main one first, with the share of the body each
    /// explains.
    pub sources: Vec<Source>,
    /// Where its body comes from, source by source, largest share first and
    /// its own material last: parents, agencies it credits that are not in
    /// the set (`credited:REUTERS`), and `own`. Shares add up to 1.
    #[serde(default)]
    pub attribution: Vec<Attribution>,
    /// Agency credits in its text, with their evidence.
    #[serde(default)]
    pub credits: Vec<crate::credits::Credit>,
    /// It reproduces agency copy without naming that agency (or
    /// "agencies") outside photo credits.
    #[serde(default)]
    pub uncredited: bool,
    /// For agency copy that updates (or is updated by) the same agency's
    /// copy in the set: its version, 1 for the first.
    #[serde(default)]
    pub version: Option<u32>,
    /// The body cut into labelled spans (verbatim, paraphrase, new), and the boilerplate.
    pub spans: Vec<Span>,
    /// Paragraphs left out as page clutter.
    pub boilerplate: Vec<Boilerplate>,
    /// Publication time: as given, or as read from the text (ISO 8601:
    /// `2024-01-04T10:00:00Z` to the minute, `2024-01-04` to the day, `2024`
    /// for a copyright year).
    pub published: Option<String>,
    /// Where the time came from: `given`, `text` or `unknown`.
    pub published_from: PublishedFrom,
    /// For a time read from the text: the words it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_evidence: Option<TimeEvidence>,
    /// Facts this article was the first in the set to carry, in its own
    /// material (not copied from a source): what it added (fact ids).
    #[serde(default)]
    pub added: Vec<String>,
}

/// Where a publication time came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PublishedFrom {
    /// Given with the article and readable as a time.
    Given,
    /// Read from the article's text (see [`ArticleReport::published_evidence`]).
    Text,
    /// Not given, or not readable, and not found in the text.
    Unknown,
}

impl PublishedFrom {
    /// Where the time came from, in words.
    pub fn label(self) -> &'static str {
        match self {
            PublishedFrom::Given => "given",
            PublishedFrom::Text => "read from the text",
            PublishedFrom::Unknown => "unknown",
        }
    }
}

/// The words a publication time was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeEvidence {
    /// Evidence span start in the article text (UTF-8 byte offset).
    pub start: usize,
    /// Evidence span end (exclusive).
    pub end: usize,
    /// What kind of evidence it is.
    pub cue: TimeCue,
    /// How precise the time is.
    pub precision: Precision,
    /// The article whose date resolved a weekday or gave a missing year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
}

/// The kind of words a publication time was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeCue {
    /// An agency dateline ("LONDON, Jan 4 (Reuters) -").
    Dateline,
    /// A "Published" page line, or a line holding only a date.
    Published,
    /// An "Updated" page line.
    Updated,
    /// A date in the running text near the top.
    InText,
    /// A weekday ("on Thursday") resolved against the other articles' dates.
    Weekday,
    /// A copyright year ("© 2024"): the year only.
    Copyright,
}

impl TimeCue {
    /// The cue in words, as the CLI and the app show it.
    pub fn label(self) -> &'static str {
        match self {
            TimeCue::Dateline => "dateline",
            TimeCue::Published => "published line",
            TimeCue::Updated => "updated line",
            TimeCue::InText => "date in the text",
            TimeCue::Weekday => "weekday, resolved against the other articles",
            TimeCue::Copyright => "copyright year",
        }
    }
}

/// How precise a publication time is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Precision {
    /// The year only.
    Year,
    /// The day.
    Day,
    /// The minute.
    Minute,
}

/// The order of the set for first appearances.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Timeline {
    /// What the order rests on.
    pub basis: TimelineBasis,
    /// Article ids, earliest first: by publication time where known (ties
    /// and unknown times in order of entry, unknown after known).
    pub order: Vec<String>,
    /// The order explained in one line, as the CLI and the app show it.
    pub note: String,
}

/// What a timeline's order rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimelineBasis {
    /// Every article has a publication time.
    Times,
    /// Some have one; the others follow in order of entry.
    Partial,
    /// No article has one: order of entry.
    #[default]
    Entry,
}

/// A check-worthy statement (who did what, when, where, how many, who said
/// so) and every article that carries it, however worded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// `f1`, `f2`, … in order of first appearance.
    pub id: String,
    /// The first mention's text.
    pub text: String,
    /// A photo caption, kept apart from the facts of the text.
    #[serde(default)]
    pub caption: bool,
    /// What makes it check-worthy.
    pub kinds: Vec<FactKind>,
    /// The first mention's numbers, normalized ("more than a hundred" → 100).
    pub numbers: Vec<f64>,
    /// The first mention's quantities in full.
    #[serde(default)]
    pub quantities: Vec<FactQuantity>,
    /// The direct quote it carries, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Every article that states it, earliest first.
    pub mentions: Vec<Mention>,
    /// The article where it first appears.
    pub first: String,
    /// Where the first mention's words come from: `own` (the first article's
    /// own material), a source article's id, `wire:AFP` or `credited:X`.
    pub origin: String,
    /// Numbers that changed for the same quantity, in timeline order.
    #[serde(default)]
    pub changes: Vec<Change>,
    /// Later statements that contradict it.
    #[serde(default)]
    pub contradictions: Vec<Contradiction>,
}

/// What makes a statement check-worthy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FactKind {
    /// It has a number.
    Number,
    /// It quotes someone directly.
    Quote,
    /// It names people, places or organisations.
    Name,
    /// It has a date or a weekday.
    Date,
    /// It says who said so ("said the security official").
    Attribution,
}

impl FactKind {
    /// In words, as the CLI and the app show it.
    pub fn label(self) -> &'static str {
        match self {
            FactKind::Number => "number",
            FactKind::Quote => "quote",
            FactKind::Name => "names",
            FactKind::Date => "date",
            FactKind::Attribution => "attribution",
        }
    }
}

/// A quantity of a fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactQuantity {
    /// As written ("more than a hundred").
    pub text: String,
    /// The value (the lower end of a range).
    pub value: f64,
    /// The upper end of a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
    /// How the value relates to the count.
    pub bound: crate::numbers::Bound,
    /// The noun it counts, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// One article's statement of a fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The article id.
    pub article: String,
    /// Span start in its text (UTF-8 byte offset).
    pub start: usize,
    /// Span end (exclusive).
    pub end: usize,
    /// How it states the fact compared with the first mention.
    pub how: MentionHow,
}

/// How a mention states its fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MentionHow {
    /// The first appearance.
    First,
    /// Word for word (small edits allowed).
    Verbatim,
    /// In other words.
    Reworded,
    /// Inside a sentence that mainly states another fact (a merged sentence).
    Merged,
}

impl MentionHow {
    /// In words, as the CLI and the app show it.
    pub fn label(self) -> &'static str {
        match self {
            MentionHow::First => "first",
            MentionHow::Verbatim => "verbatim",
            MentionHow::Reworded => "reworded",
            MentionHow::Merged => "within another statement",
        }
    }
}

/// A number of a fact that changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// The article with the new value.
    pub article: String,
    /// The article with the value before it, in timeline order.
    pub from_article: String,
    /// The value before, normalized ("100").
    pub from: String,
    /// The new value ("118").
    pub to: String,
    /// The value before as written ("more than 100").
    pub from_text: String,
    /// The new value as written ("at least 118").
    pub to_text: String,
    /// The noun counted ("attacks").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Span of the new value in `article`.
    pub start: usize,
    /// Span end (exclusive).
    pub end: usize,
}

/// A statement that contradicts a fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contradiction {
    /// The article that contradicts it.
    pub article: String,
    /// Span of the contradicting statement in its text.
    pub start: usize,
    /// Span end (exclusive).
    pub end: usize,
    /// Why it contradicts, in words ("no comment was reported, then US
    /// officials commented").
    pub note: String,
}

/// A parent of an article in the lineage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The source: an article id, or an inferred wire (`wire:AFP`).
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// What it is.
    pub label: Label,
    /// Its most likely source: an article id, an inferred wire
    /// (`wire:AFP`), an agency the text credits that is not in the set
    /// (`credited:REUTERS`), or `own`; None for boilerplate.
    #[serde(default)]
    pub source: Option<String>,
}

/// One source of an article's body and its share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// An article id, `wire:AFP`, `credited:REUTERS` or `own`.
    pub source: String,
    /// Share of the body, in [0, 1].
    pub share: f64,
    /// How the words were taken.
    pub mode: AttributionMode,
}

/// How an article's words came from one source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AttributionMode {
    /// Word for word (from an article or an inferred wire).
    Verbatim,
    /// Reworded.
    Paraphrase,
    /// Both.
    Mixed,
    /// Credited to an agency that is not in the set: nothing to compare.
    Credited,
    /// The outlet's own material.
    Own,
}

impl AttributionMode {
    /// The mode in words, as the CLI and the app show it.
    pub fn label(self) -> &'static str {
        match self {
            AttributionMode::Verbatim => "verbatim",
            AttributionMode::Paraphrase => "reworded",
            AttributionMode::Mixed => "verbatim and reworded",
            AttributionMode::Credited => "credited, not in the set",
            AttributionMode::Own => "own material",
        }
    }
}

impl From<SourceMode> for AttributionMode {
    fn from(m: SourceMode) -> Self {
        match m {
            SourceMode::Verbatim => AttributionMode::Verbatim,
            SourceMode::Paraphrase => AttributionMode::Paraphrase,
            SourceMode::Mixed => AttributionMode::Mixed,
        }
    }
}

/// The lineage graph.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Lineage {
    /// Every article (in input order), then the inferred wires.
    pub nodes: Vec<Node>,
    /// Who took from whom: one edge per parent of each article.
    pub edges: Vec<Edge>,
}

/// A node of the lineage graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// An article id, or `wire:AFP` (`wire:unknown` when nothing names the
    /// agency; `wire:AFP-2` for a second AFP story).
    pub id: String,
    /// What it is.
    pub kind: NodeKind,
    /// The agency it is the copy of, when known.
    pub agency: Option<String>,
    /// For an article that is agency copy updating the same agency's copy
    /// in the set: its version (1 first).
    pub version: Option<u32>,
    /// For an inferred wire seen in several versions: each, earliest first.
    #[serde(default)]
    pub versions: Vec<WireVersion>,
}

/// What a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NodeKind {
    /// An article of the set.
    Article,
    /// A source not in the set that several articles share.
    InferredWire,
}

/// One version of an inferred wire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WireVersion {
    /// 1 for the earliest.
    pub version: u32,
    /// The articles carrying it.
    pub articles: Vec<String>,
    /// What it added to the version before, as one article carries it.
    pub added: Vec<Member>,
}

/// One edge of the lineage graph: `target` took text from `source`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// The parent's node id.
    pub source: String,
    /// The child's article id.
    pub target: String,
    /// How the text was taken.
    pub mode: SourceMode,
    /// Share of the child's body taken from the parent.
    pub share: f64,
    /// How sure the edge is, in (0, 1): a heuristic score, higher when
    /// times set the direction and the parent covers more.
    pub confidence: f64,
    /// What set its direction.
    pub evidence: EdgeEvidence,
    /// The version of an inferred wire the child carries.
    pub version: Option<u32>,
}

/// What set an edge's direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EdgeEvidence {
    /// The parent was published first.
    Time,
    /// The parent is agency copy (by its outlet or feed markers).
    Agency,
    /// The parent contains the child's shared material.
    Containment,
    /// Siblings sharing text none of them can be the source of.
    InferredWire,
}

impl EdgeEvidence {
    /// The evidence in words.
    pub fn label(self) -> &'static str {
        match self {
            EdgeEvidence::Time => "published earlier",
            EdgeEvidence::Agency => "agency copy",
            EdgeEvidence::Containment => "contains the shared text",
            EdgeEvidence::InferredWire => "shared with siblings, none the source",
        }
    }
}

/// One independent origin of the set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Origin {
    /// `AFP` (an agency), `wire:unknown`, an article id, or `own`.
    pub id: String,
    /// What it is.
    pub kind: OriginKind,
    /// How people read it: "AFP", "an unknown wire", the article, "own reporting".
    pub label: String,
    /// The articles descending from it.
    pub articles: Vec<String>,
}

/// What an origin is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OriginKind {
    /// An agency: an inferred wire, its copy in the set, or a credit.
    Agency,
    /// An inferred wire no credit names.
    UnknownWire,
    /// An article of the set that others copied.
    Article,
    /// The outlets' own reporting.
    Own,
}

/// The id part of an agency's name: `AFP`, `REUTERS`, `KEYSTONE-SDA`, as in
/// `wire:AFP` and `credited:REUTERS`.
///
/// ```
/// assert_eq!(wiretrace_engine::report::agency_key("Reuters"), "REUTERS");
/// assert_eq!(wiretrace_engine::report::agency_key("United Press"), "UNITED-PRESS");
/// ```
pub fn agency_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .to_uppercase()
}

/// The id of the text an article credits to an agency not in the set.
pub fn credited_id(agency: &str) -> String {
    format!("credited:{}", agency_key(agency))
}

/// The id of an article's own material.
pub const OWN: &str = "own";

/// A source id as people read it: `wire:AFP` → "AFP", `credited:REUTERS`
/// → "Reuters", `wire:unknown` → "an unknown wire", `own` → "own
/// reporting"; an article id stays as it is.
///
/// ```
/// use wiretrace_engine::report::source_label;
/// assert_eq!(source_label("wire:AFP"), "AFP");
/// assert_eq!(source_label("credited:REUTERS"), "Reuters");
/// assert_eq!(source_label("wire:AFP-2"), "AFP (2)");
/// assert_eq!(source_label("own"), "own reporting");
/// assert_eq!(source_label("a7"), "a7");
/// ```
pub fn source_label(id: &str) -> String {
    let name = |key: &str| {
        crate::credits::AGENCIES
            .iter()
            .find(|a| agency_key(a.name) == key)
            .map_or_else(|| key.to_owned(), |a| a.name.to_owned())
    };
    if id == OWN {
        return "own reporting".to_owned();
    }
    if let Some(key) = id.strip_prefix("credited:") {
        return name(key);
    }
    let Some(key) = id.strip_prefix("wire:") else {
        return id.to_owned();
    };
    let (base, nth) = match key.rsplit_once('-') {
        Some((b, n)) if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => (b, Some(n)),
        _ => (key, None),
    };
    let label = if base == "unknown" {
        "an unknown wire".to_owned()
    } else {
        name(base)
    };
    match nth {
        Some(n) => format!("{label} ({n})"),
        None => label,
    }
}

/// A count with thousands separated by commas ("12,345").
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 article", "5 articles".
pub fn articles_count(n: usize) -> String {
    if n == 1 {
        "1 article".to_owned()
    } else {
        format!("{n} articles")
    }
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

    /// The origins in one line, as the CLI and the app print it:
    /// "5 articles, 2 origins: AFP (5 articles), Reuters (1 article)".
    pub fn origins_line(&self) -> String {
        let n = self.origins.len();
        let list: Vec<String> = self
            .origins
            .iter()
            .map(|o| format!("{} ({})", o.label, articles_count(o.articles.len())))
            .collect();
        format!(
            "{}, {} origin{}{}{}",
            articles_count(self.articles.len()),
            n,
            if n == 1 { "" } else { "s" },
            if n == 0 { "" } else { ": " },
            list.join(", ")
        )
    }
}

impl Attribution {
    /// The entry in words, as the CLI and the app print it: "31% AFP
    /// (verbatim and reworded)", "61% own reporting".
    ///
    /// ```
    /// use wiretrace_engine::report::{Attribution, AttributionMode};
    /// let a = |source: &str, share, mode| Attribution { source: source.into(), share, mode };
    /// assert_eq!(a("wire:AFP", 0.31, AttributionMode::Mixed).label(), "31% AFP (verbatim and reworded)");
    /// assert_eq!(a("credited:REUTERS", 0.08, AttributionMode::Credited).label(), "8% Reuters (credited, not in the set)");
    /// assert_eq!(a("own", 0.61, AttributionMode::Own).label(), "61% own reporting");
    /// ```
    pub fn label(&self) -> String {
        match self.mode {
            AttributionMode::Own => {
                format!("{} {}", percent(self.share), source_label(&self.source))
            }
            m => format!(
                "{} {} ({})",
                percent(self.share),
                source_label(&self.source),
                m.label()
            ),
        }
    }
}

impl ArticleReport {
    /// Where the body comes from, in one line, as the CLI and the app print
    /// it: "31% AFP (verbatim and reworded), 8% Reuters (credited, not in the
    /// set), 61% own reporting".
    pub fn attribution_line(&self) -> String {
        self.attribution
            .iter()
            .map(Attribution::label)
            .collect::<Vec<_>>()
            .join(", ")
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
