//! The workspace being edited: the article cards, the buttons that add,
//! import, export, share and clear, the undo of a remove or a clear, and
//! the note when a shared file is shown. Files dropped anywhere on it are
//! imported (with a preview).

use crate::components::article_card::ArticleCard;
use crate::components::import_panel::{files_of, import_files, ImportPanel, Pending};
use crate::example;
use crate::files;
use crate::workspace::{Shown, Store};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wiretrace_engine::report::grouped;
use wiretrace_engine::Workspace;

/// Article cards drawn at first, and added by each "Show more": each card
/// holds a text box, and a page of thousands of them would take seconds.
pub const EDITOR_PAGE: usize = 12;

/// Name of the workspace file "Export workspace" writes.
pub const WORKSPACE_FILE_NAME: &str = "wiretrace-workspace.json";

/// Editor for all articles. Nothing typed here is thrown away without an
/// undo: "Load example" and imports replace only blank articles.
#[component]
pub fn ArticleEditor(
    /// The workspace.
    store: Store,
    /// Where a file or share problem is told.
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let drafts = store.drafts;
    let pending = RwSignal::new(None::<Pending>);
    let confirm_clear = RwSignal::new(false);
    let dragging = RwSignal::new(false);
    // The example's ids are only labels: its articles take the next free ones.
    let load_example = move |_| {
        let articles = example::articles()
            .into_iter()
            .map(|a| wiretrace_engine::Article {
                id: String::new(),
                ..a
            })
            .collect();
        store.add(articles);
    };
    let remove = Callback::new(move |id: String| store.remove(&id));
    // A large workspace shows its first cards; "Show more" adds a page, and
    // a card added by hand is always shown.
    let limit = RwSignal::new(EDITOR_PAGE);
    let pinned = RwSignal::new(std::collections::HashSet::<u64>::new());
    let add_blank = move |_| {
        store.add_blank();
        if let Some(last) = drafts.with_untracked(|ds| ds.last().map(|d| d.serial)) {
            pinned.update(|p| {
                p.insert(last);
            });
        }
    };
    let export = move |_| {
        if let Err(e) = files::download(
            WORKSPACE_FILE_NAME,
            "application/json",
            &store.workspace_json(),
        ) {
            message.set(Some(e));
        }
    };
    let save_file = move |_| {
        let workspace = Workspace::new(store.articles_untracked());
        spawn_local(async move {
            if let Err(e) = files::save_as_file(&workspace).await {
                message.set(Some(e));
            }
        });
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        import_files(
            files_of(ev.data_transfer().and_then(|d| d.files())),
            pending,
        );
    };
    let on_dragover = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };

    view! {
        <section
            class="wt-editor"
            class:wt-editor--drop=move || dragging.get()
            aria-label="Articles"
            on:dragover=on_dragover
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            {move || store.notice.get().map(|n| {
                let shared = matches!(store.shown.get(), Shown::Shared { .. });
                view! {
                    <div class="wt-message wt-message--note" role="status" data-testid="workspace-note">
                        <span dir="auto">{n}</span>
                        {shared.then(|| view! {
                            <button class="wt-button wt-button--quiet" data-testid="back-to-local"
                                title="Show your own saved workspace (changes made here to the shared articles are dropped; the file itself is unchanged)"
                                on:click=move |_| store.back_to_local()>
                                "Back to my workspace"
                            </button>
                        })}
                    </div>
                }
            })}
            <ImportPanel store=store pending=pending />
            <div class="wt-editor__list">
                <For
                    each=move || {
                        let (limit, pinned) = (limit.get(), pinned.get());
                        drafts
                            .get()
                            .into_iter()
                            .enumerate()
                            .filter(|(k, d)| *k < limit || pinned.contains(&d.serial))
                            .map(|(_, d)| d)
                            .collect::<Vec<_>>()
                    }
                    key=|d| d.serial
                    children=move |draft| view! { <ArticleCard draft=draft on_remove=remove /> }
                />
            </div>
            {move || {
                let total = drafts.with(Vec::len);
                let shown = limit.get().min(total);
                let extra = pinned.with(|p| drafts.with(|ds| ds.iter().skip(shown).filter(|d| p.contains(&d.serial)).count()));
                (shown < total).then(|| view! {
                    <p class="wt-more" role="status" data-testid="editor-more-note">
                        {format!(
                            "Showing {} of {} articles here (all {} are analyzed). ",
                            grouped(shown + extra), grouped(total), grouped(total)
                        )}
                        <button class="wt-button" data-testid="editor-more" on:click=move |_| limit.update(|l| *l = (*l).min(total) + EDITOR_PAGE)>
                            {format!("Show {} more", (total - shown).min(EDITOR_PAGE))}
                        </button>
                    </p>
                })
            }}
            {move || store.undo.get().map(|u| view! {
                <div class="wt-toast" role="status" data-testid="undo-note">
                    <span>{u.what}</span>
                    <button class="wt-button" data-testid="undo" on:click=move |_| store.undo_last()>"Undo"</button>
                </div>
            })}
            <div class="wt-editor__buttons">
                <button class="wt-button" data-testid="add-article" on:click=add_blank>"Add article"</button>
                <button class="wt-button" data-testid="load-example" on:click=load_example>"Load example"</button>
                <button class="wt-button" data-testid="export-workspace" title="Download the articles as a Wiretrace workspace (.json)" on:click=export>"Export workspace"</button>
                <button class="wt-button" data-testid="save-file" title="Download Wiretrace as one offline file carrying these articles; whoever opens it sees this analysis at once" on:click=save_file>"Save as file"</button>
                <Show
                    when=move || confirm_clear.get()
                    fallback=move || view! {
                        <button class="wt-button wt-button--quiet" data-testid="clear-workspace" on:click=move |_| confirm_clear.set(true)>"Clear workspace"</button>
                    }
                >
                    <span class="wt-confirm" role="alert" data-testid="clear-question">
                        {move || format!("Remove all {} articles? ", drafts.with(Vec::len))}
                        <button class="wt-button wt-button--danger" data-testid="confirm-clear" on:click=move |_| { store.clear(); confirm_clear.set(false); }>"Clear"</button>
                        <button class="wt-button" data-testid="cancel-clear" on:click=move |_| confirm_clear.set(false)>"Keep them"</button>
                    </span>
                </Show>
            </div>
        </section>
    }
}
