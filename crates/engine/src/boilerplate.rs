//! Boilerplate: page clutter that is not article text (navigation, link
//! lists, "Read more:" teasers, comment prompts, advertisements, photo
//! captions and credits, repeated captions), and the header and trailer
//! lines of agency copy (slug lines, priority and version lines, timestamps,
//! `By NAME, AGENCY` bylines, `end`, `more`, `-30-`, rules of dashes or `=`,
//! editors' initials). It is marked, kept visible, and left out of every
//! score.
//!
//! Algorithm: each paragraph is classified on its own text by rules that need
//! no corpus (so two articles suffice): known clutter phrases and prefixes,
//! photo-credit parentheticals such as "(AP Photo/…)" or "(NAME / AFP)",
//! reading-time and label lines ("2 minutes", "Publication of: change:"),
//! navigation crumbs at the top ("Middle EastWar"), wire lines recognised by
//! their shape alone (a short line with no sentence in it: a slug such as
//! `BC-Court-Porter,0412` or `COURTS Porter/Jailed`, a line of dates, times
//! and zones, a trailer word, a rule), and any paragraph of four or more
//! words repeated inside the same article (a caption shown twice).
//!
//! Cost: O(n) in the length of the text (plus a hash set of paragraphs).
//!
//! Source: the clutter classes of boilerplate-removal work (Kohlschütter et
//! al., "Boilerplate detection using shallow text features", 2010), reduced to
//! rules that hold on single pasted articles.

use crate::text::fold;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// What kind of clutter a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Clutter {
    /// Site navigation: crumbs, "Back to top", labels, reading time.
    Navigation,
    /// Links to other content: "Related Articles", "Read more: …", "Most Popular".
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
    /// timestamp, byline, `end`/`more`, a rule, editors' initials.
    Wire,
}

/// Whole-paragraph phrases (folded, without trailing punctuation).
const PHRASES: &[(&str, Clutter)] = &[
    ("related articles", Clutter::Promotion),
    ("related", Clutter::Promotion),
    ("related stories", Clutter::Promotion),
    ("related posts", Clutter::Promotion),
    ("related news", Clutter::Promotion),
    ("read more", Clutter::Promotion),
    ("read also", Clutter::Promotion),
    ("also read", Clutter::Promotion),
    ("see also", Clutter::Promotion),
    ("more stories", Clutter::Promotion),
    ("most popular", Clutter::Promotion),
    ("most read", Clutter::Promotion),
    ("trending", Clutter::Promotion),
    ("recommended", Clutter::Promotion),
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
    ("print", Clutter::Navigation),
    ("leave a reply", Clutter::Comments),
    ("leave a comment", Clutter::Comments),
    ("cancel reply", Clutter::Comments),
    ("comments", Clutter::Comments),
];

/// Paragraph beginnings (folded) that mark the whole paragraph.
const PREFIXES: &[(&str, Clutter)] = &[
    ("read more:", Clutter::Promotion),
    ("also read:", Clutter::Promotion),
    ("read also:", Clutter::Promotion),
    ("see also:", Clutter::Promotion),
    ("related:", Clutter::Promotion),
    ("watch:", Clutter::Promotion),
    ("listen:", Clutter::Promotion),
    ("click here", Clutter::Promotion),
    ("subscribe to", Clutter::Promotion),
    ("sign up for", Clutter::Promotion),
    ("follow us on", Clutter::Promotion),
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
    let folded: Vec<String> = paragraphs
        .iter()
        .map(|r| fold_line(&text[r.clone()]))
        .collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut kinds: Vec<Option<Clutter>> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, r)| by_rule(&text[r.clone()], &folded[i], i))
        .collect();
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

fn by_rule(line: &str, folded: &str, index: usize) -> Option<Clutter> {
    let bare = folded
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '…')
        .trim();
    if let Some(&(_, kind)) = PHRASES.iter().find(|(p, _)| *p == bare) {
        return Some(kind);
    }
    if let Some(&(_, kind)) = PREFIXES.iter().find(|(p, _)| folded.starts_with(p)) {
        return Some(kind);
    }
    if has_photo_credit(line) {
        return Some(Clutter::Caption);
    }
    let words: Vec<&str> = line.unicode_words().collect();
    if is_wire_line(line, bare, &words) {
        return Some(Clutter::Wire);
    }
    if is_reading_time(&words) || (words.len() <= 4 && folded.ends_with(':')) {
        return Some(Clutter::Navigation);
    }
    (index < 2 && is_crumb(line, &words)).then_some(Clutter::Navigation)
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
        let bare = folded
            .trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '…')
            .trim();
        let words: Vec<&str> = line.unicode_words().collect();
        !matches!(
            wire_shape(line, bare, &words),
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
    let connectors = [
        "and", "of", "de", "van", "von", "der", "al", "bin", "la", "le", "du",
    ];
    line.strip_prefix("By ")
        .is_some_and(|rest| {
            !ends_sentence
                && words.len() <= 8
                && rest.unicode_words().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase) || connectors.contains(&w)
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

/// Short crumb lines: "Middle EastWar" (menu items run together), "World › Asia".
fn is_crumb(line: &str, words: &[&str]) -> bool {
    if words.len() > 4 || line.ends_with(['.', '?', '!', '"', '”']) {
        return false;
    }
    let joined = words.iter().any(|w| {
        let chars: Vec<char> = w.chars().collect();
        chars
            .windows(2)
            .any(|p| p[0].is_lowercase() && p[1].is_uppercase())
    });
    joined || ['›', '»', '|', '>'].iter().any(|s| line.contains(*s))
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
}
