//! Importing files: one file's bytes and name into articles, or one clear
//! message saying what is wrong, importing nothing partial.
//!
//! Algorithm: the bytes are decoded first (a UTF-8 byte order mark is
//! dropped, UTF-16 with a byte order mark is decoded; NUL bytes or mostly
//! control characters make a binary file; other bytes that are not UTF-8
//! are named with their line and column). The kind comes from the
//! extension (`.txt`, `.md`, `.html`/`.htm`, `.json`), else from the
//! content (a JSON object, markup, a leading `# Heading`, else text):
//! text is the article as it is, Markdown goes through
//! [`crate::markdown::to_text`], a page through [`crate::html::extract`],
//! and JSON must be a Wiretrace workspace, checked by
//! [`Workspace::from_json`] (line, column and field path in its messages).
//! An article's id is the file's stem; [`unique_id`] and [`import_all`]
//! keep ids unique across files. Cost: linear in the size of the file.

use crate::{html, markdown};
use std::collections::HashSet;
use std::fmt;
use wiretrace_engine::{Article, Workspace};

/// Share of control characters (other than tab, line breaks and form
/// feed) above which a file is taken for binary.
pub const MAX_CONTROL_SHARE: f64 = 0.05;
/// How many leading bytes are read to sniff the kind of a file without a
/// known extension.
pub const SNIFF_BYTES: usize = 2048;
/// The id of an article whose file name gives none.
pub const DEFAULT_ID: &str = "article";

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    name: String,
    kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Empty,
    Binary(&'static str),
    NotUtf8 {
        byte: u8,
        offset: usize,
        line: usize,
        column: usize,
    },
    BadUtf16,
    Workspace(wiretrace_engine::Error),
    NoArticles,
    NoPageText,
}

impl ImportError {
    fn new(name: &str, kind: Kind) -> Self {
        ImportError {
            name: name.to_owned(),
            kind,
        }
    }

    /// The name of the file the error is about.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = &self.name;
        match &self.kind {
            Kind::Empty => write!(f, "{name} is empty: there is no text to import"),
            Kind::Binary(why) => write!(
                f,
                "{name} looks like a binary file ({why}), not text; import .txt, .md, .html or a workspace .json"
            ),
            Kind::NotUtf8 {
                byte,
                offset,
                line,
                column,
            } => write!(
                f,
                "{name} is not UTF-8 text: byte 0x{byte:02X} at line {line}, column {column} (offset {offset}) is not UTF-8; save it as UTF-8 and import it again"
            ),
            Kind::BadUtf16 => write!(
                f,
                "{name} starts like UTF-16 text but is not valid UTF-16; save it as UTF-8 and import it again"
            ),
            Kind::Workspace(err) => write!(f, "{name}: {err}"),
            Kind::NoArticles => write!(f, "{name}: the workspace holds no articles"),
            Kind::NoPageText => write!(
                f,
                "{name}: no article text found in this page (it may be drawn by a script); open it in a browser, copy the article and paste it"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// What a file holds, by extension or by content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
    Workspace,
}

/// One file's articles: a text, Markdown or HTML file gives one, a
/// workspace all of its own. `name` is the file name (a path is fine);
/// ids are its stem, not yet unique against other files (see
/// [`import_all`]).
///
/// # Errors
/// When the file is empty, binary, not UTF-8 (or UTF-16 with a byte order
/// mark), a JSON file that is not a valid workspace (the message says the
/// line, column and field), a workspace without articles, or a page with
/// no article text.
///
/// ```
/// use wiretrace_files::import::import_file;
/// let articles = import_file("notes/ferry.md", b"# Ferry aground\n\nThe *ferry* ran aground.").unwrap();
/// assert_eq!(articles[0].id, "ferry");
/// assert_eq!(articles[0].title.as_deref(), Some("Ferry aground"));
/// assert_eq!(articles[0].text, "The ferry ran aground.");
/// let err = import_file("photo.jpg", &[0xff, 0xd8, 0xff, 0xe0, 0, 16]).unwrap_err();
/// assert!(err.to_string().contains("binary"));
/// ```
pub fn import_file(name: &str, bytes: &[u8]) -> Result<Vec<Article>, ImportError> {
    let fail = |kind| ImportError::new(name, kind);
    let text = decode(bytes).map_err(fail)?;
    if text.trim().is_empty() {
        return Err(fail(Kind::Empty));
    }
    let id = stem(name);
    let article = |text: String| Article {
        id: id.clone(),
        text,
        ..Default::default()
    };
    match format(name, &text) {
        Format::Text => Ok(vec![article(text.trim().to_owned())]),
        Format::Markdown => {
            let (title, body) = markdown::to_text(&text);
            if body.trim().is_empty() {
                return Err(fail(Kind::Empty));
            }
            Ok(vec![Article {
                title,
                ..article(body)
            }])
        }
        Format::Html => {
            let page = html::extract(&text);
            if page.text.trim().is_empty() {
                return Err(fail(Kind::NoPageText));
            }
            Ok(vec![Article {
                title: page.title,
                outlet: page.outlet,
                url: page.url,
                published: page.published,
                ..article(page.text)
            }])
        }
        Format::Workspace => {
            let workspace = Workspace::from_json(&text).map_err(|e| fail(Kind::Workspace(e)))?;
            if workspace.articles.is_empty() {
                return Err(fail(Kind::NoArticles));
            }
            Ok(workspace.articles)
        }
    }
}

/// Many files into one workspace, in order, every id made unique with
/// [`unique_id`] (a workspace's own ids too, when another file took them).
///
/// # Errors
/// The first file that cannot be imported; nothing is imported then.
///
/// ```
/// use wiretrace_files::import::import_all;
/// let ws = import_all([("a/story.txt", &b"One."[..]), ("b/story.txt", &b"Two."[..])]).unwrap();
/// let ids: Vec<_> = ws.articles.iter().map(|a| a.id.as_str()).collect();
/// assert_eq!(ids, ["story", "story-2"]);
/// ```
pub fn import_all<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
) -> Result<Workspace, ImportError> {
    let mut taken = HashSet::new();
    let mut articles = Vec::new();
    for (name, bytes) in files {
        for mut article in import_file(name, bytes)? {
            article.id = unique_id(&article.id, &taken);
            taken.insert(article.id.clone());
            articles.push(article);
        }
    }
    Ok(Workspace::new(articles))
}

/// `base`, or `base-2`, `base-3`, … the first that is not `taken`
/// ([`DEFAULT_ID`] when `base` is blank).
///
/// ```
/// use std::collections::HashSet;
/// use wiretrace_files::import::unique_id;
/// let taken: HashSet<String> = ["a".into(), "a-2".into()].into();
/// assert_eq!(unique_id("a", &taken), "a-3");
/// assert_eq!(unique_id("b", &taken), "b");
/// assert_eq!(unique_id("  ", &taken), "article");
/// ```
pub fn unique_id(base: &str, taken: &HashSet<String>) -> String {
    let base = match base.trim() {
        "" => DEFAULT_ID,
        b => b,
    };
    if !taken.contains(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id))
        .expect("some suffix is free")
}

/// The file name without folders and extension.
fn stem(name: &str) -> String {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = match file.rfind('.') {
        Some(at) if at > 0 => &file[..at],
        _ => file,
    };
    match stem.trim() {
        "" => DEFAULT_ID.to_owned(),
        s => s.to_owned(),
    }
}

fn extension(name: &str) -> Option<String> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    file.rfind('.')
        .filter(|&at| at > 0)
        .map(|at| file[at + 1..].to_ascii_lowercase())
}

fn format(name: &str, text: &str) -> Format {
    match extension(name).as_deref() {
        Some("txt" | "text") => Format::Text,
        Some("md" | "markdown") => Format::Markdown,
        Some("html" | "htm" | "xhtml") => Format::Html,
        Some("json") => Format::Workspace,
        _ => sniff(text),
    }
}

/// The kind of a file without a known extension, from its content.
fn sniff(text: &str) -> Format {
    let start = text.trim_start();
    if start.starts_with('{') && serde_json::from_str::<serde::de::IgnoredAny>(start).is_ok() {
        return Format::Workspace;
    }
    let head: String = start
        .chars()
        .take(SNIFF_BYTES)
        .collect::<String>()
        .to_lowercase();
    let markup = [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<article",
        "<meta",
        "<div",
        "<p>",
        "<p ",
    ];
    if head.starts_with('<') && markup.iter().any(|m| head.contains(m)) {
        return Format::Html;
    }
    if start.starts_with("# ") {
        return Format::Markdown;
    }
    Format::Text
}

/// The text of `bytes`: UTF-8 (a byte order mark dropped) or UTF-16 with a
/// byte order mark; refused when binary or in another encoding.
fn decode(bytes: &[u8]) -> Result<String, Kind> {
    if bytes.is_empty() {
        return Err(Kind::Empty);
    }
    let text = if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        utf8(rest)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        utf16(rest, u16::from_be_bytes)?
    } else {
        if bytes.contains(&0) {
            return Err(Kind::Binary("it holds NUL bytes"));
        }
        utf8(bytes)?
    };
    let chars = text.chars().count();
    let control = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
        .count();
    if control as f64 > chars as f64 * MAX_CONTROL_SHARE {
        return Err(Kind::Binary("it is mostly control characters"));
    }
    Ok(text)
}

fn utf8(bytes: &[u8]) -> Result<String, Kind> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(err) => {
            let offset = err.valid_up_to();
            let valid = std::str::from_utf8(&bytes[..offset]).expect("valid up to here");
            let line_start = valid.rfind('\n').map_or(0, |at| at + 1);
            let control = bytes
                .iter()
                .take(SNIFF_BYTES)
                .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
                .count();
            if control as f64 > bytes.len().min(SNIFF_BYTES) as f64 * MAX_CONTROL_SHARE {
                return Err(Kind::Binary("it is mostly control characters"));
            }
            Err(Kind::NotUtf8 {
                byte: bytes[offset],
                offset,
                line: valid.matches('\n').count() + 1,
                column: valid[line_start..].chars().count() + 1,
            })
        }
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, Kind> {
    if !bytes.len().is_multiple_of(2) {
        return Err(Kind::BadUtf16);
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| Kind::BadUtf16)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One bad file and words its message must hold.
    fn check_error(name: &str, bytes: &[u8], expected: &str) {
        let message = import_file(name, bytes).unwrap_err().to_string();
        assert!(
            message.contains(expected),
            "{name}: {message:?} lacks {expected:?}"
        );
        assert!(message.starts_with(name), "{name}: {message:?}");
        assert!(!message.contains('\n'), "{name}: {message:?}");
    }

    #[test]
    fn bad_files_say_what_is_wrong() {
        let workspace_missing_text = "{\n  \"wiretrace\": 1,\n  \"articles\": [\n    {\"id\": \"a\", \"text\": \"One.\"},\n    {\n      \"id\": \"b\"\n    }\n  ]\n}";
        let cases: &[(&str, &[u8], &str)] = &[
            ("empty.txt", b"", "empty.txt is empty"),
            ("blank.md", b"  \n\n\t\n", "is empty"),
            ("only-title.md", b"# Just a title\n", "is empty"),
            ("photo.txt", &[0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, b'J', b'F'], "binary file (it holds NUL bytes)"),
            ("data.bin", &[0x01, 0x02, 0x03, 0x04, 0x05, b'a', 0x06, 0x07], "binary file (it is mostly control characters)"),
            ("latin1.txt", b"Line one\nCaf\xe9 au lait", "not UTF-8 text: byte 0xE9 at line 2, column 4 (offset 12)"),
            ("odd.txt", &[0xff, 0xfe, b'a', 0x00, b'b'], "not valid UTF-16"),
            ("list.json", b"[1, 2, 3]", "not a Wiretrace workspace: it is JSON but not an object"),
            ("other.json", b"{\"name\": \"not ours\"}", "it has no \"wiretrace\" field"),
            ("broken.json", b"{\"wiretrace\": 1, \"articles\": [", "line 1, column 30: EOF while parsing a list"),
            ("future.json", b"{\"wiretrace\": 3, \"articles\": []}", "workspace format version 3 is not supported"),
            ("missing.json", workspace_missing_text.as_bytes(), "line 7, column 5: articles[1]: missing field \"text\""),
            ("types.json", b"{\"wiretrace\": 1, \"articles\": [{\"id\": \"a\", \"text\": [\"x\"]}]}", "articles[0].text: invalid type: sequence, expected a string"),
            ("twice.json", b"{\"wiretrace\": 1, \"articles\": [{\"id\": \"a\", \"text\": \"x\"}, {\"id\": \"a\", \"text\": \"y\"}]}", "articles[1].id: article id \"a\" is used twice"),
            ("none.json", b"{\"wiretrace\": 1, \"articles\": []}", "the workspace holds no articles"),
            ("shell.html", b"<html><body><div id=root></div><script>render()</script></body></html>", "no article text found in this page"),
        ];
        for (name, bytes, expected) in cases {
            check_error(name, bytes, expected);
        }
    }

    #[test]
    fn each_kind_gives_its_article() {
        let text = import_file(
            "dir/wire story.txt",
            "\u{feff}PARIS (AFP) - Text.\n".as_bytes(),
        )
        .unwrap();
        assert_eq!(
            (text[0].id.as_str(), text[0].text.as_str()),
            ("wire story", "PARIS (AFP) - Text.")
        );
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Grüße".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(import_file("de.txt", &utf16).unwrap()[0].text, "Grüße");
        let page = import_file(
            "page.HTM",
            b"<html><head><meta property=og:site_name content=\"Coast Post\"></head><body><article><h1>Pier shut</h1><p>The pier was shut on Monday after storm damage, the council said.</p></article></body></html>",
        )
        .unwrap();
        assert_eq!(page[0].title.as_deref(), Some("Pier shut"));
        assert_eq!(page[0].outlet.as_deref(), Some("Coast Post"));
        assert_eq!(
            page[0].text,
            "The pier was shut on Monday after storm damage, the council said."
        );
        let ws = import_file(
            "set.json",
            br#"{"wiretrace": 1, "articles": [{"id": "w", "text": "One."}, {"id": "c", "text": "Two."}]}"#,
        )
        .unwrap();
        assert_eq!(
            ws.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
            ["w", "c"]
        );
    }

    #[test]
    fn files_without_a_known_extension_are_sniffed() {
        let page = import_file(
            "saved",
            b"<!DOCTYPE html><html><body><p>Sniffed as a page.</p></body></html>",
        )
        .unwrap();
        assert_eq!(page[0].text, "Sniffed as a page.");
        let md = import_file("notes", b"# Heading\n\nSome **bold** text.").unwrap();
        assert_eq!(
            (md[0].title.as_deref(), md[0].text.as_str()),
            (Some("Heading"), "Some bold text.")
        );
        let ws = import_file(
            "export",
            br#"{"wiretrace": 1, "articles": [{"id": "x", "text": "t"}]}"#,
        )
        .unwrap();
        assert_eq!(ws[0].id, "x");
        let text =
            import_file("README", b"[Updated] <b> is not a page, # is not a heading").unwrap();
        assert_eq!(
            text[0].text,
            "[Updated] <b> is not a page, # is not a heading"
        );
        let bad = import_file("export", br#"{"wiretrace": 2, "articles": []}"#).unwrap_err();
        assert!(bad.to_string().contains("version 2"), "{bad}");
    }

    #[test]
    fn ids_are_made_unique_in_order() {
        let ws = import_all([
            ("a/story.txt", &b"One."[..]),
            ("set.json", br#"{"wiretrace": 1, "articles": [{"id": "story", "text": "Two."}, {"id": "x", "text": "Three."}]}"#),
            ("b/story.md", b"Four."),
            ("", b"Five."),
        ])
        .unwrap();
        let ids: Vec<_> = ws.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["story", "story-2", "x", "story-3", "article"]);
        ws.check_ids().unwrap();
        let err = import_all([("a.txt", &b"ok"[..]), ("b.txt", b"")]).unwrap_err();
        assert_eq!(err.name(), "b.txt");
    }

    #[test]
    fn ten_megabyte_files_import_in_linear_time() {
        let paragraph = "The council said on Tuesday that the *new* bridge, which cost [12 million](https://example.org), would open in May.\n\n";
        let md: String = paragraph.repeat(10 * 1024 * 1024 / paragraph.len());
        let html = format!(
            "<html><body><article>{}</article></body></html>",
            md.split("\n\n")
                .map(|p| format!("<p>{p}</p>"))
                .collect::<String>()
        );
        for (name, bytes) in [
            ("big.txt", md.as_bytes()),
            ("big.md", md.as_bytes()),
            ("big.html", html.as_bytes()),
        ] {
            let started = std::time::Instant::now();
            let articles = import_file(name, bytes).unwrap();
            let took = started.elapsed();
            eprintln!("{name}: {} bytes in {took:?}", bytes.len());
            assert!(articles[0].text.len() > 7 * 1024 * 1024, "{name}");
            // Generous for debug builds on a busy machine; quadratic work would take hours.
            assert!(took.as_secs() < 60, "{name} took {took:?}");
        }
    }
}
