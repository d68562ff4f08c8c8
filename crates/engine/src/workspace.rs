//! Workspace: the articles a person pasted, as data (the interchange format
//! `{"wiretrace": 1, "articles": [...]}` from the design notes).
//!
//! Parsing is serde_json with every field but `id` and `text` optional; the
//! checks after parsing (version, unique ids) turn bad input into one clear
//! [`Error`]. Cost: linear in the size of the JSON.

use crate::error::Error;
use serde::{Deserialize, Serialize};

/// The workspace format version this engine reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// One pasted article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Identifier, unique within the workspace.
    pub id: String,
    /// Headline, if given separately from the text.
    #[serde(default)]
    pub title: Option<String>,
    /// Publishing outlet.
    #[serde(default)]
    pub outlet: Option<String>,
    /// Where it was found.
    #[serde(default)]
    pub url: Option<String>,
    /// Publication time as given (ISO 8601 preferred), if known.
    #[serde(default)]
    pub published: Option<String>,
    /// The article text as pasted.
    pub text: String,
}

/// A set of articles about one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    /// Format version; always [`FORMAT_VERSION`].
    pub wiretrace: u32,
    /// The articles, in the order the person added them.
    pub articles: Vec<Article>,
}

impl Workspace {
    /// A workspace of the current format version.
    pub fn new(articles: Vec<Article>) -> Self {
        Workspace {
            wiretrace: FORMAT_VERSION,
            articles,
        }
    }

    /// Parses and checks a workspace file.
    ///
    /// # Errors
    /// When the input is not JSON, not a Wiretrace workspace, of another
    /// version, or repeats an article id.
    ///
    /// ```
    /// use wiretrace_engine::Workspace;
    /// let ws = Workspace::from_json(r#"{"wiretrace": 1, "articles": [{"id": "a", "text": "x"}]}"#).unwrap();
    /// assert_eq!(ws.articles[0].id, "a");
    /// let err = Workspace::from_json(r#"{"articles": []}"#).unwrap_err();
    /// assert!(err.to_string().contains("wiretrace"));
    /// ```
    pub fn from_json(json: &str) -> Result<Self, Error> {
        let workspace: Workspace = serde_json::from_str(json).map_err(Error::bad_workspace)?;
        if workspace.wiretrace != FORMAT_VERSION {
            return Err(Error::unsupported_version(workspace.wiretrace));
        }
        workspace.check_ids()?;
        Ok(workspace)
    }

    /// Checks that every article has a non-empty id used only once.
    ///
    /// # Errors
    /// Names the first empty or repeated id.
    pub fn check_ids(&self) -> Result<(), Error> {
        let mut seen = std::collections::HashSet::new();
        for article in &self.articles {
            if article.id.trim().is_empty() {
                return Err(Error::empty_id());
            }
            if !seen.insert(article.id.as_str()) {
                return Err(Error::duplicate_id(&article.id));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_fields_may_be_missing_or_null() {
        let ws = Workspace::from_json(
            r#"{"wiretrace":1,"articles":[{"id":"a","published":null,"text":"t"}]}"#,
        )
        .unwrap();
        assert_eq!(ws.articles[0].published, None);
        assert_eq!(ws.articles[0].outlet, None);
    }

    #[test]
    fn bad_inputs_say_what_is_wrong() {
        let cases = [
            ("not json", "not a Wiretrace workspace"),
            (r#"{"wiretrace":2,"articles":[]}"#, "version 2"),
            (
                r#"{"wiretrace":1,"articles":[{"id":"a","text":""},{"id":"a","text":""}]}"#,
                "\"a\"",
            ),
            (
                r#"{"wiretrace":1,"articles":[{"id":" ","text":""}]}"#,
                "empty id",
            ),
            (r#"{"wiretrace":1,"articles":[{"id":"a"}]}"#, "text"),
        ];
        for (input, expected) in cases {
            let message = Workspace::from_json(input).unwrap_err().to_string();
            assert!(message.contains(expected), "{input:?} gave {message:?}");
        }
    }
}
