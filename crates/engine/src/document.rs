//! A prepared article: its body text as word tokens and sentences, with its
//! boilerplate set aside.
//!
//! Algorithm: paragraphs ([`crate::segment::paragraphs`]) are classified
//! ([`crate::boilerplate::classify_with`]); the body paragraphs are split into
//! sentences ([`crate::segment::sentences`]) and each sentence into tokens
//! ([`crate::text::tokenize`]). Every later stage sees only body tokens, so
//! clutter can never count as shared text.
//!
//! Cost: O(n) in the length of the text.

use crate::boilerplate::{classify_with, Clutter};
use crate::options::Options;
use crate::segment::{paragraphs_with, sentences};
use crate::text::{tokenize, Token};
use std::ops::Range;

/// One sentence of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the article text.
    pub bytes: Range<usize>,
    /// Range of the sentence's tokens in [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// An article ready for comparison.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// Word tokens of the body (boilerplate left out), in text order.
    pub tokens: Vec<Token>,
    /// Sentences of the body, in text order; each has at least one token.
    pub sentences: Vec<Sentence>,
    /// Paragraphs set aside as clutter, with their kind.
    pub boilerplate: Vec<(Range<usize>, Clutter)>,
    /// Per token: inside quotation marks (direct speech, which independent
    /// reporters share because they heard it, not because one copied).
    pub quoted: Vec<bool>,
    /// Body paragraphs as token ranges, in text order; each has at least one token.
    pub paragraphs: Vec<Range<usize>>,
}

impl Document {
    /// Prepares `text`.
    ///
    /// ```
    /// let doc = wiretrace_engine::document::Document::new("The strike hit. Two died.\nRelated Articles");
    /// assert_eq!(doc.sentences.len(), 2);
    /// assert_eq!(doc.tokens.len(), 5);
    /// assert_eq!(doc.boilerplate.len(), 1);
    /// ```
    pub fn new(text: &str) -> Document {
        Document::with_options(text, &Options::default())
    }

    /// Prepares `text` with the given options (paragraph reflow, clutter limits).
    pub fn with_options(text: &str, options: &Options) -> Document {
        let paras = paragraphs_with(text, &options.reflow);
        let mut doc = Document::default();
        for (range, kind) in paras
            .iter()
            .zip(classify_with(text, &paras, &options.boilerplate))
        {
            if let Some(kind) = kind {
                doc.boilerplate.push((range.clone(), kind));
                continue;
            }
            let first_token = doc.tokens.len();
            for sentence in sentences(text, range.clone()) {
                let first = doc.tokens.len();
                doc.tokens.extend(
                    tokenize(&text[sentence.clone()])
                        .into_iter()
                        .map(|t| Token {
                            start: t.start + sentence.start,
                            end: t.end + sentence.start,
                            ..t
                        }),
                );
                if doc.tokens.len() > first {
                    doc.sentences.push(Sentence {
                        bytes: sentence,
                        tokens: first..doc.tokens.len(),
                    });
                }
            }
            let quoted = quotes(
                &text[range.clone()],
                range.start,
                &doc.tokens[first_token..],
            );
            doc.quoted.extend(quoted);
            if doc.tokens.len() > first_token {
                doc.paragraphs.push(first_token..doc.tokens.len());
            }
        }
        doc
    }

    /// Byte range from the start of token `range.start` to the end of token `range.end - 1`.
    ///
    /// # Panics
    /// If the range is empty or out of bounds.
    pub fn bytes(&self, range: Range<usize>) -> Range<usize> {
        self.tokens[range.start].start..self.tokens[range.end - 1].end
    }

    /// Index of the sentence holding token `t`.
    pub fn sentence_of(&self, t: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= t)
    }
}

/// Per token of one paragraph (at byte `offset` of the text): whether it
/// stands inside quotation marks. Double quotes (straight, curly, guillemets,
/// „low-high“) and single ones; an apostrophe inside or at the end of a word
/// ("Hashed’s", "patients’") does not open or close a quote.
fn quotes(paragraph: &str, offset: usize, tokens: &[Token]) -> Vec<bool> {
    let (mut double, mut single) = (false, false);
    let mut marks: Vec<(usize, bool)> = Vec::new();
    let mut prev: Option<char> = None;
    let mut chars = paragraph.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, c)| c);
        let before_word = next.is_some_and(char::is_alphanumeric);
        let after_word = prev.is_some_and(|p| p.is_alphanumeric() || ".,!?;:".contains(p));
        let after_space = prev.is_none_or(|p| p.is_whitespace() || "([—–-".contains(p));
        match c {
            '"' => double = !double,
            '“' | '«' | '„' => double = true,
            '”' | '»' => double = false,
            '‘' | '\'' if after_space && before_word => single = true,
            '’' | '\'' if single && after_word && !before_word => single = false,
            _ => {
                prev = Some(c);
                continue;
            }
        }
        marks.push((offset + i, double || single));
        prev = Some(c);
    }
    let mut state = false;
    let mut m = 0;
    tokens
        .iter()
        .map(|t| {
            while m < marks.len() && marks[m].0 < t.start {
                state = marks[m].1;
                m += 1;
            }
            state
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted_words(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        doc.tokens
            .iter()
            .zip(&doc.quoted)
            .filter(|(_, &q)| q)
            .map(|(t, _)| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn words_in_quotation_marks_are_quoted() {
        assert_eq!(
            quoted_words("The strike killed “two members,” said the official."),
            ["two", "members"]
        );
        assert_eq!(
            quoted_words("Saidi had been 'martyred in a US strike', the Hashed’s faction said."),
            ["martyred", "in", "a", "US", "strike"]
        );
        assert_eq!(
            quoted_words("He said \"it was\" and the patients’ families \"wept\"."),
            ["it", "was", "wept"]
        );
        assert!(quoted_words("The Hashed’s factions and the patients’ rooms.").is_empty());
    }
}
