//! The facts timeline: the order's note, the form that sets publication
//! times, the filters, the table of facts by article (in timeline order)
//! and the panel of the fact opened from it. The time form stays in place
//! across a re-analysis, so a field being edited keeps its focus; the rest
//! follows each analysis.

use crate::components::fact_filters::FactFilters;
use crate::components::fact_panel::FactPanel;
use crate::components::fact_table::FactTable;
use crate::components::time_form::TimeForm;
use crate::facts::{self, Filter};
use crate::state::{Analysis, FactsUi};
use leptos::prelude::*;

/// Form of the publication times open at first up to this many articles.
const TIMES_OPEN: usize = 12;

/// The facts timeline of the current analysis.
#[component]
pub fn TimelineView(
    /// The analysis to show (the page shows this view only once there is one).
    #[prop(into)]
    analysis: Signal<Option<Analysis>>,
    /// Filters and the open fact, kept across re-analyses.
    ui: FactsUi,
    /// Called with an article id and its new publication time (None when
    /// cleared); the page sets it and analyzes again.
    on_time: Callback<(String, Option<String>)>,
) -> impl IntoView {
    let note = move || analysis.with(|a| a.as_ref().map(|a| a.report.timeline.note.clone()));
    let open_at_first =
        move || analysis.with(|a| a.as_ref().is_some_and(|a| a.articles.len() <= TIMES_OPEN));
    // Whether the form is open: it starts open for a few articles, and
    // follows the person's toggling after that.
    let open = RwSignal::new(open_at_first());
    view! {
        <div class="wt-facts" data-testid="timeline">
            <p class="wt-facts__note" data-testid="timeline-note">{note}</p>
            <details
                class="wt-times"
                prop:open=move || open.get()
                on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            >
                <summary>"Publication times: set or correct them"</summary>
                <TimeForm analysis=analysis open=open on_time=on_time />
            </details>
            {move || analysis.get().map(|a| facts_body(a, ui))}
        </div>
    }
}

/// The filters, the table and the panel of `analysis`'s facts.
fn facts_body(analysis: Analysis, ui: FactsUi) -> impl IntoView {
    let total = analysis.report.facts.len();
    let filter = {
        let analysis = analysis.clone();
        Memo::new(move |_| Filter {
            changed_only: ui.changed_only.get(),
            article: ui.article.with(|id| analysis.index.article(id)),
            search: ui.search.get(),
            single: ui
                .single
                .get()
                .unwrap_or_else(|| facts::single_by_default(total)),
        })
    };
    let shown = {
        let analysis = analysis.clone();
        Memo::new(move |_| filter.with(|f| facts::shown(&analysis.report, &analysis.index, f)))
    };
    let panel = analysis.clone();
    view! {
        <FactFilters analysis=analysis.clone() ui=ui shown=shown />
        {(total == 0).then(|| view! { <p class="wt-note">"No check-worthy statement found in these articles."</p> })}
        <div class="wt-facts__body">
            <FactTable analysis=analysis ui=ui shown=shown />
            <aside class="wt-facts__panel" aria-live="polite">
                {move || {
                    let open = ui.open.get().and_then(|id| panel.index.fact(&id));
                    match open {
                        Some(f) => view! { <FactPanel analysis=panel.clone() fact=f ui=ui /> }.into_any(),
                        None => view! { <p class="wt-note">"Select a fact (click a row, or Tab to it and press Enter) to see every article that carries it, in context."</p> }.into_any(),
                    }
                }}
            </aside>
        </div>
    }
}
