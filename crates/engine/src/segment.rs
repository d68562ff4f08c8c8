//! Paragraphs and sentences, as byte ranges of the original text.
//!
//! Algorithm: a paragraph is a non-blank line (pasted articles put one
//! paragraph per line, with or without blank lines between). Sentences are
//! UAX #29 sentence boundaries (`unicode-segmentation`) inside a paragraph,
//! then re-joined where a piece ends in an abbreviation ("U.S.", "Maj. Gen.",
//! "Jan.", an initial), since UAX #29 breaks before any capital letter.
//!
//! Cost: O(n) in the length of the text.

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

/// Non-blank lines of `text`, trimmed, as byte ranges.
///
/// ```
/// let text = "Headline\n\n  First paragraph.\nSecond.";
/// let p: Vec<&str> = wiretrace_engine::segment::paragraphs(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(p, ["Headline", "First paragraph.", "Second."]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let offset = start + (line.len() - line.trim_start().len());
            out.push(offset..offset + trimmed.len());
        }
        start += line.len();
    }
    out
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
    for (offset, piece) in text[range.clone()].split_sentence_bound_indices() {
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

    #[test]
    fn crlf_and_blank_lines_are_not_paragraphs() {
        let text = "a\r\n\r\n b \r\n";
        let p: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(p, ["a", "b"]);
    }
}
