//! Original writing: wire stories, independent reports and an outlet's own
//! sentences. Every sentence passes the [`Guard`] before it is kept; a
//! sentence that would repeat a remembered run is rendered again with other
//! choices, and dropped after a few tries.

use crate::article::{words_in, Paras, Piece, Role, Said};
use crate::dialect::Dialect;
use crate::event::{Event, Names, Style};
use crate::message::{render_with, Message, MsgKind};
use crate::originality::{word_hashes, Guard, GLOBAL_RUN};
use crate::phrasebook::{datelines, titles};
use crate::rng::{between, index, pick, shuffle, Rng};
use crate::template::tidy;
use rand::Rng as _;
use std::cell::Cell;
use std::rc::Rc;

/// Tries per sentence before it is dropped.
pub const TRIES: usize = 10;
/// Of those, how many also insist on no run repeated from the whole corpus.
pub const CORPUS_TRIES: usize = 2;

/// The generator's state: randomness, the originality guard and used names.
pub struct Gen {
    /// Random source.
    pub rng: Rng,
    /// What has been written.
    pub guard: Guard,
    /// Names in use.
    pub names: Names,
}

/// Builds paragraphs sentence by sentence, keeping the last words for the guard.
pub struct Writer {
    /// Paragraphs so far.
    pub paras: Paras,
    tail: Vec<u64>,
    cap: usize,
    mentioned: Cell<u32>,
    dialect: Dialect,
}

impl Writer {
    /// An empty writer with its own word choices.
    pub fn new(rng: &mut Rng) -> Writer {
        Writer {
            dialect: Dialect::random(rng),
            paras: vec![Vec::new()],
            tail: Vec::new(),
            cap: 1,
            mentioned: Cell::new(0),
        }
    }

    fn remember(&mut self, gen: &mut Gen, text: &str) {
        let w = word_hashes(text);
        gen.guard.record(&self.tail, &w);
        self.push_tail(&w);
    }

    fn push_tail(&mut self, w: &[u64]) {
        self.tail.extend_from_slice(w);
        let keep = GLOBAL_RUN - 1;
        if self.tail.len() > keep {
            self.tail.drain(..self.tail.len() - keep);
        }
    }

    /// Adds a piece that is not checked (a dateline), remembering its words.
    pub fn add_unchecked(&mut self, gen: &mut Gen, piece: Piece) {
        self.remember(gen, &piece.text);
        self.paras.last_mut().expect("a paragraph").push(piece);
    }

    /// Starts a new paragraph of up to `cap` sentences (unless the current one is empty).
    pub fn break_para(&mut self, rng: &mut Rng) {
        if !self.paras.last().is_some_and(Vec::is_empty) {
            self.paras.push(Vec::new());
        }
        self.cap = match index(rng, 10) {
            0..=3 => 1,
            4..=7 => 2,
            _ => 3,
        };
    }

    /// Lets the current paragraph take up to `cap` sentences.
    pub fn set_cap(&mut self, cap: usize) {
        self.cap = cap;
    }

    /// The last piece added.
    pub fn last_mut(&mut self) -> Option<&mut Piece> {
        self.paras.iter_mut().rev().find_map(|p| p.last_mut())
    }

    /// Adds a piece whose words already passed the guard.
    pub fn add(&mut self, gen: &mut Gen, piece: Piece) {
        let full =
            |p: &Vec<Piece>| p.iter().filter(|x| x.role == Role::Sentence).count() >= self.cap;
        if self.paras.last().is_some_and(full) {
            self.break_para(&mut gen.rng);
        }
        self.remember(gen, &piece.text);
        self.paras.last_mut().expect("a paragraph").push(piece);
    }

    /// Renders `msg` in `style` until the guard (and `also`) accept it; adds it.
    pub fn try_message(
        &mut self,
        gen: &mut Gen,
        ev: &Event,
        msg: &Message,
        style: Style,
        also: &dyn Fn(&str) -> bool,
    ) -> Option<usize> {
        for attempt in 0..TRIES {
            let before = self.mentioned.get();
            let mut r = msg.render(ev, style, &mut gen.rng, &self.mentioned)?;
            r.full = restyle(&self.dialect, r.full);
            r.short = restyle(&self.dialect, r.short);
            let w = word_hashes(&r.full);
            if gen.guard.fresh(&self.tail, &w, attempt < CORPUS_TRIES) && also(&r.full) {
                let has_short = r.short != r.full;
                let short = has_short.then_some(r.short);
                let n = r.full.split_whitespace().count();
                let msg = Rc::new(msg.clone());
                self.add(
                    gen,
                    Piece {
                        text: r.full,
                        short,
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
                    },
                );
                return Some(n);
            }
            self.mentioned.set(before);
        }
        None
    }

    /// The paragraphs, without empty ones.
    pub fn finish(self) -> Paras {
        self.paras.into_iter().filter(|p| !p.is_empty()).collect()
    }
}

/// Applies an article's word choices, fixing "a"/"an" if anything changed.
pub fn restyle(dialect: &Dialect, text: String) -> String {
    let styled = dialect.apply(&text);
    if styled == text {
        text
    } else {
        tidy(&styled)
    }
}

fn is_quote(kind: MsgKind) -> bool {
    use MsgKind::*;
    matches!(
        kind,
        QuoteEffort
            | QuoteSympathy
            | QuoteWarning
            | QuoteInquiry
            | WitnessHeard
            | WitnessSaw
            | LocalVoice
    )
}

/// Renders a one-off line (title, dateline, tagline) in `style`.
pub fn line(gen: &mut Gen, ev: &Event, set: &[&str], style: Style, outlet: &str) -> String {
    let t = pick(&mut gen.rng, set);
    render_with(
        t,
        ev,
        &[("outlet", outlet.to_string())],
        style,
        &mut gen.rng,
    )
    .full
}

/// A headline in `style`.
pub fn title(gen: &mut Gen, ev: &Event, style: Style) -> String {
    line(gen, ev, titles(style), style, "")
}

/// Which of the two leader messages a story carries.
fn leader(rng: &mut Rng) -> MsgKind {
    if rng.random_bool(0.5) {
        MsgKind::LeaderMourning
    } else {
        MsgKind::LeaderReturn
    }
}

fn wire_plan(rng: &mut Rng) -> Vec<MsgKind> {
    use MsgKind::*;
    let leader = leader(rng);
    let mut tiers = vec![
        vec![Toll, Scene, QuoteEffort, Missing],
        vec![
            Rescue,
            WitnessHeard,
            Cause,
            Arrests,
            QuoteWarning,
            leader,
            OrgAction,
            QuoteSympathy,
        ],
        vec![
            Hospital,
            Evacuation,
            DamageHomes,
            DamageCost,
            WitnessSaw,
            QuoteInquiry,
            Disruption,
        ],
        vec![
            CityProfile,
            Economy,
            PastIncident,
            Criticism,
            Aid,
            Outlook,
            Mourning,
            Footage,
        ],
    ];
    let mut plan = vec![Lede];
    for t in &mut tiers {
        shuffle(rng, t);
        plan.extend_from_slice(t);
    }
    plan
}

fn independent_plan(rng: &mut Rng) -> Vec<MsgKind> {
    use MsgKind::*;
    let leader = leader(rng);
    let mut rest = vec![
        Toll,
        Scene,
        QuoteEffort,
        Missing,
        Rescue,
        WitnessHeard,
        WitnessSaw,
        LocalVoice,
        Cause,
        Arrests,
        QuoteWarning,
        leader,
        OrgAction,
        QuoteSympathy,
        Hospital,
        Evacuation,
        DamageHomes,
        DamageCost,
        QuoteInquiry,
        Disruption,
        CityProfile,
        Economy,
        PastIncident,
        Criticism,
        Aid,
        Outlook,
        Mourning,
        Footage,
        ReporterScene,
        LocalVoice,
    ];
    shuffle(rng, &mut rest);
    let mut plan = if rng.random_bool(0.6) {
        vec![Lede]
    } else {
        vec![ReporterScene, Lede]
    };
    plan.extend(rest);
    plan
}

const WIRE_MORE: &[MsgKind] = &[
    MsgKind::QuoteEffort,
    MsgKind::WitnessSaw,
    MsgKind::WitnessHeard,
    MsgKind::PastIncident,
    MsgKind::Criticism,
    MsgKind::Footage,
    MsgKind::QuoteWarning,
    MsgKind::Disruption,
    MsgKind::Economy,
];

const INDEP_MORE: &[MsgKind] = &[
    MsgKind::LocalVoice,
    MsgKind::WitnessHeard,
    MsgKind::WitnessSaw,
    MsgKind::ReporterScene,
    MsgKind::PastIncident,
    MsgKind::Criticism,
    MsgKind::QuoteEffort,
];

/// Writes an original story of about `target` words in `style` (wire or independent).
pub fn write_story(gen: &mut Gen, ev: &Event, style: Style, target: usize) -> Paras {
    let mut fresh =
        |gen: &mut Gen, kind: MsgKind| Message::make(kind, ev, "", &mut gen.names, &mut gen.rng);
    write_story_with(gen, ev, style, target, &mut fresh)
}

/// [`write_story`], with `make` giving the message of each kind the story's
/// plan asks for (`None` skips it): [`Message::make`] draws fresh variables,
/// a caller may hand out messages other articles already state.
pub fn write_story_with(
    gen: &mut Gen,
    ev: &Event,
    style: Style,
    target: usize,
    make: &mut dyn FnMut(&mut Gen, MsgKind) -> Option<Message>,
) -> Paras {
    let (plan, more) = match style {
        Style::Wire => (wire_plan(&mut gen.rng), WIRE_MORE),
        _ => (independent_plan(&mut gen.rng), INDEP_MORE),
    };
    let mut w = Writer::new(&mut gen.rng);
    let with_dateline = style == Style::Wire || gen.rng.random_bool(0.7);
    if with_dateline {
        let d = line(gen, ev, datelines(style), style, "");
        w.add_unchecked(gen, Piece::own(d, Role::Dateline));
    }
    let mut words = 0usize;
    let mut extra = 0usize;
    let mut kinds = plan.into_iter();
    let mut first = true;
    while words < target && extra < 4 * more.len() {
        let kind = match kinds.next() {
            Some(k) => k,
            None => {
                extra += 1;
                pick(&mut gen.rng, more)
            }
        };
        let Some(msg) = make(gen, kind) else {
            continue;
        };
        if is_quote(kind) && !first {
            w.break_para(&mut gen.rng);
        }
        if let Some(n) = w.try_message(gen, ev, &msg, style, &|_| true) {
            words += n;
            if kind == MsgKind::Lede || is_quote(kind) {
                w.break_para(&mut gen.rng);
            }
            first = false;
        }
    }
    w.finish()
}

/// Kinds an outlet also writes itself, in the independent wording, with
/// fresh variables (its own witnesses, its own background).
const OWN_BORROWED: &[MsgKind] = &[
    MsgKind::LocalVoice,
    MsgKind::WitnessSaw,
    MsgKind::WitnessHeard,
    MsgKind::ReporterScene,
    MsgKind::PastIncident,
    MsgKind::Criticism,
    MsgKind::Economy,
    MsgKind::Footage,
];

/// An outlet's own sentence (context, a resident, a note), or `None` if the guard refused.
pub fn own_sentence(gen: &mut Gen, ev: &Event, outlet: &str, note_allowed: bool) -> Option<Piece> {
    use MsgKind::*;
    let kinds: &[MsgKind] = if note_allowed {
        &[OwnContext, OwnContext, OwnVoice, OwnNote]
    } else {
        &[OwnContext, OwnContext, OwnVoice]
    };
    let (kind, style) = if gen.rng.random_bool(0.5) {
        (pick(&mut gen.rng, kinds), Style::Own)
    } else {
        (pick(&mut gen.rng, OWN_BORROWED), Style::Indep)
    };
    let msg = Rc::new(Message::make(
        kind,
        ev,
        outlet,
        &mut gen.names,
        &mut gen.rng,
    )?);
    let mentioned = Cell::new(u32::MAX);
    let dialect = Dialect::random(&mut gen.rng);
    for attempt in 0..TRIES {
        let mut r = msg.render(ev, style, &mut gen.rng, &mentioned)?;
        r.full = restyle(&dialect, r.full);
        let w = word_hashes(&r.full);
        if gen.guard.fresh(&[], &w, attempt < CORPUS_TRIES) {
            gen.guard.record(&[], &w);
            return Some(Piece {
                text: r.full,
                short: None,
                msg: Some(msg.clone()),
                origin: None,
                role: Role::Sentence,
                said: vec![Said {
                    msg,
                    figures: r.figures,
                }],
                short_figures: Vec::new(),
            });
        }
    }
    None
}

/// Inserts own paragraphs (after the first body paragraph) until `paras`
/// has at least `min_words` words or `max_new` paragraphs were added.
pub fn pad_with_own(
    gen: &mut Gen,
    ev: &Event,
    outlet: &str,
    paras: &mut Paras,
    min_words: usize,
    max_new: usize,
) {
    let mut added = 0;
    let mut tries = 0;
    while words_in(paras) < min_words && added < max_new && tries < max_new * 6 {
        tries += 1;
        let Some(p) = own_sentence(gen, ev, outlet, false) else {
            continue;
        };
        let mut para = vec![p];
        if gen.rng.random_bool(0.4) {
            if let Some(q) = own_sentence(gen, ev, outlet, false) {
                para.push(q);
            }
        }
        let last_body = paras
            .iter()
            .rposition(|p| p.iter().any(|x| x.role != Role::Tagline))
            .map_or(paras.len(), |i| i + 1);
        let lo = 1.min(last_body);
        let at = lo + index(&mut gen.rng, last_body - lo + 1);
        paras.insert(at, para);
        added += 1;
    }
}

/// An invented outlet name such as "The Harbour Courier".
pub fn outlet_name(rng: &mut Rng) -> String {
    let first = pick(rng, crate::lexicon::OUTLET_FIRST);
    let last = pick(rng, crate::lexicon::OUTLET_LAST);
    if between(rng, 0, 1) == 0 {
        format!("The {first} {last}")
    } else {
        format!("{first} {last}")
    }
}
