//! Paragraphs and sentences, as byte ranges of the original text.
//!
//! Algorithm: pasted articles put one paragraph per line, with or without
//! blank lines between, so a paragraph is a non-blank line, unless the text
//! is *hard-wrapped* (agency feeds, e-mail, PDF: a line break every 64–80
//! characters). A text is hard-wrapped when its lines are short (the 90th
//! percentile of line lengths is at most `max_width` characters) and most
//! lines that another line follows end mid-sentence while reaching near that
//! width. Its lines are then joined into their real paragraphs: a paragraph
//! ends at a blank line, before a line indented deeper than the text's usual
//! indent (the indented-first-line style), and after a line shorter than
//! `short_line` of the width (a paragraph's short last line, a heading, a
//! slug or a timestamp). A joined paragraph is one byte range of the text as
//! pasted, line breaks included, so every later offset still points into it.
//!
//! Sentences are UAX #29 sentence boundaries (`unicode-segmentation`) inside
//! a paragraph, with its line breaks read as spaces (the same byte length),
//! then re-joined where a piece ends in an abbreviation ("U.S.", "Maj. Gen.",
//! "Jan.", an initial), since UAX #29 breaks before any capital letter.
//!
//! Cost: O(n) in the length of the text (plus a sort of the line lengths).
//!
//! Source: the reflow heuristics of e-mail and feed readers (format=flowed,
//! RFC 3676, recognises wrapped lines by their length and trailing text);
//! here without the trailing-space marker, which pasted copy loses.

use crate::options::ReflowOptions;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Words that end in a period without ending the sentence (lowercase, no period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "lt", "col", "capt", "cmdr", "sgt", "cpl",
    "adm", "rep", "sen", "gov", "pres", "rev", "hon", "st", "mt", "ft", "jr", "sr", "no", "nos",
    "vs", "etc", "inc", "corp", "ltd", "co", "bros", "dept", "est", "approx", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u",
    "a.m", "p.m", "d.c", "i.e", "e.g", "al",
];

/// The paragraphs of `text`, trimmed, as byte ranges, with the default
/// reflow options: each non-blank line, or in hard-wrapped text the lines of
/// each real paragraph joined.
///
/// ```
/// let text = "Headline\n\n  First paragraph.\nSecond.";
/// let p: Vec<&str> = wiretrace_engine::segment::paragraphs(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(p, ["Headline", "First paragraph.", "Second."]);
///
/// let wrapped = "A former hospital porter was jailed for six years at Leeds Crown\n\
///                Court today for a series of thefts from elderly patients. Derek\n\
///                Hollins, 54, of Armley, took cash and jewellery from nine\n\
///                patients over two years.\n\
///                \n\
///                The judge said the thefts were a gross breach of trust by a man\n\
///                whom frail patients had every reason to rely on, the court heard.\n";
/// let p = wiretrace_engine::segment::paragraphs(wrapped);
/// assert_eq!(p.len(), 2);
/// assert!(wrapped[p[0].clone()].ends_with("over two years."));
/// ```
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    paragraphs_with(text, &ReflowOptions::default())
}

/// One non-blank line: its trimmed range, its indent in bytes, and whether a
/// blank line comes before it.
struct Line {
    range: Range<usize>,
    indent: usize,
    chars: usize,
    after_blank: bool,
}

/// [`paragraphs`] with the given reflow options.
pub fn paragraphs_with(text: &str, options: &ReflowOptions) -> Vec<Range<usize>> {
    let mut lines: Vec<Line> = Vec::new();
    let (mut start, mut blank) = (0, false);
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank = true;
        } else {
            let indent = line.len() - line.trim_start().len();
            let offset = start + indent;
            lines.push(Line {
                range: offset..offset + trimmed.len(),
                indent,
                chars: trimmed.chars().count(),
                after_blank: blank,
            });
            blank = false;
        }
        start += line.len();
    }
    let Some(width) = wrap_width(text, &lines, options) else {
        return lines.into_iter().map(|l| l.range).collect();
    };
    // The usual indent: the most common one (ties to the smallest).
    let mut indents: Vec<usize> = lines.iter().map(|l| l.indent).collect();
    indents.sort_unstable();
    let usual = indents
        .chunk_by(|a, b| a == b)
        .max_by_key(|g| (g.len(), std::cmp::Reverse(g[0])))
        .map_or(0, |g| g[0]);
    let short = (options.short_line * width as f64) as usize;
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let joins = i > 0 && {
            let prev = &lines[i - 1];
            // A short line without an end of sentence after a finished
            // sentence is a heading or a trailer ("end", "-30-"), not a
            // paragraph's last line.
            let apart = line.chars < short
                && ends_sentence(&text[prev.range.clone()])
                && !ends_sentence(&text[line.range.clone()]);
            !line.after_blank && line.indent <= usual && prev.chars >= short && !apart
        };
        match out.last_mut() {
            Some(last) if joins => last.end = line.range.end,
            _ => out.push(line.range.clone()),
        }
    }
    out
}

/// The wrap width of a hard-wrapped text, or None if it is not hard-wrapped.
fn wrap_width(text: &str, lines: &[Line], options: &ReflowOptions) -> Option<usize> {
    if lines.len() < options.min_lines {
        return None;
    }
    let mut lengths: Vec<usize> = lines.iter().map(|l| l.chars).collect();
    lengths.sort_unstable();
    let width = lengths[(lengths.len() * 9 / 10).min(lengths.len() - 1)];
    if !(options.min_width..=options.max_width).contains(&width) {
        return None;
    }
    let short = (options.short_line * width as f64) as usize;
    // Lines another line follows directly: in wrapped text most of them end
    // mid-sentence, near the width, and some breaks fall before a lowercase
    // word (a caption stacked on a caption never does).
    let followed: Vec<(&Line, &Line)> = lines
        .windows(2)
        .filter(|w| !w[1].after_blank)
        .map(|w| (&w[0], &w[1]))
        .collect();
    let mid: Vec<&(&Line, &Line)> = followed
        .iter()
        .filter(|(l, _)| l.chars >= short && !ends_sentence(&text[l.range.clone()]))
        .collect();
    let continued = mid.iter().any(|(_, next)| {
        text[next.range.clone()]
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
    });
    let enough = continued
        && mid.len() + 1 >= options.min_lines
        && mid.len() as f64 >= options.mid_sentence_share * followed.len() as f64;
    enough.then_some(width)
}

/// Whether a line ends where a sentence may end.
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', ')', '»'])
        .ends_with(['.', '!', '?', ':', ';'])
}

/// Sentences of one paragraph (`range` of `text`), trimmed, as byte ranges of `text`.
///
/// ```
/// use wiretrace_engine::segment::sentences;
/// let text = "But Pentagon spokesman Maj. Gen. Pat Ryder said the U.S. strike was lawful. It was on Jan. 4.";
/// let s: Vec<&str> = sentences(text, 0..text.len()).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(s.len(), 2, "{s:?}");
/// ```
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut join_next = false;
    // A reflowed paragraph holds line breaks, where UAX #29 always breaks:
    // read them as spaces (one byte each, so offsets do not move).
    let paragraph = &text[range.clone()];
    let flowed;
    let paragraph = if paragraph.contains(['\n', '\r']) {
        flowed = paragraph.replace(['\n', '\r'], " ");
        flowed.as_str()
    } else {
        paragraph
    };
    for (offset, piece) in paragraph.split_sentence_bound_indices() {
        let trimmed = piece.trim_end();
        if trimmed.is_empty() {
            continue;
        }
        let start = range.start + offset + (piece.len() - piece.trim_start().len());
        let end = range.start + offset + trimmed.len();
        match out.last_mut() {
            Some(last) if join_next => last.end = end,
            _ => out.push(start..end),
        }
        join_next = ends_in_abbreviation(trimmed);
    }
    out
}

/// Whether a sentence piece ends in "Abbrev." rather than a full stop.
fn ends_in_abbreviation(piece: &str) -> bool {
    let Some(body) = piece.strip_suffix('.') else {
        return false;
    };
    let last = body
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let word = last
        .trim_start_matches(['“', '‘', '\'', '"'])
        .to_lowercase();
    let initial = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    initial || ABBREVIATIONS.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let cases: &[(&str, usize)] = &[
            (
                "Pentagon spokesman Maj. Gen. Pat Ryder said so. Then he left.",
                2,
            ),
            ("The U.S. Army said so. Then it left.", 2),
            ("It was on Jan. 4 in Baghdad. Then it ended.", 2),
            ("Mr. Smith and Dr. Jones met J. R. Ewing. Nothing else.", 2),
            (
                "Troops killed him. Another was hurt! Was it lawful? Yes.",
                4,
            ),
        ];
        for &(text, n) in cases {
            assert_eq!(split(text).len(), n, "{text}: {:?}", split(text));
        }
    }

    #[test]
    fn sentences_are_trimmed_and_inside_the_paragraph() {
        let text = "x\n  One sentence here.   Two here.  \n";
        let para = paragraphs(text)[1].clone();
        assert_eq!(&text[para.clone()], "One sentence here.   Two here.");
        let s: Vec<&str> = sentences(text, para)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(s, ["One sentence here.", "Two here."]);
    }

    fn paras(text: &str) -> Vec<&str> {
        paragraphs(text).into_iter().map(|r| &text[r]).collect()
    }

    /// Joins the words of `text` into lines of at most `width` characters.
    fn wrap(text: &str, width: usize, indent: &str) -> String {
        let mut out = String::from(indent);
        let mut line = indent.len();
        for (k, word) in text.split_whitespace().enumerate() {
            if k > 0 && line + 1 + word.len() > width {
                out.push('\n');
                line = 0;
            } else if k > 0 {
                out.push(' ');
                line += 1;
            }
            out.push_str(word);
            line += word.len();
        }
        out
    }

    const P1: &str = "A former hospital porter was jailed for six years at Leeds Crown Court today for a series of thefts from elderly patients on the wards where he worked. Derek Hollins, 54, of Armley, took cash and jewellery from nine patients over two years, the court heard.";
    const P2: &str = "Judge Anna Whitcombe told him the thefts were a gross breach of the trust that frail and frightened people had placed in the staff caring for them.";
    const P3: &str = "Hollins, who admitted 14 counts of theft, was caught when a nurse saw him leave a side room with a purse that belonged to a woman of 91.";

    #[test]
    fn hard_wrapped_paragraphs_are_joined_with_blank_lines_between() {
        let text = format!(
            "COURTS Porter/Jailed\n\n{}\n\n{}\n\n{}\nend\n",
            wrap(P1, 72, ""),
            wrap(P2, 72, ""),
            wrap(P3, 72, "")
        );
        let p = paras(&text);
        assert_eq!(p.len(), 5, "{p:#?}");
        assert_eq!(p[0], "COURTS Porter/Jailed");
        assert_eq!(p[1].split_whitespace().collect::<Vec<_>>().join(" "), P1);
        assert_eq!(p[4], "end");
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined_with_indented_first_lines() {
        let text = format!(
            "Porter jailed for thefts from patients\n{}\n{}\n{}\nmore\n",
            wrap(P1, 70, "   "),
            wrap(P2, 70, "   "),
            wrap(P3, 70, "   ")
        );
        let p = paras(&text);
        assert_eq!(p.len(), 5, "{p:#?}");
        assert_eq!(p[0], "Porter jailed for thefts from patients");
        assert!(p[2].starts_with("Judge") && p[2].ends_with("for them."));
        assert_eq!(p[4], "more");
    }

    #[test]
    fn sentences_cross_the_line_breaks_of_a_wrapped_paragraph() {
        let text = wrap(P1, 66, "");
        let para = paragraphs(&text);
        assert_eq!(para.len(), 1);
        let s: Vec<&str> = sentences(&text, para[0].clone())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[1].starts_with("Derek") && s[1].contains('\n'));
    }

    #[test]
    fn one_paragraph_per_line_is_left_alone() {
        // Long lines, and short ones that end sentences: pasted web text.
        let text = format!("Porter jailed\n{P1}\n{P2}\nShort line one.\nShort line two.\n{P3}");
        assert_eq!(paras(&text).len(), 6);
        // A list of short lines that end sentences is not wrapped text either.
        let list = "Two were killed.\nSeven were hurt.\nThe road is shut.\nPolice are there.";
        assert_eq!(paras(list).len(), 4);
    }

    #[test]
    fn crlf_and_blank_lines_are_not_paragraphs() {
        let text = "a\r\n\r\n b \r\n";
        let p: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(p, ["a", "b"]);
    }
}
