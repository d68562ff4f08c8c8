//! The one owner of the workspace: the articles being edited, by id, and
//! everything that loads, saves, adds, removes and restores them.
//!
//! - Start: a workspace embedded in the page (a shared file) is read as
//!   untrusted input and shown instead of the saved one, which stays
//!   untouched until the person edits; otherwise the one saved in local
//!   storage, ids, URLs and times as they were. A save that cannot be read
//!   is set aside unchanged, never overwritten.
//! - Autosave: every edit marks the workspace changed and (re)starts a
//!   [`SAVE_DELAY`] timer, so a burst of typing serialises it once; leaving
//!   or hiding the page flushes a pending save at once. A refused write
//!   (quota) sets a message and keeps what is on screen.
//! - Ids: new articles get the next free `A{n}`; imported ones keep theirs,
//!   made unique against the workspace. Removing or clearing keeps one undo.
//!
//! Cost: saving is one serialisation of the workspace per pause in typing
//! (linear in its text); tracking an edit reads no text.

use crate::state::Draft;
use crate::storage;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use std::collections::HashSet;
use std::time::Duration;
use wiretrace_engine::{Article, Workspace};
use wiretrace_files::embed;
use wiretrace_files::import::unique_id;

/// How long after the last edit the workspace is saved.
pub const SAVE_DELAY: Duration = Duration::from_millis(400);

/// Prefix of the ids of articles added in the editor (`A1`, `A2`, …).
pub const ID_PREFIX: &str = "A";

/// Empty article boxes on a fresh page.
pub const FRESH_ARTICLES: usize = 2;

/// Words of an article shown in an import preview.
pub const PREVIEW_WORDS: usize = 14;

/// Which workspace is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// The person's own, saved in this browser.
    Local,
    /// The one carried by the opened file; `edited` once the person changed
    /// it (from then on it is saved, their own set aside).
    Shared { edited: bool },
}

/// What the last remove or clear took away, to put back.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    /// What happened, in words ("Removed A2").
    pub what: String,
    /// The articles taken away, each with its place in the list.
    pub articles: Vec<(usize, Article)>,
}

/// The workspace on screen. Copy: every part is a signal.
#[derive(Debug, Clone, Copy)]
pub struct Store {
    /// The articles, in the order they were added.
    pub drafts: RwSignal<Vec<Draft>>,
    /// Own or shared workspace.
    pub shown: RwSignal<Shown>,
    /// The last remove or clear, until undone or replaced.
    pub undo: RwSignal<Option<Undo>>,
    /// What happened on load (a shared file shown, a save set aside).
    pub notice: RwSignal<Option<String>>,
    /// Why the last save failed, while it keeps failing.
    pub problem: RwSignal<Option<String>>,
    pending: StoredValue<Option<TimeoutHandle>>,
    /// The page's owner: every draft's signals are made under it, so they
    /// outlive the button (and its view) that added them.
    owner: StoredValue<Owner>,
}

impl Store {
    /// The workspace to show when the page opens (see the module doc).
    pub fn start() -> Store {
        let mut notes = Vec::new();
        let local = load_local(&mut notes);
        let embedded = document()
            .get_element_by_id(embed::ELEMENT_ID)
            .and_then(|e| e.text_content());
        let (articles, shown) = match embedded.map(|json| Workspace::from_json(&json)) {
            Some(Ok(ws)) if !ws.articles.is_empty() => {
                notes.insert(0, format!(
                    "This file carries a shared workspace of {} articles, shown and analyzed below. Your own workspace saved in this browser is kept as it was.",
                    ws.articles.len()
                ));
                (ws.articles, Shown::Shared { edited: false })
            }
            Some(Ok(_)) => {
                notes.insert(
                    0,
                    "This file carries an empty workspace; showing your own.".to_owned(),
                );
                (local, Shown::Local)
            }
            Some(Err(e)) => {
                notes.insert(0, format!("The workspace carried by this file cannot be read ({e}); showing your own instead."));
                (local, Shown::Local)
            }
            None => (local, Shown::Local),
        };
        let store = Store {
            drafts: RwSignal::new(Vec::new()),
            shown: RwSignal::new(shown),
            undo: RwSignal::new(None),
            notice: RwSignal::new((!notes.is_empty()).then(|| notes.join(" "))),
            problem: RwSignal::new(None),
            pending: StoredValue::new(None),
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
        };
        store.replace(articles);
        store
    }

    /// Shows `articles` (two blank ones when there are none).
    fn replace(&self, mut articles: Vec<Article>) {
        if articles.is_empty() {
            let mut taken = HashSet::new();
            for _ in 0..FRESH_ARTICLES {
                let id = next_id(&taken);
                taken.insert(id.clone());
                articles.push(Article {
                    id,
                    ..Default::default()
                });
            }
        }
        let drafts = articles.iter().map(|a| self.draft(a)).collect();
        self.drafts.set(drafts);
    }

    /// A draft of `article`, its signals owned by the page.
    fn draft(&self, article: &Article) -> Draft {
        self.owner
            .with_value(|o| o.with(|| Draft::from_article(article)))
    }

    /// Every article as it is now, untracked.
    pub fn articles_untracked(&self) -> Vec<Article> {
        self.drafts
            .with_untracked(|ds| ds.iter().map(Draft::to_article_untracked).collect())
    }

    /// The workspace file (design.md format) of what is on screen.
    pub fn workspace_json(&self) -> String {
        serde_json::to_string_pretty(&Workspace::new(self.articles_untracked()))
            .expect("workspaces serialize")
    }

    /// The draft with id `id`.
    pub fn find(&self, id: &str) -> Option<Draft> {
        self.drafts
            .with_untracked(|ds| ds.iter().find(|d| d.id.with_value(|i| i == id)).copied())
    }

    fn taken(&self) -> HashSet<String> {
        self.drafts
            .with_untracked(|ds| ds.iter().map(Draft::id).collect())
    }

    /// The ids of the articles that are not blank (the ones an import keeps).
    pub fn kept_ids(&self) -> HashSet<String> {
        self.drafts.with_untracked(|ds| {
            ds.iter()
                .filter(|d| !d.is_blank_untracked())
                .map(Draft::id)
                .collect()
        })
    }

    /// Adds a blank article under the next free id.
    pub fn add_blank(&self) {
        let id = next_id(&self.taken());
        let draft = self.draft(&Article {
            id,
            ..Default::default()
        });
        self.drafts.update(|ds| ds.push(draft));
    }

    /// Adds `articles` in place of the blank boxes, each id made unique
    /// against the workspace; returns the ids they got.
    pub fn add(&self, articles: Vec<Article>) -> Vec<String> {
        let mut ids = Vec::new();
        self.drafts.update(|ds| {
            ds.retain(|d| !d.is_blank_untracked());
            let mut taken: HashSet<String> = ds.iter().map(Draft::id).collect();
            for mut article in articles {
                article.id = if article.id.trim().is_empty() {
                    next_id(&taken)
                } else {
                    unique_id(article.id.trim(), &taken)
                };
                taken.insert(article.id.clone());
                ids.push(article.id.clone());
                ds.push(self.draft(&article));
            }
        });
        ids
    }

    /// Removes article `id`, keeping it for [`Store::undo_last`].
    pub fn remove(&self, id: &str) {
        let mut taken = None;
        self.drafts.update(|ds| {
            if let Some(at) = ds.iter().position(|d| d.id.with_value(|i| i == id)) {
                taken = Some((at, ds.remove(at).to_article_untracked()));
            }
        });
        if let Some(taken) = taken {
            self.undo.set(Some(Undo {
                what: format!("Removed {id}."),
                articles: vec![taken],
            }));
        }
    }

    /// Removes every article (leaving blank boxes), keeping them for undo.
    pub fn clear(&self) {
        let articles: Vec<(usize, Article)> =
            self.articles_untracked().into_iter().enumerate().collect();
        let n = articles.len();
        self.replace(Vec::new());
        self.undo.set(Some(Undo {
            what: format!("Cleared the workspace ({n} articles)."),
            articles,
        }));
    }

    /// Puts back what the last remove or clear took away, at its place,
    /// in place of blank boxes.
    pub fn undo_last(&self) {
        let Some(undo) = self.undo.get_untracked() else {
            return;
        };
        self.drafts.update(|ds| {
            ds.retain(|d| !d.is_blank_untracked());
            let mut taken: HashSet<String> = ds.iter().map(Draft::id).collect();
            for (at, mut article) in undo.articles {
                article.id = unique_id(&article.id, &taken);
                taken.insert(article.id.clone());
                ds.insert(at.min(ds.len()), self.draft(&article));
            }
        });
        self.undo.set(None);
    }

    /// Back from a shared file to the person's own workspace: the one set
    /// aside when the shared one was edited, else the saved one.
    pub fn back_to_local(&self) {
        let edited = self.shown.get_untracked() == (Shown::Shared { edited: true });
        self.cancel_pending();
        if edited {
            match storage::read(storage::SET_ASIDE_KEY) {
                Some(json) => {
                    if let Err(e) = storage::write(storage::KEY, &json) {
                        self.problem.set(Some(e));
                        return;
                    }
                    storage::remove(storage::SET_ASIDE_KEY);
                }
                None => storage::remove(storage::KEY),
            }
        }
        let mut notes = Vec::new();
        let local = load_local(&mut notes);
        self.shown.set(Shown::Local);
        self.undo.set(None);
        self.notice
            .set((!notes.is_empty()).then(|| notes.join(" ")));
        self.replace(local);
    }

    /// Called on every edit: saves after [`SAVE_DELAY`] without one. The
    /// first edit of a shared workspace sets the person's own aside first.
    pub fn changed(&self) {
        if self.shown.get_untracked() == (Shown::Shared { edited: false }) {
            if let Some(own) = storage::read(storage::KEY) {
                if let Err(e) = storage::write(storage::SET_ASIDE_KEY, &own) {
                    // Saving now would overwrite the person's own work.
                    self.problem.set(Some(e));
                    return;
                }
            }
            self.shown.set(Shown::Shared { edited: true });
        }
        self.cancel_pending();
        let store = *self;
        let handle = set_timeout_with_handle(move || store.save_now(), SAVE_DELAY).ok();
        self.pending.set_value(handle);
    }

    /// Saves at once if a save is waiting (the page is being left or hidden).
    pub fn flush(&self) {
        if self.pending.get_value().is_some() {
            self.cancel_pending();
            self.save_now();
        }
    }

    fn cancel_pending(&self) {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        }
        self.pending.set_value(None);
    }

    /// Writes the workspace to local storage now.
    pub fn save_now(&self) {
        self.pending.set_value(None);
        if self.shown.get_untracked() == (Shown::Shared { edited: false }) {
            return;
        }
        let json = serde_json::to_string(&Workspace::new(self.articles_untracked()))
            .expect("workspaces serialize");
        self.problem.set(storage::write(storage::KEY, &json).err());
    }
}

/// The saved workspace's articles; an unreadable save is set aside
/// unchanged (with a note) and an empty list returned.
fn load_local(notes: &mut Vec<String>) -> Vec<Article> {
    let Some(json) = storage::read(storage::KEY) else {
        return Vec::new();
    };
    match Workspace::from_json(&json) {
        Ok(ws) => ws.articles,
        Err(e) => {
            let kept = storage::write(storage::UNREADABLE_KEY, &json).is_ok();
            if kept {
                storage::remove(storage::KEY);
            }
            notes.push(format!(
                "The workspace saved in this browser could not be read ({e}). {}",
                if kept {
                    format!("It was kept unchanged under \u{201c}{}\u{201d} in this browser's storage; starting afresh.", storage::UNREADABLE_KEY)
                } else {
                    "It is left as it was; nothing will be saved over it until it can be moved.".to_owned()
                }
            ));
            Vec::new()
        }
    }
}

/// The next `A{n}` after the highest one taken.
pub fn next_id(taken: &HashSet<String>) -> String {
    let highest = taken
        .iter()
        .filter_map(|id| id.strip_prefix(ID_PREFIX)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{ID_PREFIX}{}", highest + 1)
}

/// For each article whose text (trimmed, non-empty) repeats an earlier
/// one's, its id and the earlier id; `earlier` are compared first.
pub fn duplicates<'a>(earlier: &'a [Article], articles: &'a [Article]) -> Vec<(&'a str, &'a str)> {
    let mut seen: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    let mut out = Vec::new();
    for (i, a) in earlier.iter().chain(articles).enumerate() {
        let text = a.text.trim();
        if text.is_empty() {
            continue;
        }
        match seen.get(text) {
            Some(first) if i >= earlier.len() => out.push((a.id.as_str(), *first)),
            Some(_) => {}
            None => {
                seen.insert(text, &a.id);
            }
        }
    }
    out
}

/// The first [`PREVIEW_WORDS`] words of `text`, with "…" when there are more.
pub fn first_words(text: &str) -> String {
    let mut words = text.split_whitespace();
    let shown: Vec<&str> = words.by_ref().take(PREVIEW_WORDS).collect();
    let more = words.next().is_some();
    format!("{}{}", shown.join(" "), if more { " …" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(ids: &[&str]) -> HashSet<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn new_ids_follow_the_highest_and_imported_ones_are_made_unique() {
        assert_eq!(next_id(&set(&[])), "A1");
        assert_eq!(next_id(&set(&["A1", "A7", "notes", "A-3"])), "A8");
        assert_eq!(unique_id("wire", &set(&["A1"])), "wire");
        assert_eq!(unique_id("wire", &set(&["wire", "wire-2"])), "wire-3");
    }

    #[test]
    fn repeated_texts_name_the_first_one_and_blanks_are_not_repeats() {
        let have = [
            article("A1", "Flood closes the ring road."),
            article("A2", ""),
        ];
        let new = [
            article("x", "  Flood closes the ring road.\n"),
            article("y", ""),
            article("z", "Another story."),
            article("w", "Another story."),
        ];
        assert_eq!(duplicates(&have, &new), [("x", "A1"), ("w", "z")]);
        assert_eq!(duplicates(&[], &have), []);
    }

    #[test]
    fn previews_show_the_first_words_only() {
        assert_eq!(first_words("  one\ntwo  three "), "one two three");
        let long = "w ".repeat(PREVIEW_WORDS + 1);
        assert!(first_words(&long).ends_with(" …"));
        assert_eq!(first_words(&long).split(' ').count(), PREVIEW_WORDS + 1);
    }
}
