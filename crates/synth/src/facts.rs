//! # Fact test sets
//!
//! Small generated sets of articles with exact truth about their **facts**,
//! for a facts-timeline stage: which sentences state the same fact (even
//! when reworded, merged with other sentences or written by a second
//! reporter), where a fact first appeared, and where a figure changed
//! between versions of a story.
//!
//! The sets reuse the corpus machinery: events, messages rendered in the
//! wire, paraphrase, brief/tabloid and independent wordings, light edits,
//! briefs, merged rewrites, own sentences, the originality guard and the
//! clock, at about [`WORDS`] words per full-length article.
//!
//! ## The scenarios
//! - `rewordings`: one event; the agency's wire, a light edit of it (and in
//!   half the sets a verbatim copy), a paraphrase, a news brief, a merged
//!   (tabloid) rewrite and two independent reports: 7 or 8 articles.
//! - `update`: the wire in two versions, both in the set; version 2 raises
//!   the death toll (and in half the sets the injured count) and rewrites
//!   the sentences stating it, everything else unchanged. Two papers carry
//!   version 1, then version 2 is published, then two or three papers carry
//!   it; publication times increase in that order: 6 or 7 articles.
//! - `lookalike`: two events of the same kind (the same hazard: two
//!   explosions, two floods) in different places, with different figures
//!   and people, a few hours apart; each has a wire, a rewrite of it (a
//!   light edit, a paraphrase, a brief or a merged rewrite, not the same
//!   for both) and an independent report: 6 articles.
//! - `no_times`: `rewordings` (the same articles and ids) after
//!   [`strip_times`].
//!
//! Articles are listed in a shuffled order, neither by time nor by origin.
//! Every article has no headline line (an outlet's headline is not in the
//! text); some end with a tag line (`— AFP`), which states no fact.
//!
//! ## What the truth says
//! A **fact** is one message of one event: what a sentence says apart from
//! its wording, a kind (the lede: what happened, the dead and the injured;
//! the critically injured; a quote on the rescue effort; the suspected
//! cause; ...) with the variables drawn for it (which official speaks and
//! what about, which witness, which industries, the critical count). Two
//! sentences state the same fact exactly when they were rendered from the
//! same event's same kind with the same variables:
//! - a verbatim or light-edit copy of a sentence (an optional clause
//!   dropped, a word swapped, the organisation's acronym) and a paraphrase
//!   of it state the fact of the sentence they copy;
//! - a sentence of a brief or merged rewrite that merges two or three wire
//!   sentences re-renders each of them as a clause, so it is a mention of
//!   each of their facts: one span may be in several facts;
//! - an independent report states the event's facts (the toll, the
//!   critically injured, the scene, the cause, the rescue, the
//!   organisation's response, evacuations, damage, arrests, the missing,
//!   the city's profile and economy, a past disaster, criticism, aid,
//!   closures, the outlook, funerals, footage) with the same variables as
//!   the wire, in words of its own, so each such sentence is a mention of
//!   the wire's fact of that kind (or, when the wire lacks the kind, of a
//!   fact both reports may share). Its quotes, witnesses, residents and
//!   the reporter's own observations are drawn afresh: a quote by the
//!   same or another official in fresh words, or another witness, is a
//!   different fact;
//! - an outlet's own sentences (a resident it spoke to, context, a note
//!   on the figures) are facts of their own, each with one mention.
//!
//! Facts of different events are never the same fact, however alike the
//! words. Every fact the set states is listed, those with one mention too;
//! every sentence of every article is a mention of at least one fact: the
//! only text outside every span is whitespace, tag lines, and a dateline
//! left alone in its paragraph (`PORT SLATEMORE —` when the sentence it
//! opened could not be written). No fact has two mentions in one article.
//!
//! A [`TrueMention`]'s span is one generated sentence: UTF-8 byte offsets,
//! half-open, from the start of the sentence (of the dateline that opens
//! it, such as `KESTREL BAY (AFP) –`, when there is one) to the end of its
//! closing punctuation (or closing quote). A quote of several sentences
//! with its attribution (`"We are doing everything. Our priority is to find
//! survivors," Mayor X said.`) is one span. Its `values` are the figures
//! the sentence states for that fact, in text order, as numbers: the
//! counts and amounts drawn for the event or the message (the dead, the
//! injured, the critically injured, the missing, evacuated, arrested, homes
//! damaged, the damage in dollars, the population, a distance in
//! kilometres, rescue teams, hospitals, days of mourning, hours, a
//! percentage, a past disaster's dead, a witness's age), whether written as
//! words (`five`), digits (`1,200`) or money (`$3.4 million` is
//! 3,400,000). Years, dates, clock times and numbers that are part of the
//! fixed wording (`in the next 48 hours`, `hundreds of mourners`, `two
//! bridges`) are not values. In a merged sentence each fact's mention has
//! the figures of its own clause.
//!
//! [`TrueFact::first`] is the article of the earliest mention by
//! publication time, ties broken by article order (without times: the
//! first mention in article order). [`TrueFact::changes`] holds, for each
//! figure version 2 of an `update` wire raised that the fact's mentions
//! state in both versions, the first article (by time, ties by article
//! order; without times, in article order) whose mention carries the new
//! value, with the old and the new value. The generator keeps the old and
//! new values apart from every other figure of those facts, so "carries
//! the new value" can be read from `values` alone.
//!
//! Everything is deterministic: the same seed gives the same bytes.
//!
//! ```
//! let sets = wiretrace_synth::facts::scenarios(3);
//! assert_eq!(sets.len(), wiretrace_synth::facts::NAMES.len());
//! let update = sets.iter().find(|s| s.name == "update").unwrap();
//! assert!(update.facts.iter().any(|f| !f.changes.is_empty()));
//! ```

use crate::article::{Built, Paras, Piece, Role, Said};
use crate::corpus::slug;
use crate::edits::{self, Ctx};
use crate::event::{Event, Style};
use crate::lineage::name_hash;
use crate::message::{Message, MsgKind};
use crate::originality::{word_hashes, Guard};
use crate::rewrite;
use crate::rng::{between, index, seeded, shuffle};
use crate::writers::{outlet_name, write_story, write_story_with, Gen};
use crate::Kind;
use rand::Rng as _;
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::rc::Rc;

/// The scenario names, in the order [`scenarios`] returns them.
pub const NAMES: [&str; 4] = ["rewordings", "update", "lookalike", "no_times"];

/// Target length of a full-length article, in words.
pub const WORDS: usize = 300;

/// One generated test set: articles and the facts they state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactSet {
    /// Its name, one of [`NAMES`].
    pub name: String,
    /// The articles, in a shuffled order.
    pub articles: Vec<FactArticle>,
    /// Every fact the articles state, by event, then in the order the
    /// generator first wrote them (the wire's first).
    pub facts: Vec<TrueFact>,
}

/// An article as the engine sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactArticle {
    /// Id, unique in the set: `rewordings-wire`, `rewordings-d2-paraphrase`,
    /// `rewordings-ind1`, `update-wire-v2`, `update-v1-p0-light-edit`,
    /// `lookalike-e1-ind0`, ...
    pub id: String,
    /// Publishing outlet (the agency's short name for an agency story).
    pub outlet: String,
    /// Publication time, ISO 8601 UTC (`2024-01-04T10:00:00Z`); `None`
    /// after [`strip_times`].
    pub published: Option<String>,
    /// The text: paragraphs separated by a blank line.
    pub text: String,
    /// Index of the event it reports (0, or 0 and 1 in `lookalike`).
    pub event: usize,
}

/// One fact and every sentence stating it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrueFact {
    /// `e{event}/{kind}`, with `-2`, `-3`, ... for a second or third fact
    /// of the same kind: `e0/lede`, `e0/toll` (the critically injured),
    /// `e0/quote-effort-2`, `e1/witness-saw`, `e0/own-voice-3`. The kinds
    /// are the generator's message kinds in kebab case.
    pub key: String,
    /// Index of its event.
    pub event: usize,
    /// Its mentions, at most one per article, in article order.
    pub mentions: Vec<TrueMention>,
    /// Id of the article of its earliest mention (see the module docs).
    pub first: String,
    /// Where a figure it states changed between versions of a story.
    pub changes: Vec<TrueChange>,
}

/// One sentence stating a fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrueMention {
    /// Id of the article.
    pub article: String,
    /// Start of the sentence in the article's text (UTF-8 byte offset).
    pub start: usize,
    /// End of the sentence (exclusive).
    pub end: usize,
    /// The figures the sentence states for this fact, in text order,
    /// normalised (`five` is 5, `1,200` is 1200, `$3.4 million` is
    /// 3400000).
    pub values: Vec<f64>,
}

/// A figure of a fact that changed between versions of a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrueChange {
    /// Id of the first article carrying the new value.
    pub article: String,
    /// The value before.
    pub from: f64,
    /// The value after.
    pub to: f64,
}

/// Every scenario, in the order of [`NAMES`].
pub fn scenarios(seed: u64) -> Vec<FactSet> {
    NAMES
        .iter()
        .map(|n| scenario(n, seed).expect("known name"))
        .collect()
}

/// The scenario called `name` (one of [`NAMES`]), or `None`.
pub fn scenario(name: &str, seed: u64) -> Option<FactSet> {
    let build: fn(u64, u64) -> Option<FactSet> = match name {
        "rewordings" | "no_times" => rewordings,
        "update" => update,
        "lookalike" => lookalike,
        _ => return None,
    };
    // A set whose truth would be ambiguous (a fact stated twice in one
    // article, an updated figure equal to another) is drawn again.
    let set = (0..)
        .find_map(|attempt| build(seed, attempt))
        .expect("some attempt succeeds");
    Some(if name == "no_times" {
        FactSet {
            name: name.to_string(),
            ..strip_times(&set)
        }
    } else {
        set
    })
}

/// The same set with every `published` set to `None`, and each fact's
/// `first` and changes' `article` read in article order instead of by time.
pub fn strip_times(set: &FactSet) -> FactSet {
    let mut out = set.clone();
    for a in &mut out.articles {
        a.published = None;
    }
    let order = Order::of(&out.articles);
    for f in &mut out.facts {
        f.first = order.first(&f.mentions).to_string();
        let pairs: Vec<(f64, f64)> = f.changes.iter().map(|c| (c.from, c.to)).collect();
        f.changes = changes(&order, &f.mentions, &pairs);
    }
    out
}

// ---------------------------------------------------------------------------
// Truth from mentions.

/// Article positions and times, to order mentions.
struct Order<'a> {
    ids: Vec<&'a str>,
    times: Vec<Option<&'a str>>,
}

impl<'a> Order<'a> {
    fn of(articles: &'a [FactArticle]) -> Order<'a> {
        Order {
            ids: articles.iter().map(|a| a.id.as_str()).collect(),
            times: articles.iter().map(|a| a.published.as_deref()).collect(),
        }
    }

    /// Sort key of an article: its time (ISO stamps sort as text; no time
    /// sorts equal), then its position.
    fn key(&self, id: &str) -> (Option<&'a str>, usize) {
        let k = self.ids.iter().position(|i| *i == id).expect("an article");
        (self.times[k], k)
    }

    /// The mentions by time, ties by article order.
    fn sorted<'m>(&self, mentions: &'m [TrueMention]) -> Vec<&'m TrueMention> {
        let mut v: Vec<&TrueMention> = mentions.iter().collect();
        v.sort_by_key(|m| self.key(&m.article));
        v
    }

    fn first<'m>(&self, mentions: &'m [TrueMention]) -> &'m str {
        &self.sorted(mentions)[0].article
    }
}

/// For each (old, new) value pair whose both values the mentions state,
/// the first mention carrying the new one.
fn changes(order: &Order, mentions: &[TrueMention], pairs: &[(f64, f64)]) -> Vec<TrueChange> {
    let sorted = order.sorted(mentions);
    let has = |m: &TrueMention, v: f64| m.values.contains(&v);
    pairs
        .iter()
        .filter(|(from, _)| sorted.iter().any(|m| has(m, *from)))
        .filter_map(|&(from, to)| {
            let m = sorted.iter().find(|m| has(m, to))?;
            Some(TrueChange {
                article: m.article.clone(),
                from,
                to,
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Building a set.

/// Message kinds that are facts of the event, the same whoever reports
/// them: an independent report states them with the wire's variables.
/// The others (quotes, witnesses, residents, the reporter's scene) are
/// drawn afresh for each report.
const SHARED: &[MsgKind] = &[
    MsgKind::Lede,
    MsgKind::Toll,
    MsgKind::Scene,
    MsgKind::Rescue,
    MsgKind::Cause,
    MsgKind::OrgAction,
    MsgKind::LeaderMourning,
    MsgKind::LeaderReturn,
    MsgKind::Hospital,
    MsgKind::Evacuation,
    MsgKind::DamageHomes,
    MsgKind::DamageCost,
    MsgKind::Arrests,
    MsgKind::Missing,
    MsgKind::CityProfile,
    MsgKind::Economy,
    MsgKind::PastIncident,
    MsgKind::Criticism,
    MsgKind::Aid,
    MsgKind::Disruption,
    MsgKind::Outlook,
    MsgKind::Mourning,
    MsgKind::Footage,
];

/// A figure version 2 of a wire raised.
struct Raise {
    slot: &'static str,
    from: f64,
    to: f64,
}

/// A set under construction.
struct Fs {
    name: &'static str,
    gen: Gen,
    all: Vec<Built>,
    outlets: Vec<String>,
    raised: Vec<Raise>,
}

impl Fs {
    fn new(name: &'static str, seed: u64, attempt: u64) -> Fs {
        let salt = attempt.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        Fs {
            name,
            gen: Gen {
                rng: seeded(seed ^ name_hash(name) ^ name_hash("facts") ^ salt),
                guard: Guard::default(),
                names: Default::default(),
            },
            all: Vec::new(),
            outlets: Vec::new(),
            raised: Vec::new(),
        }
    }

    /// An outlet name not used yet in this set.
    fn outlet(&mut self) -> String {
        loop {
            let o = outlet_name(&mut self.gen.rng);
            if !self.outlets.contains(&o) || self.outlets.len() > 200 {
                self.outlets.push(o.clone());
                return o;
            }
        }
    }

    /// Adds an article (headline lines removed).
    fn push(
        &mut self,
        suffix: &str,
        outlet: String,
        published: i64,
        kind: Kind,
        event: usize,
        mut paras: Paras,
    ) -> usize {
        for p in &mut paras {
            p.retain(|x| x.role != Role::Headline);
        }
        let id = format!("{}-{suffix}", self.name);
        self.all.push(Built::assemble(
            id,
            String::new(),
            outlet,
            published,
            kind,
            Some(event),
            paras,
        ));
        self.all.len() - 1
    }

    /// The agency's wire story of event `e`, published 25–150 minutes
    /// after it happened.
    fn wire(&mut self, ev: &Event, e: usize, suffix: &str) -> usize {
        let paras = write_story(&mut self.gen, ev, Style::Wire, WORDS);
        let published = ev.start + i64::from(between(&mut self.gen.rng, 25, 150));
        self.push(
            suffix,
            ev.agency.to_string(),
            published,
            Kind::Wire,
            e,
            paras,
        )
    }

    /// A paper deriving from `src` in the way `kind` says.
    fn derived(
        &mut self,
        ev: &Event,
        e: usize,
        src: usize,
        kind: Kind,
        suffix: &str,
        published: i64,
    ) -> usize {
        let outlet = self.outlet();
        let gen = &mut self.gen;
        let c = Ctx {
            all: &self.all,
            ev,
            outlet: &outlet,
            target: WORDS,
        };
        let paras = match kind {
            Kind::Verbatim => {
                let mut p = edits::verbatim(&c, src);
                edits::frame(gen, &c, &mut p, 0.0, 0.6);
                p
            }
            Kind::Brief => rewrite::brief(gen, &c, src),
            _ => {
                let (mut p, tagline) = match kind {
                    Kind::LightEdit => (edits::light_edit(gen, &c, src), 0.5),
                    Kind::Paraphrase => (edits::paraphrase(gen, &c, src), 0.3),
                    _ => (rewrite::merged(gen, &c, src), 0.3),
                };
                edits::fit(gen, &c, &mut p);
                edits::frame(gen, &c, &mut p, 0.0, tagline);
                p
            }
        };
        self.push(suffix, outlet, published, kind, e, paras)
    }

    /// An independent report of `ev`: the event's facts from `book` (the
    /// wire's messages of [`SHARED`] kinds, and any the reports add), its
    /// voices drawn afresh.
    fn independent(
        &mut self,
        ev: &Event,
        e: usize,
        book: &mut Vec<Message>,
        suffix: &str,
        published: i64,
    ) -> usize {
        let mut used: Vec<MsgKind> = Vec::new();
        let mut make = |gen: &mut Gen, kind: MsgKind| -> Option<Message> {
            if !SHARED.contains(&kind) {
                return Message::make(kind, ev, "", &mut gen.names, &mut gen.rng);
            }
            if used.contains(&kind) {
                return None;
            }
            used.push(kind);
            if let Some(m) = book.iter().find(|m| m.kind == kind) {
                return Some(m.clone());
            }
            let m = Message::make(kind, ev, "", &mut gen.names, &mut gen.rng)?;
            book.push(m.clone());
            Some(m)
        };
        let paras = write_story_with(&mut self.gen, ev, Style::Indep, WORDS, &mut make);
        let outlet = self.outlet();
        self.push(suffix, outlet, published, Kind::Independent, e, paras)
    }

    /// A time around `at` for an independent report: from an hour before
    /// to twelve hours after, never before the event.
    fn around(&mut self, ev: &Event, at: i64) -> i64 {
        (at + i64::from(between(&mut self.gen.rng, 0, 780)) - 60).max(ev.start + 20)
    }

    /// Version 2 of wire `v1`: every sentence stating one of the figures
    /// `slots` rendered again from its message with `ev2`'s figures.
    fn second_version(&mut self, v1: usize, ev2: &Event, slots: &[&str]) -> Paras {
        let b1 = self.all[v1].clone();
        let mut paras = Vec::new();
        for para in &b1.paras {
            let mut out = Vec::new();
            for &j in para {
                let p = &b1.pieces[j];
                let stale = p
                    .said
                    .iter()
                    .any(|s| s.figures.iter().any(|f| slots.contains(&f.slot)));
                match p.msg.clone().filter(|_| stale) {
                    Some(msg) => {
                        let mentioned = Cell::new(0);
                        let r = msg
                            .render(ev2, Style::Wire, &mut self.gen.rng, &mentioned)
                            .expect("a wire sentence renders in the wire style");
                        let w = word_hashes(&r.full);
                        self.gen.guard.record(&[], &w);
                        let has_short = r.short != r.full;
                        out.push(Piece {
                            text: r.full,
                            short: has_short.then_some(r.short),
                            msg: Some(msg.clone()),
                            origin: None,
                            role: Role::Sentence,
                            said: vec![Said {
                                msg,
                                figures: r.figures,
                            }],
                            short_figures: if has_short {
                                r.short_figures
                            } else {
                                Vec::new()
                            },
                        });
                    }
                    None => out.push(Piece::copy(&b1, v1, j)),
                }
            }
            paras.push(out);
        }
        paras
    }

    /// The finished set, or `None` when its truth would be ambiguous.
    fn finish(mut self) -> Option<FactSet> {
        // Facts in the order the generator wrote them.
        struct Draft {
            event: usize,
            msg: Rc<Message>,
            /// (article index, start, end, figures)
            mentions: Vec<(usize, usize, usize, Vec<crate::template::Figure>)>,
        }
        let mut drafts: Vec<Draft> = Vec::new();
        for (k, b) in self.all.iter().enumerate() {
            let e = b.event.expect("every article reports an event");
            for (j, piece) in b.pieces.iter().enumerate() {
                if piece.said.is_empty() {
                    continue;
                }
                let (start, end) = span(b, j);
                for said in &piece.said {
                    let d = match drafts
                        .iter()
                        .position(|d| d.event == e && same(&d.msg, &said.msg))
                    {
                        Some(i) => &mut drafts[i],
                        None => {
                            drafts.push(Draft {
                                event: e,
                                msg: said.msg.clone(),
                                mentions: Vec::new(),
                            });
                            drafts.last_mut().expect("just pushed")
                        }
                    };
                    if d.mentions.iter().any(|m| m.0 == k) {
                        return None;
                    }
                    d.mentions.push((k, start, end, said.figures.clone()));
                }
            }
        }
        // A raised figure's old and new values must be that figure wherever
        // a fact stating it has them, so `values` alone tell them apart.
        for d in &drafts {
            for r in &self.raised {
                let states = |v: f64| {
                    d.mentions
                        .iter()
                        .flat_map(|m| &m.3)
                        .any(|f| f.slot == r.slot && f.value == v)
                };
                let has = |v: f64| d.mentions.iter().flat_map(|m| &m.3).any(|f| f.value == v);
                let clash = d
                    .mentions
                    .iter()
                    .flat_map(|m| &m.3)
                    .any(|f| f.slot != r.slot && (f.value == r.from || f.value == r.to));
                if clash && (states(r.from) || states(r.to) || (has(r.from) && has(r.to))) {
                    return None;
                }
            }
        }

        let mut order: Vec<usize> = (0..self.all.len()).collect();
        shuffle(&mut self.gen.rng, &mut order);
        let articles: Vec<FactArticle> = order
            .iter()
            .map(|&k| {
                let b = &self.all[k];
                FactArticle {
                    id: b.id.clone(),
                    outlet: b.outlet.clone(),
                    published: Some(crate::clock::iso(b.published)),
                    text: b.text.clone(),
                    event: b.event.expect("every article reports an event"),
                }
            })
            .collect();
        let position = |k: usize| order.iter().position(|&o| o == k).expect("listed");
        let ord = Order::of(&articles);
        let pairs: Vec<(f64, f64)> = self.raised.iter().map(|r| (r.from, r.to)).collect();
        let mut seen: Vec<String> = Vec::new();
        let mut facts = Vec::new();
        for d in drafts {
            let base = format!("e{}/{}", d.event, kebab(d.msg.kind));
            let n = seen.iter().filter(|s| **s == base).count();
            seen.push(base.clone());
            let key = if n == 0 {
                base
            } else {
                format!("{base}-{}", n + 1)
            };
            let mut mentions: Vec<(usize, TrueMention)> = d
                .mentions
                .into_iter()
                .map(|(k, start, end, figures)| {
                    (
                        position(k),
                        TrueMention {
                            article: self.all[k].id.clone(),
                            start,
                            end,
                            values: figures.iter().map(|f| f.value).collect(),
                        },
                    )
                })
                .collect();
            mentions.sort_by_key(|m| m.0);
            let mentions: Vec<TrueMention> = mentions.into_iter().map(|m| m.1).collect();
            facts.push(TrueFact {
                key,
                event: d.event,
                first: ord.first(&mentions).to_string(),
                changes: changes(&ord, &mentions, &pairs),
                mentions,
            });
        }
        facts.sort_by_key(|f| f.event);
        Some(FactSet {
            name: self.name.to_string(),
            articles,
            facts,
        })
    }
}

/// Whether two messages are the same: the same kind, the same variables.
fn same(a: &Message, b: &Message) -> bool {
    a.kind == b.kind && a.vars == b.vars
}

/// A message kind in kebab case: `QuoteEffort` → `quote-effort`.
fn kebab(kind: MsgKind) -> String {
    let mut out = String::new();
    for (i, c) in format!("{kind:?}").chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The byte range of piece `j` of `b` as a sentence: from the dateline
/// before it in its paragraph, if any.
fn span(b: &Built, j: usize) -> (usize, usize) {
    let (mut start, end) = b.ranges[j];
    let opened = j > 0
        && b.pieces[j - 1].role == Role::Dateline
        && b.paras
            .iter()
            .any(|p| p.contains(&j) && p.contains(&(j - 1)));
    if opened {
        start = b.ranges[j - 1].0;
    }
    (start, end)
}

/// The wire's messages of [`SHARED`] kinds, the first of each kind.
fn book_of(b: &Built) -> Vec<Message> {
    let mut book: Vec<Message> = Vec::new();
    for m in b.pieces.iter().filter_map(|p| p.msg.as_deref()) {
        if SHARED.contains(&m.kind) && !book.iter().any(|x| x.kind == m.kind) {
            book.push(m.clone());
        }
    }
    book
}

/// A new event; the guard starts afresh.
fn event(fs: &mut Fs) -> Event {
    fs.gen.guard.new_event();
    Event::generate(&mut fs.gen.rng, &mut fs.gen.names)
}

// ---------------------------------------------------------------------------
// The scenarios.

/// `rewordings`: one event's wire, its copies and rewrites, and two
/// independent reports.
fn rewordings(seed: u64, attempt: u64) -> Option<FactSet> {
    let mut fs = Fs::new("rewordings", seed, attempt);
    let ev = event(&mut fs);
    let wire = fs.wire(&ev, 0, "wire");
    let at = fs.all[wire].published;
    let mut book = book_of(&fs.all[wire]);
    for j in 0..2 {
        let t = fs.around(&ev, at);
        fs.independent(&ev, 0, &mut book, &format!("ind{j}"), t);
    }
    let mut kinds = Vec::new();
    if fs.gen.rng.random_bool(0.5) {
        kinds.push(Kind::Verbatim);
    }
    kinds.extend([Kind::LightEdit, Kind::Paraphrase, Kind::Brief, Kind::Merged]);
    for (i, kind) in kinds.into_iter().enumerate() {
        let t = at + i64::from(between(&mut fs.gen.rng, 5, 480));
        fs.derived(&ev, 0, wire, kind, &format!("d{i}-{}", slug(kind)), t);
    }
    fs.finish()
}

/// `update`: two versions of a wire, version 2 with a higher toll, and
/// papers carrying each.
fn update(seed: u64, attempt: u64) -> Option<FactSet> {
    let mut fs = Fs::new("update", seed, attempt);
    let ev = event(&mut fs);
    let v1 = fs.wire(&ev, 0, "wire-v1");
    let rng = &mut fs.gen.rng;
    let (d1, i1) = (ev.numbers.deaths, ev.numbers.injured);
    // Injured counts exceed the dead by at least two, so the new toll stays
    // below the old injured count.
    let d2 = (d1 + between(rng, 1, (d1 / 3).max(2))).min(i1 - 1);
    let i2 = if rng.random_bool(0.5) {
        i1 + between(rng, 2, (i1 / 4).max(4))
    } else {
        i1
    };
    let mut ev2 = ev.clone();
    ev2.numbers.deaths = d2;
    ev2.numbers.injured = i2;
    fs.raised.push(Raise {
        slot: "deaths",
        from: f64::from(d1),
        to: f64::from(d2),
    });
    let mut slots = vec!["deaths"];
    if i2 != i1 {
        fs.raised.push(Raise {
            slot: "injured",
            from: f64::from(i1),
            to: f64::from(i2),
        });
        slots.push("injured");
    }

    let mut t = fs.all[v1].published;
    let second = if fs.gen.rng.random_bool(0.5) {
        Kind::Paraphrase
    } else {
        Kind::Verbatim
    };
    for (i, kind) in [Kind::LightEdit, second].into_iter().enumerate() {
        t += i64::from(between(&mut fs.gen.rng, 5, 60));
        fs.derived(&ev, 0, v1, kind, &format!("v1-p{i}-{}", slug(kind)), t);
    }
    let paras = fs.second_version(v1, &ev2, &slots);
    t += i64::from(between(&mut fs.gen.rng, 30, 180));
    let v2 = fs.push("wire-v2", ev.agency.to_string(), t, Kind::Wire, 0, paras);
    let rewrite = if fs.gen.rng.random_bool(0.5) {
        Kind::Brief
    } else {
        Kind::Merged
    };
    let mut kinds = vec![Kind::LightEdit, rewrite];
    if fs.gen.rng.random_bool(0.5) {
        kinds.push(Kind::Paraphrase);
    }
    for (i, kind) in kinds.into_iter().enumerate() {
        t += i64::from(between(&mut fs.gen.rng, 5, 60));
        fs.derived(&ev2, 0, v2, kind, &format!("v2-p{i}-{}", slug(kind)), t);
    }
    fs.finish()
}

/// `lookalike`: two events of the same kind, each with a wire, a rewrite
/// and an independent report.
fn lookalike(seed: u64, attempt: u64) -> Option<FactSet> {
    let mut fs = Fs::new("lookalike", seed, attempt);
    let ev0 = Event::generate(&mut fs.gen.rng, &mut fs.gen.names);
    let mut ev1 = loop {
        let e = Event::generate(&mut fs.gen.rng, &mut fs.gen.names);
        if std::ptr::eq(e.hazard, ev0.hazard) {
            break e;
        }
    };
    ev1.start = ev0.start + i64::from(between(&mut fs.gen.rng, 90, 900));
    const REWRITES: [Kind; 4] = [Kind::LightEdit, Kind::Paraphrase, Kind::Brief, Kind::Merged];
    let k0 = index(&mut fs.gen.rng, REWRITES.len());
    let k1 = (k0 + 1 + index(&mut fs.gen.rng, REWRITES.len() - 1)) % REWRITES.len();
    for (e, (ev, k)) in [(&ev0, k0), (&ev1, k1)].into_iter().enumerate() {
        fs.gen.guard.new_event();
        let wire = fs.wire(ev, e, &format!("e{e}-wire"));
        let at = fs.all[wire].published;
        let kind = REWRITES[k];
        let t = at + i64::from(between(&mut fs.gen.rng, 5, 480));
        fs.derived(ev, e, wire, kind, &format!("e{e}-d0-{}", slug(kind)), t);
        let mut book = book_of(&fs.all[wire]);
        let t = fs.around(ev, at);
        fs.independent(ev, e, &mut book, &format!("e{e}-ind0"), t);
    }
    fs.finish()
}
