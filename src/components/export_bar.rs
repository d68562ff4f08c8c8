//! The results' exports: the full report (JSON), the three CSV tables of
//! `wiretrace_files::export`, and printing (the print stylesheet keeps the
//! summary, lineage, timeline and matrix and hides the editor and buttons).

use crate::files;
use crate::state::Analysis;
use leptos::prelude::*;
use wiretrace_files::export;

/// Buttons that download what the analysis found.
#[component]
pub fn ExportBar(
    /// The analysis to export.
    analysis: Analysis,
    /// Where a refused download is told.
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let save = move |name: &'static str, mime: &'static str, text: String| {
        if let Err(e) = files::download(name, mime, &text) {
            message.set(Some(e));
        }
    };
    let (a, b, c, d) = (
        analysis.clone(),
        analysis.clone(),
        analysis.clone(),
        analysis,
    );
    view! {
        <div class="wt-exports" aria-label="Export">
            <span class="wt-exports__label">"Export:"</span>
            <button class="wt-button" data-testid="export-report" on:click=move |_| save("wiretrace-report.json", "application/json", serde_json::to_string_pretty(&*a.report).expect("reports serialize"))>"Report (JSON)"</button>
            <button class="wt-button" data-testid="export-pairs-csv" on:click=move |_| save("wiretrace-pairs.csv", "text/csv", export::pair_matrix_csv(&b.report))>"Matrix (CSV)"</button>
            <button class="wt-button" data-testid="export-facts-csv" on:click=move |_| save("wiretrace-facts.csv", "text/csv", export::facts_csv(&c.report))>"Facts (CSV)"</button>
            <button class="wt-button" data-testid="export-articles-csv" on:click=move |_| save("wiretrace-articles.csv", "text/csv", export::articles_csv(&d.report, &d.articles))>"Articles (CSV)"</button>
            <button class="wt-button" data-testid="print" on:click=move |_| { let _ = window().print(); }>"Print"</button>
        </div>
    }
}
