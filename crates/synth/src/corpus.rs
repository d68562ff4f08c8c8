//! Putting a corpus together: plans (how many events, which derivatives),
//! publication times, outlets, ids, and the order of generation (per event:
//! wire, then independent reports, then derivatives, which may copy from
//! any of those, then briefs and merged rewrites of the wire; unrelated
//! stories last).
//!
//! Briefs, merged rewrites and the feed layout of wires draw nothing from
//! the random source unless a plan asks for them, so plans without them
//! give the same corpus as before they existed.

use crate::article::Built;
use crate::edits::{self, Ctx};
use crate::event::{Event, Names, Style};
use crate::originality::Guard;
use crate::rng::{between, index, seeded, shuffle};
use crate::writers::{outlet_name, title, write_story, Gen};
use crate::{feed, rewrite};
use crate::{Corpus, Kind, SynthArticle, Truth};
use rand::Rng as _;

/// The derived kinds, in the order a default event gets them.
pub const DERIVED: [Kind; 6] = [
    Kind::Verbatim,
    Kind::LightEdit,
    Kind::Reordered,
    Kind::Paraphrase,
    Kind::Truncated,
    Kind::Mixed,
];

/// What to generate for one event.
pub struct EventPlan {
    /// Kinds of the derived articles, in id order.
    pub derived: Vec<Kind>,
    /// Number of independent reports.
    pub independent: usize,
    /// Number of news briefs of the wire.
    pub briefs: usize,
    /// Number of merged (tabloid-style) rewrites of the wire.
    pub merged: usize,
}

/// What to generate.
pub struct Plan {
    /// Seed of the random source.
    pub seed: u64,
    /// The events.
    pub events: Vec<EventPlan>,
    /// Stories about other events.
    pub unrelated: usize,
    /// Target words per article.
    pub words: usize,
    /// Whether wire stories are laid out as an agency feed.
    pub wrapped: bool,
}

/// The slug of a derived kind in ids.
pub(crate) fn slug(kind: Kind) -> &'static str {
    match kind {
        Kind::Wire => "wire",
        Kind::Verbatim => "verbatim",
        Kind::LightEdit => "light-edit",
        Kind::Reordered => "reordered",
        Kind::Paraphrase => "paraphrase",
        Kind::Truncated => "truncated",
        Kind::Mixed => "mixed",
        Kind::Brief => "brief",
        Kind::Merged => "merged",
        Kind::Independent => "independent",
        Kind::Unrelated => "unrelated",
    }
}

/// A plan of about `articles` articles: events of one wire, 6–10 derivatives
/// and two independent reports, plus about 10 % unrelated stories.
pub fn sized_plan(articles: usize, seed: u64, words: usize) -> Plan {
    let mut rng = seeded(seed ^ 0x5151_7a7a_0000_0001);
    let mut unrelated = articles.div_ceil(10);
    let mut remaining = articles - unrelated;
    let mut events = Vec::new();
    while remaining > 0 {
        let mut derived = between(&mut rng, 6, 10) as usize;
        if remaining < derived + 3 {
            if remaining < 4 {
                unrelated += remaining;
                break;
            }
            derived = remaining - 3;
        }
        let mut kinds: Vec<Kind> = DERIVED
            .iter()
            .copied()
            .cycle()
            .take(derived.min(6))
            .collect();
        while kinds.len() < derived {
            kinds.push(DERIVED[index(&mut rng, DERIVED.len())]);
        }
        shuffle(&mut rng, &mut kinds);
        remaining -= derived + 3;
        events.push(EventPlan {
            derived: kinds,
            independent: 2,
            briefs: 0,
            merged: 0,
        });
    }
    Plan {
        seed,
        events,
        unrelated,
        words,
        wrapped: false,
    }
}

/// A plan of exactly `articles` articles with wires laid out as agency
/// feeds: events of one wire, 6–8 derivatives of the older kinds, one or
/// two briefs, one or two merged rewrites and two independent reports,
/// plus about 10 % unrelated stories.
pub fn rewrites_plan(articles: usize, seed: u64, words: usize) -> Plan {
    let mut rng = seeded(seed ^ 0x7265_7772_6974_6501);
    let mut unrelated = articles.div_ceil(10);
    let mut remaining = articles - unrelated;
    let mut events = Vec::new();
    while remaining > 0 {
        let mut derived = between(&mut rng, 6, 8) as usize;
        let mut briefs = between(&mut rng, 1, 2) as usize;
        let mut merged = between(&mut rng, 1, 2) as usize;
        if remaining < derived + briefs + merged + 3 {
            if remaining < 6 {
                unrelated += remaining;
                break;
            }
            (briefs, merged) = (1, 1);
            derived = remaining - 5;
        }
        let mut kinds: Vec<Kind> = DERIVED.iter().copied().take(derived.min(6)).collect();
        while kinds.len() < derived {
            kinds.push(DERIVED[index(&mut rng, DERIVED.len())]);
        }
        shuffle(&mut rng, &mut kinds);
        remaining -= derived + briefs + merged + 3;
        events.push(EventPlan {
            derived: kinds,
            independent: 2,
            briefs,
            merged,
        });
    }
    Plan {
        seed,
        events,
        unrelated,
        words,
        wrapped: true,
    }
}

/// Runs a plan.
pub fn build(plan: &Plan) -> Corpus {
    let mut gen = Gen {
        rng: seeded(plan.seed),
        guard: Guard::default(),
        names: Names::default(),
    };
    // The feed layout has its own random source: wrapping changes no words.
    let mut layout = seeded(plan.seed ^ 0x6665_6564_0000_0001);
    let target = plan.words.max(20);
    let mut all: Vec<Built> = Vec::new();
    let mut order: Vec<usize> = Vec::new();
    for (e, ep) in plan.events.iter().enumerate() {
        gen.guard.new_event();
        let ev = Event::generate(&mut gen.rng, &mut gen.names);
        let mut outlets: Vec<String> = Vec::new();
        let mut next_outlet = |gen: &mut Gen| loop {
            let o = outlet_name(&mut gen.rng);
            if !outlets.contains(&o) || outlets.len() > 200 {
                outlets.push(o.clone());
                return o;
            }
        };

        let wire_idx = all.len();
        let paras = write_story(&mut gen, &ev, Style::Wire, target);
        let t = title(&mut gen, &ev, Style::Wire);
        let published = ev.start + i64::from(between(&mut gen.rng, 25, 150));
        all.push(Built::assemble(
            format!("e{e}-wire"),
            t,
            ev.agency.to_string(),
            published,
            Kind::Wire,
            Some(e),
            paras,
        ));
        if plan.wrapped {
            feed::lay_out(&mut all[wire_idx], &ev, &mut layout);
        }

        let mut inds = Vec::new();
        for j in 0..ep.independent {
            let paras = write_story(&mut gen, &ev, Style::Indep, target);
            let t = title(&mut gen, &ev, Style::Indep);
            let published = (all[wire_idx].published + i64::from(between(&mut gen.rng, 0, 780))
                - 60)
                .max(ev.start + 20);
            let outlet = next_outlet(&mut gen);
            inds.push(all.len());
            all.push(Built::assemble(
                format!("e{e}-ind{j}"),
                t,
                outlet,
                published,
                Kind::Independent,
                Some(e),
                paras,
            ));
        }

        let mut derived: Vec<usize> = Vec::new();
        for (i, &kind) in ep.derived.iter().enumerate() {
            let outlet = next_outlet(&mut gen);
            let (src, second) = pick_sources(&mut gen, &all, kind, wire_idx, &derived, &inds);
            let c = Ctx {
                all: &all,
                ev: &ev,
                outlet: &outlet,
                target,
            };
            let (mut paras, headline, tagline, fit) = match kind {
                Kind::Verbatim => (edits::verbatim(&c, src), 0.5, 0.7, false),
                Kind::LightEdit => (edits::light_edit(&mut gen, &c, src), 0.0, 0.5, true),
                Kind::Reordered => (edits::reordered(&mut gen, &c, src), 0.0, 0.4, true),
                Kind::Paraphrase => (edits::paraphrase(&mut gen, &c, src), 0.0, 0.3, true),
                Kind::Truncated => (edits::truncated(&mut gen, &c, src), 0.0, 0.0, false),
                _ => (edits::mixed(&mut gen, &c, src, second), 0.0, 0.5, true),
            };
            if fit {
                edits::fit(&mut gen, &c, &mut paras);
            }
            edits::frame(&mut gen, &c, &mut paras, headline, tagline);
            let t = if kind == Kind::Verbatim && gen.rng.random_bool(0.5) {
                all[src].title.clone()
            } else {
                title(&mut gen, &ev, Style::Own)
            };
            let after = second.map_or(all[src].published, |b| {
                all[b].published.max(all[src].published)
            });
            let published = after + i64::from(between(&mut gen.rng, 5, 480));
            derived.push(all.len());
            all.push(Built::assemble(
                format!("e{e}-d{i}-{}", slug(kind)),
                t,
                outlet,
                published,
                kind,
                Some(e),
                paras,
            ));
        }
        let rewrites = std::iter::repeat_n(Kind::Brief, ep.briefs)
            .chain(std::iter::repeat_n(Kind::Merged, ep.merged));
        for (i, kind) in (ep.derived.len()..).zip(rewrites) {
            let outlet = next_outlet(&mut gen);
            let c = Ctx {
                all: &all,
                ev: &ev,
                outlet: &outlet,
                target,
            };
            let paras = if kind == Kind::Brief {
                rewrite::brief(&mut gen, &c, wire_idx)
            } else {
                let mut paras = rewrite::merged(&mut gen, &c, wire_idx);
                edits::fit(&mut gen, &c, &mut paras);
                edits::frame(&mut gen, &c, &mut paras, 0.3, 0.3);
                paras
            };
            let t = title(&mut gen, &ev, Style::Own);
            let published = all[wire_idx].published + i64::from(between(&mut gen.rng, 5, 480));
            derived.push(all.len());
            all.push(Built::assemble(
                format!("e{e}-d{i}-{}", slug(kind)),
                t,
                outlet,
                published,
                kind,
                Some(e),
                paras,
            ));
        }
        order.push(wire_idx);
        order.extend(&derived);
        order.extend(&inds);
    }
    for u in 0..plan.unrelated {
        gen.guard.new_event();
        let ev = Event::generate(&mut gen.rng, &mut gen.names);
        let style = if gen.rng.random_bool(0.5) {
            Style::Wire
        } else {
            Style::Indep
        };
        let paras = write_story(&mut gen, &ev, style, target);
        let t = title(&mut gen, &ev, style);
        let outlet = if style == Style::Wire {
            ev.agency.to_string()
        } else {
            outlet_name(&mut gen.rng)
        };
        let published = ev.start + i64::from(between(&mut gen.rng, 25, 600));
        order.push(all.len());
        all.push(Built::assemble(
            format!("u{u}"),
            t,
            outlet,
            published,
            Kind::Unrelated,
            None,
            paras,
        ));
    }
    let articles = order
        .into_iter()
        .map(|i| {
            let b = &all[i];
            let (spans, sources) = b.truth(&all);
            SynthArticle {
                id: b.id.clone(),
                title: b.title.clone(),
                outlet: b.outlet.clone(),
                published: crate::clock::iso(b.published),
                text: b.text.clone(),
                truth: Truth {
                    kind: b.kind,
                    event: b.event,
                    sources,
                    spans,
                },
            }
        })
        .collect();
    Corpus { articles }
}

/// The source of a derivative: the wire, sometimes an earlier close copy;
/// for a mixed story also a second source (an independent report or an
/// earlier derivative).
fn pick_sources(
    gen: &mut Gen,
    all: &[Built],
    kind: Kind,
    wire: usize,
    derived: &[usize],
    inds: &[usize],
) -> (usize, Option<usize>) {
    if kind == Kind::Mixed {
        let others: Vec<usize> = derived
            .iter()
            .copied()
            .filter(|&d| {
                matches!(
                    all[d].kind,
                    Kind::LightEdit | Kind::Reordered | Kind::Paraphrase
                )
            })
            .collect();
        let second = if !inds.is_empty() && (others.is_empty() || gen.rng.random_bool(0.7)) {
            Some(inds[index(&mut gen.rng, inds.len())])
        } else if !others.is_empty() {
            Some(others[index(&mut gen.rng, others.len())])
        } else {
            None
        };
        return (wire, second);
    }
    if kind == Kind::Truncated {
        return (wire, None);
    }
    let close: Vec<usize> = derived
        .iter()
        .copied()
        .filter(|&d| matches!(all[d].kind, Kind::Verbatim | Kind::LightEdit))
        .collect();
    if !close.is_empty() && gen.rng.random_bool(0.15) {
        return (close[index(&mut gen.rng, close.len())], None);
    }
    (wire, None)
}
