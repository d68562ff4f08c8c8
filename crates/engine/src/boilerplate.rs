//! Boilerplate: page clutter that is not article text (navigation, page
//! date lines, link lists, "Read more:" teasers, calls to action, comment
//! prompts, advertisements, photo captions and credits, repeated captions),
//! and the furniture of agency copy (slug lines, priority and version lines,
//! timestamps, `By NAME, AGENCY` bylines, `end`, `more`, `-30-`, rules of
//! dashes or `=`, editors' initials, credit trailers, update notes). It is
//! marked, kept visible, and left out of every score.
//!
//! ## Forms
//! Each paragraph is classified on its own text by rules that need no
//! corpus (so two articles suffice):
//! - known clutter phrases, the whole paragraph ("Related Articles", "Back
//!   to top", "Menu", "Most Read"), and beginnings, as whole words ("Read
//!   more:", "Watch:", "WATCH LIVE:", "Subscribe now", "Sign up for",
//!   "Photo gallery:", "Photos:", "Listen to this article", "Share this
//!   article", "Follow us on", "File photo:");
//! - calls to action by their shape, short and without a full stop: an app
//!   prompt ("Download the KXVB News 7 app for alerts": download, get or
//!   install, and the word "app") and a social one ("Follow Jane Doe on
//!   Instagram": share, follow, like or join, and a network's name);
//! - photo-credit parentheticals such as "(AP Photo/…)" or "(NAME / AFP)";
//! - agency credit trailers anywhere in the text, in parentheses or not:
//!   "(Reporting by X in City; additional reporting by Z; Writing by W;
//!   Editing by V)", "Reporting by X; editing by Y": nothing but desk roles,
//!   each followed by "by" and names (capitalised words, joined by "and",
//!   "in", "at", "from" and name particles), so "Reporting by local media
//!   suggested …" is a sentence;
//! - update notes: a whole paragraph in parentheses that opens with an
//!   editor's verb and has no full stop ("(Adds company statement, 2023
//!   fine)", "(Updates with death toll)", "(Recasts, adds quotes)"); "(UPDATE
//!   1)" is a version line (below);
//! - wire lines recognised by their shape alone (a short line with no
//!   sentence in it: a slug such as `BC-Court-Porter,0412` or `COURTS
//!   Porter/Jailed`, a line of dates, times and zones, a priority or version
//!   line, a trailer word, a rule, initials, a byline);
//! - page date lines, the whole paragraph a cue and its date and nothing
//!   else ("Published: 17 June 2025, 07:15 GMT", "Last updated 3 hours ago",
//!   "Posted on March 3, 2025 at 9:14 am"; [`crate::dates::page_line`]); a
//!   sentence that says "published" is text;
//! - reading-time and label lines ("2 minutes", "Publication of: change:");
//! - breadcrumbs: steps of a few capitalised words between ">", "/", "›",
//!   "»" or "|" ("KXVB News 7 > Local > Fire", "Home / News / California /
//!   Wildfires"), three steps or more anywhere, two at the top of the page;
//!   and menu items run together at the top ("Middle EastWar").
//!
//! Then each paragraph with its neighbours:
//! - link lists: numbered headlines ("2. Marlow Springs council approves
//!   $4.5 million pool renovation": a small number, a dot or bracket, a
//!   capital, no full stop) right after a list heading ("Most Read", "Popular",
//!   "Trending", "Related Articles") or in a run of consecutively numbered
//!   ones; and unnumbered headlines right after a list heading below the
//!   story's first sentence (a "Trending" menu above the headline leaves the
//!   headline alone);
//! - any paragraph of four or more words repeated inside the same article
//!   (a caption shown twice).
//!
//! Credit trailers and update notes are [`Clutter::Wire`] but not
//! [`feed_marker`]s: papers print them under the agency stories they carry.
//! The limits (words, steps, list numbers) are
//! [`crate::options::BoilerplateOptions`].
//!
//! Cost: O(n) in the length of the text (plus a hash set of paragraphs).
//!
//! Source: the clutter classes of boilerplate-removal work (Kohlschütter et
//! al., "Boilerplate detection using shallow text features", 2010), reduced to
//! rules that hold on single pasted articles.

use crate::options::BoilerplateOptions;
use crate::text::fold;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// What kind of clutter a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Clutter {
    /// Site navigation: crumbs, "Back to top", labels, reading time, page
    /// date lines ("Published: 17 June 2025, 07:15 GMT").
    Navigation,
    /// Links to other content and calls to action: "Related Articles",
    /// "Read more: …", a "Most Read" list, "Watch: …", "Subscribe now".
    Promotion,
    /// Comment prompts: "Leave a Reply".
    Comments,
    /// "Advertisement", "Sponsored".
    Advertisement,
    /// A photo caption or credit.
    Caption,
    /// A paragraph repeated inside the same article.
    Repeated,
    /// An agency feed's header or trailer line: slug, priority, version,
    /// timestamp, byline, `end`/`more`, a rule, editors' initials, a credit
    /// trailer ("(Reporting by …; Editing by …)"), an update note ("(Adds …)").
    Wire,
}

/// Whole-paragraph phrases (folded, without trailing punctuation).
const PHRASES: &[(&str, Clutter)] = &[
    ("related articles", Clutter::Promotion),
    ("related", Clutter::Promotion),
    ("related stories", Clutter::Promotion),
    ("related posts", Clutter::Promotion),
    ("related news", Clutter::Promotion),
    ("related content", Clutter::Promotion),
    ("read more", Clutter::Promotion),
    ("read also", Clutter::Promotion),
    ("also read", Clutter::Promotion),
    ("see also", Clutter::Promotion),
    ("more stories", Clutter::Promotion),
    ("more news", Clutter::Promotion),
    ("most popular", Clutter::Promotion),
    ("most read", Clutter::Promotion),
    ("most viewed", Clutter::Promotion),
    ("most shared", Clutter::Promotion),
    ("popular", Clutter::Promotion),
    ("popular now", Clutter::Promotion),
    ("trending", Clutter::Promotion),
    ("trending now", Clutter::Promotion),
    ("top stories", Clutter::Promotion),
    ("read next", Clutter::Promotion),
    ("recommended", Clutter::Promotion),
    ("you may also like", Clutter::Promotion),
    ("editors' picks", Clutter::Promotion),
    ("editor's picks", Clutter::Promotion),
    ("share", Clutter::Promotion),
    ("share this", Clutter::Promotion),
    ("share this article", Clutter::Promotion),
    ("follow us", Clutter::Promotion),
    ("subscribe", Clutter::Promotion),
    ("newsletter", Clutter::Promotion),
    ("advertisement", Clutter::Advertisement),
    ("advertisements", Clutter::Advertisement),
    ("sponsored", Clutter::Advertisement),
    ("sponsored content", Clutter::Advertisement),
    ("back to top", Clutter::Navigation),
    ("back to top button", Clutter::Navigation),
    ("skip to content", Clutter::Navigation),
    ("skip to main content", Clutter::Navigation),
    ("home", Clutter::Navigation),
    ("menu", Clutter::Navigation),
    ("main menu", Clutter::Navigation),
    ("search", Clutter::Navigation),
    ("sign in", Clutter::Navigation),
    ("log in", Clutter::Navigation),
    ("print", Clutter::Navigation),
    ("leave a reply", Clutter::Comments),
    ("leave a comment", Clutter::Comments),
    ("cancel reply", Clutter::Comments),
    ("comments", Clutter::Comments),
];

/// Headings of link lists: the headlines under them are links too.
const LIST_HEADINGS: &[&str] = &[
    "related",
    "related articles",
    "related stories",
    "related posts",
    "related news",
    "related content",
    "read more",
    "read next",
    "see also",
    "more stories",
    "more news",
    "most popular",
    "most read",
    "most viewed",
    "most shared",
    "popular",
    "popular now",
    "trending",
    "trending now",
    "top stories",
    "recommended",
    "you may also like",
    "editors' picks",
    "editor's picks",
];

/// Paragraph beginnings (folded), as whole words, that mark the whole paragraph.
const PREFIXES: &[(&str, Clutter)] = &[
    ("read more:", Clutter::Promotion),
    ("also read:", Clutter::Promotion),
    ("read also:", Clutter::Promotion),
    ("see also:", Clutter::Promotion),
    ("related:", Clutter::Promotion),
    ("watch:", Clutter::Promotion),
    ("watch live", Clutter::Promotion),
    ("watch now", Clutter::Promotion),
    ("watch video", Clutter::Promotion),
    ("watch the video", Clutter::Promotion),
    ("video:", Clutter::Promotion),
    ("photo gallery", Clutter::Promotion),
    ("gallery:", Clutter::Promotion),
    ("photos:", Clutter::Promotion),
    ("pictures:", Clutter::Promotion),
    ("in pictures:", Clutter::Promotion),
    ("listen:", Clutter::Promotion),
    ("listen to this article", Clutter::Promotion),
    ("listen to this story", Clutter::Promotion),
    ("share this article", Clutter::Promotion),
    ("share this story", Clutter::Promotion),
    ("click here", Clutter::Promotion),
    ("subscribe:", Clutter::Promotion),
    ("subscribe to", Clutter::Promotion),
    ("subscribe now", Clutter::Promotion),
    ("subscribe today", Clutter::Promotion),
    ("subscribe for", Clutter::Promotion),
    ("sign up for", Clutter::Promotion),
    ("sign up to", Clutter::Promotion),
    ("sign up now", Clutter::Promotion),
    ("sign up here", Clutter::Promotion),
    ("follow us", Clutter::Promotion),
    ("advertisement", Clutter::Advertisement),
    ("file:", Clutter::Caption),
    ("file photo:", Clutter::Caption),
    ("photo:", Clutter::Caption),
    ("image:", Clutter::Caption),
    ("picture:", Clutter::Caption),
    ("pictured:", Clutter::Caption),
    ("credit:", Clutter::Caption),
    ("photo credit:", Clutter::Caption),
];

/// Classifies each paragraph (byte ranges of `text`): `Some(kind)` for clutter.
///
/// ```
/// use wiretrace_engine::boilerplate::{classify, Clutter};
/// use wiretrace_engine::segment::paragraphs;
/// let text = "Strike kills commander\nThe strike killed two members, officials said.\nRelated Articles\nBack to top button";
/// let kinds = classify(text, &paragraphs(text));
/// assert_eq!(kinds, [None, None, Some(Clutter::Promotion), Some(Clutter::Navigation)]);
/// ```
pub fn classify(text: &str, paragraphs: &[Range<usize>]) -> Vec<Option<Clutter>> {
    classify_with(text, paragraphs, &BoilerplateOptions::default())
}

/// [`classify`] with the given limits.
pub fn classify_with(
    text: &str,
    paragraphs: &[Range<usize>],
    options: &BoilerplateOptions,
) -> Vec<Option<Clutter>> {
    let folded: Vec<String> = paragraphs
        .iter()
        .map(|r| fold_line(&text[r.clone()]))
        .collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut kinds: Vec<Option<Clutter>> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, r)| by_rule(&text[r.clone()], &folded[i], i, options))
        .collect();
    let lines: Vec<&str> = paragraphs.iter().map(|r| text[r.clone()].trim()).collect();
    link_lists(&lines, &folded, &mut kinds, options);
    for (i, line) in folded.iter().enumerate() {
        if line.unicode_words().count() < 4 {
            continue;
        }
        if let Some(&first) = seen.get(line.as_str()) {
            for k in [first, i] {
                kinds[k] = kinds[k].or(Some(Clutter::Repeated));
            }
        } else {
            seen.insert(line, i);
        }
    }
    kinds
}

/// Marks link lists: the headlines under a list heading, and runs of
/// numbered headlines (see the module doc).
fn link_lists(
    lines: &[&str],
    folded: &[String],
    kinds: &mut [Option<Clutter>],
    o: &BoilerplateOptions,
) {
    let items: Vec<Option<u32>> = lines.iter().map(|l| list_item(l, o)).collect();
    let mut story = false;
    let mut i = 0;
    while i < lines.len() {
        if LIST_HEADINGS.contains(&bare(&folded[i])) {
            let mut j = i + 1;
            while j < lines.len() {
                match kinds[j] {
                    None => {}
                    // An advertisement or a second heading inside the list.
                    Some(Clutter::Promotion | Clutter::Advertisement) => {
                        j += 1;
                        continue;
                    }
                    Some(_) => break,
                }
                let link = items[j].is_some() || (story && headline_like(lines[j], o));
                if !link {
                    break;
                }
                kinds[j] = Some(Clutter::Promotion);
                j += 1;
            }
            i = j;
            continue;
        }
        story |= kinds[i].is_none()
            && lines[i]
                .trim_end_matches(['"', '”', '’', '\'', ')'])
                .ends_with(['.', '!', '?']);
        i += 1;
    }
    let mut i = 0;
    while i < lines.len() {
        if kinds[i].is_some() || items[i].is_none() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < lines.len() && kinds[j].is_none() && items[j] == items[j - 1].map(|n| n + 1) {
            j += 1;
        }
        if j - i >= o.list_run {
            kinds[i..j].fill(Some(Clutter::Promotion));
        }
        i = j;
    }
}

/// The number of a numbered headline ("2. Council approves pool renovation").
fn list_item(line: &str, o: &BoilerplateOptions) -> Option<u32> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let number: u32 = line[..digits].parse().ok()?;
    let rest = line[digits..].strip_prefix(['.', ')'])?;
    (rest.starts_with(char::is_whitespace)
        && (1..=o.list_number).contains(&number)
        && headline_like(rest, o))
    .then_some(number)
}

/// A headline: a few words, opening with a capital, a digit or a quotation
/// mark, without a full stop at the end.
fn headline_like(line: &str, o: &BoilerplateOptions) -> bool {
    let line = line.trim();
    let words = line.unicode_words().count();
    (1..=o.headline_words).contains(&words)
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'".contains(c))
        && !line
            .trim_end_matches(['"', '”', '’', '\'', ')'])
            .ends_with(['.', ',', ';', ':'])
}

/// The folded line without its trailing punctuation.
fn bare(folded: &str) -> &str {
    folded
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '…')
        .trim()
}

/// The line with its words folded and single spaces between them.
fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for (k, word) in line.split_whitespace().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        if word.is_ascii() {
            out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            out.push_str(&fold(word));
        }
    }
    out
}

fn by_rule(line: &str, folded: &str, index: usize, o: &BoilerplateOptions) -> Option<Clutter> {
    let bare = bare(folded);
    if let Some(&(_, kind)) = PHRASES.iter().find(|(p, _)| *p == bare) {
        return Some(kind);
    }
    if let Some(&(_, kind)) = PREFIXES.iter().find(|(p, _)| opens_with(folded, p)) {
        return Some(kind);
    }
    let words: Vec<&str> = line.unicode_words().collect();
    if is_prompt(line, &words, o) {
        return Some(Clutter::Promotion);
    }
    if is_credit_trailer(&words, o) || is_update_note(line, &words, o) {
        return Some(Clutter::Wire);
    }
    if has_photo_credit(line) {
        return Some(Clutter::Caption);
    }
    if is_wire_line(line, bare, &words) {
        return Some(Clutter::Wire);
    }
    if words.len() <= o.date_line_words && crate::dates::page_line(line) {
        return Some(Clutter::Navigation);
    }
    if is_reading_time(&words) || (words.len() <= 4 && folded.ends_with(':')) {
        return Some(Clutter::Navigation);
    }
    is_crumb(line, &words, index, o).then_some(Clutter::Navigation)
}

/// `folded` opens with `prefix` as whole words ("subscribe to" is not the
/// start of "subscribe today").
fn opens_with(folded: &str, prefix: &str) -> bool {
    folded.strip_prefix(prefix).is_some_and(|rest| {
        prefix.ends_with(|c: char| !c.is_alphanumeric()) || !rest.starts_with(char::is_alphanumeric)
    })
}

/// Social networks named in "Follow … on …" and "Share on …" prompts.
const NETWORKS: &[&str] = &[
    "facebook",
    "instagram",
    "twitter",
    "x",
    "tiktok",
    "youtube",
    "linkedin",
    "whatsapp",
    "telegram",
    "threads",
    "bluesky",
    "mastodon",
    "snapchat",
];

/// A call to action by its shape: short, no full stop, "Download the … app"
/// or "Follow … on Instagram".
fn is_prompt(line: &str, words: &[&str], o: &BoilerplateOptions) -> bool {
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    if words.len() > o.prompt_words || line.trim_end().ends_with('.') {
        return false;
    }
    let has = |list: &[&str]| {
        rest.iter()
            .any(|w| list.contains(&w.to_lowercase().as_str()))
    };
    match first.to_lowercase().as_str() {
        "download" | "get" | "install" => has(&["app", "apps"]),
        "share" | "follow" | "like" | "join" => has(NETWORKS),
        _ => false,
    }
}

/// Desk roles of an agency credit trailer, each followed by "by".
const DESK_ROLES: &[&str] = &[
    "reporting",
    "reported",
    "writing",
    "written",
    "editing",
    "edited",
    "research",
    "compiled",
    "compiling",
    "translation",
    "translated",
    "translating",
    "graphics",
    "production",
    "produced",
];

/// Words that may stand with a desk role ("additional reporting by",
/// "with additional reporting by", "Reporting and writing by").
const ROLE_MODIFIERS: &[&str] = &["additional", "further", "with", "and"];

/// Lower-case words inside the names of a credit trailer or a byline.
const NAME_PARTICLES: &[&str] = &[
    "and", "of", "de", "van", "von", "der", "al", "bin", "la", "le", "du", "da", "di", "del",
    "dos", "el", "ibn",
];

/// Lower-case words that join the names and places of a credit trailer
/// ("Reporting by X in Lima and Y at the United Nations").
const TRAILER_LINKS: &[&str] = &["in", "at", "from", "the"];

/// An agency credit trailer: desk roles, each with "by" and names, and
/// nothing else ("(Reporting by X in City; Editing by Y)").
fn is_credit_trailer(words: &[&str], o: &BoilerplateOptions) -> bool {
    if words.is_empty() || words.len() > o.trailer_words {
        return false;
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // The word after "by" when a role phrase starts at `k`.
    let role_at = |k: usize| -> Option<usize> {
        let mut core = false;
        for (j, w) in lower.iter().enumerate().skip(k).take(4) {
            if w == "by" {
                return core.then_some(j + 1);
            }
            if DESK_ROLES.contains(&w.as_str()) {
                core = true;
            } else if !ROLE_MODIFIERS.contains(&w.as_str()) {
                return None;
            }
        }
        None
    };
    let mut k = 0;
    while k < words.len() {
        let Some(mut j) = role_at(k) else {
            return false;
        };
        let mut names = 0;
        while j < words.len() && role_at(j).is_none() {
            if words[j].chars().next().is_some_and(char::is_uppercase) {
                names += 1;
            } else if !NAME_PARTICLES.contains(&lower[j].as_str())
                && !TRAILER_LINKS.contains(&lower[j].as_str())
            {
                return false;
            }
            j += 1;
        }
        if names == 0 {
            return false;
        }
        k = j;
    }
    true
}

/// Editors' verbs that open an update note ("(Adds company statement)").
const NOTE_VERBS: &[&str] = &[
    "adds",
    "updates",
    "update",
    "recasts",
    "changes",
    "corrects",
    "corrected",
    "fixes",
    "rewrites",
    "refiles",
    "refile",
    "repeats",
    "repeat",
    "removes",
    "inserts",
    "deletes",
    "amends",
    "restores",
    "replaces",
    "clarifies",
    "expands",
    "moves",
    "tops",
    "writethru",
];

/// An update note: the whole paragraph in parentheses, opening with an
/// editor's verb, with no full stop ("(Adds company statement, 2023 fine)").
fn is_update_note(line: &str, words: &[&str], o: &BoilerplateOptions) -> bool {
    let Some(inner) = line
        .trim()
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
    else {
        return false;
    };
    !inner.contains(['(', ')'])
        && !inner.trim_end().ends_with('.')
        && words.len() <= o.note_words
        && words
            .first()
            .is_some_and(|w| NOTE_VERBS.contains(&w.to_lowercase().as_str()))
}

/// "(AP Photo/Hadi Mizban)", "(AHMAD AL-RUBAYE / AFP)", "(Getty Images)" at the end.
fn has_photo_credit(line: &str) -> bool {
    let Some(open) = line.trim_end().strip_suffix(')').and_then(|l| l.rfind('(')) else {
        return false;
    };
    let inside = &line[open + 1..line.trim_end().len() - 1];
    let lower = inside.to_lowercase();
    let short = inside.unicode_words().count() <= 8;
    short
        && (lower.contains("photo")
            || lower.contains("getty images")
            || (inside.contains('/') && !inside.contains("//")))
}

/// Whole lines (folded, bare) that agency feeds put around a story.
const WIRE_WORDS: &[&str] = &[
    "end",
    "ends",
    "(end)",
    "endit",
    "more",
    "(more)",
    "-more-",
    "- more -",
    "more to follow",
    "-30-",
    "- 30 -",
    "###",
    "# # #",
    "urgent",
    "flash",
    "bulletin",
    "newsalert",
    "news alert",
    "alert",
    "advisory",
    "embargoed",
    "correction",
    "corrected",
    "refile",
    "repeat",
    "update",
    "writethru",
    "new series",
    "eds",
    "lead",
    "top",
    "breaking",
];

/// Time zones of feed timestamps.
const ZONES: &[&str] = &[
    "gmt", "utc", "z", "bst", "ist", "wet", "west", "cet", "cest", "eet", "eest", "msk", "est",
    "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "akst", "hst", "aest", "aedt",
    "acst", "awst", "nzst", "nzdt", "jst", "kst", "hkt", "sgt", "wib", "am", "pm",
];

/// Month and day names, and ordinal suffixes: a timestamp's words, which a
/// page's date alone has too.
const CALENDAR: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "st",
    "nd",
    "rd",
    "th",
];

/// Version and priority words of feed headers (`1st Ld-Writethru`).
const VERSION: &[&str] = &[
    "ld",
    "writethru",
    "lead",
    "update",
    "urgent",
    "correction",
    "refile",
    "sub",
    "pickup",
    "words",
    "graf",
    "grafs",
    "add",
    "insert",
    "version",
];

/// An agency feed's header or trailer line, by its shape: no sentence in it.
///
/// - a trailer or priority word alone (`end`, `more`, `-30-`, `URGENT`);
/// - a rule: three or more of `-`, `=`, `_`, `*`, `~`, `#` and nothing else;
/// - editors' initials: `AB/CD`, `jh/sq`, `mk-jw`;
/// - a timestamp or version line: numbers, zones, months, days and version
///   words only, with at least one number (`04/01/2024 14:32 GMT`,
///   `141432 GMT Jan 24`, `1st Ld-Writethru`);
/// - a slug: at most five words, none lower-case, no end of sentence, an
///   upper-case word joined to others by `-`, `/` or `,`
///   (`BC-Court-Porter,0412`, `COURTS Porter/Jailed`, `AM-Iraq-US/`);
/// - a byline: `By NAME, AGENCY` or `By NAME` alone, at most eight words,
///   every word after "By" capitalised but connectors.
fn is_wire_line(line: &str, bare: &str, words: &[&str]) -> bool {
    wire_shape(line, bare, words).is_some()
}

/// The shapes of agency feed lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WireShape {
    /// `end`, `more`, `-30-`.
    Trailer,
    /// A rule of dashes or equals signs.
    Rule,
    /// Editors' initials.
    Initials,
    /// A clock time, zone or date line (web pages have them too).
    Timestamp,
    /// A version or priority line (`1st Ld-Writethru`, `URGENT`).
    Version,
    /// A slug.
    Slug,
    /// A byline (web pages have them too).
    Byline,
}

/// Whether a paragraph holds a line only agency feeds have (a slug, a
/// priority or version line, a trailer, a rule, editors' initials), not
/// the timestamps and bylines that web pages carry as well: the mark of
/// an agency's own copy.
///
/// ```
/// use wiretrace_engine::boilerplate::feed_marker;
/// assert!(feed_marker("BC-Court-Porter,0412"));
/// assert!(feed_marker("1st Ld-Writethru"));
/// assert!(!feed_marker("Published 11 March 2025, 14:05 | Updated 14:40"));
/// assert!(!feed_marker("By Helen Marchant"));
/// ```
pub fn feed_marker(paragraph: &str) -> bool {
    paragraph.lines().any(|line| {
        let folded = fold_line(line);
        let words: Vec<&str> = line.unicode_words().collect();
        !matches!(
            wire_shape(line, bare(&folded), &words),
            None | Some(WireShape::Timestamp | WireShape::Byline)
        )
    })
}

fn wire_shape(line: &str, bare: &str, words: &[&str]) -> Option<WireShape> {
    let line = line.trim();
    // Feed lines are short; most paragraphs are not.
    if words.len() > 8 {
        return None;
    }
    if WIRE_WORDS.contains(&bare) || WIRE_WORDS.contains(&line.to_lowercase().as_str()) {
        return Some(WireShape::Trailer);
    }
    let chars: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    if chars.len() >= 3 && chars.iter().all(|c| "-=_*~#".contains(*c)) {
        return Some(WireShape::Rule);
    }
    let initials = |s: &str| (1..=4).contains(&s.len()) && s.chars().all(char::is_alphabetic);
    if let Some((x, y)) = line.split_once(['/', '-']) {
        if !line.contains(' ') && initials(x) && initials(y) {
            return Some(WireShape::Initials);
        }
    }
    if words.is_empty() {
        return None;
    }
    let numbers = words
        .iter()
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
        .count();
    let stem = |w: &str| {
        w.to_lowercase()
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .to_owned()
    };
    let in_list = |list: &[&str], w: &str| list.contains(&stem(w).as_str());
    let header = words.iter().all(|w| {
        w.chars().all(|c| c.is_ascii_digit() || ".:,".contains(c))
            || in_list(ZONES, w)
            || in_list(CALENDAR, w)
            || in_list(VERSION, w)
    });
    // A date alone is a page's dateline, not a feed's header: the header
    // has a clock time, a zone or a version word.
    let marker = line.contains(':')
        || words.iter().any(|w| {
            in_list(ZONES, w)
                || in_list(VERSION, w)
                || (w.len() == 6 && numbers > 0 && w.chars().all(|c| c.is_ascii_digit()))
        });
    if numbers > 0 && header && marker {
        return Some(if words.iter().any(|w| in_list(VERSION, w)) {
            WireShape::Version
        } else {
            WireShape::Timestamp
        });
    }
    let ends_sentence = line.ends_with(['.', '!', '?', '"', '”']);
    let upper = |w: &str| {
        w.chars().any(char::is_alphabetic)
            && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let first = line.split_whitespace().next().unwrap_or("");
    // A slug has no lower-case word ("US-Iraq talks resume" is a headline).
    let slug = words.len() <= 5
        && !ends_sentence
        && words
            .iter()
            .all(|w| !w.chars().next().is_some_and(char::is_lowercase))
        && line.split_whitespace().any(|w| {
            let parts: Vec<&str> = w.split(['-', '/', ',']).filter(|p| !p.is_empty()).collect();
            w.contains(['-', '/'])
                && (parts.len() >= 2 || w.ends_with('/'))
                && (parts.first().is_some_and(|p| upper(p))
                    || upper(first.trim_end_matches(['-', '/'])))
        });
    if slug {
        return Some(WireShape::Slug);
    }
    line.strip_prefix("By ")
        .is_some_and(|rest| {
            !ends_sentence
                && words.len() <= 8
                && rest.unicode_words().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase) || NAME_PARTICLES.contains(&w)
                })
        })
        .then_some(WireShape::Byline)
}

/// "2 minutes", "5 min read".
fn is_reading_time(words: &[&str]) -> bool {
    match words {
        [n, unit, rest @ ..] => {
            n.chars().all(|c| c.is_ascii_digit())
                && ["min", "mins", "minute", "minutes"].contains(&unit.to_lowercase().as_str())
                && rest.iter().all(|w| w.eq_ignore_ascii_case("read"))
                && rest.len() <= 1
        }
        _ => false,
    }
}

/// Crumb lines: a trail of steps ("KXVB News 7 > Local > Fire", "Home /
/// News / California / Wildfires") of three steps or more anywhere; at the
/// top, a trail of two ("World › Asia") and short lines of menu items run
/// together ("Middle EastWar").
fn is_crumb(line: &str, words: &[&str], index: usize, o: &BoilerplateOptions) -> bool {
    if line.trim_end().ends_with(['.', '?', '!', '"', '”']) {
        return false;
    }
    let steps = crumb_steps(line, o);
    if steps >= 3 {
        return true;
    }
    if index >= o.crumb_top {
        return false;
    }
    let joined = words.iter().any(|w| {
        let chars: Vec<char> = w.chars().collect();
        chars
            .windows(2)
            .any(|p| p[0].is_lowercase() && p[1].is_uppercase())
    });
    steps == 2 || (words.len() <= 4 && (joined || CRUMB_MARKS.iter().any(|s| line.contains(*s))))
}

/// Separators of crumb steps; ">" and "/" only with spaces around them
/// ("AM-Iraq-US/", "24/7" and "(AP Photo/…)" are not crumbs).
const CRUMB_SEPARATORS: &[&str] = &[" > ", " / ", "›", "»", "|"];

/// Marks that make a short top line a crumb.
const CRUMB_MARKS: &[&str] = &["›", "»", "|", ">"];

/// The steps of a crumb trail in `line`: each a few words opening with a
/// capital; 0 when the line is not one.
fn crumb_steps(line: &str, o: &BoilerplateOptions) -> usize {
    let line = line.trim();
    CRUMB_SEPARATORS
        .iter()
        .filter(|sep| line.contains(**sep))
        .map(|sep| {
            let steps: Vec<&str> = line.split(sep).map(str::trim).collect();
            let step = |s: &&str| {
                (1..=o.crumb_step_words).contains(&s.unicode_words().count())
                    && s.chars().next().is_some_and(char::is_uppercase)
                    && !s.ends_with(['.', ',', ';', ':'])
            };
            if steps.iter().all(step) {
                steps.len()
            } else {
                0
            }
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    fn check(text: &str, expected: &[Option<Clutter>]) {
        assert_eq!(classify(text, &paragraphs(text)), expected, "{text}");
    }

    #[test]
    fn clutter_lines_from_real_pages() {
        use Clutter::*;
        let cases: &[(&str, Option<Clutter>)] = &[
            ("Related Articles", Some(Promotion)),
            ("Back to top button", Some(Navigation)),
            ("Leave a Reply", Some(Comments)),
            ("Advertisement", Some(Advertisement)),
            ("Most Popular", Some(Promotion)),
            ("read more:", Some(Promotion)),
            ("Also read: Several US state capitols shut down briefly after receiving hoax bomb threats", Some(Promotion)),
            ("Read more: Storm damage along the coast", Some(Promotion)),
            ("2 minutes", Some(Navigation)),
            ("Publication of: change:", Some(Navigation)),
            ("File: Fighters lift flags during a funeral in Baghdad on December 4, 2023. (AHMAD AL-RUBAYE / AFP)", Some(Caption)),
            ("Ambulances line up in front of a building in Baghdad, Iraq, January 4, 2024. (AP Photo/Hadi Mizban)", Some(Caption)),
            // Article text stays article text.
            ("Regional tensions", None),
            ("The strike killed “two members and wounded seven others,” said the official.", None),
            ("The Popular Mobilization Force (PMF) said the strike had killed a commander.", None),
            ("Times of Israel staff contributed to this report.", None),
            ("(With inputs from agencies)", None),
            // Agency feed headers and trailers.
            ("BC-Court-Porter,0412", Some(Wire)),
            ("COURTS Porter/Jailed", Some(Wire)),
            ("AM-Iraq-US/", Some(Wire)),
            ("URGENT", Some(Wire)),
            ("1st Ld-Writethru", Some(Wire)),
            ("04/01/2024 14:32 GMT", Some(Wire)),
            ("141432 GMT Jan 24", Some(Wire)),
            ("Thu Jan 4, 2024 2:32pm EST", Some(Wire)),
            ("By Sarah Quint, Press Association", Some(Wire)),
            ("By Ahmed Rasheed and Timour Azhari", Some(Wire)),
            ("end", Some(Wire)),
            ("ENDS", Some(Wire)),
            ("(END)", Some(Wire)),
            ("more", Some(Wire)),
            ("-30-", Some(Wire)),
            ("###", Some(Wire)),
            ("------------------------------", Some(Wire)),
            ("= = = = =", Some(Wire)),
            ("AB/CD", Some(Wire)),
            ("jh/sq", Some(Wire)),
            // Text that looks a little like them stays text.
            ("By the time police arrived, the men had fled.", None),
            ("By law, the council must publish the report.", None),
            ("More than 100 people were evacuated.", None),
            ("The end came quickly for the club.", None),
            ("Anti-corruption protests spread to Basra.", None),
            ("US-Iraq talks resume", None),
            ("4 January 2024", None),
        ];
        for &(line, kind) in cases {
            let text = format!("Headline of the story here\nFirst paragraph of the story.\n{line}");
            assert_eq!(classify(&text, &paragraphs(&text))[2], kind, "{line}");
        }
    }

    #[test]
    fn crumbs_only_at_the_top() {
        check(
            "Middle EastWar\nIraq’s Pro-Iran Hashed Force Says ‘US Strike’ Kills Senior Commander\nText.\nMiddle EastWar",
            &[Some(Clutter::Navigation), None, None, None],
        );
    }

    #[test]
    fn a_caption_shown_twice_is_marked_both_times() {
        let caption = "Ambulances line up in front of a building used by the militia group";
        let text = format!("Headline\n{caption}\n{caption}\nThe story.");
        check(
            &text,
            &[None, Some(Clutter::Repeated), Some(Clutter::Repeated), None],
        );
    }

    /// Feed furniture and page clutter that used to reach the body, each
    /// form with lines that must be caught and look-alikes that must not.
    #[test]
    fn feed_furniture_and_page_clutter_table() {
        use Clutter::*;
        // Paragraphs apart by blank lines (short lines in a row would read
        // as hard-wrapped text). A line as the third paragraph, below a
        // headline and the story.
        let story = "Flood barrier fails in Tarn Valley\n\nThe river rose two metres overnight, officials said.";
        let page = |lines: &[&str], at: usize| (lines.join("\n\n"), at);
        let below = |line: &str| page(&[story, line], 2);
        let rows: Vec<(&str, (String, usize), Option<Clutter>)> = vec![
            // Agency credit trailers, anywhere, with or without parentheses.
            ("trailer", below("(Reporting by Tomas Arrieta; Editing by Ines Duval)"), Some(Wire)),
            ("trailer", below("(Reporting by Tomas Arrieta in Cusco and Mei Okafor in Lima; additional reporting by Kofi Mensah; Writing by Hal Brenner; Editing by Rosa de la Vega and Sam Pike)"), Some(Wire)),
            ("trailer", below("Reporting by Priya Natesan; editing by Joan McCall"), Some(Wire)),
            ("trailer", below("Additional reporting by Kofi Mensah"), Some(Wire)),
            ("trailer", below("(Compiled by the Gdansk Newsroom)"), Some(Wire)),
            ("trailer", page(&["(Writing by Hal Brenner; Editing by Sam Pike)", story], 0), Some(Wire)),
            ("trailer", below("Reporting by local media suggested the fire started at 3 a.m."), None),
            ("trailer", below("Reporting by Reuters found that the plant had been fined twice."), None),
            ("trailer", below("Reporting by the station's crew showed flames on the roof"), None),
            ("trailer", below("Editing by hand is slow, the archivist said."), None),
            ("trailer", below("(With inputs from agencies)"), None),
            // Update notes.
            ("note", below("(Adds comment from mayor, paragraphs 6-7)"), Some(Wire)),
            ("note", below("(Updates with rising death toll, rescue details)"), Some(Wire)),
            ("note", below("(Recasts, adds quotes from union)"), Some(Wire)),
            ("note", below("(UPDATE 2)"), Some(Wire)),
            ("note", below("(Adds up to more than the budget, critics said.)"), None),
            ("note", below("Adds to the pressure on the council, which meets on Friday."), None),
            ("note", below("(The council updates its plan every year)"), None),
            // Page date lines: the cue and its date, nothing else.
            ("date line", below("Published: 4 February 2026, 11:20 GMT"), Some(Navigation)),
            ("date line", below("Updated: 5 February 2026, 08:02 GMT"), Some(Navigation)),
            ("date line", below("Published 9 May 2025"), Some(Navigation)),
            ("date line", below("Last updated 2 hours ago"), Some(Navigation)),
            ("date line", below("Posted on April 7, 2025 at 6:45 pm"), Some(Navigation)),
            ("date line", below("Published 3 June 2025, 10:05 | Updated 12:30"), Some(Navigation)),
            ("date line", below("Mis à jour le 12 mars 2025 à 14h05"), Some(Navigation)),
            ("date line", below("Published figures show 26 people were hurt in the crash."), None),
            ("date line", below("Published in 2019, the report warned of cracks in the tower."), None),
            ("date line", below("Posted 40 officers to the border, the ministry said"), None),
            ("date line", below("Updated guidance was issued on March 3, 2025."), None),
            ("date line", below("The agency published its findings on 14 October 2025."), None),
            ("date line", below("Published"), None),
            // Breadcrumbs: three steps anywhere, two only at the top.
            ("crumb", below("WZRT Channel 4 > News > Weather"), Some(Navigation)),
            ("crumb", below("Home / Sport / Football / Premier League"), Some(Navigation)),
            ("crumb", below("News › Europe › Spain"), Some(Navigation)),
            ("crumb", page(&["Business / Markets", story], 0), Some(Navigation)),
            ("crumb", below("Kyiv / Moscow"), None),
            ("crumb", below("Prices rose > 5% in March"), None),
            ("crumb", below("The ratio of cases / deaths / recoveries was not given"), None),
            ("crumb", below("Either / Or / Neither is a play by Dana Hollis."), None),
            // Numbered link lists.
            ("list", page(&[story, "Most Read", "1. Ferry timetable changes from Monday", "2. Tarn Valley council approves $2.1 million library"], 4), Some(Promotion)),
            ("list", page(&[story, "Popular", "4. High school hockey: Rivermouth beats Eastleigh 5-2"], 3), Some(Promotion)),
            ("list", page(&[story, "1. Ferry timetable changes from Monday", "2. Tarn Valley council approves library", "3. Rivermouth beats Eastleigh 5-2"], 3), Some(Promotion)),
            ("list", below("2. The council will vote on the plan next week."), None),
            ("list", below("Voters chose option 2. Turnout was 61%."), None),
            ("list", page(&[story, "Residents were told to:", "1. Keep a go-bag ready", "2. Know two ways out of the valley"], 4), None),
            ("list", page(&[story, "1. Ferry timetable changes", "3. Council approves library", "7. Rivermouth beats Eastleigh"], 3), None),
            // Headlines under a list heading, below the story only.
            ("list", page(&[story, "Related Articles", "Tarn Valley bridge closed after storm"], 3), Some(Promotion)),
            ("list", page(&["Trending", story], 1), None),
            ("list", page(&[story, "Related", "The barrier was built in 1998, the council said."], 3), None),
            // Calls to action.
            ("prompt", below("WATCH LIVE: Governor's briefing on the floods"), Some(Promotion)),
            ("prompt", below("Watch: Drone footage shows the flooded valley"), Some(Promotion)),
            ("prompt", below("Download the Harbour Times app for breaking news alerts"), Some(Promotion)),
            ("prompt", below("Subscribe now: 6 months for $5"), Some(Promotion)),
            ("prompt", below("Sign up for our morning newsletter and get the day's top stories"), Some(Promotion)),
            ("prompt", below("Photo gallery: 22 pictures from the harbour fire"), Some(Promotion)),
            ("prompt", below("Photos: readers' snaps of the northern lights"), Some(Promotion)),
            ("prompt", below("Listen to this article"), Some(Promotion)),
            ("prompt", below("Share this article"), Some(Promotion)),
            ("prompt", below("Follow us on Instagram"), Some(Promotion)),
            ("prompt", below("Follow Dana Hollis on X"), Some(Promotion)),
            ("prompt", below("Watch crews worked through the night to clear the road."), None),
            ("prompt", below("Watchdog officials said the plant had broken safety rules."), None),
            ("prompt", below("Photos showed smoke rising over the plant."), None),
            ("prompt", below("Download speeds fell by half during the outage, the regulator said."), None),
            ("prompt", below("Subscribers to the service were refunded."), None),
            ("prompt", below("Like many residents, she posted on Facebook about the evacuation."), None),
            ("prompt", below("Listen to the residents, the mayor urged councillors."), None),
            ("prompt", below("Get out now, police told residents on the coast road"), None),
        ];
        let mut failures = Vec::new();
        for (form, (text, at), want) in &rows {
            let paras = paragraphs(text);
            let got = classify(text, &paras)[*at];
            if got != *want {
                let line = &text[paras[*at].clone()];
                failures.push(format!("{form}: {line:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        for form in ["trailer", "note", "date line", "crumb", "list", "prompt"] {
            let of = |hit: bool| {
                rows.iter()
                    .filter(|(f, _, want)| *f == form && want.is_some() == hit)
                    .count()
            };
            assert!(of(true) >= 3 && of(false) >= 3, "{form}: too few rows");
        }
    }
}
