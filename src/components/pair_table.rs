//! The pairs of analyzed articles that share something, most shared first,
//! with the share of each found in the other, drawn a page at a time.

use crate::components::show_more::{ShowMore, PAGE};
use crate::state::Analysis;
use leptos::prelude::*;
use wiretrace_engine::report::percent;

/// One row of the table.
struct Row {
    a: usize,
    b: usize,
    a_in_b: f64,
    b_in_a: f64,
    shared_words: usize,
    longest: usize,
}

/// Table of the pairs that share phrasing, most shared first; clicking a row
/// opens the pair. Pairs that share nothing are counted below it.
#[component]
pub fn PairTable(
    /// The analysis to show.
    analysis: Analysis,
    /// The open pair, as indices into the analyzed articles.
    selected: RwSignal<Option<(usize, usize)>>,
) -> impl IntoView {
    let n = analysis.articles.len();
    // One pass over the report's pairs (never over all n² article pairs).
    let mut rows: Vec<Row> = analysis
        .report
        .pairs
        .iter()
        .filter(|p| p.shared_words > 0)
        .filter_map(|p| {
            let (a, b) = (analysis.index.article(&p.a)?, analysis.index.article(&p.b)?);
            let (a_in_b, b_in_a) = (p.a_in_b, p.b_in_a);
            let ((a, a_in_b), (b, b_in_a)) = if a < b {
                ((a, a_in_b), (b, b_in_a))
            } else {
                ((b, b_in_a), (a, a_in_b))
            };
            Some(Row {
                a,
                b,
                a_in_b,
                b_in_a,
                shared_words: p.shared_words,
                longest: p.longest_passage,
            })
        })
        .collect();
    let silent = n * n.saturating_sub(1) / 2 - rows.len();
    rows.sort_by(|x, y| {
        y.shared_words
            .cmp(&x.shared_words)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    let total = rows.len();
    let rows = std::sync::Arc::new(rows);
    let limit = RwSignal::new(PAGE);

    let body = {
        let rows = rows.clone();
        move || {
            let rows = rows.clone();
            let analysis = analysis.clone();
            view! {
                <For
                    each=move || 0..limit.get().min(total)
                    key=|k| *k
                    children=move |k| {
                        let row = &rows[k];
                        let (a, b) = (row.a, row.b);
                        let is_open = move || selected.get() == Some((a, b));
                        view! {
                            <tr
                                class="wt-pairs__row"
                                class:wt-pairs__row--open=is_open
                                data-testid="pair-row"
                                tabindex="0"
                                aria-selected=move || is_open().to_string()
                                on:click=move |_| selected.set(Some((a, b)))
                                on:keydown=move |ev| if ev.key() == "Enter" { selected.set(Some((a, b))) }
                            >
                                <td data-testid="pair-a">{analysis.label(a)}</td>
                                <td data-testid="pair-b">{analysis.label(b)}</td>
                                <td class="wt-num" data-testid="a-in-b">{percent(row.a_in_b)}</td>
                                <td class="wt-num" data-testid="b-in-a">{percent(row.b_in_a)}</td>
                                <td class="wt-num" data-testid="shared-words">{row.shared_words}</td>
                                <td class="wt-num" data-testid="longest-passage">{row.longest}</td>
                            </tr>
                        }
                    }
                />
            }
        }
    };

    view! {
        <table class="wt-pairs" data-testid="pair-table">
            <thead>
                <tr>
                    <th>"Article A"</th>
                    <th>"Article B"</th>
                    <th class="wt-num" title="Share of A's words found in B">"A in B"</th>
                    <th class="wt-num" title="Share of B's words found in A">"B in A"</th>
                    <th class="wt-num">"Shared words"</th>
                    <th class="wt-num">"Longest passage (words)"</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
        <ShowMore limit=limit total=total noun="pairs" testid="pairs-more" />
        <p class="wt-note" data-testid="silent-pairs">
            {match silent {
                0 => String::new(),
                1 => "1 other pair shares nothing.".to_owned(),
                k => format!("{k} other pairs share nothing."),
            }}
        </p>
    }
}
