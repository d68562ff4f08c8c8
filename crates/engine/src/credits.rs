//! Agency credits: where an article says that its text, or its pictures,
//! came from a news agency, with the evidence as a byte span of the text.
//!
//! Kinds: datelines ("BAGHDAD (AFP) –"), copyright lines ("© 2024 AFP"),
//! attributions in the running text ("told Reuters", "selon l'AFP", "(ats)"
//! closing a paragraph, and an agency described, not named: "told the French
//! news agency"), bylines, contributor lines and tag lines ("By NAME,
//! Associated Press", "By CLAIRE VANTIER Associated Press", "AP writer NAME
//! contributed to this report", "(With inputs from agencies)", "Reporting by
//! …; Editing by …") and photo credits ("(AP Photo/Hadi Mizban)"), in
//! English, French, German, Spanish and Italian, with the dotted and
//! historical forms of OCR'd archives ("(A.F.P.)", "Reuter", "(U.P.)").
//!
//! Algorithm: one hand-written scan splits the text (the parts a prefilter
//! keeps, see Cost) into tokens (runs of letters and digits, single
//! punctuation marks, dotted initials such as "A.F.P." as one token) with
//! their byte offsets, line and block (lines between blank lines), each
//! folded for matching: lowercase, accents stripped (NFD), typographic
//! apostrophes and dashes to ASCII. Tokens inside a URL or an e-mail address
//! are marked. The agency dictionary ([`AGENCIES`]) is indexed by its first
//! folded token, and a left-to-right pass takes the longest form at each
//! token (so word boundaries are token boundaries: "Reutersville" and
//! "Apple" are not agencies). Case rules per form: full names match in any
//! case; short acronyms ("AP", "PA", "CP") in their own case or in capitals,
//! and in any case only inside parentheses ("(afp)") or dotted ("A.P.");
//! names that are also surnames, brands or common words ("Bloomberg",
//! "Havas", "Wolff") only as written; descriptions ("French news agency",
//! see below) in any case. Adjacent mentions joined by "and", ",", "/" form
//! one list ("(dpa/AFP)", "With inputs from Reuters and AFP"). A mention
//! alone is never a credit: each list is tested against the credit patterns,
//! in this order, on a bounded window of tokens around it — photo credit (a
//! photo word, "/NAME", "via Getty Images"), copyright mark, dateline (a
//! place and date at the start of a line, then the agency in parentheses and
//! a dash, or unbracketed after a place in capitals: "SYDNEY, Jan 4 AAP -"),
//! byline and tag line (cue phrases before or after, "By NAME, AGENCY", or
//! "By NAME AGENCY" without the comma on a line of its own with two name
//! words at least, a writer's title such as "Business Writer" after the
//! agency; the agency, a staff word, names and places, then "contributed":
//! "Reuters reporter NAME contributed reporting"; "— AGENCY" ending a line,
//! the agency alone on a line), parenthesised agency closing a paragraph,
//! and in-text attribution (cue words before — "told", "according to",
//! "selon", "laut", "según", "secondo", "news agency" — with optional
//! articles such as "the", "l'", "der", or after — "reported",
//! "correspondent", "berichtet"). A name that is also a surname is not taken
//! as the subject of "reported" after a capitalised word ("Michael Bloomberg
//! reported"), and a short acronym after a cue word is not taken before
//! another capitalised word ("told AP Biology teachers"). Descriptions that
//! stand for one agency in English news copy ("French news agency" and
//! "French press agency" for AFP, "German press agency" for dpa, "Italian
//! news agency" for ANSA, "Spanish news agency" for EFE, "Chinese state news
//! agency" and "China's official news agency" for Xinhua, "South Korean news
//! agency" for Yonhap; not "Japanese news agency", Kyodo or Jiji, nor
//! "Russian state news agency", TASS or RIA Novosti) are credits only in
//! running text: after "the" or in a possessive form, with a cue word before
//! ("told the", "according to the") or an attribution verb after
//! ("reported", "said"), and not before a name ("the Italian news agency
//! AGI"). A description followed by its agency's name is one mention with
//! it, the description an agency noun ("told the French news agency AFP").
//! Reuters' closing "Reporting by …; Editing by …" is found per line.
//! Generic credits ("agencies", "Agenturen", "(ag.)", "wire services") are
//! taken only in bylines, tag lines and datelines, with the canonical agency
//! [`GENERIC`].
//!
//! Cost: O(n) time and space in the length of the text, times a constant
//! bounded by the dictionary, in two passes. Most blocks of an article name
//! no agency, so a prefilter first reads the text once, without tokens, and
//! keeps only the blocks that may hold a credit: those with every word of
//! some form (folded, and as written or in capitals where the form asks for
//! it), or a single letter and a dot that may start dotted initials, or
//! "reporting", "by" and "editing". Most words are rejected unfolded by one
//! bit test on their length and first and last letters; the others are
//! folded into one reused buffer and looked up in a hash map. Runs of kept
//! blocks are then tokenized (the folded forms side by side in one buffer,
//! no allocation per token; pure-ASCII words only lowercased) and scanned as
//! above, each token looked up once in a hash map and compared with the few
//! forms that start with it, each mention tested on windows of at most a few
//! dozen tokens (cue phrases indexed by their last word). The result is the
//! same as scanning the whole text because every pattern stays within a
//! block, and a block without what the prefilter looks for (descriptions are
//! forms too) holds no mention and no "Reporting by" line; a property test
//! checks that the credits of a text are those of its blocks scanned one by
//! one. The one pattern that looks back across a blank line, a copyright
//! mark "(c" and ")" on either side of it, makes the whole text scanned when
//! a kept run starts with ")" or "c )". In generated articles the prefilter
//! keeps 7–10 % of the text and takes about three quarters of the
//! instructions; the whole takes about 2.4 times fewer instructions than
//! tokenizing and scanning all of the text. The dictionary index is built
//! once per process.
//!
//! Source: the credit-line conventions of agency and newspaper style guides
//! (AP Stylebook datelines and "(AP Photo/NAME)" captions, Reuters'
//! "(Reuters) -" and "Reporting by …; Editing by …", AFP's and EFE's
//! dateline forms, dpa's "Mit Material von", the Swiss "(sda)"/"(ats)" and
//! Italian "(ANSA)"/"(ag.)" tags), and the agency-copy detection literature
//! (e.g. the METER corpus of press-agency reuse, Gaizauskas et al., 2001),
//! whose first signal is the credit line.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::OnceLock;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Where in an article a credit was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CreditKind {
    /// A dateline at the start of a line: "BAGHDAD (AFP) –", "Genf (sda)".
    Dateline,
    /// A copyright line: "© 2024 AFP", "(c) Reuters 2024".
    Copyright,
    /// An attribution in the running text: "told Reuters", "an AFP
    /// correspondent", "selon l'AFP", "laut dpa", "told the French news
    /// agency", or "(ats)" closing a paragraph.
    InText,
    /// A byline, contributor line or tag line: "By NAME, Associated Press",
    /// "By NAME AP Business Writer", "AP writer NAME contributed to this
    /// report", "(With inputs from agencies)", "Reporting by NAME; Editing by
    /// NAME", "— AP", "Mit Material von dpa".
    Byline,
    /// A photo credit: "(AP Photo/Hadi Mizban)", "Photo: AFP". It credits a
    /// picture, not the text.
    Photo,
}

impl CreditKind {
    /// The kind in words, as the CLI and the app show it.
    ///
    /// ```
    /// assert_eq!(wiretrace_engine::credits::CreditKind::InText.label(), "in-text credit");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            CreditKind::Dateline => "dateline",
            CreditKind::Copyright => "copyright line",
            CreditKind::InText => "in-text credit",
            CreditKind::Byline => "byline",
            CreditKind::Photo => "photo credit",
        }
    }

    /// The kind as the report names it (`dateline`, `in-text`, …), for
    /// markup and styles.
    ///
    /// ```
    /// assert_eq!(wiretrace_engine::credits::CreditKind::InText.key(), "in-text");
    /// ```
    pub fn key(self) -> &'static str {
        match self {
            CreditKind::Dateline => "dateline",
            CreditKind::Copyright => "copyright",
            CreditKind::InText => "in-text",
            CreditKind::Byline => "byline",
            CreditKind::Photo => "photo",
        }
    }
}

/// One agency credit with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credit {
    /// Canonical agency name ([`Agency::name`]), e.g. "AFP"; [`GENERIC`] for
    /// unnamed agencies.
    pub agency: String,
    /// What kind of credit it is.
    pub kind: CreditKind,
    /// UTF-8 byte offset of the evidence's first byte in the text.
    pub start: usize,
    /// UTF-8 byte offset one past the evidence's last byte (half-open).
    pub end: usize,
}

/// One agency of the dictionary: its canonical name and the forms it is
/// written in. Forms are matched on whole tokens (letters and digits), with
/// typographic dashes and apostrophes equal to ASCII ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Agency {
    /// Canonical name, as credits report it: "AFP", "Reuters", "AP".
    pub name: &'static str,
    /// Full names, matched in any case: "Agence France-Presse".
    pub names: &'static [&'static str],
    /// Short and dotted forms: matched as written or in capitals ("dpa",
    /// "DPA"), and in any case only inside parentheses ("(afp)"); dotted
    /// forms ("A.F.P.", also "A. F. P.") match in any case.
    pub acronyms: &'static [&'static str],
    /// Names that are also surnames, places or common words ("Bloomberg",
    /// "Belga"): matched only as written or in capitals, and not as the
    /// subject of "reported" after a capitalised word (a first name).
    pub proper: &'static [&'static str],
    /// Forms too ambiguous for running text ("Havas", "Wolff", "UP"):
    /// matched only as written or in capitals, and only in datelines,
    /// parentheses, copyright lines, bylines, photo credits and after an
    /// agency noun ("l'agence Havas").
    pub weak: &'static [&'static str],
    /// Descriptions that stand for this agency alone in English news copy
    /// ("French news agency"): matched in any case, and only in in-text
    /// attributions, after "the" (or in a possessive form: "China's
    /// official news agency") with a cue word before ("told the French news
    /// agency") or an attribution verb after ("the French news agency
    /// reported", "said").
    pub described: &'static [&'static str],
}

/// The canonical agency of generic credits ("agencies", "Agenturen",
/// "(ag.)", "wire services").
pub const GENERIC: &str = "agencies";

/// The agency dictionary: canonical names and their variants, current and
/// historical.
pub const AGENCIES: &[Agency] = &[
    Agency {
        name: "AFP",
        names: &[
            "Agence France-Presse",
            "Agence France Presse",
            "Agence France-Press",
        ],
        acronyms: &["AFP", "A.F.P."],
        proper: &[],
        weak: &[],
        described: &["French news agency", "French press agency"],
    },
    Agency {
        name: "Reuters",
        names: &["Thomson Reuters", "Reuters"],
        acronyms: &[],
        proper: &["Reuter"],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "AP",
        names: &["The Associated Press", "Associated Press"],
        acronyms: &["AP", "A.P."],
        proper: &[],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "dpa",
        names: &[
            "Deutsche Presse-Agentur",
            "Deutschen Presse-Agentur",
            "Deutsche Presseagentur",
            "Deutschen Presseagentur",
        ],
        acronyms: &["dpa", "dpa-infocom", "dpa-AFX"],
        proper: &[],
        weak: &[],
        described: &["German press agency", "German news agency"],
    },
    Agency {
        name: "EFE",
        names: &["Agencia EFE"],
        acronyms: &["EFE"],
        proper: &[],
        weak: &[],
        described: &["Spanish news agency"],
    },
    Agency {
        name: "ANSA",
        names: &["Agenzia Nazionale Stampa Associata"],
        acronyms: &["ANSA"],
        proper: &[],
        weak: &[],
        described: &["Italian news agency"],
    },
    Agency {
        name: "PA",
        names: &[
            "The Press Association",
            "Press Association",
            "PA Media",
            "PA News",
        ],
        acronyms: &["PA"],
        proper: &[],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "ANP",
        names: &["Algemeen Nederlands Persbureau"],
        acronyms: &["ANP"],
        proper: &[],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "Belga",
        names: &[],
        acronyms: &[],
        proper: &["Belga"],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "APA",
        names: &["Austria Presse Agentur", "Austria Presse-Agentur"],
        acronyms: &["APA"],
        proper: &[],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "ATS",
        names: &[
            "Keystone-SDA",
            "Keystone-ATS",
            "Keystone SDA",
            "Keystone ATS",
            "Schweizerische Depeschenagentur",
            "Agence Télégraphique Suisse",
        ],
        acronyms: &["ATS", "SDA"],
        proper: &[],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "Xinhua",
        names: &["Xinhua"],
        acronyms: &[],
        proper: &[],
        weak: &[],
        described: &[
            "Chinese state news agency",
            "Chinese state-run news agency",
            "China's state news agency",
            "China's state-run news agency",
            "China's official news agency",
        ],
    },
    Agency {
        name: "Kyodo",
        names: &["Kyodo"],
        acronyms: &[],
        proper: &[],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "Yonhap",
        names: &["Yonhap"],
        acronyms: &[],
        proper: &[],
        weak: &[],
        described: &["South Korean news agency"],
    },
    Agency {
        name: "TASS",
        names: &[],
        acronyms: &["TASS", "ITAR-TASS"],
        proper: &["Tass"],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "Bloomberg",
        names: &[],
        acronyms: &[],
        proper: &["Bloomberg"],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "UPI",
        names: &["United Press International"],
        acronyms: &["UPI", "U.P.I."],
        proper: &[],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "PTI",
        names: &["Press Trust of India"],
        acronyms: &["PTI"],
        proper: &[],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "IANS",
        names: &["Indo-Asian News Service"],
        acronyms: &["IANS"],
        proper: &[],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "AAP",
        names: &["Australian Associated Press"],
        acronyms: &["AAP"],
        proper: &[],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "CP",
        names: &["The Canadian Press", "Canadian Press"],
        acronyms: &["CP"],
        proper: &[],
        weak: &[],
        described: &[],
    },
    Agency {
        name: "Havas",
        names: &["Agence Havas"],
        acronyms: &[],
        proper: &[],
        weak: &["Havas"],
        described: &[],
    },
    Agency {
        name: "Wolff",
        names: &[
            "Wolffs Telegraphisches Bureau",
            "Wolff's Telegraphisches Bureau",
            "Wolffsches Telegraphisches Bureau",
            "Wolff'sches Telegraphen-Bureau",
            "Wolffs Telegraphen-Bureau",
        ],
        acronyms: &["WTB"],
        proper: &[],
        weak: &["Wolff"],
        described: &[],
    },
    Agency {
        name: "Stefani",
        names: &["Agenzia Stefani"],
        acronyms: &[],
        proper: &[],
        weak: &["Stefani"],
        described: &[],
    },
    Agency {
        name: "DNB",
        names: &["Deutsches Nachrichtenbüro", "Deutsches Nachrichtenbuero"],
        acronyms: &[],
        proper: &[],
        weak: &["DNB"],
        described: &[],
    },
    Agency {
        name: "United Press",
        names: &["United Press"],
        acronyms: &["U.P."],
        proper: &[],
        weak: &["UP"],
        described: &[],
    },
    Agency {
        name: "Exchange Telegraph",
        names: &["Exchange Telegraph Company", "Exchange Telegraph"],
        acronyms: &[],
        proper: &["Extel"],
        weak: &[],
        described: &[],
    },
    Agency {
        name: GENERIC,
        names: &[
            "agencies",
            "news agencies",
            "wire services",
            "wires",
            "agences",
            "agencias",
            "agenzie",
            "Agenturen",
            "ag.",
            "agency inputs",
        ],
        acronyms: &[],
        proper: &[],
        weak: &[],
        described: &[],
    },
];

/// The agency credits found in `text`, in text order (by start, then end).
/// Spans are UTF-8 byte offsets into `text` as given, half-open, on char
/// boundaries.
///
/// ```
/// use wiretrace_engine::credits::{find, CreditKind};
/// let text = "BAGHDAD (AFP) – A drone strike killed a commander, officials told Reuters.\n\
///             Ambulances at the site. (AP Photo/Hadi Mizban)\n\
///             With inputs from agencies";
/// let credits = find(text);
/// let found: Vec<(&str, CreditKind, &str)> = credits
///     .iter()
///     .map(|c| (c.agency.as_str(), c.kind, &text[c.start..c.end]))
///     .collect();
/// assert_eq!(
///     found,
///     [
///         ("AFP", CreditKind::Dateline, "BAGHDAD (AFP) –"),
///         ("Reuters", CreditKind::InText, "told Reuters"),
///         ("AP", CreditKind::Photo, "(AP Photo/Hadi Mizban)"),
///         ("agencies", CreditKind::Byline, "With inputs from agencies"),
///     ]
/// );
/// // "Apple" is not AP, and a bare acronym is not a credit.
/// assert!(find("Apple said the AP exams were moved.").is_empty());
/// ```
pub fn find(text: &str) -> Vec<Credit> {
    let mut out = Vec::new();
    for w in windows(text) {
        let scan = Scan::new(&text[w.clone()]);
        if w.start > 0 && scan.looks_before_start() {
            // Rare: scan the whole text instead.
            out.clear();
            Scan::new(text).credits(0, &mut out);
            break;
        }
        scan.credits(w.start, &mut out);
    }
    out.sort_by_key(|c| (c.start, c.end));
    out
}

/// The canonical name of an agency written as `name` (any of its forms but
/// its descriptions, in any case, surrounding spaces ignored), if it is in
/// [`AGENCIES`].
///
/// ```
/// use wiretrace_engine::credits::canonical;
/// assert_eq!(canonical("Agence France-Presse"), Some("AFP"));
/// assert_eq!(canonical("the associated press"), Some("AP"));
/// assert_eq!(canonical("Keystone-SDA"), Some("ATS"));
/// assert_eq!(canonical("Agenturen"), Some("agencies"));
/// assert_eq!(canonical("Apple"), None);
/// assert_eq!(canonical("French news agency"), None);
/// ```
pub fn canonical(name: &str) -> Option<&'static str> {
    let tokens = tokenize(name.trim());
    let toks = &tokens.toks;
    if toks.is_empty() {
        return None;
    }
    let d = dict();
    d.forms
        .iter()
        .find(|f| {
            f.rule != Rule::Described
                && f.toks.len() == toks.len()
                && f.toks
                    .iter()
                    .zip(toks)
                    .all(|(a, b)| a.kind == b.kind && a.fold == tokens.fold(b))
        })
        .map(|f| AGENCIES[f.agency].name)
        .or_else(|| {
            let folded: Vec<&str> = toks.iter().map(|t| tokens.fold(t)).collect();
            AGENCIES
                .iter()
                .find(|a| {
                    let t = tokenize(a.name);
                    t.toks.len() == folded.len()
                        && t.toks.iter().zip(&folded).all(|(x, y)| t.fold(x) == *y)
                })
                .map(|a| a.name)
        })
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A run of letters and digits.
    Word,
    /// Dotted initials, "A.F.P.": the fold holds the letters ("afp").
    Dotted,
    /// One other character; the fold holds it normalized.
    Punct,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
    /// The folded form is `Tokens::folds[fs..fe]`.
    fs: usize,
    fe: usize,
    /// Physical line.
    line: usize,
    /// Lines between blank lines: phrases may run across a single line
    /// break (hard-wrapped copy), not across a blank line.
    block: usize,
    space_before: bool,
    /// Part of a URL or an e-mail address.
    url: bool,
}

/// The tokens of a text, their folded forms side by side in one buffer (no
/// allocation per token).
struct Tokens {
    toks: Vec<Tok>,
    folds: String,
}

impl Tokens {
    fn fold(&self, t: &Tok) -> &str {
        &self.folds[t.fs..t.fe]
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_combining_mark(c)
    }
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether `c`, followed by the byte `next`, ends a line: "\r" does, but
/// not in "\r\n", where "\n" does.
fn ends_line(c: char, next: Option<&u8>) -> bool {
    (c == '\r' && next != Some(&b'\n')) || is_line_break(c)
}

/// Appends the folded `word` to `out`: lowercase, accents stripped (NFD).
/// Pure-ASCII words, nearly all of them, are just lowercased.
fn fold_word_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        let s = out.len();
        out.push_str(word);
        out[s..].make_ascii_lowercase();
    } else {
        out.extend(
            word.nfd()
                .filter(|c| !is_combining_mark(*c))
                .flat_map(char::to_lowercase),
        );
    }
}

fn norm_punct(c: char) -> char {
    match c {
        '’' | '‘' | '`' | '´' | 'ʼ' | '′' => '\'',
        '–' | '—' | '‒' | '―' | '‐' | '‑' | '−' | '⁃' => '-',
        '[' | '（' => '(',
        ']' | '）' => ')',
        '“' | '”' | '„' | '«' | '»' => '"',
        '：' => ':',
        _ => c,
    }
}

/// The char at byte `i` of `text` and its length, decoding only non-ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        (char::from(b), 1)
    } else {
        let c = text[i..].chars().next().unwrap_or_default();
        (c, c.len_utf8())
    }
}

/// The ASCII word chars: letters and digits.
const ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The end of the run of word chars from byte `i` of `text`.
#[inline(always)]
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        if ASCII_WORD[usize::from(bytes[i])] {
            i += 1;
            continue;
        }
        let (c, len) = char_at(text, i);
        if c.is_ascii() || !is_word_char(c) {
            break;
        }
        i += len;
    }
    i
}

fn tokenize(text: &str) -> Tokens {
    let bytes = text.as_bytes();
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 4);
    let mut folds = String::with_capacity(text.len());
    let (mut line, mut block) = (0, 0);
    let mut line_has_tok = false;
    let mut space = true;
    let mut i = 0;
    while i < bytes.len() {
        let (c, len) = char_at(text, i);
        let start = i;
        i += len;
        if ends_line(c, bytes.get(i)) {
            if !line_has_tok {
                block += 1;
            }
            line += 1;
            line_has_tok = false;
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let fs = folds.len();
        let kind = if is_word_char(c) {
            i = word_end(text, i);
            fold_word_into(&text[start..i], &mut folds);
            Kind::Word
        } else {
            folds.push(norm_punct(c));
            Kind::Punct
        };
        toks.push(Tok {
            start,
            end: i,
            kind,
            fs,
            fe: folds.len(),
            line,
            block,
            space_before: space,
            url: false,
        });
        line_has_tok = true;
        space = false;
    }
    let mut tokens = Tokens { toks, folds };
    merge_dotted(text, &mut tokens);
    mark_urls(text, &mut tokens.toks);
    tokens
}

fn single_letter(text: &str, t: &Tok) -> bool {
    // One char is at most four bytes.
    if t.kind != Kind::Word || t.end - t.start > 4 {
        return false;
    }
    let mut chars = text[t.start..t.end].chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

fn is_dot(tokens: &Tokens, t: &Tok) -> bool {
    t.kind == Kind::Punct && tokens.fold(t) == "."
}

/// "A.F.P.", "A. F. P.", "U.S" become one `Dotted` token, in place.
fn merge_dotted(text: &str, tokens: &mut Tokens) {
    let n = tokens.toks.len();
    // Tokens are read at `i..` and written at `w <= i`.
    let (mut i, mut w) = (0, 0);
    while i < n {
        if !single_letter(text, &tokens.toks[i]) {
            tokens.toks[w] = tokens.toks[i];
            i += 1;
            w += 1;
            continue;
        }
        let first = tokens.toks[i];
        let mut k = i;
        let letters = tokens.folds.len();
        let mut count = 0;
        let mut end = first.end;
        while let Some(&t) = tokens.toks.get(k) {
            if !single_letter(text, &t) || t.line != first.line {
                break;
            }
            let dot = tokens
                .toks
                .get(k + 1)
                .filter(|d| is_dot(tokens, d) && !d.space_before && d.line == t.line)
                .copied();
            if let Some(d) = dot {
                tokens.folds.extend_from_within(t.fs..t.fe);
                count += 1;
                end = d.end;
                k += 2;
                continue;
            }
            if k > i && !t.space_before {
                tokens.folds.extend_from_within(t.fs..t.fe);
                count += 1;
                end = t.end;
                k += 1;
            }
            break;
        }
        if count >= 2 {
            tokens.toks[w] = Tok {
                end,
                kind: Kind::Dotted,
                fs: letters,
                fe: tokens.folds.len(),
                ..first
            };
            i = k;
        } else {
            tokens.folds.truncate(letters);
            tokens.toks[w] = first;
            i += 1;
        }
        w += 1;
    }
    tokens.toks.truncate(w);
}

/// Marks the tokens of whitespace-separated chunks that are URLs or e-mail
/// addresses.
fn mark_urls(text: &str, toks: &mut [Tok]) {
    let mut s = 0;
    while s < toks.len() {
        let mut e = s + 1;
        while e < toks.len() && !toks[e].space_before {
            e += 1;
        }
        if is_url(&text.as_bytes()[toks[s].start..toks[e - 1].end]) {
            for t in &mut toks[s..e] {
                t.url = true;
            }
        }
        s = e;
    }
}

/// The chunk contains "://", "@" or "www." (in any case).
fn is_url(chunk: &[u8]) -> bool {
    (0..chunk.len()).any(|k| match chunk[k] {
        b'@' => true,
        b':' => chunk[k + 1..].starts_with(b"//"),
        b'w' | b'W' => chunk
            .get(k..k + 4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"www.")),
        _ => false,
    })
}

/// The only char of `s`, if it has one char.
fn single_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    chars.next().filter(|_| chars.next().is_none())
}

fn is_cap(raw: &str) -> bool {
    raw.chars().next().is_some_and(char::is_uppercase)
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

// ---------------------------------------------------------------------------
// Dictionary and cue phrases

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    Name,
    Acronym,
    Proper,
    Weak,
    Generic,
    Described,
}

struct FormTok {
    kind: Kind,
    fold: String,
    raw: String,
    upper: String,
}

struct Form {
    agency: usize,
    rule: Rule,
    toks: Vec<FormTok>,
}

/// Where a cue phrase before an agency may stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// In-text verb or preposition, articles may follow: "told (the)".
    Verb,
    /// Agency noun, the agency right after: "news agency".
    Noun,
    /// Role noun or other word an article must follow: "fotografo dell'",
    /// "wie die".
    Role,
    /// Tag phrase: "with inputs from".
    Tag,
    /// Short tag word, no article, at the start of a line or bracket or
    /// closing the line: "avec", "mit".
    Cond,
    /// Byline word at the start of a line, no article: "By".
    Lead,
    /// Source label at the start of a line: "Source:".
    Source,
}

type Seq = Vec<String>;

struct Dict {
    forms: Vec<Form>,
    by_first: FxHashMap<String, Vec<usize>>,
    /// What a block must hold to hold a mention or a "Reporting by" line.
    needs: Needs,
    articles: Vec<Seq>,
    before: Vec<(Seq, Cue)>,
    /// Indices into `before` by the last word of the cue, in order.
    before_by_last: FxHashMap<String, Vec<usize>>,
    after_verbs: Vec<Seq>,
    after_nouns: Vec<Seq>,
    byline_after: Vec<Seq>,
}

const ARTICLES: &[&str] = &[
    "the", "a", "an", "l'", "la", "le", "les", "el", "il", "lo", "die", "der", "dem", "den", "des",
    "de", "del", "della", "dell'", "all'", "alla", "al", "d'", "du",
];

const VERB_CUES: &[&str] = &[
    // English
    "told",
    "tells",
    "telling",
    "according to",
    "speaking to",
    "spoke to",
    "spoke with",
    "speaking with",
    "talking to",
    "talked to",
    "interview with",
    "interviews with",
    "statement to",
    "quoted by",
    "cited by",
    "reported by",
    "seen by",
    "reviewed by",
    "obtained by",
    "contacted by",
    "interviewed by",
    "confirmed to",
    "explained to",
    "provided to",
    "shared with",
    // French
    "selon",
    "d'après",
    "indiqué",
    "déclaré",
    "confié",
    "précisé",
    "affirmé",
    "assuré",
    "expliqué",
    "raconté",
    "rapporte",
    "rapporté",
    "annoncé",
    "confirmé",
    "souligné",
    "ajouté",
    "estimé",
    "témoigné",
    "dit",
    "appris",
    "interrogé par",
    "contacté par",
    "cité par",
    "joint par",
    "sollicité par",
    "auprès de",
    // German
    "laut",
    "berichtet",
    "berichtete",
    "berichten",
    "berichteten",
    "meldet",
    "meldete",
    "melden",
    "meldeten",
    "sagte",
    "sagt",
    "sagte er",
    "sagte sie",
    "erklärte",
    "erklärt",
    "gegenüber",
    "teilte",
    "bestätigte",
    "erfuhr",
    "nach Angaben",
    "nach Informationen",
    // Dutch
    "meldt",
    // Spanish
    "según",
    "informa",
    "informó",
    "dijo",
    "declaró",
    "explicó",
    "indicó",
    "aseguró",
    "afirmó",
    "precisó",
    "confirmó",
    "relató",
    "contó",
    "reporta",
    "reportó",
    "citado por",
    "consultado por",
    "consultada por",
    "dicho",
    "declarado",
    "explicado",
    "indicado",
    "asegurado",
    "informado",
    "confirmado",
    "señalado",
    "señaló",
    "afirmado",
    "precisado",
    "relatado",
    "contado",
    "manifestado",
    "manifestó",
    "agregó",
    "añadió",
    // Italian
    "secondo",
    "riferisce",
    "riferito",
    "riporta",
    "riportato",
    "scrive",
    "detto",
    "dichiarato",
    "spiegato",
    "raccontato",
    "confermato",
    "precisato",
    "apprende",
    "dice",
    "spiega",
    "racconta",
    "conferma",
    "citato da",
    "interpellato da",
];

const NOUN_CUES: &[&str] = &[
    "agency",
    "news agency",
    "press agency",
    "wire service",
    "news service",
    "newswire",
    "wire agency",
    "agencies",
    "news agencies",
    "Nachrichtenagentur",
    "Presseagentur",
    "Agentur",
    "agence",
    "agence de presse",
    "agencia",
    "agencia de noticias",
    "agenzia",
    "agenzia di stampa",
    "agenzie",
    "agences",
    "agencias",
];

/// People who work for an agency: "photographer of", "un fotografo dell'".
const ROLES: &[&str] = &[
    "photographer",
    "correspondent",
    "journalist",
    "reporter",
    "photographe",
    "journaliste",
    "correspondant",
    "correspondante",
    "envoyé spécial",
    "fotografo",
    "fotografa",
    "periodista",
    "corresponsal",
    "giornalista",
    "corrispondente",
    "inviato",
    "Korrespondent",
    "Korrespondentin",
    "Reporterin",
    "Fotograf",
];

/// Words that need an article before the agency: "wie die dpa" (not
/// "Agenturen wie dpa").
const ARTICLE_CUES: &[&str] = &["wie"];

const ROLE_PREPOSITIONS: &[&str] = &["of", "for", "from", "de", "di", "du", "del", "der", "des"];

const TAG_CUES: &[&str] = &[
    "with inputs from",
    "with input from",
    "inputs from",
    "input from",
    "with additional reporting from",
    "with additional reporting by",
    "additional reporting by",
    "with reporting from",
    "with reporting by",
    "with material from",
    "material from",
    "contains material from",
    "mit Material von",
    "mit Material",
    "Material von",
    "con información de",
    "con informaciones de",
    "con material de",
    "this report by",
];

const COND_CUES: &[&str] = &["avec", "mit", "con"];

const LEAD_CUES: &[&str] = &["by", "par", "por", "with"];

const SOURCE_CUES: &[&str] = &[
    "source:", "sources:", "source", "Quelle:", "Quellen:", "Quelle", "fuente:", "fuentes:",
    "fonte:", "fonti:",
];

const AFTER_VERBS: &[&str] = &[
    "reported",
    "reports",
    "has reported",
    "had reported",
    "first reported",
    "also reported",
    "earlier reported",
    "previously reported",
    "reported earlier",
    "was told",
    "were told",
    "has learned",
    "has learnt",
    "learned",
    "learnt",
    "understands",
    "berichtet",
    "berichtete",
    "berichten",
    "meldet",
    "meldete",
    "erfuhr",
    "zufolge",
    "informó",
    "informa",
    "meldt",
    "apprende",
    "rapporte",
    "a appris",
];

const AFTER_NOUNS: &[&str] = &[
    "news",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "photographer",
    "photographers",
    "journalist",
    "journalists",
    "videojournalist",
    "cameraman",
    "tally",
    "count",
    "calculation",
    "calculations",
    "analysis",
    "investigation",
    "poll",
    "survey",
    "witness",
    "witnesses",
    "report",
    "footage",
    "interview",
    "bureau chief",
    "bureau",
    "news agency",
    "agency",
    "-Korrespondent",
    "-Korrespondentin",
    "-Reporter",
    "-Reporterin",
    "-Fotograf",
    "-Informationen",
    "Korrespondent",
    "Korrespondentin",
];

/// Words that may follow an in-text "said"-less attribution span.
const AFTER_EXTRA: &[&str] = &["said", "says"];

/// Staff words of agency-first contributor lines and writers' titles:
/// "AP writer NAME contributed", "By NAME AP Business Writer".
const STAFF: &[&str] = &[
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "photographer",
    "photographers",
    "journalist",
    "journalists",
    "videojournalist",
    "videojournalists",
    "researcher",
    "researchers",
    "staff",
];

const BYLINE_AFTER: &[&str] = &[
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed to the report",
    "contributed to this",
    "contributed reporting",
    "contributed",
];

/// Words that may follow a short acronym after a cue word: "told AP Television".
const NEXT_OK: &[&str] = &[
    "news",
    "tv",
    "television",
    "radio",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const PHOTO_WORDS: &[&str] = &[
    "photo",
    "photos",
    "foto",
    "fotos",
    "photograph",
    "photographs",
    "picture",
    "pictures",
    "pic",
    "pics",
    "image",
    "images",
    "bild",
    "bilder",
    "imagen",
    "imagenes",
    "immagine",
    "immagini",
    "credit",
];

const PHOTO_AFTER: &[&str] = &[
    "photo",
    "photos",
    "foto",
    "fotos",
    "photograph",
    "photographs",
    "picture",
    "pictures",
    "images",
    "bild",
];

/// Between a photo word and the agency: "Photo by NAME / AFP".
const PHOTO_LINKS: &[&str] = &[
    ":", "/", "|", "-", ",", "'", "by", "credit", "courtesy", "of", "von", "par", "de", "via",
];

const POLL_WORDS: &[&str] = &["poll", "polls", "polling", "survey", "sondage", "umfrage"];

const SEPARATORS: &[&str] = &[
    ",", "/", "&", "+", "-", "and", "und", "et", "y", "e", "or", "oder", "ou", "o",
];

/// Lowercase words inside a person's name: "Hadi al-Ameri", "Ursula von der Leyen".
const NAME_LINKS: &[&str] = &[
    "and", "de", "da", "di", "del", "van", "von", "der", "al", "el", "bin", "ben", "le", "la",
    "du", "dos", "das", "y",
];

fn seq(s: &str) -> Seq {
    let tokens = tokenize(s);
    tokens
        .toks
        .iter()
        .map(|t| tokens.fold(t).to_string())
        .collect()
}

fn dict() -> &'static Dict {
    static DICT: OnceLock<Dict> = OnceLock::new();
    DICT.get_or_init(build_dict)
}

fn build_dict() -> Dict {
    let mut forms = Vec::new();
    for (agency, a) in AGENCIES.iter().enumerate() {
        let generic = a.name == GENERIC;
        let lists = [
            (a.names, if generic { Rule::Generic } else { Rule::Name }),
            (a.acronyms, Rule::Acronym),
            (a.proper, Rule::Proper),
            (a.weak, Rule::Weak),
            (a.described, Rule::Described),
        ];
        for (list, rule) in lists {
            for text in list {
                let tokens = tokenize(text);
                let toks = tokens
                    .toks
                    .iter()
                    .map(|t| {
                        let raw = text[t.start..t.end].to_string();
                        FormTok {
                            kind: t.kind,
                            fold: tokens.fold(t).to_string(),
                            upper: raw.to_uppercase(),
                            raw,
                        }
                    })
                    .collect();
                forms.push(Form { agency, rule, toks });
            }
        }
    }
    let mut by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, f) in forms.iter().enumerate() {
        by_first.entry(f.toks[0].fold.clone()).or_default().push(i);
    }
    for list in by_first.values_mut() {
        list.sort_by_key(|&i| std::cmp::Reverse(forms[i].toks.len()));
    }
    let mut before = Vec::new();
    let mut add = |list: &[&str], cue: Cue| {
        for s in list {
            before.push((seq(s), cue));
        }
    };
    add(VERB_CUES, Cue::Verb);
    add(NOUN_CUES, Cue::Noun);
    add(ROLES, Cue::Role);
    add(ARTICLE_CUES, Cue::Role);
    add(TAG_CUES, Cue::Tag);
    add(COND_CUES, Cue::Cond);
    add(LEAD_CUES, Cue::Lead);
    add(SOURCE_CUES, Cue::Source);
    for role in ROLES {
        for prep in ROLE_PREPOSITIONS {
            before.push((seq(&format!("{role} {prep}")), Cue::Verb));
        }
    }
    let mut before_by_last: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, (seq, _)) in before.iter().enumerate() {
        let last = seq.last().expect("cue phrases are not empty");
        before_by_last.entry(last.clone()).or_default().push(i);
    }
    let seqs = |list: &[&str]| list.iter().map(|s| seq(s)).collect::<Vec<_>>();
    let needs = Needs::new(&forms);
    Dict {
        needs,
        by_first,
        forms,
        articles: seqs(ARTICLES),
        before,
        before_by_last,
        after_verbs: seqs(AFTER_VERBS),
        after_nouns: seqs(AFTER_NOUNS),
        byline_after: seqs(BYLINE_AFTER),
    }
}

// ---------------------------------------------------------------------------
// Windows

/// What a block must hold to hold a mention of a form, or Reuters'
/// "Reporting by …; Editing by …" line: all the words of one pattern (the
/// words of a form, folded, in the form's case for names that are also
/// common words; "reporting", "by" and "editing"), or, for a form of dotted
/// initials only, a single letter followed by a dot that may start it.
#[derive(Default)]
struct Needs {
    /// The slot of each folded word.
    slots: FxHashMap<String, usize>,
    /// Per slot: the spellings its word must have (as written or in
    /// capitals, [`Rule::Proper`] and [`Rule::Weak`]), `None` for any case.
    spellings: Vec<Option<Vec<String>>>,
    /// Per slot: the patterns with its word.
    patterns: Vec<Vec<usize>>,
    /// Per pattern: the slots of its words.
    words: Vec<Vec<usize>>,
    /// A quick no for most words without a slot: a bit per hash of length,
    /// first and last byte of the slots' words.
    quick: [u64; 32],
    /// The folds of the forms of dotted initials only ("afp" of "A.F.P.").
    dotted: Vec<String>,
    /// A form has neither words nor dotted initials: every block may hold a
    /// mention (not so with [`AGENCIES`] as it is).
    scan_all: bool,
}

/// A folded word of a pattern and its spellings ([`Needs::spellings`]).
type Need = (String, Option<Vec<String>>);

impl Needs {
    fn new(forms: &[Form]) -> Self {
        let mut needs = Needs::default();
        for f in forms {
            let exact = matches!(f.rule, Rule::Proper | Rule::Weak);
            let words: Vec<Need> = f
                .toks
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .map(|t| {
                    let spellings = vec![t.raw.clone(), t.upper.clone()];
                    (t.fold.clone(), exact.then_some(spellings))
                })
                .collect();
            if !words.is_empty() {
                needs.add(words);
            } else if f.toks[0].kind == Kind::Dotted {
                needs.dotted.push(f.toks[0].fold.clone());
            } else {
                needs.scan_all = true;
            }
        }
        needs.add(["reporting", "by", "editing"].map(|w| (w.to_string(), None)));
        needs
    }

    fn add(&mut self, words: impl IntoIterator<Item = Need>) {
        let pattern = self.words.len();
        let mut slots = Vec::new();
        for (fold, spellings) in words {
            let s = match self.slots.get(&fold) {
                Some(&s) => {
                    match (&mut self.spellings[s], spellings) {
                        (Some(old), Some(new)) => old.extend(new),
                        (old, None) => *old = None,
                        (None, Some(_)) => {}
                    }
                    s
                }
                None => {
                    let s = self.spellings.len();
                    let b = quick_bit(fold.as_bytes());
                    self.quick[b / 64] |= 1 << (b % 64);
                    self.slots.insert(fold, s);
                    self.spellings.push(spellings);
                    self.patterns.push(Vec::new());
                    s
                }
            };
            if !self.patterns[s].contains(&pattern) {
                self.patterns[s].push(pattern);
            }
            slots.push(s);
        }
        self.words.push(slots);
    }

    /// False if no slot's word has the length, first and last byte of
    /// `fold` (ASCII letters in any case).
    fn may_have(&self, fold: &[u8]) -> bool {
        let b = quick_bit(fold);
        self.quick[b / 64] & (1 << (b % 64)) != 0
    }
}

/// A hash of length, first and last byte (ASCII letters in lowercase) of a
/// word, below 2048.
fn quick_bit(word: &[u8]) -> usize {
    let (first, last) = match word {
        [first, .., last] => (*first, *last),
        [one] => (*one, *one),
        [] => (0, 0),
    };
    let lower = |b: u8| usize::from(b.to_ascii_lowercase());
    (word.len() * 961 + lower(first) * 31 + lower(last)) % 2048
}

/// The stretches of `text` worth scanning, in text order: runs of adjacent
/// blocks (lines between blank lines) of which each holds what [`Needs`]
/// asks for. Each starts at the start of a line and ends after a line break
/// or at the end of the text; the other blocks hold no mention and no
/// "Reporting by" line. Lines and blocks are those of [`tokenize`].
fn windows(text: &str) -> Vec<Range<usize>> {
    let needs = &dict().needs;
    if needs.scan_all {
        return std::iter::once(0..text.len()).collect();
    }
    let bytes = text.as_bytes();
    let mut fold = String::new();
    // Per slot: the block (its start) where its word was seen last.
    let mut seen = vec![usize::MAX; needs.spellings.len()];
    // Whether the word, followed by a dot or not, in the block starting at
    // `block`, completes a pattern there.
    let mut completes = |word: &str, dot_after: bool, block: usize| {
        let initial = dot_after && single_char(word).is_some_and(char::is_alphabetic);
        // An ASCII word folds to its lowercase, with the same quick bit.
        if word.is_ascii() && !initial && !needs.may_have(word.as_bytes()) {
            return false;
        }
        fold.clear();
        fold_word_into(word, &mut fold);
        if initial && needs.dotted.iter().any(|f| f.starts_with(fold.as_str())) {
            return true;
        }
        let Some(&s) = needs.slots.get(fold.as_str()) else {
            return false;
        };
        if needs.spellings[s]
            .as_ref()
            .is_some_and(|sp| !sp.iter().any(|w| w == word))
        {
            return false;
        }
        seen[s] = block;
        needs.patterns[s]
            .iter()
            .any(|&p| needs.words[p].iter().all(|&t| seen[t] == block))
    };
    let mut out: Vec<Range<usize>> = Vec::new();
    // The last block read held a pattern: its window and the next one join.
    let mut joined = false;
    let mut close = |block: Option<(usize, bool)>, end: usize| {
        let Some((start, hit)) = block else { return };
        match out.last_mut() {
            Some(w) if hit && joined => w.end = end,
            _ if hit => out.push(start..end),
            _ => {}
        }
        joined = hit;
    };
    let mut line_start = 0;
    let mut line_has_tok = false;
    // The block being read: where its first line starts, whether it holds
    // a pattern.
    let mut block: Option<(usize, bool)> = None;
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let (c, len) = char_at(text, i);
        i += len;
        if is_word_char(c) {
            i = word_end(text, i);
            line_has_tok = true;
            let (block_start, hit) = block.get_or_insert((line_start, false));
            if !*hit {
                let dot_after = bytes.get(i) == Some(&b'.');
                *hit = completes(&text[start..i], dot_after, *block_start);
            }
        } else if ends_line(c, bytes.get(i)) {
            if !line_has_tok {
                close(block.take(), line_start);
            }
            line_start = i;
            line_has_tok = false;
        } else if !c.is_whitespace() {
            line_has_tok = true;
            block.get_or_insert((line_start, false));
        }
    }
    close(block, text.len());
    out
}

// ---------------------------------------------------------------------------
// Scanning

struct Mention {
    agency: usize,
    rule: Rule,
    /// First and last token (inclusive).
    a: usize,
    b: usize,
    /// Case as written or in capitals (always true but for acronyms).
    strict: bool,
    /// A description of the agency comes first: "French news agency AFP".
    desc: bool,
}

/// Mentions `ms` (indices into `Scan::mentions`) joined into one list,
/// spanning tokens `gs..=ge`.
struct Group {
    ms: std::ops::Range<usize>,
    gs: usize,
    ge: usize,
}

/// A credit pattern that matched a group: its kind and evidence tokens.
struct Found {
    kind: CreditKind,
    s: usize,
    e: usize,
    /// The agency stands in parentheses (any case allowed for acronyms).
    paren: bool,
    /// An agency noun preceded it ("l'agence Havas").
    noun: bool,
}

impl Found {
    fn new(kind: CreditKind, s: usize, e: usize) -> Self {
        Found {
            kind,
            s,
            e,
            paren: false,
            noun: false,
        }
    }
}

struct Scan<'a> {
    text: &'a str,
    d: &'static Dict,
    toks: Vec<Tok>,
    /// The folded forms of `toks` ([`Tokens::folds`]).
    folds: String,
    /// First and last token of each token's line.
    first: Vec<usize>,
    last: Vec<usize>,
    mentions: Vec<Mention>,
    mention_at: Vec<Option<usize>>,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Self {
        let Tokens { toks, folds } = tokenize(text);
        let n = toks.len();
        let (mut first, mut last) = (vec![0; n], vec![0; n]);
        let mut s = 0;
        while s < n {
            let mut e = s;
            while e + 1 < n && toks[e + 1].line == toks[s].line {
                e += 1;
            }
            first[s..=e].fill(s);
            last[s..=e].fill(e);
            s = e + 1;
        }
        let mut scan = Scan {
            text,
            d: dict(),
            toks,
            folds,
            first,
            last,
            mentions: Vec::new(),
            mention_at: vec![None; n],
        };
        scan.find_mentions();
        scan
    }

    /// The credits of the scanned text, their spans moved by `offset`.
    fn credits(&self, offset: usize, out: &mut Vec<Credit>) {
        let n = out.len();
        for group in self.groups() {
            self.credit_group(&group, out);
        }
        self.reporting_by(out);
        for c in &mut out[n..] {
            c.start += offset;
            c.end += offset;
        }
    }

    /// Whether a copyright mark "(c)" may run back before the first token:
    /// the text starts with ")" or "c )" (the rule does not stop at a blank
    /// line).
    fn looks_before_start(&self) -> bool {
        self.f(0) == ")" || (self.f(0) == "c" && self.f(1) == ")")
    }

    fn f(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| self.fold(t))
    }

    fn fold(&self, t: &Tok) -> &str {
        &self.folds[t.fs..t.fe]
    }

    fn is_dot(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && self.fold(t) == ".")
    }

    fn raw(&self, i: usize) -> &'a str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks[i].kind == Kind::Word
    }

    fn cap_word(&self, i: usize) -> bool {
        self.is_word(i) && is_cap(self.raw(i))
    }

    /// The token before `i` in the same block.
    fn prev(&self, i: usize) -> Option<usize> {
        let p = i.checked_sub(1)?;
        (self.toks[p].block == self.toks[i].block).then_some(p)
    }

    /// The token after `i` in the same block.
    fn next(&self, i: usize) -> Option<usize> {
        let n = i + 1;
        (n < self.toks.len() && self.toks[n].block == self.toks[i].block).then_some(n)
    }

    fn prev_is(&self, i: usize, s: &str) -> Option<usize> {
        self.prev(i).filter(|&p| self.f(p) == s)
    }

    fn next_is(&self, i: usize, s: &str) -> Option<usize> {
        self.next(i).filter(|&n| self.f(n) == s)
    }

    /// Where `seq` starts if it ends right before token `end`, in `block`.
    fn back(&self, end: usize, seq: &[String], block: usize) -> Option<usize> {
        let s = end.checked_sub(seq.len())?;
        let ok = seq.iter().enumerate().all(|(k, w)| {
            let t = &self.toks[s + k];
            t.block == block && self.fold(t) == w && !t.url
        });
        ok.then_some(s)
    }

    /// The last token of `seq` if it starts at token `start`, in `block`.
    fn fwd(&self, start: usize, seq: &[String], block: usize) -> Option<usize> {
        if seq.is_empty() || start + seq.len() > self.toks.len() {
            return None;
        }
        let ok = seq.iter().enumerate().all(|(k, w)| {
            let t = &self.toks[start + k];
            t.block == block && self.fold(t) == w
        });
        ok.then_some(start + seq.len() - 1)
    }

    /// The last token of the longest of `seqs` starting at `start`.
    fn fwd_any(&self, start: usize, seqs: &[Seq], block: usize) -> Option<usize> {
        seqs.iter().filter_map(|s| self.fwd(start, s, block)).max()
    }

    fn match_form(&self, i: usize, form: &Form) -> Option<bool> {
        let block = self.toks[i].block;
        let mut strict = true;
        for (k, ft) in form.toks.iter().enumerate() {
            let t = self.toks.get(i + k)?;
            if t.block != block || t.kind != ft.kind || self.fold(t) != ft.fold {
                return None;
            }
            if t.kind == Kind::Word {
                let raw = &self.text[t.start..t.end];
                let exact = raw == ft.raw || raw == ft.upper;
                match form.rule {
                    Rule::Acronym => strict &= exact,
                    Rule::Proper | Rule::Weak if !exact => return None,
                    _ => {}
                }
            }
        }
        Some(strict)
    }

    /// "afp.com", "news.afp": a word glued to a dot and another word.
    fn domain_like(&self, a: usize, b: usize) -> bool {
        let glued = |i: usize| self.toks.get(i).is_some_and(|t| !t.space_before);
        let after = self.is_dot(b + 1)
            && glued(b + 1)
            && glued(b + 2)
            && self.toks[b + 2].kind == Kind::Word;
        let before = a >= 2
            && self.is_dot(a - 1)
            && glued(a)
            && glued(a - 1)
            && self.toks[a - 2].kind == Kind::Word;
        after || before
    }

    fn find_mentions(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            let t = &self.toks[i];
            let mut best: Option<(usize, bool, usize)> = None;
            if t.kind != Kind::Punct && !t.url {
                for &fi in self.d.by_first.get(self.fold(t)).into_iter().flatten() {
                    let form = &self.d.forms[fi];
                    let len = form.toks.len();
                    if best.is_some_and(|(bl, bs, _)| bl > len || (bl == len && bs)) {
                        continue;
                    }
                    if let Some(strict) = self.match_form(i, form) {
                        best = Some((len, strict, fi));
                    }
                }
            }
            if let Some((len, strict, fi)) = best {
                let b = i + len - 1;
                if !self.toks[i..=b].iter().any(|t| t.url) && !self.domain_like(i, b) {
                    let form = &self.d.forms[fi];
                    // "the French news agency AFP": one mention, named.
                    let block = self.toks[i].block;
                    if let Some(m) = self.mentions.last_mut().filter(|m| {
                        m.rule == Rule::Described
                            && m.b + 1 == i
                            && m.agency == form.agency
                            && self.toks[m.b].block == block
                    }) {
                        m.rule = form.rule;
                        m.b = b;
                        m.strict = strict;
                        m.desc = true;
                        self.mention_at[i..=b].fill(Some(self.mentions.len() - 1));
                        i = b + 1;
                        continue;
                    }
                    self.mention_at[i..=b].fill(Some(self.mentions.len()));
                    self.mentions.push(Mention {
                        agency: form.agency,
                        rule: form.rule,
                        a: i,
                        b,
                        strict,
                        desc: false,
                    });
                    i = b + 1;
                    continue;
                }
            }
            i += 1;
        }
    }

    /// Adjacent mentions joined by one or two separators ("and", ",", "/").
    fn groups(&self) -> Vec<Group> {
        let mut groups: Vec<Group> = Vec::new();
        for (k, m) in self.mentions.iter().enumerate() {
            if let Some(g) = groups.last_mut() {
                let p = &self.mentions[k - 1];
                let gap = &self.toks[p.b + 1..m.a];
                let joins = (1..=2).contains(&gap.len())
                    && p.agency != m.agency
                    && self.toks[p.b].line == self.toks[m.a].line
                    && gap.iter().all(|t| SEPARATORS.contains(&self.fold(t)));
                if joins {
                    g.ms.end = k + 1;
                    g.ge = m.b;
                    continue;
                }
            }
            groups.push(Group {
                ms: k..k + 1,
                gs: m.a,
                ge: m.b,
            });
        }
        groups
    }

    fn credit_group(&self, g: &Group, out: &mut Vec<Credit>) {
        let ms = &self.mentions[g.ms.clone()];
        let found = if ms.iter().all(|m| m.rule == Rule::Described) {
            self.described(g)
        } else {
            self.photo(g)
                .or_else(|| self.copyright(g))
                .or_else(|| self.dateline(g))
                .or_else(|| self.byline(g))
                .or_else(|| self.paren_tag(g, ms))
                .or_else(|| self.in_text(g, ms))
        };
        let Some(found) = found else {
            return;
        };
        for m in ms {
            let agency = AGENCIES[m.agency].name;
            let allowed = match found.kind {
                CreditKind::InText => match m.rule {
                    Rule::Generic => false,
                    Rule::Weak => found.noun,
                    _ => true,
                },
                CreditKind::Photo | CreditKind::Copyright => {
                    !matches!(m.rule, Rule::Generic | Rule::Described)
                }
                CreditKind::Dateline | CreditKind::Byline => m.rule != Rule::Described,
            };
            if allowed && (m.strict || found.paren) {
                out.push(Credit {
                    agency: agency.to_string(),
                    kind: found.kind,
                    start: self.toks[found.s].start,
                    end: self.toks[found.e].end,
                });
            }
        }
    }

    // --- photo credits ------------------------------------------------------

    /// The parentheses around tokens `gs..=ge` on one line, at most `max`
    /// tokens away on each side.
    fn enclosing(&self, gs: usize, ge: usize, max: usize) -> Option<(usize, usize)> {
        let line = self.toks[gs].line;
        let mut open = None;
        let mut j = gs;
        for _ in 0..max {
            let Some(p) = j.checked_sub(1).filter(|&p| self.toks[p].line == line) else {
                break;
            };
            match self.f(p) {
                "(" => {
                    open = Some(p);
                    break;
                }
                ")" => return None,
                _ => j = p,
            }
        }
        let open = open?;
        let mut j = ge;
        for _ in 0..max {
            let n = j + 1;
            if n >= self.toks.len() || self.toks[n].line != line {
                return None;
            }
            match self.f(n) {
                ")" => return Some((open, n)),
                "(" => return None,
                _ => j = n,
            }
        }
        None
    }

    /// A person's name: capitalised words, initials, "-", "'", lowercase
    /// particles, not agencies; from token `i`, walking forward or back.
    /// Returns the name's last token in the walking direction.
    fn name_run(&self, i: usize, forward: bool) -> Option<usize> {
        let mut cur = Some(i);
        let mut end = None;
        let mut steps = 0;
        while let Some(k) = cur {
            steps += 1;
            if steps > 8 || self.mention_at[k].is_some() || self.toks[k].url {
                break;
            }
            let t = &self.toks[k];
            let name = match t.kind {
                Kind::Dotted => true,
                Kind::Word => self.cap_word(k),
                Kind::Punct => false,
            };
            let link = match t.kind {
                Kind::Punct => matches!(self.fold(t), "-" | "'"),
                Kind::Word => !name && NAME_LINKS.contains(&self.fold(t)),
                Kind::Dotted => false,
            };
            if name {
                end = Some(k);
            } else if !link {
                break;
            }
            cur = if forward { self.next(k) } else { self.prev(k) };
        }
        end
    }

    /// "REUTERS/Thaier Al-Sudani", "AHMAD AL-RUBAYE / AFP": the span
    /// (tokens) of agency and name around a slash.
    fn slash_name(&self, g: &Group) -> Option<(usize, usize)> {
        let poll_after = |k: usize| {
            (1..=3).any(|d| {
                self.toks.get(k + d).is_some_and(|t| {
                    t.block == self.toks[k].block && POLL_WORDS.contains(&self.fold(t))
                })
            })
        };
        if let Some(slash) = self.next_is(g.ge, "/") {
            if let Some(e) = self.next(slash).and_then(|n| self.name_run(n, true)) {
                if !poll_after(e) {
                    return Some((g.gs, e));
                }
            }
        }
        if let Some(slash) = self.prev_is(g.gs, "/") {
            if let Some(s) = self.prev(slash).and_then(|p| self.name_run(p, false)) {
                if !poll_after(g.ge) {
                    return Some((s, g.ge));
                }
            }
        }
        None
    }

    fn photo(&self, g: &Group) -> Option<Found> {
        let is_photo = |k: usize| PHOTO_WORDS.contains(&self.f(k)) || self.f(k) == "getty";
        if let Some((open, close)) = self.enclosing(g.gs, g.ge, 14) {
            if (open + 1..close).any(is_photo) || self.slash_name(g).is_some() {
                let mut f = Found::new(CreditKind::Photo, open, close);
                f.paren = true;
                return Some(f);
            }
        }
        // "AP Photo", "AFP photo/NAME", "dpa-Foto", "AFP via Getty Images".
        let after = self.next(g.ge).and_then(|n| {
            let n = if self.f(n) == "-" && !self.toks[n].space_before {
                self.next(n)?
            } else {
                n
            };
            if PHOTO_AFTER.contains(&self.f(n)) {
                return Some(n);
            }
            (self.f(n) == "via" && self.next_is(n, "getty").is_some()).then(|| {
                let getty = n + 1;
                self.next_is(getty, "images").unwrap_or(getty)
            })
        });
        if let Some(mut e) = after {
            if let Some(name) = self
                .next_is(e, "/")
                .and_then(|s| self.next(s))
                .and_then(|n| self.name_run(n, true))
            {
                e = name;
            }
            return Some(Found::new(CreditKind::Photo, g.gs, e));
        }
        // "Photo: Reuters", "Foto: Kay Nietfeld/dpa", "Photo by NAME/AFP".
        // The earliest photo word wins: "Photo credit: Getty Images/AFP".
        let mut j = g.gs;
        let mut word = None;
        for _ in 0..10 {
            let Some(p) = self.prev(j) else { break };
            if self.toks[p].line != self.toks[g.gs].line {
                break;
            }
            if PHOTO_WORDS.contains(&self.f(p)) {
                word = Some(p);
            } else {
                let link = PHOTO_LINKS.contains(&self.f(p))
                    || self.toks[p].kind == Kind::Dotted
                    || (self.cap_word(p) && self.mention_at[p].is_none());
                if !link {
                    break;
                }
            }
            j = p;
        }
        if let Some(p) = word {
            return Some(Found::new(CreditKind::Photo, p, self.via_getty(g.ge)));
        }
        self.slash_name(g)
            .map(|(s, e)| Found::new(CreditKind::Photo, s, self.via_getty(e)))
    }

    /// Extends past "via Getty Images".
    fn via_getty(&self, e: usize) -> usize {
        self.next_is(e, "via")
            .and_then(|v| self.next_is(v, "getty"))
            .map_or(e, |g| self.next_is(g, "images").unwrap_or(g))
    }

    // --- copyright ----------------------------------------------------------

    fn copyright(&self, g: &Group) -> Option<Found> {
        let mut j = g.gs;
        let mut mark = None;
        for _ in 0..8 {
            let Some(p) = self.prev(j) else { break };
            let f = self.f(p);
            if f == "©" || f == "copyright" || f == "copr" {
                mark = Some(p);
                j = p;
            } else if f == ")"
                && self.f(p.wrapping_sub(1)) == "c"
                && self.f(p.wrapping_sub(2)) == "("
                && p >= 2
            {
                mark = Some(p - 2);
                j = p - 2;
            } else if is_digits(f) || matches!(f, "-" | "," | ".") {
                j = p;
            } else {
                break;
            }
        }
        let s = mark?;
        let mut e = g.ge;
        let n = self.next_is(e, ",").unwrap_or(e);
        if let Some(y) = self.next(n).filter(|&y| is_digits(self.f(y))) {
            e = y;
            if let Some(y2) = self
                .next_is(e, "-")
                .and_then(|d| self.next(d))
                .filter(|&y2| is_digits(self.f(y2)))
            {
                e = y2;
            }
        }
        Some(Found::new(CreditKind::Copyright, s, e))
    }

    // --- datelines ----------------------------------------------------------

    /// The closing parenthesis after `ge`, past regional suffixes ("(dpa/lno)").
    fn paren_close(&self, ge: usize) -> Option<usize> {
        let mut k = self.next(ge)?;
        while self.f(k) == "/" {
            let w = self.next(k)?;
            let short = self.is_word(w)
                && self.mention_at[w].is_none()
                && !self.cap_word(w)
                && self.f(w).chars().count() <= 5;
            if !short {
                return None;
            }
            k = self.next(w)?;
        }
        (self.f(k) == ")").then_some(k)
    }

    fn dateline(&self, g: &Group) -> Option<Found> {
        let Some(open) = self.prev_is(g.gs, "(") else {
            return self.bare_dateline(g);
        };
        let close = self.paren_close(g.ge)?;
        let lf = self.first[open];
        if self.toks[close].line != self.toks[open].line {
            return None;
        }
        if open == lf {
            if close == self.last[close] {
                return None; // a tag line "(AFP)", not a dateline
            }
        } else if !self.place_and_date(lf, open) {
            return None;
        }
        let mut e = close;
        for _ in 0..3 {
            let Some(n) = self
                .next(e)
                .filter(|&n| self.toks[n].line == self.toks[e].line)
            else {
                break;
            };
            match self.f(n) {
                "-" | ":" | "|" => e = n,
                "." if self.next_is(n, "-").is_some() => e = n + 1,
                _ => break,
            }
        }
        let mut f = Found::new(CreditKind::Dateline, lf, e);
        f.paren = true;
        Some(f)
    }

    /// "SYDNEY, Jan 4 AAP -": a dateline without parentheses, the place in
    /// capitals and a dash after the agency.
    fn bare_dateline(&self, g: &Group) -> Option<Found> {
        let lf = self.first[g.gs];
        let caps = |k: usize| {
            let raw = self.raw(k);
            raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !raw.chars().any(char::is_lowercase)
        };
        let dash = self
            .next_is(g.ge, "-")
            .filter(|&d| self.toks[d].line == self.toks[g.ge].line)?;
        let ok = lf < g.gs
            && self.is_word(lf)
            && caps(lf)
            && self.place_and_date(lf, g.gs)
            && self.toks[lf..g.gs].iter().any(|t| self.fold(t) == ",");
        ok.then(|| Found::new(CreditKind::Dateline, lf, dash))
    }

    /// Tokens `s..e` read as a dateline's place and date: "LONDON, Jan 4",
    /// "MADRID, 4 ene", "Rio de Janeiro", "WASHINGTON, D.C.".
    fn place_and_date(&self, s: usize, e: usize) -> bool {
        if e - s > 14 {
            return false;
        }
        let first_ok = match self.toks[s].kind {
            Kind::Word => self.cap_word(s),
            Kind::Dotted => true,
            Kind::Punct => false,
        };
        if !first_ok {
            return false;
        }
        let mut date = false;
        let mut words = 0;
        for k in s..e {
            let t = &self.toks[k];
            if self.mention_at[k].is_some() || t.url {
                return false;
            }
            match t.kind {
                Kind::Word => {
                    words += 1;
                    if is_digits(self.fold(t)) {
                        date = true;
                    } else if !(self.cap_word(k) || date || self.fold(t).chars().count() <= 3) {
                        return false;
                    }
                }
                Kind::Dotted => words += 1,
                Kind::Punct => match self.fold(t) {
                    "," => date = true,
                    "." | "-" | "'" | "/" => {}
                    _ => return false,
                },
            }
        }
        words <= 9
    }

    // --- bylines and tag lines ----------------------------------------------

    /// The start of the longest cue of the given classes ending right before
    /// token `end` (with articles between where the class allows them), if
    /// `accept` takes it.
    fn cue_before(
        &self,
        end: usize,
        classes: &[Cue],
        accept: impl Fn(usize, Cue) -> bool,
    ) -> Option<(usize, Cue)> {
        let block = self.toks.get(end)?.block;
        let mut positions = vec![(end, 0)];
        let mut k = 0;
        while k < positions.len() {
            let (p, n) = positions[k];
            k += 1;
            if n == 2 {
                continue;
            }
            for a in &self.d.articles {
                if let Some(s) = self.back(p, a, block) {
                    positions.push((s, n + 1));
                }
            }
        }
        let mut best: Option<(usize, Cue)> = None;
        for &(p, n) in &positions {
            // Only the cues that end with the word before `p`, in order.
            let Some(last) = p.checked_sub(1) else {
                continue;
            };
            let cues = self.d.before_by_last.get(self.f(last));
            for (seq, cue) in cues.into_iter().flatten().map(|&c| &self.d.before[c]) {
                if !classes.contains(cue) {
                    continue;
                }
                let articles_ok = match cue {
                    Cue::Noun | Cue::Cond | Cue::Lead => n == 0,
                    Cue::Role => n >= 1,
                    _ => true,
                };
                if !articles_ok {
                    continue;
                }
                if let Some(s) = self.back(p, seq, block) {
                    if best.is_none_or(|(b, _)| s < b) && accept(s, *cue) {
                        best = Some((s, *cue));
                    }
                }
            }
        }
        best
    }

    /// At the start of a line, or right after "(", a dash or "|".
    fn at_open(&self, s: usize) -> bool {
        s == self.first[s]
            || self
                .prev(s)
                .is_some_and(|p| matches!(self.f(p), "(" | "-" | "|"))
    }

    /// Includes the brackets if `s..=e` is bracketed.
    fn wrap(&self, s: usize, e: usize) -> (usize, usize) {
        match (self.prev_is(s, "("), self.next_is(e, ")")) {
            (Some(o), Some(c)) => (o, c),
            _ => (s, e),
        }
    }

    fn byline(&self, g: &Group) -> Option<Found> {
        let ends_line = |e: usize| e == self.last[e];
        let classes = [Cue::Tag, Cue::Cond, Cue::Lead, Cue::Source];
        let cue = self.cue_before(g.gs, &classes, |s, cue| match cue {
            Cue::Cond => self.at_open(s) || ends_line(g.ge) || self.next_is(g.ge, ")").is_some(),
            Cue::Source => self.at_open(s),
            // "By AFP", "(With agency inputs)", not "By AFP's count".
            Cue::Lead => {
                self.at_open(s)
                    && (ends_line(g.ge)
                        || self
                            .next(g.ge)
                            .is_some_and(|n| matches!(self.f(n), ")" | "|" | "-" | "/" | "·")))
            }
            _ => true,
        });
        if let Some((s, _)) = cue {
            let (s, e) = self.wrap(s, g.ge);
            return Some(Found::new(CreditKind::Byline, s, e));
        }
        // "AFP contributed to this report."
        let block = self.toks[g.ge].block;
        if let Some(e) = self
            .next(g.ge)
            .and_then(|n| self.fwd_any(n, &self.d.byline_after, block))
        {
            let (s, e) = self.wrap(g.gs, e);
            return Some(Found::new(CreditKind::Byline, s, e));
        }
        if let Some(e) = self.contributors(g.ge) {
            let (s, e) = self.wrap(g.gs, e);
            return Some(Found::new(CreditKind::Byline, s, e));
        }
        if let Some((by, e)) = self.by_name(g.gs, g.ge) {
            return Some(Found::new(CreditKind::Byline, by, e));
        }
        let end_of_line = ends_line(g.ge)
            || self
                .next_is(g.ge, ".")
                .is_some_and(|d| ends_line(d) && self.toks[d].line == self.toks[g.ge].line);
        // "— AP" closing a line.
        if let Some(dash) = self.prev_is(g.gs, "-") {
            let spaced = self.toks[dash].space_before || dash == self.first[dash];
            if spaced && end_of_line && self.toks[dash].line == self.toks[g.gs].line {
                let s = self.prev_is(dash, "-").unwrap_or(dash);
                return Some(Found::new(CreditKind::Byline, s, g.ge));
            }
        }
        // The agency alone on its line: "AFP", "Agenturen".
        if g.gs == self.first[g.gs] && end_of_line {
            return Some(Found::new(CreditKind::Byline, g.gs, g.ge));
        }
        None
    }

    /// "Associated Press writer Thomas Roche contributed to this report",
    /// "AP writers Ann Lee and Bo Kim in Paris contributed": after the
    /// agency `ge`, a staff word (capitalised beat words before it), names
    /// and places, then "contributed …". The last token.
    fn contributors(&self, ge: usize) -> Option<usize> {
        let block = self.toks[ge].block;
        let mut k = self.next(ge)?;
        let mut beats = 0;
        while !STAFF.contains(&self.f(k)) {
            if beats == 2 || !self.cap_word(k) || self.mention_at[k].is_some() {
                return None;
            }
            beats += 1;
            k = self.next(k)?;
        }
        while STAFF.contains(&self.f(k)) {
            k = self.next(k)?;
        }
        for _ in 0..16 {
            if let Some(e) = self.fwd_any(k, &self.d.byline_after, block) {
                return Some(e);
            }
            let t = &self.toks[k];
            let ok = match t.kind {
                Kind::Dotted => true,
                Kind::Word if self.cap_word(k) => self.mention_at[k].is_none(),
                Kind::Word => {
                    matches!(self.fold(t), "in" | "from") || NAME_LINKS.contains(&self.fold(t))
                }
                // "J. Smith", "Ann Lee, Bo Kim".
                Kind::Punct => match self.fold(t) {
                    "." => self
                        .prev(k)
                        .is_some_and(|p| single_letter(self.text, &self.toks[p])),
                    f => matches!(f, "," | "-" | "'"),
                },
            };
            if !ok {
                return None;
            }
            k = self.next(k)?;
        }
        None
    }

    /// A writer's title after the agency `ge` on its line: "AP Business
    /// Writer", "Associated Press Writers". Its last token, or `ge`.
    fn writer_title(&self, ge: usize) -> usize {
        let line = self.toks[ge].line;
        let mut k = ge;
        for _ in 0..3 {
            let Some(n) = self.next(k).filter(|&n| self.toks[n].line == line) else {
                break;
            };
            if STAFF.contains(&self.f(n)) && self.cap_word(n) {
                return n;
            }
            if !self.cap_word(n) || self.mention_at[n].is_some() {
                break;
            }
            k = n;
        }
        ge
    }

    /// "By NAME, PA News", "By NAME and NAME | AFP", "By NAME for AFP", and
    /// without a separator, on a line of its own and with two name words at
    /// least: "By CLAIRE VANTIER Associated Press", "By NAME AP Business
    /// Writer". The "By" token and the last token (of the writer's title,
    /// if one follows).
    fn by_name(&self, gs: usize, ge: usize) -> Option<(usize, usize)> {
        let line = self.toks[gs].line;
        let mut j = gs;
        let mut sep = false;
        if let Some(p) = self.prev_is(j, "for") {
            j = p;
            sep = true;
        }
        if let Some(p) = self
            .prev(j)
            .filter(|&p| matches!(self.f(p), "," | "|" | "-"))
        {
            j = p;
            sep = true;
        }
        let e = self.writer_title(ge);
        let min_names = if sep { 1 } else { 2 };
        if !sep && e != self.last[e] {
            return None;
        }
        let mut names = 0;
        for _ in 0..14 {
            let p = self.prev(j).filter(|&p| self.toks[p].line == line)?;
            let t = &self.toks[p];
            if t.kind == Kind::Word && self.fold(t) == "by" {
                let start = p == self.first[p] || self.prev_is(p, "(").is_some();
                return (names >= min_names && start).then_some((p, e));
            }
            let ok = match t.kind {
                Kind::Dotted => {
                    names += 1;
                    true
                }
                Kind::Punct => matches!(self.fold(t), "-" | "'" | "." | "," | "&"),
                Kind::Word if self.cap_word(p) && self.mention_at[p].is_none() => {
                    names += 1;
                    true
                }
                Kind::Word => NAME_LINKS.contains(&self.fold(t)),
            };
            if !ok {
                return None;
            }
            j = p;
        }
        None
    }

    /// Reuters' "Reporting by NAME; Editing by NAME" closing a story.
    fn reporting_by(&self, out: &mut Vec<Credit>) {
        let n = self.toks.len();
        let mut f = 0;
        while f < n {
            let l = self.last[f];
            let mut start = None;
            let mut editing = None;
            for k in f..l {
                let pair = |a: &str| self.f(k) == a && self.f(k + 1) == "by";
                if start.is_none() && pair("reporting") {
                    let clause = k == f
                        || matches!(
                            self.f(k - 1),
                            "(" | ";" | "." | ")" | "additional" | "-" | "|"
                        );
                    if clause {
                        start = Some(k);
                    }
                } else if start.is_some() && pair("editing") {
                    editing = Some(k);
                    break;
                }
            }
            if let (Some(mut s), Some(e)) = (start, editing) {
                if s > f && self.f(s - 1) == "additional" {
                    s -= 1;
                }
                let open = s > f && self.f(s - 1) == "(";
                let end = if open {
                    s -= 1;
                    (e..=l).find(|&k| self.f(k) == ")").unwrap_or(l)
                } else {
                    l
                };
                out.push(Credit {
                    agency: "Reuters".to_string(),
                    kind: CreditKind::Byline,
                    start: self.toks[s].start,
                    end: self.toks[end].end,
                });
            }
            f = l + 1;
        }
    }

    // --- parenthesised tags -------------------------------------------------

    /// "(ats)", "(afp)", "(dpa/AFP)" closing a paragraph; "(ag.)".
    fn paren_tag(&self, g: &Group, ms: &[Mention]) -> Option<Found> {
        let open = self.prev_is(g.gs, "(")?;
        let close = self.paren_close(g.ge)?;
        let line = self.toks[close].line;
        if self.toks[open].line != line {
            return None;
        }
        let mut k = close;
        while k < self.last[close] {
            k += 1;
            if !matches!(self.f(k), "." | "," | ";" | "\"" | "'") {
                return None;
            }
        }
        // "Agence France-Presse (AFP)": the acronym spelled out, not a tag.
        if let Some(p) = self.prev(open).and_then(|p| self.mention_at[p]) {
            if ms.iter().any(|m| m.agency == self.mentions[p].agency) {
                return None;
            }
        }
        let alone = open == self.first[open];
        let generic = ms.iter().any(|m| m.rule == Rule::Generic);
        let kind = if alone || generic {
            CreditKind::Byline
        } else {
            CreditKind::InText
        };
        let mut f = Found::new(kind, open, close);
        f.paren = true;
        Some(f)
    }

    // --- in-text attribution ------------------------------------------------

    fn in_text(&self, g: &Group, ms: &[Mention]) -> Option<Found> {
        let block = self.toks[g.ge].block;
        let short = ms
            .iter()
            .any(|m| matches!(m.rule, Rule::Acronym | Rule::Proper));
        // "told AP Biology teachers": a short form followed by another name.
        let joined_to_name = short
            && self.next(g.ge).is_some_and(|n| {
                self.cap_word(n) && !NEXT_OK.contains(&self.f(n)) && self.mention_at[n].is_none()
            });
        // A description first is an agency noun: "French news agency AFP".
        let cue = if ms[0].desc {
            Some((g.gs, Cue::Noun))
        } else {
            self.cue_before(g.gs, &[Cue::Verb, Cue::Noun, Cue::Role], |_, _| true)
        };
        if let Some((mut s, cue)) = cue.filter(|_| !joined_to_name) {
            if cue == Cue::Noun {
                if let Some((s2, _)) = self.cue_before(s, &[Cue::Verb], |_, _| true) {
                    s = s2;
                }
            }
            let e = self.after_cue(g.ge, true).unwrap_or(g.ge);
            let mut f = Found::new(CreditKind::InText, s, e);
            f.noun = cue == Cue::Noun;
            return Some(f);
        }
        let e = self.after_cue(g.ge, false)?;
        // "Michael Bloomberg reported": a surname after a first name.
        let first_name = ms[0].rule == Rule::Proper
            && self
                .prev(g.gs)
                .is_some_and(|p| self.cap_word(p) && self.toks[p].line == self.toks[g.gs].line);
        if first_name || self.toks[e].block != block {
            return None;
        }
        Some(Found::new(CreditKind::InText, g.gs, e))
    }

    /// "told the French news agency", "the French news agency reported",
    /// "China's official news agency said": a description after "the" or in
    /// a possessive form, with a cue word before or an attribution verb
    /// after.
    fn described(&self, g: &Group) -> Option<Found> {
        let the = self.prev_is(g.gs, "the");
        if the.is_none() && !(g.gs..=g.ge).any(|k| self.f(k) == "'") {
            return None;
        }
        // "the Italian news agency AGI": it describes a name the dictionary
        // does not hold.
        let named = self.next(g.ge).is_some_and(|n| {
            self.toks[n].kind == Kind::Dotted || (self.cap_word(n) && !NEXT_OK.contains(&self.f(n)))
        });
        if named {
            return None;
        }
        if let Some((s, _)) = self.cue_before(g.gs, &[Cue::Verb], |_, _| true) {
            let e = self.after_cue(g.ge, true).unwrap_or(g.ge);
            return Some(Found::new(CreditKind::InText, s, e));
        }
        let block = self.toks[g.ge].block;
        let n = self.next(g.ge)?;
        let e = self
            .fwd_any(n, &self.d.after_verbs, block)
            .or_else(|| AFTER_EXTRA.contains(&self.f(n)).then_some(n))?;
        Some(Found::new(CreditKind::InText, the.unwrap_or(g.gs), e))
    }

    /// The last token of an attribution phrase after the agency ("reported",
    /// "'s correspondent"); with `extra`, also "said".
    fn after_cue(&self, ge: usize, extra: bool) -> Option<usize> {
        let block = self.toks[ge].block;
        let n = self.next(ge)?;
        let mut best = self.fwd_any(n, &self.d.after_verbs, block);
        let mut noun_at = vec![n];
        if self.f(n) == "'" {
            noun_at.push(n + 1);
            if self.f(n + 1) == "s" {
                noun_at.push(n + 2);
            }
        }
        for &p in &noun_at {
            if p < self.toks.len() {
                best = best.max(self.fwd_any(p, &self.d.after_nouns, block));
            }
        }
        if extra && best.is_none() && AFTER_EXTRA.contains(&self.f(n)) {
            best = Some(n);
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use CreditKind::*;

    /// Expected credits: (agency, kind, evidence).
    type Expected<'a> = &'a [(&'a str, CreditKind, &'a str)];

    /// `find(text)` gives exactly `expected` (agency, kind, evidence), in
    /// order, with spans on char boundaries.
    fn check(text: &str, expected: Expected) {
        let credits = find(text);
        for c in &credits {
            assert!(c.start < c.end && c.end <= text.len(), "{text}: {c:?}");
            assert!(
                text.is_char_boundary(c.start) && text.is_char_boundary(c.end),
                "{text}: {c:?}"
            );
        }
        let got: Vec<(&str, CreditKind, &str)> = credits
            .iter()
            .map(|c| (c.agency.as_str(), c.kind, &text[c.start..c.end]))
            .collect();
        assert_eq!(got, expected, "\n text: {text}");
    }

    /// Texts and the credits found in them.
    fn table() -> &'static [(&'static str, Expected<'static>)] {
        &[
            // --- datelines
            (
                "BAGHDAD (AFP) – A drone strike killed a commander.",
                &[("AFP", Dateline, "BAGHDAD (AFP) –")],
            ),
            (
                "LONDON, Jan 4 (Reuters) - Britain's economy grew.",
                &[("Reuters", Dateline, "LONDON, Jan 4 (Reuters) -")],
            ),
            (
                "PARIS (AP) — French police said.",
                &[("AP", Dateline, "PARIS (AP) —")],
            ),
            (
                "BERLIN (dpa) - Die Regierung hat beschlossen.",
                &[("dpa", Dateline, "BERLIN (dpa) -")],
            ),
            (
                "MADRID, 4 ene (EFE).- El Gobierno aprobó el decreto.",
                &[("EFE", Dateline, "MADRID, 4 ene (EFE).-")],
            ),
            (
                "ROMA, 4 GEN (ANSA) - Il governo ha approvato.",
                &[("ANSA", Dateline, "ROMA, 4 GEN (ANSA) -")],
            ),
            (
                "Genf (sda) Der Bundesrat hat entschieden.",
                &[("ATS", Dateline, "Genf (sda)")],
            ),
            (
                "BEIJING, Jan. 4 (Xinhua) -- China's exports rose.",
                &[("Xinhua", Dateline, "BEIJING, Jan. 4 (Xinhua) --")],
            ),
            (
                "Headline of the story\nRio de Janeiro, 4 janv. (AFP) - Le Brésil a annoncé.",
                &[("AFP", Dateline, "Rio de Janeiro, 4 janv. (AFP) -")],
            ),
            (
                "Hamburg (dpa/lno) - Im Hafen brannte ein Schiff.",
                &[("dpa", Dateline, "Hamburg (dpa/lno) -")],
            ),
            (
                "NEW DELHI, Jan 4 (PTI) The government said.",
                &[("PTI", Dateline, "NEW DELHI, Jan 4 (PTI)")],
            ),
            (
                "(Reuters) - Shares fell on Monday.",
                &[("Reuters", Dateline, "(Reuters) -")],
            ),
            // --- OCR'd and historical forms
            (
                "PARIS, Jan. 4 (A.F.P.) — The Cabinet resigned.",
                &[("AFP", Dateline, "PARIS, Jan. 4 (A.F.P.) —")],
            ),
            (
                "WASHINGTON, Jan. 4 (U.P.) — The Senate voted.",
                &[("United Press", Dateline, "WASHINGTON, Jan. 4 (U.P.) —")],
            ),
            (
                "LONDON, Jan. 4 (Reuter) — The Cabinet met.",
                &[("Reuters", Dateline, "LONDON, Jan. 4 (Reuter) —")],
            ),
            (
                "The bill passed the House tonight. (A.P.)",
                &[("AP", InText, "(A.P.)")],
            ),
            (
                "ROME, Jan. 4 (Stefani) — The Duce spoke.",
                &[("Stefani", Dateline, "ROME, Jan. 4 (Stefani) —")],
            ),
            (
                "According to Reuter's correspondent, the city fell.",
                &[("Reuters", InText, "According to Reuter's correspondent")],
            ),
            (
                "Die Meldung wurde von Wolffs Telegraphisches Bureau verbreitet (WTB).",
                &[("Wolff", InText, "(WTB)")],
            ),
            (
                "Le ministre, selon l'agence Havas, a démissionné.",
                &[("Havas", InText, "selon l'agence Havas")],
            ),
            // --- copyright
            ("© 2024 AFP", &[("AFP", Copyright, "© 2024 AFP")]),
            (
                "Copyright 2024 The Associated Press. All rights reserved.",
                &[("AP", Copyright, "Copyright 2024 The Associated Press")],
            ),
            (
                "(c) Reuters 2024",
                &[("Reuters", Copyright, "(c) Reuters 2024")],
            ),
            (
                "© dpa-infocom, dpa:240104-99",
                &[("dpa", Copyright, "© dpa-infocom")],
            ),
            (
                "Copyright © 2024 Thomson Reuters",
                &[("Reuters", Copyright, "Copyright © 2024 Thomson Reuters")],
            ),
            // --- in-text, English
            (
                "A security official told Reuters the strike hit a depot.",
                &[("Reuters", InText, "told Reuters")],
            ),
            (
                "\"We are ready,\" he told The Associated Press.",
                &[("AP", InText, "told The Associated Press")],
            ),
            (
                "The news agency AFP said two people died.",
                &[("AFP", InText, "news agency AFP said")],
            ),
            (
                "Smoke rose over the city, according to an AFP photographer.",
                &[("AFP", InText, "according to an AFP photographer")],
            ),
            (
                "Five people were killed, AFP reported.",
                &[("AFP", InText, "AFP reported")],
            ),
            (
                "Shots were heard, an AFP correspondent said.",
                &[("AFP", InText, "AFP correspondent")],
            ),
            (
                "Reuters reported on Monday that talks had stalled.",
                &[("Reuters", InText, "Reuters reported")],
            ),
            (
                "The deal was signed, the Associated Press reported.",
                &[("AP", InText, "the Associated Press reported")],
            ),
            (
                "The company told Bloomberg it would expand.",
                &[("Bloomberg", InText, "told Bloomberg")],
            ),
            (
                "Bloomberg reported the talks earlier.",
                &[("Bloomberg", InText, "Bloomberg reported")],
            ),
            (
                "Bloomberg News first disclosed the plan.",
                &[("Bloomberg", InText, "Bloomberg News")],
            ),
            (
                "The figures come from a Reuters tally of official data.",
                &[("Reuters", InText, "Reuters tally")],
            ),
            (
                "Officials told the PA news agency the road was closed.",
                &[("PA", InText, "told the PA news agency")],
            ),
            (
                "The official Xinhua news agency said the plant reopened.",
                &[("Xinhua", InText, "Xinhua news agency")],
            ),
            (
                "He told Reuters and AFP that the talks had failed.",
                &[
                    ("Reuters", InText, "told Reuters and AFP"),
                    ("AFP", InText, "told Reuters and AFP"),
                ],
            ),
            // --- in-text, French, German, Spanish, Italian
            (
                "Dix personnes ont été tuées, selon l'AFP.",
                &[("AFP", InText, "selon l'AFP")],
            ),
            (
                "Le bilan est lourd, a indiqué l’AFP.",
                &[("AFP", InText, "indiqué l’AFP")],
            ),
            (
                "Un responsable a déclaré à l'AFP que le calme était revenu.",
                &[("AFP", InText, "déclaré à l'AFP")],
            ),
            (
                "Le Conseil fédéral a pris sa décision mardi. (ats)",
                &[("ATS", InText, "(ats)")],
            ),
            (
                "Les combats ont repris dans la nuit. (afp)",
                &[("AFP", InText, "(afp)")],
            ),
            (
                "Das Schiff sank, berichtet dpa.",
                &[("dpa", InText, "berichtet dpa")],
            ),
            (
                "Laut Reuters stieg der Ölpreis.",
                &[("Reuters", InText, "Laut Reuters")],
            ),
            (
                "Das meldete die Nachrichtenagentur dpa am Abend.",
                &[("dpa", InText, "meldete die Nachrichtenagentur dpa")],
            ),
            (
                "Ein Sprecher sagte der Deutschen Presse-Agentur, man prüfe das.",
                &[("dpa", InText, "sagte der Deutschen Presse-Agentur")],
            ),
            (
                "Hubo tres heridos, según EFE.",
                &[("EFE", InText, "según EFE")],
            ),
            (
                "El ministro dimitió, informa EFE.",
                &[("EFE", InText, "informa EFE")],
            ),
            (
                "Il portavoce ha detto all'ANSA che non ci sono feriti.",
                &[("ANSA", InText, "detto all'ANSA")],
            ),
            (
                "Secondo l'ANSA il vertice è stato rinviato.",
                &[("ANSA", InText, "Secondo l'ANSA")],
            ),
            (
                "Il treno è deragliato, riferisce l'ANSA.",
                &[("ANSA", InText, "riferisce l'ANSA")],
            ),
            (
                "La policía dijo a EFE que hubo dos detenidos.",
                &[("EFE", InText, "dijo a EFE")],
            ),
            // --- bylines and tag lines
            (
                "The talks ended without a deal.\nWith inputs from agencies",
                &[("agencies", Byline, "With inputs from agencies")],
            ),
            (
                "The talks ended without a deal. (With inputs from Reuters)",
                &[("Reuters", Byline, "(With inputs from Reuters)")],
            ),
            (
                "The talks ended.\n(Reporting by Timour Azhari; Editing by Alex Richardson)",
                &[(
                    "Reuters",
                    Byline,
                    "(Reporting by Timour Azhari; Editing by Alex Richardson)",
                )],
            ),
            (
                "Reporting by Ahmed Rasheed in Baghdad; Editing by William Maclean",
                &[(
                    "Reuters",
                    Byline,
                    "Reporting by Ahmed Rasheed in Baghdad; Editing by William Maclean",
                )],
            ),
            (
                "The storm hit the coast on Sunday. — AP",
                &[("AP", Byline, "— AP")],
            ),
            (
                "By Jane Smith, PA News\nThe minister resigned.",
                &[("PA", Byline, "By Jane Smith, PA News")],
            ),
            (
                "By Qassim Abdul-Zahra, Associated Press\nBAGHDAD (AP) — A strike killed two.",
                &[
                    ("AP", Byline, "By Qassim Abdul-Zahra, Associated Press"),
                    ("AP", Dateline, "BAGHDAD (AP) —"),
                ],
            ),
            (
                "Die Regierung trat zurück.\nMit Material von dpa",
                &[("dpa", Byline, "Mit Material von dpa")],
            ),
            (
                "Le gouvernement a démissionné.\navec AFP",
                &[("AFP", Byline, "avec AFP")],
            ),
            (
                "Le gouvernement a démissionné. (avec AFP)",
                &[("AFP", Byline, "(avec AFP)")],
            ),
            (
                "Agence France-Presse contributed to this report.",
                &[(
                    "AFP",
                    Byline,
                    "Agence France-Presse contributed to this report",
                )],
            ),
            (
                "Times of Israel staff and agencies contributed to this report.",
                &[("agencies", Byline, "agencies contributed to this report")],
            ),
            (
                "Il vertice è stato rinviato. (ag.)",
                &[("agencies", Byline, "(ag.)")],
            ),
            (
                "Die Gespräche scheiterten.\nAgenturen",
                &[("agencies", Byline, "Agenturen")],
            ),
            (
                "The talks ended.\nSource: Reuters",
                &[("Reuters", Byline, "Source: Reuters")],
            ),
            ("By AFP\nThe talks ended.", &[("AFP", Byline, "By AFP")]),
            (
                "Die Gespräche scheiterten. (dpa/AFP)",
                &[("dpa", InText, "(dpa/AFP)"), ("AFP", InText, "(dpa/AFP)")],
            ),
            // --- photo credits
            (
                "Ambulances line up in Baghdad, Iraq, January 4, 2024. (AP Photo/Hadi Mizban)",
                &[("AP", Photo, "(AP Photo/Hadi Mizban)")],
            ),
            (
                "Fighters lift flags during a funeral. (AHMAD AL-RUBAYE / AFP)",
                &[("AFP", Photo, "(AHMAD AL-RUBAYE / AFP)")],
            ),
            ("Photo: Reuters", &[("Reuters", Photo, "Photo: Reuters")]),
            (
                "The port of Basra. Photo: AFP",
                &[("AFP", Photo, "Photo: AFP")],
            ),
            (
                "Smoke rises over the city. REUTERS/Thaier Al-Sudani",
                &[("Reuters", Photo, "REUTERS/Thaier Al-Sudani")],
            ),
            (
                "Mourners gather. (Photo by AHMAD AL-RUBAYE/AFP via Getty Images)",
                &[(
                    "AFP",
                    Photo,
                    "(Photo by AHMAD AL-RUBAYE/AFP via Getty Images)",
                )],
            ),
            (
                "Der Bundestag in Berlin. Foto: dpa",
                &[("dpa", Photo, "Foto: dpa")],
            ),
            (
                "Der Bundestag. Foto: Kay Nietfeld/dpa",
                &[("dpa", Photo, "Foto: Kay Nietfeld/dpa")],
            ),
            // --- several credits in one article
            (
                "BAGHDAD (AFP) – A drone struck, officials told Reuters.\n© 2024 AFP",
                &[
                    ("AFP", Dateline, "BAGHDAD (AFP) –"),
                    ("Reuters", InText, "told Reuters"),
                    ("AFP", Copyright, "© 2024 AFP"),
                ],
            ),
            // --- negatives
            ("Apple shares rose two percent on Tuesday.", &[]),
            ("Residents of Reutersville said the road flooded.", &[]),
            ("An announcement came over the PA system.", &[]),
            ("There was a PA announcement before the match.", &[]),
            (
                "Read the full story at https://www.afp.com/en/news/123",
                &[],
            ),
            ("Write to desk@afp.com for corrections.", &[]),
            ("See afp.com for the agency's terms.", &[]),
            (
                "Shares of CP Rail fell after the CP violation was reported.",
                &[],
            ),
            ("She passed her AP exams and teaches AP Biology.", &[]),
            ("Teachers told AP Biology students to stay home.", &[]),
            ("Ansaldo and GIANSANTI are not ANSAs.", &[]),
            ("In India you can pay by UPI at most shops.", &[]),
            ("Die Updates kamen spät, sagte Gedpa.", &[]),
            ("Michael Bloomberg said on Tuesday he would donate.", &[]),
            ("Michael Bloomberg reported a gain on his holdings.", &[]),
            ("Times of Israel staff contributed to this report.", &[]),
            (
                "Le suspect a été interpellé, a-t-on appris de source policière.",
                &[],
            ),
            ("UN agencies said aid was blocked at the border.", &[]),
            (
                "Reuters is one of the oldest news agencies in the world.",
                &[],
            ),
            ("Havas, the advertising group, reported higher sales.", &[]),
            ("Gwen Stefani and Wolff performed on stage.", &[]),
            (
                "The Popular Mobilization Force (PMF) said a commander died.",
                &[],
            ),
            ("They walked up the hill and then UP again.", &[]),
            ("The afp and the pa were mentioned in lowercase.", &[]),
            ("A Reuters/Ipsos poll showed support rising.", &[]),
            ("He signed a deal with AFP.", &[]),
            ("Agenturen wie dpa und AFP verbreiteten die Meldung.", &[]),
            ("Paul Julius Reuter reported from Aachen.", &[]),
            ("Mr. Reuter said he was pleased.", &[]),
            (
                "The Reuters Institute for the Study of Journalism said.",
                &[],
            ),
            (
                "Bloomberg Philanthropies said. Mayor Bloomberg told reporters.",
                &[],
            ),
            // --- more positives
            (
                "SYDNEY, Jan 4 AAP - Police say a man was arrested.",
                &[("AAP", Dateline, "SYDNEY, Jan 4 AAP -")],
            ),
            (
                "TOKYO, Jan 4 (Kyodo) -- Japan said. South Korea's Yonhap news agency said.",
                &[
                    ("Kyodo", Dateline, "TOKYO, Jan 4 (Kyodo) --"),
                    ("Yonhap", InText, "Yonhap news agency"),
                ],
            ),
            (
                "Tass reported the talks. The Kremlin told ITAR-TASS.",
                &[
                    ("TASS", InText, "Tass reported"),
                    ("TASS", InText, "told ITAR-TASS"),
                ],
            ),
            (
                "By AFP's count, at least 40 people died.",
                &[("AFP", InText, "AFP's count")],
            ),
            (
                "NEW DELHI: The government said on Monday. (With agency inputs)",
                &[("agencies", Byline, "(With agency inputs)")],
            ),
            (
                "This report by The Canadian Press was first published Jan. 4, 2024.",
                &[("CP", Byline, "This report by The Canadian Press")],
            ),
            (
                "©2024 Bloomberg L.P.",
                &[("Bloomberg", Copyright, "©2024 Bloomberg")],
            ),
            (
                "Wie die dpa aus Koalitionskreisen erfuhr, ist der Streit beigelegt.",
                &[("dpa", InText, "Wie die dpa")],
            ),
            (
                "Fuentes del Ministerio han confirmado a EFE la noticia.",
                &[("EFE", InText, "confirmado a EFE")],
            ),
            (
                "Story continues below. Photo credit: Getty Images/AFP",
                &[("AFP", Photo, "Photo credit: Getty Images/AFP")],
            ),
            (
                "A file photo shows fighters in Baghdad. AFP/File",
                &[("AFP", Photo, "AFP/File")],
            ),
            (
                "Police said the suspect fled. (AP)\n(AFP)",
                &[("AP", InText, "(AP)"), ("AFP", Byline, "(AFP)")],
            ),
            // --- bylines without a comma, agency-first contributor lines
            (
                "By CLAIRE VANTIER Associated Press\n\nPARIS (AP) — The roof gave way.",
                &[
                    ("AP", Byline, "By CLAIRE VANTIER Associated Press"),
                    ("AP", Dateline, "PARIS (AP) —"),
                ],
            ),
            (
                "By Jane Doe Associated Press Writer\nThe minister resigned.",
                &[("AP", Byline, "By Jane Doe Associated Press Writer")],
            ),
            (
                "By JOHN SMITH AP Business Writer\nShares fell.",
                &[("AP", Byline, "By JOHN SMITH AP Business Writer")],
            ),
            (
                "By Jane Doe, AP Medical Writer\nThe trial ended.",
                &[("AP", Byline, "By Jane Doe, AP Medical Writer")],
            ),
            (
                "The market reopened.\n\nAssociated Press writer Thomas Roche contributed to this report.",
                &[(
                    "AP",
                    Byline,
                    "Associated Press writer Thomas Roche contributed to this report",
                )],
            ),
            (
                "AP writers Ann Lee and Bo Kim in Paris contributed.",
                &[(
                    "AP",
                    Byline,
                    "AP writers Ann Lee and Bo Kim in Paris contributed",
                )],
            ),
            (
                "Reuters reporter Ian Bell contributed reporting.",
                &[(
                    "Reuters",
                    Byline,
                    "Reuters reporter Ian Bell contributed reporting",
                )],
            ),
            ("By Associated Press standards the story was old.", &[]),
            ("By Monday Reuters\nhad the story.", &[]),
            ("By JOHN SMITH AP exams were moved.", &[]),
            (
                "Reuters reporter Ian Bell said the delay contributed to the losses.",
                &[("Reuters", InText, "Reuters reporter")],
            ),
            // --- agencies described, not named
            (
                "\"We were lying on the windows,\" a nurse told the French news agency.",
                &[("AFP", InText, "told the French news agency")],
            ),
            (
                "Two people died, the French news agency reported.",
                &[("AFP", InText, "the French news agency reported")],
            ),
            (
                "Ten people were hurt, according to the French press agency.",
                &[("AFP", InText, "according to the French press agency")],
            ),
            (
                "The German Press Agency said the talks had failed.",
                &[("dpa", InText, "The German Press Agency said")],
            ),
            (
                "A spokesman told the Italian news agency the train was late.",
                &[("ANSA", InText, "told the Italian news agency")],
            ),
            (
                "The Spanish news agency reported two arrests.",
                &[("EFE", InText, "The Spanish news agency reported")],
            ),
            (
                "China's official news agency said the plant reopened.",
                &[("Xinhua", InText, "China's official news agency said")],
            ),
            (
                "The mine flooded, the Chinese state news agency reported.",
                &[("Xinhua", InText, "the Chinese state news agency reported")],
            ),
            (
                "The launch failed, the South Korean news agency said.",
                &[("Yonhap", InText, "the South Korean news agency said")],
            ),
            (
                "The minister told the French news agency AFP that talks had failed.",
                &[("AFP", InText, "told the French news agency AFP")],
            ),
            (
                "The French news agency AFP said two people died.",
                &[("AFP", InText, "French news agency AFP said")],
            ),
            ("A French news agency strike delayed the bulletins.", &[]),
            ("Jobs in the French news agency sector are at risk.", &[]),
            ("She told the French news on Monday.", &[]),
            ("He told a French news agency that he was innocent.", &[]),
            ("The French news agency was founded in 1835.", &[]),
            ("(French news agency)", &[]),
            ("The Italian news agency AGI reported the crash.", &[]),
            ("She told the Spanish news agency Europa Press.", &[]),
            // Descriptions of more than one agency.
            ("Officials told the US news agency the plane landed.", &[]),
            ("The British news agency said the figures were wrong.", &[]),
            ("The Russian state news agency reported the strike.", &[]),
            ("The Japanese news agency reported the quake.", &[]),
        ]
    }

    #[test]
    fn credit_table() {
        let table = table();
        assert!(table.len() >= 60, "{} rows", table.len());
        for (text, expected) in table {
            check(text, expected);
        }
    }

    #[test]
    fn spans_index_the_text_as_given() {
        let text = "Ça va. «Nous sommes prêts», a déclaré à l’AFP le ministre.\n© 2024 AFP";
        for c in find(text) {
            assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        }
        check(
            text,
            &[
                ("AFP", InText, "déclaré à l’AFP"),
                ("AFP", Copyright, "© 2024 AFP"),
            ],
        );
    }

    #[test]
    fn hard_wrapped_phrases_run_across_a_line_break() {
        check(
            "The minister resigned on Monday, a senior official told\nReuters on condition of anonymity.",
            &[("Reuters", InText, "told\nReuters")],
        );
        // Not across a blank line.
        check("The minister told\n\nReuters Breakingviews says", &[]);
    }

    #[test]
    fn canonical_names() {
        assert_eq!(canonical("Agence France-Presse"), Some("AFP"));
        assert_eq!(canonical("Agence France Presse"), Some("AFP"));
        assert_eq!(canonical("A.F.P."), Some("AFP"));
        assert_eq!(canonical("Thomson Reuters"), Some("Reuters"));
        assert_eq!(canonical("Reuter"), Some("Reuters"));
        assert_eq!(canonical("The Associated Press"), Some("AP"));
        assert_eq!(canonical("Deutsche Presse-Agentur"), Some("dpa"));
        assert_eq!(canonical("Keystone-ATS"), Some("ATS"));
        assert_eq!(canonical("ITAR-TASS"), Some("TASS"));
        assert_eq!(canonical("Press Trust of India"), Some("PTI"));
        assert_eq!(canonical("Deutsches Nachrichtenbüro"), Some("DNB"));
        assert_eq!(canonical("U.P."), Some("United Press"));
        assert_eq!(canonical("Extel"), Some("Exchange Telegraph"));
        assert_eq!(canonical("wire services"), Some(GENERIC));
        assert_eq!(canonical(""), None);
        assert_eq!(canonical("Apple"), None);
        for a in AGENCIES {
            assert_eq!(canonical(a.name), Some(a.name), "{}", a.name);
            for form in a
                .names
                .iter()
                .chain(a.acronyms)
                .chain(a.proper)
                .chain(a.weak)
            {
                assert_eq!(canonical(form), Some(a.name), "{form}");
            }
            for form in a.described {
                assert_eq!(canonical(form), None, "{form}");
            }
        }
    }

    #[test]
    fn kinds_serialize_in_kebab_case() {
        let c = Credit {
            agency: "AFP".into(),
            kind: InText,
            start: 0,
            end: 3,
        };
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(
            json,
            r#"{"agency":"AFP","kind":"in-text","start":0,"end":3}"#
        );
        assert_eq!(serde_json::from_str::<Credit>(&json).unwrap(), c);
        let kinds: Vec<String> = [Dateline, Copyright, InText, Byline, Photo]
            .iter()
            .map(|k| serde_json::to_string(k).unwrap())
            .collect();
        assert_eq!(
            kinds,
            [
                r#""dateline""#,
                r#""copyright""#,
                r#""in-text""#,
                r#""byline""#,
                r#""photo""#
            ]
        );
    }

    #[test]
    fn odd_text_never_panics_and_spans_stay_on_char_boundaries() {
        let pieces = [
            "AFP",
            "(",
            ")",
            "A.",
            "F",
            ".",
            "P.",
            " ",
            "\n",
            "\n\n",
            "é",
            "’",
            "—",
            "-",
            "/",
            "©",
            "told",
            "Reuters",
            "By",
            ",",
            "Photo",
            ":",
            "l'",
            "dpa",
            "ag.",
            "Ω",
            "😀",
            "c",
            "selon",
            "Agence",
            "France-Presse",
            "Reporting by",
            "; Editing by",
            "www.",
            "@",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..(state % 40) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            let credits = find(&text);
            for c in &credits {
                assert!(c.start < c.end && c.end <= text.len(), "{text:?}: {c:?}");
                assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
            }
            assert!(credits
                .windows(2)
                .all(|w| (w[0].start, w[0].end) <= (w[1].start, w[1].end)));
            state = state.wrapping_add(0x2545_F491_4F6C_DD1D);
        }
    }

    #[test]
    fn long_text_stays_linear() {
        let para = "BAGHDAD (AFP) – A drone struck a depot, officials told Reuters, and the AP \
                    exams were moved. Apple said nothing. (AP Photo/Hadi Mizban)\n";
        let text = para.repeat(5000);
        let credits = find(&text);
        assert_eq!(credits.len(), 3 * 5000);
    }

    // --- edges

    #[test]
    fn a_copyright_mark_split_by_a_blank_line() {
        // The "(c)" rule looks back across the blank line: the whole text is
        // scanned.
        check(
            "Notes (c\n\n) AFP 2024\n\nMore text.",
            &[("AFP", Copyright, "(c\n\n) AFP 2024")],
        );
        check(
            "Notes (\n\nc) AFP 2024",
            &[("AFP", Copyright, "(\n\nc) AFP 2024")],
        );
        check(
            "Notes ©\n\n2024 (c\n\n) AFP 2024",
            &[("AFP", Copyright, "(c\n\n) AFP 2024")],
        );
    }

    #[test]
    fn a_word_any_form_takes_in_any_case_needs_no_spelling() {
        let mut needs = Needs::default();
        let exact = || Some(vec!["Tass".to_string(), "TASS".to_string()]);
        needs.add([("tass".to_string(), exact())]);
        needs.add([("itar".to_string(), None), ("tass".to_string(), None)]);
        needs.add([("tass".to_string(), exact())]);
        assert_eq!(needs.spellings, [None, None]);
        assert_eq!(needs.words, [vec![0], vec![1, 0], vec![0]]);
        assert_eq!(needs.patterns, [vec![0, 1, 2], vec![1]]);
        assert!(needs.may_have(b"TASS") && needs.may_have(b"itar"));
        assert!(!needs.may_have(b"the"));
    }

    /// Block and line edges around mentions, other line breaks, case, URLs,
    /// and the texts proptest shrank to when the prefilter was written (the
    /// last four); the credits are those of the implementation before it.
    fn edge_table() -> &'static [(&'static str, Expected<'static>)] {
        &[
            ("", &[]),
            ("AFP", &[("AFP", Byline, "AFP")]),
            ("\nAFP\n", &[("AFP", Byline, "AFP")]),
            ("AFP\n\nAFP", &[("AFP", Byline, "AFP"), ("AFP", Byline, "AFP")]),
            ("(AFP)\n\n(AFP)\n\n", &[("AFP", Byline, "(AFP)"), ("AFP", Byline, "(AFP)")]),
            (") AFP", &[]),
            ("c) AFP", &[]),
            ("x\n\n) AFP", &[]),
            ("(c\n \n) AFP", &[("AFP", Copyright, "(c\n \n) AFP")]),
            ("(c\r\n\r\n) AFP", &[("AFP", Copyright, "(c\r\n\r\n) AFP")]),
            ("© 2024\r\n\r\nAFP", &[("AFP", Byline, "AFP")]),
            ("BAGHDAD (AFP) –\r\nA strike.\r\n\r\n— AP\r\n", &[("AFP", Dateline, "BAGHDAD (AFP) –"), ("AP", Byline, "— AP")]),
            ("BAGHDAD (AFP) –\rA strike.\r\r— AP\r", &[("AFP", Dateline, "BAGHDAD (AFP) –"), ("AP", Byline, "— AP")]),
            ("Police said.\u{2028}\u{2028}(AP)\u{85}(AFP)\u{0B}\u{0C}— Reuters", &[("AP", Byline, "(AP)"), ("AFP", Byline, "(AFP)"), ("Reuters", Byline, "— Reuters")]),
            ("told\nReuters\n\ntold\n\nReuters", &[("Reuters", Byline, "Reuters"), ("Reuters", Byline, "Reuters")]),
            ("A.\n\nF.P. said. A. F. P. reported. U.P.I. (U.P.)", &[("AFP", InText, "A. F. P. reported"), ("United Press", InText, "(U.P.)")]),
            ("The talks ended.\n(Reporting by A; Editing by B)\n\nReporting by C\n\nEditing by D", &[("Reuters", Byline, "(Reporting by A; Editing by B)")]),
            ("Agence France-\n\nPresse", &[]),
            ("www.\n\nAFP reported", &[("AFP", InText, "AFP reported")]),
            ("desk@\nAFP told", &[]),
            ("\u{212A}yodo reported. KYODO reported. Ｋyodo reported.", &[("Kyodo", InText, "Kyodo reported"), ("Kyodo", InText, "KYODO reported")]),
            ("UP reported. up reported. Up reported. (up) (UP)", &[]),
            ("A senior official told\r\nReuters on condition of anonymity.", &[("Reuters", InText, "told\r\nReuters")]),
            ("A senior official told\rReuters on condition of anonymity.", &[("Reuters", InText, "told\rReuters")]),
            ("The company told BLOOMBERG it would expand. The company told bloomberg.", &[("Bloomberg", InText, "told BLOOMBERG")]),
            ("LONDON, Jan. 4 (REUTER) — The Cabinet met.\n\nROME, Jan. 4 (STEFANI) — The Duce spoke.", &[("Reuters", Dateline, "LONDON, Jan. 4 (REUTER) —"), ("Stefani", Dateline, "ROME, Jan. 4 (STEFANI) —")]),
            ("Le ministre, selon l'agence HAVAS, a démissionné. (Havas) (havas)", &[("Havas", InText, "selon l'agence HAVAS")]),
            ("See www.x/AFP reported. See WWW.x/AFP reported. See x/AFP reported.", &[("AFP", InText, "AFP reported")]),
            ("told A.F.P.told", &[("AFP", InText, "told A.F.P.")]),
            ("AFP\0", &[]),
            ("AFPThe Press Association\r\nagency inputs", &[("PA", InText, "Press Association\r\nagency"), ("agencies", Byline, "agency inputs")]),
            ("AFP\n\nA.F.P.reported", &[("AFP", Byline, "AFP"), ("AFP", InText, "A.F.P.reported")]),
        ]
    }

    #[test]
    fn block_and_line_edges() {
        for (text, expected) in edge_table() {
            check(text, expected);
        }
    }

    // --- invariants

    /// The blocks of `text` as the tokenizer reads them (lines between blank
    /// lines): from the start of a block's first line to the end of its last.
    fn blocks(text: &str) -> Vec<Range<usize>> {
        let bytes = text.as_bytes();
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut block: Option<Range<usize>> = None;
        let (mut line_start, mut line_has_tok) = (0, false);
        for (i, c) in text.char_indices() {
            let next = i + c.len_utf8();
            if ends_line(c, bytes.get(next)) {
                if line_has_tok {
                    block.get_or_insert(line_start..i).end = i;
                } else {
                    out.extend(block.take());
                }
                (line_start, line_has_tok) = (next, false);
            } else if !c.is_whitespace() {
                line_has_tok = true;
            }
        }
        if line_has_tok {
            block.get_or_insert(line_start..text.len()).end = text.len();
        }
        out.extend(block);
        out
    }

    /// `text` with every word of every agency form, and every single
    /// letter (dotted initials), replaced by "zz".
    fn scrub(text: &str) -> String {
        let words: Vec<String> = AGENCIES
            .iter()
            .flat_map(|a| {
                a.names
                    .iter()
                    .chain(a.acronyms)
                    .chain(a.proper)
                    .chain(a.weak)
                    .chain(a.described)
            })
            .flat_map(|f| {
                let t = tokenize(f);
                t.toks
                    .iter()
                    .filter(|k| k.kind == Kind::Word)
                    .map(|k| t.fold(k).to_string())
                    .collect::<Vec<_>>()
            })
            .collect();
        let mut out = String::new();
        let mut fold = String::new();
        let mut i = 0;
        while i < text.len() {
            let (c, len) = char_at(text, i);
            if is_word_char(c) {
                let e = word_end(text, i + len);
                fold.clear();
                fold_word_into(&text[i..e], &mut fold);
                if words.contains(&fold) || single_char(&text[i..e]).is_some() {
                    out.push_str("zz");
                } else {
                    out.push_str(&text[i..e]);
                }
                i = e;
            } else {
                out.push(c);
                i += len;
            }
        }
        out
    }

    /// The credits of `text` as (agency, kind, evidence).
    fn found(text: &str) -> Vec<(String, CreditKind, String)> {
        find(text)
            .into_iter()
            .map(|c| (c.agency, c.kind, text[c.start..c.end].to_string()))
            .collect()
    }

    /// What holds of `find(text)` whatever the text: spans inside the text on
    /// char boundaries, in order; agencies of the dictionary; no overlap
    /// between datelines, copyright lines or bylines; the credits of the
    /// blocks scanned one by one (the prefilter's premise); the same credits
    /// with other line breaks; none but "Reporting by …" without the words
    /// of the agency forms.
    fn invariants(text: &str) -> Result<(), TestCaseError> {
        let credits = find(text);
        for c in &credits {
            prop_assert!(
                c.start < c.end && c.end <= text.len(),
                "{:?}: {:?}",
                text,
                c
            );
            prop_assert!(
                text.is_char_boundary(c.start) && text.is_char_boundary(c.end),
                "{:?}: {:?}",
                text,
                c
            );
            prop_assert!(
                AGENCIES.iter().any(|a| a.name == c.agency),
                "{:?}: {:?}",
                text,
                c
            );
        }
        prop_assert!(
            credits
                .windows(2)
                .all(|w| (w[0].start, w[0].end) <= (w[1].start, w[1].end)),
            "{:?}: {:?}",
            text,
            credits
        );
        // Datelines, copyright lines and bylines have the same evidence or
        // none in common; not so in-text and photo credits ("Reuters
        // reported by AFP", "AFP/John Doe/Reuters").
        for (i, a) in credits.iter().enumerate() {
            for b in &credits[i + 1..] {
                let same = (a.start, a.end) == (b.start, b.end);
                prop_assert!(
                    a.kind != b.kind
                        || matches!(a.kind, InText | Photo)
                        || same
                        || a.end <= b.start,
                    "{:?}: {:?} {:?}",
                    text,
                    a,
                    b
                );
            }
        }
        // The blocks scanned alone give the same credits. Only a copyright
        // mark split by a blank line makes a credit span one ("(c\n\n) AFP").
        let blocks = blocks(text);
        let within = credits
            .iter()
            .all(|c| blocks.iter().any(|b| b.start <= c.start && c.end <= b.end));
        if within {
            let mut parts = Vec::new();
            for b in &blocks {
                for mut c in find(&text[b.clone()]) {
                    c.start += b.start;
                    c.end += b.start;
                    parts.push(c);
                }
            }
            prop_assert_eq!(&credits, &parts, "blocks of {:?}", text);
        } else {
            prop_assert!(
                credits.iter().all(|c| c.kind == Copyright
                    || blocks.iter().any(|b| b.start <= c.start && c.end <= b.end)),
                "{:?}: {:?}",
                text,
                credits
            );
        }
        // Other line breaks read the same.
        if !text.contains(['\r', '\u{2028}']) {
            for lb in ["\r\n", "\r", "\u{2028}"] {
                let other = found(&text.replace('\n', lb));
                let back: Vec<(String, CreditKind, String)> = other
                    .into_iter()
                    .map(|(a, k, e)| (a, k, e.replace(lb, "\n")))
                    .collect();
                prop_assert_eq!(&back, &found(text), "{:?} with {:?}", text, lb);
            }
        }
        // Without agency forms, only Reuters' "Reporting by …; Editing by …".
        let scrubbed = scrub(text);
        for (agency, kind, evidence) in found(&scrubbed) {
            let e = evidence.to_lowercase();
            prop_assert!(
                agency == "Reuters"
                    && kind == Byline
                    && e.contains("reporting")
                    && e.contains("editing"),
                "{:?} scrubbed to {:?}: {} {:?} {:?}",
                text,
                scrubbed,
                agency,
                kind,
                evidence
            );
        }
        Ok(())
    }

    #[test]
    fn invariants_hold_on_the_tables_corpora_and_fixtures() {
        for (text, _) in table().iter().chain(edge_table()) {
            invariants(text).unwrap();
        }
        let corpora = [
            wiretrace_synth::corpus_of_size(200, 7),
            wiretrace_synth::corpus_with_rewrites(200, 11),
        ];
        let mut credits = 0;
        for corpus in &corpora {
            for a in &corpus.articles {
                invariants(&a.text).unwrap();
                credits += find(&a.text).len();
            }
        }
        assert!(credits >= 200, "{credits} credits");
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut files = 0;
        for set in ["rewrites", "lineage"] {
            for event in std::fs::read_dir(fixtures.join(set)).unwrap() {
                let event = event.unwrap().path();
                if !event.is_dir() {
                    continue;
                }
                for file in std::fs::read_dir(event).unwrap() {
                    let file = file.unwrap().path();
                    if file.extension().is_some_and(|e| e == "txt") {
                        invariants(&std::fs::read_to_string(&file).unwrap()).unwrap();
                        files += 1;
                    }
                }
            }
        }
        assert!(files >= 30, "{files} fixtures");
    }

    /// Pieces of random texts: forms, cue phrases, punctuation, line breaks,
    /// URLs, accents.
    fn pieces() -> Vec<String> {
        let forms = AGENCIES.iter().flat_map(|a| {
            std::iter::once(&a.name)
                .chain(a.names)
                .chain(a.acronyms)
                .chain(a.proper)
                .chain(a.weak)
                .chain(a.described)
        });
        let cues = [
            VERB_CUES,
            NOUN_CUES,
            ROLES,
            TAG_CUES,
            LEAD_CUES,
            SOURCE_CUES,
            AFTER_VERBS,
            AFTER_NOUNS,
            BYLINE_AFTER,
            STAFF,
            PHOTO_WORDS,
            ARTICLES,
        ];
        let other: &[&str] = &[
            " ",
            " ",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "\n",
            "\n",
            "\n\n",
            "\n \n",
            "\r\n",
            "\r",
            "\r\n\r\n",
            "\u{2028}",
            "\u{85}",
            "\u{0B}",
            "(",
            "(",
            ")",
            ")",
            "[",
            "]",
            "（",
            "）",
            "/",
            "-",
            "–",
            "—",
            "--",
            ",",
            ".",
            ".-",
            ";",
            ":",
            "'",
            "’",
            "|",
            "©",
            "(c)",
            "c",
            "C",
            "Copyright",
            "2024",
            "Jan 4",
            "BAGHDAD",
            "Genf",
            "Reporting by",
            "Editing by",
            "https://www.afp.com/x",
            "www.",
            "WWW.",
            "desk@afp.com",
            "afp.com",
            "é",
            "É",
            "ç",
            "ü",
            "\u{301}",
            "\u{345}",
            "\u{212A}",
            "İ",
            "ß",
            "Ω",
            "😀",
            "ap",
            "Ap",
            "up",
            "Up",
            "A.",
            "F.",
            "P.",
            "U.",
            "A",
            "P",
            "a.",
            "Getty Images",
            "via",
            "Photo",
            "said",
            "The",
            "Michael",
            "Hadi Mizban",
            "Reutersville",
            "Apple",
        ];
        forms
            .flat_map(|f| [f.to_string(), f.to_uppercase(), f.to_lowercase()])
            .chain(cues.iter().flat_map(|c| c.iter()).map(|s| s.to_string()))
            .chain(other.iter().map(|s| s.to_string()))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        #[test]
        fn invariants_hold_on_random_text(
            parts in prop::collection::vec(
                prop_oneof![
                    8 => prop::sample::select(pieces()),
                    1 => any::<char>().prop_map(String::from),
                    1 => "[a-zA-Z]{1,6}",
                ],
                0..60,
            )
        ) {
            invariants(&parts.concat())?;
        }
    }
}
