//! Facts: check-worthy statements (who did what, when, where, how many, who
//! said so), grouped across articles however reworded; per fact, where it
//! first appears, who repeated it and how, numbers that changed, and later
//! statements that contradict it.
//!
//! ## Algorithm
//! 1. **Statements.** Every body sentence of at least
//!    [`FactsOptions::min_words`] words that has a number
//!    ([`crate::numbers`]), a direct quote, a name (a capitalised word inside
//!    the sentence), a date or weekday ([`crate::dates`]) or an attribution
//!    ("said", "told", "according to") is a statement. Boilerplate never is;
//!    photo captions are kept as separate statements, marked, and grouped
//!    only with captions.
//! 2. **Terms.** A statement's terms are its sentence's content terms from
//!    [`crate::paraphrase::Terms`] (folded Snowball stems, number words as
//!    digits, idf² weights over the set), with a few news synonyms made one
//!    term ("killed"/"dead"/"deaths", "injured"/"wounded"/"hurt",
//!    "people"/"individuals"/"persons", "attack"/"strike"/"assault").
//! 3. **Candidates.** Prefix filtering: each statement's
//!    [`FactsOptions::key_terms`] rarest terms (in at most
//!    [`FactsOptions::max_key_df`] sentences) are indexed; statements of
//!    other articles that share a key are compared.
//! 4. **Same fact?** A compared pair is the same fact when it is alike in
//!    words (cosine ≥ `same_cosine`), or shares two numbers and a content
//!    word (cosine ≥ `numbers_cosine`), or one number and
//!    `min_shared_words` content words (`number_cosine`), or, with no number
//!    in common, `words_cosine` and three content words (a reworded claim, or
//!    a figure that changed). It is not, whatever the words, when both name
//!    people, places or organisations and none of them match (an acronym
//!    matches its words: "US" and "United States", "PMF" and "Popular
//!    Mobilization Force"), or both give years or dates and none match: two
//!    earthquakes in two towns, two trials in two years.
//! 5. **Same event?** Every compared pair also votes on whether its two
//!    articles report the same event: *agree* when it is the same fact with a
//!    name or a number in common and no figure changed; *disagree* when the
//!    statements are alike apart from their names (cosine without names ≥
//!    `words_cosine`) but the names or dates clash, or a figure differs with
//!    no name in common. Facts are grouped only between articles with more
//!    agreeing than disagreeing votes, so that a look-alike event's stock
//!    sentences ("rescuers searched the rubble") and its different toll stay
//!    apart.
//! 6. **Groups.** Links are taken best first into groups (union-find) that
//!    hold at most one statement per article and never two articles known to
//!    report different events. A link left over because its statement's
//!    article is already in the group (a merged sentence that states two
//!    facts) adds the statement as a *merged* mention.
//! 7. **Timeline.** Mentions are ordered by the articles' place in
//!    [`crate::timeline`], then position; the first is the first appearance,
//!    the others are *verbatim* (word trigrams of the shorter, at least
//!    `verbatim_overlap` shared) or *reworded*. A figure of the same kind of
//!    thing (its unit noun; people counted as dead, killed, others, members
//!    are one kind) that takes a value not seen before is a change, from the
//!    latest value before it. A statement that no comment or response was
//!    given ("There was no immediate comment from US officials", "declined to
//!    comment"), or that no one claimed an attack, is contradicted by a
//!    statement in the same article or a later one of the same event that
//!    attributes words to that party (shares a name of it, or an acronym) or
//!    reports the claim.
//! 8. **Origin and additions.** The first mention's words are traced through
//!    the lineage's spans: `own` when they are the first article's own
//!    material, else the source they come from. What an article *added* is
//!    the facts it carried first in its own material (or an agency's it
//!    credits that is not in the set).
//!
//! Cost: O(S) statements, what a statement's text alone decides (names,
//! numbers, dates, attribution, shingles) read once per distinct text and
//! word layout (a sentence copied into many articles once); candidate pairs
//! follow the key terms' posting lists (O(Σ df²) over keys, bounded by
//! `max_key_df`), each compared by a merge of two sorted term lists, packed
//! with their weights into flat arrays in statement order (shingles are
//! compared only when a test needs them); groups by union-find with sorted
//! article lists.
//!
//! Sources: the claim-detection literature's notion of check-worthiness
//! (Hassan et al., ClaimBuster, 2017: numbers, named entities and
//! attributions mark check-worthy sentences); cross-document event
//! coreference as in ECB+ (Cybulska and Vossen, 2014), where look-alike
//! events of one topic are told apart by their participants, places and
//! times; prefix filtering for similarity joins (Chaudhuri et al., 2006).

use crate::dates;
use crate::document::Document;
use crate::numbers::{self, Quantity};
use crate::options::FactsOptions;
use crate::paraphrase::{shared_count, Terms};
use crate::report::{
    ArticleReport, Change, Contradiction, Fact, FactKind, FactQuantity, Mention, MentionHow,
};
use crate::text::{fold, tokenize};
use crate::timeline::Times;
use crate::workspace::Article;
use chrono::Datelike;
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

/// What the facts stage reads.
pub struct Input<'a> {
    /// The articles.
    pub articles: &'a [Article],
    /// Their texts.
    pub texts: &'a [&'a str],
    /// Their prepared bodies.
    pub docs: &'a [Document],
    /// The content terms of every sentence.
    pub terms: &'a Terms,
    /// Publication times and the order of the set.
    pub times: &'a Times,
    /// The article reports (their spans' sources give a fact's origin).
    pub reports: &'a [ArticleReport],
}

/// The facts of the set, and per article the ids of the facts it added.
pub fn find(input: &Input, options: &FactsOptions) -> (Vec<Fact>, Vec<Vec<String>>) {
    if !options.enabled {
        return (Vec::new(), vec![Vec::new(); input.articles.len()]);
    }
    let canon = canonical_terms(input.terms);
    let mut statements = Vec::new();
    let mut names = Names::default();
    let lexicon = Lexicon::new();
    let mut readings = Readings::default();
    let mut packed = Packed::new(input.terms);
    for (d, doc) in input.docs.iter().enumerate() {
        statements.extend(statements_of(
            input,
            d,
            doc,
            &canon,
            &lexicon,
            &mut names,
            &mut readings,
            &mut packed,
            options,
        ));
    }
    packed.finish(names.ids.len(), input.articles.len());
    let (links, different) = link(input, &statements, &packed, options);
    let groups = group(&statements, &links, &different);
    assemble(input, &statements, &packed, groups, options)
}

/// Folded names and acronyms as small integers, so that statements compare
/// them without string comparisons.
#[derive(Default)]
struct Names {
    ids: FxHashMap<String, u32>,
}

impl Names {
    fn intern(&mut self, names: Vec<String>) -> Vec<u32> {
        let mut out: Vec<u32> = names
            .into_iter()
            .map(|n| {
                let next = self.ids.len() as u32;
                *self.ids.entry(n).or_insert(next)
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// A text's (month, day) pairs, sorted and distinct, and the years it
/// writes out.
type Dated = (Vec<(u32, u32)>, Vec<i32>);

/// What a statement's text alone decides, kept per distinct text: a wire
/// sentence copied into many articles is read for figures and dates once.
#[derive(Default)]
struct Readings<'t> {
    /// Quantities of a text, with offsets into that text.
    numbers: FxHashMap<&'t str, Vec<Quantity>>,
    /// Dates of a text (not copyright years): its (month, day) pairs,
    /// sorted and distinct, and the years it writes out.
    dates: FxHashMap<&'t str, Dated>,
    /// Whether a text names a weekday ([`dates::weekday_mentions`]).
    weekdays: FxHashMap<&'t str, bool>,
    /// What a statement's text decides, per text and whether it opens its
    /// sentence (its first word's capital is not a name).
    statements: FxHashMap<(&'t str, bool), Reading>,
}

/// What a statement's text alone decides (its words, their offsets within
/// it, whether it opens its sentence): everything but its terms, its
/// quote, its place in the article.
struct Reading {
    /// Start and end of each word, from the text's start.
    layout: Vec<(u32, u32)>,
    names: Vec<u32>,
    acronyms: Vec<u32>,
    /// Offsets from the text's start.
    quantities: Vec<Quantity>,
    years: Vec<i32>,
    dates: Vec<(u32, u32)>,
    /// It gives a date, or a weekday where no date is written out.
    date: bool,
    attribution: bool,
    silence: Option<Silence>,
    party: Vec<String>,
    claims: bool,
    shingles: Vec<u64>,
    min_hashes: [u64; 2],
}

impl<'t> Readings<'t> {
    /// The quantities of the text's `range`, with offsets into the whole text.
    fn numbers_in(&mut self, text: &'t str, range: &Range<usize>) -> Vec<Quantity> {
        self.numbers
            .entry(&text[range.clone()])
            .or_insert_with_key(|part| numbers::find(part))
            .iter()
            .map(|q| Quantity {
                start: q.start + range.start,
                end: q.end + range.start,
                ..q.clone()
            })
            .collect()
    }

    fn dates_in(&mut self, part: &'t str) -> &Dated {
        self.dates.entry(part).or_insert_with_key(|part| {
            let dated: Vec<dates::TextTime> = dates::mentions_in(part, Some(2000))
                .into_iter()
                .filter(|t| t.cue != dates::Cue::Copyright)
                .collect();
            let mut ds: Vec<(u32, u32)> = dated
                .iter()
                .map(|t| (t.date.month(), t.date.day()))
                .collect();
            ds.sort_unstable();
            ds.dedup();
            let years = dated
                .iter()
                .filter(|t| !t.year_inferred)
                .map(|t| t.date.year())
                .collect();
            (ds, years)
        })
    }

    /// Reads a statement's text ([`Reading`]).
    fn read(
        &mut self,
        text: &'t str,
        bytes: &Range<usize>,
        tokens: &[crate::text::Token],
        opens: bool,
        lexicon: &Lexicon,
        interner: &mut Names,
    ) -> Reading {
        let part = &text[bytes.clone()];
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        let (names, acronyms) = names_of(&words, opens);
        let (names, acronyms) = (interner.intern(names), interner.intern(acronyms));
        let folded: Vec<std::borrow::Cow<str>> = words.iter().map(|w| lower(w)).collect();
        // One look-up per word for every word list the statement needs.
        let flags = folded.iter().fold(0u8, |acc, w| acc | lexicon.of(w));
        // Numbers and dates are read from the statement itself, and only
        // when it has a digit or a number, month or weekday word: most
        // sentences have neither, and the scans are the stage's main cost.
        let digit = part.bytes().any(|b| b.is_ascii_digit());
        let qs: Vec<Quantity> = if digit || flags & Lexicon::NUMBER != 0 {
            self.numbers
                .entry(part)
                .or_insert_with_key(|part| numbers::find(part))
                .clone()
        } else {
            Vec::new()
        };
        let numeric_date = digit
            && part.as_bytes().windows(3).any(|w| {
                w[0].is_ascii_digit() && matches!(w[1], b'.' | b'/' | b'-') && w[2].is_ascii_digit()
            });
        let month = flags & Lexicon::MONTH != 0
            && words.iter().zip(&folded).any(|(w, f)| {
                (digit || w.chars().next().is_some_and(char::is_uppercase))
                    && dates::month_of_lower(f, w).is_some()
            });
        let (ds, mut years) = if numeric_date || month {
            let (ds, years) = self.dates_in(part);
            (ds.clone(), years.clone())
        } else {
            (Vec::new(), Vec::new())
        };
        years.extend(words.iter().filter_map(|w| {
            (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse::<i32>().ok())
                .flatten()
                .filter(|y| (1900..=2100).contains(y))
        }));
        years.sort_unstable();
        years.dedup();
        // A weekday only matters when no date is written out.
        let date = !ds.is_empty() || flags & Lexicon::WEEKDAY != 0 && self.names_weekday(part);
        // The phrases of a silence or a claim need one of these words.
        let telling = flags & Lexicon::TELLING != 0;
        let joined = if telling {
            folded.join(" ")
        } else {
            String::new()
        };
        let silence = if NO_CLAIM.iter().any(|p| joined.contains(p)) {
            Some(Silence::Claim)
        } else if NO_COMMENT.iter().any(|p| joined.contains(p)) {
            Some(Silence::Comment)
        } else {
            None
        };
        // Tokens k and k+1 are in one phrase when no punctuation parts them.
        let joined_to_next: Vec<bool> = tokens
            .windows(2)
            .take(if silence.is_some() { usize::MAX } else { 0 })
            .map(|w| {
                !text[w[0].end..w[1].start].chars().any(|c| {
                    matches!(
                        c,
                        ',' | ';' | ':' | '.' | '(' | ')' | '—' | '–' | '"' | '“' | '”' | '‘' | '’'
                    )
                })
            })
            .collect();
        let party = match silence {
            Some(Silence::Comment) => {
                let folded: Vec<String> = folded.iter().map(|w| w.to_string()).collect();
                party_of(&words, &folded, &joined_to_next)
            }
            _ => Vec::new(),
        };
        let claims = silence.is_none()
            && (joined.contains("claimed responsibility")
                || joined.contains("claimed the attack")
                || joined.contains("claimed the strike"));
        let shingles = shingles(tokens);
        Reading {
            layout: tokens
                .iter()
                .map(|t| ((t.start - bytes.start) as u32, (t.end - bytes.start) as u32))
                .collect(),
            names,
            acronyms,
            quantities: qs,
            years,
            dates: ds,
            date,
            attribution: flags & Lexicon::ATTRIBUTION != 0,
            silence,
            party,
            claims,
            min_hashes: min_hashes(&shingles),
            shingles,
        }
    }

    fn names_weekday(&mut self, part: &'t str) -> bool {
        *self
            .weekdays
            .entry(part)
            .or_insert_with_key(|part| !dates::weekday_mentions(part).is_empty())
    }
}

/// A check-worthy statement: one sentence, or one caption.
#[derive(Debug, Clone)]
struct Statement {
    doc: usize,
    bytes: Range<usize>,
    // Its canonical term ids, names, acronyms, years, dates and shingles
    // are in [`Packed`], at its index.
    quantities: Vec<Quantity>,
    kinds: Vec<FactKind>,
    quote: Option<Range<usize>>,
    /// The least of the shingles under each of [`near_copies`]' two hashes.
    min_hashes: [u64; 2],
    silence: Option<Silence>,
    /// For a silence: the names of the party that said nothing ("US
    /// officials" in "no immediate comment from US officials").
    party: Vec<String>,
    /// Its body tokens ([`Document::tokens`]), for reading it again.
    tokens: Range<usize>,
    /// Reports that someone claimed an attack.
    claims: bool,
    caption: bool,
    /// Display text: a headline, standfirst or subhead (a paragraph of one
    /// sentence with no closing punctuation). It repeats the story's facts,
    /// so it joins a fact only where its article has no other statement.
    headline: bool,
}

/// A statement that someone said nothing (yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Silence {
    /// No comment or response from a party.
    Comment,
    /// No claim of responsibility.
    Claim,
}

const SYNONYMS: &[&[&str]] = &[
    &["kill", "dead", "die", "death", "fatal"],
    &["injur", "wound", "hurt"],
    &["peopl", "person", "individu"],
    &["attack", "strike", "assault"],
    &["us", "u.s", "usa"],
    &["uk", "u.k"],
];

/// Term id → the id of its synonym group's most frequent member.
fn canonical_terms(terms: &Terms) -> Vec<u32> {
    let mut canon: Vec<u32> = (0..terms.strings.len() as u32).collect();
    let by_string: FxHashMap<&str, u32> = terms
        .strings
        .iter()
        .enumerate()
        .map(|(i, s)| (s.as_str(), i as u32))
        .collect();
    for group in SYNONYMS {
        let present: Vec<u32> = group
            .iter()
            .filter_map(|w| by_string.get(w).copied())
            .collect();
        if let Some(&head) = present.iter().max_by_key(|&&t| (terms.df[t as usize], t)) {
            for &t in &present {
                canon[t as usize] = head;
            }
        }
    }
    canon
}

const ATTRIBUTION: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "according",
    "reported",
    "announced",
    "confirmed",
    "claimed",
    "stated",
    "added",
    "insisted",
    "warned",
    "denied",
    "statement",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

const NO_COMMENT: &[&str] = &[
    "no immediate comment",
    "no comment from",
    "had no comment",
    "no immediate response",
    "no response from",
    "no immediate reaction",
    "did not immediately respond",
    "did not respond",
    "declined to comment",
    "refused to comment",
    "could not be reached",
    "not immediately available",
    "did not comment",
    "has not commented",
    "have not commented",
    "not yet commented",
    "did not immediately comment",
    "no official comment",
];

const NO_CLAIM: &[&str] = &[
    "no immediate claim",
    "no claim of responsibility",
    "no one has claimed",
    "no one claimed",
    "no group has claimed",
    "no group claimed",
    "nobody has claimed",
    "not yet claimed",
    "has not been claimed",
];

#[allow(clippy::too_many_arguments)]
fn statements_of<'t>(
    input: &Input<'t>,
    d: usize,
    doc: &Document,
    canon: &[u32],
    lexicon: &Lexicon,
    interner: &mut Names,
    readings: &mut Readings<'t>,
    packed: &mut Packed,
    options: &FactsOptions,
) -> Vec<Statement> {
    let text = input.texts[d];
    let mut out = Vec::new();
    // Display paragraphs: one sentence, no closing punctuation.
    let display: Vec<Range<usize>> = doc
        .paragraphs
        .iter()
        .filter(|p| {
            let sentences = doc
                .sentences
                .iter()
                .filter(|s| s.tokens.start >= p.start && s.tokens.end <= p.end)
                .count();
            let last = text[..doc.tokens[p.end - 1].end.min(text.len())].len();
            let tail = text[last..].chars().next();
            sentences == 1 && !matches!(tail, Some('.' | '!' | '?' | '"' | '”' | '…'))
        })
        .cloned()
        .collect();
    let parts = doc.sentences.iter().flat_map(|sentence| {
        let cut = clauses(text, doc, sentence.tokens.clone(), options.min_words);
        let n = cut.len();
        cut.into_iter().enumerate().map(move |(k, r)| {
            let start = if k == 0 {
                sentence.bytes.start
            } else {
                doc.tokens[r.start].start
            };
            let end = if k + 1 == n {
                sentence.bytes.end
            } else {
                doc.tokens[r.end - 1].end
            };
            (r, start..end, k == 0)
        })
    });
    for (token_range, bytes, opens) in parts {
        let tokens = &doc.tokens[token_range.clone()];
        if tokens.len() < options.min_words {
            continue;
        }
        // What the statement's text alone decides is read once per
        // distinct text and layout of its words.
        let key = (&text[bytes.clone()], opens);
        let fits = |r: &Reading| {
            r.layout.len() == tokens.len()
                && r.layout.iter().zip(tokens).all(|(&(a, b), t)| {
                    a as usize + bytes.start == t.start && b as usize + bytes.start == t.end
                })
        };
        let own;
        let fresh = match readings.statements.get(&key) {
            Some(r) if fits(r) => None,
            _ => Some(readings.read(text, &bytes, tokens, opens, lexicon, interner)),
        };
        let r: &Reading = match fresh {
            Some(r) => match readings.statements.entry(key) {
                std::collections::hash_map::Entry::Vacant(v) => v.insert(r),
                std::collections::hash_map::Entry::Occupied(_) => {
                    own = r;
                    &own
                }
            },
            None => &readings.statements[&key],
        };
        let quoted = &doc.quoted[token_range.clone()];
        let quote = longest_run(quoted)
            .filter(|r| r.len() >= options.quote_words)
            .map(|r| tokens[r.start].start..tokens[r.end - 1].end);
        let mut kinds = Vec::new();
        if !r.quantities.is_empty() {
            kinds.push(FactKind::Number);
        }
        if quote.is_some() {
            kinds.push(FactKind::Quote);
        }
        if !r.names.is_empty() {
            kinds.push(FactKind::Name);
        }
        if r.date {
            kinds.push(FactKind::Date);
        }
        // A silence is a claim about a party, whatever else it names.
        if r.attribution || r.silence.is_some() {
            kinds.push(FactKind::Attribution);
        }
        if kinds.is_empty() {
            continue;
        }
        let mut terms: Vec<u32> = input.terms.token_terms[d][token_range.clone()]
            .iter()
            .filter(|&&t| t != u32::MAX)
            .map(|&t| canon[t as usize])
            .collect();
        terms.sort_unstable();
        terms.dedup();
        let quantities: Vec<Quantity> = r
            .quantities
            .iter()
            .map(|q| Quantity {
                start: q.start + bytes.start,
                end: q.end + bytes.start,
                ..q.clone()
            })
            .collect();
        packed.push(
            d,
            &terms,
            (&r.names, &r.acronyms),
            &quantities,
            (&r.years, &r.dates),
            &r.shingles,
        );
        out.push(Statement {
            doc: d,
            bytes: bytes.clone(),
            quantities,
            kinds,
            quote,
            min_hashes: r.min_hashes,
            silence: r.silence,
            party: r.party.clone(),
            tokens: token_range.clone(),
            claims: r.claims,
            caption: false,
            headline: display.iter().any(|p| p.contains(&token_range.start)),
        });
    }
    // Photo captions: kept apart, grouped only with captions.
    for (range, kind) in &doc.boilerplate {
        if *kind != crate::boilerplate::Clutter::Caption {
            continue;
        }
        let tokens = tokenize(&text[range.clone()]);
        if tokens.len() < options.min_words {
            continue;
        }
        let qs = readings.numbers_in(text, range);
        let shingles = shingles(&tokens);
        packed.push(d, &[], (&[], &[]), &qs, (&[], &[]), &shingles);
        out.push(Statement {
            doc: d,
            bytes: range.clone(),
            quantities: qs,
            kinds: vec![FactKind::Name],
            quote: None,
            min_hashes: min_hashes(&shingles),
            silence: None,
            party: Vec::new(),
            tokens: 0..0,
            claims: false,
            caption: true,
            headline: false,
        });
    }
    out
}

/// Institutions that speak for a country: a statement by "the Pentagon"
/// breaks a silence of "US officials".
const ALIASES: &[(&str, &str)] = &[
    ("pentagon", "us"),
    ("washington", "us"),
    ("american", "us"),
    ("kremlin", "russia"),
    ("moscow", "russia"),
    ("russian", "russia"),
    ("beijing", "china"),
    ("chinese", "china"),
    ("whitehall", "uk"),
    ("british", "uk"),
    ("elysee", "france"),
    ("french", "france"),
    ("tehran", "iran"),
    ("iranian", "iran"),
    ("iraqi", "iraq"),
    ("israeli", "israel"),
    ("idf", "israel"),
];

/// Capitalised words (folded, with their aliases) of tokens `range`, and
/// the initials of a run of them ("United States" → "us").
fn names_in(words: &[&str], range: Range<usize>) -> Vec<String> {
    let mut out = Vec::new();
    let mut initials = String::new();
    const FUNCTION: &[&str] = &[
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "there", "they", "he",
        "she", "we", "his", "her", "their", "our", "in", "on", "at", "but", "and", "as",
    ];
    for w in &words[range] {
        let function = FUNCTION.contains(&fold(w).as_str());
        if !function && w.chars().next().is_some_and(char::is_uppercase) {
            let f = fold(&w.chars().filter(|c| c.is_alphabetic()).collect::<String>());
            if let Some(&(_, a)) = ALIASES.iter().find(|(n, _)| *n == f) {
                out.push(a.to_owned());
            }
            initials.extend(f.chars().next());
            out.push(f);
        } else {
            if initials.len() >= 2 {
                out.push(std::mem::take(&mut initials));
            }
            initials.clear();
        }
    }
    if initials.len() >= 2 {
        out.push(initials);
    }
    out
}

/// The party of a silence: the phrase after "no comment from" (up to the
/// first punctuation or relative word), else the few words before "did not
/// respond", "declined to comment".
fn party_of(words: &[&str], folded: &[String], joined: &[bool]) -> Vec<String> {
    const STOP: &[&str] = &[
        "whose",
        "who",
        "which",
        "that",
        "on",
        "about",
        "regarding",
        "over",
        "to",
        "after",
        "as",
    ];
    let n = words.len();
    if let Some(k) = (0..n).find(|&k| {
        matches!(folded[k].as_str(), "from" | "by")
            && k > 0
            && matches!(
                folded[k - 1].as_str(),
                "comment" | "response" | "reaction" | "statement" | "confirmation"
            )
    }) {
        let mut end = k + 1;
        while end < n && end < k + 6 && !STOP.contains(&folded[end].as_str()) {
            end += 1;
            if end >= n || !joined[end - 1] {
                break;
            }
        }
        return party_words(words, folded, k + 1..end);
    }
    let verb = (0..n).find(|&k| {
        matches!(
            folded[k].as_str(),
            "declined" | "refused" | "did" | "could" | "has" | "have" | "had" | "was" | "were"
        ) && folded
            .get(k + 1)
            .is_some_and(|w| matches!(w.as_str(), "not" | "to" | "no"))
    });
    match verb {
        // The subject before it, across the commas of an apposition ("The
        // building's developer, Halvard Construction, did not respond").
        Some(k) => party_words(words, folded, k.saturating_sub(6)..k),
        None => Vec::new(),
    }
}

/// The names of a party ([`names_in`]) and its role words ("city",
/// "authorities", "developer"), the latter marked with a leading `~` and
/// without a plural `s`.
fn party_words(words: &[&str], folded: &[String], range: Range<usize>) -> Vec<String> {
    const NOT_ROLES: &[&str] = &[
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "of",
        "and",
        "or",
        "s",
        "there",
        "was",
        "were",
        "is",
        "any",
        "immediate",
        "immediately",
        "also",
        "yet",
        "no",
        "not",
    ];
    let mut out = names_in(words, range.clone());
    for k in range {
        let w = &folded[k];
        let lower = words[k].chars().next().is_some_and(char::is_lowercase);
        if lower && w.chars().all(char::is_alphabetic) && !NOT_ROLES.contains(&w.as_str()) {
            out.push(format!("~{}", w.strip_suffix('s').unwrap_or(w)));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Whether words given to `speakers` break the silence of `party`: a name
/// of the party among the speakers, or, for a party named by its role only
/// ("the city authorities"), a role word.
fn breaks_silence(party: &[String], speakers: &[String]) -> bool {
    let named = party.iter().any(|p| !p.starts_with('~'));
    party
        .iter()
        .filter(|p| p.starts_with('~') != named)
        .any(|p| speakers.binary_search(p).is_ok())
}

/// [`speakers_of`] a statement, read again from its tokens (only the few
/// statements that could break a silence are read).
fn speakers_of_statement(input: &Input, s: &Statement) -> Vec<String> {
    let text = input.texts[s.doc];
    let tokens = &input.docs[s.doc].tokens[s.tokens.clone()];
    let words: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
    let folded: Vec<String> = words.iter().map(|w| lower(w).into_owned()).collect();
    // Looser than a party's phrase: an apposition's commas stay inside
    // ("The developer, Halvard Construction, said").
    let joined: Vec<bool> = tokens
        .windows(2)
        .map(|w| {
            !text[w[0].end..w[1].start]
                .chars()
                .any(|c| matches!(c, ';' | ':' | '.' | '(' | ')' | '"' | '“' | '”' | '‘' | '’'))
        })
        .collect();
    speakers_of(&words, &folded, &joined)
}

/// Names within a few words of an attribution verb, inside its phrase:
/// "a US official told", "said a Pentagon spokesman", "according to the
/// Kremlin".
fn speakers_of(words: &[&str], folded: &[String], joined: &[bool]) -> Vec<String> {
    const VERBS: &[&str] = &[
        "said",
        "says",
        "told",
        "according",
        "stated",
        "announced",
        "confirmed",
        "insisted",
        "warned",
        "added",
        "statement",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    ];
    let n = words.len();
    let mut out = Vec::new();
    for (k, word) in folded.iter().enumerate() {
        if !VERBS.contains(&word.as_str()) {
            continue;
        }
        let mut start = k;
        while start > 0 && start + 6 > k && joined[start - 1] {
            start -= 1;
        }
        // After the verb only for "said the official", "according to the
        // ministry": after "told" comes who listened.
        let mut end = k + 1;
        if matches!(
            word.as_str(),
            "said" | "says" | "according" | "added" | "stated"
        ) {
            while end < n && end < k + 6 && joined[end - 1] {
                end += 1;
            }
        }
        out.extend(party_words(words, folded, start..end));
    }
    out.sort();
    out.dedup();
    out
}

/// Words that open a clause of their own after a comma: a sentence that
/// joins two facts ("…rose to 19, as rescuers searched for 12 missing")
/// states them apart.
const CLAUSE_OPENERS: &[&str] = &["as", "while", "whereas", "but", "with", "after", "and"];

/// The clauses of the sentence of tokens `range`: cut at a semicolon or a
/// dash, or at a comma before [`CLAUSE_OPENERS`] or a participle, where both sides keep
/// `min_words` words (", police said" stays with its clause).
fn clauses(text: &str, doc: &Document, range: Range<usize>, min_words: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    for t in range.start + 1..range.end {
        let gap = &text[doc.tokens[t - 1].end..doc.tokens[t].start];
        // Most gaps are one space.
        if gap == " " {
            continue;
        }
        let comma = gap.contains(',') && {
            let word = lower(&text[doc.tokens[t].start..doc.tokens[t].end]);
            // A participle after a comma opens a clause too ("…struck
            // Peru, killing 14 people and injuring 63").
            (word.len() > 5 && word.ends_with("ing")) || CLAUSE_OPENERS.contains(&word.as_ref())
        };
        let cut = comma || gap.contains(';') || gap.contains(" — ") || gap.contains(" – ");
        // Never inside a quote: the speaker's words stay whole.
        let quoted = doc.quoted[t] || doc.quoted[t - 1];
        if cut && !quoted && t - start >= min_words && range.end - t >= min_words {
            out.push(start..t);
            start = t;
        }
    }
    out.push(start..range.end);
    out
}

/// A word in lower case: ASCII the fast way (borrowed when it already is),
/// anything else folded.
fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.is_ascii() {
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            w.to_ascii_lowercase().into()
        } else {
            w.into()
        }
    } else {
        fold(w).into()
    }
}

/// Weekday names in the five languages of [`crate::dates`], lower case.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
    "lunedi",
    "martedi",
    "mercoledi",
    "giovedi",
    "venerdi",
    "sabato",
    "domenica",
];

/// The word lists a statement is read against, as one hash map: a word's
/// lists in one look-up.
struct Lexicon {
    words: FxHashMap<&'static str, u8>,
}

impl Lexicon {
    const NUMBER: u8 = 1;
    const WEEKDAY: u8 = 2;
    const ATTRIBUTION: u8 = 4;
    /// Words a silence or a claim needs ("comment", "respond", "claimed").
    const TELLING: u8 = 8;
    /// Month names and abbreviations, in the languages `dates` reads.
    const MONTH: u8 = 16;

    fn new() -> Lexicon {
        let mut words: FxHashMap<&'static str, u8> = FxHashMap::default();
        for w in numbers::count_words() {
            *words.entry(w).or_default() |= Lexicon::NUMBER;
        }
        for w in dates::month_keys() {
            *words.entry(w).or_default() |= Lexicon::MONTH;
        }
        let lists: [(&[&'static str], u8); 3] = [
            (WEEKDAYS, Lexicon::WEEKDAY),
            (ATTRIBUTION, Lexicon::ATTRIBUTION),
            (
                &[
                    "comment",
                    "commented",
                    "respond",
                    "response",
                    "reached",
                    "reaction",
                    "available",
                    "claim",
                    "claimed",
                ],
                Lexicon::TELLING,
            ),
        ];
        for (list, flag) in lists {
            for w in list {
                *words.entry(w).or_default() |= flag;
            }
        }
        Lexicon { words }
    }

    /// The lists a lower-case word is in ("twenty-one" as "twenty").
    fn of(&self, w: &str) -> u8 {
        let head = w.split('-').next().unwrap_or(w);
        self.words.get(w).copied().unwrap_or(0)
            | (self.words.get(head).copied().unwrap_or(0) & Lexicon::NUMBER)
    }
}

/// Folded names (capitalised words after the first) and acronyms (words in
/// capitals, and the initials of runs of two or more capitalised words).
fn names_of(words: &[&str], opens: bool) -> (Vec<String>, Vec<String>) {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut names = Vec::new();
    let mut acronyms = Vec::new();
    let mut run = String::new();
    let mut run_len = 0;
    for (i, w) in words.iter().enumerate() {
        if !capital(w) {
            if !matches!(*w, "of" | "for" | "and" | "the") || run_len == 0 {
                if run_len >= 2 {
                    acronyms.push(std::mem::take(&mut run));
                }
                run.clear();
                run_len = 0;
            }
            continue;
        }
        // "Velmora's" names Velmora.
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        let letters: std::borrow::Cow<str> = if w.chars().all(char::is_alphabetic) {
            (*w).into()
        } else {
            w.chars()
                .filter(|c| c.is_alphabetic())
                .collect::<String>()
                .into()
        };
        if (i > 0 || !opens) && !letters.is_empty() {
            names.push(lower(&letters).into_owned());
        }
        if letters.len() >= 2 && letters.len() <= 6 && letters.chars().all(char::is_uppercase) {
            acronyms.push(letters.to_lowercase());
        }
        {
            run.extend(w.chars().next().map(|c| c.to_ascii_lowercase()));
            run_len += 1;
        }
    }
    if run_len >= 2 {
        acronyms.push(run);
    }
    names.sort();
    names.dedup();
    acronyms.sort();
    acronyms.dedup();
    (names, acronyms)
}

fn longest_run(flags: &[bool]) -> Option<Range<usize>> {
    let mut best: Option<Range<usize>> = None;
    let mut start = None;
    for (i, &f) in flags.iter().chain(std::iter::once(&false)).enumerate() {
        match (f, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if best.as_ref().is_none_or(|b| i - s > b.len()) {
                    best = Some(s..i);
                }
                start = None;
            }
            _ => {}
        }
    }
    best
}

fn shingles(tokens: &[crate::text::Token]) -> Vec<u64> {
    let mut out: Vec<u64> = if tokens.len() < 3 {
        vec![tokens.iter().fold(0u64, |h, t| h.rotate_left(17) ^ t.key)]
    } else {
        tokens
            .windows(3)
            .map(|w| w[0].key.rotate_left(42) ^ w[1].key.rotate_left(21) ^ w[2].key)
            .collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// Salts of the two min-hashes of [`near_copies`].
const MIN_HASH_SALTS: [u64; 2] = [0, 0x9e37_79b9_7f4a_7c15];

/// The least shingle under each of two salted hashes (0 for none).
fn min_hashes(shingles: &[u64]) -> [u64; 2] {
    MIN_HASH_SALTS.map(|salt| {
        shingles
            .iter()
            .map(|h| (h ^ salt).wrapping_mul(0xff51_afd7_ed55_8ccd))
            .min()
            .unwrap_or(0)
    })
}

fn overlap(a: &[u64], b: &[u64]) -> f64 {
    shared_count(a, b) as f64 / a.len().min(b.len()).max(1) as f64
}

/// A pair of statements judged to state the same fact.
#[derive(Debug, Clone, Copy)]
struct Link {
    x: u32,
    y: u32,
    score: f64,
    /// Alike enough to hold across articles of different events.
    strong: bool,
}

/// How two statements compare.
struct Compared {
    cosine: f64,
    /// Dice of the two statements' content words (numbers left out).
    word_dice: f64,
    cosine_without_names: f64,
    shared_words: usize,
    shared_numbers: usize,
    shared_names: bool,
    changed: bool,
    /// Word trigrams shared, of the shorter statement's, when the tests
    /// above needed it ([`Packed::overlap`] reads it otherwise).
    overlap: Option<f64>,
    clash: bool,
}

impl Compared {
    /// Alike apart from their specifics: the shape of one kind of statement.
    fn alike(&self, options: &FactsOptions) -> bool {
        self.cosine_without_names >= options.alike && self.word_dice >= options.alike
    }

    /// Their specifics conflict: names, years or dates clash, or a figure
    /// differs with none in common.
    fn conflict(&self) -> bool {
        self.clash || (self.changed && self.shared_numbers == 0 && !self.shared_names)
    }
}

/// How specific each name is: ln(articles / articles naming it). A name
/// every article carries (the country, the agency) tells nothing apart.
fn name_weights(p: &Packed, names: usize, articles: usize) -> Vec<f64> {
    let mut docs: Vec<(usize, usize)> = vec![(usize::MAX, 0); names];
    for i in 0..p.len() {
        let (doc, s) = (p.heads[i].doc as usize, p.sides(i));
        for &n in s.names.iter().chain(s.acronyms) {
            let e = &mut docs[n as usize];
            if e.0 != doc {
                *e = (doc, e.1 + 1);
            }
        }
    }
    docs.into_iter()
        .map(|(_, df)| (articles as f64 / df.max(1) as f64).ln())
        .collect()
}

/// Whether the names two statements do not share outweigh those they do,
/// on both sides: "Saint Hovam General Hospital" and "Saint Seatrai General
/// Hospital".
fn names_outweigh(x: Sides, y: Sides, weights: &[f64]) -> bool {
    let w = |n: &u32| weights[*n as usize];
    let has =
        |s: Sides, n: &u32| s.names.binary_search(n).is_ok() || s.acronyms.binary_search(n).is_ok();
    let (mut shared, mut only_x, mut only_y) = (0.0, 0.0, 0.0);
    for n in x.names {
        if has(y, n) {
            shared += w(n);
        } else {
            only_x += w(n);
        }
    }
    for n in y.names {
        if !has(x, n) {
            only_y += w(n);
        }
    }
    f64::min(only_x, only_y) > 2.0 * shared + 0.5
}

/// A statement's names and acronyms, as [`Packed`] holds them.
#[derive(Clone, Copy)]
struct Sides<'a> {
    names: &'a [u32],
    acronyms: &'a [u32],
}

/// Per statement, what the word test of [`compare`] reads: its article,
/// where its terms start in [`Packed::terms`] (they end where the next
/// statement's start), the norm of all its terms and of those that are
/// not names, and its count of terms that are not numbers.
#[derive(Clone, Copy)]
struct Head {
    doc: u32,
    terms: u32,
    words: u32,
    all: f64,
    plain: f64,
}

/// Per statement, where its names, acronyms, figures, years, dates and
/// shingles start in [`Packed`]'s arrays (they end where the next
/// statement's start).
#[derive(Clone, Copy, Default)]
struct Starts {
    names: u32,
    acronyms: u32,
    figures: u32,
    years: u32,
    dates: u32,
    shingles: u32,
}

/// A term of a statement as [`compare`] weighs it: idf², and whether it is
/// a name or a number.
#[derive(Clone, Copy)]
struct TermInfo {
    weight: f64,
    name: bool,
    number: bool,
}

/// A figure as [`compare`] matches it: value, upper end, and its unit as a
/// small id (`u32::MAX` for none).
#[derive(Clone, Copy)]
struct Figure {
    value: f64,
    upper: Option<f64>,
    unit: u32,
}

impl Figure {
    /// [`numbers::changed`], on unit ids.
    fn changed(&self, other: &Figure) -> bool {
        self.unit != u32::MAX
            && self.unit == other.unit
            && (self.value != other.value || self.upper != other.upper)
    }
}

/// What comparing statements reads, computed once per analysis and laid
/// out flat in statement order. At a thousand articles no cache holds the
/// statements' own vectors, scattered over the heap, and each statement is
/// compared with candidates all over the set: packed, a comparison reads a
/// few short runs of adjacent memory (a statement's term ids, then beside
/// them the weights and flags of the terms it shares), and most pairs stop
/// after the term ids.
struct Packed {
    /// Per term id: its weight and flags.
    info: Vec<TermInfo>,
    /// Per statement, and one more that closes the last.
    heads: Vec<Head>,
    /// Term ids, each statement's sorted and distinct.
    terms: Vec<u32>,
    /// Beside each term id, its weight and flags.
    term_info: Vec<TermInfo>,
    /// Per statement, and one more that closes the last.
    starts: Vec<Starts>,
    names: Vec<u32>,
    acronyms: Vec<u32>,
    figures: Vec<Figure>,
    years: Vec<i32>,
    dates: Vec<(u32, u32)>,
    shingles: Vec<u64>,
    /// Units of the figures, as small ids.
    units: FxHashMap<String, u32>,
    /// Per name id: how specific it is ([`name_weights`]).
    name_weights: Vec<f64>,
    /// Per article: every name and acronym its statements carry, sorted.
    doc_names: Vec<Vec<u32>>,
}

impl Packed {
    /// An empty packing, with the weight and flags of every term.
    fn new(terms: &Terms) -> Packed {
        let info = terms
            .idf
            .iter()
            .zip(&terms.name)
            .zip(&terms.strings)
            .map(|((i, &name), s)| TermInfo {
                weight: i * i,
                name,
                number: s.bytes().any(|b| b.is_ascii_digit()),
            })
            .collect();
        Packed {
            info,
            heads: Vec::new(),
            terms: Vec::new(),
            term_info: Vec::new(),
            starts: Vec::new(),
            names: Vec::new(),
            acronyms: Vec::new(),
            figures: Vec::new(),
            years: Vec::new(),
            dates: Vec::new(),
            shingles: Vec::new(),
            units: FxHashMap::default(),
            name_weights: Vec::new(),
            doc_names: Vec::new(),
        }
    }

    /// Appends the next statement: its article, canonical term ids (sorted,
    /// distinct), names and acronyms, quantities, years and dates, shingles.
    fn push(
        &mut self,
        doc: usize,
        terms: &[u32],
        (names, acronyms): (&[u32], &[u32]),
        quantities: &[Quantity],
        (years, dates): (&[i32], &[(u32, u32)]),
        shingles: &[u64],
    ) {
        let info = &self.info;
        let all: f64 = terms.iter().map(|&t| info[t as usize].weight).sum();
        let plain: f64 = terms
            .iter()
            .filter(|&&t| !info[t as usize].name)
            .map(|&t| info[t as usize].weight)
            .sum();
        let words = terms.iter().filter(|&&t| !info[t as usize].number).count();
        self.heads.push(Head {
            doc: doc as u32,
            terms: self.terms.len() as u32,
            words: words as u32,
            all: all.sqrt(),
            plain: plain.sqrt(),
        });
        self.starts.push(self.ends());
        self.terms.extend_from_slice(terms);
        self.term_info
            .extend(terms.iter().map(|&t| self.info[t as usize]));
        self.names.extend_from_slice(names);
        self.acronyms.extend_from_slice(acronyms);
        for q in quantities {
            let unit = match q.unit.as_deref() {
                Some(u) => match self.units.get(u) {
                    Some(&id) => id,
                    None => {
                        let id = self.units.len() as u32;
                        self.units.insert(u.to_owned(), id);
                        id
                    }
                },
                None => u32::MAX,
            };
            self.figures.push(Figure {
                value: q.value,
                upper: q.upper,
                unit,
            });
        }
        self.years.extend_from_slice(years);
        self.dates.extend_from_slice(dates);
        self.shingles.extend_from_slice(shingles);
    }

    /// Closes the last statement, and weighs the names ([`name_weights`]).
    fn finish(&mut self, names: usize, articles: usize) {
        let n = self.heads.len();
        self.heads.push(Head {
            doc: u32::MAX,
            terms: self.terms.len() as u32,
            words: 0,
            all: 0.0,
            plain: 0.0,
        });
        self.starts.push(self.ends());
        let docs = self.heads[..n]
            .iter()
            .map(|h| h.doc as usize + 1)
            .max()
            .unwrap_or(0);
        let mut doc_names: Vec<Vec<u32>> = vec![Vec::new(); docs];
        for i in 0..n {
            let s = self.sides(i);
            doc_names[self.heads[i].doc as usize].extend(s.names.iter().chain(s.acronyms).copied());
        }
        for names in &mut doc_names {
            names.sort_unstable();
            names.dedup();
        }
        self.doc_names = doc_names;
        self.name_weights = name_weights(self, names, articles);
    }

    /// The statements packed.
    fn len(&self) -> usize {
        self.heads.len().saturating_sub(1)
    }

    /// The canonical term ids of statement `i`.
    fn terms_of(&self, i: usize) -> &[u32] {
        &self.terms[self.heads[i].terms as usize..self.heads[i + 1].terms as usize]
    }

    /// The shingles of statement `i`.
    fn shingles_of(&self, i: usize) -> &[u64] {
        &self.shingles[self.starts[i].shingles as usize..self.starts[i + 1].shingles as usize]
    }

    /// Where the next statement's entries start.
    fn ends(&self) -> Starts {
        Starts {
            names: self.names.len() as u32,
            acronyms: self.acronyms.len() as u32,
            figures: self.figures.len() as u32,
            years: self.years.len() as u32,
            dates: self.dates.len() as u32,
            shingles: self.shingles.len() as u32,
        }
    }

    /// [`overlap`] of statements `i` and `j`'s shingles.
    fn overlap(&self, i: usize, j: usize) -> f64 {
        overlap(self.shingles_of(i), self.shingles_of(j))
    }

    fn sides(&self, i: usize) -> Sides<'_> {
        let (a, b) = (self.starts[i], self.starts[i + 1]);
        Sides {
            names: &self.names[a.names as usize..b.names as usize],
            acronyms: &self.acronyms[a.acronyms as usize..b.acronyms as usize],
        }
    }
}

fn compare(p: &Packed, i: usize, j: usize, options: &FactsOptions) -> Option<Compared> {
    let (hx, hy) = (p.heads[i], p.heads[j]);
    let (xa, xe) = (hx.terms as usize, p.heads[i + 1].terms as usize);
    let (ya, ye) = (hy.terms as usize, p.heads[j + 1].terms as usize);
    let (xs, ys) = (&p.terms[xa..xe], &p.terms[ya..ye]);
    let info = &p.term_info[xa..xe];
    let (mut a, mut b) = (0, 0);
    let (mut dot, mut dot_plain, mut shared_words) = (0.0, 0.0, 0);
    while a < xs.len() && b < ys.len() {
        let (u, v) = (xs[a], ys[b]);
        if u == v {
            let t = info[a];
            dot += t.weight;
            if !t.name {
                dot_plain += t.weight;
            }
            if !t.number {
                shared_words += 1;
            }
            a += 1;
            b += 1;
        } else {
            a += usize::from(u < v);
            b += usize::from(u > v);
        }
    }
    let ((xa, xp, xw), (ya, yp, yw)) = (
        (hx.all, hx.plain, hx.words as usize),
        (hy.all, hy.plain, hy.words as usize),
    );
    let cos = |d: f64, a: f64, b: f64| if a * b > 0.0 { d / (a * b) } else { 0.0 };
    let cosine = cos(dot, xa, ya);
    let word_dice = 2.0 * shared_words as f64 / (xw + yw).max(1) as f64;
    let cosine_without_names = cos(dot_plain, xp, yp);
    // Too little wording in common for any test below (`same_fact`,
    // `alike`): the names, numbers and shingles need not be compared.
    let lowest_cosine = options
        .same_cosine
        .min(options.numbers_cosine)
        .min(options.number_cosine)
        .min(options.words_cosine);
    let changed_possible =
        shared_words >= options.changed_words && word_dice >= options.changed_dice;
    let alike = cosine_without_names >= options.alike && word_dice >= options.alike;
    if cosine < lowest_cosine && !changed_possible && !alike {
        return None;
    }
    let (sx, sx1, sy, sy1) = (p.starts[i], p.starts[i + 1], p.starts[j], p.starts[j + 1]);
    let xq = &p.figures[sx.figures as usize..sx1.figures as usize];
    let yq = &p.figures[sy.figures as usize..sy1.figures as usize];
    let shared_numbers = xq
        .iter()
        .filter(|q| yq.iter().any(|r| r.value == q.value && r.upper == q.upper))
        .count();
    let changed = xq.iter().any(|q| {
        yq.iter().any(|r| {
            q.changed(r)
                && !yq.iter().any(|s| s.value == q.value)
                && !xq.iter().any(|s| s.value == r.value)
        })
    });
    let (nx, ny) = (p.sides(i), p.sides(j));
    let shared_names = names_meet(nx, ny);
    // Shingles are read only when a test needs them: most pairs decide
    // on their names first.
    let mut overlap = None;
    // A copy that renames ("Hashed" → "PMF") keeps its wording.
    // A name the other article never mentions: "Velmora" against
    // "Dalmira" clashes only if the other story knows nothing of it (a city
    // and its district named in turn are one place).
    let foreign = |a: Sides, other: u32| {
        a.names
            .iter()
            .any(|n| p.doc_names[other as usize].binary_search(n).is_err())
    };
    let names_clash = !nx.names.is_empty()
        && !ny.names.is_empty()
        && (!shared_names || names_outweigh(nx, ny, &p.name_weights))
        && *overlap.get_or_insert_with(|| p.overlap(i, j)) < 0.5
        && (foreign(nx, hy.doc) || foreign(ny, hx.doc));
    let xy = &p.years[sx.years as usize..sx1.years as usize];
    let yy = &p.years[sy.years as usize..sy1.years as usize];
    let years_clash = !xy.is_empty() && !yy.is_empty() && !xy.iter().any(|a| yy.contains(a));
    let xd = &p.dates[sx.dates as usize..sx1.dates as usize];
    let yd = &p.dates[sy.dates as usize..sy1.dates as usize];
    let dates_clash = !xd.is_empty() && !yd.is_empty() && !xd.iter().any(|a| yd.contains(a));
    Some(Compared {
        cosine,
        word_dice,
        cosine_without_names,
        shared_words,
        shared_numbers,
        shared_names,
        changed,
        overlap,
        clash: names_clash || years_clash || dates_clash,
    })
}

/// Whether two statements name something in common: a name, or an acronym
/// on one side for a name or a run of names on the other.
fn names_meet(x: Sides, y: Sides) -> bool {
    let meet = |a: &[u32], b: &[u32]| a.iter().any(|n| b.binary_search(n).is_ok());
    meet(x.names, y.names)
        || meet(x.acronyms, y.acronyms)
        || meet(x.acronyms, y.names)
        || meet(y.acronyms, x.names)
}

/// The same fact, and how strongly (None: not the same).
fn same_fact(c: &Compared, options: &FactsOptions) -> Option<f64> {
    if c.clash {
        return None;
    }
    let numbers = c.shared_numbers as f64 * 0.1;
    let ok = c.cosine >= options.same_cosine
        || (c.shared_numbers >= 2 && c.shared_words >= 1 && c.cosine >= options.numbers_cosine)
        || (c.shared_numbers >= 1
            && c.shared_words >= options.min_shared_words
            && c.cosine >= options.number_cosine)
        || (c.shared_words >= 3
            && c.cosine >= options.words_cosine
            && (!c.changed || c.shared_names))
        || (c.changed
            && c.shared_words >= options.changed_words
            && c.word_dice >= options.changed_dice);
    ok.then_some(c.cosine + numbers)
}

/// Votes of one article pair on whether both report the same event.
#[derive(Debug, Default, Clone, Copy)]
struct Votes {
    agree: u32,
    disagree: u32,
}

/// For each statement, the later statements of other articles that share
/// one of its two min-hashes of word trigrams (each statement is paired with
/// the next few of its bucket, so a sentence copied into many papers forms a
/// chain): near copies, found without key terms. Cost: O(S log S).
fn near_copies(statements: &[Statement], packed: &Packed) -> Vec<(u32, u32)> {
    const NEXT: usize = 2;
    let mut out = Vec::new();
    for k in 0..MIN_HASH_SALTS.len() {
        let mut buckets: Vec<(u64, usize)> = statements
            .iter()
            .enumerate()
            .filter(|&(i, s)| !s.caption && !packed.shingles_of(i).is_empty())
            .map(|(i, s)| (s.min_hashes[k], i))
            .collect();
        buckets.sort_unstable();
        for group in buckets.chunk_by(|a, b| a.0 == b.0) {
            for (k, &(_, i)) in group.iter().enumerate() {
                for &(_, j) in group.iter().skip(k + 1).take(NEXT) {
                    if statements[i].doc != statements[j].doc {
                        out.push((i.min(j) as u32, i.max(j) as u32));
                    }
                }
            }
        }
    }
    // By statement: each statement's copies in one run.
    out.sort_unstable();
    out
}

/// The links, best first, and the article pairs known to report different
/// events.
fn link(
    input: &Input,
    statements: &[Statement],
    packed: &Packed,
    options: &FactsOptions,
) -> (Vec<Link>, FxHashSet<(u32, u32)>) {
    let terms = input.terms;
    let n = statements.len();
    // Key terms of each statement (`keys[key_at[i]..key_at[i + 1]]`), and
    // the statements of each key (`posted[post_at[t]..post_at[t + 1]]`, in
    // statement order).
    let mut keys: Vec<u32> = Vec::new();
    let mut key_at: Vec<u32> = Vec::with_capacity(n + 1);
    let mut post_at: Vec<u32> = vec![0; terms.df.len() + 1];
    for i in 0..n {
        key_at.push(keys.len() as u32);
        let from = keys.len();
        keys.extend(
            packed
                .terms_of(i)
                .iter()
                .copied()
                .filter(|&t| (2..=options.max_key_df).contains(&terms.df[t as usize])),
        );
        keys[from..].sort_by_key(|&t| (terms.df[t as usize], t));
        keys.truncate((from + options.key_terms).min(keys.len()));
        for &t in &keys[from..] {
            post_at[t as usize + 1] += 1;
        }
    }
    key_at.push(keys.len() as u32);
    for t in 1..post_at.len() {
        post_at[t] += post_at[t - 1];
    }
    let mut posted: Vec<u32> = vec![0; keys.len()];
    {
        let mut next = post_at.clone();
        for i in 0..n {
            for &t in &keys[key_at[i] as usize..key_at[i + 1] as usize] {
                posted[next[t as usize] as usize] = i as u32;
                next[t as usize] += 1;
            }
        }
    }
    let mut votes: FxHashMap<(u32, u32), Votes> = FxHashMap::default();
    // The votes of the article pairs of the article being read: every
    // candidate comes after its statement's article, so a pair (a, b) is
    // voted on only while article a's statements are read, and its votes
    // are counted in `row[b]` until then.
    let mut row: Vec<Votes> =
        vec![Votes::default(); input.articles.len().max(packed.doc_names.len())];
    let mut row_docs: Vec<u32> = Vec::new();
    fn flush(
        row: &mut [Votes],
        row_docs: &mut Vec<u32>,
        a: u32,
        votes: &mut FxHashMap<(u32, u32), Votes>,
    ) {
        for b in row_docs.drain(..) {
            votes.insert((a, b), std::mem::take(&mut row[b as usize]));
        }
    }
    let mut found: Vec<(Link, bool)> = Vec::new();
    let copies = near_copies(statements, packed);
    let mut next_copy = 0;
    let mut shared = vec![0u8; n];
    let mut touched: Vec<usize> = Vec::new();
    let mut cands: Vec<usize> = Vec::new();
    // Statements come article by article: each one's later statements of
    // other articles start where its article's end, so candidates are
    // found from the posting lists alone, without reading the statements
    // (which at a thousand articles no cache holds).
    let mut doc_end = vec![n; n];
    for i in (0..n.saturating_sub(1)).rev() {
        doc_end[i] = if statements[i + 1].doc != statements[i].doc {
            i + 1
        } else {
            doc_end[i + 1]
        };
    }
    let key_len = |i: usize| (key_at[i + 1] - key_at[i]) as usize;
    let mut current = u32::MAX;
    for (i, x) in statements.iter().enumerate() {
        if x.doc as u32 != current {
            flush(&mut row, &mut row_docs, current, &mut votes);
            current = x.doc as u32;
        }
        if x.caption {
            continue;
        }
        for &t in &keys[key_at[i] as usize..key_at[i + 1] as usize] {
            // Postings are in statement order: only those after this article.
            let list = &posted[post_at[t as usize] as usize..post_at[t as usize + 1] as usize];
            let later = list.partition_point(|&j| (j as usize) < doc_end[i]);
            for &j in &list[later..] {
                let j = j as usize;
                if shared[j] == 0 {
                    touched.push(j);
                }
                shared[j] = shared[j].saturating_add(1);
            }
        }
        touched.sort_unstable();
        cands.clear();
        cands.extend(touched.drain(..).filter(|&j| {
            let n = std::mem::take(&mut shared[j]) as usize;
            // Two keys in common, or all the keys the poorer one has.
            n >= options
                .min_shared_keys
                .min(key_len(i))
                .min(key_len(j))
                .max(1)
        }));
        // Copies whose every term is too common to be a key (a wire
        // sentence in hundreds of papers) meet through their min-hashes.
        while next_copy < copies.len() && (copies[next_copy].0 as usize) < i {
            next_copy += 1;
        }
        while next_copy < copies.len() && copies[next_copy].0 as usize == i {
            cands.push(copies[next_copy].1 as usize);
            next_copy += 1;
        }
        cands.sort_unstable();
        cands.dedup();
        for &j in &cands {
            let Some(c) = compare(packed, i, j, options) else {
                continue;
            };
            let other = packed.heads[j].doc;
            let same = same_fact(&c, options);
            if same.is_some() && (c.shared_numbers > 0 || c.shared_names) && !c.changed {
                let v = &mut row[other as usize];
                if v.agree == 0 && v.disagree == 0 {
                    row_docs.push(other);
                }
                v.agree += 1;
            } else if c.alike(options) && c.conflict() {
                let v = &mut row[other as usize];
                if v.agree == 0 && v.disagree == 0 {
                    row_docs.push(other);
                }
                v.disagree += 1;
            }
            if let Some(score) = same {
                // Strong: the same statement whatever the event around
                // it (background recalled from another story).
                let strong = !c.changed
                    && (c.cosine >= options.same_cosine
                        || c.overlap.unwrap_or_else(|| packed.overlap(i, j))
                            >= options.verbatim_overlap
                        || (c.shared_numbers >= 2 && c.shared_words >= options.min_shared_words));
                found.push((
                    Link {
                        x: i as u32,
                        y: j as u32,
                        score,
                        strong,
                    },
                    c.changed,
                ));
            }
        }
    }
    flush(&mut row, &mut row_docs, current, &mut votes);
    // Captions: with captions only, nearly word for word.
    let captions: Vec<usize> = (0..statements.len())
        .filter(|&i| statements[i].caption)
        .collect();
    let mut by_shingle: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for &i in &captions {
        for &h in packed.shingles_of(i) {
            by_shingle.entry(h).or_default().push(i);
        }
    }
    for &i in &captions {
        let mut near: Vec<usize> = packed
            .shingles_of(i)
            .iter()
            .flat_map(|h| by_shingle[h].iter().copied())
            .filter(|&j| j > i && statements[j].doc != statements[i].doc)
            .collect();
        near.sort_unstable();
        near.dedup();
        for j in near {
            let o = packed.overlap(i, j);
            if o >= 0.5 {
                found.push((
                    Link {
                        x: i as u32,
                        y: j as u32,
                        score: o,
                        strong: true,
                    },
                    false,
                ));
            }
        }
    }
    let same_event = |a: usize, b: usize| {
        let pair = (a.min(b) as u32, a.max(b) as u32);
        votes.get(&pair).is_none_or(|v| v.agree >= v.disagree)
    };
    let mut links: Vec<Link> = found
        .into_iter()
        .filter(|(l, changed)| {
            let (a, b) = (statements[l.x as usize].doc, statements[l.y as usize].doc);
            let v = votes
                .get(&(a.min(b) as u32, a.max(b) as u32))
                .copied()
                .unwrap_or_default();
            // A changed figure needs the articles to agree elsewhere.
            l.strong || (same_event(a, b) && (!changed || v.agree > 0))
        })
        .map(|(l, _)| l)
        .collect();
    // Every pair is linked once at most, so no two links tie.
    links.sort_unstable_by(|p, q| {
        q.score
            .total_cmp(&p.score)
            .then(p.x.cmp(&q.x))
            .then(p.y.cmp(&q.y))
    });
    let different: FxHashSet<(u32, u32)> = votes
        .iter()
        .filter(|(_, v)| v.disagree > v.agree)
        .map(|(&k, _)| k)
        .collect();
    (links, different)
}

/// Groups of statement indices, each with the merged mentions it gained.
struct Group {
    members: Vec<usize>,
    merged: Vec<usize>,
}

fn group(
    statements: &[Statement],
    links: &[Link],
    different: &FxHashSet<(u32, u32)>,
) -> Vec<Group> {
    let n = statements.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut docs: Vec<Vec<u32>> = statements.iter().map(|s| vec![s.doc as u32]).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut leftover = Vec::new();
    // Headlines last: the statements of the text take their articles'
    // places first.
    let (body, display): (Vec<&Link>, Vec<&Link>) = links
        .iter()
        .partition(|l| !statements[l.x as usize].headline && !statements[l.y as usize].headline);
    for l in body.into_iter().chain(display) {
        let (rx, ry) = (
            root(&mut parent, l.x as usize),
            root(&mut parent, l.y as usize),
        );
        if rx == ry {
            continue;
        }
        let apart = !l.strong
            && !different.is_empty()
            && docs[rx].iter().any(|&a| {
                docs[ry]
                    .iter()
                    .any(|&b| different.contains(&(a.min(b), a.max(b))))
            });
        if apart {
            continue;
        }
        if shared_count(&docs[rx], &docs[ry]) > 0 {
            leftover.push(*l);
            continue;
        }
        let (big, small) = if docs[rx].len() >= docs[ry].len() {
            (rx, ry)
        } else {
            (ry, rx)
        };
        let mut merged = std::mem::take(&mut docs[big]);
        merged.extend(std::mem::take(&mut docs[small]));
        merged.sort_unstable();
        docs[big] = merged;
        parent[small] = big;
    }
    let mut index: FxHashMap<usize, usize> = FxHashMap::default();
    let mut groups: Vec<Group> = Vec::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        let g = *index.entry(r).or_insert_with(|| {
            groups.push(Group {
                members: Vec::new(),
                merged: Vec::new(),
            });
            groups.len() - 1
        });
        groups[g].members.push(i);
    }
    // Merged mentions: a statement whose article the group already has
    // through another statement states this fact too, within another.
    let mut added: FxHashSet<(usize, usize)> = FxHashSet::default();
    // A headline alone in its group whose fact its own article states in the
    // text is that fact's repetition, not a fact of its own.
    let mut repeated: FxHashSet<usize> = FxHashSet::default();
    for l in leftover {
        for (s, other) in [(l.x as usize, l.y as usize), (l.y as usize, l.x as usize)] {
            let g = index[&root(&mut parent, other)];
            let doc = statements[s].doc;
            let has_doc = groups[g].members.iter().any(|&m| statements[m].doc == doc);
            let own_group = index[&root(&mut parent, s)] == g;
            if !own_group && !has_doc && added.insert((g, s)) {
                groups[g].merged.push(s);
            }
            if !own_group && has_doc && statements[s].headline {
                repeated.insert(s);
            }
        }
    }
    groups.retain(|g| {
        !g.members
            .iter()
            .all(|m| repeated.contains(m) && statements[*m].headline)
    });
    groups
}

/// The kind of thing a figure counts: its unit's class, or, with no unit,
/// people when a death word is near ("the death toll rose to 19").
fn class_of(q: &Quantity, text: &str, from: usize) -> Option<String> {
    if q.unit.is_some() {
        return unit_class(q.unit.as_deref());
    }
    let mut lo = q.start.saturating_sub(80).max(from);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (q.end + 16).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    // ASCII the fast way: folding leaves it as its lower case.
    let near = lower(&text[lo..hi]);
    ["toll", "dead", "killed", "deaths", "died"]
        .iter()
        .any(|w| near.contains(w))
        .then(|| "people".to_owned())
}

fn unit_class(unit: Option<&str>) -> Option<String> {
    const PEOPLE: &[&str] = &[
        "people",
        "person",
        "persons",
        "individuals",
        "dead",
        "deaths",
        "killed",
        "others",
        "members",
        "civilians",
        "victims",
        "bodies",
        "lives",
        "fatalities",
        "casualties",
    ];
    let unit = unit?;
    if PEOPLE.contains(&unit) {
        return Some("people".to_owned());
    }
    Some(unit.strip_suffix('s').unwrap_or(unit).to_owned())
}

fn value_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn assemble(
    input: &Input,
    statements: &[Statement],
    packed: &Packed,
    groups: Vec<Group>,
    options: &FactsOptions,
) -> (Vec<Fact>, Vec<Vec<String>>) {
    let rank = &input.times.rank;
    let texts = input.texts;
    let ids = |d: usize| input.articles[d].id.clone();
    // Order groups by first appearance; captions last.
    let mut ordered: Vec<(Vec<(usize, bool)>, bool)> = groups
        .into_iter()
        .map(|g| {
            let mut all: Vec<(usize, bool)> = g
                .members
                .iter()
                .map(|&m| (m, false))
                .chain(g.merged.iter().map(|&m| (m, true)))
                .collect();
            all.sort_by_key(|&(m, merged)| {
                let s = &statements[m];
                (rank[s.doc], merged, s.bytes.start)
            });
            let caption = statements[all[0].0].caption;
            (all, caption)
        })
        .collect();
    ordered.sort_by_key(|(all, caption)| {
        let s = &statements[all[0].0];
        (*caption, rank[s.doc], s.bytes.start)
    });
    let mut facts = Vec::with_capacity(ordered.len());
    let mut added = vec![Vec::new(); input.articles.len()];
    // Per article, the group index of each of its statements, for contradictions.
    let mut fact_of: Vec<usize> = vec![usize::MAX; statements.len()];
    let mut facts_of_doc: Vec<Vec<usize>> = vec![Vec::new(); input.articles.len()];
    for (f, (all, _)) in ordered.iter().enumerate() {
        for &(m, merged) in all {
            if !merged {
                fact_of[m] = f;
            }
            facts_of_doc[statements[m].doc].push(f);
        }
    }
    let by_doc = Carried {
        fact_of: &fact_of,
        facts_of_doc: &facts_of_doc,
    };
    for (f, (all, caption)) in ordered.iter().enumerate() {
        let id = format!("f{}", f + 1);
        let first = &statements[all[0].0];
        let text = texts[first.doc][first.bytes.clone()].trim().to_owned();
        let mentions: Vec<Mention> = all
            .iter()
            .enumerate()
            .map(|(k, &(m, merged))| {
                let s = &statements[m];
                let how = if k == 0 {
                    MentionHow::First
                } else if merged {
                    MentionHow::Merged
                } else if packed.overlap(m, all[0].0) >= options.verbatim_overlap {
                    MentionHow::Verbatim
                } else {
                    MentionHow::Reworded
                };
                Mention {
                    article: ids(s.doc),
                    start: s.bytes.start,
                    end: s.bytes.end,
                    how,
                }
            })
            .collect();
        let changes = changes_of(input, statements, all);
        let origin = origin_of(&input.reports[first.doc], &first.bytes);
        if !caption && (origin == crate::report::OWN || origin.starts_with("credited:")) {
            added[first.doc].push(id.clone());
        }
        let contradictions = match first.silence {
            Some(kind) if !caption => contradictions_of(input, statements, &by_doc, f, all, kind),
            _ => Vec::new(),
        };
        facts.push(Fact {
            id,
            text,
            caption: *caption,
            kinds: first.kinds.clone(),
            numbers: first.quantities.iter().map(|q| q.value).collect(),
            quantities: first
                .quantities
                .iter()
                .map(|q| FactQuantity {
                    text: texts[first.doc][q.start..q.end].to_owned(),
                    value: q.value,
                    upper: q.upper,
                    bound: q.bound,
                    unit: q.unit.clone(),
                })
                .collect(),
            quote: first
                .quote
                .as_ref()
                .map(|r| texts[first.doc][r.clone()].to_owned()),
            mentions,
            first: ids(first.doc),
            origin,
            changes,
            contradictions,
        });
    }
    (facts, added)
}

/// Figures of one kind that take a new value along the timeline. A kind
/// counts in a mention only when the mention gives one figure of it ("two
/// members and seven others" gives two counts of people, so neither is
/// compared); a change is never within one article.
fn changes_of(input: &Input, statements: &[Statement], all: &[(usize, bool)]) -> Vec<Change> {
    struct Seen {
        class: String,
        value: f64,
        upper: Option<f64>,
        text: String,
        doc: usize,
    }
    let classes_of = |s: &Statement| -> Vec<Option<String>> {
        let text = input.texts[s.doc];
        s.quantities
            .iter()
            .map(|q| class_of(q, text, s.bytes.start))
            .collect()
    };
    // Only the kinds of figure the fact itself gives (its first mention's):
    // a repeat that adds "four people still missing" adds another fact.
    let own: Vec<String> = classes_of(&statements[all[0].0])
        .into_iter()
        .flatten()
        .collect();
    let mut seen: Vec<Seen> = Vec::new();
    let mut out = Vec::new();
    for &(m, merged) in all {
        if merged {
            continue;
        }
        let s = &statements[m];
        let text = input.texts[s.doc];
        let classes = classes_of(s);
        for (q, class) in s.quantities.iter().zip(&classes) {
            let Some(class) = class.as_ref().filter(|c| own.contains(c)) else {
                continue;
            };
            if classes.iter().filter(|c| c.as_ref() == Some(class)).count() > 1 {
                continue;
            }
            let same_kind: Vec<&Seen> = seen.iter().filter(|v| &v.class == class).collect();
            if same_kind
                .iter()
                .any(|v| v.value == q.value && v.upper == q.upper)
            {
                continue;
            }
            if let Some(before) = same_kind.last().filter(|b| b.doc != s.doc) {
                out.push(Change {
                    article: input.articles[s.doc].id.clone(),
                    from_article: input.articles[before.doc].id.clone(),
                    from: value_text(before.value),
                    to: value_text(q.value),
                    from_text: before.text.clone(),
                    to_text: text[q.start..q.end].to_owned(),
                    unit: q.unit.clone(),
                    start: q.start,
                    end: q.end,
                });
            }
            seen.push(Seen {
                class: class.clone(),
                value: q.value,
                upper: q.upper,
                text: text[q.start..q.end].to_owned(),
                doc: s.doc,
            });
        }
    }
    out
}

/// Later statements that break a silence: words attributed to the party
/// that gave no comment, or a claim of the attack no one had claimed.
fn contradictions_of(
    input: &Input,
    statements: &[Statement],
    carried: &Carried,
    f: usize,
    all: &[(usize, bool)],
    kind: Silence,
) -> Vec<Contradiction> {
    let rank = &input.times.rank;
    let first = &statements[all[0].0];
    let carriers: FxHashSet<usize> = all.iter().map(|&(m, _)| statements[m].doc).collect();
    // Facts the carriers state: an article stating one of them (other than
    // this one) reports the same event.
    let shared: FxHashSet<usize> = carriers
        .iter()
        .flat_map(|&d| carried.facts_of_doc[d].iter().copied())
        .filter(|&g| g != f)
        .collect();
    // The party: who said nothing, in any mention of the silence.
    let mut party: Vec<String> = all
        .iter()
        .flat_map(|&(m, _)| statements[m].party.iter().cloned())
        .collect();
    party.sort();
    party.dedup();
    let mut out: Vec<Contradiction> = Vec::new();
    let mut done: Vec<usize> = Vec::new();
    for (i, s) in statements.iter().enumerate() {
        if s.caption
            || carried.fact_of[i] == f
            || s.silence.is_some()
            || rank[s.doc] < rank[first.doc]
        {
            continue;
        }
        // The same event: an article that carries the silence, or one that
        // shares a fact with those that do.
        if !carriers.contains(&s.doc)
            && !carried.facts_of_doc[s.doc]
                .iter()
                .any(|g| shared.contains(g))
        {
            continue;
        }
        let breaks = match kind {
            Silence::Comment => {
                s.kinds.contains(&FactKind::Attribution)
                    && breaks_silence(&party, &speakers_of_statement(input, s))
            }
            Silence::Claim => s.claims,
        };
        // Every such statement of an article, up to three.
        let count = done.iter().filter(|&&d| d == s.doc).count();
        if breaks && count < 3 {
            done.push(s.doc);
            let note = match kind {
                Silence::Comment => "no comment was reported, then words attributed to that side",
                Silence::Claim => "no claim was reported, then a claim",
            };
            out.push(Contradiction {
                article: input.articles[s.doc].id.clone(),
                start: s.bytes.start,
                end: s.bytes.end,
                note: note.to_owned(),
            });
        }
    }
    out.sort_by_key(|c| {
        let d = input
            .articles
            .iter()
            .position(|a| a.id == c.article)
            .unwrap_or(0);
        (rank[d], c.start)
    });
    out
}

/// Which fact each statement belongs to, and the facts of each article.
struct Carried<'a> {
    fact_of: &'a [usize],
    facts_of_doc: &'a [Vec<usize>],
}

/// Where the words of a span come from: the source of the article span
/// that covers most of it.
fn origin_of(report: &ArticleReport, bytes: &Range<usize>) -> String {
    let mut best: Option<(usize, &str)> = None;
    for span in &report.spans {
        let (Some(source), lo, hi) = (
            span.source.as_deref(),
            span.start.max(bytes.start),
            span.end.min(bytes.end),
        ) else {
            continue;
        };
        if hi > lo && best.is_none_or(|(n, _)| hi - lo > n) {
            best = Some((hi - lo, source));
        }
    }
    best.map_or(crate::report::OWN, |(_, s)| s).to_owned()
}
