//! Importing files: placeholder until the import work lands (see lib.rs).

use wiretrace_engine::Article;

/// One file's articles (placeholder: the whole file as one text article).
///
/// # Errors
/// When the file is not UTF-8 text.
pub fn import_file(name: &str, bytes: &[u8]) -> Result<Vec<Article>, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| format!("{name} is not UTF-8 text"))?;
    Ok(vec![Article {
        id: name.to_owned(),
        text: text.to_owned(),
        ..Default::default()
    }])
}
