//! One article's input fields, under its id.

use crate::state::Draft;
use leptos::prelude::*;

/// A publication time the `datetime-local` field can show
/// (`YYYY-MM-DDTHH:MM`, optionally with seconds); other times stay in a
/// text field so they are shown and kept as given.
pub fn fits_datetime_local(value: &str) -> bool {
    let b = value.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
    (b.len() == 16 || b.len() == 19)
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && (b.len() == 16 || (b[16] == b':' && digits(17..19)))
}

/// Inputs for one article: title, outlet, URL, publication time and text.
/// The text box is written once and then only read: writing a long text
/// back into it on every keystroke (as `bind:value` does) re-lays it out
/// and froze typing after a long paste.
#[component]
pub fn ArticleCard(
    /// The article being edited.
    draft: Draft,
    /// Called with the article's id when the person removes it.
    on_remove: Callback<String>,
) -> impl IntoView {
    let words = move || draft.text.with(|t| t.split_whitespace().count());
    let id = draft.id();
    let time_type = if draft
        .published
        .with_untracked(|p| p.is_empty() || fits_datetime_local(p))
    {
        "datetime-local"
    } else {
        "text"
    };
    view! {
        <article class="wt-card" data-testid="article-card" data-article=id.clone()>
            <header class="wt-card__header">
                <span class="wt-card__number" data-testid="article-id">{id.clone()}</span>
                <input class="wt-card__title" type="text" dir="auto" placeholder="Title (optional)" aria-label="Title" data-testid="article-title" bind:value=draft.title />
                <button class="wt-button wt-button--quiet" title="Remove this article (it can be undone)" data-testid="remove-article" on:click=move |_| on_remove.run(draft.id())>
                    "Remove"
                </button>
            </header>
            <div class="wt-card__meta">
                <input type="text" dir="auto" placeholder="Outlet (optional)" aria-label="Outlet" data-testid="article-outlet" bind:value=draft.outlet />
                <input type="text" inputmode="url" placeholder="URL (optional)" aria-label="URL" data-testid="article-url" bind:value=draft.url />
                <input type=time_type aria-label="Published" placeholder="Published (optional)" title="Publication time (optional)" data-testid="article-published" bind:value=draft.published />
            </div>
            <textarea
                class="wt-card__text"
                data-testid="article-text"
                placeholder="Paste the article text here"
                aria-label="Article text"
                spellcheck="false"
                dir="auto"
                prop:value=draft.text.get_untracked()
                on:input=move |ev| draft.text.set(event_target_value(&ev))
            ></textarea>
            <p class="wt-card__count">{move || format!("{} words", words())}</p>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::fits_datetime_local;

    #[test]
    fn only_local_date_times_go_in_the_date_field() {
        assert!(fits_datetime_local("2024-01-04T10:00"));
        assert!(fits_datetime_local("2024-01-04T10:00:30"));
        for kept_as_text in [
            "2024-01-04T10:00:00Z",
            "4 January 2024",
            "2024-01-04",
            "2024-01-04T10:0x",
        ] {
            assert!(!fits_datetime_local(kept_as_text), "{kept_as_text}");
        }
    }
}
