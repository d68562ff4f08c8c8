//! Rewrites that merge source sentences: news briefs and tabloid-style
//! merged rewrites.
//!
//! A merged sentence is built from two or three consecutive source
//! sentences: each is re-rendered from its message as a clause in the
//! brief/tabloid wording ([`Style::Tab`]), and the clauses are joined by a
//! connector ("…, while …", "As …, …", "…; …, and …"). A few clauses keep a
//! short phrase of their source word for word (4–8 words): an optional
//! clause of the source sentence ("according to local authorities",
//! "hoping to find survivors") re-attached to the clause, or one sentence of
//! a quote ("We expect that the worst is not over") put in a short quoting
//! frame. A merged sentence is kept only if it
//! - keeps the source's figures and the names of people and places (other
//!   cities and countries named; the event's city when it merges the lede),
//! - shares a run of at least four words with its source sentences and none
//!   of nine,
//! - passes the originality guard, which allows runs of its own source
//!   sentences only ([`crate::originality::Guard::fresh_except`]).

use crate::article::{Built, Origin, Paras, Piece, Role, Said};
use crate::dialect::Dialect;
use crate::edits::{add_own, Ctx};
use crate::event::{Event, Style};
use crate::message::{Message, MsgKind};
use crate::originality::word_hashes;
use crate::phrasebook::datelines;
use crate::rng::{between, index, Rng};
use crate::template::{capitalise_first, Figure};
use crate::writers::{line, restyle, title, Gen, CORPUS_TRIES, TRIES};
use crate::SpanMode;
use rand::Rng as _;
use std::cell::Cell;
use std::collections::HashSet;

/// Shortest and longest kept phrase, in words.
const KEPT_WORDS: std::ops::RangeInclusive<usize> = 4..=8;
/// A merged sentence shares no run this long with its source.
const MAX_SHARED: usize = 9;
/// A merged sentence shares a run at least this long with its source.
const MIN_SHARED: usize = 4;
/// Renderings tried per merged sentence: more than for a single sentence,
/// since two or three clauses must all pass.
const MERGE_TRIES: usize = 3 * TRIES;
/// Brief length in words, headline included.
const BRIEF_WORDS: std::ops::RangeInclusive<usize> = 30..=120;

/// A phrase of a source sentence that a merged clause may keep verbatim.
#[derive(Clone)]
enum Kept {
    /// An optional clause, with what separated it from the rest (", " or " ").
    Clause {
        sep: &'static str,
        text: String,
        figures: Vec<Figure>,
    },
    /// One sentence of a quote, with its closing punctuation, and the
    /// figures it states.
    Quote(String, Vec<Figure>),
}

/// Words as the tests count them: split at whitespace, punctuation
/// stripped, lowercased.
fn coarse_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `a` and `b` share a run of `n` words (whitespace words).
fn shares_coarse(a: &str, b: &str, n: usize) -> bool {
    let (a, b) = (coarse_words(a), coarse_words(b));
    let seen: HashSet<&[String]> = a.windows(n).collect();
    b.windows(n).any(|w| seen.contains(w))
}

/// The figures in `text`: runs of digits with the commas, points and
/// colons between them ("1,200", "9:10", "3.4").
fn figures(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.' | ':')))
        .map(|t| t.trim_matches(|c: char| !c.is_ascii_digit()))
        .filter(|t| !t.is_empty())
        .collect()
}

/// The optional clause(s) `full` has and `short` lacks, when that is one
/// stretch of 4–8 words.
fn optional_clause(full: &str, short: &str) -> Option<Kept> {
    let (f, s) = (full.as_bytes(), short.as_bytes());
    let mut p = f.iter().zip(s).take_while(|(a, b)| a == b).count();
    while !full.is_char_boundary(p) {
        p -= 1;
    }
    let max_s = s.len() - p;
    let mut q = f
        .iter()
        .rev()
        .zip(s.iter().rev())
        .take(max_s)
        .take_while(|(a, b)| a == b)
        .count();
    while !full.is_char_boundary(f.len() - q) {
        q -= 1;
    }
    if p + q >= f.len() {
        return None;
    }
    let mid = &full[p..f.len() - q];
    let start = p + (mid.len() - mid.trim_start_matches([',', ' ']).len());
    let text = mid.trim_matches([',', ' ']);
    if text.is_empty() || !KEPT_WORDS.contains(&text.split_whitespace().count()) {
        return None;
    }
    // It must start and end at word boundaries.
    let before = full[..start].chars().next_back();
    let after = full[start + text.len()..].chars().next();
    if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
        return None;
    }
    let sep = if full[..start].ends_with(", ") {
        ", "
    } else if full[..start].ends_with(' ') {
        " "
    } else {
        return None;
    };
    Some(Kept::Clause {
        sep,
        text: text.to_string(),
        figures: Vec::new(),
    })
}

/// Sentences of 4–8 words of the quote `text` opens with, if any.
fn quote_sentences(text: &str) -> Vec<Kept> {
    let Some(inner) = text.strip_prefix('"').and_then(|t| t.split('"').next()) else {
        return Vec::new();
    };
    let inner = inner.trim_end_matches([',', ' ']);
    let mut out = Vec::new();
    let mut rest = inner;
    while !rest.is_empty() {
        let cut = rest
            .match_indices(['.', '?', '!'])
            .map(|(i, _)| i + 1)
            .find(|&i| rest[i..].is_empty() || rest[i..].starts_with(' '))
            .unwrap_or(rest.len());
        let sentence = rest[..cut].trim();
        rest = rest[cut..].trim_start();
        let words = sentence.split_whitespace().count();
        if KEPT_WORDS.contains(&words) {
            let closed = if sentence.ends_with(['.', '?', '!']) {
                sentence.to_string()
            } else {
                format!("{sentence}.")
            };
            out.push(Kept::Quote(closed, Vec::new()));
        }
    }
    out
}

/// What a source sentence can keep verbatim, with the figures each keeps:
/// an optional clause those of the full text the short one lacks, a quote
/// sentence those whose words it holds.
fn kept_candidates(piece: &Piece) -> Vec<Kept> {
    let full: &[Figure] = piece.said.first().map_or(&[], |s| &s.figures);
    let mut out: Vec<Kept> = piece
        .short
        .as_deref()
        .and_then(|s| optional_clause(&piece.text, s))
        .into_iter()
        .map(|k| match k {
            Kept::Clause { sep, text, .. } => {
                let mut rest: Vec<&Figure> = piece.short_figures.iter().collect();
                let figures = full
                    .iter()
                    .filter(|f| match rest.iter().position(|r| r == f) {
                        Some(i) => {
                            rest.remove(i);
                            false
                        }
                        None => true,
                    })
                    .cloned()
                    .collect();
                Kept::Clause { sep, text, figures }
            }
            q => q,
        })
        .collect();
    out.extend(quote_sentences(&piece.text).into_iter().map(|k| match k {
        Kept::Quote(q, _) => {
            let figures = figures_in(&q, full);
            Kept::Quote(q, figures)
        }
        c => c,
    }));
    out
}

/// The figures of `from` whose words `text` holds (each occurrence of a
/// figure's text as a whole word taken once), in the order of `from`.
fn figures_in(text: &str, from: &[Figure]) -> Vec<Figure> {
    let count = |needle: &str| -> usize {
        text.match_indices(needle)
            .filter(|(at, _)| {
                let before = text[..*at].chars().next_back();
                let after = text[at + needle.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(|c| c.is_alphanumeric() || c == ',')
            })
            .count()
    };
    let mut used: Vec<&str> = Vec::new();
    from.iter()
        .filter(|f| {
            let taken = used.iter().filter(|u| **u == f.text).count();
            let ok = count(&f.text) > taken;
            if ok {
                used.push(&f.text);
            }
            ok
        })
        .cloned()
        .collect()
}

/// A frame that quotes a kept sentence, by who speaks in `kind`.
fn quote_frame(kind: MsgKind) -> Option<&'static str> {
    use MsgKind::*;
    match kind {
        QuoteEffort | QuoteSympathy | QuoteWarning | QuoteInquiry => Some(
            "{who.ref} [said|told reporters|declared|insisted|added|said bluntly]: \"KEPTQUOTE\"",
        ),
        WitnessHeard | WitnessSaw => {
            Some("{wname}, {wage}, [said|recalled|told reporters|added|sobbed]: \"KEPTQUOTE\"")
        }
        _ => None,
    }
}

/// Whether two texts share a common word (not a name) of seven letters or
/// more ("investigation").
fn shares_long_word(a: &str, b: &str) -> bool {
    let long = |t: &str| -> HashSet<String> {
        t.split_whitespace()
            .filter(|w| w.starts_with(char::is_lowercase))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .filter(|w| w.chars().count() >= 7)
            .collect()
    };
    !long(a).is_disjoint(&long(b))
}

/// One source sentence of a group, rendered as a clause.
struct Clause {
    text: String,
    lower: bool,
    /// Ends with a closing quote, so it must come last.
    quoted: bool,
    /// The figures it states, in text order.
    figures: Vec<Figure>,
}

/// Renders message `msg` as a clause keeping `kept`; `None` if it cannot
/// (or would say twice what the kept phrase says).
fn clause(
    gen: &mut Gen,
    ev: &Event,
    msg: &Message,
    kept: Option<&Kept>,
    short: bool,
    style: (&Dialect, &Cell<u32>),
) -> Option<Clause> {
    let (dialect, mentioned) = style;
    match kept {
        Some(Kept::Quote(q, kept_figures)) => {
            let frame = quote_frame(msg.kind)?;
            let r = msg.render_template(frame, ev, Style::Tab, &mut gen.rng, mentioned);
            let text = restyle(dialect, r.full).replace("KEPTQUOTE", q);
            let mut figures = r.figures;
            figures.extend(kept_figures.iter().cloned());
            Some(Clause {
                text,
                lower: r.lower,
                quoted: true,
                figures,
            })
        }
        _ => {
            let r = msg.render(ev, Style::Tab, &mut gen.rng, mentioned)?;
            let lower = r.lower;
            let (base, mut figures) = if short || kept.is_some() {
                (r.short, r.short_figures)
            } else {
                (r.full, r.figures)
            };
            let base = restyle(dialect, base);
            let body = base.strip_suffix('.')?;
            let text = match kept {
                Some(Kept::Clause {
                    sep,
                    text,
                    figures: kept_figures,
                }) => {
                    let said_twice = msg
                        .vars
                        .iter()
                        .map(|(_, v)| v.as_str())
                        .chain([ev.hospital.as_str()])
                        .filter(|v| v.len() >= 2 && !v.starts_with('='))
                        .any(|v| text.contains(v) && body.contains(v))
                        || shares_long_word(text, body);
                    if said_twice {
                        return None;
                    }
                    figures.extend(kept_figures.iter().cloned());
                    format!("{body}{sep}{text}")
                }
                _ => body.to_string(),
            };
            Some(Clause {
                text,
                lower,
                quoted: false,
                figures,
            })
        }
    }
}

/// `text` with its first letter lowercased, if `lower`.
fn continued(c: &Clause) -> String {
    if !c.lower {
        return c.text.clone();
    }
    let mut chars = c.text.chars();
    match chars.next() {
        Some(f) if f.is_uppercase() => f.to_lowercase().chain(chars).collect(),
        _ => c.text.clone(),
    }
}

/// Joins two or three clauses into one sentence.
fn join(rng: &mut Rng, clauses: &[Clause]) -> Option<String> {
    if clauses[..clauses.len() - 1].iter().any(|c| c.quoted) {
        return None;
    }
    let first = &clauses[0].text;
    // "As …, …" reads badly when the first clause has commas of its own.
    let prefix_ok = !first.contains(',');
    let mut s = match clauses {
        [a, b] => match index(rng, 11) {
            0 => format!("{first}, and {}", continued(b)),
            1 => format!("{first}, while {}", continued(b)),
            2 => format!("{first} – and {}", continued(b)),
            3 => format!("{first}; {}", continued(b)),
            4 => format!("{first}, as {}", continued(b)),
            5 if prefix_ok => format!("As {}, {}", continued(a), continued(b)),
            5 => format!("{first}; meanwhile, {}", continued(b)),
            6 => format!("{first} — and meanwhile {}", continued(b)),
            7 => format!("{first}, even as {}", continued(b)),
            8 => format!("{first} – while {}", continued(b)),
            9 if prefix_ok => format!("While {}, {}", continued(a), continued(b)),
            9 => format!("{first}, and at the same time {}", continued(b)),
            _ => format!("{first}; on top of that, {}", continued(b)),
        },
        [a, b, c] => match index(rng, 6) {
            0 => format!("{first}; {}, and {}", continued(b), continued(c)),
            1 => format!("{first}, while {} – and {}", continued(b), continued(c)),
            2 if prefix_ok => format!(
                "As {}, {}, and {}",
                continued(a),
                continued(b),
                continued(c)
            ),
            2 => format!(
                "{first}; meanwhile, {} – and {}",
                continued(b),
                continued(c)
            ),
            3 => format!("{first}, as {}; {}", continued(b), continued(c)),
            4 => format!("{first} – and {}, while {}", continued(b), continued(c)),
            _ => format!("{first}, and {}; {}", continued(b), continued(c)),
        },
        _ => return None,
    };
    if !s.ends_with(['.', '"', '?', '!']) {
        s.push('.');
    }
    Some(capitalise_first(&s))
}

/// What a merged sentence must keep: figures, people's and places' names.
fn facts_kept(ev: &Event, msgs: &[&Message], source: &str, merged: &str) -> bool {
    let have: HashSet<&str> = figures(merged).into_iter().collect();
    if figures(source).iter().any(|f| !have.contains(f)) {
        return false;
    }
    let mut names: Vec<&str> = ev.people.iter().map(|p| p.last.as_str()).collect();
    if msgs.iter().any(|m| m.kind == MsgKind::Lede) {
        names.push(&ev.city);
    }
    for m in msgs {
        for (k, v) in &m.vars {
            if matches!(*k, "wlast" | "ocity" | "ocountry") {
                names.push(v);
            }
        }
    }
    names
        .iter()
        .all(|n| !source.contains(n) || merged.contains(n))
}

/// A merged sentence from the consecutive source pieces `group` of `src`
/// (all sentences with messages), keeping about `want` phrases, or `None`.
fn merge_group(
    gen: &mut Gen,
    c: &Ctx,
    src: usize,
    group: &[usize],
    want: usize,
    short: bool,
    style: (&Dialect, &Cell<u32>),
) -> Option<Piece> {
    let s = &c.all[src];
    let pieces: Vec<&Piece> = group.iter().map(|&j| &s.pieces[j]).collect();
    let msgs: Vec<&Message> = pieces
        .iter()
        .map(|p| p.msg.as_deref())
        .collect::<Option<_>>()?;
    let source: String = pieces
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let source_words = word_hashes(&source);
    let cands: Vec<Vec<Kept>> = pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            kept_candidates(p)
                .into_iter()
                .filter(|k| match k {
                    Kept::Quote(..) => i + 1 == pieces.len() && quote_frame(msgs[i].kind).is_some(),
                    Kept::Clause { .. } => true,
                })
                .collect()
        })
        .collect();
    'attempt: for attempt in 0..MERGE_TRIES {
        let before = style.1.get();
        // Which clauses keep a phrase, and which.
        let mut with: Vec<usize> = (0..pieces.len())
            .filter(|&i| !cands[i].is_empty())
            .collect();
        crate::rng::shuffle(&mut gen.rng, &mut with);
        with.truncate(want);
        let mut clauses = Vec::new();
        for (i, msg) in msgs.iter().enumerate() {
            let kept = with
                .contains(&i)
                .then(|| &cands[i][index(&mut gen.rng, cands[i].len())]);
            let short_here = short && attempt < MERGE_TRIES / 2;
            match clause(gen, c.ev, msg, kept, short_here, style) {
                Some(cl) => clauses.push(cl),
                None => {
                    style.1.set(before);
                    continue 'attempt;
                }
            }
        }
        let Some(text) = join(&mut gen.rng, &clauses) else {
            style.1.set(before);
            continue;
        };
        let w = word_hashes(&text);
        if facts_kept(c.ev, &msgs, &source, &text)
            && shares_coarse(&source, &text, MIN_SHARED)
            && !shares_coarse(&source, &text, MAX_SHARED)
            && gen
                .guard
                .fresh_except(&w, attempt < CORPUS_TRIES, &source_words)
        {
            gen.guard.record(&[], &w);
            let said = pieces
                .iter()
                .zip(clauses)
                .filter_map(|(p, c)| {
                    Some(Said {
                        msg: p.msg.clone()?,
                        figures: c.figures,
                    })
                })
                .collect();
            return Some(Piece {
                text,
                short: None,
                msg: None,
                said,
                short_figures: Vec::new(),
                origin: Some(Origin {
                    source: src,
                    piece: group[0],
                    last: group[group.len() - 1],
                    mode: SpanMode::Paraphrase,
                    exact: false,
                }),
                role: Role::Sentence,
            });
        }
        style.1.set(before);
    }
    None
}

/// Indices of the source's sentences that can be merged, in text order.
fn sentences(s: &Built) -> Vec<usize> {
    s.body_paras()
        .flatten()
        .copied()
        .filter(|&j| {
            let p = &s.pieces[j];
            p.role == Role::Sentence && p.msg.as_ref().is_some_and(|m| m.speaks(Style::Tab))
        })
        .collect()
}

/// `len` consecutive pieces starting at sentence `at`, if they are consecutive.
fn group_at(sents: &[usize], at: usize, len: usize) -> Option<Vec<usize>> {
    let g = sents.get(at..at + len)?;
    g.windows(2).all(|w| w[1] == w[0] + 1).then(|| g.to_vec())
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A guarded headline of the outlet's own, or `None`.
fn headline(gen: &mut Gen, ev: &Event) -> Option<String> {
    for attempt in 0..2 * TRIES {
        let t = title(gen, ev, Style::Own);
        let w = word_hashes(&t);
        if gen.guard.fresh(&[], &w, attempt < TRIES) {
            gen.guard.record(&[], &w);
            return Some(t);
        }
    }
    None
}

/// A news brief: a headline line, then one to three sentences, each merging
/// two or three consecutive source sentences; 30–120 words in all, with two
/// or three kept phrases. (Of a wire too short for that, a few dozen words,
/// the brief may be shorter, or be its first sentence copied.)
pub fn brief(gen: &mut Gen, c: &Ctx, src: usize) -> Paras {
    let s = &c.all[src];
    let sents = sentences(s);
    let dialect = Dialect::random(&mut gen.rng);
    let mentioned = Cell::new(0);
    let mut paras: Paras = Vec::new();
    let mut total = 0;
    if let Some(h) = headline(gen, c.ev) {
        total += words(&h);
        paras.push(vec![Piece::own(h, Role::Headline)]);
    }
    let mut body: Vec<Piece> = Vec::new();
    if gen.rng.random_bool(0.3) {
        let d = line(gen, c.ev, datelines(Style::Tab), Style::Tab, c.outlet);
        total += words(&d);
        body.push(Piece::own(d, Role::Dateline));
    }
    let count = between(&mut gen.rng, 1, 3) as usize;
    let mut kept_left = (between(&mut gen.rng, 2, 3) as usize).max(count);
    let mut at = 0;
    let mut made = 0;
    while at + 1 < sents.len() && (made < count || total < *BRIEF_WORDS.start()) {
        if made >= 3 {
            break;
        }
        let len = between(&mut gen.rng, 2, 3) as usize;
        let Some(group) = group_at(&sents, at, len).or_else(|| group_at(&sents, at, 2)) else {
            at += 1;
            continue;
        };
        let sentences_left = count.saturating_sub(made).max(1);
        let want = (kept_left + 1)
            .saturating_sub(sentences_left)
            .clamp(1, group.len());
        match merge_group(gen, c, src, &group, want, true, (&dialect, &mentioned)) {
            Some(p) if total + p.words() <= *BRIEF_WORDS.end() => {
                total += p.words();
                kept_left = kept_left.saturating_sub(want);
                at += group.len() + between(&mut gen.rng, 0, 3) as usize;
                made += 1;
                body.push(p);
            }
            _ => at += 1,
        }
    }
    if made == 0 {
        // A wire too short to merge (a tiny word target): the brief is its lede.
        if let Some(&j) = sents.first() {
            total += s.pieces[j].words();
            body.push(Piece::copy(s, src, j));
        }
    }
    if gen.rng.random_bool(0.2) {
        let t = line(gen, c.ev, crate::phrasebook::TAGLINES, Style::Own, c.outlet);
        if total + words(&t) <= *BRIEF_WORDS.end() {
            body.push(Piece::own(t, Role::Tagline));
        }
    }
    paras.push(body);
    paras
}

/// A tabloid-style rewrite: most of the source, pairs and triples of
/// consecutive sentences merged into one each, other sentences copied
/// unchanged or dropped, own sentences added.
pub fn merged(gen: &mut Gen, c: &Ctx, src: usize) -> Paras {
    let s = &c.all[src];
    let sents = sentences(s);
    let dialect = Dialect::random(&mut gen.rng);
    let mentioned = Cell::new(0);
    let mut paras: Paras = vec![Vec::new()];
    let dateline = s.pieces.iter().position(|p| p.role == Role::Dateline);
    if let Some(d) = dateline.filter(|_| gen.rng.random_bool(0.4)) {
        paras[0].push(Piece::copy(s, src, d));
    }
    let mut at = 0;
    while at < sents.len() {
        let roll = index(&mut gen.rng, 100);
        let len = match roll {
            0..=49 => 2,
            50..=69 => 3,
            _ => 1,
        };
        let mut unit = None;
        if len > 1 {
            if let Some(group) = group_at(&sents, at, len) {
                let want = if gen.rng.random_bool(0.25) { 2 } else { 1 };
                let style = (&dialect, &mentioned);
                if let Some(p) = merge_group(gen, c, src, &group, want, false, style) {
                    unit = Some((p, len));
                }
            }
        }
        let (piece, used) = match unit {
            Some(u) => u,
            None if at > 0 && gen.rng.random_bool(0.12) => {
                at += 1;
                continue;
            }
            None => (Piece::copy(s, src, sents[at]), 1),
        };
        at += used;
        let cur = paras.last_mut().expect("a paragraph");
        let sentences_in = cur.iter().filter(|p| p.role == Role::Sentence).count();
        if sentences_in == 0 || (sentences_in < 2 && gen.rng.random_bool(0.35)) {
            cur.push(piece);
        } else {
            paras.push(vec![piece]);
        }
    }
    paras.retain(|p| !p.is_empty());
    let n = between(&mut gen.rng, 1, 3) as usize;
    add_own(gen, c, &mut paras, n);
    paras
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::Names;
    use crate::rng::seeded;

    #[test]
    fn optional_clauses_and_quotes_are_found() {
        let full = "At least 30 people were killed on Tuesday, according to local authorities.";
        let short = "At least 30 people were killed on Tuesday.";
        match optional_clause(full, short) {
            Some(Kept::Clause { sep, text, .. }) => {
                assert_eq!(sep, ", ");
                assert_eq!(text, "according to local authorities");
            }
            _ => panic!("no clause"),
        }
        let full = "The search went on for more than 22 hours around the jetty.";
        let short = "The search went on around the jetty.";
        match optional_clause(full, short) {
            Some(Kept::Clause { sep, text, .. }) => {
                assert_eq!((sep, text.as_str()), (" ", "for more than 22 hours"));
            }
            _ => panic!("no clause"),
        }
        let q = quote_sentences(
            "\"Teams from across Jovania are here. What matters now is to find anyone still alive,\" he said.",
        );
        assert_eq!(q.len(), 1);
        assert!(matches!(&q[0], Kept::Quote(t, _) if t == "Teams from across Jovania are here."));
        assert_eq!(
            figures("At 9:10 am, 1,200 people ($3.4 million) aged 62-year-old."),
            ["9:10", "1,200", "3.4", "62"]
        );
    }

    #[test]
    fn every_wire_kind_renders_as_a_clause() {
        use MsgKind::*;
        let mut rng = seeded(4);
        let mut names = Names::default();
        for _ in 0..30 {
            let ev = Event::generate(&mut rng, &mut names);
            for kind in [
                Lede,
                Toll,
                Scene,
                QuoteEffort,
                QuoteSympathy,
                QuoteWarning,
                QuoteInquiry,
                WitnessHeard,
                WitnessSaw,
                Rescue,
                Cause,
                OrgAction,
                LeaderMourning,
                LeaderReturn,
                Hospital,
                Evacuation,
                DamageHomes,
                DamageCost,
                Arrests,
                Missing,
                CityProfile,
                Economy,
                PastIncident,
                Criticism,
                Aid,
                Disruption,
                Outlook,
                Mourning,
                Footage,
            ] {
                let Some(m) = Message::make(kind, &ev, "", &mut names, &mut rng) else {
                    continue;
                };
                assert!(m.speaks(Style::Tab), "{kind:?}");
                let r = m.render(&ev, Style::Tab, &mut rng, &Cell::new(0)).unwrap();
                assert!(
                    r.full.ends_with('.') && r.short.ends_with('.'),
                    "{}",
                    r.full
                );
                if let Some(f) = quote_frame(kind) {
                    let r = m.render_template(f, &ev, Style::Tab, &mut rng, &Cell::new(0));
                    assert!(r.full.contains("KEPTQUOTE"), "{}", r.full);
                }
            }
        }
    }
}
