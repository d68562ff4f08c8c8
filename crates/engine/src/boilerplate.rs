//! Boilerplate: page clutter that is not article text (navigation, link
//! lists, "Read more:" teasers, comment prompts, advertisements, photo
//! captions and credits, repeated captions). It is marked, kept visible, and
//! left out of every score.
//!
//! Algorithm: each paragraph is classified on its own text by rules that need
//! no corpus (so two articles suffice): known clutter phrases and prefixes,
//! photo-credit parentheticals such as "(AP Photo/…)" or "(NAME / AFP)",
//! reading-time and label lines ("2 minutes", "Publication of: change:"),
//! navigation crumbs at the top ("Middle EastWar"), and any paragraph of four
//! or more words repeated inside the same article (a caption shown twice).
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
