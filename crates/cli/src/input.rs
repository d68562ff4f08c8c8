//! Reading the command line's inputs into a workspace.

use std::path::{Path, PathBuf};
use wiretrace_engine::{Article, Workspace};

/// Loads one workspace file, or text files as articles (id = file stem).
pub fn load(inputs: &[PathBuf]) -> Result<Workspace, String> {
    if let [single] = inputs {
        if single.extension().is_some_and(|e| e == "json") {
            let json = read(single)?;
            return Workspace::from_json(&json).map_err(|e| format!("{}: {e}", single.display()));
        }
    }
    if let Some(json) = inputs
        .iter()
        .find(|p| p.extension().is_some_and(|e| e == "json"))
    {
        return Err(format!(
            "{} is a workspace file; give it alone, or give only text files",
            json.display()
        ));
    }
    let articles = inputs
        .iter()
        .map(|path| {
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            Ok(Article {
                id,
                text: read(path)?,
                ..Default::default()
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let workspace = Workspace::new(articles);
    workspace.check_ids().map_err(|e| e.to_string())?;
    Ok(workspace)
}

fn read(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{} is not UTF-8 text (invalid byte at offset {}); convert it to UTF-8 first",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}
