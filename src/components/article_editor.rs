//! The list of articles being pasted, with the buttons that add more.

use crate::components::article_card::ArticleCard;
use crate::example;
use crate::state::Draft;
use leptos::prelude::*;
use wiretrace_engine::Article;

/// Editor for all articles. Nothing typed here is ever thrown away by a
/// button: "Load example" replaces only empty articles.
#[component]
pub fn ArticleEditor(
    /// The articles being edited, in order.
    drafts: RwSignal<Vec<Draft>>,
) -> impl IntoView {
    let next_key = move || drafts.with(|ds| ds.iter().map(|d| d.key + 1).max().unwrap_or(0));
    let add = move |_| {
        let key = next_key();
        drafts.update(|ds| ds.push(Draft::from_article(key, &Article::default())));
    };
    let load_example = move |_| {
        let first = next_key();
        drafts.update(|ds| {
            ds.retain(|d| !d.text.get_untracked().trim().is_empty());
            ds.extend(
                example::articles()
                    .iter()
                    .enumerate()
                    .map(|(i, a)| Draft::from_article(first + i as u64, a)),
            );
        });
    };
    let remove = Callback::new(move |key: u64| drafts.update(|ds| ds.retain(|d| d.key != key)));

    view! {
        <section class="wt-editor" aria-label="Articles">
            <div class="wt-editor__list">
                <For
                    each=move || drafts.get()
                    key=|d| d.key
                    children=move |draft| {
                        let number = move || drafts.with(|ds| ds.iter().position(|d| d.key == draft.key).map_or(0, |i| i + 1));
                        view! { <ArticleCard draft=draft number=Signal::derive(number) on_remove=remove /> }
                    }
                />
            </div>
            <div class="wt-editor__buttons">
                <button class="wt-button" data-testid="add-article" on:click=add>"Add article"</button>
                <button class="wt-button" data-testid="load-example" on:click=load_example>"Load example"</button>
            </div>
        </section>
    }
}
