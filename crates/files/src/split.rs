//! Splitting a paste of many articles: placeholder until the import work lands.

/// One article cut out of a paste: its byte range in the paste.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Start of the article's text in the paste (bytes).
    pub start: usize,
    /// End of the article's text in the paste (bytes, exclusive).
    pub end: usize,
    /// Its headline, when the paste shows one.
    pub title: Option<String>,
}

/// The articles in `paste` (placeholder: all of it as one).
pub fn split(paste: &str) -> Vec<Piece> {
    vec![Piece {
        start: 0,
        end: paste.len(),
        title: None,
    }]
}
