//! The facts an article added: those it was first in the set to carry, in
//! its own material. Each opens its fact in the timeline's panel.

use crate::components::bring_into_view;
use crate::state::{Analysis, FactsUi};
use leptos::prelude::*;

/// The facts article `article` added, as buttons that open them.
#[component]
pub fn AddedFacts(
    /// The analysis the article belongs to.
    analysis: Analysis,
    /// Index of the article.
    article: usize,
    /// A click opens the fact here.
    ui: FactsUi,
) -> impl IntoView {
    let added = &analysis.report.articles[article].added;
    let items = added
        .iter()
        .filter_map(|id| {
            let f = analysis.index.fact(id)?;
            let fact = &analysis.report.facts[f];
            let pick = id.clone();
            Some(view! {
                <li>
                    <button
                        type="button"
                        class="wt-added__fact"
                        data-testid="added-fact"
                        data-fact=id.clone()
                        title="Open this fact in the timeline"
                        on:click=move |_| {
                            ui.open.set(Some(pick.clone()));
                            bring_into_view("[data-testid=fact-panel]");
                        }
                    >
                        <span class="wt-facts__id">{id.clone()}</span>
                        <span dir="auto">{crate::layout::clip(&fact.text, 160)}</span>
                    </button>
                </li>
            })
        })
        .collect_view();
    let heading = match added.len() {
        0 => "It added no fact of its own: every fact it carries appeared first elsewhere, or came from a source.".to_owned(),
        1 => "The fact it added (first in the set to carry it, in its own material):".to_owned(),
        n => format!("The {n} facts it added (first in the set to carry them, in its own material):"),
    };
    view! {
        <div class="wt-added" data-testid="added-facts">
            <p class="wt-added__heading">{heading}</p>
            <ul class="wt-added__list">{items}</ul>
        </div>
    }
}
