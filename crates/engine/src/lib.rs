//! # wiretrace-engine
//!
//! Finds where news text comes from: the phrasing that articles about one
//! event share, with exact spans, so it is clear who reused what. Pure Rust,
//! no I/O and no clocks; it builds for native targets and for wasm32, and the
//! app, the CLI and the tests all call the same [`analyze`].
//!
//! ## Tour
//! The pipeline stages, in the order they run:
//! - [`workspace`]: the input, a set of [`Article`]s, and its JSON format;
//!   [`published`]: the times people type, read as instants.
//! - [`text`]: word tokens with byte offsets and folded matching keys.
//! - [`segment`]: paragraphs (hard-wrapped text reflowed into its real
//!   paragraphs) and sentences.
//! - [`boilerplate`]: page clutter and agency feed headers and trailers,
//!   recognised without a corpus.
//! - [`credits`]: agency credits in the text (datelines, copyright lines,
//!   attributions, bylines, photo credits) with evidence spans.
//! - [`dates`]: publication dates and dated mentions read from the text.
//! - [`numbers`]: quantities in the text with bounds, ranges and units.
//! - [`document`]: an article as body tokens and sentences, clutter set
//!   aside, quoted words marked.
//! - [`candidates`]: hashed n-gram index, match points per pair.
//! - [`passages`]: exact runs chained across small edits into passages.
//! - [`paraphrase`]: reworded sentences, one to one or merged, with the
//!   evidence that tells a rewrite or a brief from an independent report.
//! - [`pair`]: one pair compared, verbatim then paraphrase.
//! - [`lineage`]: who took from whom: direction (times, agency copy,
//!   containment, credits), parents, inferred wire sources and their
//!   versions, per-word attribution, the uncredited flag and the origins.
//! - [`scores`]: pair shares; per article, from its lineage, shares,
//!   content share, verdict, sources, attribution and spans.
//! - [`clusters`]: passages joined across articles into reuse clusters.
//! - [`timeline`]: each article's publication time (given, read from the
//!   text with its evidence, a weekday resolved against the others) and the
//!   order of the set.
//! - [`facts`]: check-worthy statements grouped across articles however
//!   reworded, look-alike events kept apart; first appearances, number
//!   changes, contradictions, and what each article added.
//! - [`analysis`]: runs the stages; [`analyze_with_progress`] tells a
//!   listener the stage running and how far it is ([`progress`]).
//! - [`options`]: every parameter of every stage, with its default.
//! - [`report`]: the serializable result.
//!
//! ## Example
//! ```
//! use wiretrace_engine::{analyze, Article};
//! let a = Article { id: "a".into(), text: "A drone targeted the logistical support headquarters of Hashed al-Shaabi, mainly pro-Iranian former paramilitary units.".into(), ..Default::default() };
//! let b = Article { id: "b".into(), text: "Officials said a drone targeted the logistical support headquarters of PMF, mainly pro-Iranian former paramilitary units.".into(), ..Default::default() };
//! let report = analyze(&[a, b]);
//! // One passage across the renamed organisation ("Hashed al-Shaabi" → "PMF"):
//! // 15 words on the shorter side, the rename counted as a small edit.
//! assert_eq!(report.pairs[0].passages.len(), 1);
//! assert_eq!(report.pairs[0].longest_passage, 15);
//! ```
//!
//! ## Concepts
//! - **Passage**: a span of one article and the span of another that it
//!   matches, made of exact runs of at least six words with small edits
//!   between them.
//! - **Share** (`a_in_b`): the fraction of A's words found in B. It is
//!   directional: a short article wholly copied into a long one has
//!   `a_in_b = 1` but a small `b_in_a`.
#![deny(missing_docs)]

pub mod analysis;
pub mod boilerplate;
pub mod candidates;
pub mod clusters;
pub mod credits;
pub mod dates;
pub mod document;
mod error;
pub mod facts;
pub mod lineage;
pub mod numbers;
pub mod options;
pub mod pair;
pub mod paraphrase;
pub mod passages;
pub mod progress;
pub mod published;
pub mod report;
pub mod scores;
pub mod segment;
pub mod text;
pub mod timeline;
pub mod workspace;

pub use analysis::{analyze, analyze_with, analyze_with_progress};
pub use error::Error;
pub use options::Options;
pub use progress::{Progress, Stage};
pub use report::{PairReport, Passage, Report};
pub use workspace::{Article, Workspace};
