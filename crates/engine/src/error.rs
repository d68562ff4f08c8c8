//! The engine's error type: a public struct around a private kind, with
//! messages that say what was wrong, where, and what to do.
//!
//! A workspace that fails to parse says the line and column (1-based, from
//! serde_json) and the field path (`articles[1].title`, from
//! `serde_path_to_error`), so the CLI and the app print the same message.

use std::fmt;

/// The shape a workspace file must have, quoted in messages.
const EXPECTED: &str = "expected {\"wiretrace\": 1, \"articles\": [{\"id\": …, \"text\": …}]}";

/// Why input could not be analyzed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    /// Not JSON at all: where the syntax broke, and how.
    Syntax {
        line: usize,
        column: usize,
        why: String,
    },
    /// JSON, but not a workspace (an array, an object without `wiretrace`).
    NotWorkspace(String),
    /// A workspace whose field at `path` is missing or of the wrong type.
    Field {
        line: usize,
        column: usize,
        path: String,
        why: String,
    },
    UnsupportedVersion(String),
    EmptyId {
        index: usize,
    },
    DuplicateId {
        id: String,
        index: usize,
        first: usize,
    },
}

/// serde_json's message without its " at line L column C" tail (the
/// position is printed in front instead), with backticks as quotes.
fn serde_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    let tail = format!(" at line {} column {}", err.line(), err.column());
    text.strip_suffix(&tail).unwrap_or(&text).replace('`', "\"")
}

impl Error {
    /// The input is not JSON.
    pub(crate) fn not_json(err: &serde_json::Error) -> Self {
        Error {
            kind: Kind::Syntax {
                line: err.line(),
                column: err.column(),
                why: serde_message(err),
            },
        }
    }
    /// The input is JSON, but not an object.
    pub(crate) fn not_an_object() -> Self {
        Error {
            kind: Kind::NotWorkspace("it is JSON but not an object".to_owned()),
        }
    }
    pub(crate) fn no_version() -> Self {
        Error {
            kind: Kind::NotWorkspace("it has no \"wiretrace\" field".to_owned()),
        }
    }
    pub(crate) fn bad_field(err: &serde_path_to_error::Error<serde_json::Error>) -> Self {
        let inner = err.inner();
        if !inner.is_data() {
            return Error::not_json(inner);
        }
        Error {
            kind: Kind::Field {
                line: inner.line(),
                column: inner.column(),
                path: err.path().to_string(),
                why: serde_message(inner),
            },
        }
    }
    pub(crate) fn unsupported_version(version: &serde_json::Value) -> Self {
        Error {
            kind: Kind::UnsupportedVersion(version.to_string()),
        }
    }
    pub(crate) fn empty_id(index: usize) -> Self {
        Error {
            kind: Kind::EmptyId { index },
        }
    }
    pub(crate) fn duplicate_id(id: &str, index: usize, first: usize) -> Self {
        Error {
            kind: Kind::DuplicateId {
                id: id.to_owned(),
                index,
                first,
            },
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Syntax { line, column, why } => write!(
                f,
                "not a Wiretrace workspace: line {line}, column {column}: {why}; {EXPECTED}"
            ),
            Kind::NotWorkspace(why) => write!(f, "not a Wiretrace workspace: {why}; {EXPECTED}"),
            Kind::Field {
                line,
                column,
                path,
                why,
            } => {
                write!(f, "not a valid Wiretrace workspace: line {line}, column {column}: ")?;
                if path != "." {
                    write!(f, "{path}: ")?;
                }
                f.write_str(why)
            }
            Kind::UnsupportedVersion(v) => write!(
                f,
                "workspace format version {v} is not supported; this Wiretrace reads version {}",
                crate::workspace::FORMAT_VERSION
            ),
            Kind::EmptyId { index } => write!(
                f,
                "articles[{index}].id: an article has an empty id; give every article a unique id"
            ),
            Kind::DuplicateId { id, index, first } => write!(
                f,
                "articles[{index}].id: article id \"{id}\" is used twice (first by articles[{first}]); ids must be unique"
            ),
        }
    }
}

impl std::error::Error for Error {}
