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
//!   `KESTREL BAY (AFP) – `;
//! - derivatives, published later, that copy from an earlier article of the
//!   event (usually the wire): [`Kind::Verbatim`], [`Kind::LightEdit`],
//!   [`Kind::Reordered`], [`Kind::Paraphrase`], [`Kind::Truncated`] and
//!   [`Kind::Mixed`] (paragraphs of two sources);
//! - [`Kind::Independent`] reports: the same facts written by a second
//!   reporter from different templates, copying nothing.
//!
//! Plus [`Kind::Unrelated`] stories about other events.
//!
//! Sentences are rendered from templates with slots filled from large word
//! lists and phrase pools; the wire, paraphrase, independent and "own
//! addition" wordings are disjoint template families, and each article has
//! its own choice among interchangeable words ("officials"/"authorities").
//! An originality guard rejects any original sentence (wire, independent,
//! paraphrase or an outlet's own) that would repeat a run of 6 words already
//! written about the same event, so within an event articles share runs of
//! six words or more only where the truth says one copies the other
//! (directly, or through another copy of the same source). Across events the
//! guard prefers renderings that repeat no 8-word run of the whole corpus
//! but gives up after a few tries, so unrelated stories can still share
//! stock phrases ("could not be verified", "I still can't believe it").

//! ## Ground truth
//! Each article's [`Truth`] gives its kind, event and direct `sources` (ids;
//! empty for wire, independent and unrelated stories) and [`TruthSpan`]s in
//! UTF-8 byte offsets, half-open, into both texts:
//! - a [`SpanMode::Verbatim`] span is a maximal run of text copied unchanged
//!   from consecutive text of one source (both ranges hold identical text),
//!   or a single sentence or dateline copied with small edits (a word
//!   swapped, the organisation renamed to its acronym, a clause dropped);
//! - a [`SpanMode::Paraphrase`] span is one sentence rewritten from one source
//!   sentence, sharing no run of six words with it.
//!
//! Headlines and taglines an outlet adds, and its own sentences, are in no
//! span. Two derivatives of one source also share text with each other; the
//! truth records only what each copies directly.
//!
//! ## Determinism
//! Everything is drawn from one ChaCha8 generator seeded with
//! [`Config::seed`], using 32-bit draws only, so the same configuration gives
//! byte-identical output on every platform.
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
mod hazards;
mod lexicon;
mod message;
mod originality;
mod phrasebook;
mod pools;
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
    /// further ones are of random kinds.
    pub derived_per_event: usize,
    /// Independent reports per event.
    pub independent_per_event: usize,
    /// Stories about other events.
    pub unrelated: usize,
    /// Target length of a story in words.
    pub words_per_article: usize,
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
    /// Id: `e0-wire`, `e0-d3-paraphrase`, `e0-ind1`, `u2`.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Publishing outlet (the agency for wire stories).
    pub outlet: String,
    /// Publication time, ISO 8601 UTC (`2024-01-04T10:00:00Z`).
    pub published: String,
    /// The text: paragraphs separated by a blank line.
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
    /// independent and unrelated stories.
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
    /// Rewritten in other words.
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
        })
        .collect();
    corpus::build(&corpus::Plan {
        seed: config.seed,
        events,
        unrelated: config.unrelated,
        words: config.words_per_article,
    })
}

/// About `articles` articles (exactly that many, in fact) of about 700 words:
/// events of one wire, 6–10 derivatives of mixed kinds and two independent
/// reports, plus about 10 % unrelated stories. For scale benchmarks.
pub fn corpus_of_size(articles: usize, seed: u64) -> Corpus {
    corpus::build(&corpus::sized_plan(articles, seed, 700))
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
