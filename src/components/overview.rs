//! The overview at the top of the results: a few short lines a reporter
//! reads in ten seconds (verdicts, agencies, origins, the biggest reuse,
//! the facts that changed), each a button into the detailed view: the
//! article table, a node of the lineage graph, a pair side by side or a fact
//! in the timeline. The lines are [`crate::overview::Overview`]'s, built
//! once with the analysis.

use crate::components::bring_into_view;
use crate::overview::Target;
use crate::state::{Analysis, FactsUi};
use leptos::prelude::*;

/// The overview of `analysis`.
#[component]
pub fn OverviewPanel(
    /// The analysis to sum up.
    analysis: Analysis,
    /// The node selected in the lineage graph; an agency line sets it.
    chosen: RwSignal<Option<String>>,
    /// The pair side by side; a reuse line sets it.
    selected: RwSignal<Option<(usize, usize)>>,
    /// The facts timeline's open fact; a changed-fact line sets it.
    facts: FactsUi,
) -> impl IntoView {
    let o = analysis.overview.clone();
    let go = move |target: &Target| match target {
        Target::Articles => bring_into_view("[data-testid=article-summary]"),
        Target::Node(id) => {
            chosen.set(Some(id.clone()));
            bring_into_view("[data-testid=lineage]");
        }
        Target::Lineage => bring_into_view("[data-testid=lineage]"),
        Target::Pair(i, j) => {
            selected.set(Some((*i, *j)));
            bring_into_view("[data-testid=pair-view]");
        }
        Target::Fact(id) => {
            facts.open.set(Some(id.clone()));
            bring_into_view("[data-testid=fact-panel]");
        }
    };
    let line = move |kind: &'static str, text: String, detail: Option<String>, target: Target| {
        let at = match &target {
            Target::Node(id) | Target::Fact(id) => id.clone(),
            Target::Pair(i, j) => format!("{i} {j}"),
            Target::Articles | Target::Lineage => String::new(),
        };
        view! {
            <li>
                <button type="button" class="wt-overview__line" data-testid="overview-line" data-kind=kind data-target=at
                    on:click=move |_| go(&target)>
                    <span class="wt-overview__body">
                        <span class="wt-overview__text">{text}</span>
                        {detail.map(|d| view! { <span class="wt-overview__detail" dir="auto">{d}</span> })}
                    </span>
                </button>
            </li>
        }
    };
    let note = |text: String| view! { <p class="wt-overview__note" data-testid="overview-note">{text}</p> };

    let agencies = o
        .agencies
        .iter()
        .map(|a| line("agency", a.line(), None, a.target()))
        .collect_view();
    let clusters = o
        .clusters
        .iter()
        .map(|c| line("cluster", c.line(), Some(c.excerpt.clone()), c.target()))
        .collect_view();
    let changes = o
        .facts
        .iter()
        .map(|f| {
            line(
                "change",
                f.what.clone(),
                Some(f.excerpt.clone()),
                f.target(),
            )
        })
        .collect_view();
    let more = |shown: usize, total: usize| {
        (total > shown).then(|| {
            note(format!(
                "{} more in the detailed view below.",
                total - shown
            ))
        })
    };
    let reuse_note = o
        .no_reuse()
        .map(|t| note(t.to_owned()))
        .or_else(|| more(o.clusters.len(), o.cluster_count));
    let facts_note = o
        .no_changes()
        .map(|t| note(t.to_owned()))
        .or_else(|| more(o.facts.len(), o.fact_count));
    view! {
        <section class="wt-overview" data-testid="overview" aria-labelledby="wt-overview-title">
            <h2 id="wt-overview-title">"Overview"</h2>
            <dl class="wt-overview__list">
                <dt>"Verdicts"</dt>
                <dd><ul>{line("verdicts", o.verdicts_line(), None, o.verdicts_target())}</ul></dd>
                <dt>"Agencies"</dt>
                <dd>
                    <p class=if o.agencies.is_empty() { "wt-overview__note" } else { "wt-overview__head" } data-testid="overview-agencies">
                        {o.agency_heading()}
                    </p>
                    <ul>{agencies}</ul>
                </dd>
                <dt>"Origins"</dt>
                <dd><ul>{line("origins", o.origins_line.clone(), None, o.origins_target())}</ul></dd>
                <dt>"Biggest reuse"</dt>
                <dd>
                    <ul>{clusters}</ul>
                    {reuse_note}
                </dd>
                <dt>"Facts that changed"</dt>
                <dd>
                    <ul>{changes}</ul>
                    {facts_note}
                </dd>
            </dl>
        </section>
    }
}
