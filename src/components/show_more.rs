//! "Showing 100 of 2,000 articles. Show 100 more": the one way a long list
//! (articles, pairs) is drawn a page at a time, so a large set draws fast
//! and the rest stays one click away.

use leptos::prelude::*;
use wiretrace_engine::report::grouped;

/// Rows drawn at first, and added by each press of "Show more".
pub const PAGE: usize = 100;

/// The line under a list drawn `limit` rows at a time out of `total`;
/// nothing when every row is drawn.
#[component]
pub fn ShowMore(
    /// How many rows are drawn; the button adds [`PAGE`].
    limit: RwSignal<usize>,
    /// How many rows there are.
    total: usize,
    /// What a row is, in the plural ("articles", "pairs").
    noun: &'static str,
    /// The button's `data-testid`.
    testid: &'static str,
) -> impl IntoView {
    move || {
        let shown = limit.get().min(total);
        (shown < total).then(|| {
            let step = (total - shown).min(PAGE);
            view! {
                <p class="wt-more" role="status">
                    {format!("Showing {} of {} {noun}. ", grouped(shown), grouped(total))}
                    <button class="wt-button" data-testid=testid on:click=move |_| limit.update(|l| *l = (*l).min(total) + PAGE)>
                        {format!("Show {step} more")}
                    </button>
                </p>
            }
        })
    }
}
