//! The filters above the facts timeline, and how many facts they show.

use crate::facts::{self, Shown};
use crate::state::{Analysis, FactsUi, ALL};
use leptos::prelude::*;

/// Checkboxes for changed or contradicted facts and for single-article
/// facts, a choice of one article, a search box, and the count line.
#[component]
pub fn FactFilters(
    /// The analysis whose facts are filtered (its articles fill the choice).
    analysis: Analysis,
    /// The filters, set here.
    ui: FactsUi,
    /// What the filters let through, for the count line.
    shown: Memo<Shown>,
) -> impl IntoView {
    let total = analysis.report.facts.len();
    let single = move || {
        ui.single
            .get()
            .unwrap_or_else(|| facts::single_by_default(total))
    };
    let options = analysis
        .index
        .timeline()
        .iter()
        .map(|&i| {
            let id = analysis.report.articles[i].id.clone();
            let carries = analysis.index.facts_of(i).len();
            let label = format!("{} ({carries} facts)", analysis.label(i));
            let is = id.clone();
            view! { <option value=id selected=move || ui.article.with(|a| *a == is)>{label}</option> }
        })
        .collect_view();
    view! {
        <div class="wt-facts__filters" role="group" aria-label="Filter the facts">
            <label class="wt-facts__filter">
                <input type="checkbox" data-testid="facts-filter-changed" bind:checked=ui.changed_only />
                "only changed or contradicted facts"
            </label>
            <label class="wt-facts__filter">
                "only facts from "
                <select data-testid="facts-filter-article" on:change=move |ev| ui.article.set(event_target_value(&ev))>
                    <option value=ALL selected=move || ui.article.with(|a| a == ALL)>"all articles"</option>
                    {options}
                </select>
            </label>
            <label class="wt-facts__filter wt-facts__filter--search">
                "search "
                <input type="search" placeholder="words of a fact or a mention" data-testid="facts-search" bind:value=ui.search />
            </label>
            <label class="wt-facts__filter" title="Facts that only one article carries; hidden at first in a large set, so the facts several articles share come first">
                <input
                    type="checkbox"
                    data-testid="facts-filter-single"
                    prop:checked=single
                    on:change=move |ev| ui.single.set(Some(event_target_checked(&ev)))
                />
                "show single-article facts"
            </label>
        </div>
        <p class="wt-facts__count" data-testid="facts-count" aria-live="polite">{move || shown.with(Shown::count_line)}</p>
    }
}
