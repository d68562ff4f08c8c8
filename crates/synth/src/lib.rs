//! # wiretrace-synth
//!
//! A deterministic generator of synthetic news corpora with ground truth, for
//! precision/recall tests and scale benchmarks of the Wiretrace engine. It
//! does not depend on the engine.
//!
//! ## What it generates
//! Invented **events** (explosions, fires, floods, collapses, rail crashes,
//! ferry sinkings, storms, landslides, attacks, earthquakes), each with facts:
//! a city and country, a date, two to four named people with roles, an
//! organisation, three to five figures (dead, injured, missing, evacuated,
//! arrested, homes damaged, cost) and the agency (AFP, Reuters or AP) that
//! files the wire story. For each event:
//! - one [`Kind::Wire`] story: about `words_per_article` words, one paragraph
//!   per line with a blank line between, opening with a dateline such as
//!   `KESTREL BAY (AFP) – `. With [`Config::wrapped_wire`] it is delivered
//!   as an agency feed instead: header lines (a slug such as
//!   `BC-Flood-Kestrel,0512` or `FLOOD Kestrel/`, a priority or version such
//!   as `URGENT` or `1st Ld-Writethru`, a timestamp such as
//!   `04/01/2024 14:32 GMT` or `041432 GMT Jan 24`, a byline
//!   `By NAME, AGENCY`), paragraphs hard-wrapped at a width drawn per story
//!   from 64–78 characters (breaking at spaces only) and separated by a
//!   blank line or marked by a first line indented 2–3 spaces, then trailer
//!   lines (a credit, `more`, `end`, `(END)`, `ENDS`, `-30-`, `###`, a rule of
//!   `-` or `=`), each present or not per story. The words are the same as
//!   unwrapped: the layout has a random source of its own;
//! - derivatives, published later, that copy from an earlier article of the
//!   event (usually the wire): [`Kind::Verbatim`], [`Kind::LightEdit`],
//!   [`Kind::Reordered`], [`Kind::Paraphrase`], [`Kind::Truncated`] and
//!   [`Kind::Mixed`] (paragraphs of two sources). Their own text is always
//!   plain prose, whatever the layout of the wire they copy;
//! - if asked for ([`Config::briefs_per_event`], [`Config::merged_per_event`]),
//!   rewrites of the wire that merge consecutive sentences:
//!   [`Kind::Brief`] (30–120 words, a headline line then one to three
//!   sentences, each merging two or three wire sentences) and
//!   [`Kind::Merged`] (a tabloid-style rewrite of most of the wire with
//!   pairs and triples of sentences merged, the rest copied or dropped,
//!   own sentences added). A merged sentence keeps the figures and the
//!   names of people and places of the sentences it merges and a short
//!   phrase of them or two (4–8 words, word for word: a trailing clause such
//!   as "according to local authorities" or a sentence of a quote), and
//!   rewords the rest in a wording of its own, with connectors ("…, while
//!   …", "As …, …");
//! - [`Kind::Independent`] reports: the same facts written by a second
//!   reporter from different templates, copying nothing.
//!
//! Plus [`Kind::Unrelated`] stories about other events.
//!
//! [`generate`] with a default configuration, or with only the older fields
//! set, and [`corpus_of_size`] give the same bytes as before wrapped wires,
//! briefs and merged rewrites existed: the new kinds draw from the random
//! source only when asked for. [`corpus_with_rewrites`] mixes everything.
//!
//! Sentences are rendered from templates with slots filled from large word
//! lists and phrase pools; the wire, paraphrase, independent and "own
//! addition" wordings are disjoint template families, and each article has
//! its own choice among interchangeable words ("officials"/"authorities").
//! An originality guard rejects any original sentence (wire, independent,
//! paraphrase, brief or merged, or an outlet's own) that would repeat a run
//! of 6 words already written about the same event, so within an event
//! articles share runs of six words or more only where the truth says one
//! copies the other (directly, or through another copy of the same source).
//! The one exception is deliberate: a brief or merged sentence may repeat
//! runs of the source sentences its truth span points at (the 4–8-word
//! phrases it keeps, a name followed by a figure), never one of nine words,
//! and nothing else already written. Independent reports still share no run
//! of six words with their wire. Across events the
//! guard prefers renderings that repeat no 8-word run of the whole corpus
//! but gives up after a few tries, so unrelated stories can still share
//! stock phrases ("could not be verified", "I still can't believe it").

//! ## Ground truth
//! Each article's [`Truth`] gives its kind, event and direct `sources` (ids;
//! empty for wire, independent and unrelated stories) and [`TruthSpan`]s in
//! UTF-8 byte offsets, half-open, into both texts:
//! - a [`SpanMode::Verbatim`] span is a maximal run of text copied unchanged
//!   from consecutive text of one source (both ranges hold identical text,
//!   or, when the source is a wire laid out as a feed, text identical once
//!   whitespace is normalised: the copy has a space or a blank line where
//!   the feed has a line break, an indentation or a blank line), or a single
//!   sentence or dateline copied with small edits (a word swapped, the
//!   organisation renamed to its acronym, a clause dropped);
//! - a [`SpanMode::Paraphrase`] span is one sentence rewritten from one source
//!   sentence, sharing no run of six words with it; or, in a
//!   [`Kind::Brief`] or [`Kind::Merged`] article, one sentence merging two or
//!   three consecutive source sentences, its source range running from the
//!   start of the first to the end of the last of them (so it may hold line
//!   breaks and indentation of a feed layout). Such a span shares at least
//!   one run of four words with its source range and none of nine. The
//!   sentences a merged rewrite copies unchanged are verbatim spans, as in
//!   the other copies; a brief has no verbatim span.
//!
//! In a wire laid out as a feed, spans of the articles that copy it point
//! at its sentences' words: header lines, trailer lines and indentation lie
//! outside every span, and a source range holds the sentence text with some
//! spaces turned into line breaks.
//!
//! Headlines and taglines an outlet adds, and its own sentences, are in no
//! span. Two derivatives of one source also share text with each other; the
//! truth records only what each copies directly.
//!
//! ## Lineage test sets
//! [`lineage`] builds small sets of articles about one event with known
//! *lineage*: direct parents (articles, or `wire:AGENCY` for an agency story
//! not in the set), agency story versions, per-span sources, and whether a
//! paper credits the agency whose copy it reproduces. See [`lineage::NAMES`]
//! for the scenarios.
//!
//! ## Fact test sets
//! [`facts`] builds small sets of articles with exact truth about the
//! facts they state: which sentences (reworded, merged, or written by a
//! second reporter) state the same fact, where each fact first appeared,
//! and where a figure changed between two versions of a wire. See
//! [`facts::NAMES`] for the scenarios.
//!
//! ## Determinism
//! Everything is drawn from ChaCha8 generators seeded from [`Config::seed`]
//! (one for the content, one for the feed layout of wires), using 32-bit
//! draws only, so the same configuration gives byte-identical output on
//! every platform.
//!
//! ```
//! let corpus = wiretrace_synth::generate(&wiretrace_synth::Config::default());
//! let wire = &corpus.articles[0];
//! assert_eq!(wire.id, "e0-wire");
//! assert!(wire.truth.sources.is_empty());
//! ```
#![deny(missing_docs)]

mod article;
mod clock;
mod corpus;
mod dialect;
mod edits;
mod event;
pub mod facts;
mod feed;
mod hazards;
mod lexicon;
pub mod lineage;
mod message;
mod originality;
mod phrasebook;
mod pools;
mod rewrite;
mod rng;
mod template;
mod writers;

use serde::{Deserialize, Serialize};

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Config {
    /// Seed of the random source; the same config gives the same corpus.
    pub seed: u64,
    /// Number of events (each with one wire story).
    pub events: usize,
    /// Derived articles per event; the first six are one of each derived
    /// kind (verbatim, light edit, reordered, paraphrase, truncated, mixed),
    /// further ones are of random kinds. Briefs and merged rewrites come on
    /// top of these.
    pub derived_per_event: usize,
    /// Independent reports per event.
    pub independent_per_event: usize,
    /// Stories about other events.
    pub unrelated: usize,
    /// Target length of a story in words.
    pub words_per_article: usize,
    /// Deliver each event's wire story as an agency feed: header lines
    /// (slug, priority or version, timestamp, byline), paragraphs
    /// hard-wrapped at 64–78 characters, blank lines or indented first lines
    /// between paragraphs, trailer lines. Default `false`.
    #[serde(default)]
    pub wrapped_wire: bool,
    /// News briefs ([`Kind::Brief`]) of each event's wire. Default 0.
    #[serde(default)]
    pub briefs_per_event: usize,
    /// Merged rewrites ([`Kind::Merged`]) of each event's wire. Default 0.
    #[serde(default)]
    pub merged_per_event: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            seed: 1,
            events: 4,
            derived_per_event: 6,
            independent_per_event: 2,
            unrelated: 2,
            words_per_article: 700,
            wrapped_wire: false,
            briefs_per_event: 0,
            merged_per_event: 0,
        }
    }
}

/// A generated corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// Per event: the wire, its derivatives, its independent reports; then
    /// the unrelated stories.
    pub articles: Vec<SynthArticle>,
}

/// One generated article with its ground truth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SynthArticle {
    /// Id: `e0-wire`, `e0-d3-paraphrase`, `e0-d6-brief`, `e0-d7-merged`,
    /// `e0-ind1`, `u2` (briefs and merged rewrites are numbered after the
    /// other derivatives of their event).
    pub id: String,
    /// Headline.
    pub title: String,
    /// Publishing outlet (the agency for wire stories).
    pub outlet: String,
    /// Publication time, ISO 8601 UTC (`2024-01-04T10:00:00Z`).
    pub published: String,
    /// The text: paragraphs separated by a blank line (a wire laid out as
    /// an agency feed has header and trailer lines, hard-wrapped lines and
    /// perhaps indented paragraphs instead).
    pub text: String,
    /// Where it comes from.
    pub truth: Truth,
}

/// What an article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The agency's original story.
    Wire,
    /// The source copied whole, perhaps with a headline line and a tagline.
    Verbatim,
    /// Mostly copied, with small edits, a few sentences dropped or added.
    LightEdit,
    /// Source paragraphs in another order, some dropped, own ones added.
    Reordered,
    /// Every copied sentence rewritten.
    Paraphrase,
    /// The first 30–60 % of the source.
    Truncated,
    /// Paragraphs from two sources.
    Mixed,
    /// A news brief of the wire: 30–120 words, a headline line then one to
    /// three sentences, each merging two or three consecutive wire sentences
    /// into one that keeps their figures, names and places and a short
    /// phrase or two (4–8 words) of them, the rest reworded. (With a tiny
    /// `words_per_article`, a wire too short to merge gives a shorter brief,
    /// perhaps just its first sentence copied.)
    Brief,
    /// A tabloid-style rewrite of the wire: most of it, with pairs or
    /// triples of consecutive sentences merged into one each (keeping
    /// phrases of 4–8 words, connectors reworded), other sentences copied
    /// unchanged or dropped, own sentences added.
    Merged,
    /// The same event written independently.
    Independent,
    /// Another event.
    Unrelated,
}

/// Ground truth of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Truth {
    /// What it is.
    pub kind: Kind,
    /// Index of its event; `None` for unrelated stories.
    pub event: Option<usize>,
    /// Ids of the articles it copies from directly; empty for wire,
    /// independent and unrelated stories; the wire for briefs and merged
    /// rewrites.
    pub sources: Vec<String>,
    /// Where copied text is, in this article and in its source.
    pub spans: Vec<TruthSpan>,
}

/// How a span was copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpanMode {
    /// Copied, unchanged or with small edits.
    Verbatim,
    /// Rewritten in other words (for briefs and merged rewrites: two or
    /// three source sentences merged into one, keeping short phrases).
    Paraphrase,
}

/// A stretch of an article that comes from a source article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TruthSpan {
    /// Start in this article's text (UTF-8 byte offset).
    pub start: usize,
    /// End in this article's text (exclusive).
    pub end: usize,
    /// Id of the source article.
    pub source: String,
    /// Start in the source's text.
    pub source_start: usize,
    /// End in the source's text (exclusive).
    pub source_end: usize,
    /// Copied or paraphrased.
    pub mode: SpanMode,
}

/// Generates the corpus described by `config`.
pub fn generate(config: &Config) -> Corpus {
    let mut kinds_rng = rng::seeded(config.seed ^ 0x6b69_6e64_7300_0000);
    let events = (0..config.events)
        .map(|_| corpus::EventPlan {
            derived: (0..config.derived_per_event)
                .map(|i| match corpus::DERIVED.get(i) {
                    Some(k) => *k,
                    None => corpus::DERIVED[rng::index(&mut kinds_rng, corpus::DERIVED.len())],
                })
                .collect(),
            independent: config.independent_per_event,
            briefs: config.briefs_per_event,
            merged: config.merged_per_event,
        })
        .collect();
    corpus::build(&corpus::Plan {
        seed: config.seed,
        events,
        unrelated: config.unrelated,
        words: config.words_per_article,
        wrapped: config.wrapped_wire,
    })
}

/// About `articles` articles (exactly that many, in fact) of about 700 words:
/// events of one wire, 6–10 derivatives of mixed kinds and two independent
/// reports, plus about 10 % unrelated stories. For scale benchmarks.
pub fn corpus_of_size(articles: usize, seed: u64) -> Corpus {
    corpus::build(&corpus::sized_plan(articles, seed, 700))
}

/// Exactly `articles` articles of about 700 words with the harder kinds
/// beside the others: events whose wire is laid out as an agency feed
/// (hard-wrapped, with header and trailer lines), with 6–8 derivatives of
/// mixed kinds, one or two [`Kind::Brief`]s, one or two [`Kind::Merged`]
/// rewrites and two independent reports, plus about 10 % unrelated stories.
/// For precision/recall tests.
pub fn corpus_with_rewrites(articles: usize, seed: u64) -> Corpus {
    corpus::build(&corpus::rewrites_plan(articles, seed, 700))
}

#[derive(Serialize)]
struct WorkspaceArticle<'a> {
    id: &'a str,
    title: &'a str,
    outlet: &'a str,
    url: Option<&'a str>,
    published: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct Workspace<'a> {
    wiretrace: u32,
    articles: Vec<WorkspaceArticle<'a>>,
}

impl Corpus {
    /// The corpus as a Wiretrace workspace file:
    /// `{"wiretrace": 1, "articles": [{"id", "title", "outlet", "url": null, "published", "text"}]}`.
    pub fn to_workspace_json(&self) -> String {
        let ws = Workspace {
            wiretrace: 1,
            articles: self
                .articles
                .iter()
                .map(|a| WorkspaceArticle {
                    id: &a.id,
                    title: &a.title,
                    outlet: &a.outlet,
                    url: None,
                    published: &a.published,
                    text: &a.text,
                })
                .collect(),
        };
        serde_json::to_string_pretty(&ws).expect("plain data serializes")
    }

    /// The ground truth as JSON: `[{"id", "truth"}]`.
    pub fn truth_json(&self) -> String {
        #[derive(Serialize)]
        struct Entry<'a> {
            id: &'a str,
            truth: &'a Truth,
        }
        let entries: Vec<Entry> = self
            .articles
            .iter()
            .map(|a| Entry {
                id: &a.id,
                truth: &a.truth,
            })
            .collect();
        serde_json::to_string_pretty(&entries).expect("plain data serializes")
    }
}
