//! The reuse matrix: an N×N heatmap of directional containment. Row r,
//! column c is the share of article r found in article c; clicking a cell
//! opens that pair with r on the left.

use crate::state::Analysis;
use leptos::prelude::*;
use wiretrace_engine::report::percent;

/// Colour steps of the heatmap (CSS `wt-heat__cell--0` … `--5`).
const STEPS: usize = 5;

/// The N×N matrix of "share of row found in column".
#[component]
pub fn Heatmap(
    /// The analysis to show.
    analysis: Analysis,
    /// The open pair (left, right), as indices into the analyzed articles.
    selected: RwSignal<Option<(usize, usize)>>,
) -> impl IntoView {
    let n = analysis.articles.len();
    let ids: Vec<String> = analysis.articles.iter().map(|a| a.id.clone()).collect();
    let header = ids
        .iter()
        .map(|id| view! { <th class="wt-heat__col" scope="col">{id.clone()}</th> })
        .collect_view();
    let rows = (0..n)
        .map(|r| {
            let cells = (0..n)
                .map(|c| {
                    if r == c {
                        return view! { <td class="wt-heat__cell wt-heat__cell--self"></td> }.into_any();
                    }
                    let pair = analysis.pair(r, c);
                    let (share, verbatim, paraphrase) = pair.map_or((0.0, 0.0, 0.0), |p| {
                        if p.a == ids[r] {
                            (p.a_in_b, p.a_in_b_verbatim, p.a_in_b_paraphrase)
                        } else {
                            (p.b_in_a, p.b_in_a_verbatim, p.b_in_a_paraphrase)
                        }
                    });
                    let step = if share <= 0.0 { 0 } else { 1 + ((share * STEPS as f64) as usize).min(STEPS - 1) };
                    let title = format!(
                        "{} found in {}: {} ({} word for word, {} reworded). Click to compare.",
                        ids[r],
                        ids[c],
                        percent(share),
                        percent(verbatim),
                        percent(paraphrase)
                    );
                    let is_open = move || selected.get() == Some((r, c));
                    view! {
                        <td
                            class=format!("wt-heat__cell wt-heat__cell--{step}")
                            class:wt-heat__cell--open=is_open
                            data-testid="heat-cell"
                            data-row=ids[r].clone()
                            data-col=ids[c].clone()
                            title=title
                            tabindex="0"
                            on:click=move |_| selected.set(Some((r, c)))
                            on:keydown=move |ev| if ev.key() == "Enter" { selected.set(Some((r, c))) }
                        >
                            {(share > 0.0).then(|| percent(share))}
                        </td>
                    }
                    .into_any()
                })
                .collect_view();
            view! {
                <tr>
                    <th class="wt-heat__row" scope="row" title=analysis.label(r)>{analysis.label(r)}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="wt-note">"Each cell: the share of the row's article found in the column's article. Click a cell to compare the two."</p>
        <div class="wt-heat__scroll">
            <table class="wt-heat" data-testid="heatmap">
                <thead>
                    <tr><th></th>{header}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
