//! Splitting a paste of many articles into one piece per article.
//!
//! Algorithm, over the paste's lines:
//! 1. **Separators** cut: a line of three or more of one of `-`, `=`, `*`,
//!    `_`, `#`, `~` (spaces between allowed, so `* * *`), and a form feed.
//!    A `---` or `===` right under a short headline line is that headline's
//!    underline (Markdown's setext heading), not a separator.
//! 2. **Headline patterns** cut inside what the separators leave: a short
//!    headline line (at most [`MAX_HEADLINE_WORDS`] words, not ending like a
//!    sentence) after a blank line, whose next line (a blank line allowed
//!    between) is a dateline (`BAGHDAD, Jan 4 (Reuters) -`, `PARIS (AFP) —`,
//!    `WASHINGTON —`) or a byline (`By Jane Doe`). One such start at the top
//!    of the text is one article, not a reason to cut.
//! 3. **Conservative**: a piece of fewer than [`MIN_PIECE_WORDS`] words (a
//!    copyright line after a rule, a lone headline before one) joins its
//!    neighbour (a headline the piece after it, anything else the piece
//!    before it), so one article with a rule inside stays whole unless both
//!    sides are articles. Pieces are trimmed of blank lines; none is empty.
//!
//! A piece's range covers its headline line too (nothing pasted is lost);
//! its `title` repeats that line without Markdown hashes. Cost: linear in
//! the length of the paste.

/// Pieces with fewer words than this join a neighbour.
pub const MIN_PIECE_WORDS: usize = 30;
/// A headline has at most this many words.
pub const MAX_HEADLINE_WORDS: usize = 16;
/// A headline has at most this many characters.
pub const MAX_HEADLINE_CHARS: usize = 120;
/// A dateline's city, date and agency come within this many characters
/// before its dash.
pub const MAX_DATELINE_CHARS: usize = 60;
/// A byline line has at most this many characters.
pub const MAX_BYLINE_CHARS: usize = 70;

/// One article cut out of a paste: its byte range in the paste.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Start of the article's text in the paste (bytes).
    pub start: usize,
    /// End of the article's text in the paste (bytes, exclusive).
    pub end: usize,
    /// Its headline, when the piece starts with a headline line.
    pub title: Option<String>,
}

/// One line of the paste, without its line break.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    start: usize,
    text: &'a str,
    /// A form feed ends this line: a cut after it.
    form_feed: bool,
}

impl Line<'_> {
    fn blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// The articles in `paste`, in order; none when it is blank.
///
/// ```
/// use wiretrace_files::split::split;
/// let paste = "Dam holds after storm\nVALLEYTOWN (Reuters) - The dam held overnight.\n\n---\n\nBridge reopens\nBy Ana Ruiz\nThe bridge reopened on Monday.";
/// let pieces = split(paste);
/// assert_eq!(pieces.len(), 1); // both pieces are tiny: kept as one
/// assert_eq!(&paste[pieces[0].start..pieces[0].end], paste);
/// ```
pub fn split(paste: &str) -> Vec<Piece> {
    let lines = lines(paste);
    // Segments between separators, as line index ranges.
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    for (i, line) in lines.iter().enumerate() {
        let underline = i > 0
            && !lines[i - 1].blank()
            && is_headline(lines[i - 1].text)
            && (i < 2 || lines[i - 2].blank())
            && matches!(line.text.trim().chars().next(), Some('-' | '='));
        if is_separator(line.text) && !underline {
            segments.push((from, i));
            from = i + 1;
        } else if line.form_feed {
            segments.push((from, i + 1));
            from = i + 1;
        }
    }
    segments.push((from, lines.len()));
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for (a, b) in segments {
        let mut cut = a;
        for start in headline_starts(&lines[a..b]) {
            let start = a + start;
            if start > first_text(&lines, a, b) {
                ranges.push((cut, start));
                cut = start;
            }
        }
        ranges.push((cut, b));
    }
    let mut pieces: Vec<(usize, usize)> = ranges
        .into_iter()
        .filter(|&(a, b)| lines[a..b].iter().any(|l| !l.blank()))
        .collect();
    merge_tiny(&lines, &mut pieces);
    pieces
        .into_iter()
        .map(|(a, b)| piece(&lines, a, b))
        .collect()
}

/// The lines of `paste` with their offsets; `\r\n` and form feeds end lines.
fn lines(paste: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, c) in paste.char_indices() {
        if c == '\n' || c == '\u{c}' {
            let text = paste[start..at]
                .strip_suffix('\r')
                .unwrap_or(&paste[start..at]);
            out.push(Line {
                start,
                text,
                form_feed: c == '\u{c}',
            });
            start = at + 1;
        }
    }
    if start < paste.len() {
        out.push(Line {
            start,
            text: &paste[start..],
            form_feed: false,
        });
    }
    out
}

/// The first non-blank line in `a..b` (or `b`).
fn first_text(lines: &[Line], a: usize, b: usize) -> usize {
    (a..b).find(|&i| !lines[i].blank()).unwrap_or(b)
}

/// Pieces below [`MIN_PIECE_WORDS`] join a neighbour: a lone headline (or
/// the first piece) the piece after it, anything else the piece before it.
/// One pass, so a paste of many tiny pieces costs linear time.
fn merge_tiny(lines: &[Line], pieces: &mut Vec<(usize, usize)>) {
    let words = |a: usize, b: usize| -> usize {
        lines[a..b]
            .iter()
            .map(|l| l.text.split_whitespace().count())
            .sum()
    };
    let count = pieces.len();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(count);
    // A tiny start waiting to join the next piece, with its words.
    let mut pending: Option<(usize, usize)> = None;
    for (index, &(a, b)) in pieces.iter().enumerate() {
        let own = words(a, b);
        let (start, total) = match pending.take() {
            Some((start, before)) => (start, before + own),
            None => (a, own),
        };
        let has_next = index + 1 < count;
        if total >= MIN_PIECE_WORDS || (!has_next && out.is_empty()) {
            out.push((start, b));
            continue;
        }
        let texts: Vec<&Line> = lines[a..b].iter().filter(|l| !l.blank()).collect();
        let lone_headline = texts.len() == 1 && is_headline(texts[0].text);
        match out.last_mut() {
            Some(last) if !(lone_headline && has_next) => last.1 = b,
            _ => pending = Some((start, total)),
        }
    }
    *pieces = out;
}

/// A piece trimmed of blank lines, with its title.
fn piece(lines: &[Line], a: usize, b: usize) -> Piece {
    let first = first_text(lines, a, b);
    let last = (a..b).rev().find(|&i| !lines[i].blank()).unwrap_or(first);
    let lead = lines[first].text.len() - lines[first].text.trim_start().len();
    let start = lines[first].start + lead;
    let end = lines[last].start + lines[last].text.trim_end().len();
    let heading = lines[first].text.trim();
    let hashes = heading.chars().take_while(|&c| c == '#').count();
    let heading = heading[hashes..].trim();
    let title = (last > first && is_headline(heading) && !is_separator(heading))
        .then(|| heading.to_owned());
    Piece { start, end, title }
}

/// Where articles start by the headline pattern, as line indices.
fn headline_starts(lines: &[Line]) -> Vec<usize> {
    let mut starts = Vec::new();
    for i in 0..lines.len() {
        if lines[i].blank() || (i > 0 && !lines[i - 1].blank()) {
            continue;
        }
        let text = lines[i].text.trim().trim_start_matches('#').trim();
        if !is_headline(text) {
            continue;
        }
        let next = (i + 1..lines.len().min(i + 3)).find(|&j| !lines[j].blank());
        if next.is_some_and(|j| is_dateline(lines[j].text) || is_byline(lines[j].text)) {
            starts.push(i);
        }
    }
    starts
}

/// `---`, `***`, `===`, `___`, `###`, `~~~`, `* * *`, `- - -`.
fn is_separator(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    matches!(first, '-' | '=' | '*' | '_' | '#' | '~') && {
        let mut count = 1;
        marks.all(|c| {
            count += 1;
            c == first
        }) && count >= 3
    }
}

/// A short line that does not end like a sentence and is not a dateline,
/// byline or separator.
fn is_headline(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    (2..=MAX_HEADLINE_WORDS).contains(&words)
        && line.chars().count() <= MAX_HEADLINE_CHARS
        && !line.ends_with(['.', ',', ';', ':', '-', '—', '–'])
        && !line.chars().next().is_some_and(char::is_lowercase)
        && !is_separator(line)
        && !is_dateline(line)
        && !is_byline(line)
}

/// `By Jane Doe`, `By Jane Doe and Tom Li, Reuters`.
fn is_byline(line: &str) -> bool {
    let line = line.trim();
    let Some(names) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
    else {
        return false;
    };
    let names = names.split(',').next().unwrap_or("");
    let words: Vec<&str> = names.split_whitespace().collect();
    line.chars().count() <= MAX_BYLINE_CHARS
        && (2..=8).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    *w,
                    "and" | "de" | "van" | "von" | "al" | "bin" | "la" | "du" | "&"
                )
        })
}

/// A line that opens with an agency-style dateline: a city in capitals,
/// then optionally a date, region or `(AGENCY)`, then a dash.
fn is_dateline(line: &str) -> bool {
    let line = line.trim_start();
    let chars: Vec<char> = line.chars().take(MAX_DATELINE_CHARS + 40).collect();
    // The city: capitals, spaces, dots and apostrophes, and hyphens between capitals.
    let mut city = 0;
    let mut capitals = 0;
    while city < chars.len() {
        let c = chars[city];
        let hyphen = c == '-'
            && city > 0
            && chars[city - 1].is_uppercase()
            && chars.get(city + 1).is_some_and(|n| n.is_uppercase());
        if c.is_uppercase() {
            capitals += 1;
        } else if !(c == ' ' || c == '.' || c == '\'' || c == '’' || hyphen) {
            break;
        }
        city += 1;
    }
    // A run of capitals must be a word of three or more, not "I" or "A".
    if capitals < 3 || chars[..city].iter().any(|c| c.is_lowercase()) {
        return false;
    }
    let rest = &chars[city..];
    let Some(dash) = rest
        .iter()
        .take(MAX_DATELINE_CHARS)
        .position(|&c| matches!(c, '-' | '–' | '—'))
    else {
        return false;
    };
    let between: String = rest[..dash].iter().collect();
    let between = between.trim();
    let after_dash = rest.get(dash + 1).is_none_or(|c| c.is_whitespace());
    after_dash
        && (between.is_empty()
            || (between.starts_with([',', '('])
                && (between.ends_with(')') || !between.contains('('))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_and_bylines_are_recognised() {
        for line in [
            "BAGHDAD, Jan 4 (Reuters) - Iraqi officials said",
            "PARIS (AFP) — Le gouvernement a annoncé",
            "WASHINGTON — The Senate voted",
            "SAN JUAN, Puerto Rico (AP) — Power was restored",
            "PORT-AU-PRINCE, March 3 (Reuters) - Gangs",
        ] {
            assert!(is_dateline(line), "{line}");
        }
        for line in [
            "The minister said - in a statement - that",
            "I - for one - disagree",
            "NATO allies met on Tuesday - officials said",
            "USA",
        ] {
            assert!(!is_dateline(line), "{line}");
        }
        assert!(is_byline("By Jane Doe"));
        assert!(is_byline("By Jane Doe and Tom Li, Reuters"));
        assert!(!is_byline(
            "By Tuesday, officials had counted 40 houses that were lost."
        ));
    }
}
