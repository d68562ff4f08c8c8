//! Keeps the pasted articles in the browser's local storage, so a reload or a
//! closed tab loses nothing. Stored as a Wiretrace workspace (JSON).

use gloo_storage::{LocalStorage, Storage};
use wiretrace_engine::{Article, Workspace};

const KEY: &str = "wiretrace.workspace";

/// The saved articles, if any were saved and can be read.
pub fn load() -> Option<Vec<Article>> {
    let json: String = LocalStorage::raw().get_item(KEY).ok()??;
    Workspace::from_json(&json).ok().map(|w| w.articles)
}

/// Saves the articles; returns a message when the browser refused (storage
/// full or disabled), so the page can tell the person.
pub fn save(articles: Vec<Article>) -> Result<(), String> {
    let json = serde_json::to_string(&Workspace::new(articles)).map_err(|e| e.to_string())?;
    LocalStorage::raw()
        .set_item(KEY, &json)
        .map_err(|_| "This browser did not let Wiretrace save your articles locally (storage full or disabled). Keep a copy of long texts elsewhere.".to_owned())
}
