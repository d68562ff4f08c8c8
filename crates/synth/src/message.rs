//! Messages: what one sentence says, apart from how it is worded.
//!
//! A [`Message`] is a kind (the toll, a quote about the rescue, the city's
//! economy, ...) plus the variables drawn for it (which official speaks,
//! which industries, which witness). Rendering it in a [`Style`] picks a
//! template from that style's family in [`crate::phrasebook`], so the wire
//! sentence and its paraphrase say the same thing in different words, while
//! an independent reporter draws fresh variables and words them a third way.

use crate::event::{person_name, Event, Names, Style};
use crate::lexicon as lx;
use crate::phrasebook::templates;
use crate::pools;
use crate::rng::{between, distinct, index, pick, Rng};
use crate::template::{render, Rendered, Slots, Value};
use std::borrow::Cow;
use std::cell::Cell;

/// What a sentence is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MsgKind {
    /// Main fact: what happened, where, when, how many dead and injured.
    Lede,
    /// The critically injured.
    Toll,
    /// When it happened and who was there.
    Scene,
    /// An official on the rescue effort.
    QuoteEffort,
    /// An official's condolences.
    QuoteSympathy,
    /// An official's warning and advice.
    QuoteWarning,
    /// An official promising an inquiry.
    QuoteInquiry,
    /// A witness on what they heard.
    WitnessHeard,
    /// A witness on what they saw.
    WitnessSaw,
    /// The search for survivors.
    Rescue,
    /// The suspected cause.
    Cause,
    /// What the organisation sent.
    OrgAction,
    /// Days of mourning.
    LeaderMourning,
    /// The politician breaks off a trip.
    LeaderReturn,
    /// Hospitals appeal for blood.
    Hospital,
    /// People evacuated.
    Evacuation,
    /// Buildings damaged.
    DamageHomes,
    /// Cost of the damage.
    DamageCost,
    /// Arrests.
    Arrests,
    /// People missing.
    Missing,
    /// The city: size and location.
    CityProfile,
    /// The local economy.
    Economy,
    /// A similar disaster years ago.
    PastIncident,
    /// Long-standing complaints.
    Criticism,
    /// Offers of help from abroad.
    Aid,
    /// Closures and traffic.
    Disruption,
    /// Weather outlook.
    Outlook,
    /// Funerals.
    Mourning,
    /// Online footage.
    Footage,
    /// A reporter's own observation (independent reports only).
    ReporterScene,
    /// A resident's question (independent reports only).
    LocalVoice,
    /// An outlet's note on verification or updates (derived additions only).
    OwnNote,
    /// An outlet's context paragraph (derived additions only).
    OwnContext,
    /// A resident quoted by the outlet (derived additions only).
    OwnVoice,
}

/// A sentence's content: its kind and variables.
#[derive(Debug, Clone)]
pub struct Message {
    /// What it is about.
    pub kind: MsgKind,
    /// Variables, looked up before event slots. A value starting with `=`
    /// names an event slot (`=p2` makes `{who.name}` mean `{p2.name}`).
    pub vars: Vec<(&'static str, String)>,
}

/// Slots for rendering one message of one event in one style.
struct Scope<'a> {
    event: &'a Event,
    vars: &'a [(&'static str, String)],
    style: Style,
    /// People already named in full in this article (bit i for `p{i}`).
    mentioned: &'a Cell<u32>,
}

impl Slots for Scope<'_> {
    fn slot<'s>(&'s self, name: &str, rng: &mut Rng) -> Option<Value<'s>> {
        if let Some(p) = name.strip_prefix('~') {
            return Some(Value::Template(pick(rng, pools::pool(p)?).into()));
        }
        let (head, field) = match name.split_once('.') {
            Some((h, f)) => (h, Some(f)),
            None => (name, None),
        };
        let mut target: Cow<str> = Cow::Borrowed(name);
        if let Some((_, v)) = self.vars.iter().find(|(k, _)| *k == head) {
            if let Some(alias) = v.strip_prefix('=') {
                target = match field {
                    Some(f) => format!("{alias}.{f}").into(),
                    None => alias.to_string().into(),
                };
            } else if field.is_none() {
                return Some(if v.contains('{') || v.contains('[') {
                    Value::Template(v.as_str().into())
                } else {
                    Value::Text(v.as_str().into())
                });
            }
        }
        if let Some(p) = target.strip_suffix(".ref") {
            // First mention: title and full name; afterwards the family name.
            let i: u32 = p.strip_prefix('p')?.parse().ok()?;
            let bit = 1u32 << i.min(31);
            if self.mentioned.get() & bit != 0 {
                return self.event.slot(&format!("{p}.last"), self.style, rng);
            }
            self.mentioned.set(self.mentioned.get() | bit);
            return Some(Value::Template(
                format!("{{{p}.title}} {{{p}.name}}").into(),
            ));
        }
        self.event.slot(&target, self.style, rng)
    }
}

/// Renders any template against an event with extra variables.
pub fn render_with(
    template: &str,
    event: &Event,
    vars: &[(&'static str, String)],
    style: Style,
    rng: &mut Rng,
) -> Rendered {
    let mentioned = Cell::new(0);
    render(
        template,
        &Scope {
            event,
            vars,
            style,
            mentioned: &mentioned,
        },
        rng,
    )
}

impl Message {
    /// Whether the kind has templates in `style`.
    pub fn speaks(&self, style: Style) -> bool {
        !templates(self.kind, style).is_empty()
    }

    /// Renders the message in `style` with a randomly chosen template;
    /// `mentioned` tracks who the article has already named in full.
    pub fn render(
        &self,
        event: &Event,
        style: Style,
        rng: &mut Rng,
        mentioned: &Cell<u32>,
    ) -> Option<Rendered> {
        let set = templates(self.kind, style);
        if set.is_empty() {
            return None;
        }
        let t = pick(rng, set);
        let scope = Scope {
            event,
            vars: &self.vars,
            style,
            mentioned,
        };
        Some(render(t, &scope, rng))
    }

    /// Renders a given `template` (rather than one of the style's) with the
    /// message's variables.
    pub fn render_template(
        &self,
        template: &str,
        event: &Event,
        style: Style,
        rng: &mut Rng,
        mentioned: &Cell<u32>,
    ) -> Rendered {
        let scope = Scope {
            event,
            vars: &self.vars,
            style,
            mentioned,
        };
        render(template, &scope, rng)
    }

    /// A message of `kind` with fresh variables, or `None` when the event
    /// lacks what it needs (no arrests, no search and rescue, ...).
    pub fn make(
        kind: MsgKind,
        ev: &Event,
        outlet: &str,
        names: &mut Names,
        rng: &mut Rng,
    ) -> Option<Message> {
        use MsgKind::*;
        let n = &ev.numbers;
        let mut vars: Vec<(&'static str, String)> = Vec::new();
        let s = |x: &str| x.to_string();
        let who = |rng: &mut Rng, pool: &[usize]| format!("=p{}", pool[index(rng, pool.len())]);
        let everyone: Vec<usize> = (0..ev.people.len()).collect();
        let officials: Vec<usize> = std::iter::once(0).chain(ev.others()).collect();
        let politicians: Vec<usize> = std::iter::once(1).chain(ev.others()).collect();
        match kind {
            Lede | Cause | LeaderMourning | LeaderReturn | Outlook | Mourning | Footage => {}
            DamageHomes if n.homes.is_none() => return None,
            DamageCost if n.amount.is_none() => return None,
            Arrests if n.arrested.is_none() => return None,
            Missing if n.missing.is_none() => return None,
            Evacuation if n.evacuated.is_none() => return None,
            Rescue if !ev.hazard.rescue => return None,
            _ => {}
        }
        match kind {
            Toll => {
                let hi = (n.injured / 3).max(2);
                vars.push(("critical", crate::event::number(between(rng, 2, hi))));
                vars.push(("injury", s(pick(rng, lx::INJURIES))));
            }
            Scene | ReporterScene => {
                vars.push(("crowd", s(pick(rng, lx::CROWDS))));
                vars.push(("occasion", s(pick(rng, lx::OCCASIONS))));
                vars.push(("after", s(pick(rng, lx::AFTERMATH_SCENES))));
                vars.push(("smell", s(pick(rng, lx::SMELLS))));
                vars.push(("wjob", s(pick(rng, lx::JOBS))));
            }
            QuoteEffort => {
                vars.push(("who", who(rng, &officials)));
                vars.push(("goal", s(pick(rng, lx::GOALS))));
                vars.push(("teams", crate::event::number(between(rng, 12, 450))));
            }
            QuoteSympathy => {
                vars.push(("who", who(rng, &politicians)));
                vars.push(("group", s(pick(rng, lx::BEREAVED))));
            }
            QuoteWarning => {
                vars.push(("who", who(rng, &everyone)));
                vars.push(("risk", s(pick(rng, lx::RISKS))));
                vars.push(("advice", s(pick(rng, lx::ADVICE))));
            }
            QuoteInquiry => vars.push(("who", who(rng, &politicians))),
            WitnessHeard | WitnessSaw | LocalVoice | OwnVoice => {
                let (first, last, female) = person_name(rng, names);
                vars.push(("wname", format!("{first} {last}")));
                vars.push(("wlast", last));
                vars.push(("wage", between(rng, 19, 78).to_string()));
                vars.push(("wjob", s(pick(rng, lx::JOBS))));
                vars.push(("wshe", s(if female { "she" } else { "he" })));
                vars.push(("wher", s(if female { "her" } else { "his" })));
                vars.push(("sound", s(pick(rng, lx::SOUNDS))));
                let k = index(rng, lx::AFTER_W.len());
                vars.push(("after_w", s(lx::AFTER_W[k])));
                vars.push(("after_p", s(lx::AFTER_P[k])));
                vars.push(("sight", s(pick(rng, lx::SIGHTS))));
                vars.push(("concern", s(pick(rng, lx::CONCERNS))));
                vars.push(("crowd", s(pick(rng, lx::CROWDS))));
                vars.push(("wjob_place", s(pick(rng, lx::WORK_PLACES))));
            }
            Rescue => {
                vars.push(("equip", s(pick(rng, lx::EQUIPMENT))));
                vars.push(("hours", between(rng, 12, 60).to_string()));
            }
            Cause => vars.push(("who", who(rng, &everyone))),
            OrgAction => {
                vars.push(("teams", crate::event::number(between(rng, 12, 450))));
                vars.push(("supply", s(pick(rng, lx::SUPPLIES))));
            }
            LeaderMourning => vars.push(("days", crate::event::number(between(rng, 2, 7)))),
            Hospital => vars.push(("hcount", crate::event::number(between(rng, 2, 9)))),
            Evacuation => vars.push(("shelter", s(pick(rng, lx::SHELTERS)))),
            CityProfile => {
                vars.push(("adj", s(pick(rng, lx::TOWN_ADJ))));
                vars.push(("tnoun", s(pick(rng, lx::TOWN_NOUN))));
            }
            Economy => {
                let k = distinct(rng, lx::INDUSTRIES.len(), 3);
                vars.push(("i1", s(lx::INDUSTRIES[k[0]])));
                vars.push(("i2", s(lx::INDUSTRIES[k[1]])));
                vars.push(("i3", s(lx::INDUSTRIES[k[2]])));
                vars.push(("pct", between(rng, 11, 38).to_string()));
            }
            PastIncident => {
                let year = crate::clock::year(ev.start) - i64::from(between(rng, 2, 24));
                vars.push(("pyear", year.to_string()));
                vars.push(("ocity", lx::place_name(rng)));
                vars.push(("pn", crate::event::number(between(rng, 4, 220))));
                vars.push(("conseq", s(pick(rng, lx::CONSEQUENCES))));
            }
            Criticism => {
                vars.push(("critics", s(pick(rng, lx::CRITICS))));
                vars.push(("problem", s(pick(rng, lx::PROBLEMS))));
                let y = crate::clock::year(ev.start);
                vars.push(("pyear", (y - i64::from(between(rng, 3, 15))).to_string()));
                vars.push(("pyear2", (y - i64::from(between(rng, 1, 9))).to_string()));
            }
            Aid => {
                let mut other = pick(rng, lx::COUNTRIES);
                while other == ev.country {
                    other = pick(rng, lx::COUNTRIES);
                }
                vars.push(("ocountry", s(other)));
                vars.push(("supply", s(pick(rng, lx::SUPPLIES))));
            }
            Disruption => {
                let k = distinct(rng, lx::CLOSURES.len(), 2);
                vars.push(("closure", s(lx::CLOSURES[k[0]])));
                vars.push(("closure2", s(lx::CLOSURES[k[1]])));
            }
            _ => {}
        }
        match kind {
            Outlook => vars.push(("outlook", s(pick(rng, lx::OUTLOOKS)))),
            Mourning => {
                vars.push(("mplace", s(pick(rng, lx::FUNERAL_PLACES))));
                vars.push(("sky", s(pick(rng, lx::SKIES))));
            }
            Footage => {
                let k = distinct(rng, lx::FOOTAGE.len(), 2);
                vars.push(("scene1", s(lx::FOOTAGE[k[0]])));
                vars.push(("scene2", s(lx::FOOTAGE[k[1]])));
            }
            OwnNote | OwnContext | OwnVoice => {
                vars.push(("outlet", s(outlet)));
                vars.push(("feeling", s(pick(rng, lx::FEELINGS))));
                vars.push(("prior", s(pick(rng, lx::PRIOR_DISASTERS))));
                vars.push(("after", s(pick(rng, lx::AFTERMATH_SCENES))));
                vars.push(("ocity", lx::place_name(rng)));
                if kind != OwnVoice {
                    vars.push(("crowd", s(pick(rng, lx::CROWDS))));
                }
                vars.push(("count", crate::event::number(between(rng, 2, 6))));
                vars.push(("hours", between(rng, 2, 30).to_string()));
            }
            _ => {}
        }
        Some(Message { kind, vars })
    }
}
