//! Derived articles: how an outlet turns a source into its own story.
//!
//! Each function returns paragraphs whose copied pieces carry an
//! [`Origin`], from which [`Built::truth`] computes the spans:
//! - verbatim: every body paragraph unchanged;
//! - light edit: most sentences unchanged, some with a word swapped, the
//!   organisation renamed to its acronym or an optional clause dropped, a few
//!   dropped, own sentences added;
//! - reordered: the lede first, the other paragraphs shuffled, some dropped,
//!   own paragraphs inserted;
//! - paraphrase: every kept sentence re-rendered from its message in the
//!   paraphrase style and checked to share no six-word run with its source;
//! - truncated: the first 30–60 % of the source's paragraphs;
//! - mixed: the lede of one source, then alternating blocks of paragraphs
//!   from two sources.

use crate::article::{words_in, Built, Origin, Paras, Piece, Role};
use crate::event::{Event, Style};
use crate::lexicon::LIGHT_SYNONYMS;
use crate::originality::{shares_run, word_hashes};
use crate::phrasebook::{datelines, TAGLINES};
use crate::rng::{between, index, shuffle, Rng};
use crate::writers::{line, own_sentence, pad_with_own, title, Gen, Writer, TRIES};
use crate::SpanMode;
use rand::Rng as _;

/// What every derivation needs to know.
pub struct Ctx<'a> {
    /// Everything built so far (sources are looked up here).
    pub all: &'a [Built],
    /// The event.
    pub ev: &'a Event,
    /// The deriving outlet.
    pub outlet: &'a str,
    /// Target length in words.
    pub target: usize,
}

/// Body paragraphs of `all[src]` copied unchanged (datelines kept if `dateline`).
fn copy_paras(c: &Ctx, src: usize, dateline: bool) -> Paras {
    let s = &c.all[src];
    s.body_paras()
        .map(|para| {
            para.iter()
                .filter(|&&j| match s.pieces[j].role {
                    Role::Sentence => true,
                    Role::Dateline => dateline,
                    _ => false,
                })
                .map(|&j| Piece::copy(s, src, j))
                .collect::<Vec<_>>()
        })
        .filter(|p: &Vec<Piece>| p.iter().any(|x| x.role == Role::Sentence))
        .collect()
}

/// Adds a headline line and a tagline around `paras`, with the given chances.
pub fn frame(gen: &mut Gen, c: &Ctx, paras: &mut Paras, headline: f64, tagline: f64) {
    if gen.rng.random_bool(headline) {
        for _ in 0..TRIES {
            let t = title(gen, c.ev, Style::Own);
            let w = word_hashes(&t);
            if gen.guard.fresh(&[], &w, true) {
                gen.guard.record(&[], &w);
                paras.insert(0, vec![Piece::own(t, Role::Headline)]);
                break;
            }
        }
    }
    if gen.rng.random_bool(tagline) {
        let t = line(gen, c.ev, TAGLINES, Style::Own, c.outlet);
        paras.push(vec![Piece::own(t, Role::Tagline)]);
    }
}

/// Keeps a derived article within about 15 % of the target length: drops
/// paragraphs (never the first body paragraph) or adds own ones.
pub fn fit(gen: &mut Gen, c: &Ctx, paras: &mut Paras) {
    let hi = c.target + c.target * 3 / 20;
    let lo = c.target - c.target * 3 / 20;
    while words_in(paras) > hi {
        let first_body = paras
            .iter()
            .position(|p| p.iter().any(|x| x.role == Role::Sentence));
        let removable: Vec<usize> = (0..paras.len())
            .filter(|&i| Some(i) != first_body)
            .filter(|&i| paras[i].iter().all(|x| x.role == Role::Sentence))
            .collect();
        if removable.is_empty() {
            break;
        }
        let i = removable[index(&mut gen.rng, removable.len())];
        paras.remove(i);
    }
    pad_with_own(gen, c.ev, c.outlet, paras, lo, 16);
}

/// The source unchanged.
pub fn verbatim(c: &Ctx, src: usize) -> Paras {
    copy_paras(c, src, true)
}

/// Replaces a whole word or phrase: the organisation's name by its acronym,
/// or one of the copy-desk synonyms. `None` if nothing applies.
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

/// Where `word` occurs in `text` as a whole word (case-sensitive).
pub(crate) fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = text[from..].find(word) {
        let s = from + k;
        let e = s + word.len();
        let before = text[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = text[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return Some(s);
        }
        from = e;
    }
    None
}

/// Most sentences unchanged; some edited, dropped or added.
pub fn light_edit(gen: &mut Gen, c: &Ctx, src: usize) -> Paras {
    let mut paras = copy_paras(c, src, true);
    let mut edits = 0;
    for (pi, para) in paras.iter_mut().enumerate() {
        let mut kept = Vec::new();
        for mut piece in para.drain(..) {
            let roll = index(&mut gen.rng, 100);
            let edited: Option<String> = match piece.role {
                Role::Dateline => match roll {
                    0..=49 => None,
                    50..=79 => {
                        let t = piece.text.replace(&format!(" ({})", c.ev.agency), "");
                        (t != piece.text).then_some(t)
                    }
                    _ => {
                        edits += 1;
                        continue;
                    }
                },
                _ if pi > 0 && roll < 6 => {
                    edits += 1;
                    continue;
                }
                _ if roll < 20 => piece.short.clone().filter(|s| *s != piece.text),
                _ if roll < 38 => substitute(&piece.text, c.ev, &mut gen.rng),
                _ => None,
            };
            if let Some(t) = edited {
                piece.set_text(t);
                edits += 1;
            }
            kept.push(piece);
        }
        *para = kept;
    }
    paras.retain(|p| p.iter().any(|x| x.role == Role::Sentence));
    if edits == 0 {
        force_edit(gen, c.ev, &mut paras);
    }
    let n = between(&mut gen.rng, 2, 3) as usize;
    add_own(gen, c, &mut paras, n);
    paras
}

/// Edits one sentence so a light edit is never an exact copy.
fn force_edit(gen: &mut Gen, ev: &Event, paras: &mut Paras) {
    for piece in paras
        .iter_mut()
        .flatten()
        .filter(|p| p.role == Role::Sentence)
    {
        if let Some(t) = substitute(&piece.text, ev, &mut gen.rng) {
            piece.set_text(t);
            return;
        }
    }
}

/// Adds `count` own sentences: as new paragraphs or at the end of existing ones.
pub fn add_own(gen: &mut Gen, c: &Ctx, paras: &mut Paras, count: usize) {
    let mut note = true;
    for _ in 0..count {
        let Some(p) = own_sentence(gen, c.ev, c.outlet, note) else {
            continue;
        };
        if p.msg
            .as_ref()
            .is_some_and(|m| m.kind == crate::message::MsgKind::OwnNote)
        {
            note = false;
        }
        if paras.len() > 1 && gen.rng.random_bool(0.3) {
            let at = 1 + index(&mut gen.rng, paras.len() - 1);
            paras[at].push(p);
        } else {
            let at = 1 + index(&mut gen.rng, paras.len().max(1));
            paras.insert(at.min(paras.len()), vec![p]);
        }
    }
}

/// The lede first, the rest shuffled with some dropped, own paragraphs inserted.
pub fn reordered(gen: &mut Gen, c: &Ctx, src: usize) -> Paras {
    let mut paras = copy_paras(c, src, true);
    if paras.len() < 3 {
        add_own(gen, c, &mut paras, 2);
        return paras;
    }
    let first = paras.remove(0);
    let n = paras.len();
    let mut rest: Vec<Vec<Piece>> = paras
        .into_iter()
        .enumerate()
        .filter(|(i, _)| *i < n / 2 || index(&mut gen.rng, 100) >= 20)
        .map(|(_, p)| p)
        .collect();
    let before: Vec<usize> = rest
        .iter()
        .map(|p| p[0].origin.map_or(0, |o| o.piece))
        .collect();
    shuffle(&mut gen.rng, &mut rest);
    let after: Vec<usize> = rest
        .iter()
        .map(|p| p[0].origin.map_or(0, |o| o.piece))
        .collect();
    if before == after {
        rest.reverse();
    }
    let mut paras = vec![first];
    paras.extend(rest);
    let n = between(&mut gen.rng, 2, 4) as usize;
    add_own(gen, c, &mut paras, n);
    paras
}

/// Every kept sentence rewritten in the paraphrase style.
pub fn paraphrase(gen: &mut Gen, c: &Ctx, src: usize) -> Paras {
    let s = &c.all[src];
    let mut w = Writer::new(&mut gen.rng);
    if gen.rng.random_bool(0.5) {
        let d = line(gen, c.ev, datelines(Style::Para), Style::Para, c.outlet);
        w.add_unchecked(gen, Piece::own(d, Role::Dateline));
    }
    let mut first = true;
    for (k, para) in s.body_paras().enumerate() {
        if k > 0 {
            w.break_para(&mut gen.rng);
        }
        w.set_cap(3);
        for &j in para {
            let piece = &s.pieces[j];
            let Some(msg) = piece
                .msg
                .as_ref()
                .filter(|m| piece.role == Role::Sentence && m.speaks(Style::Para))
            else {
                continue;
            };
            if !first && gen.rng.random_bool(0.08) {
                continue;
            }
            let source_text = piece.text.as_str();
            let ok = |t: &str| !shares_run(source_text, t, 6);
            if w.try_message(gen, c.ev, msg, Style::Para, &ok).is_some() {
                if let Some(p) = w.last_mut() {
                    p.origin = Some(Origin {
                        source: src,
                        piece: j,
                        last: j,
                        mode: SpanMode::Paraphrase,
                        exact: false,
                    });
                }
                first = false;
            }
        }
    }
    let mut paras = w.finish();
    let n = between(&mut gen.rng, 1, 2) as usize;
    add_own(gen, c, &mut paras, n);
    paras
}

/// The first 30–60 % of the source's paragraphs, unchanged.
pub fn truncated(gen: &mut Gen, c: &Ctx, src: usize) -> Paras {
    let mut paras = copy_paras(c, src, true);
    let total = words_in(&paras) as f64;
    let goal = total * f64::from(between(&mut gen.rng, 30, 60)) / 100.0;
    let mut best = (f64::MAX, 1);
    let mut cum = 0.0;
    for (k, p) in paras.iter().enumerate() {
        cum += p.iter().map(Piece::words).sum::<usize>() as f64;
        let d = (cum - goal).abs();
        if d < best.0 && k + 1 < paras.len() {
            best = (d, k + 1);
        }
    }
    paras.truncate(best.1);
    paras
}

/// The lede of `a`, then alternating blocks of paragraphs from `b` and `a`.
pub fn mixed(gen: &mut Gen, c: &Ctx, a: usize, b: Option<usize>) -> Paras {
    let mut from_a = copy_paras(c, a, true).into_iter();
    let from_b: Vec<Vec<Piece>> = match b {
        Some(b) => copy_paras(c, b, false).into_iter().skip(1).collect(),
        None => Vec::new(),
    };
    let mut from_b = from_b.into_iter();
    let mut out: Paras = from_a.next().into_iter().collect();
    let mut turn_b = true;
    loop {
        if words_in(&out) >= c.target {
            break;
        }
        let take = between(&mut gen.rng, 1, 3) as usize;
        let block: Vec<Vec<Piece>> = if turn_b {
            from_b.by_ref().take(take).collect()
        } else {
            from_a.by_ref().take(take).collect()
        };
        if block.is_empty() {
            let other: Vec<Vec<Piece>> = if turn_b {
                from_a.by_ref().take(take).collect()
            } else {
                from_b.by_ref().take(take).collect()
            };
            if other.is_empty() {
                break;
            }
            out.extend(other);
        } else {
            out.extend(block);
        }
        turn_b = !turn_b;
    }
    out
}
