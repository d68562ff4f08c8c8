//! The two texts of a pair, side by side, with the shared passages marked.

use crate::components::pair_table::percent;
use crate::highlight::{pieces, Mark, Side};
use crate::state::Analysis;
use leptos::prelude::*;

/// Both texts of the pair `a`, `b` with shared words and edits highlighted.
#[component]
pub fn SideBySide(
    /// The analysis the pair belongs to.
    analysis: Analysis,
    /// Index of the left article.
    a: usize,
    /// Index of the right article.
    b: usize,
) -> impl IntoView {
    let (id_a, id_b) = (&analysis.articles[a].id, &analysis.articles[b].id);
    let pair = analysis.report.pair(id_a, id_b);
    // The report orders pairs by input order; the view shows `a` on the left.
    let flipped = pair.is_some_and(|p| p.a != *id_a);
    let (left_side, right_side) = if flipped {
        (Side::B, Side::A)
    } else {
        (Side::A, Side::B)
    };
    let summary = match pair {
        Some(p) => format!(
            "{} passages, {} shared words, longest {} words",
            p.passages.len(),
            p.shared_words,
            p.longest_passage
        ),
        None => "These two share no passage of six words or more.".to_owned(),
    };
    let column = |i: usize, side: Side, share: f64, testid: &'static str| {
        let text = analysis.articles[i].text.clone();
        let spans = pieces(text.len(), pair, side)
            .into_iter()
            .map(|piece| {
                let words = text[piece.range.clone()].to_owned();
                match piece.mark {
                    Mark::Plain => view! { <span>{words}</span> }.into_any(),
                    mark => view! {
                        <mark class=mark.class() data-testid="highlight" data-passage=piece.passage>{words}</mark>
                    }
                    .into_any(),
                }
            })
            .collect_view();
        view! {
            <div class="wt-pair__column">
                <h3 class="wt-pair__label">{analysis.label(i)}</h3>
                <p class="wt-pair__share">{format!("{} of it found in the other", percent(share))}</p>
                <div class="wt-text" data-testid=testid>{spans}</div>
            </div>
        }
    };
    let (share_a, share_b) = match pair {
        Some(p) if flipped => (p.b_in_a, p.a_in_b),
        Some(p) => (p.a_in_b, p.b_in_a),
        None => (0.0, 0.0),
    };
    view! {
        <section class="wt-pair" data-testid="pair-view">
            <p class="wt-pair__summary" data-testid="pair-summary">{summary}</p>
            <p class="wt-legend">
                <mark class="wt-text__mark wt-text__mark--shared">"word for word"</mark>
                " "
                <mark class="wt-text__mark wt-text__mark--edit">"edited inside a shared passage"</mark>
            </p>
            <div class="wt-pair__columns">
                {column(a, left_side, share_a, "text-a")}
                {column(b, right_side, share_b, "text-b")}
            </div>
        </section>
    }
}
