//! Number mentions in news text, normalized: "more than 100 attacks",
//! "some 2,500 troops", "between 10 and 12", "hundreds of people",
//! "$4.5 billion", "45%". The facts stage reads them: the same count
//! reported in several articles, or a count that changed between versions.
//!
//! ## API
//! - [`find`]: every [`Quantity`] in a text, in text order, with byte spans.
//!   The span covers the qualifier ("more than"), the currency sign, the
//!   number, a scale word ("million") and a percent sign or word; it does not
//!   cover the unit noun, which is reported in [`Quantity::unit`].
//! - [`same_quantity`]: could two mentions describe the same count?
//! - [`changed`]: do two mentions give different values for the same unit?
//!
//! ## Algorithm
//! 1. **Lexing** (one pass over the chars): words (letters and digits joined
//!    by internal `-`, `'`, `.`, `_`, `/`, so "COVID-19", "F-16", "a.m",
//!    "twenty-one" are single words and never numbers), numbers and single
//!    punctuation marks. A number starts at an ASCII digit that is not glued
//!    to a word (`BC-US,0412`, `#5`, `/2024`, `+1 202…` are rejected) and reads:
//!    - thousands groups of exactly three digits after a first group of one to
//!      three: `2,500` (English), `2 500` with a space, no-break space, thin
//!      or narrow no-break space (French), `1.234.567` or `1.234,5` (German;
//!      needs a second dot group or a comma decimal to be unambiguous);
//!    - a decimal part: `2.5`, or `2,5` (comma decimals only with one or two
//!      digits, or after dot/space thousands groups);
//!    - a glued range `10-12` / `10–12` (second value larger, at most ten
//!      times the first or at most 20, which keeps phone-like `555-1234` out);
//!    - a glued suffix: `bn`, `mn`, `mln`, `tn`, `trn` always multiply; `m`,
//!      `k`, `b` multiply only after a currency sign (`$5m`); ordinal suffixes
//!      (`7th`) and every other suffix (`14h`, `1990s`, `10km`, `737MAX`) make
//!      the number a non-quantity.
//!
//!    Numbers continued by `:`, `/`, a second `.` or a comma group that is not
//!    a thousands group (`14:05`, `4/1/2024`, `17.10.2023`, `1.2.3`), chains of
//!    three or more hyphenated groups (`2024-01-04`, `202-555-0100`), integer
//!    parts with a leading zero (`0412`) and plain runs of seven or more digits
//!    are ids, dates, times or phone numbers. Two number tokens next to each
//!    other with only whitespace between them (`555 0100` left over after
//!    grouping) are both rejected.
//! 2. **Parsing** at each token, left to right, longest mention first:
//!    optional qualifier, optional currency sign, the core number (digits with
//!    an optional scale word, or number words), an optional range end, an
//!    optional percent and trailing qualifier, then the unit noun.
//!
//! Number words follow the standard English cardinal grammar (as in
//! grammars for number-word parsing such as the usual "words to numbers"
//! recursive descent): units, teens and tens (`twenty-one` or `twenty one`),
//! `hundred` multiplying the group before it (`one hundred`, `fifteen
//! hundred`, `a hundred`), scale words `thousand`, `million`, `billion`,
//! `trillion` in decreasing order, each closing a group, and `and` allowed
//! after `hundred` or a scale word when a number word follows ("one hundred
//! and twelve"). Also `a dozen` (12), `two dozen` (24), `half a million`,
//! `half a dozen`. Digits take the same scale words and abbreviations (`1.2
//! million`, `3 bn`; French/German `millions`, `milliards`, `Millionen`,
//! `Milliarden`, `Mio`, `Mrd`). English "billion" is 10^9 (short scale).
//!
//! Cost: O(n) in the length of the text (each token is looked at a bounded
//! number of times; the qualifier and word tables are small constants).
//!
//! ## Choices
//! - **Bounds**: "more than", "over", "above", "upwards of", "in excess of" →
//!   [`Bound::MoreThan`]; "at least", "no fewer/less than", "a minimum of", "N
//!   or more", "N+" → [`Bound::AtLeast`]; "up to", "as many as", "at most",
//!   "no more than" → [`Bound::AtMost`]; "fewer/less than", "under", "below",
//!   "just under" → [`Bound::LessThan`]; "some", "around", "about",
//!   "roughly", "approximately", "an estimated", "close to", "N or so" and
//!   also **"nearly"/"almost"** → [`Bound::About`]: wire rewrites swap
//!   "nearly 300" for "about 300", and treating it as approximate keeps those
//!   mentions comparable; the below-the-mark nuance is dropped.
//!   French and German equivalents ("plus de", "au moins", "environ",
//!   "mindestens", "mehr als", "rund", "etwa", "bis zu"…) are included.
//! - **Vague plurals** are lower bounds, [`Bound::AtLeast`], with the value of
//!   two of the base: "dozens" 24, "scores of" 40, "tens of" 20, "hundreds"
//!   200, "thousands" 2,000, "millions" 2,000,000; "hundreds of thousands"
//!   200,000, "tens of thousands" 20,000. The plural means at least two of
//!   them, and a lower bound lets [`same_quantity`] accept "hundreds" vs
//!   "300" but not vs "150". A qualifier in front ("more than") wins.
//! - **Ranges**: "10 to 12", "10-12", "10 – 12", "between 10 and 12", "two or
//!   three" → `value` 10, `upper` Some(12). A scale word on the second end
//!   applies to the first ("between 200 and 300 million") when the first is
//!   not larger than the second before scaling. "from 10 to 12" is read as a
//!   change, not a range: two quantities.
//! - **Unit**: the next word, lowercased, if it is alphabetic and not a stop
//!   word ("of", "and", "in", "the", "were", and a few verbs that follow
//!   bare counts: "taken", "killed", "died", "held"…); a possessive `'s` is dropped;
//!   one modifier among "more", "other", "additional", "further", "new",
//!   "extra" is skipped ("two more attacks" → "attacks"); "others" is a unit
//!   ("seven others"). A glued hyphen word gives its first part ("2,500-strong"
//!   → "strong", "10-year-old" → "year"). After vague plurals "of" is skipped
//!   ("hundreds of people" → "people"). Percent mentions have unit "%" and
//!   money mentions the currency sign ("$", "€", "£", "¥"), not the next word.
//!   Adjectives are not skipped: "two US soldiers" → "us".
//! - **Not quantities**:
//!   - years: a plain four-digit integer from 1000 to 2100 with no qualifier,
//!     currency, percent or scale ("in 2024", "2014-2016"); so a bare "1500
//!     troops" is lost, "more than 1500 troops" is kept;
//!   - dates: a plain 1–31 next to a month name or abbreviation, on either
//!     side, with an optional dot ("January 4", "Oct. 7", "on 17 October",
//!     "17. Oktober"); "May" only capitalized;
//!   - clock times: `14:05`, a number followed by "a.m.", "p.m.", "am", "pm",
//!     "o'clock", "GMT", "UTC"; `2pm`, `14h` by the suffix rule;
//!   - ordinals: "first", "seventh" are not number words; `7th` by the suffix
//!     rule; a number word followed by an ordinal word ("twenty first") is
//!     dropped;
//!   - designators, model and section numbers: a number right after a
//!     capitalized word that is not a stop word, qualifier, month or weekday
//!     ("Boeing 737", "Resolution 2334", "Air Force One"), or after a
//!     designator noun ("section 230", "flight 370", "No. 10", "§ 5"). Title
//!     Case headlines ("Strike Kills Two") lose their numbers by this rule;
//!   - the pronoun "one": a lone "one" counts only when a unit noun follows
//!     and it is not "one of", "one another", "no one", "the one", "this
//!     one"…; "one of the Hashed's factions" is not a quantity (it names a
//!     member, not a count), "one soldier" is 1;
//!   - numbers inside words, URLs and ids ("COVID-19", "F-16", "G7",
//!     "BC-US,0412", "www.x.com/2024"), phone-like strings.
//! - "2.500" (one dot group) is read the English way, 2.5; German thousands
//!   need two dot groups or a comma decimal. "a few", "several", "a couple"
//!   carry no number and are not reported.
//!
//! No dependency beyond `serde`: no small, well-kept crate does mention
//! finding with spans and bounds for news copy, and the grammar is short.

use serde::{Deserialize, Serialize};

/// How the reported value relates to the real count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    /// The value as stated ("two members", "10 to 12").
    Exact,
    /// At least the value ("at least 118", "dozens", "100 or more").
    AtLeast,
    /// Strictly more than the value ("more than 100", "over 100").
    MoreThan,
    /// At most the value ("up to 50", "as many as 50").
    AtMost,
    /// Strictly less than the value ("fewer than 10", "under 10").
    LessThan,
    /// Approximately the value ("some", "around", "about", "nearly", "almost").
    About,
}

/// One number mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// UTF-8 byte offset of the mention's first byte (the qualifier, if any).
    pub start: usize,
    /// UTF-8 byte offset one past the mention's last byte (half-open); the
    /// unit noun is not included.
    pub end: usize,
    /// The value (the lower end of a range).
    pub value: f64,
    /// The upper end of a range ("10 to 12" → 12).
    pub upper: Option<f64>,
    /// How the value relates to the count.
    pub bound: Bound,
    /// The noun after the number, lowercased ("attacks", "troops"), "%" for
    /// percentages, the currency sign for money.
    pub unit: Option<String>,
}

/// Relative tolerance of [`Bound::About`] in [`same_quantity`] (±10%).
pub const ABOUT_TOLERANCE: f64 = 0.1;

/// How many tokens after a quantity's first token its core may start: a
/// qualifier of up to three words ("no fewer than") and a currency sign.
const CORE_REACH: usize = 4;

/// Every quantity mentioned in `text`, in text order, non-overlapping.
pub fn find(text: &str) -> Vec<Quantity> {
    let toks = lex(text);
    let mut blocked = vec![false; toks.len()];
    for i in 1..toks.len() {
        if matches!(toks[i - 1].kind, Kind::Num(_)) && matches!(toks[i].kind, Kind::Num(_)) {
            blocked[i - 1] = true;
            blocked[i] = true;
        }
    }
    let parser = Parser {
        text,
        toks: &toks,
        blocked: &blocked,
    };
    // A quantity's core (digits, number words, a vague plural) lies at most
    // `CORE_REACH` tokens after its first token (a qualifier of up to three
    // words, then a currency sign), so tokens with no core that near start
    // nothing and are not parsed: most tokens of a sentence.
    let core: Vec<bool> = (0..toks.len()).map(|i| parser.may_be_core(i)).collect();
    let mut near = vec![false; toks.len()];
    let mut last_core = None;
    for i in (0..toks.len()).rev() {
        if core[i] {
            last_core = Some(i);
        }
        near[i] = last_core.is_some_and(|c| c - i <= CORE_REACH);
    }
    let mut out = Vec::new();
    let mut t = 0;
    while t < toks.len() {
        if !near[t] {
            t += 1;
            continue;
        }
        match parser.parse_at(t) {
            Some((q, next)) => {
                out.push(q);
                t = next.max(t + 1);
            }
            None => t += 1,
        }
    }
    out
}

/// Whether `a` and `b` could describe the same count: their units agree
/// (equal, or one of them unknown) and their value sets overlap. Each mention
/// is an interval: exact values and ranges as stated, `AtLeast`/`MoreThan`
/// open upwards, `AtMost`/`LessThan` open downwards (strict bounds exclude
/// their value), `About` widened by [`ABOUT_TOLERANCE`] on each side.
/// "more than 100" and "at least 118" overlap; "fewer than 10" and "10" do not.
pub fn same_quantity(a: &Quantity, b: &Quantity) -> bool {
    if let (Some(x), Some(y)) = (&a.unit, &b.unit) {
        if x != y {
            return false;
        }
    }
    let (alo, alo_open, ahi, ahi_open) = interval(a);
    let (blo, blo_open, bhi, bhi_open) = interval(b);
    let (lo, lo_open) = if alo > blo {
        (alo, alo_open)
    } else if blo > alo {
        (blo, blo_open)
    } else {
        (alo, alo_open || blo_open)
    };
    let (hi, hi_open) = if ahi < bhi {
        (ahi, ahi_open)
    } else if bhi < ahi {
        (bhi, bhi_open)
    } else {
        (ahi, ahi_open || bhi_open)
    };
    lo < hi || (lo == hi && !lo_open && !hi_open)
}

/// Whether `b` gives a different value than `a` for the same unit: both units
/// known and equal, and the value or the range end differs. The bound alone
/// is not a change ("over 100" vs "more than 100"); "more than 100 attacks"
/// vs "at least 118 attacks" is. Two changed mentions may still be
/// [`same_quantity`]: an update that is consistent with the earlier figure.
pub fn changed(a: &Quantity, b: &Quantity) -> bool {
    a.unit.is_some() && a.unit == b.unit && (a.value != b.value || a.upper != b.upper)
}

fn interval(q: &Quantity) -> (f64, bool, f64, bool) {
    let hi = q.upper.unwrap_or(q.value);
    match q.bound {
        Bound::Exact => (q.value, false, hi, false),
        Bound::AtLeast => (q.value, false, f64::INFINITY, false),
        Bound::MoreThan => (q.value, true, f64::INFINITY, false),
        Bound::AtMost => (f64::NEG_INFINITY, false, hi, false),
        Bound::LessThan => (f64::NEG_INFINITY, false, hi, true),
        Bound::About => (
            q.value * (1.0 - ABOUT_TOLERANCE),
            false,
            hi * (1.0 + ABOUT_TOLERANCE),
            false,
        ),
    }
}

// ---------------------------------------------------------------------------
// Lexer

#[derive(Debug, Clone, Copy)]
struct Num {
    value: f64,
    upper: Option<f64>,
    /// Digit count when the token is a plain integer (no separator, decimal,
    /// suffix or range).
    plain: Option<usize>,
    /// Plain digit count of the range end, if any.
    upper_plain: Option<usize>,
    ok: bool,
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    Word,
    Num(Num),
    Punct(char),
}

#[derive(Debug, Clone)]
struct Tok<'a> {
    start: usize,
    end: usize,
    kind: Kind,
    /// Lowercased word, typographic apostrophes folded; empty for others
    /// (borrowed from the text when it is lower-case ASCII already).
    lower: std::borrow::Cow<'a, str>,
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

fn digits_at(text: &str, i: usize) -> usize {
    text.as_bytes()
        .get(i..)
        .map_or(0, |b| b.iter().take_while(|c| c.is_ascii_digit()).count())
}

fn is_digit_at(text: &str, i: usize) -> bool {
    digits_at(text, i) > 0
}

fn is_currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

fn lex(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if c == ' ' {
            // Spaces, most of the gaps, without the Unicode test.
            i += 1;
        } else if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_ascii_digit() {
            let (end, num) = lex_number(text, i);
            toks.push(Tok {
                start: i,
                end,
                kind: Kind::Num(num),
                lower: "".into(),
            });
            i = end;
        } else if is_word_char(c) {
            let end = word_end(text, i);
            let word = &text[i..end];
            let lower: std::borrow::Cow<str> = if !word.is_ascii() {
                word.to_lowercase().replace('’', "'").into()
            } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
                word.to_ascii_lowercase().into()
            } else {
                word.into()
            };
            toks.push(Tok {
                start: i,
                end,
                kind: Kind::Word,
                lower,
            });
            i = end;
        } else {
            toks.push(Tok {
                start: i,
                end: i + c.len_utf8(),
                kind: Kind::Punct(c),
                lower: "".into(),
            });
            i += c.len_utf8();
        }
    }
    toks
}

fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while let Some(c) = char_at(text, i) {
        // ASCII letters and digits, the bulk of most words, byte by byte.
        if c.is_ascii_alphanumeric() {
            i += 1;
            while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            continue;
        }
        let next = char_at(text, i + c.len_utf8());
        let joins = matches!(c, '-' | '\'' | '’' | '_' | '/' | '\u{2010}')
            && next.is_some_and(is_word_char)
            || c == '.' && next.is_some_and(char::is_alphabetic);
        if is_word_char(c) || joins {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

#[derive(PartialEq, Clone, Copy)]
enum Sep {
    None,
    Comma,
    Dot,
    Space,
}

/// Reads digits, thousands groups and a decimal part at `p`: (end, value,
/// plain digit count, ok).
fn scan_value(text: &str, p: usize) -> (usize, f64, Option<usize>, bool) {
    let n = digits_at(text, p);
    let mut s = String::from(&text[p..p + n]);
    let mut q = p + n;
    let mut ok = !(n > 1 && text.as_bytes()[p] == b'0');
    let mut sep = Sep::None;
    let mut plain = true;
    loop {
        // Groups only after a first group of one to three digits.
        if n > 3 {
            break;
        }
        let Some(c) = char_at(text, q) else { break };
        let after = q + c.len_utf8();
        if digits_at(text, after) != 3 {
            break;
        }
        let kind = match c {
            ',' => Sep::Comma,
            '.' => Sep::Dot,
            ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' => Sep::Space,
            _ => break,
        };
        if sep != Sep::None && sep != kind {
            break;
        }
        if kind == Sep::Dot && sep == Sep::None {
            // A first dot group needs a second one or a comma decimal.
            let g = after + 3;
            let more = (char_at(text, g) == Some('.') && digits_at(text, g + 1) == 3)
                || (char_at(text, g) == Some(',') && is_digit_at(text, g + 1));
            if !more {
                break;
            }
        }
        sep = kind;
        plain = false;
        s.push_str(&text[after..after + 3]);
        q = after + 3;
    }
    let c = char_at(text, q);
    let d = digits_at(text, q + 1);
    let dot_decimal = c == Some('.') && sep != Sep::Dot;
    let comma_decimal =
        c == Some(',') && (matches!(sep, Sep::Dot | Sep::Space) || (sep == Sep::None && d <= 2));
    if d > 0 && (dot_decimal || comma_decimal) {
        s.push('.');
        s.push_str(&text[q + 1..q + 1 + d]);
        q += 1 + d;
        plain = false;
    }
    let value = s.parse::<f64>().unwrap_or(f64::NAN);
    let digits = s.split('.').next().map_or(0, str::len);
    if !value.is_finite() || value > 1e15 || (plain && digits >= 7) {
        ok = false;
    }
    (q, value, plain.then_some(digits), ok)
}

/// Skips the rest of a chain of digits and separators (a date, time, id).
fn skip_chain(text: &str, mut q: usize) -> usize {
    while let Some(c) = char_at(text, q) {
        if c.is_ascii_digit()
            || (matches!(c, ':' | '/' | '.' | ',' | '-' | '–') && is_digit_at(text, q + 1))
        {
            q += c.len_utf8();
        } else {
            break;
        }
    }
    q
}

fn lex_number(text: &str, i: usize) -> (usize, Num) {
    let mut ok = true;
    let before = &text[..i];
    let mut rev = before.chars().rev();
    let prev = rev.next();
    let prev2 = rev.next();
    let currency = prev.is_some_and(is_currency);
    match prev {
        Some('+' | '#' | '№' | '@' | '_' | '\\' | '/' | ':' | '=' | '§') => ok = false,
        Some(',' | '.' | '-' | '–' | '\'' | '’' | '&') if prev2.is_some_and(is_word_char) => {
            ok = false
        }
        _ => {}
    }
    let (mut q, value, plain, ok1) = scan_value(text, i);
    ok &= ok1;
    let mut num = Num {
        value,
        upper: None,
        plain,
        upper_plain: None,
        ok,
    };
    match char_at(text, q) {
        Some(':' | '/' | '.' | ',') if is_digit_at(text, q + 1) => {
            num.ok = false;
            return (skip_chain(text, q), num);
        }
        Some(c @ ('-' | '–' | '—')) if is_digit_at(text, q + c.len_utf8()) => {
            let (e2, v2, p2, ok2) = scan_value(text, q + c.len_utf8());
            if matches!(char_at(text, e2), Some('-' | '–' | '/' | '.' | ':' | ','))
                && is_digit_at(text, e2 + 1)
            {
                num.ok = false;
                return (skip_chain(text, e2), num);
            }
            if ok2 && v2 > value && (v2 <= 10.0 * value || v2 <= 20.0) {
                num.upper = Some(v2);
                num.upper_plain = p2;
            } else {
                num.ok = false;
            }
            q = e2;
        }
        _ => {}
    }
    let sfx_end = {
        let mut e = q;
        while let Some(c) = char_at(text, e) {
            if is_word_char(c) {
                e += c.len_utf8();
            } else {
                break;
            }
        }
        e
    };
    if sfx_end > q {
        let sfx = text[q..sfx_end].to_lowercase();
        let mult = match sfx.as_str() {
            "bn" | "mn" | "mln" | "tn" | "trn" => scale_of(&sfx),
            "m" if currency => Some(1e6),
            "b" if currency => Some(1e9),
            "k" if currency => Some(1e3),
            _ => None,
        };
        match mult {
            Some(m) => {
                num.value *= m;
                num.upper = num.upper.map(|u| u * m);
                num.plain = None;
                num.upper_plain = None;
            }
            None => num.ok = false,
        }
        q = sfx_end;
    }
    (q, num)
}

// ---------------------------------------------------------------------------
// Word tables

fn scale_of(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" | "k" => 1e3,
        "million" | "millions" | "mn" | "mln" | "m" | "millionen" | "mio" => 1e6,
        "billion" | "bn" | "milliard" | "milliards" | "milliarden" | "mrd" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Atom {
    Zero,
    Unit(f64),
    Teen(f64),
    Tens(f64),
    Hundred,
    Scale(f64),
}

const UNITS: [&str; 9] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
const TEENS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Vague plurals and the base they count in ("hundreds" of 100).
const PLURALS: [(&str, f64); 7] = [
    ("dozens", 12.0),
    ("scores", 20.0),
    ("tens", 10.0),
    ("hundreds", 100.0),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
];

/// Every word a count in words can be made of: the number words, the scale
/// words, the vague plurals, "dozen" and "half". A text without digits and
/// without any of these holds no [`Quantity`], so callers can skip [`find`].
pub fn count_words() -> impl Iterator<Item = &'static str> {
    UNITS
        .iter()
        .chain(&TEENS)
        .chain(&TENS)
        .copied()
        .chain([
            "zero",
            "hundred",
            "thousand",
            "million",
            "millionen",
            "billion",
            "milliard",
            "milliards",
            "milliarden",
            "trillion",
            "dozen",
            "half",
        ])
        .chain(PLURALS.iter().map(|&(w, _)| w))
}

fn atom(w: &str) -> Option<Atom> {
    if w == "zero" {
        return Some(Atom::Zero);
    }
    if w == "hundred" {
        return Some(Atom::Hundred);
    }
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(Atom::Unit(i as f64 + 1.0));
    }
    if let Some(i) = TEENS.iter().position(|u| *u == w) {
        return Some(Atom::Teen(i as f64 + 10.0));
    }
    if let Some(i) = TENS.iter().position(|u| *u == w) {
        return Some(Atom::Tens(i as f64 * 10.0 + 20.0));
    }
    match w {
        "thousand" => Some(Atom::Scale(1e3)),
        "million" => Some(Atom::Scale(1e6)),
        "billion" => Some(Atom::Scale(1e9)),
        "trillion" => Some(Atom::Scale(1e12)),
        _ => None,
    }
}

/// The atoms of a (possibly hyphenated) number word.
fn atoms(w: &str) -> Option<Vec<Atom>> {
    w.split(['-', '\u{2010}']).map(atom).collect()
}

fn is_number_word(w: &str) -> bool {
    atoms(w).is_some()
}

fn is_ordinal_word(w: &str) -> bool {
    const ORD: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "hundredth",
        "thousandth",
        "millionth",
        "billionth",
    ];
    ORD.contains(&w) || (w.ends_with("teenth") && w.len() > 7)
}

fn bound_qualifier(words: &[&str]) -> Option<(Bound, usize)> {
    use Bound::*;
    const TABLE: &[(&[&str], Bound)] = &[
        (&["no", "fewer", "than"], AtLeast),
        (&["no", "less", "than"], AtLeast),
        (&["not", "less", "than"], AtLeast),
        (&["no", "more", "than"], AtMost),
        (&["not", "more", "than"], AtMost),
        (&["in", "excess", "of"], MoreThan),
        (&["as", "many", "as"], AtMost),
        (&["a", "minimum", "of"], AtLeast),
        (&["a", "maximum", "of"], AtMost),
        (&["more", "than"], MoreThan),
        (&["greater", "than"], MoreThan),
        (&["upwards", "of"], MoreThan),
        (&["just", "over"], MoreThan),
        (&["well", "over"], MoreThan),
        (&["at", "least"], AtLeast),
        (&["at", "most"], AtMost),
        (&["up", "to"], AtMost),
        (&["fewer", "than"], LessThan),
        (&["less", "than"], LessThan),
        (&["just", "under"], LessThan),
        (&["close", "to"], About),
        (&["an", "estimated"], About),
        (&["plus", "de"], MoreThan),
        (&["mehr", "als"], MoreThan),
        (&["au", "moins"], AtLeast),
        (&["bis", "zu"], AtMost),
        (&["moins", "de"], LessThan),
        (&["weniger", "als"], LessThan),
        (&["près", "de"], About),
        (&["over"], MoreThan),
        (&["above"], MoreThan),
        (&["über"], MoreThan),
        (&["mindestens"], AtLeast),
        (&["jusqu'à"], AtMost),
        (&["under"], LessThan),
        (&["below"], LessThan),
        (&["some"], About),
        (&["around"], About),
        (&["about"], About),
        (&["roughly"], About),
        (&["approximately"], About),
        (&["approx"], About),
        (&["estimated"], About),
        (&["circa"], About),
        (&["nearly"], About),
        (&["almost"], About),
        (&["environ"], About),
        (&["quelque"], About),
        (&["quelques"], About),
        (&["etwa"], About),
        (&["rund"], About),
        (&["ungefähr"], About),
        (&["knapp"], About),
        (&["fast"], About),
    ];
    TABLE
        .iter()
        .find(|(seq, _)| words.len() >= seq.len() && words[..seq.len()] == **seq)
        .map(|(seq, b)| (*b, seq.len()))
}

const STOP: &[&str] = &[
    "of",
    "and",
    "or",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "to",
    "from",
    "for",
    "by",
    "with",
    "since",
    "per",
    "than",
    "as",
    "into",
    "onto",
    "over",
    "under",
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "being",
    "have",
    "had",
    "has",
    "who",
    "which",
    "that",
    "this",
    "these",
    "those",
    "it",
    "its",
    "their",
    "his",
    "her",
    "they",
    "them",
    "he",
    "she",
    "we",
    "you",
    "i",
    "more",
    "other",
    "less",
    "fewer",
    "said",
    "says",
    "say",
    "according",
    "after",
    "before",
    "during",
    "across",
    "against",
    "if",
    "but",
    "so",
    "while",
    "when",
    "where",
    "not",
    "no",
    "all",
    "each",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "also",
    "still",
    "then",
    "there",
    "here",
    "between",
    "among",
    "about",
    "around",
    "some",
    "up",
    "out",
    "off",
    "out",
    "de",
    "des",
    "du",
    "la",
    "le",
    "les",
    "et",
    "en",
    "à",
    "dans",
    "pour",
    "und",
    "der",
    "die",
    "das",
    "von",
    "im",
    "mit",
    "auf",
    "den",
    "dem",
    "ein",
    "eine",
    "un",
    "une",
    "taken",
    "killed",
    "died",
    "held",
    "left",
    "remain",
    "remained",
    "got",
    "went",
    "came",
];

const MODIFIERS: &[&str] = &["more", "other", "additional", "further", "new", "extra"];

/// Whether the word as written names a month ([`crate::dates::month`]).
fn month(raw: &str) -> bool {
    crate::dates::month(raw).is_some()
}

fn weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

const DESIGNATORS: &[&str] = &[
    "section",
    "sections",
    "article",
    "articles",
    "chapter",
    "paragraph",
    "page",
    "pages",
    "resolution",
    "flight",
    "route",
    "room",
    "model",
    "version",
    "number",
    "no",
    "nr",
    "vol",
    "volume",
    "part",
    "item",
    "clause",
    "rule",
    "figure",
    "fig",
    "table",
    "line",
    "grade",
    "level",
    "phase",
    "stage",
    "round",
    "season",
    "episode",
    "verse",
    "highway",
    "interstate",
    "gate",
    "platform",
    "channel",
    "district",
    "precinct",
    "ward",
    "category",
    "type",
    "class",
    "tier",
    "step",
    "act",
    "psalm",
    "art",
    "sec",
    "para",
    "pp",
    "p",
    "row",
    "seat",
    "lane",
    "exit",
    "bus",
    "apartment",
    "apt",
    "suite",
    "floor",
    "building",
    "block",
    "zone",
    "sector",
    "camp",
    "street",
    "avenue",
    "road",
    "code",
    "id",
    "title",
    "amendment",
    "bill",
    "order",
    "decree",
];

const TIME_WORDS: &[&str] = &[
    "a.m", "p.m", "am", "pm", "o'clock", "gmt", "utc", "edt", "est", "bst", "cet", "cest",
];

// ---------------------------------------------------------------------------
// Parser

struct Core {
    value: f64,
    upper: Option<f64>,
    /// Token index after the core.
    next: usize,
    /// Scale word factor applied (1 if none).
    scale: f64,
    /// Vague plural ("dozens", "hundreds of thousands").
    plural: bool,
    /// Made of digits (a number token).
    digits: bool,
    /// The single word "one".
    lone_one: bool,
    plain: Option<usize>,
    upper_plain: Option<usize>,
}

struct Parser<'a> {
    text: &'a str,
    toks: &'a [Tok<'a>],
    blocked: &'a [bool],
}

impl Parser<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| matches!(t.kind, Kind::Word))
            .map(|t| t.lower.as_ref())
    }

    fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// Up to three words from token `i` on, without allocating (this runs
    /// at every token).
    fn words_from(&self, i: usize) -> ([&str; 3], usize) {
        let mut out = [""; 3];
        let mut n = 0;
        while n < 3 {
            match self.word(i + n) {
                Some(w) => out[n] = w,
                None => break,
            }
            n += 1;
        }
        (out, n)
    }

    /// Whether token `i` can begin a quantity's core: digits, a number word,
    /// a vague plural, or the "a"/"an"/"half" of "a hundred", "half a dozen".
    fn may_be_core(&self, i: usize) -> bool {
        match self.toks[i].kind {
            Kind::Num(_) => true,
            Kind::Word => {
                let w = &*self.toks[i].lower;
                matches!(w, "a" | "an" | "half")
                    || PLURALS.iter().any(|&(p, _)| p == w)
                    || w.split(['-', '\u{2010}']).all(|part| atom(part).is_some())
            }
            Kind::Punct(_) => false,
        }
    }

    fn parse_at(&self, t: usize) -> Option<(Quantity, usize)> {
        let mut p = t;
        let mut bound = Bound::Exact;
        let mut qualified = false;
        let mut between = false;
        let (words, n) = self.words_from(t);
        if let Some((b, len)) = bound_qualifier(&words[..n]) {
            bound = b;
            qualified = true;
            p = t + len;
        } else if self.word(t) == Some("between") {
            between = true;
            p = t + 1;
        }
        let from = !qualified && !between && t > 0 && self.word(t - 1) == Some("from");
        let mut currency = None;
        if let Some(c) = self.punct(p).filter(|c| is_currency(*c)) {
            let next = self.toks.get(p + 1)?;
            if matches!(next.kind, Kind::Num(_)) && next.start == self.toks[p].end {
                currency = Some(c);
                p += 1;
            } else {
                return None;
            }
        }
        let core = self.parse_core(p)?;
        if core.plural && !qualified {
            bound = Bound::AtLeast;
        }
        let mut value = core.value;
        let mut upper = core.upper;
        let mut next = core.next;
        // Range end.
        if upper.is_none() && !core.plural {
            let conn = match (self.word(next), self.punct(next)) {
                (Some("and"), _) => between,
                (Some("to"), _) => !from && !between,
                (Some("or"), _) => !between && self.word(next + 1) != Some("more"),
                (_, Some('-' | '–' | '—')) => !between,
                _ => false,
            };
            if conn {
                if let Some(c2) = self.parse_core(next + 1).filter(|c| !c.plural) {
                    let mut lo = value;
                    if core.scale == 1.0 && c2.scale != 1.0 && lo <= c2.value / c2.scale {
                        lo *= c2.scale;
                    }
                    if c2.value > lo && c2.upper.is_none() {
                        value = lo;
                        upper = Some(c2.value);
                        next = c2.next;
                    }
                }
            }
        }
        if between && upper.is_none() {
            return None;
        }
        let mut end = self.toks[next - 1].end;
        let mut unit: Option<String> = None;
        // Percent.
        if self.punct(next) == Some('%')
            || matches!(
                self.word(next),
                Some("percent" | "pct" | "prozent" | "pourcent")
            )
        {
            unit = Some("%".into());
            end = self.toks[next].end;
            next += 1;
        } else if matches!(self.word(next), Some("per" | "pour"))
            && self.word(next + 1) == Some("cent")
        {
            unit = Some("%".into());
            end = self.toks[next + 1].end;
            next += 2;
        }
        // Trailing qualifier.
        if bound == Bound::Exact {
            if self.punct(next) == Some('+') && self.toks[next].start == end {
                bound = Bound::AtLeast;
                end = self.toks[next].end;
                next += 1;
            } else if self.word(next) == Some("or")
                && matches!(self.word(next + 1), Some("more" | "so"))
            {
                bound = if self.word(next + 1) == Some("more") {
                    Bound::AtLeast
                } else {
                    Bound::About
                };
                end = self.toks[next + 1].end;
                next += 2;
            }
        }
        // Times and ordinals right after.
        if let Some(w) = self.word(next) {
            if TIME_WORDS.contains(&w) || is_ordinal_word(w) {
                return None;
            }
        }
        // Dates.
        let day_like = core.digits
            && core.plain.is_some_and(|n| n <= 2)
            && core.upper.is_none()
            && (1.0..=31.0).contains(&core.value);
        if day_like {
            let before = |i: usize| {
                i.checked_sub(1)
                    .and_then(|j| self.word(j).map(|_| month(self.raw(j))))
                    .unwrap_or(false)
            };
            let pos = p;
            let after_core = core.next;
            let month_before =
                before(pos) || (pos >= 1 && self.punct(pos - 1) == Some('.') && before(pos - 1));
            let month_after = self
                .word(after_core)
                .is_some_and(|_| month(self.raw(after_core)))
                || (self.punct(after_core) == Some('.')
                    && self
                        .word(after_core + 1)
                        .is_some_and(|_| month(self.raw(after_core + 1))));
            if month_before || month_after {
                return None;
            }
        }
        // Years.
        let yearish =
            |v: f64, plain: Option<usize>| plain == Some(4) && (1000.0..=2100.0).contains(&v);
        if core.digits
            && !qualified
            && currency.is_none()
            && unit.is_none()
            && core.scale == 1.0
            && yearish(core.value, core.plain)
            && core.upper.is_none_or(|u| yearish(u, core.upper_plain))
        {
            return None;
        }
        // Designators: "Boeing 737", "section 230", "No. 10".
        if !qualified && !between && currency.is_none() && p > 0 {
            if let Some(w) = self.word(p - 1) {
                let capital = self
                    .raw(p - 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                let function = STOP.contains(&w)
                    || bound_qualifier(&[w]).is_some()
                    || month(self.raw(p - 1))
                    || weekday(w)
                    || is_number_word(w)
                    || w == "between";
                if DESIGNATORS.contains(&w) || (capital && !function) {
                    return None;
                }
            } else if matches!(self.punct(p - 1), Some('§' | '#'))
                || (self.punct(p - 1) == Some('.')
                    && p >= 2
                    && self.word(p - 2).is_some_and(|w| DESIGNATORS.contains(&w)))
            {
                return None;
            }
        }
        // Unit noun.
        if unit.is_none() {
            if let Some(c) = currency {
                unit = Some(c.to_string());
            } else {
                unit = self.unit_after(next, end, core.plural);
            }
        }
        // The pronoun "one".
        if core.lone_one && !qualified && upper.is_none() {
            let prev = t.checked_sub(1).and_then(|j| self.word(j));
            let pronoun_prev = matches!(
                prev,
                Some(
                    "no" | "the"
                        | "this"
                        | "that"
                        | "any"
                        | "every"
                        | "each"
                        | "which"
                        | "such"
                        | "another"
                        | "someone"
                )
            );
            let pronoun_next = matches!(self.word(next), Some("of" | "another" | "by"));
            if unit.is_none() || pronoun_prev || pronoun_next {
                return None;
            }
        }
        if !value.is_finite() || upper.is_some_and(|u| !u.is_finite()) {
            return None;
        }
        let start = self.toks[t].start;
        Some((
            Quantity {
                start,
                end,
                value,
                upper,
                bound,
                unit,
            },
            next,
        ))
    }

    fn unit_after(&self, mut u: usize, end: usize, plural: bool) -> Option<String> {
        // Glued hyphen word: "2,500-strong", "10-year-old".
        if matches!(self.punct(u), Some('-' | '\u{2010}')) && self.toks[u].start == end {
            let w = self.word(u + 1)?;
            if self.toks[u + 1].start != self.toks[u].end {
                return None;
            }
            let first = w.split(['-', '\u{2010}']).next()?;
            return clean_unit(first);
        }
        if plural && self.word(u) == Some("of") {
            u += 1;
        }
        let mut w = self.word(u)?;
        if MODIFIERS.contains(&w) {
            if let Some(n) = self.word(u + 1).filter(|n| !STOP.contains(n)) {
                w = n;
                u += 1;
            }
        }
        if month(self.raw(u)) || is_number_word(w) {
            return None;
        }
        clean_unit(w)
    }

    fn parse_core(&self, p: usize) -> Option<Core> {
        let tok = self.toks.get(p)?;
        if let Kind::Num(n) = tok.kind {
            if !n.ok || self.blocked[p] {
                return None;
            }
            let mut core = Core {
                value: n.value,
                upper: n.upper,
                next: p + 1,
                scale: 1.0,
                plural: false,
                digits: true,
                lone_one: false,
                plain: n.plain,
                upper_plain: n.upper_plain,
            };
            if let Some(s) = self.word(p + 1).and_then(scale_of) {
                if !matches!(self.word(p + 1), Some("m" | "k")) {
                    core.value *= s;
                    core.upper = core.upper.map(|u| u * s);
                    core.scale = s;
                    core.next = p + 2;
                    core.plain = None;
                }
            }
            return Some(core);
        }
        let w = self.word(p)?;
        // Vague plurals.
        let plural_base = PLURALS.iter().find(|&&(p, _)| p == w).map(|&(_, b)| b);
        if let Some(base) = plural_base {
            let of = self.word(p + 1) == Some("of");
            let mut value = 2.0 * base;
            let mut next = p + 1;
            if of {
                let base2 = match self.word(p + 2) {
                    Some("thousands") => Some(1e3),
                    Some("millions") => Some(1e6),
                    Some("billions") => Some(1e9),
                    _ => None,
                };
                if let Some(b2) = base2.filter(|b2| *b2 > base) {
                    value = 2.0 * base * b2;
                    next = p + 3;
                }
            }
            if matches!(w, "scores" | "tens") && !of {
                return None;
            }
            return Some(Core {
                value,
                upper: None,
                next,
                scale: 1.0,
                plural: true,
                digits: false,
                lone_one: false,
                plain: None,
                upper_plain: None,
            });
        }
        let simple = |value: f64, next: usize| Core {
            value,
            upper: None,
            next,
            scale: 1.0,
            plural: false,
            digits: false,
            lone_one: false,
            plain: None,
            upper_plain: None,
        };
        // "half a million", "half a dozen".
        if w == "half" && matches!(self.word(p + 1), Some("a" | "an")) {
            let v = match self.word(p + 2) {
                Some("dozen") => 12.0,
                Some("hundred") => 100.0,
                Some(s) => match atom(s) {
                    Some(Atom::Scale(s)) => s,
                    _ => return None,
                },
                None => return None,
            };
            return Some(simple(v / 2.0, p + 3));
        }
        if matches!(w, "a" | "an") && self.word(p + 1) == Some("dozen") {
            return Some(simple(12.0, p + 2));
        }
        self.parse_words(p)
    }

    fn parse_words(&self, p: usize) -> Option<Core> {
        let mut total = 0.0;
        let mut hundreds = 0.0;
        let mut small = 0.0;
        let mut last: Option<Atom> = None;
        let mut last_scale = f64::INFINITY;
        let mut zero = false;
        let mut end_tok = p;
        let mut count = 0;
        let mut i = p;
        let mut a_one = false;
        while let Some(w) = self.word(i) {
            if w == "and" {
                let next_small = self
                    .word(i + 1)
                    .and_then(atoms)
                    .and_then(|a| a.first().copied())
                    .is_some_and(|a| matches!(a, Atom::Unit(_) | Atom::Teen(_) | Atom::Tens(_)));
                if count > 0 && small == 0.0 && (hundreds > 0.0 || total > 0.0) && next_small {
                    i += 1;
                    continue;
                }
                break;
            }
            if matches!(w, "a" | "an") && count == 0 && !a_one {
                let next_big = self
                    .word(i + 1)
                    .and_then(atom)
                    .is_some_and(|a| matches!(a, Atom::Hundred | Atom::Scale(_)));
                if next_big {
                    a_one = true;
                    small = 1.0;
                    last = Some(Atom::Unit(1.0));
                    i += 1;
                    continue;
                }
                break;
            }
            let Some(parts) = atoms(w) else { break };
            let (mut t2, mut h2, mut s2, mut l2, mut ls2) =
                (total, hundreds, small, last, last_scale);
            let mut good = !zero;
            for a in parts {
                match a {
                    Atom::Zero => {
                        if count == 0 && !a_one {
                            zero = true;
                        } else {
                            good = false;
                        }
                    }
                    Atom::Unit(v) => {
                        if s2 == 0.0 {
                            s2 = v;
                        } else if matches!(l2, Some(Atom::Tens(_))) {
                            s2 += v;
                        } else {
                            good = false;
                        }
                    }
                    Atom::Teen(v) | Atom::Tens(v) => {
                        if s2 == 0.0 {
                            s2 = v;
                        } else {
                            good = false;
                        }
                    }
                    Atom::Hundred => {
                        if h2 == 0.0 && s2 > 0.0 {
                            h2 = s2 * 100.0;
                            s2 = 0.0;
                        } else {
                            good = false;
                        }
                    }
                    Atom::Scale(s) => {
                        if h2 + s2 > 0.0 && s < ls2 {
                            t2 += (h2 + s2) * s;
                            h2 = 0.0;
                            s2 = 0.0;
                            ls2 = s;
                        } else {
                            good = false;
                        }
                    }
                }
                if !good {
                    break;
                }
                l2 = Some(a);
            }
            if !good {
                break;
            }
            (total, hundreds, small, last, last_scale) = (t2, h2, s2, l2, ls2);
            count += 1;
            i += 1;
            end_tok = i;
        }
        if count == 0 {
            return None;
        }
        let mut value = total + hundreds + small;
        let mut next = end_tok;
        if self.word(next) == Some("dozen") && value < 100.0 && !zero {
            value *= 12.0;
            next += 1;
        }
        let lone_one = count == 1 && !a_one && self.word(p) == Some("one") && next == p + 1;
        Some(Core {
            value,
            upper: None,
            next,
            scale: 1.0,
            plural: false,
            digits: false,
            lone_one,
            plain: None,
            upper_plain: None,
        })
    }
}

/// The unit noun from a word: letters up to a possessive, lowercased; none
/// for stop words and non-alphabetic words.
fn clean_unit(w: &str) -> Option<String> {
    let w = w.strip_suffix("'s").unwrap_or(w);
    if w.is_empty() || STOP.contains(&w) || !w.chars().all(|c| c.is_alphabetic() || c == '\'') {
        return None;
    }
    Some(w.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn render(q: &Quantity) -> String {
        let prefix = match q.bound {
            Bound::Exact => "",
            Bound::AtLeast => ">=",
            Bound::MoreThan => ">",
            Bound::AtMost => "<=",
            Bound::LessThan => "<",
            Bound::About => "~",
        };
        let mut s = format!("{prefix}{}", q.value);
        if let Some(u) = q.upper {
            s.push_str(&format!("..{u}"));
        }
        if let Some(u) = &q.unit {
            s.push(' ');
            s.push_str(u);
        }
        s
    }

    fn rendered(text: &str) -> Vec<String> {
        find(text).iter().map(render).collect()
    }

    const TABLE: &[(&str, &[&str])] = &[
        // From real copy.
        (
            "The strike killed two members and wounded seven others",
            &["2 members", "7 others"],
        ),
        (
            "Washington has counted more than 100 attacks against US targets since mid-October",
            &[">100 attacks"],
        ),
        (
            "at least 118 attacks against its troops in Iraq and Syria since October 17",
            &[">=118 attacks"],
        ),
        (
            "The United States has around 2,500 troops in Iraq and 900 in Syria",
            &["~2500 troops", "900"],
        ),
        (
            "Hamas militants killed some 1,200 people",
            &["~1200 people"],
        ),
        ("and kidnapped at least 240.", &[">=240"]),
        (
            "There have been more than a hundred attacks.",
            &[">100 attacks"],
        ),
        ("A drone struck one of the Hashed's factions.", &[]),
        // Separators and decimals.
        ("Officials said 1,200 homes were damaged.", &["1200 homes"]),
        ("The army deployed 2\u{a0}500 soldiers.", &["2500 soldiers"]),
        ("L'armée a déployé 2\u{202f}500 soldats.", &["2500 soldats"]),
        ("The fund holds 2.5 tonnes of gold.", &["2.5 tonnes"]),
        (
            "The city has 1.2 million residents.",
            &["1200000 residents"],
        ),
        (
            "The firm raised 3bn euros last year.",
            &["3000000000 euros"],
        ),
        ("Congress approved $4.5 billion in aid.", &["4500000000 $"]),
        ("The loan was worth £20m.", &["20000000 £"]),
        ("Turnout reached 45% in the capital.", &["45 %"]),
        ("Prices rose 3.2 percent in March.", &["3.2 %"]),
        ("Support fell to 38 per cent.", &["38 %"]),
        ("Die Armee schickte 1.234.567 Euro.", &["1234567 euro"]),
        ("La croissance a atteint 2,5 % cette année.", &["2.5 %"]),
        (
            "Le projet coûte 1,5 milliard d'euros.",
            &["1500000000 d'euros"],
        ),
        // Number words.
        ("Twenty-one people were hurt.", &["21 people"]),
        ("Police arrested twenty one suspects.", &["21 suspects"]),
        (
            "The ship carried one hundred and twelve passengers.",
            &["112 passengers"],
        ),
        ("A hundred families fled the village.", &["100 families"]),
        ("A dozen soldiers were wounded.", &["12 soldiers"]),
        ("Two dozen rockets were fired overnight.", &["24 rockets"]),
        ("Dozens of people gathered outside.", &[">=24 people"]),
        (
            "Hundreds of protesters marched on Sunday.",
            &[">=200 protesters"],
        ),
        ("Tens of thousands of people fled.", &[">=20000 people"]),
        (
            "Hundreds of thousands of residents lost power.",
            &[">=200000 residents"],
        ),
        ("A thousand volunteers signed up.", &["1000 volunteers"]),
        ("Half a million people are displaced.", &["500000 people"]),
        (
            "The flood displaced 1.5 million people.",
            &["1500000 people"],
        ),
        ("Fifteen hundred workers went on strike.", &["1500 workers"]),
        ("Three million doses arrived.", &["3000000 doses"]),
        // Qualifiers.
        ("Over 100 rockets were launched.", &[">100 rockets"]),
        ("Up to 50 people may have died.", &["<=50 people"]),
        ("Fewer than 10 journalists remain.", &["<10 journalists"]),
        ("Less than 5% of aid got through.", &["<5 %"]),
        ("Nearly 300 houses were destroyed.", &["~300 houses"]),
        ("Almost 40 trucks crossed on Friday.", &["~40 trucks"]),
        ("Roughly 600 families live there.", &["~600 families"]),
        ("Approximately 70 hostages remain.", &["~70 hostages"]),
        ("As many as 30 fighters were killed.", &["<=30 fighters"]),
        ("An estimated 40,000 people marched.", &["~40000 people"]),
        (
            "The blast injured 20 or more bystanders.",
            &[">=20 bystanders"],
        ),
        (
            "Au moins 118 attaques ont été recensées.",
            &[">=118 attaques"],
        ),
        (
            "Mindestens 240 Geiseln wurden verschleppt.",
            &[">=240 geiseln"],
        ),
        ("Two more attacks were reported.", &["2 attacks"]),
        // Ranges.
        ("Between 10 and 12 civilians died.", &["10..12 civilians"]),
        (
            "Witnesses counted 10 to 12 explosions.",
            &["10..12 explosions"],
        ),
        ("The shelling lasted 10-12 hours.", &["10..12 hours"]),
        ("Two or three drones were shot down.", &["2..3 drones"]),
        (
            "Between 200 and 300 million dollars were lost.",
            &["200000000..300000000 dollars"],
        ),
        ("The toll rose from 10 to 12.", &["10", "12"]),
        // Negatives.
        ("The war began in 2024.", &[]),
        ("It happened on January 4.", &[]),
        ("Hamas attacked Israel on Oct 7.", &[]),
        ("Hamas attacked Israel on Oct. 7, 2023.", &[]),
        ("The ceasefire began on 17 October.", &[]),
        ("The meeting started at 14:05 local time.", &[]),
        ("The blast happened at 2 a.m. on Tuesday.", &[]),
        ("It was the first such strike.", &[]),
        ("It was the 7th such strike.", &[]),
        ("The deputy commander was killed.", &[]),
        ("COVID-19 cases are rising.", &[]),
        ("Ukraine wants more F-16 jets.", &[]),
        ("BC-US,0412 Iraq-Strike", &[]),
        ("The Boeing 737 landed safely.", &[]),
        ("Under section 230 platforms are shielded.", &[]),
        ("Call 202-555-0100 for details.", &[]),
        ("See www.example.com/2024/10/story.", &[]),
        ("One of the suspects fled.", &[]),
        ("No one was hurt.", &[]),
        ("He met the leaders of the G7 in Rome.", &[]),
        ("The twenty-first century began.", &[]),
        // Mixed.
        (
            "One soldier died and 14 were wounded on 3 November.",
            &["1 soldier", "14"],
        ),
        (
            "In 2023, 1,400 people were killed and 240 taken hostage.",
            &["1400 people", "240"],
        ),
        (
            "About 900 US troops are in Syria, up from 700 in 2022.",
            &["~900 us", "700"],
        ),
    ];

    #[test]
    fn table() {
        assert!(TABLE.len() >= 60, "{} rows", TABLE.len());
        let mut failures = Vec::new();
        for (text, want) in TABLE {
            let got = rendered(text);
            let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
            if got != want {
                failures.push(format!("{text:?}\n  got  {got:?}\n  want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn spans() {
        let cases: &[(&str, &[&str])] = &[
            ("killed more than 100 attacks", &["more than 100"]),
            ("some 2,500 troops", &["some 2,500"]),
            ("$4.5 billion in aid", &["$4.5 billion"]),
            ("rose 45% today", &["45%"]),
            ("between 10 and 12 people", &["between 10 and 12"]),
            (
                "one hundred and twelve passengers",
                &["one hundred and twelve"],
            ),
            (
                "hundreds of thousands of people",
                &["hundreds of thousands"],
            ),
            ("20 or more bystanders", &["20 or more"]),
            ("2,500-strong force", &["2,500"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = find(text).iter().map(|q| &text[q.start..q.end]).collect();
            assert_eq!(&got, want, "{text}");
        }
        assert_eq!(
            find("2,500-strong force")[0].unit.as_deref(),
            Some("strong")
        );
    }

    #[test]
    fn compare() {
        let one = |s: &str| find(s).remove(0);
        let more100 = one("more than 100 attacks");
        let least118 = one("at least 118 attacks");
        assert!(same_quantity(&more100, &least118));
        assert!(changed(&more100, &least118));
        let over100 = one("over 100 attacks");
        assert!(same_quantity(&more100, &over100));
        assert!(!changed(&more100, &over100));
        let about = one("around 2,500 troops");
        let exact = one("2,600 troops");
        assert!(same_quantity(&about, &exact));
        assert!(changed(&about, &exact));
        assert!(!same_quantity(
            &one("fewer than 10 people"),
            &one("10 people")
        ));
        assert!(!same_quantity(&one("2,500 troops"), &one("2,500 people")));
        assert!(same_quantity(
            &one("hundreds of people"),
            &one("300 people")
        ));
        assert!(!same_quantity(
            &one("hundreds of people"),
            &one("150 people")
        ));
        assert!(same_quantity(
            &one("between 10 and 12 people"),
            &one("11 people")
        ));
        assert!(!changed(&one("two members"), &one("two members")));
    }

    #[test]
    fn serde_kebab() {
        let q = find("at least 118 attacks").remove(0);
        let json = serde_json::to_string(&q).unwrap();
        assert!(json.contains("\"at-least\""), "{json}");
        let back: Quantity = serde_json::from_str(&json).unwrap();
        assert_eq!(back, q);
        assert_eq!(
            serde_json::to_string(&Bound::MoreThan).unwrap(),
            "\"more-than\""
        );
    }

    fn pieces() -> Vec<&'static str> {
        vec![
            " ",
            " ",
            ",",
            ".",
            "-",
            "–",
            ":",
            "/",
            "%",
            "$",
            "+",
            "\u{a0}",
            "\u{202f}",
            "'",
            "’",
            "0",
            "1",
            "7",
            "12",
            "2,500",
            "1.2",
            "2024",
            "14:05",
            "10-12",
            "more than",
            "at least",
            "between",
            "and",
            "to",
            "or",
            "of",
            "a",
            "one",
            "two",
            "twenty",
            "hundred",
            "hundreds",
            "dozens",
            "thousand",
            "million",
            "half",
            "dozen",
            "bn",
            "m",
            "percent",
            "per cent",
            "troops",
            "attacks",
            "October",
            "Oct",
            "May",
            "a.m.",
            "7th",
            "first",
            "COVID-19",
            "Boeing",
            "section",
            "é",
            "日本",
            "🙂",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        #[test]
        fn invariants_hold_on_random_text(
            parts in prop::collection::vec(
                prop_oneof![
                    8 => prop::sample::select(pieces()).prop_map(String::from),
                    1 => any::<char>().prop_map(String::from),
                    1 => "[0-9]{1,9}",
                ],
                0..40,
            )
        ) {
            let text = parts.concat();
            let found = find(&text);
            let mut last_end = 0;
            for q in &found {
                prop_assert!(q.start < q.end);
                prop_assert!(q.start >= last_end, "overlap or order in {:?}: {:?}", text, found);
                prop_assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
                prop_assert!(q.end <= text.len());
                prop_assert!(q.value.is_finite() && q.value >= 0.0);
                if let Some(u) = q.upper {
                    prop_assert!(u.is_finite() && u > q.value);
                }
                last_end = q.end;
            }
        }
    }
}
