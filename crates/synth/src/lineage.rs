//! # Lineage test sets
//!
//! Small generated sets of articles about one event (plus, in some, one
//! unrelated story) whose **lineage** is known: which article's text comes
//! from which, which agency story (in the set or not) stands behind them,
//! which version of an updated agency story a paper carries, which
//! stretches of each text come from where, and whether a paper credits the
//! agency whose copy it reproduces. They test a lineage stage: a directed
//! graph of where each article's text comes from, with inferred wire-source
//! nodes (`wire:AFP`) for agency stories that are not in the set.
//!
//! The sets reuse the corpus machinery (events, wire stories, own
//! sentences, the originality guard, briefs, paraphrases, taglines), so
//! within a set two articles share a run of six words or more only where
//! the truth says one copies the other, directly or through another copy of
//! the same text.
//!
//! ## The scenarios
//! - [`siblings`]: the agency story is **not** in the set; five (sometimes
//!   four) papers derive from it in different ways (a light edit, a
//!   truncation, a reordering, a paraphrase, a brief), each dropping or
//!   rewording different parts, so no paper contains another. Some credit
//!   the agency (dateline, tagline), the reordered one never does. Tests
//!   inferring a `wire:AGENCY` node from text several papers share that
//!   none of them can be the source of, instead of making one paper the
//!   parent of the others, and the `uncredited` flag.
//! - [`no_credits`]: the same, but no paper names the agency anywhere
//!   (datelines stripped, no tag lines, "told AFP" made "told reporters"):
//!   the parent of each is `wire:unknown`, and all are uncredited. Tests a
//!   shared source inferred with no name to give it.
//! - [`chain`]: the wire is in the set; paper A edits it and adds sentences
//!   of its own; paper B republishes A, own sentences included (and, when C
//!   exists, adds its own); sometimes C republishes B. Publication times
//!   increase along the chain. Tests that B's parent is A, not the wire,
//!   because B carries A's additions.
//! - [`independent`]: the wire in the set, two papers derived from it and
//!   two independent reports of the same event (same facts, no shared
//!   wording), plus an unrelated story. Tests that shared facts alone make
//!   no edge.
//! - [`versions`]: the agency story in two versions, neither in the set;
//!   version 2 rewrites the lede with a higher death toll, adds two or three
//!   paragraphs (the toll update, a statement from the organisation, perhaps
//!   a new witness) and drops one ("There was no immediate comment from
//!   ..." is replaced by the statement). Two or three papers carry version
//!   1 (published before any version-2 paper), two or three carry version 2;
//!   each keeps its version's distinctive paragraphs, and at least one
//!   paper of each version names the agency. Tests recognising
//!   versions of one wire node and assigning each paper its version.
//! - [`versions_in_set`]: the same with both versions in the set as agency
//!   articles (version 2 published later, its parent version 1); papers'
//!   parents are the version they came from.
//! - [`credited_absent`]: one paper reproduces (a light edit) a
//!   Reuters-style story that is not in the set and credits it ("(Reuters)
//!   -" dateline, "told Reuters", a "— Reuters" tag line), beside an
//!   unrelated independent story. Its truth parent is `wire:Reuters`, and it
//!   is flagged [`ArticleLineage::credited_origin`]: no second article
//!   shares the text, so an engine that only infers wire nodes from shared
//!   text should give it no parent and report the credit.
//! - [`credited_lede`]: one paper whose first paragraphs come from an agency
//!   story not in the set (credited in its dateline, shared with nobody)
//!   and whose rest is its own reporting, beside an unrelated independent
//!   story. Tests per-span attribution inside one article.
//! - [`mixed_parents`]: the wire and another outlet's independent report are
//!   in the set; paper M takes paragraphs from both (and a light edit of the
//!   wire is there too). Tests an article with two parents.
//!
//! ## Truth
//! [`LineageTruth`] gives, per article ([`ArticleLineage`]), its direct
//! parents (article ids, or `wire:AGENCY` for an agency story not in the
//! set, with the agency's short name as in the event: `AFP`, `Reuters`,
//! `AP`), the wire version it carries (when the wire has versions), the
//! agency whose copy it carries, every place its text credits that agency
//! ([`Credit`]: kind as the engine names them, `dateline`, `copyright`,
//! `in-text`, `byline`, with the evidence's byte range), whether it is
//! uncredited, independent or a credited origin, its own share of words,
//! and its spans ([`LineageSpan`]): UTF-8 byte ranges of its text with
//! their direct source (an article id, `wire:AGENCY`, or `own`) and where
//! the text was first written. [`WireNode`]s describe the agency stories, with the full
//! text of each version (so spans into a wire not in the set can be
//! checked) and what version 2 added and removed.
//!
//! Everything is deterministic: the same seed and word target give the same
//! bytes. [`Scenario::without_times`] removes publication times so the
//! engine can be tested without them.
//!
//! ```
//! let all = wiretrace_synth::lineage::scenarios(3, 300);
//! assert_eq!(all.len(), wiretrace_synth::lineage::NAMES.len());
//! let siblings = &all[0];
//! assert_eq!(siblings.name, "siblings");
//! assert!(siblings.truth.articles.iter().all(|a| a.parents[0].starts_with("wire:")));
//! ```

use crate::article::{words_in, Built, Paras, Piece, Role};
use crate::corpus::slug;
use crate::edits::{self, find_word, Ctx};
use crate::event::{number, Event, Numbers, Org, Person, Style};
use crate::lexicon::{AGENCIES, LIGHT_SYNONYMS};
use crate::message::{render_with, Message, MsgKind};
use crate::originality::{word_hashes, Guard};
use crate::phrasebook::TAGLINES;
use crate::rng::{between, index, pick, seeded, shuffle, Rng};
use crate::writers::{line, outlet_name, title, write_story, Gen, Writer, CORPUS_TRIES, TRIES};
use crate::{rewrite, Kind, SpanMode};
use rand::Rng as _;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The scenario names, in the order [`scenarios`] returns them.
pub const NAMES: [&str; 9] = [
    "siblings",
    "no_credits",
    "chain",
    "independent",
    "versions",
    "versions_in_set",
    "credited_absent",
    "credited_lede",
    "mixed_parents",
];

/// One generated test set: articles and their lineage truth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scenario {
    /// Its name, one of [`NAMES`].
    pub name: &'static str,
    /// What it tests, in one sentence.
    pub about: &'static str,
    /// The articles, in a shuffled order (not by time, not by lineage).
    pub articles: Vec<LineageArticle>,
    /// Where each article comes from.
    pub truth: LineageTruth,
}

/// An article as the engine sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineageArticle {
    /// Id, unique across all scenarios: `siblings-p2-reordered`,
    /// `chain-wire`, `versions_in_set-wire-v2`, `independent-ind0`, ...
    pub id: String,
    /// Headline.
    pub title: String,
    /// Publishing outlet (the agency's short name for an agency story).
    pub outlet: String,
    /// Publication time, ISO 8601 UTC (`2024-01-04T10:00:00Z`); `None`
    /// after [`Scenario::without_times`].
    pub published: Option<String>,
    /// The text: paragraphs separated by a blank line.
    pub text: String,
}

/// The lineage of a scenario's articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineageTruth {
    /// The scenario's name.
    pub scenario: String,
    /// One entry per article, in the order of [`Scenario::articles`].
    pub articles: Vec<ArticleLineage>,
    /// The agency stories behind the articles, in the set or not.
    pub wires: Vec<WireNode>,
}

/// Where in an article a credit is (the engine's credit kinds, serialized
/// the same way; this generator writes no photo credits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CreditKind {
    /// A dateline naming the agency: `KESTREL BAY (AFP) –`, `KESTREL BAY,
    /// Veloria, March 4 (Reuters) -`.
    Dateline,
    /// A copyright line: `© AFP`.
    Copyright,
    /// An attribution in a sentence: `told AFP`, `unverified by AFP`,
    /// `which AFP could not verify`.
    InText,
    /// A tag line: `— AFP`, `(With AFP)`, `Source: AFP`, `Additional
    /// reporting by AFP.`
    Byline,
}

/// One place where an article's text names an agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credit {
    /// The agency's short name: `AFP`, `Reuters` or `AP`.
    pub agency: String,
    /// What kind of credit it is.
    pub kind: CreditKind,
    /// Start of the evidence in the article's text (UTF-8 byte offset): the
    /// whole dateline or tag line; for an in-text credit, the phrase
    /// (`told AFP`, `unverified by AFP`, `AFP could not verify`) or the
    /// agency's name.
    pub start: usize,
    /// End of the evidence (exclusive).
    pub end: usize,
    /// The evidence: `text[start..end]`.
    pub text: String,
}

/// Where one article comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleLineage {
    /// The article's id.
    pub id: String,
    /// What it is: [`Kind::Wire`] for an agency story (either version),
    /// [`Kind::Independent`] / [`Kind::Unrelated`] for original reports,
    /// otherwise how it was derived. In `credited_lede`, [`Kind::Mixed`]
    /// means the agency's first paragraphs followed by own reporting.
    pub kind: Kind,
    /// Direct parents: ids of articles in the set, or `wire:AGENCY` for an
    /// agency story not in the set, or `wire:unknown` for one whose agency
    /// no article names (`no_credits`). Empty for independent, unrelated and
    /// original agency stories. Version 2 of an agency story in the set has
    /// version 1 as its parent. In `credited_absent` the paper's parent is
    /// `wire:Reuters`, a node known only from the paper's credit (see
    /// [`ArticleLineage::credited_origin`]).
    pub parents: Vec<String>,
    /// The version of the agency story it carries (1 or 2), when that story
    /// was updated (`versions`, `versions_in_set`; the agency articles
    /// themselves too); `None` otherwise.
    pub version: Option<u8>,
    /// The agency whose copy it carries, directly or through other papers
    /// (the agency itself for an agency story); `None` for original
    /// reports. Known to the generator even when the text does not say it
    /// (`no_credits`).
    pub agency: Option<String>,
    /// Every place its text names [`ArticleLineage::agency`] (for original
    /// reports, the event's agency: always none here), in text order.
    pub credits: Vec<Credit>,
    /// Whether its text credits the agency at all (`credits` not empty).
    pub credits_agency: bool,
    /// Whether it is the only article of the set carrying an agency story
    /// that is not in the set, and credits it (`credited_absent`,
    /// `credited_lede`). Its `parents` still name the `wire:AGENCY` node,
    /// but no other article shares that text, so an engine that infers wire
    /// nodes from text several articles share should give it no parent and
    /// call it a credited origin (as the hand-written fixture set04 does).
    pub credited_origin: bool,
    /// Whether it reproduces agency copy (directly or through other
    /// papers) without crediting the agency: not an agency story, `agency`
    /// set, `credits` empty.
    pub uncredited: bool,
    /// Whether it has no parent (independent and unrelated reports, and
    /// original agency stories).
    pub independent: bool,
    /// Where its text comes from, in text order, not overlapping. Headline
    /// lines and taglines are in no span.
    pub spans: Vec<LineageSpan>,
    /// Whitespace-separated words in its spans (headlines and tag lines not
    /// counted).
    pub words: usize,
    /// Of those, words in `own` spans: the outlet's own material.
    /// `own_words / words` is its own share (1 for original reports; a
    /// paraphrased sentence counts as reused).
    pub own_words: usize,
}

/// A stretch of an article's text and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineageSpan {
    /// Start in the article's text (UTF-8 byte offset).
    pub start: usize,
    /// End in the article's text (exclusive).
    pub end: usize,
    /// The direct source: an article id, `wire:AGENCY` for an agency story
    /// not in the set, or `own` for text the article wrote itself.
    pub source: String,
    /// When `source` is an agency story: which version's text
    /// `source_start..source_end` point into (1 when it has one version;
    /// for `wire:` sources, the text in [`WireNode::versions`]).
    pub version: Option<u8>,
    /// Start in the source's text; `None` for own text.
    pub source_start: Option<usize>,
    /// End in the source's text (exclusive); `None` for own text.
    pub source_end: Option<usize>,
    /// Where the text was first written: an article id (the article itself
    /// for own text, or a paper whose own sentence was copied along a
    /// chain) or `wire:AGENCY`.
    pub origin: String,
    /// Copied (perhaps with small edits) or paraphrased; `None` for own
    /// text.
    pub mode: Option<SpanMode>,
    /// Whether the text is byte-identical to the source range (false for
    /// own text, edited copies and paraphrases).
    pub exact: bool,
}

/// An agency story behind a scenario's articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireNode {
    /// `wire:AGENCY` when not in the set (`wire:unknown` when no article
    /// names the agency), else the article id of its first version.
    pub id: String,
    /// The agency's short name: `AFP`, `Reuters` or `AP`.
    pub agency: String,
    /// Whether its versions are articles of the set.
    pub in_set: bool,
    /// The articles (other than its own versions) whose parents include it
    /// or one of its versions.
    pub carried_by: Vec<String>,
    /// Its versions: one, or two when the agency updated the story.
    pub versions: Vec<WireVersion>,
}

/// One version of an agency story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireVersion {
    /// 1 or 2.
    pub version: u8,
    /// Its article id when in the set.
    pub article: Option<String>,
    /// When the agency filed it, ISO 8601 UTC (kept by
    /// [`Scenario::without_times`]).
    pub published: String,
    /// Its full text: spans with this node as source point into it.
    pub text: String,
    /// Its lede sentence (after the dateline).
    pub lede: String,
    /// Paragraphs new in this version, as they appear in `text` (empty for
    /// version 1; the rewritten lede is in `lede`, not here).
    pub added: Vec<String>,
    /// Paragraphs of the previous version this one dropped, as they appear
    /// in the previous version's text.
    pub removed: Vec<String>,
}

impl Scenario {
    /// The same scenario with every `published` set to `None`.
    pub fn without_times(mut self) -> Scenario {
        self.strip_times();
        self
    }

    /// Sets every article's `published` to `None`.
    pub fn strip_times(&mut self) {
        for a in &mut self.articles {
            a.published = None;
        }
    }

    /// The articles as a Wiretrace workspace file: `{"wiretrace": 1,
    /// "articles": [{"id", "title", "outlet", "url": null, "published",
    /// "text"}]}` (`published` is `null` when stripped).
    pub fn to_workspace_json(&self) -> String {
        #[derive(Serialize)]
        struct Entry<'a> {
            id: &'a str,
            title: &'a str,
            outlet: &'a str,
            url: Option<&'a str>,
            published: Option<&'a str>,
            text: &'a str,
        }
        #[derive(Serialize)]
        struct Workspace<'a> {
            wiretrace: u32,
            articles: Vec<Entry<'a>>,
        }
        let ws = Workspace {
            wiretrace: 1,
            articles: self
                .articles
                .iter()
                .map(|a| Entry {
                    id: &a.id,
                    title: &a.title,
                    outlet: &a.outlet,
                    url: None,
                    published: a.published.as_deref(),
                    text: &a.text,
                })
                .collect(),
        };
        serde_json::to_string_pretty(&ws).expect("plain data serializes")
    }

    /// The truth as JSON (a serialized [`LineageTruth`]).
    pub fn truth_json(&self) -> String {
        serde_json::to_string_pretty(&self.truth).expect("plain data serializes")
    }
}

/// The smallest word target used: shorter stories are too short to drop,
/// reorder or update paragraphs in the ways the scenarios need.
pub const MIN_WORDS: usize = 150;

/// Every scenario, in the order of [`NAMES`], each with about `words`
/// words per full-length article (at least [`MIN_WORDS`]).
pub fn scenarios(seed: u64, words: usize) -> Vec<Scenario> {
    NAMES
        .iter()
        .map(|n| scenario(n, seed, words).expect("known name"))
        .collect()
}

/// The scenario called `name` (one of [`NAMES`]), or `None`.
pub fn scenario(name: &str, seed: u64, words: usize) -> Option<Scenario> {
    Some(match name {
        "siblings" => siblings(seed, words),
        "no_credits" => no_credits(seed, words),
        "chain" => chain(seed, words),
        "independent" => independent(seed, words),
        "versions" => versions(seed, words),
        "versions_in_set" => versions_in_set(seed, words),
        "credited_absent" => credited_absent(seed, words),
        "credited_lede" => credited_lede(seed, words),
        "mixed_parents" => mixed_parents(seed, words),
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Internals.

/// What the truth needs to know about a built article or agency story.
struct Meta {
    /// The id the truth uses for it: its article id, or `wire:AGENCY`.
    node: String,
    /// Whether it is an article of the set.
    included: bool,
    /// Version of an updated agency story it is or carries.
    version: Option<u8>,
    /// Direct parents (truth ids).
    parents: Vec<String>,
    /// The agency whose copy it carries (or is).
    agency: Option<&'static str>,
    /// The agency its credits are checked against.
    credit_agency: &'static str,
    /// Whether it is an agency story.
    wire: bool,
}

/// How a paper credits the agency.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cr {
    /// Leave the text as derived.
    Keep,
    /// A dateline naming the agency, no tagline.
    Dateline,
    /// A tagline; the dateline does not name the agency.
    Tagline,
    /// Dateline and tagline.
    Both,
    /// A `told AGENCY` quote only (kept from the source).
    Quote,
    /// No mention of the agency anywhere.
    Strip,
}

/// A scenario under construction.
struct Sc {
    name: &'static str,
    gen: Gen,
    target: usize,
    all: Vec<Built>,
    meta: Vec<Meta>,
    outlets: Vec<String>,
    wires: Vec<WireNode>,
}

/// A protection rule: pieces a derivation must neither drop nor edit.
type Protect<'a> = &'a dyn Fn(&Piece) -> bool;

fn nothing(_: &Piece) -> bool {
    false
}

/// FNV-1a of a name, to give each scenario its own random source.
pub(crate) fn name_hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether `text` names `agency` as a word.
fn mentions(text: &str, agency: &str) -> bool {
    find_word(text, agency).is_some()
}

/// Whether `text` names any agency.
fn mentions_any(text: &str) -> bool {
    AGENCIES.iter().any(|a| mentions(text, a))
}

/// Whether no name of the event could be read as an agency's.
fn clean(ev: &Event) -> bool {
    let mut fields = vec![
        ev.city.clone(),
        ev.city.to_uppercase(),
        ev.region.clone(),
        ev.hospital.clone(),
        ev.org.full.clone(),
        ev.org.short.clone(),
        ev.country.to_string(),
        ev.capital.to_string(),
    ];
    fields.extend(ev.people.iter().map(|p| format!("{} {}", p.first, p.last)));
    !fields.iter().any(|f| mentions_any(f))
}

/// A copy of `ev` with another death toll.
fn with_deaths(ev: &Event, deaths: u32) -> Event {
    let n = &ev.numbers;
    Event {
        hazard: ev.hazard,
        city: ev.city.clone(),
        country: ev.country,
        capital: ev.capital,
        region: ev.region.clone(),
        site: ev.site,
        cause: ev.cause,
        hospital: ev.hospital.clone(),
        org: Org {
            full: ev.org.full.clone(),
            short: ev.org.short.clone(),
            kind: ev.org.kind.clone(),
        },
        people: ev
            .people
            .iter()
            .map(|p| Person {
                first: p.first.clone(),
                last: p.last.clone(),
                female: p.female,
                role: p.role,
            })
            .collect(),
        numbers: Numbers {
            deaths,
            injured: n.injured,
            missing: n.missing,
            evacuated: n.evacuated,
            arrested: n.arrested,
            homes: n.homes,
            amount: n.amount,
        },
        agency: ev.agency,
        start: ev.start,
        pop: ev.pop,
        km: ev.km,
        dir: ev.dir,
    }
}

/// Replaces a whole word: the organisation by its acronym, or a copy-desk
/// synonym. `None` if nothing applies.
fn substitute(text: &str, ev: &Event, rng: &mut Rng) -> Option<String> {
    if text.contains(&ev.org.full) && rng.random_bool(0.6) {
        return Some(text.replace(&ev.org.full, &ev.org.short));
    }
    let found: Vec<(usize, &str, &str)> = LIGHT_SYNONYMS
        .iter()
        .filter_map(|(from, to)| find_word(text, from).map(|at| (at, *from, *to)))
        .collect();
    if found.is_empty() {
        return None;
    }
    let (at, from, to) = found[index(rng, found.len())];
    Some(format!("{}{}{}", &text[..at], to, &text[at + from.len()..]))
}

/// Edits a copied piece's text (no longer byte-identical to its source).
fn set_text(piece: &mut Piece, text: String) {
    piece.set_text(text);
}

/// Body paragraphs of `all[src]` copied unchanged, datelines included.
fn copy_body(all: &[Built], src: usize) -> Paras {
    let s = &all[src];
    s.body_paras()
        .map(|para| {
            para.iter()
                .filter(|&&j| matches!(s.pieces[j].role, Role::Sentence | Role::Dateline))
                .map(|&j| Piece::copy(s, src, j))
                .collect::<Vec<_>>()
        })
        .filter(|p| p.iter().any(|x| x.role == Role::Sentence))
        .collect()
}

/// The text of paragraph `k` of `b` as it appears in `b.text`.
fn para_text(b: &Built, k: usize) -> String {
    let p = &b.paras[k];
    let (s, e) = (b.ranges[p[0]].0, b.ranges[*p.last().expect("non-empty")].1);
    b.text[s..e].to_string()
}

/// The paragraph of `b` holding piece `j`.
fn para_of(b: &Built, j: usize) -> usize {
    b.paras
        .iter()
        .position(|p| p.contains(&j))
        .expect("every piece is in a paragraph")
}

/// The first paragraph of `paras` holding a piece `protect` accepts.
fn first_protected(paras: &Paras, protect: Protect) -> Option<usize> {
    paras.iter().position(|p| p.iter().any(protect))
}

/// Templates of lines an updated agency story adds or drops.
const NO_COMMENT: &[&str] = &[
    "There was no immediate comment from the {org}.",
    "The {org} did not immediately respond to [requests|a request] for comment[ on {weekday}|].",
    "[Officials at|A spokesperson for] the {org} could not be reached for comment[ on {weekday}| late on {weekday}|].",
];

const STATEMENT: &[&str] = &[
    "In a statement [issued|released] [late on {weekday}|on {weekday} evening|hours later], the {org} said it had [opened|launched|ordered] [an internal review|an independent inquiry|a formal investigation] into [its response to the {incident}|the handling of the rescue] and would [publish its findings|report back] within {ndays} days.",
    "The {org} said [late on {weekday}|on {weekday} evening|in a later statement] that it [was reviewing|had begun reviewing] [its emergency procedures|its response to the {incident}], [adding|and added] that {staff} [senior officials|staff members|managers] had been [suspended|placed on leave] pending [the inquiry|an investigation].",
];

const TOLL_UPDATE: &[&str] = &[
    "The death toll rose to {deaths2} [late on {weekday}|on {weekday} evening|overnight] after [rescuers|{responders}] [recovered|pulled out] {more} more [bodies|victims] from {site.short}, {~officials} said.",
    "[Officials|Authorities] [later|subsequently] raised the [death toll|number of dead] to {deaths2} from {deaths1}((, [saying|adding] that {more} of the [injured|wounded] had died in hospital)).",
];

const TOLD_QUOTE: &[&str] = &[
    r#""{~effort}. {~priority} {goal}," {who.ref} told {agency}."#,
    r#""{~priority} {goal} [in {city}|at {site.short}|before nightfall]," {who.ref} told {agency} by telephone."#,
];

/// A random credit plan for a paper copying a wire.
fn random_credit(rng: &mut Rng) -> Cr {
    match index(rng, 100) {
        0..=34 => Cr::Dateline,
        35..=54 => Cr::Tagline,
        55..=69 => Cr::Both,
        _ => Cr::Strip,
    }
}

/// How an updated agency story came about.
struct Versions {
    /// Index of version 1.
    v1: usize,
    /// Index of version 2.
    v2: usize,
    /// Pieces of version 1 that version 2 does not have (lede, no comment).
    v1_only: Vec<usize>,
    /// Pieces version 2 added (lede, toll update, statement, witness).
    v2_only: Vec<usize>,
}

impl Sc {
    fn new(name: &'static str, seed: u64, words: usize) -> Sc {
        Sc {
            name,
            gen: Gen {
                rng: seeded(seed ^ name_hash(name)),
                guard: Guard::default(),
                names: Default::default(),
            },
            target: words.max(MIN_WORDS),
            all: Vec::new(),
            meta: Vec::new(),
            outlets: Vec::new(),
            wires: Vec::new(),
        }
    }

    /// A new event whose names cannot be read as an agency's; the guard
    /// starts afresh.
    fn event(&mut self) -> Event {
        self.gen.guard.new_event();
        loop {
            let ev = Event::generate(&mut self.gen.rng, &mut self.gen.names);
            if clean(&ev) {
                return ev;
            }
        }
    }

    /// An outlet name not used yet in this scenario.
    fn outlet(&mut self) -> String {
        loop {
            let o = outlet_name(&mut self.gen.rng);
            if !self.outlets.contains(&o) || self.outlets.len() > 200 {
                self.outlets.push(o.clone());
                return o;
            }
        }
    }

    /// An article id of this scenario.
    fn id(&self, suffix: &str) -> String {
        format!("{}-{suffix}", self.name)
    }

    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        id: String,
        title: String,
        outlet: String,
        published: i64,
        kind: Kind,
        paras: Paras,
        meta: Meta,
    ) -> usize {
        let event = (kind != Kind::Unrelated).then_some(0);
        self.all.push(Built::assemble(
            id, title, outlet, published, kind, event, paras,
        ));
        self.meta.push(meta);
        self.all.len() - 1
    }

    /// Meta of an article of the set.
    fn article_meta(
        id: &str,
        parents: Vec<String>,
        agency: Option<&'static str>,
        credit_agency: &'static str,
    ) -> Meta {
        Meta {
            node: id.to_string(),
            included: true,
            version: None,
            parents,
            agency,
            credit_agency,
            wire: false,
        }
    }

    /// Renders one of `templates` with `vars` until the guard accepts it (or
    /// takes the last rendering after [`TRIES`]), and remembers it.
    fn fresh_line(
        &mut self,
        ev: &Event,
        templates: &[&str],
        vars: &[(&'static str, String)],
    ) -> String {
        let mut last = String::new();
        for attempt in 0..TRIES {
            let t = pick(&mut self.gen.rng, templates);
            let r = render_with(t, ev, vars, Style::Wire, &mut self.gen.rng);
            let w = word_hashes(&r.full);
            last = r.full;
            if self.gen.guard.fresh(&[], &w, attempt < CORPUS_TRIES) {
                break;
            }
        }
        let w = word_hashes(&last);
        self.gen.guard.record(&[], &w);
        last
    }

    /// A guarded wire-style sentence of `kind` naming no agency, or `None`.
    fn wire_sentence(&mut self, ev: &Event, kind: MsgKind) -> Option<Piece> {
        let msg = Message::make(kind, ev, "", &mut self.gen.names, &mut self.gen.rng)?;
        let mut w = Writer::new(&mut self.gen.rng);
        let ok = |t: &str| !mentions_any(t);
        w.try_message(&mut self.gen, ev, &msg, Style::Wire, &ok)?;
        w.finish().into_iter().flatten().next()
    }

    /// An agency story about `ev`: in the set as `id`, or not (its truth id
    /// is then `wire:AGENCY`).
    fn wire(&mut self, ev: &Event, included: bool, paras: Option<Paras>) -> usize {
        let paras =
            paras.unwrap_or_else(|| write_story(&mut self.gen, ev, Style::Wire, self.target));
        let t = title(&mut self.gen, ev, Style::Wire);
        let published = ev.start + i64::from(between(&mut self.gen.rng, 25, 150));
        let node = if included {
            self.id("wire")
        } else {
            format!("wire:{}", ev.agency)
        };
        let k = self.add(
            node.clone(),
            t,
            ev.agency.to_string(),
            published,
            Kind::Wire,
            paras,
            Meta {
                node: node.clone(),
                included,
                version: None,
                parents: Vec::new(),
                agency: Some(ev.agency),
                credit_agency: ev.agency,
                wire: true,
            },
        );
        let b = &self.all[k];
        self.wires.push(WireNode {
            id: node,
            agency: ev.agency.to_string(),
            in_set: included,
            carried_by: Vec::new(),
            versions: vec![WireVersion {
                version: 1,
                article: included.then(|| b.id.clone()),
                published: crate::clock::iso(b.published),
                text: b.text.clone(),
                lede: lede_of(b),
                added: Vec::new(),
                removed: Vec::new(),
            }],
        });
        k
    }

    /// An agency story in two versions (see [`versions`]).
    fn versioned_wire(&mut self, ev: &Event, included: bool) -> Versions {
        let mut paras = write_story(&mut self.gen, ev, Style::Wire, self.target);
        let no_comment = self.fresh_line(ev, NO_COMMENT, &[]);
        let q = (between(&mut self.gen.rng, 2, 4) as usize).min(paras.len());
        paras.insert(q, vec![Piece::own(no_comment, Role::Sentence)]);
        let t1 = title(&mut self.gen, ev, Style::Wire);
        let p1 = ev.start + i64::from(between(&mut self.gen.rng, 25, 150));
        let agency = ev.agency;
        let (id1, id2) = if included {
            (self.id("wire-v1"), self.id("wire-v2"))
        } else {
            (format!("wire:{agency}"), format!("wire:{agency}"))
        };
        let v1 = self.add(
            id1.clone(),
            t1,
            agency.to_string(),
            p1,
            Kind::Wire,
            paras,
            Meta {
                node: id1.clone(),
                included,
                version: Some(1),
                parents: Vec::new(),
                agency: Some(agency),
                credit_agency: agency,
                wire: true,
            },
        );

        // The update: a higher toll, a new lede, the statement instead of
        // "no comment", the toll update after the lede, maybe a witness.
        let d1 = ev.numbers.deaths;
        let d2 = d1 + between(&mut self.gen.rng, 1, (d1 / 3).max(2));
        let ev2 = with_deaths(ev, d2);
        let mut lede = None;
        for _ in 0..5 {
            lede = self.wire_sentence(&ev2, MsgKind::Lede);
            if lede.is_some() {
                break;
            }
        }
        let lede = lede.unwrap_or_else(|| {
            let t = self.fresh_line(
                &ev2,
                &["At least {deaths} people have now died after {what} on {weekday}, {~officials} said."],
                &[],
            );
            Piece::own(t, Role::Sentence)
        });
        let vars = vec![
            ("deaths2", number(d2)),
            ("deaths1", number(d1)),
            ("more", number(d2 - d1)),
            ("ndays", number(between(&mut self.gen.rng, 3, 30))),
            ("staff", number(between(&mut self.gen.rng, 2, 6))),
        ];
        let toll = Piece::own(self.fresh_line(ev, TOLL_UPDATE, &vars), Role::Sentence);
        let statement = Piece::own(self.fresh_line(ev, STATEMENT, &vars), Role::Sentence);
        let witness = if self.gen.rng.random_bool(0.6) {
            let kind = if self.gen.rng.random_bool(0.5) {
                MsgKind::WitnessSaw
            } else {
                MsgKind::WitnessHeard
            };
            self.wire_sentence(ev, kind)
        } else {
            None
        };

        let b1 = &self.all[v1];
        let dateline = b1.paras[0]
            .iter()
            .copied()
            .find(|&j| b1.pieces[j].role == Role::Dateline);
        let lede1 = b1.paras[0]
            .iter()
            .copied()
            .find(|&j| b1.pieces[j].role == Role::Sentence)
            .expect("a lede");
        let nc = b1
            .pieces
            .iter()
            .position(|p| p.role == Role::Sentence && p.origin.is_none() && p.msg.is_none())
            .expect("the no-comment line");
        let mut v2: Paras = Vec::new();
        for (k, para) in b1.paras.iter().enumerate() {
            if k == 0 {
                let mut first: Vec<Piece> = dateline
                    .map(|d| Piece::copy(b1, v1, d))
                    .into_iter()
                    .collect();
                first.push(lede.clone());
                v2.push(first);
            } else if para.contains(&nc) {
                v2.push(vec![statement.clone()]);
            } else {
                v2.push(para.iter().map(|&j| Piece::copy(b1, v1, j)).collect());
            }
        }
        v2.insert(1, vec![toll.clone()]);
        if let Some(w) = witness.clone() {
            let lo = 3.min(v2.len());
            let at = lo + index(&mut self.gen.rng, v2.len() - lo + 1);
            v2.insert(at, vec![w]);
        }
        let t2 = title(&mut self.gen, &ev2, Style::Wire);
        let p2 = p1 + i64::from(between(&mut self.gen.rng, 90, 300));
        let v2 = self.add(
            id2.clone(),
            t2,
            agency.to_string(),
            p2,
            Kind::Wire,
            v2,
            Meta {
                node: id2.clone(),
                included,
                version: Some(2),
                parents: if included {
                    vec![id1.clone()]
                } else {
                    Vec::new()
                },
                agency: Some(agency),
                credit_agency: agency,
                wire: true,
            },
        );
        let (b1, b2) = (&self.all[v1], &self.all[v2]);
        // Version 2's own sentences, in text order: the lede, then the
        // toll update, the statement and the witness in their places.
        let v2_only: Vec<usize> = b2
            .pieces
            .iter()
            .enumerate()
            .filter(|(_, p)| p.origin.is_none() && p.role == Role::Sentence)
            .map(|(j, _)| j)
            .collect();
        let lede2 = v2_only[0];
        let added: Vec<String> = v2_only[1..]
            .iter()
            .map(|&j| para_text(b2, para_of(b2, j)))
            .collect();
        let removed = vec![para_text(b1, para_of(b1, nc))];
        self.wires.push(WireNode {
            id: id1,
            agency: agency.to_string(),
            in_set: included,
            carried_by: Vec::new(),
            versions: vec![
                WireVersion {
                    version: 1,
                    article: included.then(|| b1.id.clone()),
                    published: crate::clock::iso(b1.published),
                    text: b1.text.clone(),
                    lede: b1.pieces[lede1].text.clone(),
                    added: Vec::new(),
                    removed: Vec::new(),
                },
                WireVersion {
                    version: 2,
                    article: included.then(|| b2.id.clone()),
                    published: crate::clock::iso(b2.published),
                    text: b2.text.clone(),
                    lede: b2.pieces[lede2].text.clone(),
                    added,
                    removed,
                },
            ],
        });
        Versions {
            v1,
            v2,
            v1_only: vec![lede1, nc],
            v2_only,
        }
    }

    /// Adds up to `count` own sentences; returns how many were added.
    fn add_own(&mut self, ev: &Event, outlet: &str, paras: &mut Paras, count: usize) -> usize {
        let own = |p: &Paras| {
            p.iter()
                .flatten()
                .filter(|x| x.origin.is_none() && x.role == Role::Sentence)
                .count()
        };
        let before = own(paras);
        for _ in 0..3 * count {
            if own(paras) - before >= count {
                break;
            }
            let c = Ctx {
                all: &self.all,
                ev,
                outlet,
                target: self.target,
            };
            edits::add_own(&mut self.gen, &c, paras, 1);
        }
        own(paras) - before
    }

    /// A light edit of `src`: sentences (not `protect`ed ones) trimmed of an
    /// optional clause, a word swapped or dropped; `own` own sentences added.
    fn light_edit(
        &mut self,
        ev: &Event,
        outlet: &str,
        src: usize,
        protect: Protect,
        own: usize,
    ) -> Paras {
        let mut paras = copy_body(&self.all, src);
        let rng = &mut self.gen.rng;
        let mut edits = 0;
        for (pi, para) in paras.iter_mut().enumerate() {
            let mut kept = Vec::new();
            for mut piece in para.drain(..) {
                if piece.role != Role::Sentence || protect(&piece) {
                    kept.push(piece);
                    continue;
                }
                let roll = index(rng, 100);
                let edited = match roll {
                    _ if pi > 0 && roll < 7 => {
                        edits += 1;
                        continue;
                    }
                    _ if roll < 20 => piece.short.clone().filter(|s| *s != piece.text),
                    _ if roll < 38 => substitute(&piece.text, ev, rng),
                    _ => None,
                };
                if let Some(t) = edited {
                    set_text(&mut piece, t);
                    edits += 1;
                }
                kept.push(piece);
            }
            *para = kept;
        }
        paras.retain(|p| p.iter().any(|x| x.role == Role::Sentence));
        if edits == 0 {
            for piece in paras.iter_mut().flatten() {
                if piece.role == Role::Sentence && !protect(piece) {
                    if let Some(t) = substitute(&piece.text, ev, rng) {
                        set_text(piece, t);
                        break;
                    }
                }
            }
        }
        self.add_own(ev, outlet, &mut paras, own);
        paras
    }

    /// The first 30–60 % of `src`'s paragraphs, unchanged, and at least the
    /// first paragraph holding a `protect`ed piece.
    fn truncated(&mut self, src: usize, protect: Protect) -> Paras {
        let mut paras = copy_body(&self.all, src);
        let total = words_in(&paras) as f64;
        let goal = total * f64::from(between(&mut self.gen.rng, 30, 60)) / 100.0;
        let mut best = (f64::MAX, 1);
        let mut cum = 0.0;
        for (k, p) in paras.iter().enumerate() {
            cum += p.iter().map(Piece::words).sum::<usize>() as f64;
            let d = (cum - goal).abs();
            if d < best.0 && k + 1 < paras.len() {
                best = (d, k + 1);
            }
        }
        // Never the lede alone when there is more to keep.
        let floor = if paras.len() >= 3 { 2 } else { 1 };
        let min = first_protected(&paras, protect).map_or(floor, |k| (k + 1).max(floor));
        paras.truncate(best.1.max(min));
        paras
    }

    /// The lede first, the other paragraphs shuffled, some dropped (never
    /// one with a `protect`ed piece), own paragraphs added.
    fn reordered(&mut self, ev: &Event, outlet: &str, src: usize, protect: Protect) -> Paras {
        let mut paras = copy_body(&self.all, src);
        if paras.len() >= 3 {
            let first = paras.remove(0);
            let n = paras.len();
            let rng = &mut self.gen.rng;
            let mut rest: Paras = paras
                .into_iter()
                .enumerate()
                .filter(|(i, p)| *i < n / 2 || p.iter().any(protect) || index(rng, 100) >= 20)
                .map(|(_, p)| p)
                .collect();
            let key = |r: &Paras| -> Vec<usize> {
                r.iter()
                    .map(|p| p[0].origin.map_or(0, |o| o.piece))
                    .collect()
            };
            let before = key(&rest);
            shuffle(rng, &mut rest);
            if key(&rest) == before {
                rest.reverse();
            }
            paras = vec![first];
            paras.extend(rest);
        }
        let n = between(&mut self.gen.rng, 2, 4) as usize;
        self.add_own(ev, outlet, &mut paras, n);
        paras
    }

    /// Applies a credit plan: taglines the derivation added are removed
    /// first, then the dateline and tagline set as planned; with
    /// [`Cr::Strip`] every mention of the agency goes (a trimmed clause, "told
    /// reporters" for "told AGENCY", or the sentence dropped).
    fn credit(
        &mut self,
        ev: &Event,
        outlet: &str,
        src: usize,
        paras: &mut Paras,
        cr: Cr,
        protect: Protect,
    ) {
        if cr == Cr::Keep {
            return;
        }
        let agency = ev.agency;
        for p in paras.iter_mut() {
            p.retain(|x| x.role != Role::Tagline);
        }
        let tag = format!(" ({agency})");
        let first_body = paras
            .iter()
            .position(|p| {
                p.iter()
                    .any(|x| matches!(x.role, Role::Sentence | Role::Dateline))
            })
            .unwrap_or(0);
        match cr {
            Cr::Dateline | Cr::Both => {
                let s = &self.all[src];
                let src_dl = s
                    .pieces
                    .iter()
                    .position(|p| p.role == Role::Dateline && mentions(&p.text, agency));
                let para = &mut paras[first_body];
                let has = para
                    .first()
                    .is_some_and(|x| x.role == Role::Dateline && mentions(&x.text, agency));
                if !has {
                    if para.first().is_some_and(|x| x.role == Role::Dateline) {
                        para.remove(0);
                    }
                    let d = match src_dl {
                        Some(j) => Piece::copy(s, src, j),
                        None => Piece::own(
                            format!("{} ({agency}) –", ev.city.to_uppercase()),
                            Role::Dateline,
                        ),
                    };
                    para.insert(0, d);
                }
            }
            Cr::Tagline | Cr::Quote | Cr::Strip => {
                let para = &mut paras[first_body];
                if let Some(d) = para.first_mut().filter(|x| x.role == Role::Dateline) {
                    if mentions(&d.text, agency) {
                        if d.text.contains(&tag) && self.gen.rng.random_bool(0.6) {
                            let t = d.text.replace(&tag, "");
                            set_text(d, t);
                        } else {
                            para.remove(0);
                        }
                    }
                }
            }
            Cr::Keep => {}
        }
        if cr == Cr::Strip {
            let told = format!("told {agency}");
            for para in paras.iter_mut() {
                let mut kept = Vec::new();
                for mut piece in para.drain(..) {
                    if !mentions(&piece.text, agency) || protect(&piece) {
                        kept.push(piece);
                        continue;
                    }
                    if let Some(s) = piece.short.clone().filter(|s| !mentions(s, agency)) {
                        set_text(&mut piece, s);
                        kept.push(piece);
                    } else if piece.text.contains(&told)
                        && !mentions(&piece.text.replace(&told, "told reporters"), agency)
                    {
                        let t = piece.text.replace(&told, "told reporters");
                        set_text(&mut piece, t);
                        kept.push(piece);
                    }
                }
                *para = kept;
            }
            paras.retain(|p| !p.is_empty());
        }
        if matches!(cr, Cr::Tagline | Cr::Both) {
            let t = line(&mut self.gen, ev, TAGLINES, Style::Own, outlet);
            paras.push(vec![Piece::own(t, Role::Tagline)]);
        }
    }

    /// Optionally a headline line of the outlet's own at the top.
    fn headline(&mut self, ev: &Event, outlet: &str, paras: &mut Paras, chance: f64) {
        let c = Ctx {
            all: &self.all,
            ev,
            outlet,
            target: self.target,
        };
        edits::frame(&mut self.gen, &c, paras, chance, 0.0);
    }

    /// An original report of `ev` in the independent style.
    fn report(&mut self, ev: &Event) -> Paras {
        write_story(&mut self.gen, ev, Style::Indep, self.target)
    }

    /// An unrelated independent story about a new event.
    fn unrelated(&mut self, suffix: &str) -> usize {
        let ev = self.event();
        let paras = self.report(&ev);
        let t = title(&mut self.gen, &ev, Style::Indep);
        let outlet = self.outlet();
        let published = ev.start + i64::from(between(&mut self.gen.rng, 25, 600));
        let id = self.id(suffix);
        let meta = Sc::article_meta(&id, Vec::new(), None, ev.agency);
        self.add(id, t, outlet, published, Kind::Unrelated, paras, meta)
    }

    /// An independent report of `ev`, published around `around`.
    fn independent_report(&mut self, ev: &Event, suffix: &str, around: i64) -> usize {
        let paras = self.report(ev);
        let t = title(&mut self.gen, ev, Style::Indep);
        let outlet = self.outlet();
        let published =
            (around + i64::from(between(&mut self.gen.rng, 0, 780)) - 60).max(ev.start + 20);
        let id = self.id(suffix);
        let meta = Sc::article_meta(&id, Vec::new(), None, ev.agency);
        self.add(id, t, outlet, published, Kind::Independent, paras, meta)
    }

    /// A paper derived from `src` in the given way, with the given credit;
    /// `protect`ed pieces are neither dropped nor edited.
    fn derive(
        &mut self,
        ev: &Event,
        outlet: &str,
        src: usize,
        kind: Kind,
        cr: Cr,
        protect: Protect,
    ) -> Paras {
        let mut paras = match kind {
            Kind::Truncated => self.truncated(src, protect),
            Kind::Reordered => self.reordered(ev, outlet, src, protect),
            Kind::Verbatim => copy_body(&self.all, src),
            Kind::Paraphrase => {
                let c = Ctx {
                    all: &self.all,
                    ev,
                    outlet,
                    target: self.target,
                };
                edits::paraphrase(&mut self.gen, &c, src)
            }
            Kind::Brief => {
                let c = Ctx {
                    all: &self.all,
                    ev,
                    outlet,
                    target: self.target,
                };
                rewrite::brief(&mut self.gen, &c, src)
            }
            _ => {
                let n = between(&mut self.gen.rng, 2, 3) as usize;
                self.light_edit(ev, outlet, src, protect, n)
            }
        };
        self.credit(ev, outlet, src, &mut paras, cr, protect);
        if kind != Kind::Brief {
            self.headline(ev, outlet, &mut paras, 0.15);
        }
        paras
    }

    /// The truth id of the article where piece `j` of `k` was first written.
    fn root(&self, mut k: usize, mut j: usize) -> &str {
        while let Some(o) = self.all[k].pieces[j].origin {
            k = o.source;
            j = o.piece;
        }
        &self.meta[k].node
    }

    /// The spans of article `k`.
    fn spans(&self, k: usize) -> Vec<LineageSpan> {
        let b = &self.all[k];
        let mut out: Vec<LineageSpan> = Vec::new();
        // (source index, last source piece) of an open exact copy, or own.
        #[derive(Clone, Copy)]
        enum Open {
            Copy(usize, usize),
            Own,
        }
        let mut open: Option<Open> = None;
        for (i, piece) in b.pieces.iter().enumerate() {
            let (t0, t1) = b.ranges[i];
            let Some(o) = piece.origin else {
                if matches!(piece.role, Role::Sentence | Role::Dateline) {
                    if let Some(Open::Own) = open {
                        out.last_mut().expect("open span").end = t1;
                        continue;
                    }
                    out.push(LineageSpan {
                        start: t0,
                        end: t1,
                        source: "own".to_string(),
                        version: None,
                        source_start: None,
                        source_end: None,
                        origin: self.meta[k].node.clone(),
                        mode: None,
                        exact: false,
                    });
                    open = Some(Open::Own);
                } else {
                    open = None;
                }
                continue;
            };
            let src = &self.all[o.source];
            let origin = self.root(o.source, o.piece).to_string();
            if let (Some(Open::Copy(os, oj)), true) = (open, o.exact) {
                let last = out.last_mut().expect("open span");
                if os == o.source
                    && o.piece == oj + 1
                    && last.origin == origin
                    && &b.text[last.end..t0] == src.plain_gap(oj)
                {
                    last.end = t1;
                    last.source_end = Some(src.ranges[o.last].1);
                    open = Some(Open::Copy(o.source, o.last));
                    continue;
                }
            }
            let m = &self.meta[o.source];
            out.push(LineageSpan {
                start: t0,
                end: t1,
                source: m.node.clone(),
                version: m.wire.then(|| m.version.unwrap_or(1)),
                source_start: Some(src.ranges[o.piece].0),
                source_end: Some(src.ranges[o.last].1),
                origin,
                mode: Some(o.mode),
                exact: o.exact,
            });
            open = o.exact.then_some(Open::Copy(o.source, o.last));
        }
        out
    }

    /// The finished scenario.
    fn finish(mut self, about: &'static str) -> Scenario {
        let mut order: Vec<usize> = (0..self.all.len())
            .filter(|&k| self.meta[k].included)
            .collect();
        shuffle(&mut self.gen.rng, &mut order);
        let mut articles = Vec::new();
        let mut truth = Vec::new();
        for &k in &order {
            let b = &self.all[k];
            let m = &self.meta[k];
            articles.push(LineageArticle {
                id: b.id.clone(),
                title: b.title.clone(),
                outlet: b.outlet.clone(),
                published: Some(crate::clock::iso(b.published)),
                text: b.text.clone(),
            });
            let credits = credits_in(b, m.credit_agency);
            let credits_agency = !credits.is_empty();
            let spans = self.spans(k);
            let count = |own: bool| -> usize {
                spans
                    .iter()
                    .filter(|s| !own || s.source == "own")
                    .map(|s| b.text[s.start..s.end].split_whitespace().count())
                    .sum()
            };
            let (words, own_words) = (count(false), count(true));
            truth.push(ArticleLineage {
                id: b.id.clone(),
                kind: b.kind,
                parents: m.parents.clone(),
                version: m.version,
                agency: m.agency.map(str::to_string),
                uncredited: !m.wire && m.agency.is_some() && !credits_agency,
                credits,
                credits_agency,
                credited_origin: false,
                independent: m.parents.is_empty(),
                spans,
                words,
                own_words,
            });
        }
        let mut wires = std::mem::take(&mut self.wires);
        for w in &mut wires {
            let mut nodes = vec![w.id.clone()];
            nodes.extend(w.versions.iter().filter_map(|v| v.article.clone()));
            let own: Vec<String> = w
                .versions
                .iter()
                .filter_map(|v| v.article.clone())
                .collect();
            w.carried_by = truth
                .iter()
                .filter(|a| !own.contains(&a.id))
                .filter(|a| a.parents.iter().any(|p| nodes.contains(p)))
                .map(|a| a.id.clone())
                .collect();
            w.carried_by.sort();
        }
        for t in &mut truth {
            t.credited_origin = t.credits_agency
                && t.parents.len() == 1
                && wires
                    .iter()
                    .any(|w| !w.in_set && w.id == t.parents[0] && w.carried_by == [t.id.clone()]);
        }
        Scenario {
            name: self.name,
            about,
            articles,
            truth: LineageTruth {
                scenario: self.name.to_string(),
                articles: truth,
                wires,
            },
        }
    }
}

/// Every place the text of `b` names `agency`, in text order.
fn credits_in(b: &Built, agency: &str) -> Vec<Credit> {
    let phrases = [
        format!("told {agency}"),
        format!("unverified by {agency}"),
        format!("{agency} could not verify"),
        format!("by {agency}"),
    ];
    let mut out = Vec::new();
    for (j, p) in b.pieces.iter().enumerate() {
        let Some(at) = find_word(&p.text, agency) else {
            continue;
        };
        let (kind, s, e) = match p.role {
            Role::Dateline => (CreditKind::Dateline, 0, p.text.len()),
            Role::Tagline if p.text.starts_with('©') => (CreditKind::Copyright, 0, p.text.len()),
            Role::Tagline => (CreditKind::Byline, 0, p.text.len()),
            _ => phrases
                .iter()
                .find_map(|ph| p.text.find(ph.as_str()).map(|i| (i, i + ph.len())))
                .map_or((CreditKind::InText, at, at + agency.len()), |(i, e)| {
                    (CreditKind::InText, i, e)
                }),
        };
        let base = b.ranges[j].0;
        out.push(Credit {
            agency: agency.to_string(),
            kind,
            start: base + s,
            end: base + e,
            text: b.text[base + s..base + e].to_string(),
        });
    }
    out
}

/// The lede sentence of an agency story.
fn lede_of(b: &Built) -> String {
    b.pieces
        .iter()
        .find(|p| p.role == Role::Sentence)
        .map_or_else(String::new, |p| p.text.clone())
}

/// The texts of the sentences of `paras`.
fn sentence_texts(paras: &Paras) -> Vec<&str> {
    paras
        .iter()
        .flatten()
        .filter(|p| p.role == Role::Sentence)
        .map(|p| p.text.as_str())
        .collect()
}

/// The runs of eight words (lowercased, split at every non-alphanumeric
/// character) of each paragraph's datelines and sentences.
fn runs_of(paras: &Paras) -> HashSet<Vec<String>> {
    let mut out = HashSet::new();
    for para in paras {
        let text: Vec<&str> = para
            .iter()
            .filter(|p| matches!(p.role, Role::Sentence | Role::Dateline))
            .map(|p| p.text.as_str())
            .collect();
        let words: Vec<String> = text
            .join(" ")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        out.extend(words.windows(8).map(<[String]>::to_vec));
    }
    out
}

/// Whether every run of eight words of `a` is also in `b`.
fn contained(a: &Paras, b: &Paras) -> bool {
    runs_of(a).is_subset(&runs_of(b))
}

/// Breaks containment between drafts: while every run of eight words of one
/// draft is in another, the container drops one of the sentences they share
/// (not its first body sentence), or, if it cannot, the contained one swaps
/// a word in (or trims) one of its own.
fn uncontain(gen: &mut Gen, ev: &Event, drafts: &mut [Paras]) {
    for _ in 0..4 * drafts.len() * drafts.len() {
        let mut pair = None;
        'find: for i in 0..drafts.len() {
            for j in 0..drafts.len() {
                if i != j && contained(&drafts[i], &drafts[j]) {
                    pair = Some((i, j));
                    break 'find;
                }
            }
        }
        let Some((i, j)) = pair else { return };
        let shared: Vec<String> = sentence_texts(&drafts[i])
            .into_iter()
            .map(str::to_string)
            .collect();
        let first = sentence_texts(&drafts[j]).first().map(|s| s.to_string());
        let mut dropped = false;
        for para in drafts[j].iter_mut() {
            if let Some(at) = para.iter().position(|p| {
                p.role == Role::Sentence
                    && shared.contains(&p.text)
                    && Some(&p.text) != first.as_ref()
            }) {
                para.remove(at);
                dropped = true;
                break;
            }
        }
        if dropped {
            drafts[j].retain(|p| !p.is_empty());
            continue;
        }
        let mut edited = false;
        for piece in drafts[i].iter_mut().flatten() {
            if piece.role != Role::Sentence {
                continue;
            }
            let alt = substitute(&piece.text, ev, &mut gen.rng)
                .or_else(|| piece.short.clone().filter(|s| *s != piece.text));
            if let Some(t) = alt {
                set_text(piece, t);
                edited = true;
                break;
            }
        }
        if !edited {
            return;
        }
    }
}

// ---------------------------------------------------------------------------
// The scenarios.

/// `siblings`: an agency story not in the set and four or five papers
/// derived from it in different ways (light edit, truncated, reordered,
/// paraphrase, sometimes a brief), none containing another; the light edit
/// credits the agency in its dateline, the reordered one not at all.
pub fn siblings(seed: u64, words: usize) -> Scenario {
    sibling_set("siblings", seed, words, true)
        .finish("An agency story not in the set and papers that copy it in different ways, none containing another: the parent of each is wire:AGENCY, inferred from the text they share.")
}

/// `no_credits`: as [`siblings`], but no paper names the agency anywhere
/// (datelines stripped, no tag lines, "told AGENCY" made "told
/// reporters"): every paper's parent is `wire:unknown` and every paper is
/// uncredited.
pub fn no_credits(seed: u64, words: usize) -> Scenario {
    sibling_set("no_credits", seed, words, false)
        .finish("Papers sharing the text of an agency story that is not in the set and that none of them names: the parent of each is wire:unknown, and all are uncredited.")
}

/// The papers of [`siblings`] (`credited`) or [`no_credits`].
fn sibling_set(name: &'static str, seed: u64, words: usize, credited: bool) -> Sc {
    let mut sc = Sc::new(name, seed, words);
    let ev = sc.event();
    let w = sc.wire(&ev, false, None);
    if !credited {
        let unknown = "wire:unknown".to_string();
        sc.meta[w].node = unknown.clone();
        sc.wires.last_mut().expect("just added").id = unknown;
    }
    let wire_node = sc.meta[w].node.clone();
    let mut plan = vec![
        (
            Kind::LightEdit,
            if sc.gen.rng.random_bool(0.5) {
                Cr::Dateline
            } else {
                Cr::Both
            },
        ),
        (
            Kind::Truncated,
            if sc.gen.rng.random_bool(0.5) {
                Cr::Tagline
            } else {
                Cr::Dateline
            },
        ),
        (Kind::Reordered, Cr::Strip),
        (
            Kind::Paraphrase,
            if sc.gen.rng.random_bool(0.5) {
                Cr::Strip
            } else {
                Cr::Tagline
            },
        ),
    ];
    if sc.gen.rng.random_bool(0.7) {
        let cr = if sc.gen.rng.random_bool(0.5) {
            Cr::Tagline
        } else {
            Cr::Strip
        };
        plan.push((Kind::Brief, cr));
    }
    let mut outlets = Vec::new();
    let mut drafts = Vec::new();
    for &(kind, cr) in &plan {
        let outlet = sc.outlet();
        let cr = if credited { cr } else { Cr::Strip };
        drafts.push(sc.derive(&ev, &outlet, w, kind, cr, &nothing));
        outlets.push(outlet);
    }
    uncontain(&mut sc.gen, &ev, &mut drafts);
    let wire_time = sc.all[w].published;
    for (i, ((kind, _), (paras, outlet))) in
        plan.iter().zip(drafts.into_iter().zip(outlets)).enumerate()
    {
        let t = title(&mut sc.gen, &ev, Style::Own);
        let published = wire_time + i64::from(between(&mut sc.gen.rng, 5, 480));
        let id = sc.id(&format!("p{i}-{}", slug(*kind)));
        let meta = Sc::article_meta(&id, vec![wire_node.clone()], Some(ev.agency), ev.agency);
        sc.add(id, t, outlet, published, *kind, paras, meta);
    }
    sc
}

/// `chain`: the agency story in the set; A edits it and adds own sentences;
/// B republishes A with them (and its own additions when C exists);
/// sometimes C republishes B. Times increase along the chain.
pub fn chain(seed: u64, words: usize) -> Scenario {
    let mut sc = Sc::new("chain", seed, words);
    let ev = sc.event();
    let w = sc.wire(&ev, true, None);
    let agency = Some(ev.agency);

    // A: a light edit with at least two own sentences.
    let outlet_a = sc.outlet();
    let cr_a = match index(&mut sc.gen.rng, 10) {
        0..=5 => Cr::Dateline,
        6..=7 => Cr::Tagline,
        _ => Cr::Strip,
    };
    let mut pa = sc.light_edit(&ev, &outlet_a, w, &nothing, 2);
    let have = pa
        .iter()
        .flatten()
        .filter(|x| x.origin.is_none() && x.role == Role::Sentence)
        .count();
    if have < 2 {
        sc.add_own(&ev, &outlet_a, &mut pa, 2 - have);
    }
    sc.credit(&ev, &outlet_a, w, &mut pa, cr_a, &nothing);
    sc.headline(&ev, &outlet_a, &mut pa, 0.2);
    let ta = title(&mut sc.gen, &ev, Style::Own);
    let time_a = sc.all[w].published + i64::from(between(&mut sc.gen.rng, 5, 240));
    let id_a = sc.id("a-light-edit");
    let meta = Sc::article_meta(&id_a, vec![sc.meta[w].node.clone()], agency, ev.agency);
    let a = sc.add(
        id_a.clone(),
        ta,
        outlet_a,
        time_a,
        Kind::LightEdit,
        pa,
        meta,
    );

    // Pieces written by A or B (not copied from the wire) are kept by the
    // next link.
    let not_wire = |sc: &Sc, k: usize| -> Vec<usize> {
        (0..sc.all[k].pieces.len())
            .filter(|&j| {
                sc.root(k, j) != sc.meta[w].node && sc.all[k].pieces[j].role == Role::Sentence
            })
            .collect()
    };
    let with_c = sc.gen.rng.random_bool(0.5);
    let outlet_b = sc.outlet();
    let kind_b = if with_c || sc.gen.rng.random_bool(0.5) {
        Kind::LightEdit
    } else {
        Kind::Verbatim
    };
    let keep_a = not_wire(&sc, a);
    let protect_a = |p: &Piece| {
        p.origin
            .is_some_and(|o| o.source == a && keep_a.contains(&o.piece))
    };
    let mut pb = if kind_b == Kind::LightEdit {
        sc.light_edit(&ev, &outlet_b, a, &protect_a, if with_c { 2 } else { 1 })
    } else {
        copy_body(&sc.all, a)
    };
    sc.headline(&ev, &outlet_b, &mut pb, 0.3);
    let tb = if sc.gen.rng.random_bool(0.5) {
        sc.all[a].title.clone()
    } else {
        title(&mut sc.gen, &ev, Style::Own)
    };
    let time_b = time_a + i64::from(between(&mut sc.gen.rng, 5, 240));
    let id_b = sc.id(&format!("b-{}", slug(kind_b)));
    let meta = Sc::article_meta(&id_b, vec![id_a.clone()], agency, ev.agency);
    let b = sc.add(id_b.clone(), tb, outlet_b, time_b, kind_b, pb, meta);

    if with_c {
        let outlet_c = sc.outlet();
        let kind_c = if sc.gen.rng.random_bool(0.5) {
            Kind::LightEdit
        } else {
            Kind::Verbatim
        };
        let keep_b = not_wire(&sc, b);
        let protect_b = |p: &Piece| {
            p.origin
                .is_some_and(|o| o.source == b && keep_b.contains(&o.piece))
        };
        let mut pc = if kind_c == Kind::LightEdit {
            sc.light_edit(&ev, &outlet_c, b, &protect_b, 1)
        } else {
            copy_body(&sc.all, b)
        };
        sc.headline(&ev, &outlet_c, &mut pc, 0.3);
        let tc = title(&mut sc.gen, &ev, Style::Own);
        let time_c = time_b + i64::from(between(&mut sc.gen.rng, 5, 240));
        let id_c = sc.id(&format!("c-{}", slug(kind_c)));
        let meta = Sc::article_meta(&id_c, vec![id_b], agency, ev.agency);
        sc.add(id_c, tc, outlet_c, time_c, kind_c, pc, meta);
    }
    sc.finish("An agency story in the set, paper A editing it with own additions, B republishing A with those additions, sometimes C republishing B: B's parent is A, not the wire.")
}

/// `independent`: the agency story in the set, two papers derived from it,
/// two independent reports of the same event and an unrelated story.
pub fn independent(seed: u64, words: usize) -> Scenario {
    let mut sc = Sc::new("independent", seed, words);
    let ev = sc.event();
    let w = sc.wire(&ev, true, None);
    let wire_time = sc.all[w].published;
    for j in 0..2 {
        sc.independent_report(&ev, &format!("ind{j}"), wire_time);
    }
    let mut kinds = vec![
        Kind::LightEdit,
        Kind::Truncated,
        Kind::Reordered,
        Kind::Paraphrase,
    ];
    shuffle(&mut sc.gen.rng, &mut kinds);
    for (i, &kind) in kinds[..2].iter().enumerate() {
        let outlet = sc.outlet();
        let cr = random_credit(&mut sc.gen.rng);
        let paras = sc.derive(&ev, &outlet, w, kind, cr, &nothing);
        let t = title(&mut sc.gen, &ev, Style::Own);
        let published = wire_time + i64::from(between(&mut sc.gen.rng, 5, 480));
        let id = sc.id(&format!("d{i}-{}", slug(kind)));
        let meta = Sc::article_meta(
            &id,
            vec![sc.meta[w].node.clone()],
            Some(ev.agency),
            ev.agency,
        );
        sc.add(id, t, outlet, published, kind, paras, meta);
    }
    sc.unrelated("u0");
    sc.finish("An agency story in the set, two papers derived from it, two independent reports of the same event and an unrelated story: shared facts alone make no edge.")
}

/// Papers of an updated agency story: two or three from each version,
/// version-1 papers published between the two versions, version-2 papers
/// after version 2; each keeps its version's distinctive pieces.
fn version_papers(sc: &mut Sc, ev: &Event, v: &Versions) {
    let n1 = between(&mut sc.gen.rng, 2, 3) as usize;
    let n2 = between(&mut sc.gen.rng, 2, 3) as usize;
    let (t1, t2) = (sc.all[v.v1].published, sc.all[v.v2].published);
    let mut i = 0;
    for (version, src, n, only) in [(1u8, v.v1, n1, &v.v1_only), (2, v.v2, n2, &v.v2_only)] {
        let mut kinds = vec![Kind::LightEdit, Kind::Truncated, Kind::Reordered];
        shuffle(&mut sc.gen.rng, &mut kinds);
        let protect = |p: &Piece| {
            p.origin
                .is_some_and(|o| o.source == src && only.contains(&o.piece))
        };
        // At least one paper of each version names the agency.
        let mut crs: Vec<Cr> = (0..n).map(|_| random_credit(&mut sc.gen.rng)).collect();
        if crs.iter().all(|&c| c == Cr::Strip) {
            crs[0] = Cr::Dateline;
        }
        for (&kind, cr) in kinds[..n].iter().zip(crs) {
            let outlet = sc.outlet();
            let paras = sc.derive(ev, &outlet, src, kind, cr, &protect);
            let t = title(&mut sc.gen, ev, Style::Own);
            let published = if version == 1 {
                t1 + i64::from(between(&mut sc.gen.rng, 5, (t2 - t1 - 5) as u32))
            } else {
                t2 + i64::from(between(&mut sc.gen.rng, 5, 480))
            };
            let id = sc.id(&format!("p{i}-{}", slug(kind)));
            i += 1;
            let mut meta = Sc::article_meta(
                &id,
                vec![sc.meta[src].node.clone()],
                Some(ev.agency),
                ev.agency,
            );
            meta.version = Some(version);
            sc.add(id, t, outlet, published, kind, paras, meta);
        }
    }
}

/// `versions`: an agency story in two versions, neither in the set, and two
/// or three papers from each version.
pub fn versions(seed: u64, words: usize) -> Scenario {
    let mut sc = Sc::new("versions", seed, words);
    let ev = sc.event();
    let v = sc.versioned_wire(&ev, false);
    version_papers(&mut sc, &ev, &v);
    sc.finish("An agency story updated once (new lede and toll, a statement instead of 'no comment', new paragraphs), neither version in the set: each paper's parent is wire:AGENCY with the version it carries.")
}

/// `versions_in_set`: as [`versions`], with both versions in the set as
/// agency articles (version 2's parent is version 1).
pub fn versions_in_set(seed: u64, words: usize) -> Scenario {
    let mut sc = Sc::new("versions_in_set", seed, words);
    let ev = sc.event();
    let v = sc.versioned_wire(&ev, true);
    version_papers(&mut sc, &ev, &v);
    sc.finish("An agency story updated once, both versions in the set: each paper's parent is the version it came from, version 2's parent is version 1.")
}

/// `credited_absent`: a light edit of a Reuters-style story not in the set,
/// crediting it (dateline, quote or tagline), and an unrelated independent
/// story.
pub fn credited_absent(seed: u64, words: usize) -> Scenario {
    let mut sc = Sc::new("credited_absent", seed, words);
    let mut ev = sc.event();
    ev.agency = "Reuters";
    let mut paras = write_story(&mut sc.gen, &ev, Style::Wire, sc.target);
    // Reuters-style dateline and a quote given to the agency.
    let start = ev.start + 60;
    let dl = format!(
        "{}, {}, {} (Reuters) -",
        ev.city.to_uppercase(),
        ev.country,
        crate::clock::date_phrase(start)
    );
    if let Some(d) = paras[0].first_mut().filter(|p| p.role == Role::Dateline) {
        d.text = dl;
    }
    let quote = Message::make(
        MsgKind::QuoteEffort,
        &ev,
        "",
        &mut sc.gen.names,
        &mut sc.gen.rng,
    )
    .expect("quotes need nothing");
    let q = sc.fresh_line(&ev, TOLD_QUOTE, &quote.vars);
    let at = 2.min(paras.len());
    paras.insert(at, vec![Piece::own(q, Role::Sentence)]);
    let w = sc.wire(&ev, false, Some(paras));
    let cr = match index(&mut sc.gen.rng, 4) {
        0 => Cr::Dateline,
        1 => Cr::Quote,
        2 => Cr::Tagline,
        _ => Cr::Both,
    };
    let told = |p: &Piece| p.text.contains("told Reuters");
    let protect: Protect = if cr == Cr::Quote { &told } else { &nothing };
    let outlet = sc.outlet();
    let n = between(&mut sc.gen.rng, 1, 2) as usize;
    let mut pr = sc.light_edit(&ev, &outlet, w, protect, n);
    sc.credit(&ev, &outlet, w, &mut pr, cr, protect);
    sc.headline(&ev, &outlet, &mut pr, 0.2);
    let t = title(&mut sc.gen, &ev, Style::Own);
    let published = sc.all[w].published + i64::from(between(&mut sc.gen.rng, 5, 480));
    let id = sc.id("p0-light-edit");
    let meta = Sc::article_meta(
        &id,
        vec![sc.meta[w].node.clone()],
        Some(ev.agency),
        ev.agency,
    );
    sc.add(id, t, outlet, published, Kind::LightEdit, pr, meta);
    sc.unrelated("u0");
    sc.finish("One paper reproducing a Reuters story that is not in the set and crediting it, beside an unrelated report: its parent is wire:Reuters, known from the credit alone.")
}

/// `credited_lede`: a paper whose first two or three paragraphs come from an
/// agency story not in the set (credited in the dateline, shared with
/// nobody) and whose rest is its own reporting, and an unrelated
/// independent story.
pub fn credited_lede(seed: u64, words: usize) -> Scenario {
    let mut sc = Sc::new("credited_lede", seed, words);
    let ev = sc.event();
    let w = sc.wire(&ev, false, None);
    let outlet = sc.outlet();
    let mut paras = copy_body(&sc.all, w);
    let n = (between(&mut sc.gen.rng, 2, 3) as usize).min(paras.len());
    paras.truncate(n);
    let own_words = sc
        .target
        .saturating_sub(words_in(&paras))
        .max(sc.target / 2);
    let own = write_story(&mut sc.gen, &ev, Style::Indep, own_words);
    for para in own.into_iter().skip(1) {
        let p: Vec<Piece> = para
            .into_iter()
            .filter(|x| x.role == Role::Sentence)
            .collect();
        if !p.is_empty() {
            paras.push(p);
        }
    }
    let cr = if sc.gen.rng.random_bool(0.5) {
        Cr::Dateline
    } else {
        Cr::Both
    };
    sc.credit(&ev, &outlet, w, &mut paras, cr, &nothing);
    sc.headline(&ev, &outlet, &mut paras, 0.2);
    let t = title(&mut sc.gen, &ev, Style::Own);
    let published = sc.all[w].published + i64::from(between(&mut sc.gen.rng, 5, 480));
    let id = sc.id("p0-mixed");
    let meta = Sc::article_meta(
        &id,
        vec![sc.meta[w].node.clone()],
        Some(ev.agency),
        ev.agency,
    );
    sc.add(id, t, outlet, published, Kind::Mixed, paras, meta);
    sc.unrelated("u0");
    sc.finish("One paper whose first paragraphs come from an agency story not in the set (credited, shared with nobody) and whose rest is its own reporting: spans split between wire:AGENCY and own.")
}

/// `mixed_parents`: the agency story and another outlet's independent report
/// in the set, a paper taking paragraphs from both, and a light edit of the
/// agency story.
pub fn mixed_parents(seed: u64, words: usize) -> Scenario {
    let mut sc = Sc::new("mixed_parents", seed, words);
    let ev = sc.event();
    let w = sc.wire(&ev, true, None);
    let wire_time = sc.all[w].published;
    let p = sc.independent_report(&ev, "ind0", wire_time);
    let outlet = sc.outlet();
    let c = Ctx {
        all: &sc.all,
        ev: &ev,
        outlet: &outlet,
        target: sc.target,
    };
    let mut pm = edits::mixed(&mut sc.gen, &c, w, Some(p));
    let uses = |pm: &Paras, k: usize| {
        pm.iter().flatten().any(|x| {
            x.origin
                .is_some_and(|o| o.source == k && x.role == Role::Sentence)
        })
    };
    if !uses(&pm, p) {
        if let Some(last) = copy_body(&sc.all, p).pop() {
            let last: Vec<Piece> = last
                .into_iter()
                .filter(|x| x.role == Role::Sentence)
                .collect();
            pm.push(last);
        }
    }
    sc.headline(&ev, &outlet, &mut pm, 0.3);
    let t = title(&mut sc.gen, &ev, Style::Own);
    let after = wire_time.max(sc.all[p].published);
    let published = after + i64::from(between(&mut sc.gen.rng, 5, 480));
    let id = sc.id("d0-mixed");
    let parents = vec![sc.meta[w].node.clone(), sc.meta[p].node.clone()];
    let meta = Sc::article_meta(&id, parents, Some(ev.agency), ev.agency);
    sc.add(id, t, outlet, published, Kind::Mixed, pm, meta);

    let outlet = sc.outlet();
    let cr = random_credit(&mut sc.gen.rng);
    let paras = sc.derive(&ev, &outlet, w, Kind::LightEdit, cr, &nothing);
    let t = title(&mut sc.gen, &ev, Style::Own);
    let published = wire_time + i64::from(between(&mut sc.gen.rng, 5, 480));
    let id = sc.id("d1-light-edit");
    let meta = Sc::article_meta(
        &id,
        vec![sc.meta[w].node.clone()],
        Some(ev.agency),
        ev.agency,
    );
    sc.add(id, t, outlet, published, Kind::LightEdit, paras, meta);
    sc.finish("An agency story and an independent report in the set, a paper taking paragraphs from both (two parents) and a light edit of the agency story.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};
    use std::sync::OnceLock;

    const WORDS: usize = 300;

    /// Every scenario for seeds 0..20.
    fn all() -> &'static [Vec<Scenario>] {
        static ALL: OnceLock<Vec<Vec<Scenario>>> = OnceLock::new();
        ALL.get_or_init(|| (0..20).map(|s| scenarios(s, WORDS)).collect())
    }

    fn each(name: &str) -> impl Iterator<Item = &'static Scenario> + '_ {
        all().iter().flatten().filter(move |s| s.name == name)
    }

    fn by_id(sc: &Scenario) -> HashMap<&str, (&LineageArticle, &ArticleLineage)> {
        sc.articles
            .iter()
            .zip(&sc.truth.articles)
            .map(|(a, t)| (a.id.as_str(), (a, t)))
            .collect()
    }

    fn node<'a>(sc: &'a Scenario, id: &str) -> Option<&'a WireNode> {
        sc.truth.wires.iter().find(|w| w.id == id)
    }

    /// Lowercased alphanumeric words.
    fn words(text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    /// 8-word runs of the paragraphs of `a` that lie in a span (so not
    /// headline lines or taglines).
    fn body_runs(a: &LineageArticle, t: &ArticleLineage) -> HashSet<Vec<String>> {
        let mut out = HashSet::new();
        let mut at = 0;
        for para in a.text.split("\n\n") {
            let (s, e) = (at, at + para.len());
            at = e + 2;
            if t.spans.iter().any(|x| x.start < e && x.end > s) {
                out.extend(words(para).windows(8).map(<[String]>::to_vec));
            }
        }
        out
    }

    fn shares_run(a: &str, b: &str, n: usize) -> bool {
        let a: HashSet<Vec<String>> = words(a).windows(n).map(<[String]>::to_vec).collect();
        words(b).windows(n).any(|w| a.contains(w))
    }

    #[test]
    fn every_scenario_builds_for_seeds_0_to_20() {
        for (seed, set) in all().iter().enumerate() {
            assert_eq!(set.len(), NAMES.len());
            for (sc, name) in set.iter().zip(NAMES) {
                assert_eq!(sc.name, name);
                assert_eq!(sc.truth.scenario, name);
                assert!((2..=8).contains(&sc.articles.len()), "{name} {seed}");
                let ids: Vec<&str> = sc.articles.iter().map(|a| a.id.as_str()).collect();
                let truth_ids: Vec<&str> =
                    sc.truth.articles.iter().map(|a| a.id.as_str()).collect();
                assert_eq!(ids, truth_ids);
                assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
                for a in &sc.articles {
                    assert!(a.id.starts_with(name), "{}", a.id);
                    assert!(words(&a.text).len() >= 30, "{} {seed}: {}", a.id, a.text);
                    assert!(!a.title.is_empty() && !a.outlet.is_empty());
                    assert!(a.published.is_some());
                }
            }
        }
    }

    #[test]
    fn parents_are_articles_or_absent_wires_published_earlier() {
        for sc in all().iter().flatten() {
            let ids = by_id(sc);
            for (a, t) in sc.articles.iter().zip(&sc.truth.articles) {
                assert_eq!(t.independent, t.parents.is_empty(), "{}", a.id);
                for p in &t.parents {
                    let when = if let Some((pa, _)) = ids.get(p.as_str()) {
                        pa.published.clone().unwrap()
                    } else {
                        assert!(p.starts_with("wire:"), "{}: parent {p}", a.id);
                        let w = node(sc, p).unwrap_or_else(|| panic!("no node {p}"));
                        assert!(!w.in_set && w.carried_by.contains(&a.id));
                        if sc.name == "no_credits" {
                            assert_eq!(p, "wire:unknown");
                        } else {
                            assert_eq!(p, &format!("wire:{}", w.agency));
                        }
                        assert!(AGENCIES.contains(&w.agency.as_str()));
                        let v = t.version.unwrap_or(1);
                        w.versions[usize::from(v) - 1].published.clone()
                    };
                    assert!(&when < a.published.as_ref().unwrap(), "{} after {p}", a.id);
                }
                if t.kind == Kind::Wire {
                    assert_eq!(t.agency.as_deref(), Some(a.outlet.as_str()));
                }
                let sole = matches!(sc.name, "credited_absent" | "credited_lede")
                    && t.kind != Kind::Unrelated;
                assert_eq!(t.credited_origin, sole, "{}", a.id);
                assert!(t.own_words <= t.words && t.words > 0, "{}", a.id);
                if t.independent {
                    assert_eq!(t.own_words, t.words, "{}", a.id);
                }
                if t.kind == Kind::Verbatim {
                    assert_eq!(t.own_words, 0, "{}", a.id);
                }
            }
            for w in &sc.truth.wires {
                assert_eq!(w.in_set, !w.id.starts_with("wire:"));
                assert!(!w.carried_by.is_empty(), "{}: {}", sc.name, w.id);
                for (k, v) in w.versions.iter().enumerate() {
                    assert_eq!(usize::from(v.version), k + 1);
                    assert_eq!(v.article.is_some(), w.in_set);
                    assert!(v.text.contains(&v.lede));
                }
            }
        }
    }

    #[test]
    fn spans_are_ordered_and_exact_copies_match_their_source() {
        for sc in all().iter().flatten() {
            let ids = by_id(sc);
            for (a, t) in sc.articles.iter().zip(&sc.truth.articles) {
                let mut end = 0;
                let mut sources = HashSet::new();
                for s in &t.spans {
                    assert!(s.start >= end && s.start < s.end && s.end <= a.text.len());
                    assert!(a.text.is_char_boundary(s.start) && a.text.is_char_boundary(s.end));
                    end = s.end;
                    if s.source == "own" {
                        assert_eq!(s.origin, a.id);
                        assert!(s.source_start.is_none() && s.mode.is_none() && !s.exact);
                        continue;
                    }
                    sources.insert(s.source.as_str());
                    assert!(t.parents.contains(&s.source), "{}: {}", a.id, s.source);
                    let src_text: &str = match ids.get(s.source.as_str()) {
                        Some((sa, _)) => &sa.text,
                        None => {
                            &node(sc, &s.source).unwrap().versions
                                [usize::from(s.version.unwrap()) - 1]
                                .text
                        }
                    };
                    let (ss, se) = (s.source_start.unwrap(), s.source_end.unwrap());
                    assert!(ss < se && se <= src_text.len());
                    if s.exact {
                        assert_eq!(&a.text[s.start..s.end], &src_text[ss..se], "{}", a.id);
                    }
                }
                for p in &t.parents {
                    assert!(sources.contains(p.as_str()), "{}: no span from {p}", a.id);
                }
            }
        }
    }

    #[test]
    fn credits_follow_the_text_and_uncredited_copies_never_name_the_agency() {
        for sc in all().iter().flatten() {
            for (a, t) in sc.articles.iter().zip(&sc.truth.articles) {
                assert_eq!(t.credits_agency, !t.credits.is_empty());
                match &t.agency {
                    Some(ag) => {
                        assert_eq!(t.credits_agency, mentions(&a.text, ag), "{}", a.id);
                        assert_eq!(t.uncredited, t.kind != Kind::Wire && !t.credits_agency);
                        let mut end = 0;
                        for c in &t.credits {
                            assert!(c.start >= end && c.start < c.end);
                            end = c.end;
                            assert_eq!(&a.text[c.start..c.end], c.text);
                            assert!(mentions(&c.text, ag) && &c.agency == ag);
                            match c.kind {
                                CreditKind::Dateline => {
                                    assert!(c.text.contains(&format!("({ag})")))
                                }
                                CreditKind::Copyright => assert!(c.text.starts_with('©')),
                                CreditKind::InText => assert!(c.text.len() < 30),
                                CreditKind::Byline => {
                                    assert!(c.end == a.text.len() && !c.text.contains('\n'));
                                }
                            }
                        }
                    }
                    None => {
                        assert!(t.parents.iter().all(|p| !p.starts_with("wire:")));
                        assert!(!t.uncredited && !mentions_any(&a.text), "{}", a.id);
                    }
                }
            }
        }
    }

    /// No article's body (its spanned paragraphs) has all its 8-word runs
    /// in another's.
    fn assert_none_contains_another(sc: &Scenario) {
        let runs: Vec<HashSet<Vec<String>>> = sc
            .articles
            .iter()
            .zip(&sc.truth.articles)
            .map(|(a, t)| body_runs(a, t))
            .collect();
        for i in 0..runs.len() {
            for j in 0..runs.len() {
                if i != j {
                    assert!(
                        !runs[i].is_subset(&runs[j]),
                        "{}: {} inside {}",
                        sc.name,
                        sc.articles[i].id,
                        sc.articles[j].id
                    );
                }
            }
        }
    }

    #[test]
    fn no_credits_papers_share_a_source_nobody_names() {
        for sc in each("no_credits") {
            let w = &sc.truth.wires[0];
            assert_eq!(w.id, "wire:unknown");
            assert!(!w.in_set && w.carried_by.len() == sc.articles.len());
            for (a, t) in sc.articles.iter().zip(&sc.truth.articles) {
                assert_eq!(t.parents, ["wire:unknown"]);
                assert!(t.uncredited && t.credits.is_empty() && t.agency.is_some());
                assert!(!mentions_any(&a.text), "{}", a.id);
            }
            assert_none_contains_another(sc);
        }
    }

    #[test]
    fn siblings_share_an_absent_wire_and_none_contains_another() {
        for sc in each("siblings") {
            let w = &sc.truth.wires[0];
            assert!(!w.in_set);
            assert_eq!(w.carried_by.len(), sc.articles.len());
            assert!((4..=5).contains(&sc.articles.len()));
            let t = &sc.truth.articles;
            assert!(t.iter().all(|a| a.parents == [w.id.clone()]));
            assert!(t
                .iter()
                .any(|a| a.credits.iter().any(|c| c.kind == CreditKind::Dateline)));
            assert!(t.iter().any(|a| a.uncredited && a.kind == Kind::Reordered));
            assert_none_contains_another(sc);
            // At least two papers share verbatim agency text.
            let verbatim = t
                .iter()
                .filter(|a| a.spans.iter().any(|s| s.exact && s.source == w.id))
                .count();
            assert!(verbatim >= 2);
        }
    }

    #[test]
    fn version_papers_carry_their_versions_distinctive_paragraphs() {
        for sc in each("versions").chain(each("versions_in_set")) {
            let w = &sc.truth.wires[0];
            assert_eq!(w.versions.len(), 2);
            let (v1, v2) = (&w.versions[0], &w.versions[1]);
            assert!((2..=3).contains(&v2.added.len()), "{:?}", v2.added);
            assert_eq!(v2.removed.len(), 1);
            assert!(v1.text.contains(&v2.removed[0]) && !v2.text.contains(&v2.removed[0]));
            assert!(v1.text.contains(&v1.lede) && !v2.text.contains(&v1.lede));
            assert!(v2.text.contains(&v2.lede) && !v1.text.contains(&v2.lede));
            for added in &v2.added {
                assert!(v2.text.contains(added) && !v1.text.contains(added));
            }
            let mut last_v1 = String::new();
            let mut first_v2 = "9".to_string();
            for (a, t) in sc.articles.iter().zip(&sc.truth.articles) {
                let when = a.published.clone().unwrap();
                let has_v2 =
                    v2.added.iter().any(|p| a.text.contains(p)) || a.text.contains(&v2.lede);
                let has_v1 =
                    v2.removed.iter().any(|p| a.text.contains(p)) || a.text.contains(&v1.lede);
                match (t.kind, t.version) {
                    (Kind::Wire, Some(_)) => {}
                    (_, Some(1)) => {
                        assert!(has_v1 && !has_v2, "{}", a.id);
                        last_v1 = last_v1.max(when);
                    }
                    (_, Some(2)) => {
                        assert!(v2.added.iter().any(|p| a.text.contains(p)), "{}", a.id);
                        assert!(has_v2 && !has_v1, "{}", a.id);
                        first_v2 = first_v2.min(when);
                    }
                    other => panic!("{}: {other:?}", a.id),
                }
            }
            assert!(last_v1 < first_v2 && !last_v1.is_empty());
            let ids = by_id(sc);
            if sc.name == "versions_in_set" {
                let (a1, a2) = (
                    v1.article.as_deref().unwrap(),
                    v2.article.as_deref().unwrap(),
                );
                assert_eq!(ids[a2].1.parents, [a1]);
                assert!(ids[a1].1.independent);
                for t in &sc.truth.articles {
                    if t.kind != Kind::Wire {
                        let want = if t.version == Some(1) { a1 } else { a2 };
                        assert_eq!(t.parents, [want]);
                    }
                }
            } else {
                assert!(sc
                    .truth
                    .articles
                    .iter()
                    .all(|t| t.parents == [w.id.clone()]));
            }
        }
    }

    #[test]
    fn chains_carry_the_additions_of_each_link() {
        for sc in each("chain") {
            let ids = by_id(sc);
            let find = |p: &str| {
                sc.articles
                    .iter()
                    .find(|a| a.id.starts_with(&format!("chain-{p}")))
                    .map(|a| ids[a.id.as_str()])
            };
            let (w, a, b) = (
                find("wire").unwrap(),
                find("a-").unwrap(),
                find("b-").unwrap(),
            );
            assert_eq!(a.1.parents, std::slice::from_ref(&w.0.id));
            assert_eq!(b.1.parents, std::slice::from_ref(&a.0.id));
            let mut links = vec![a, b];
            if let Some(c) = find("c-") {
                assert_eq!(c.1.parents, std::slice::from_ref(&b.0.id));
                links.push(c);
            }
            for pair in links.windows(2) {
                let (from, to) = (pair[0], pair[1]);
                assert!(from.0.published < to.0.published);
                let own: Vec<&str> = from
                    .1
                    .spans
                    .iter()
                    .filter(|s| s.source == "own")
                    .flat_map(|s| from.0.text[s.start..s.end].split("\n\n"))
                    .collect();
                assert!(!own.is_empty(), "{} adds nothing", from.0.id);
                for o in own {
                    assert!(to.0.text.contains(o), "{} lacks {o}", to.0.id);
                }
                assert!(to
                    .1
                    .spans
                    .iter()
                    .any(|s| s.source == from.0.id && s.origin == from.0.id));
            }
        }
    }

    #[test]
    fn independent_reports_share_no_wording_with_the_wire() {
        for sc in each("independent") {
            let ids = by_id(sc);
            let wire = ids["independent-wire"].0;
            let inds: Vec<_> = sc
                .truth
                .articles
                .iter()
                .filter(|t| t.kind == Kind::Independent)
                .collect();
            assert_eq!(inds.len(), 2);
            let derived = sc
                .truth
                .articles
                .iter()
                .filter(|t| t.parents == [wire.id.clone()]);
            assert_eq!(derived.count(), 2);
            for t in inds {
                assert!(t.independent && t.agency.is_none());
                assert!(
                    !shares_run(&wire.text, &ids[t.id.as_str()].0.text, 8),
                    "{}",
                    t.id
                );
            }
        }
    }

    #[test]
    fn credited_scenarios_credit_an_agency_nobody_else_carries() {
        for sc in each("credited_absent").chain(each("credited_lede")) {
            assert_eq!(sc.articles.len(), 2);
            let w = &sc.truth.wires[0];
            assert!(!w.in_set && w.carried_by.len() == 1);
            if sc.name == "credited_absent" {
                assert_eq!(w.agency, "Reuters");
                assert!(w.versions[0].text.contains("(Reuters) -"));
            }
            let t = sc
                .truth
                .articles
                .iter()
                .find(|t| t.id == w.carried_by[0])
                .unwrap();
            assert!(t.credits_agency && !t.uncredited && t.credited_origin);
            assert_eq!(t.parents, std::slice::from_ref(&w.id));
            let other = sc
                .truth
                .articles
                .iter()
                .find(|t| t.id != w.carried_by[0])
                .unwrap();
            assert!(other.independent && other.kind == Kind::Unrelated);
            if sc.name == "credited_lede" {
                assert_eq!(t.spans[0].source, w.id);
                assert!(t.spans.iter().any(|s| s.source == "own"));
                let first_own = t.spans.iter().position(|s| s.source == "own").unwrap();
                assert!(t.spans[first_own..].iter().all(|s| s.source == "own"));
            }
        }
    }

    #[test]
    fn mixed_articles_have_two_parents() {
        for sc in each("mixed_parents") {
            let m = sc
                .truth
                .articles
                .iter()
                .find(|t| t.kind == Kind::Mixed)
                .unwrap();
            assert_eq!(
                m.parents,
                [
                    "mixed_parents-wire".to_string(),
                    "mixed_parents-ind0".to_string()
                ]
            );
        }
    }

    #[test]
    fn same_seed_same_scenarios_other_seed_other_scenarios() {
        assert_eq!(scenarios(5, WORDS), all()[5]);
        assert_ne!(scenarios(6, WORDS), all()[5]);
        let long = scenarios(7, 700);
        assert_eq!(long, scenarios(7, 700));
        let tiny = scenarios(7, 20);
        assert_eq!(tiny.len(), NAMES.len());
    }

    #[test]
    fn truth_round_trips_and_workspaces_have_the_interchange_shape() {
        for sc in &all()[3] {
            let back: LineageTruth = serde_json::from_str(&sc.truth_json()).unwrap();
            assert_eq!(back, sc.truth);
            let v: serde_json::Value = serde_json::from_str(&sc.to_workspace_json()).unwrap();
            assert_eq!(v["wiretrace"], 1);
            let arts = v["articles"].as_array().unwrap();
            assert_eq!(arts.len(), sc.articles.len());
            for (j, a) in arts.iter().zip(&sc.articles) {
                assert_eq!(j["id"], a.id.as_str());
                assert!(j["url"].is_null() && j["published"].is_string());
            }
            let bare = sc.clone().without_times();
            assert!(bare.articles.iter().all(|a| a.published.is_none()));
            assert_eq!(bare.truth, sc.truth);
            let v: serde_json::Value = serde_json::from_str(&bare.to_workspace_json()).unwrap();
            assert!(v["articles"][0]["published"].is_null());
        }
        assert!(scenario("nope", 1, 100).is_none());
    }
}
