//! Text stage: word tokens with byte offsets into the original text, and the
//! folded key each token is matched by.
//!
//! Algorithm: UAX #29 word boundaries (`unicode-segmentation`) over the text as
//! pasted, so every token's `start..end` indexes the original string and
//! highlights land exactly. Each word is then folded for matching: NFKC
//! normalization (`unicode-normalization`), lowercase, typographic apostrophes,
//! quotes and dashes to their ASCII forms. The folded key is hashed (FxHash) so
//! later stages compare integers, not strings.
//!
//! Cost: O(n) time and O(tokens) space in the length of the text.

use rustc_hash::FxHasher;
use std::hash::Hasher;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// One word of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// UTF-8 byte offset of the word's first byte in the original text.
    pub start: usize,
    /// UTF-8 byte offset one past the word's last byte (half-open).
    pub end: usize,
    /// Hash of the folded word: equal words after folding have equal keys.
    pub key: u64,
}

/// Splits `text` into word tokens (UAX #29 words that contain a letter or digit).
///
/// ```
/// let text = "A “US strike” in Baghdad";
/// let tokens = wiretrace_engine::text::tokenize(text);
/// let words: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
/// assert_eq!(words, ["A", "US", "strike", "in", "Baghdad"]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    text.unicode_word_indices()
        .map(|(start, word)| Token {
            start,
            end: start + word.len(),
            key: key(word),
        })
        .collect()
}

/// The matching key of one word: the hash of [`fold`]`(word)`, without
/// allocating for plain ASCII words (NFKC and the quote and dash folds leave
/// ASCII unchanged but for case).
///
/// ```
/// use wiretrace_engine::text::key;
/// assert_eq!(key("Baghdad"), key("BAGHDAD"));
/// assert_eq!(key("Hashed’s"), key("hashed's"));
/// assert_ne!(key("strike"), key("strikes"));
/// ```
pub fn key(word: &str) -> u64 {
    let mut hasher = FxHasher::default();
    if word.is_ascii() {
        for b in word.bytes() {
            hasher.write_u8(b.to_ascii_lowercase());
        }
    } else {
        for b in fold(word).bytes() {
            hasher.write_u8(b);
        }
    }
    hasher.finish()
}

/// Folds one word to its matching form: NFKC, lowercase, ASCII quotes and dashes.
///
/// ```
/// use wiretrace_engine::text::fold;
/// assert_eq!(fold("Hashed’s"), "hashed's");
/// assert_eq!(fold("ＵＳ"), "us");
/// assert_eq!(fold("Israel‑Hamas"), "israel-hamas");
/// ```
pub fn fold(word: &str) -> String {
    word.nfkc()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn punctuation_and_quotes_are_not_words() {
        assert_eq!(
            words("The strike killed “two members,” said the official."),
            ["The", "strike", "killed", "two", "members", "said", "the", "official"]
        );
    }

    #[test]
    fn numbers_with_separators_stay_one_token() {
        assert_eq!(words("around 2,500 troops"), ["around", "2,500", "troops"]);
    }

    #[test]
    fn curly_and_straight_apostrophes_match() {
        let a = tokenize("the Hashed’s factions");
        let b = tokenize("the Hashed's factions");
        let keys = |t: &[Token]| t.iter().map(|t| t.key).collect::<Vec<_>>();
        assert_eq!(keys(&a), keys(&b));
    }

    #[test]
    fn case_is_folded() {
        assert_eq!(
            tokenize("Palestine Street")[1].key,
            tokenize("palestine street")[1].key
        );
    }

    #[test]
    fn offsets_point_into_multibyte_text() {
        let text = "بغداد — “Baghdad” 2024";
        assert_eq!(words(text), ["بغداد", "Baghdad", "2024"]);
    }
}
