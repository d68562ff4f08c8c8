//! The workspace embedded in the single-file bundle ("Save as file" in the
//! app, `wiretrace share` in the CLI): one `<script type="application/json">`
//! element with a fixed id just before `</body>`.
//!
//! Algorithm: the workspace is serialised with serde_json, then every `<`,
//! `>` and `&` is written as a JSON `\u00XX` escape, so no text an article
//! holds can close the element or open a comment; an earlier embedded
//! workspace is removed first, so saving twice keeps one. Reading finds the
//! element and returns its JSON for [`Workspace::from_json`] to check: the
//! embedded data is untrusted input like any imported file. Cost: linear in
//! the size of the page.

use std::fmt;
use wiretrace_engine::Workspace;

/// The id of the element that carries the workspace.
pub const ELEMENT_ID: &str = "wiretrace-workspace";

const OPEN: &str = r#"<script type="application/json" id="wiretrace-workspace">"#;
const CLOSE: &str = "</script>";

/// Why a workspace could not be embedded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedError(String);

impl fmt::Display for EmbedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EmbedError {}

/// The bundle `page` with `workspace` embedded (replacing any embedded
/// before).
///
/// # Errors
/// When `page` has no `</body>`, so it is not the offline file.
///
/// ```
/// use wiretrace_engine::{Article, Workspace};
/// use wiretrace_files::embed;
/// let ws = Workspace::new(vec![Article { id: "a".into(), text: "</script><b>x</b>".into(), ..Default::default() }]);
/// let page = embed::embed("<html><body></body></html>", &ws).unwrap();
/// assert!(!page.contains("</script><b>"));
/// let back = Workspace::from_json(embed::embedded(&page).unwrap()).unwrap();
/// assert_eq!(back, ws);
/// ```
pub fn embed(page: &str, workspace: &Workspace) -> Result<String, EmbedError> {
    let page = without_embedded(page);
    let at = page.rfind("</body>").ok_or_else(|| {
        EmbedError("this page has no </body>, so it is not Wiretrace's offline file".to_owned())
    })?;
    let json = serde_json::to_string(workspace).expect("workspaces serialize");
    let mut out = String::with_capacity(page.len() + json.len() + OPEN.len() + 16);
    out.push_str(&page[..at]);
    out.push_str(OPEN);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out.push_str(CLOSE);
    out.push('\n');
    out.push_str(&page[at..]);
    Ok(out)
}

/// The JSON of the workspace embedded in `page`, if there is one; check it
/// with [`Workspace::from_json`] before use.
pub fn embedded(page: &str) -> Option<&str> {
    let start = page.find(OPEN)? + OPEN.len();
    let len = page[start..].find(CLOSE)?;
    Some(&page[start..start + len])
}

/// `page` without its embedded workspace, if any.
pub fn without_embedded(page: &str) -> String {
    match page.find(OPEN) {
        Some(start) => match page[start..].find(CLOSE) {
            Some(len) => {
                let mut end = start + len + CLOSE.len();
                if page[end..].starts_with('\n') {
                    end += 1;
                }
                format!("{}{}", &page[..start], &page[end..])
            }
            None => page.to_owned(),
        },
        None => page.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiretrace_engine::Article;

    fn workspace(text: &str) -> Workspace {
        Workspace::new(vec![Article {
            id: "a1".into(),
            url: Some("https://example.org/x?a=1&b=2".into()),
            published: Some("2024-01-04T10:00:00Z".into()),
            text: text.into(),
            ..Default::default()
        }])
    }

    #[test]
    fn round_trips_text_that_looks_like_markup() {
        for text in [
            "plain",
            "</script><script>alert(1)</script>",
            "<!-- a comment --> & &amp;",
            "right to left: \u{05e9}\u{05dc}\u{05d5}\u{05dd} and emoji \u{1f600}",
            "</SCRIPT >",
        ] {
            let ws = workspace(text);
            let page = embed("<html><body><p>app</p></body></html>", &ws).unwrap();
            let json = embedded(&page).unwrap();
            assert!(!json.contains('<') && !json.contains('>'), "{json}");
            assert_eq!(Workspace::from_json(json).unwrap(), ws);
            assert!(page.ends_with("</body></html>"));
        }
    }

    #[test]
    fn saving_twice_keeps_one_workspace() {
        let page = embed("<body></body>", &workspace("one")).unwrap();
        let page = embed(&page, &workspace("two")).unwrap();
        assert_eq!(page.matches(ELEMENT_ID).count(), 1);
        assert!(embedded(&page).unwrap().contains("two"));
        assert_eq!(without_embedded(&page), "<body></body>");
    }

    #[test]
    fn a_page_without_body_is_refused_and_plain_pages_carry_nothing() {
        assert!(embed("<p>no body</p>", &workspace("x")).is_err());
        assert_eq!(embedded("<html><body></body></html>"), None);
    }
}
