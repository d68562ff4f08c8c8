//! Workspace: the articles a person pasted, as data (the interchange format
//! `{"wiretrace": 1, "articles": [...]}` from the design notes).
//!
//! Parsing is in two passes of serde_json: a probe that reads only the
//! `wiretrace` version (so a file of another version is named as such, not
//! as a field error), then the whole workspace through `serde_path_to_error`
//! with every field but `id` and `text` optional, so a bad field is reported
//! with its line, column and path (`line 7, column 5: articles[1]: missing
//! field "text"`). The checks after parsing (unique, non-empty ids) name the
//! article. Cost: linear in the size of the JSON (two scans).

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
        /// Only the version; serde skips every other field.
        #[derive(Deserialize)]
        struct Probe {
            wiretrace: Option<serde_json::Value>,
        }
        // serde reads a struct from an array too, so an array is refused here.
        if !json.trim_start().starts_with('{') {
            return Err(match serde_json::from_str::<serde::de::IgnoredAny>(json) {
                Ok(_) => Error::not_an_object(),
                Err(e) => Error::not_json(&e),
            });
        }
        let probe: Probe = serde_json::from_str(json).map_err(|e| Error::not_json(&e))?;
        match probe.wiretrace {
            None => return Err(Error::no_version()),
            Some(v) if v != FORMAT_VERSION => return Err(Error::unsupported_version(&v)),
            Some(_) => {}
        }
        let mut de = serde_json::Deserializer::from_str(json);
        let workspace: Workspace =
            serde_path_to_error::deserialize(&mut de).map_err(|e| Error::bad_field(&e))?;
        workspace.check_ids()?;
        Ok(workspace)
    }

    /// Checks that every article has a non-empty id used only once.
    ///
    /// # Errors
    /// Names the first empty or repeated id, with its place in `articles`.
    pub fn check_ids(&self) -> Result<(), Error> {
        let mut seen = std::collections::HashMap::new();
        for (index, article) in self.articles.iter().enumerate() {
            if article.id.trim().is_empty() {
                return Err(Error::empty_id(index));
            }
            if let Some(first) = seen.insert(article.id.as_str(), index) {
                return Err(Error::duplicate_id(&article.id, index, first));
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
            (
                "{\"wiretrace\": 1,\n \"articles\": [\n  {\"id\": \"a\", \"text\": \"x\"},\n  {\"id\": \"b\"}\n ]}",
                "line 4, column 13: articles[1]: missing field \"text\"",
            ),
            (
                r#"{"wiretrace":1,"articles":[{"id":"a","title":5,"text":"x"}]}"#,
                "line 1, column 46: articles[0].title: invalid type: integer \"5\", expected a string",
            ),
            (
                r#"{"wiretrace":1,"articles":{}}"#,
                "articles: invalid type: map, expected a sequence",
            ),
            (
                "{\"wiretrace\": 1,\n \"articles\": [",
                "not a Wiretrace workspace: line 2, column 14: EOF while parsing a list",
            ),
            ("[1, 2]", "not a Wiretrace workspace: it is JSON but not an object"),
            (r#"{"articles": []}"#, "it has no \"wiretrace\" field"),
            (r#"{"wiretrace":"1","articles":[]}"#, "version \"1\" is not supported"),
            (
                r#"{"wiretrace":1,"articles":[{"id":"a","text":""},{"id":"b","text":""},{"id":"a","text":""}]}"#,
                "articles[2].id: article id \"a\" is used twice (first by articles[0])",
            ),
        ];
        for (input, expected) in cases {
            let message = Workspace::from_json(input).unwrap_err().to_string();
            assert!(message.contains(expected), "{input:?} gave {message:?}");
        }
    }
}
