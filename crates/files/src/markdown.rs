//! Markdown articles as plain text: the markup that would pollute the text
//! (heading hashes, emphasis markers, link and image syntax, quote and
//! bullet markers, code fences, rules, reference definitions) taken out,
//! the words kept.
//!
//! Algorithm: one pass over the lines (fences, headings, rules, quote and
//! bullet markers, reference definitions), then one scan of each line's
//! characters for inline markup: `[text](url)` and `[text][ref]` become
//! `text`, `![alt](url)` is dropped, `<https://…>` becomes the address,
//! code spans keep their content, and `*`, `_` and `~~` runs that open or
//! close emphasis (flanking a word, and for `_` not inside one) are
//! removed; `\*` is a literal star. A leading `# Heading` is the title.
//! Cost: linear in the length of the text (link searches look at most
//! [`MAX_LINK_CHARS`] ahead).

/// How far ahead (characters) a `]` or `)` closing a link is looked for.
pub const MAX_LINK_CHARS: usize = 2000;

/// The title (a leading `# Heading`) and the text of a Markdown article.
///
/// ```
/// let (title, text) = wiretrace_files::markdown::to_text(
///     "# Dam *holds*\n\nThe [river](https://example.org) rose **two metres**.\n![map](m.png)\n",
/// );
/// assert_eq!(title.as_deref(), Some("Dam holds"));
/// assert_eq!(text, "The river rose two metres.");
/// ```
pub fn to_text(markdown: &str) -> (Option<String>, String) {
    let mut title = None;
    let mut out: Vec<String> = Vec::new();
    let mut fence: Option<&str> = None;
    let mut seen_text = false;
    for line in markdown.lines() {
        let trimmed = line.trim();
        if let Some(marker) = fence {
            if trimmed.starts_with(marker) {
                fence = None;
            } else {
                out.push(line.trim_end().to_owned());
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
            continue;
        }
        if is_rule(trimmed) {
            // A setext underline or a thematic break: never words.
            out.push(String::new());
            continue;
        }
        if is_reference_definition(trimmed) {
            continue;
        }
        let mut body = trimmed;
        while let Some(rest) = body.strip_prefix('>') {
            body = rest.trim_start();
        }
        let hashes = body.chars().take_while(|&c| c == '#').count();
        let heading = (1..=6).contains(&hashes)
            && body[hashes..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
        if heading {
            body = body[hashes..].trim().trim_end_matches('#').trim_end();
        } else {
            for bullet in ["- ", "* ", "+ "] {
                if let Some(rest) = body.strip_prefix(bullet) {
                    body = rest.trim_start();
                    break;
                }
            }
        }
        let text = inline(body);
        if heading && hashes == 1 && !seen_text && title.is_none() {
            title = Some(text);
            continue;
        }
        seen_text |= !text.trim().is_empty();
        out.push(text);
    }
    let text = out.join("\n");
    (
        title.filter(|t| !t.is_empty()),
        text.trim_matches(|c: char| c == '\n' || c == '\r' || c.is_whitespace())
            .to_owned(),
    )
}

/// `---`, `***`, `___`, `===` (spaces allowed between): a rule or a
/// setext underline.
fn is_rule(line: &str) -> bool {
    let mut chars = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = chars.next() else {
        return false;
    };
    matches!(first, '-' | '*' | '_' | '=') && {
        let rest: Vec<char> = chars.collect();
        rest.len() >= 2 && rest.iter().all(|&c| c == first)
    }
}

/// `[id]: https://…`
fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[')
        && line
            .find("]:")
            .is_some_and(|at| at > 1 && !line[1..at].contains(']'))
}

/// The position of `close` after `from`, at most [`MAX_LINK_CHARS`] ahead,
/// counting nested `open`/`close` pairs.
fn closing(chars: &[char], from: usize, open: char, close: char) -> Option<usize> {
    let mut depth = 0usize;
    for (i, &c) in chars.iter().enumerate().skip(from).take(MAX_LINK_CHARS) {
        if c == open {
            depth += 1;
        } else if c == close {
            if depth == 0 {
                return Some(i);
            }
            depth -= 1;
        }
    }
    None
}

/// One line's inline markup removed.
fn inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    let is_space = |c: Option<&char>| c.is_none_or(|c| c.is_whitespace());
    let is_punct = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_punctuation());
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if chars.get(i + 1).is_some_and(char::is_ascii_punctuation) => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '!' | '[' => {
                let image = c == '!';
                let open = if image { i + 1 } else { i };
                if image && chars.get(open) != Some(&'[') {
                    out.push(c);
                    i += 1;
                    continue;
                }
                let Some(close) = closing(&chars, open + 1, '[', ']') else {
                    out.push(c);
                    i += 1;
                    continue;
                };
                let end = match chars.get(close + 1) {
                    Some('(') => closing(&chars, close + 2, '(', ')'),
                    Some('[') if !image => closing(&chars, close + 2, '[', ']'),
                    _ => None,
                };
                match end {
                    Some(end) => {
                        if !image {
                            let text: String = chars[open + 1..close].iter().collect();
                            out.push_str(&inline(&text));
                        }
                        i = end + 1;
                    }
                    None => {
                        out.push(c);
                        i += 1;
                    }
                }
            }
            '<' => {
                let rest: String = chars[i + 1..chars.len().min(i + 9)].iter().collect();
                let autolink = ["http://", "https://", "mailto:"]
                    .iter()
                    .any(|p| rest.starts_with(p));
                match closing(&chars, i + 1, '\u{0}', '>').filter(|_| autolink) {
                    Some(end) => {
                        out.extend(&chars[i + 1..end]);
                        i = end + 1;
                    }
                    None => {
                        out.push(c);
                        i += 1;
                    }
                }
            }
            '`' => {
                let run = chars[i..].iter().take_while(|&&c| c == '`').count();
                let close = (i + run..chars.len())
                    .take(MAX_LINK_CHARS)
                    .find(|&j| chars[j..].iter().take_while(|&&c| c == '`').count() == run);
                match close {
                    Some(end) => {
                        out.extend(&chars[i + run..end]);
                        i = end + run;
                    }
                    None => {
                        out.extend(&chars[i..i + run]);
                        i += run;
                    }
                }
            }
            '*' | '_' | '~' => {
                let run = chars[i..].iter().take_while(|&&d| d == c).count();
                let before = i.checked_sub(1).and_then(|j| chars.get(j));
                let after = chars.get(i + run);
                let opens = !is_space(after) && (is_space(before) || is_punct(before));
                let closes = !is_space(before) && (is_space(after) || is_punct(after));
                let intraword = before.is_some_and(|b| b.is_alphanumeric())
                    && after.is_some_and(|a| a.is_alphanumeric());
                let marker = match c {
                    '~' => run == 2 && (opens || closes),
                    '_' => (opens || closes) && !intraword,
                    _ => opens || closes,
                };
                if !marker {
                    out.extend(&chars[i..i + run]);
                }
                i += run;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_removed_and_words_kept() {
        let cases = [
            (
                "**Bold** and *italic* and __under__ and _it_",
                "Bold and italic and under and it",
            ),
            (
                "snake_case_name stays, 5 * 3 stays",
                "snake_case_name stays, 5 * 3 stays",
            ),
            (
                "A [link](https://x.example/a_(b)) and [ref][1].",
                "A link and ref.",
            ),
            ("Before ![photo](p.jpg \"Photo\") after", "Before  after"),
            (
                "See <https://example.org/report>",
                "See https://example.org/report",
            ),
            ("`code_span` and \\*literal\\*", "code_span and *literal*"),
            ("~~struck~~ but ~5 km", "struck but ~5 km"),
            (
                "[unclosed bracket and (parens)",
                "[unclosed bracket and (parens)",
            ),
            ("***both*** ends.", "both ends."),
        ];
        for (input, expected) in cases {
            assert_eq!(inline(input), expected, "{input}");
        }
    }

    #[test]
    fn lines_lose_their_block_markers() {
        let md = "# Title here\n\nIntro line.\n\n## Sub *heading* ##\n\n> quoted **words**\n- bullet one\n* bullet two\n\n---\n\n```\nkept_as_is *x*\n```\n[1]: https://example.org\n";
        let (title, text) = to_text(md);
        assert_eq!(title.as_deref(), Some("Title here"));
        assert_eq!(
            text,
            "Intro line.\n\nSub heading\n\nquoted words\nbullet one\nbullet two\n\n\n\nkept_as_is *x*"
        );
    }

    #[test]
    fn a_heading_after_text_is_not_the_title() {
        let (title, text) = to_text("Some words first.\n\n# Later heading\n");
        assert_eq!(title, None);
        assert_eq!(text, "Some words first.\n\nLater heading");
    }
}
