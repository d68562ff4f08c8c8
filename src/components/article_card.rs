//! One article's input fields.

use crate::state::Draft;
use leptos::prelude::*;

/// Inputs for one article: title, outlet, publication time and text.
#[component]
pub fn ArticleCard(
    /// The article being edited.
    draft: Draft,
    /// Its place in the list, from 1 (the id it is analyzed under is `A{number}`).
    #[prop(into)]
    number: Signal<usize>,
    /// Called with the draft's key when the person removes it.
    on_remove: Callback<u64>,
) -> impl IntoView {
    let words = move || draft.text.with(|t| t.split_whitespace().count());
    view! {
        <article class="wt-card" data-testid="article-card">
            <header class="wt-card__header">
                <span class="wt-card__number">{move || format!("A{}", number.get())}</span>
                <input class="wt-card__title" type="text" placeholder="Title (optional)" aria-label="Title" data-testid="article-title" bind:value=draft.title />
                <button class="wt-button wt-button--quiet" title="Remove this article" on:click=move |_| on_remove.run(draft.key)>
                    "Remove"
                </button>
            </header>
            <div class="wt-card__meta">
                <input type="text" placeholder="Outlet (optional)" aria-label="Outlet" bind:value=draft.outlet />
                <input type="datetime-local" aria-label="Published" title="Publication time (optional)" bind:value=draft.published />
            </div>
            <textarea
                class="wt-card__text"
                data-testid="article-text"
                placeholder="Paste the article text here"
                aria-label="Article text"
                spellcheck="false"
                dir="auto"
                bind:value=draft.text
            ></textarea>
            <p class="wt-card__count">{move || format!("{} words", words())}</p>
        </article>
    }
}
