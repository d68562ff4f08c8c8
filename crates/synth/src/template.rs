//! A tiny template language for sentences.
//!
//! - `{name}` is a slot, filled by a [`Slots`] implementation; a slot may
//!   itself return a template, which is rendered in turn.
//! - `[a|b|c]` picks one alternative at random; alternatives nest and may be
//!   empty (`[very |]`).
//! - `((...))` is an optional clause: it is kept in the full rendering and
//!   left out of the short one, which is what a copy editor's light trim
//!   produces.
//!
//! After rendering, [`tidy`] collapses spaces, fixes "a"/"an" and
//! capitalises the first letter.
//!
//! Rendering also records the **figures** it wrote: the text of every slot
//! named in [`FIGURE_SLOTS`] (the event's counts, a message's numbers), with
//! its value, in text order, for the full and the short form. Tidying never
//! changes a figure's digits or words.

use crate::rng::{index, Rng};
use std::borrow::Cow;

/// What a slot expands to.
pub enum Value<'a> {
    /// Literal text.
    Text(Cow<'a, str>),
    /// A template, rendered with the same slots.
    Template(Cow<'a, str>),
}

/// Fills slots by name.
pub trait Slots {
    /// The value of slot `name`, or `None` if there is no such slot.
    fn slot<'s>(&'s self, name: &str, rng: &mut Rng) -> Option<Value<'s>>;
}

/// A rendered template: with and without its optional clauses.
pub struct Rendered {
    /// Everything, optional clauses included.
    pub full: String,
    /// Optional clauses left out.
    pub short: String,
    /// Whether the text began with a lowercase letter before [`tidy`]
    /// capitalised it, so that it may be lowercased again when it continues
    /// another sentence (names and other capitalised words may not).
    pub lower: bool,
    /// The figures `full` states, in text order.
    pub figures: Vec<Figure>,
    /// The figures `short` states, in text order.
    pub short_figures: Vec<Figure>,
}

/// Slots whose text is a figure: a count or amount drawn for the event or
/// for a message. Years, dates, clock times and weekdays are not figures.
pub const FIGURE_SLOTS: &[&str] = &[
    "deaths",
    "injured",
    "missing",
    "evacuated",
    "arrested",
    "homes",
    "amount",
    "pop",
    "km",
    "critical",
    "teams",
    "days",
    "hcount",
    "hours",
    "pct",
    "pn",
    "wage",
    "count",
    "deaths1",
    "deaths2",
    "more",
    "ndays",
    "staff",
];

/// One figure a rendering wrote: which slot, its text, its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The slot it fills (one of [`FIGURE_SLOTS`]).
    pub slot: &'static str,
    /// As written: `five`, `1,200`, `$3.4 million`.
    pub text: String,
    /// Its value: 5, 1200, 3400000.
    pub value: f64,
}

impl Figure {
    /// The figure slot `name` filled with `text`, or `None` when `name` is
    /// not a figure slot or `text` is not a number as the generator writes
    /// them (digits with thousands commas, the words zero to nine, or money
    /// such as `$3.4 million`).
    pub fn of(name: &str, text: &str) -> Option<Figure> {
        let slot = *FIGURE_SLOTS.iter().find(|s| **s == name)?;
        let value = if let Some(m) = text.strip_prefix('$') {
            // Millions with at most six decimals, in integers: exact.
            let m = m.strip_suffix(" million")?;
            let (whole, frac) = m.split_once('.').unwrap_or((m, ""));
            if frac.len() > 6 || !(whole.bytes().chain(frac.bytes())).all(|b| b.is_ascii_digit()) {
                return None;
            }
            let frac = format!("{frac:0<6}");
            (whole.parse::<u64>().ok()? * 1_000_000 + frac.parse::<u64>().ok()?) as f64
        } else if let Some(k) = crate::lexicon::SMALL_NUMBERS
            .iter()
            .position(|w| *w == text)
        {
            k as f64
        } else {
            let digits = text.replace(',', "");
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            digits.parse::<f64>().ok()?
        };
        Some(Figure {
            slot,
            text: text.to_string(),
            value,
        })
    }
}

/// Renders `template` with `slots`, then tidies both forms.
///
/// # Panics
/// On an unknown slot or unbalanced brackets: templates are fixed strings,
/// so this is a bug caught by the tests.
pub fn render(template: &str, slots: &dyn Slots, rng: &mut Rng) -> Rendered {
    let mut out = Rendered {
        full: String::new(),
        short: String::new(),
        lower: false,
        figures: Vec::new(),
        short_figures: Vec::new(),
    };
    walk(template, slots, rng, &mut out, false, 0);
    let lower = out
        .full
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    Rendered {
        full: tidy(&out.full),
        short: tidy(&out.short),
        lower,
        figures: out.figures,
        short_figures: out.short_figures,
    }
}

fn push(out: &mut Rendered, s: &str, optional: bool) {
    out.full.push_str(s);
    if !optional {
        out.short.push_str(s);
    }
}

fn walk(t: &str, slots: &dyn Slots, rng: &mut Rng, out: &mut Rendered, opt: bool, depth: u32) {
    assert!(depth < 12, "template recursion too deep: {t}");
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'[' => {
                let (alts, close) = alternatives(t, i);
                let (s, e) = alts[index(rng, alts.len())];
                walk(&t[s..e], slots, rng, out, opt, depth + 1);
                i = close + 1;
            }
            b'{' => {
                let close = t[i..]
                    .find('}')
                    .map(|k| i + k)
                    .unwrap_or_else(|| panic!("unclosed slot in {t}"));
                let name = &t[i + 1..close];
                match slots.slot(name, rng) {
                    Some(Value::Text(s)) => {
                        if let Some(f) = Figure::of(name, &s) {
                            if !opt {
                                out.short_figures.push(f.clone());
                            }
                            out.figures.push(f);
                        }
                        push(out, &s, opt);
                    }
                    Some(Value::Template(s)) => walk(&s, slots, rng, out, opt, depth + 1),
                    None => panic!("unknown slot {{{name}}} in {t}"),
                }
                i = close + 1;
            }
            b'(' if b.get(i + 1) == Some(&b'(') => {
                let end = optional_end(t, i + 2);
                walk(&t[i + 2..end], slots, rng, out, true, depth + 1);
                i = end + 2;
            }
            _ => {
                let start = i;
                while i < b.len()
                    && !matches!(b[i], b'[' | b'{')
                    && !(b[i] == b'(' && b.get(i + 1) == Some(&b'('))
                {
                    i += 1;
                }
                push(out, &t[start..i], opt);
            }
        }
    }
}

/// The alternatives of the `[...]` group opening at `open`, and where it closes.
fn alternatives(t: &str, open: usize) -> (Vec<(usize, usize)>, usize) {
    let b = t.as_bytes();
    let mut depth = 0usize;
    let mut start = open + 1;
    let mut alts = Vec::new();
    let mut j = open + 1;
    while j < b.len() {
        match b[j] {
            b'[' => depth += 1,
            b'{' => {
                j += t[j..]
                    .find('}')
                    .unwrap_or_else(|| panic!("unclosed slot in {t}"));
            }
            b']' if depth == 0 => {
                alts.push((start, j));
                return (alts, j);
            }
            b']' => depth -= 1,
            b'|' if depth == 0 => {
                alts.push((start, j));
                start = j + 1;
            }
            _ => {}
        }
        j += 1;
    }
    panic!("unclosed [ in {t}")
}

fn optional_end(t: &str, from: usize) -> usize {
    let b = t.as_bytes();
    let mut depth = 0usize;
    let mut j = from;
    while j + 1 < b.len() {
        match b[j] {
            b'[' => depth += 1,
            b']' => depth = depth.saturating_sub(1),
            b')' if depth == 0 && b[j + 1] == b')' => return j,
            _ => {}
        }
        j += 1;
    }
    panic!("unclosed (( in {t}")
}

/// Collapses whitespace, removes spaces before punctuation, fixes doubled
/// punctuation and "a"/"an", and capitalises the first letter.
pub fn tidy(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut out = String::with_capacity(s.len());
    for (i, w) in words.iter().enumerate() {
        let mut w: &str = w;
        if !out.is_empty() {
            if w.starts_with([',', '.', ';', ':', '!', '?']) {
                // Punctuation that lost its word (an empty alternative) joins the previous word.
                if out.ends_with([',', '.', ';', ':']) {
                    out.pop();
                }
            } else {
                out.push(' ');
            }
        }
        let next_an = words.get(i + 1).map(|n| wants_an(n));
        match (w, next_an) {
            ("a", Some(true)) => w = "an",
            ("A", Some(true)) => w = "An",
            ("an", Some(false)) => w = "a",
            ("An", Some(false)) => w = "A",
            _ => {}
        }
        out.push_str(w);
    }
    for (bad, good) in [(",.", "."), ("..", "."), (",,", ","), (".,", ",")] {
        if out.contains(bad) {
            out = out.replace(bad, good);
        }
    }
    capitalise_first(&out)
}

fn wants_an(word: &str) -> bool {
    let w = word.trim_start_matches(['"', '\'', '(']);
    let Some(c) = w.chars().next().map(|c| c.to_ascii_lowercase()) else {
        return false;
    };
    if c.is_ascii_digit() {
        let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
        return c == '8' || digits == "11" || digits == "18";
    }
    if ["uni", "use", "usu", "eu", "one", "once", "ukr", "ura"]
        .iter()
        .any(|p| w.starts_with(p))
    {
        return false;
    }
    if ["hour", "honest", "heir", "honour"]
        .iter()
        .any(|p| w.starts_with(p))
    {
        return true;
    }
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'é' | 'á' | 'í' | 'ó' | 'ú' | 'É'
    )
}

/// Uppercases the first alphabetic character (after any opening quotes).
pub fn capitalise_first(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut done = false;
    for c in s.chars() {
        if !done && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            done = true;
        } else {
            if !done && c.is_ascii_digit() {
                done = true;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng::seeded;

    struct Fixed;
    impl Slots for Fixed {
        fn slot<'s>(&'s self, name: &str, _: &mut Rng) -> Option<Value<'s>> {
            match name {
                "x" => Some(Value::Text("apple".into())),
                "t" => Some(Value::Template("[red|red] {x}".into())),
                _ => None,
            }
        }
    }

    #[test]
    fn renders_slots_alternatives_and_optional_clauses() {
        let mut rng = seeded(3);
        let r = render(
            "a {x}((, said [she|she])) and [a|a] {t} [|].",
            &Fixed,
            &mut rng,
        );
        assert_eq!(r.full, "An apple, said she and a red apple.");
        assert_eq!(r.short, "An apple and a red apple.");
    }

    struct Numbers;
    impl Slots for Numbers {
        fn slot<'s>(&'s self, name: &str, _: &mut Rng) -> Option<Value<'s>> {
            match name {
                "deaths" => Some(Value::Text("five".into())),
                "injured" => Some(Value::Text("1,200".into())),
                "amount" => Some(Value::Text("$3.4 million".into())),
                "year" => Some(Value::Text("2019".into())),
                _ => None,
            }
        }
    }

    #[test]
    fn renders_record_their_figures_full_and_short() {
        let mut rng = seeded(3);
        let r = render(
            "{deaths} died in {year}((, {injured} were hurt)) and it cost {amount}.",
            &Numbers,
            &mut rng,
        );
        assert_eq!(
            r.full,
            "Five died in 2019, 1,200 were hurt and it cost $3.4 million."
        );
        let values = |f: &[Figure]| f.iter().map(|f| (f.slot, f.value)).collect::<Vec<_>>();
        assert_eq!(
            values(&r.figures),
            [
                ("deaths", 5.0),
                ("injured", 1200.0),
                ("amount", 3_400_000.0)
            ]
        );
        assert_eq!(
            values(&r.short_figures),
            [("deaths", 5.0), ("amount", 3_400_000.0)]
        );
        assert_eq!(
            Figure::of("amount", "$66.4 million").map(|f| f.value),
            Some(66_400_000.0)
        );
        assert_eq!(Figure::of("km", "12km"), None);
        assert_eq!(Figure::of("city", "12"), None);
    }

    #[test]
    fn tidy_fixes_articles_and_spacing() {
        assert_eq!(tidy("a  8-year-old ,  an car"), "An 8-year-old, a car");
        assert_eq!(
            tidy("\"we  were there ,\" she said"),
            "\"We were there,\" she said"
        );
    }
}
