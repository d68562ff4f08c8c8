//! Getting many articles in at once: files picked or dropped (each through
//! `wiretrace_files::import::import_file`), or one paste of several articles
//! cut by `wiretrace_files::split::split`; either way a preview (how many,
//! titles, first words, repeats of articles already there, and every file
//! refused with its message) before "Add" puts them in the workspace.
//!
//! Files are read as bytes in the browser (`Blob.arrayBuffer`), one after
//! another; a file refused imports nothing of itself. Cost: linear in the
//! bytes read; the preview draws [`crate::workspace::PREVIEW_WORDS`] words
//! of each article.

use crate::workspace::{self, next_id, Store};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashSet;
use wasm_bindgen_futures::JsFuture;
use wiretrace_engine::Article;
use wiretrace_files::{import, split};

/// Largest file read (bytes); bigger ones are refused without reading.
pub const MAX_FILE_BYTES: f64 = 64.0 * 1024.0 * 1024.0;

/// What the file input accepts.
pub const ACCEPT: &str = ".txt,.md,.html,.htm,.json";

/// Articles waiting for "Add", and the files refused.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pending {
    /// Where they come from, in words ("2 files", "the pasted text").
    pub from: String,
    /// The articles, ids as they will be added.
    pub articles: Vec<Article>,
    /// One message per file refused: its name and what is wrong.
    pub refused: Vec<String>,
}

/// Reads `files` and makes them a [`Pending`] import.
pub async fn read_files(files: Vec<web_sys::File>) -> Pending {
    let mut pending = Pending {
        from: match files.len() {
            1 => "1 file".to_owned(),
            n => format!("{n} files"),
        },
        ..Default::default()
    };
    for file in files {
        let name = file.name();
        if file.size() > MAX_FILE_BYTES {
            pending.refused.push(format!(
                "{name}: the file is {:.0} MB, more than the {:.0} MB Wiretrace reads.",
                file.size() / 1e6,
                MAX_FILE_BYTES / 1e6
            ));
            continue;
        }
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => {
                pending
                    .refused
                    .push(format!("{name}: the browser could not read the file."));
                continue;
            }
        };
        match import::import_file(&name, &bytes) {
            Ok(articles) if articles.is_empty() => pending
                .refused
                .push(format!("{name}: no article text found in it.")),
            Ok(articles) => pending.articles.extend(articles),
            Err(e) => {
                let e = e.to_string();
                pending.refused.push(if e.contains(&name) {
                    e
                } else {
                    format!("{name}: {e}")
                });
            }
        }
    }
    pending
}

/// The articles cut out of one paste, with ids that follow the workspace's.
pub fn split_paste(paste: &str, taken: &HashSet<String>) -> Pending {
    let mut taken = taken.clone();
    let articles = split::split(paste)
        .into_iter()
        .filter(|p| !paste[p.start..p.end].trim().is_empty())
        .map(|p| {
            let id = next_id(&taken);
            taken.insert(id.clone());
            Article {
                id,
                title: p.title,
                text: paste[p.start..p.end].trim().to_owned(),
                ..Default::default()
            }
        })
        .collect();
    Pending {
        from: "the pasted text".to_owned(),
        articles,
        refused: Vec::new(),
    }
}

/// The files of a file list.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Starts reading `files` into `pending`.
pub fn import_files(files: Vec<web_sys::File>, pending: RwSignal<Option<Pending>>) {
    if files.is_empty() {
        return;
    }
    spawn_local(async move { pending.set(Some(read_files(files).await)) });
}

/// The file picker, the "Paste several" box and the preview.
#[component]
pub fn ImportPanel(
    /// The workspace the articles go into.
    store: Store,
    /// The import waiting for "Add".
    pending: RwSignal<Option<Pending>>,
) -> impl IntoView {
    let paste_open = RwSignal::new(false);
    let paste = RwSignal::new(String::new());
    let on_files = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        import_files(files_of(input.files()), pending);
        input.set_value("");
    };
    let preview_paste = move |_| {
        let text = paste.get_untracked();
        if text.trim().is_empty() {
            pending.set(Some(Pending {
                from: "the pasted text".to_owned(),
                refused: vec!["The box is empty: paste the articles first.".to_owned()],
                ..Default::default()
            }));
            return;
        }
        let taken = store.kept_ids();
        pending.set(Some(split_paste(&text, &taken)));
    };
    let confirm = move |_| {
        if let Some(p) = pending.get_untracked() {
            let from_paste = p.from == "the pasted text";
            store.add(p.articles);
            if from_paste {
                paste.set(String::new());
                paste_open.set(false);
            }
        }
        pending.set(None);
    };

    view! {
        <div class="wt-import">
            <label class="wt-button wt-import__pick">
                "Import files…"
                <input
                    type="file"
                    multiple
                    class="wt-import__input"
                    data-testid="import-file"
                    accept=ACCEPT
                    on:change=on_files
                />
            </label>
            <button class="wt-button" data-testid="paste-several-open" aria-expanded=move || paste_open.get().to_string() on:click=move |_| paste_open.update(|o| *o = !*o)>
                "Paste several"
            </button>
            <span class="wt-note">".txt, .md, saved web pages (.html) or a workspace (.json); or drop files on the articles."</span>
        </div>
        <Show when=move || paste_open.get()>
            <div class="wt-paste-several">
                <textarea
                    class="wt-card__text"
                    data-testid="paste-several"
                    dir="auto"
                    spellcheck="false"
                    aria-label="Several articles"
                    placeholder="Paste several articles, separated by a line of ---, or each starting with its headline and dateline"
                    bind:value=paste
                ></textarea>
                <button class="wt-button" data-testid="split-paste" on:click=preview_paste>"Preview articles"</button>
            </div>
        </Show>
        {move || pending.get().map(|p| {
            let existing = store.articles_untracked();
            let repeats: Vec<(String, String)> = workspace::duplicates(&existing, &p.articles)
                .into_iter()
                .map(|(a, b)| (a.to_owned(), b.to_owned()))
                .collect();
            let n = p.articles.len();
            let items = p.articles.iter().map(|a| {
                let repeat = repeats.iter().find(|(id, _)| *id == a.id).map(|(_, of)| format!("same text as {of}"));
                view! {
                    <li class="wt-preview__item" data-testid="preview-item">
                        <strong dir="auto" data-testid="preview-title">{a.title.clone().unwrap_or_else(|| "(no title)".to_owned())}</strong>
                        <span class="wt-preview__id">{format!(" {} ", a.id)}</span>
                        {repeat.map(|r| view! { <span class="wt-flag" data-testid="preview-duplicate">{r}</span> })}
                        <span class="wt-preview__words" dir="auto" data-testid="preview-words">{workspace::first_words(&a.text)}</span>
                    </li>
                }
            }).collect_view();
            let refused = p.refused.iter().map(|r| view! { <li dir="auto">{r.clone()}</li> }).collect_view();
            let has_refused = !p.refused.is_empty();
            view! {
                <section class="wt-preview" data-testid="import-preview" aria-label="Import preview">
                    <p class="wt-preview__count" data-testid="preview-count">
                        {match n {
                            0 => format!("Nothing to add from {}.", p.from),
                            1 => format!("1 article from {}:", p.from),
                            n => format!("{n} articles from {}:", p.from),
                        }}
                    </p>
                    <ol class="wt-preview__list">{items}</ol>
                    {has_refused.then(|| view! {
                        <div class="wt-message wt-message--error" role="alert" data-testid="import-refused">
                            <p>"Not imported (nothing was taken from these):"</p>
                            <ul>{refused}</ul>
                        </div>
                    })}
                    <div class="wt-preview__buttons">
                        {(n > 0).then(|| view! {
                            <button class="wt-button wt-button--primary" data-testid="confirm-import" on:click=confirm>
                                {if n == 1 { "Add 1 article".to_owned() } else { format!("Add {n} articles") }}
                            </button>
                        })}
                        <button class="wt-button" data-testid="cancel-import" on:click=move |_| pending.set(None)>
                            {if n > 0 { "Cancel" } else { "Close" }}
                        </button>
                    </div>
                </section>
            }
        })}
    }
}
