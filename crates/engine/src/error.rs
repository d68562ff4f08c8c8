//! The engine's error type: a public struct around a private kind, with
//! messages that say what was wrong and what to do.

use std::fmt;

/// Why input could not be analyzed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    BadWorkspace(String),
    UnsupportedVersion(u32),
    EmptyId,
    DuplicateId(String),
}

impl Error {
    pub(crate) fn bad_workspace(err: serde_json::Error) -> Self {
        Error {
            kind: Kind::BadWorkspace(err.to_string()),
        }
    }
    pub(crate) fn unsupported_version(version: u32) -> Self {
        Error {
            kind: Kind::UnsupportedVersion(version),
        }
    }
    pub(crate) fn empty_id() -> Self {
        Error {
            kind: Kind::EmptyId,
        }
    }
    pub(crate) fn duplicate_id(id: &str) -> Self {
        Error {
            kind: Kind::DuplicateId(id.to_owned()),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::BadWorkspace(why) => write!(
                f,
                "not a Wiretrace workspace ({why}); expected {{\"wiretrace\": 1, \"articles\": [{{\"id\": …, \"text\": …}}]}}"
            ),
            Kind::UnsupportedVersion(v) => write!(
                f,
                "workspace format version {v} is not supported; this Wiretrace reads version {}",
                crate::workspace::FORMAT_VERSION
            ),
            Kind::EmptyId => write!(f, "an article has an empty id; give every article a unique id"),
            Kind::DuplicateId(id) => {
                write!(f, "article id \"{id}\" is used twice; ids must be unique")
            }
        }
    }
}

impl std::error::Error for Error {}
