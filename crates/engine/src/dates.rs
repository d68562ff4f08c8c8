//! Dates read from an article's text: when it was published, and the dates
//! it mentions, with the evidence as a byte span of the text.
//!
//! Used by the timeline and the facts: [`published_in`] gives the best guess for
//! the publication time of one text, [`mentions`] every explicit date in it,
//! [`weekday_mentions`] the bare weekdays ("on Thursday") that another
//! article's date can anchor through [`resolve_weekday`]; [`page_line`]
//! tells a line that is nothing but a page date line ("Published: 17 June
//! 2025, 07:15 GMT", "Last updated 3 hours ago"), which the boilerplate
//! stage sets aside.
//!
//! ## Forms
//! - Written dates, month first or day first, with or without a year:
//!   "January 4, 2024", "Jan. 4, 2024", "Jan 4th", "4 January 2024",
//!   "4th of January, 2024", and the French, German, Spanish and Italian
//!   month names ("4 janvier 2024", "1er mars", "4. Januar 2024", "4 de enero
//!   de 2024", "4 gennaio 2024"). English and German month names count only
//!   capitalised ("may 4" is not a date), the others in any case.
//! - Numeric dates: ISO "2024-01-04" (and "2024-01-04T10:00:00Z"), dotted
//!   "04.01.2024" read day first (the European convention; dots are not used
//!   for month-first dates), and "04/01/2024" or "04-01-2024" only when
//!   unambiguous: one of the first two numbers above 12 decides which is the
//!   day, equal numbers are the same either way, and anything else
//!   ("04/01/2024") is skipped, since no convention is stated.
//! - A time after the date on the same line, after an optional separator
//!   ("," "|" "-" "·" "at" "à" "um" "alle" "a las"): "14:05", "14:05:30",
//!   "3:15 p.m.", "3 pm", "14h05", "14.05 Uhr" is not read (a dot time is too
//!   close to a number); then an optional zone as written ("GMT", "EST",
//!   "UTC+3", "Z", "+03:00").
//! - Copyright lines "© 2024 AFP", "(c) 2023-2024", "Copyright 2024": the
//!   year only (the latest of a range), given as January 1 with
//!   [`Cue::Copyright`] as the flag.
//!
//! ## Cues
//! Each date gets one [`Cue`]:
//! - [`Cue::Published`] / [`Cue::Updated`]: a page line, the cue word
//!   ("Published", "Posted", "First published", "Publié le",
//!   "Veröffentlicht", "Publicado", "Pubblicato"; "Updated", "Last updated",
//!   "Modified", "Mis à jour", "Aktualisiert", "Actualizado", "Aggiornato")
//!   at the start of a line or after a separator ("|", "·", "•", "–", "—",
//!   "/"), then fillers (":", "on", "le", "am", a weekday), then the date. A
//!   later "| Updated 14:40" with a time and no date takes the date of the
//!   date before it on the same line. A line near the top holding nothing but
//!   a date, a time, separators, a weekday and a reading time ("3 November
//!   2025 | 14:20") is a page line too, [`Cue::Published`]. A cue word inside
//!   a sentence ("a report published on March 3") is not a page line.
//! - [`Cue::Dateline`]: at the start of a line, after an optional place
//!   (capitalised words, ending with a comma), followed by an agency in
//!   parentheses ("LONDON, Jan 4 (Reuters) -", "Oct 14 (Reuters)"), or by a
//!   dash or one capitalised word and a dash after a place ("WASHINGTON,
//!   Jan. 4 —", "SYDNEY, Jan 4 AAP -").
//! - [`Cue::Copyright`]: a copyright line, above.
//! - [`Cue::InText`]: every other date, "on Thursday (Jan 4)" included.
//!
//! ## Missing years
//! A date without a year ("Jan 4 (Reuters)") takes the year of the first
//! page line with a year, else of the first copyright line, else of the first
//! other date with a year in the text, and is flagged
//! ([`TextTime::year_inferred`]); with none of those it is skipped. No
//! rollover is attempted (a "Dec 31" dateline with "© 2025" gets 2025).
//!
//! ## Publication
//! [`published_in`] takes, in this order: the earliest "Published" page line
//! (anywhere in the text: page lines may sit at the bottom); else the
//! earliest "Updated" one (its cue says so); else the first dateline near the
//! top; else the first in-text date near the top; else the first copyright
//! year. Within each rank a date with its own year beats one with an
//! inferred year. "Near the top" is the first 4 blocks (runs of lines between
//! blank lines) and the first 10 non-empty lines, so that dates in captions
//! and background further down ("on December 4, 2023") never win.
//!
//! ## Algorithm and cost
//! One scan splits the text into tokens (runs of letters, runs of ASCII
//! digits, single other characters) with byte offsets, their line, block and
//! whether whitespace precedes them; words are folded (lowercase, common
//! Latin accents stripped). A left-to-right pass tries, at each token, the
//! copyright, numeric, month-first and day-first patterns, each with a
//! bounded lookahead, then a time; numbers that are part of a larger number
//! ("2,500", "1.5", "4:30") or glued to a word ("A4") are not days or years,
//! and a bare number or year is never a date. Cues are read from a bounded
//! window around the date on its line. Cost: O(n) in the length of the text,
//! one allocation per word token. Validation of calendar dates is
//! `chrono`'s; no clock is read.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

/// A date read from the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextTime {
    /// The calendar date (January 1 of the year for [`Cue::Copyright`]).
    pub date: NaiveDate,
    /// The time of day when one follows the date.
    pub time: Option<NaiveTime>,
    /// The time zone as written ("GMT", "EST", "Z", "+03:00"), not resolved.
    pub zone: Option<String>,
    /// Evidence span start, a UTF-8 byte offset: the cue word when there is
    /// one ("Published", "©"), else the date.
    pub start: usize,
    /// Evidence span end (exclusive): the date, or its time and zone.
    pub end: usize,
    /// What kind of place in the text the date comes from.
    pub cue: Cue,
    /// The text gave no year: it was taken from another date in the text.
    pub year_inferred: bool,
}

/// Where a date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// An agency dateline: "LONDON, Jan 4 (Reuters) -".
    Dateline,
    /// A page line saying when the text was last updated.
    Updated,
    /// A page line saying when the text was published, or a line near the
    /// top holding only a date and time.
    Published,
    /// A copyright year; the date is January 1 of it.
    Copyright,
    /// Any other date in the running text.
    InText,
}

/// The best guess for when `text` was published (see the module doc for the
/// order of preference).
///
/// ```
/// use wiretrace_engine::dates::{published_in, Cue};
/// let t = published_in("Storm hits coast\nPublished 11 March 2025, 14:05 | Updated 14:40\n\nThe storm...").unwrap();
/// assert_eq!(t.date.to_string(), "2025-03-11");
/// assert_eq!(t.cue, Cue::Published);
/// ```
pub fn published_in(text: &str) -> Option<TextTime> {
    published_in_year(text, None)
}

/// [`published_in`], with `year` for dates that give none when the text has
/// no year of its own to lend them (another article's year, say): "Thursday
/// (Jan 4)" in an article that names no year anywhere.
///
/// ```
/// use wiretrace_engine::dates::published_in_year;
/// let text = "Iraq's Hashed force on Thursday (Jan 4) condemned the strike.";
/// assert_eq!(published_in_year(text, None), None);
/// let t = published_in_year(text, Some(2024)).unwrap();
/// assert_eq!((t.date.to_string(), t.year_inferred), ("2024-01-04".to_owned(), true));
/// ```
pub fn published_in_year(text: &str, year: Option<i32>) -> Option<TextTime> {
    let all = collect(text, year);
    let pick = |cue: Cue, top_only: bool, by_time: bool| {
        all.iter()
            .enumerate()
            .filter(|(_, (m, top))| m.cue == cue && (*top || !top_only))
            .min_by_key(|(i, (m, _))| {
                let when = if by_time {
                    Some((m.date, m.time))
                } else {
                    None
                };
                (m.year_inferred, when, *i)
            })
            .map(|(_, (m, _))| m.clone())
    };
    pick(Cue::Published, false, true)
        .or_else(|| pick(Cue::Updated, false, true))
        .or_else(|| pick(Cue::Dateline, true, false))
        .or_else(|| pick(Cue::InText, true, false))
        .or_else(|| pick(Cue::Copyright, false, false))
}

/// Every explicit date in `text`, in text order, copyright years included.
pub fn mentions(text: &str) -> Vec<TextTime> {
    mentions_in(text, None)
}

/// [`mentions`], with `year` for the dates that give none when the text
/// has no year to lend them (flagged [`TextTime::year_inferred`]): a
/// sentence read on its own keeps its "Feb 3".
pub fn mentions_in(text: &str, year: Option<i32>) -> Vec<TextTime> {
    collect(text, year).into_iter().map(|(m, _)| m).collect()
}

/// The date of `weekday` in the week ending at `anchor`: `anchor` itself when
/// it is that weekday, else the latest such day before it.
///
/// ```
/// use chrono::{NaiveDate, Weekday};
/// use wiretrace_engine::dates::resolve_weekday;
/// let friday = NaiveDate::from_ymd_opt(2024, 1, 5).unwrap();
/// assert_eq!(resolve_weekday(Weekday::Thu, friday), NaiveDate::from_ymd_opt(2024, 1, 4).unwrap());
/// ```
pub fn resolve_weekday(weekday: Weekday, anchor: NaiveDate) -> NaiveDate {
    let back = (anchor.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
    anchor - chrono::Days::new(u64::from(back))
}

/// Weekdays named without a date ("on Thursday", "jeudi", "am Donnerstag"),
/// with the byte span of the weekday word. A weekday followed by a date
/// ("Thursday, Jan 4", "on Thursday (Jan 4)") is left out, and so are
/// holiday names ("Good Friday", "Black Friday"). English and German names
/// count only capitalised.
pub fn weekday_mentions(text: &str) -> Vec<(Weekday, usize, usize)> {
    let s = Scan::new(text);
    let mut out = Vec::new();
    for i in 0..s.toks.len() {
        let Some(wd) = s.weekday(i) else { continue };
        if i > 0
            && s.toks[i - 1].kind == Kind::Word
            && HOLIDAY_WORDS.contains(&s.toks[i - 1].key.as_str())
        {
            continue;
        }
        let mut j = i + 1;
        while j < s.toks.len()
            && j <= i + 3
            && s.same_line(i, j)
            && (s.is_punct(j, ",")
                || s.is_punct(j, "(")
                || s.is_word(j, &["the", "le", "el", "il"]))
        {
            j += 1;
        }
        if j < s.toks.len() && s.same_line(i, j) && s.date_at(j).is_some() {
            continue;
        }
        out.push((wd, s.toks[i].start, s.toks[i].end));
    }
    out
}

/// Whether `line` is a page date line and nothing else: a cue ("Published",
/// "Last updated", "Posted on", "Mis à jour le", "Veröffentlicht am") at its
/// start, then only dates, times, zones, weekdays, relative times ("3 hours
/// ago", "yesterday"), reading times, further cues ("| Updated 14:40") and
/// separators, with at least one date, time or relative time among them. A
/// cue in running text ("A report published on March 3 found …") is not one.
/// The boilerplate stage sets such lines aside.
///
/// ```
/// use wiretrace_engine::dates::page_line;
/// assert!(page_line("Published: 17 June 2025, 07:15 GMT"));
/// assert!(page_line("Last updated 3 hours ago"));
/// assert!(page_line("Posted on March 3, 2025 at 9:14 am"));
/// assert!(!page_line("Published figures show 26 people were hurt"));
/// assert!(!page_line("Published"));
/// ```
pub fn page_line(line: &str) -> bool {
    let s = Scan::new(line);
    let cue_at = |i: usize| -> Option<usize> {
        let j = if s.is_word(i, CUE_QUALIFIERS) {
            i + 1
        } else {
            i
        };
        PUBLISHED_CUES
            .iter()
            .chain(UPDATED_CUES)
            .find(|phrase| (0..phrase.len()).all(|k| s.is_word(j + k, &[phrase[k]])))
            .map(|phrase| j + phrase.len())
    };
    let Some(mut i) = cue_at(0) else {
        return false;
    };
    let mut dated = false;
    while i < s.toks.len() {
        if let Some(next) = cue_at(i) {
            i = next;
            continue;
        }
        let t = &s.toks[i];
        let ok = match t.kind {
            Kind::Num => {
                dated = true;
                true
            }
            Kind::Punct => PAGE_LINE_PUNCT.contains(&t.text),
            Kind::Word => {
                let key = t.key.as_str();
                if s.month(i).is_some() || s.weekday(i).is_some() || RELATIVE_DAYS.contains(&key) {
                    dated = true;
                    true
                } else {
                    WEEKDAY_SHORT.contains(&key)
                        || ZONES.contains(&t.text)
                        || ((t.text == "Z" || t.text == "T") && t.adj)
                        || PAGE_LINE_WORDS.contains(&key)
                }
            }
        };
        if !ok {
            return false;
        }
        i += 1;
    }
    dated
}

/// Punctuation a page date line may hold.
const PAGE_LINE_PUNCT: &[&str] = &[
    ":", ",", "|", "-", "–", "—", "·", "•", "/", ".", "(", ")", "+", "'", "’",
];

/// Words that date a page line without a number: "3 hours ago", "yesterday",
/// "just now", "vor 2 Stunden", "il y a 3 heures" (its number dates it).
const RELATIVE_DAYS: &[&str] = &[
    "ago",
    "now",
    "today",
    "yesterday",
    "heute",
    "gestern",
    "hier",
    "aujourd",
    "hui",
    "hoy",
    "ayer",
    "oggi",
    "ieri",
];

/// The other words of a page date line: fillers before a date or time, am
/// and pm, time units of relative and reading times.
const PAGE_LINE_WORDS: &[&str] = &[
    "on",
    "at",
    "le",
    "am",
    "el",
    "il",
    "the",
    "de",
    "du",
    "des",
    "a",
    "um",
    "alle",
    "ore",
    "las",
    "h",
    "uhr",
    "hrs",
    "hr",
    "pm",
    "p",
    "m",
    "just",
    "y",
    "vor",
    "hace",
    "fa",
    "second",
    "seconds",
    "sec",
    "secs",
    "minute",
    "minutes",
    "min",
    "mins",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "sekunden",
    "minuten",
    "stunde",
    "stunden",
    "tag",
    "tagen",
    "woche",
    "wochen",
    "heure",
    "heures",
    "jour",
    "jours",
    "semaine",
    "semaines",
    "minuto",
    "minutos",
    "hora",
    "horas",
    "dia",
    "dias",
    "semana",
    "semanas",
    "minuti",
    "ora",
    "giorno",
    "giorni",
    "settimana",
    "settimane",
    "read",
    "lecture",
    "lesezeit",
];

const TOP_BLOCKS: usize = 4;
const TOP_LINES: usize = 10;

const HOLIDAY_WORDS: &[&str] = &["good", "black", "ash", "holy", "cyber", "maundy", "palm"];

/// The month a word names (1–12), in any of the five languages, full or
/// abbreviated; English and German forms only when capitalised ("may" is
/// not May). The one month table of the engine.
///
/// ```
/// use wiretrace_engine::dates::month;
/// assert_eq!(month("Jan"), Some(1));
/// assert_eq!(month("août"), Some(8));
/// assert_eq!(month("may"), None);
/// ```
pub fn month(word: &str) -> Option<u32> {
    month_of_folded(&fold(word), word)
}

/// [`month`] for a word already in lower case (`lower`, as `written`):
/// no second folding on a caller's hot path.
pub(crate) fn month_of_lower(lower: &str, written: &str) -> Option<u32> {
    month_of_folded(lower, written)
}

/// Every folded month name and abbreviation [`month_of_lower`] knows, for
/// callers that screen words with one look-up first.
pub(crate) fn month_keys() -> impl Iterator<Item = &'static str> {
    MONTHS.iter().map(|&(key, _, _)| key)
}

fn month_of_folded(key: &str, written: &str) -> Option<u32> {
    let &(_, m, cap) = MONTHS.iter().find(|(f, _, _)| *f == key)?;
    if cap && !written.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some(m)
}

/// (folded form, month, English or German form: capitalised only)
const MONTHS: &[(&str, u32, bool)] = &[
    ("january", 1, true),
    ("jan", 1, true),
    ("february", 2, true),
    ("feb", 2, true),
    ("march", 3, true),
    ("mar", 3, true),
    ("april", 4, true),
    ("apr", 4, true),
    ("may", 5, true),
    ("june", 6, true),
    ("jun", 6, true),
    ("july", 7, true),
    ("jul", 7, true),
    ("august", 8, true),
    ("aug", 8, true),
    ("september", 9, true),
    ("sep", 9, true),
    ("sept", 9, true),
    ("october", 10, true),
    ("oct", 10, true),
    ("november", 11, true),
    ("nov", 11, true),
    ("december", 12, true),
    ("dec", 12, true),
    // German
    ("januar", 1, true),
    ("janner", 1, true),
    ("februar", 2, true),
    ("marz", 3, true),
    ("maerz", 3, true),
    ("juni", 6, true),
    ("juli", 7, true),
    ("oktober", 10, true),
    ("okt", 10, true),
    ("dezember", 12, true),
    ("dez", 12, true),
    // French
    ("janvier", 1, false),
    ("janv", 1, false),
    ("fevrier", 2, false),
    ("fevr", 2, false),
    ("mars", 3, false),
    ("avril", 4, false),
    ("avr", 4, false),
    ("mai", 5, false),
    ("juin", 6, false),
    ("juillet", 7, false),
    ("juil", 7, false),
    ("aout", 8, false),
    ("septembre", 9, false),
    ("octobre", 10, false),
    ("novembre", 11, false),
    ("decembre", 12, false),
    // Spanish
    ("enero", 1, false),
    ("febrero", 2, false),
    ("marzo", 3, false),
    ("abril", 4, false),
    ("mayo", 5, false),
    ("junio", 6, false),
    ("julio", 7, false),
    ("agosto", 8, false),
    ("septiembre", 9, false),
    ("setiembre", 9, false),
    ("octubre", 10, false),
    ("noviembre", 11, false),
    ("diciembre", 12, false),
    // Italian
    ("gennaio", 1, false),
    ("febbraio", 2, false),
    ("aprile", 4, false),
    ("maggio", 5, false),
    ("giugno", 6, false),
    ("luglio", 7, false),
    ("settembre", 9, false),
    ("ottobre", 10, false),
    ("dicembre", 12, false),
];

/// (folded form, weekday, English or German form: capitalised only)
const WEEKDAYS: &[(&str, Weekday, bool)] = &[
    ("monday", Weekday::Mon, true),
    ("tuesday", Weekday::Tue, true),
    ("wednesday", Weekday::Wed, true),
    ("thursday", Weekday::Thu, true),
    ("friday", Weekday::Fri, true),
    ("saturday", Weekday::Sat, true),
    ("sunday", Weekday::Sun, true),
    ("montag", Weekday::Mon, true),
    ("dienstag", Weekday::Tue, true),
    ("mittwoch", Weekday::Wed, true),
    ("donnerstag", Weekday::Thu, true),
    ("freitag", Weekday::Fri, true),
    ("samstag", Weekday::Sat, true),
    ("sonnabend", Weekday::Sat, true),
    ("sonntag", Weekday::Sun, true),
    ("lundi", Weekday::Mon, false),
    ("mardi", Weekday::Tue, false),
    ("mercredi", Weekday::Wed, false),
    ("jeudi", Weekday::Thu, false),
    ("vendredi", Weekday::Fri, false),
    ("samedi", Weekday::Sat, false),
    ("dimanche", Weekday::Sun, false),
    ("lunes", Weekday::Mon, false),
    ("martes", Weekday::Tue, false),
    ("miercoles", Weekday::Wed, false),
    ("jueves", Weekday::Thu, false),
    ("viernes", Weekday::Fri, false),
    ("sabado", Weekday::Sat, false),
    ("domingo", Weekday::Sun, false),
    ("lunedi", Weekday::Mon, false),
    ("martedi", Weekday::Tue, false),
    ("mercoledi", Weekday::Wed, false),
    ("giovedi", Weekday::Thu, false),
    ("venerdi", Weekday::Fri, false),
    ("sabato", Weekday::Sat, false),
    ("domenica", Weekday::Sun, false),
];

/// Short weekday forms, accepted only as fillers before a date.
const WEEKDAY_SHORT: &[&str] = &[
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

const ZONES: &[&str] = &[
    "UTC", "GMT", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "EST", "EDT",
    "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "CT", "MT", "AEST", "AEDT", "JST", "KST",
    "HKT", "SGT", "MEZ", "MESZ", "HNE", "HAE",
];

const PUBLISHED_CUES: &[&[&str]] = &[
    &["published"],
    &["posted"],
    &["publie"],
    &["publiee"],
    &["veroffentlicht"],
    &["veroeffentlicht"],
    &["publicado"],
    &["publicada"],
    &["pubblicato"],
    &["pubblicata"],
];

const UPDATED_CUES: &[&[&str]] = &[
    &["updated"],
    &["modified"],
    &["mis", "a", "jour"],
    &["mise", "a", "jour"],
    &["actualise"],
    &["aktualisiert"],
    &["actualizado"],
    &["actualizada"],
    &["aggiornato"],
    &["aggiornata"],
];

const CUE_QUALIFIERS: &[&str] = &["first", "last", "originally", "zuletzt", "ultimo", "ultima"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug)]
struct Tok<'a> {
    kind: Kind,
    text: &'a str,
    /// Folded form of a word (empty for numbers and punctuation).
    key: String,
    start: usize,
    end: usize,
    /// Index among non-empty lines.
    line: usize,
    top: bool,
    /// No whitespace between the previous token and this one.
    adj: bool,
}

/// A date pattern matched at a token: year (None when not written), month,
/// day, and the last token of the date.
#[derive(Debug, Clone, Copy)]
struct DateHit {
    year: Option<i32>,
    month: u32,
    day: u32,
    last: usize,
}

struct Scan<'a> {
    toks: Vec<Tok<'a>>,
}

fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| {
            Some(match c {
                'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
                'ç' => 'c',
                'è' | 'é' | 'ê' | 'ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' => 'i',
                'ñ' => 'n',
                'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
                'ù' | 'ú' | 'û' | 'ü' => 'u',
                '\u{300}'..='\u{36f}' => return None,
                c => c,
            })
        })
        .collect()
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Self {
        let mut toks: Vec<Tok<'a>> = Vec::new();
        let mut newlines = 0usize;
        let mut space = false;
        let mut line = 0usize;
        let mut block = 0usize;
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if c.is_whitespace() {
                space = true;
                if c == '\n' {
                    newlines += 1;
                }
                continue;
            }
            let kind = if c.is_ascii_digit() {
                Kind::Num
            } else if c.is_alphabetic() {
                Kind::Word
            } else {
                Kind::Punct
            };
            let mut end = start + c.len_utf8();
            if kind != Kind::Punct {
                while let Some(&(i, d)) = chars.peek() {
                    let same = match kind {
                        Kind::Num => d.is_ascii_digit(),
                        _ => d.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&d),
                    };
                    if !same {
                        break;
                    }
                    end = i + d.len_utf8();
                    chars.next();
                }
            }
            if !toks.is_empty() {
                if newlines > 0 {
                    line += 1;
                }
                if newlines > 1 {
                    block += 1;
                }
            }
            let word = &text[start..end];
            toks.push(Tok {
                kind,
                text: word,
                key: if kind == Kind::Word {
                    fold(word)
                } else {
                    String::new()
                },
                start,
                end,
                line,
                top: block < TOP_BLOCKS && line < TOP_LINES,
                adj: !toks.is_empty() && !space,
            });
            newlines = 0;
            space = false;
        }
        Scan { toks }
    }

    fn same_line(&self, i: usize, j: usize) -> bool {
        match (self.toks.get(i), self.toks.get(j)) {
            (Some(a), Some(b)) => a.line == b.line,
            _ => false,
        }
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.text == p)
    }

    fn is_punct_in(&self, i: usize, ps: &[&str]) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && ps.contains(&t.text))
    }

    fn is_word(&self, i: usize, keys: &[&str]) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && keys.contains(&t.key.as_str()))
    }

    fn adj(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.adj)
    }

    /// Number value and digit count of a number token.
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Num || t.text.len() > 4 {
            return None;
        }
        Some((t.text.parse().ok()?, t.text.len()))
    }

    /// A number that stands alone: not glued to a word or a number before it
    /// ("A4", "1.5", "2,500"), nor continued after it ("2,500", "4:30").
    fn isolated(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if t.adj && i > 0 {
            let p = &self.toks[i - 1];
            if p.kind != Kind::Punct {
                return false;
            }
            if [",", ".", ":", "/", "-"].contains(&p.text)
                && p.adj
                && i >= 2
                && self.toks[i - 2].kind == Kind::Num
            {
                return false;
            }
        }
        if self.adj(i + 1)
            && self.is_punct_in(i + 1, &[",", ".", ":", "/"])
            && self.adj(i + 2)
            && self.toks.get(i + 2).is_some_and(|t| t.kind == Kind::Num)
        {
            return false;
        }
        if self.adj(i + 1) && self.toks.get(i + 1).is_some_and(|t| t.kind == Kind::Num) {
            return false;
        }
        true
    }

    fn month(&self, i: usize) -> Option<u32> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        month_of_folded(&t.key, t.text)
    }

    fn weekday(&self, i: usize) -> Option<Weekday> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        let &(_, w, cap) = WEEKDAYS.iter().find(|(f, _, _)| *f == t.key)?;
        if cap && !t.text.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        Some(w)
    }

    /// A day of the month at `i`, with an optional ordinal suffix; returns
    /// the day and its last token.
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let (d, len) = self.num(i)?;
        if len > 2 || !(1..=31).contains(&d) || !self.isolated(i) {
            return None;
        }
        if self.toks[i].adj && i > 0 && self.toks[i - 1].kind == Kind::Word {
            return None;
        }
        if self.adj(i + 1) && self.toks.get(i + 1).is_some_and(|t| t.kind == Kind::Word) {
            if self.is_word(i + 1, &["st", "nd", "rd", "th", "er", "e", "o", "º"]) {
                if self.adj(i + 2) && self.toks.get(i + 2).is_some_and(|t| t.kind == Kind::Word) {
                    return None;
                }
                return Some((d, i + 1));
            }
            return None;
        }
        Some((d, i))
    }

    /// A four-digit year at `i`, 1800 to 2199.
    fn year(&self, i: usize) -> Option<i32> {
        let (y, len) = self.num(i)?;
        if len != 4 || !(1800..=2199).contains(&y) || !self.isolated(i) {
            return None;
        }
        if self.toks[i].adj && i > 0 && self.toks[i - 1].kind == Kind::Word {
            return None;
        }
        if self.adj(i + 1) && self.toks.get(i + 1).is_some_and(|t| t.kind == Kind::Word) {
            return None;
        }
        i32::try_from(y).ok()
    }

    fn date_at(&self, i: usize) -> Option<DateHit> {
        let hit = self
            .numeric(i)
            .or_else(|| self.month_first(i))
            .or_else(|| self.day_first(i))?;
        let year = hit.year.unwrap_or(2000);
        NaiveDate::from_ymd_opt(year, hit.month, hit.day)?;
        if !self.same_line(i, hit.last) {
            return None;
        }
        Some(hit)
    }

    fn numeric(&self, i: usize) -> Option<DateHit> {
        let (a, alen) = self.num(i)?;
        let t = &self.toks[i];
        // Not the tail of a longer number or code.
        if t.adj && i > 0 && self.toks[i - 1].kind != Kind::Punct {
            return None;
        }
        if t.adj
            && i >= 2
            && self.is_punct_in(i - 1, &["-", "/", ".", ":"])
            && self.toks[i - 2].kind == Kind::Num
        {
            return None;
        }
        let sep = self.toks.get(i + 1)?;
        if sep.kind != Kind::Punct || !sep.adj || !["-", "/", "."].contains(&sep.text) {
            return None;
        }
        let (b, blen) = self.num(i + 2)?;
        if !self.adj(i + 2) || blen > 2 || !self.is_punct(i + 3, sep.text) || !self.adj(i + 3) {
            return None;
        }
        let (c, clen) = self.num(i + 4)?;
        if !self.adj(i + 4) {
            return None;
        }
        // Nothing glued after the last part.
        if self.adj(i + 5)
            && (self.toks.get(i + 5).is_some_and(|t| t.kind == Kind::Num)
                || (self.is_punct_in(i + 5, &["-", "/", "."])
                    && self.adj(i + 6)
                    && self.toks.get(i + 6).is_some_and(|t| t.kind == Kind::Num)))
        {
            return None;
        }
        let last = i + 4;
        if alen == 4 && sep.text == "-" {
            if clen > 2 {
                return None;
            }
            return Some(DateHit {
                year: Some(i32::try_from(a).ok()?),
                month: b,
                day: c,
                last,
            });
        }
        if alen > 2 || clen != 4 || !(1800..=2199).contains(&c) {
            return None;
        }
        let year = Some(i32::try_from(c).ok()?);
        let day_first = sep.text == "." || (a > 12 && b <= 12) || a == b;
        let (day, month) = if day_first {
            (a, b)
        } else if b > 12 && a <= 12 {
            (b, a)
        } else {
            return None;
        };
        Some(DateHit {
            year,
            month,
            day,
            last,
        })
    }

    fn month_first(&self, i: usize) -> Option<DateHit> {
        let month = self.month(i)?;
        let mut j = i + 1;
        if self.is_punct(j, ".") && self.adj(j) {
            j += 1;
        }
        let (day, last_day) = self.day(j)?;
        if self.toks[j].adj && !self.is_punct(j - 1, ".") {
            return None;
        }
        let mut k = last_day + 1;
        if self.is_punct(k, ",") {
            k += 1;
        }
        if let Some(y) = self.year(k).filter(|_| self.same_line(i, k)) {
            return Some(DateHit {
                year: Some(y),
                month,
                day,
                last: k,
            });
        }
        Some(DateHit {
            year: None,
            month,
            day,
            last: last_day,
        })
    }

    fn day_first(&self, i: usize) -> Option<DateHit> {
        let (day, last_day) = self.day(i)?;
        let mut j = last_day + 1;
        if self.is_punct(j, ".") && self.adj(j) {
            j += 1;
        }
        if self.is_word(j, &["de", "of"]) {
            j += 1;
        }
        let month = self.month(j)?;
        if !self.same_line(i, j) {
            return None;
        }
        let mut last = j;
        let mut k = j + 1;
        if self.is_punct(k, ".") && self.adj(k) {
            last = k;
            k += 1;
        }
        if self.is_punct(k, ",") {
            k += 1;
        }
        if self.is_word(k, &["de", "del"]) {
            k += 1;
        }
        if let Some(y) = self.year(k).filter(|_| self.same_line(i, k)) {
            return Some(DateHit {
                year: Some(y),
                month,
                day,
                last: k,
            });
        }
        Some(DateHit {
            year: None,
            month,
            day,
            last,
        })
    }

    /// A time at `j` (after optional separators on the line of `line_of`):
    /// the time, the zone as written and the last token.
    fn time_at(&self, mut j: usize, line_of: usize) -> Option<(NaiveTime, Option<String>, usize)> {
        let mut skipped = 0;
        while skipped < 3 && self.same_line(line_of, j) {
            let t = &self.toks[j];
            let sep = match t.kind {
                Kind::Punct => [",", "|", "-", "–", "—", "·", "•", "/"].contains(&t.text),
                Kind::Word => {
                    ["at", "a", "um", "alle", "ore", "las"].contains(&t.key.as_str())
                        || (t.text == "T" && t.adj)
                }
                Kind::Num => false,
            };
            if !sep {
                break;
            }
            j += 1;
            skipped += 1;
        }
        if !self.same_line(line_of, j) {
            return None;
        }
        let (mut hour, hlen) = self.num(j)?;
        if hlen > 2 || hour > 23 || (self.toks[j].adj && self.toks[j - 1].kind == Kind::Num) {
            return None;
        }
        let mut k = j + 1;
        let mut minute = 0;
        let mut second = 0;
        let mut have_minute = false;
        if self.is_punct(k, ":") && self.adj(k) && self.adj(k + 1) {
            if let Some((m, 2)) = self.num(k + 1) {
                minute = m;
                have_minute = true;
                k += 2;
                if self.is_punct(k, ":") && self.adj(k) && self.adj(k + 1) {
                    if let Some((s, 2)) = self.num(k + 1) {
                        second = s;
                        k += 2;
                    }
                }
            }
        } else if self.is_word(k, &["h"]) && self.adj(k) {
            have_minute = true;
            k += 1;
            if self.adj(k) {
                if let Some((m, 2)) = self.num(k) {
                    minute = m;
                    k += 1;
                }
            }
        }
        let mut last = k - 1;
        // am / pm
        let mut ampm = None;
        if self.is_word(k, &["am", "pm"]) && self.same_line(line_of, k) {
            ampm = Some(self.toks[k].key == "pm");
            last = k;
            k += 1;
        } else if self.is_word(k, &["a", "p"])
            && self.same_line(line_of, k)
            && self.is_punct(k + 1, ".")
            && self.adj(k + 1)
            && self.is_word(k + 2, &["m"])
            && self.adj(k + 2)
        {
            ampm = Some(self.toks[k].key == "p");
            last = k + 2;
            k += 3;
            if self.is_punct(k, ".") && self.adj(k) {
                last = k;
                k += 1;
            }
        }
        if !have_minute && ampm.is_none() {
            return None;
        }
        if let Some(pm) = ampm {
            if !(1..=12).contains(&hour) {
                return None;
            }
            if pm && hour < 12 {
                hour += 12;
            } else if !pm && hour == 12 {
                hour = 0;
            }
        }
        if self.is_word(k, &["uhr", "hrs"]) && self.same_line(line_of, k) {
            last = k;
            k += 1;
        }
        let time = NaiveTime::from_hms_opt(hour, minute, second)?;
        // Zone.
        let mut zone_end = None;
        if let Some(t) = self.toks.get(k).filter(|_| self.same_line(line_of, k)) {
            if t.kind == Kind::Word && ((t.text == "Z" && t.adj) || ZONES.contains(&t.text)) {
                zone_end = Some(k);
                if self.is_punct_in(k + 1, &["+", "-", "−"]) && self.adj(k + 1) && self.adj(k + 2)
                {
                    if let Some((_, 1..=4)) = self.num(k + 2) {
                        zone_end = Some(k + 2);
                    }
                }
            } else if self.is_punct_in(k, &["+", "-"]) && t.adj && self.adj(k + 1) {
                if let Some((_, 2 | 4)) = self.num(k + 1) {
                    zone_end = Some(k + 1);
                    if self.is_punct(k + 2, ":") && self.adj(k + 2) && self.adj(k + 3) {
                        if let Some((_, 2)) = self.num(k + 3) {
                            zone_end = Some(k + 3);
                        }
                    }
                }
            }
        }
        let zone = zone_end.map(|z| {
            last = z;
            self.toks[k..=z].iter().map(|t| t.text).collect::<String>()
        });
        Some((time, zone, last))
    }

    /// A copyright year at `i`: the year (latest of a range) and last token.
    fn copyright_at(&self, i: usize) -> Option<(i32, usize)> {
        let mut j = if self.is_punct(i, "©") || self.is_word(i, &["copyright"]) {
            i + 1
        } else if self.is_punct(i, "(")
            && self.is_word(i + 1, &["c"])
            && self.adj(i + 1)
            && self.is_punct(i + 2, ")")
            && self.adj(i + 2)
        {
            i + 3
        } else {
            return None;
        };
        if self.is_punct(j, "©") {
            j += 1;
        }
        if !self.same_line(i, j) {
            return None;
        }
        let mut year = self.year(j)?;
        let mut last = j;
        if self.is_punct_in(j + 1, &["-", "–", "—"]) {
            let y2 = self
                .num(j + 2)
                .filter(|&(y, len)| len == 4 && (1800..=2199).contains(&y))
                .filter(|_| {
                    self.same_line(i, j + 2)
                        && !(self.adj(j + 3)
                            && self.toks.get(j + 3).is_some_and(|t| t.kind != Kind::Punct))
                });
            if let Some((y2, _)) = y2 {
                year = year.max(i32::try_from(y2).unwrap_or(year));
                last = j + 2;
            }
        }
        Some((year, last))
    }

    fn line_start(&self, i: usize) -> bool {
        i == 0 || !self.same_line(i - 1, i)
    }

    /// A page cue ("Published", "Last updated") ending before the date at
    /// `f`, after fillers: the cue and the first token of the cue phrase.
    fn page_cue(&self, f: usize) -> Option<(Cue, usize)> {
        let mut b = f;
        let mut steps = 0;
        while b > 0 && steps < 5 && self.same_line(b - 1, f) {
            let t = &self.toks[b - 1];
            let filler = match t.kind {
                Kind::Punct => [":", ",", "-", "–"].contains(&t.text),
                Kind::Word => {
                    ["on", "at", "le", "am", "el", "il", "the", "de", "du", "des"]
                        .contains(&t.key.as_str())
                        || WEEKDAY_SHORT.contains(&t.key.as_str())
                        || self.weekday(b - 1).is_some()
                }
                Kind::Num => false,
            };
            if !filler {
                break;
            }
            b -= 1;
            steps += 1;
        }
        for (cue, table) in [
            (Cue::Published, PUBLISHED_CUES),
            (Cue::Updated, UPDATED_CUES),
        ] {
            for phrase in table {
                let n = phrase.len();
                if b < n || !self.same_line(b - n, f) {
                    continue;
                }
                let p = b - n;
                if !(0..n).all(|k| self.is_word(p + k, &[phrase[k]])) {
                    continue;
                }
                let mut q = p;
                if q > 0 && self.same_line(q - 1, f) && self.is_word(q - 1, CUE_QUALIFIERS) {
                    q -= 1;
                }
                if self.line_start(q) || self.is_punct_in(q - 1, &["|", "·", "•", "–", "—", "/"])
                {
                    return Some((cue, q));
                }
            }
        }
        None
    }

    fn is_dateline(&self, f: usize, l: usize) -> bool {
        let mut p = f;
        while p > 0 && self.same_line(p - 1, f) {
            p -= 1;
        }
        let place = p < f;
        if place {
            if f - p > 8 || !self.is_punct(f - 1, ",") {
                return false;
            }
            let ok = self.toks[p..f].iter().all(|t| match t.kind {
                Kind::Word => t.text.chars().next().is_some_and(char::is_uppercase),
                Kind::Punct => [",", "/", ".", "-", "'", "’"].contains(&t.text),
                Kind::Num => false,
            });
            if !ok || self.toks[p].kind != Kind::Word {
                return false;
            }
        }
        let a = l + 1;
        if !self.same_line(f, a) {
            return false;
        }
        if self.is_punct(a, "(") {
            let mut k = a + 1;
            while k <= a + 5 && self.same_line(f, k) {
                if self.is_punct(k, ")") {
                    return k > a + 1;
                }
                if self.toks[k].kind == Kind::Num {
                    return false;
                }
                k += 1;
            }
            return false;
        }
        let dash = |k: usize| self.is_punct_in(k, &["-", "–", "—"]);
        place
            && (dash(a)
                || (self.toks[a].kind == Kind::Word
                    && self.toks[a].text.chars().all(|c| c.is_uppercase())
                    && dash(a + 1)
                    && self.same_line(f, a + 1)))
    }

    /// The line of `f..=l` holds only the date, a time, separators, a weekday
    /// and a reading time.
    fn standalone(&self, f: usize, l: usize) -> bool {
        let mut p = f;
        while p > 0 && self.same_line(p - 1, f) {
            p -= 1;
        }
        let mut e = l;
        while self.same_line(e + 1, f) {
            e += 1;
        }
        let mut k = p;
        while k <= e {
            if k == f {
                k = l + 1;
                continue;
            }
            let t = &self.toks[k];
            let ok = match t.kind {
                Kind::Punct => [",", "|", "-", "–", "—", "·", "•", "/", ":"].contains(&t.text),
                Kind::Word => {
                    self.weekday(k).is_some()
                        || WEEKDAY_SHORT.contains(&t.key.as_str())
                        || [
                            "min", "mins", "minute", "minutes", "read", "lecture", "lesezeit",
                        ]
                        .contains(&t.key.as_str())
                }
                Kind::Num => self.is_word(k + 1, &["min", "mins", "minute", "minutes"]),
            };
            if !ok {
                return false;
            }
            k += 1;
        }
        true
    }
}

/// A mention before year inference.
struct Raw {
    hit: DateHit,
    time: Option<NaiveTime>,
    zone: Option<String>,
    start: usize,
    end: usize,
    cue: Cue,
    top: bool,
    line: usize,
}

fn collect(text: &str, fallback_year: Option<i32>) -> Vec<(TextTime, bool)> {
    let s = Scan::new(text);
    let n = s.toks.len();
    let mut raws: Vec<Raw> = Vec::new();
    let mut i = 0;
    while i < n {
        if let Some((year, last)) = s.copyright_at(i) {
            raws.push(Raw {
                hit: DateHit {
                    year: Some(year),
                    month: 1,
                    day: 1,
                    last,
                },
                time: None,
                zone: None,
                start: s.toks[i].start,
                end: s.toks[last].end,
                cue: Cue::Copyright,
                top: s.toks[i].top,
                line: s.toks[i].line,
            });
            i = last + 1;
            continue;
        }
        if let Some(hit) = s.date_at(i) {
            let (time, zone, last) = match s.time_at(hit.last + 1, i) {
                Some((t, z, l)) => (Some(t), z, l),
                None => (None, None, hit.last),
            };
            let (cue, start) = if let Some((cue, q)) = s.page_cue(i) {
                (cue, s.toks[q].start)
            } else if s.is_dateline(i, last) {
                (Cue::Dateline, s.toks[i].start)
            } else if s.toks[i].top && s.standalone(i, last) {
                (Cue::Published, s.toks[i].start)
            } else {
                (Cue::InText, s.toks[i].start)
            };
            raws.push(Raw {
                hit,
                time,
                zone,
                start,
                end: s.toks[last].end,
                cue,
                top: s.toks[i].top,
                line: s.toks[i].line,
            });
            i = last + 1;
            continue;
        }
        // "| Updated 14:40": a time after a page cue, the date earlier on the line.
        if s.toks[i].kind == Kind::Num {
            if let Some(prev) = raws
                .last()
                .filter(|r| r.line == s.toks[i].line && r.cue != Cue::Copyright)
            {
                if let Some((cue, q)) = s.page_cue(i) {
                    if let Some((t, z, l)) = s.time_at(i, i) {
                        let raw = Raw {
                            hit: DateHit {
                                last: l,
                                ..prev.hit
                            },
                            time: Some(t),
                            zone: z.or_else(|| prev.zone.clone()),
                            start: s.toks[q].start,
                            end: s.toks[l].end,
                            cue,
                            top: s.toks[i].top,
                            line: s.toks[i].line,
                        };
                        raws.push(raw);
                        i = l + 1;
                        continue;
                    }
                }
            }
        }
        i += 1;
    }
    let full = |r: &&Raw| r.hit.year.is_some();
    let reference = raws
        .iter()
        .filter(full)
        .find(|r| matches!(r.cue, Cue::Published | Cue::Updated))
        .or_else(|| raws.iter().find(|r| r.cue == Cue::Copyright))
        .or_else(|| raws.iter().find(full))
        .and_then(|r| r.hit.year)
        .or(fallback_year);
    raws.into_iter()
        .filter_map(|r| {
            let (year, inferred) = match r.hit.year {
                Some(y) => (y, false),
                None => (reference?, true),
            };
            let date = NaiveDate::from_ymd_opt(year, r.hit.month, r.hit.day)?;
            Some((
                TextTime {
                    date,
                    time: r.time,
                    zone: r.zone,
                    start: r.start,
                    end: r.end,
                    cue: r.cue,
                    year_inferred: inferred,
                },
                r.top,
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const BODY: &str = "\n\nThe ministry said talks would resume next week.\n\nOfficials gave no details.\n\nA second round is planned.\n\nIt was not clear who would attend.\n\nMore talks are expected.\n\n";

    /// (text, expected publication: y, m, d, "HH:MM" or "", cue) — None for
    /// no date.
    #[allow(clippy::type_complexity)]
    fn table() -> Vec<(String, Option<(i32, u32, u32, &'static str, Cue)>)> {
        use Cue::*;
        let mut rows: Vec<(String, Option<(i32, u32, u32, &'static str, Cue)>)> = vec![
            ("LONDON, Jan 4 (Reuters) - Oil prices rose on Thursday.\n© 2024 Reuters".into(), Some((2024, 1, 4, "", Dateline))),
            ("Oct 14 (Reuters) - Shares in the lender fell.\n\nCopyright 2023 Thomson Reuters".into(), Some((2023, 10, 14, "", Dateline))),
            ("BAGHDAD, January 4, 2024 (AFP) – A drone struck a base.".into(), Some((2024, 1, 4, "", Dateline))),
            ("KYIV/WARSAW, Feb. 24, 2023 (AP) — Sirens sounded across the capital.".into(), Some((2023, 2, 24, "", Dateline))),
            ("NEW YORK, March 3, 2022 — Stocks opened higher.".into(), Some((2022, 3, 3, "", Dateline))),
            ("SYDNEY, Jan 4 2024 AAP - Bushfires burned overnight.".into(), Some((2024, 1, 4, "", Dateline))),
            ("ROMA, 4 gennaio 2024 (ANSA) - Il governo ha approvato.".into(), Some((2024, 1, 4, "", Dateline))),
            ("PARIS, 4 janvier 2024 (AFP) - Le gouvernement a annoncé.".into(), Some((2024, 1, 4, "", Dateline))),
            ("Storm batters coast\nPublished 11 March 2025, 14:05 | Updated 14:40\n\nWinds reached 120 km/h.".into(), Some((2025, 3, 11, "14:05", Published))),
            ("Rates held\nUpdated: January 4, 2024 at 3:15 p.m. EST\n\nThe bank kept rates steady.".into(), Some((2024, 1, 4, "15:15", Updated))),
            ("Last updated 4 Jan 2024 14:32 GMT\n\nTrains were cancelled.".into(), Some((2024, 1, 4, "14:32", Updated))),
            ("Floods in the north\n3 November 2025 | 14:20\n\nRivers burst their banks.".into(), Some((2025, 11, 3, "14:20", Published))),
            ("Headline here\nFirst published on Thu 4 Jan 2024 09:00 GMT\n\nText.".into(), Some((2024, 1, 4, "09:00", Published))),
            ("Posted: 2024-01-04T10:00:00Z\n\nThe council met.".into(), Some((2024, 1, 4, "10:00", Published))),
            ("By Jane Roe | Published Jan. 5, 2024 | 2 min read\n\nVoters went to the polls.".into(), Some((2024, 1, 5, "", Published))),
            ("Publié le 4 janvier 2024 à 14h05\n\nLe conseil s'est réuni.".into(), Some((2024, 1, 4, "14:05", Published))),
            ("Veröffentlicht am 4. Januar 2024, 14:05 Uhr\n\nDie Regierung hat beschlossen.".into(), Some((2024, 1, 4, "14:05", Published))),
            ("Publicado el 4 de enero de 2024\n\nEl gobierno aprobó la ley.".into(), Some((2024, 1, 4, "", Published))),
            ("Aggiornato 5 gennaio 2024\n\nIl governo ha deciso.".into(), Some((2024, 1, 5, "", Updated))),
            ("Mis à jour le 5 janvier 2024 à 08h30\n\nLe texte.".into(), Some((2024, 1, 5, "08:30", Updated))),
            // Published beats Updated whatever the order.
            ("Updated 6 Jan 2024 10:00\nPublished 4 Jan 2024 09:00\n\nText.".into(), Some((2024, 1, 4, "09:00", Published))),
            // Page line beats dateline.
            ("Published 5 January 2024\n\nLONDON, Jan 4 (Reuters) - Oil rose.".into(), Some((2024, 1, 5, "", Published))),
            // Page line at the bottom still counts.
            (format!("Oil rose on Thursday.{BODY}Published 4 January 2024"), Some((2024, 1, 4, "", Published))),
            // In-text full date in the lead.
            ("The summit opened on January 4, 2024 in Geneva with forty delegations.".into(), Some((2024, 1, 4, "", InText))),
            ("The talks ended on 2024-01-04, officials said.".into(), Some((2024, 1, 4, "", InText))),
            ("Le sommet s'est ouvert le 04.01.2024 à Genève.".into(), Some((2024, 1, 4, "", InText))),
            ("Released 25/12/2023 by the ministry.".into(), Some((2023, 12, 25, "", InText))),
            ("Released 12/25/2023 by the ministry.".into(), Some((2023, 12, 25, "", InText))),
            // "on Thursday (Jan 4)" with a year from the copyright line.
            ("Ministers met on Thursday (Jan 4) to discuss the budget.\n© 2024 AFP".into(), Some((2024, 1, 4, "", InText))),
            // Copyright only: lowest priority.
            (format!("Ministers met to discuss the budget.{BODY}© 2024 AFP"), Some((2024, 1, 1, "", Copyright))),
            ("Text.\n(c) 2019-2024 Example Media".into(), Some((2024, 1, 1, "", Copyright))),
            // Dateline beats a date in the lead.
            ("GENEVA, Jan 5 (Reuters) - Talks that began on January 2, 2024 ended.".into(), Some((2024, 1, 5, "", Dateline))),
            // Negatives.
            ("4 dead as storm hits coast".into(), None),
            ("Some 2,500 troops arrived in 2024.".into(), None),
            ("2 minutes read\n\nThe council met.".into(), None),
            ("A report published on March 3 found gaps.".into(), None),
            ("Ambiguous 04/01/2024 is skipped.".into(), None),
            ("It may 4 times fail.".into(), None),
            ("Chapter 12 March forward, said the coach.".into(), None),
            ("Jan 4 (Reuters) - No year anywhere here.".into(), None),
            ("The score was 3-1 and 2.5 goals on average, 1,000 fans at 4:30.".into(), None),
            ("Invalid 31 February 2024 date.".into(), None),
            ("Version 2024-13-45 of the tool.".into(), None),
            // A caption date deep in the body does not win over the page line.
            (format!("Published 6 January 2024{BODY}Protesters in the capital on December 4, 2023. (AFP Photo)"), Some((2024, 1, 6, "", Published))),
        ];
        // A caption date deep in the body with no other cue: no date at all.
        rows.push((
            format!(
                "Protests spread{BODY}Protesters in the capital on December 4, 2023. (AFP Photo)"
            ),
            None,
        ));
        rows
    }

    #[test]
    fn table_of_headers() {
        let rows = table();
        assert!(rows.len() >= 40, "{} rows", rows.len());
        let mut failures = Vec::new();
        for (text, want) in &rows {
            let got = published_in(text);
            let got_key = got.as_ref().map(|t| {
                (
                    t.date,
                    t.time
                        .map(|t| t.format("%H:%M").to_string())
                        .unwrap_or_default(),
                    t.cue,
                )
            });
            let want_key = want.map(|(y, m, day, time, cue)| (d(y, m, day), time.to_string(), cue));
            if got_key != want_key {
                failures.push(format!("{text:?}\n  want {want_key:?}\n  got  {got:?}"));
            }
            if let Some(t) = &got {
                assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
                assert!(t.start < t.end && t.end <= text.len());
            }
        }
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn caption_date_is_a_mention_not_the_publication() {
        let text = format!("Published 6 January 2024{BODY}Protesters on December 4, 2023.");
        let all = mentions(&text);
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].date, d(2023, 12, 4));
        assert_eq!(all[1].cue, Cue::InText);
        assert_eq!(&text[all[1].start..all[1].end], "December 4, 2023");
    }

    #[test]
    fn spans_and_zones() {
        let text = "Updated: January 4, 2024 at 3:15 p.m. EST";
        let t = published_in(text).unwrap();
        assert_eq!(&text[t.start..t.end], text);
        assert_eq!(t.zone.as_deref(), Some("EST"));
        let text = "Published 11 March 2025, 14:05 | Updated 14:40";
        let all = mentions(text);
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].cue, Cue::Updated);
        assert_eq!(all[1].date, d(2025, 3, 11));
        assert_eq!(&text[all[1].start..all[1].end], "Updated 14:40");
        let text = "Posted 2024-01-04T13:00:00+03:00";
        assert_eq!(mentions(text)[0].zone.as_deref(), Some("+03:00"));
        let text = "© 2024 AFP";
        let t = published_in(text).unwrap();
        assert_eq!(&text[t.start..t.end], "© 2024");
    }

    #[test]
    fn inferred_year_is_flagged() {
        let t = published_in("LONDON, Jan 4 (Reuters) - Oil rose.\n© 2024 Reuters").unwrap();
        assert!(t.year_inferred);
        let t = published_in("BAGHDAD, January 4, 2024 (AFP) – A drone.").unwrap();
        assert!(!t.year_inferred);
    }

    #[test]
    fn mentions_in_order() {
        let text = "On 3 March 2023 the law passed; by Jan. 4, 2024 it was in force, and on 2024-02-01 it was amended.";
        let got: Vec<NaiveDate> = mentions(text).iter().map(|t| t.date).collect();
        assert_eq!(got, vec![d(2023, 3, 3), d(2024, 1, 4), d(2024, 2, 1)]);
    }

    #[test]
    fn resolve_weekday_in_week_ending_at_anchor() {
        let fri = d(2024, 1, 5);
        assert_eq!(resolve_weekday(Weekday::Thu, fri), d(2024, 1, 4));
        assert_eq!(resolve_weekday(Weekday::Fri, fri), fri);
        assert_eq!(resolve_weekday(Weekday::Sat, fri), d(2023, 12, 30));
        assert_eq!(resolve_weekday(Weekday::Mon, d(2024, 1, 1)), d(2024, 1, 1));
        assert_eq!(
            resolve_weekday(Weekday::Sun, d(2024, 1, 1)),
            d(2023, 12, 31)
        );
    }

    #[test]
    fn weekdays_without_dates() {
        let text = "The minister said on Thursday that talks, held on Tuesday (Jan 2), failed. Good Friday and jeudi. monday no.";
        let got: Vec<(Weekday, &str)> = weekday_mentions(text)
            .into_iter()
            .map(|(w, s, e)| (w, &text[s..e]))
            .collect();
        assert_eq!(
            got,
            vec![(Weekday::Thu, "Thursday"), (Weekday::Thu, "jeudi")]
        );
        assert!(weekday_mentions("Published Thursday, Jan 4, 2024").is_empty());
    }

    fn pieces() -> Vec<&'static str> {
        vec![
            "Jan",
            "January",
            "4",
            "2024",
            "14",
            ":",
            "05",
            "(",
            ")",
            "Reuters",
            ",",
            ".",
            "-",
            "–",
            "/",
            "|",
            "©",
            "(c)",
            "Published",
            "Updated",
            "Last",
            "on",
            "Thursday",
            "p.m.",
            "EST",
            "+",
            "T",
            "Z",
            "\n",
            "\n\n",
            " ",
            "LONDON",
            "4th",
            "de",
            "enero",
            "1er",
            "é",
            "2,500",
            "31",
            "12",
            "é\u{301}",
            "h",
            "Uhr",
            "a",
            "m",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        #[test]
        fn no_panics_and_spans_on_char_boundaries(
            parts in prop::collection::vec(
                prop_oneof![
                    8 => prop::sample::select(pieces()).prop_map(String::from),
                    1 => any::<char>().prop_map(String::from),
                ],
                0..50,
            )
        ) {
            let text = parts.concat();
            for t in mentions(&text) {
                prop_assert!(t.start < t.end && t.end <= text.len());
                prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            }
            let _ = published_in(&text);
            for (_, s, e) in weekday_mentions(&text) {
                prop_assert!(s < e && e <= text.len());
                prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            }
        }
    }
}
