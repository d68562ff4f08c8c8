//! A prepared article: its body text as word tokens and sentences, with its
//! boilerplate set aside.
//!
//! Algorithm: paragraphs ([`crate::segment::paragraphs`]) are classified
//! ([`crate::boilerplate::classify`]); the body paragraphs are split into
//! sentences ([`crate::segment::sentences`]) and each sentence into tokens
//! ([`crate::text::tokenize`]). Every later stage sees only body tokens, so
//! clutter can never count as shared text.
//!
//! Cost: O(n) in the length of the text.

use crate::boilerplate::{classify, Clutter};
use crate::segment::{paragraphs, sentences};
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
        let paras = paragraphs(text);
        let mut doc = Document::default();
        for (range, kind) in paras.iter().zip(classify(text, &paras)) {
            if let Some(kind) = kind {
                doc.boilerplate.push((range.clone(), kind));
                continue;
            }
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
