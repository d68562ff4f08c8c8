//! The two texts of a pair, side by side, with shared passages marked and
//! linked (clicking a marked piece on one side scrolls the other side to its
//! counterpart and highlights both), and each text's agency credits marked.

use crate::components::credit_mark::{credit_legend, with_credits};
use crate::highlight::{pieces, Mark, Side};
use crate::state::Analysis;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use wiretrace_engine::report::percent;
use wiretrace_engine::report::Mode;

/// Class added to the two ends of the link the person clicked.
const ACTIVE: &str = "wt-text__mark--active";

/// Both texts of the pair `left`, `right` with shared words, paraphrases, edits and clutter marked.
#[component]
pub fn SideBySide(
    /// The analysis the pair belongs to.
    analysis: Analysis,
    /// Index of the article shown on the left.
    left: usize,
    /// Index of the article shown on the right.
    right: usize,
) -> impl IntoView {
    let id_l = &analysis.articles[left].id;
    let pair = analysis.pair(left, right);
    // The report orders pairs by input order; the view may show them the other way round.
    let flipped = pair.is_some_and(|p| p.a != *id_l);
    let (side_l, side_r) = if flipped {
        (Side::B, Side::A)
    } else {
        (Side::A, Side::B)
    };
    let summary = match pair {
        Some(p) => {
            let count = |m: Mode| p.passages.iter().filter(|x| x.mode == m).count();
            format!(
                "{} verbatim and {} paraphrased passages, {} shared words, longest {} words",
                count(Mode::Verbatim),
                count(Mode::Paraphrase),
                p.shared_words,
                p.longest_passage
            )
        }
        None => "These two share no passage.".to_owned(),
    };
    let column = |i: usize, side: Side, testid: &'static str, other: &'static str| {
        let text = analysis.articles[i].text.clone();
        let boilerplate = &analysis.report.articles[i].boilerplate;
        let credits = &analysis.report.articles[i].credits;
        let found = pair.map(|p| {
            let (all, verbatim, paraphrase) = match side {
                Side::A => (p.a_in_b, p.a_in_b_verbatim, p.a_in_b_paraphrase),
                Side::B => (p.b_in_a, p.b_in_a_verbatim, p.b_in_a_paraphrase),
            };
            format!(
                "{} of it found in the other ({} word for word, {} reworded)",
                percent(all),
                percent(verbatim),
                percent(paraphrase)
            )
        });
        let cut = pieces(text.len(), pair, side, boilerplate, credits);
        let spans = with_credits(&cut, credits, |piece| {
            let words = text[piece.range.clone()].to_owned();
            match (piece.mark, piece.link) {
                (Mark::Plain, _) => view! { <span>{words}</span> }.into_any(),
                (Mark::Boilerplate, _) => view! {
                    <span class=Mark::Boilerplate.class() data-testid="boilerplate" title="Page clutter: left out of the scores">{words}</span>
                }
                .into_any(),
                (mark, link) => {
                    let key = link.map(|l| l.key());
                    view! {
                        <mark
                            class=mark.class()
                            data-testid="highlight"
                            data-mode=format!("{mark:?}").to_lowercase()
                            data-link=key.clone()
                            title="Click to show it in the other article"
                            on:click=move |ev| {
                                if let Some(key) = &key {
                                    show_counterpart(&ev, key, other);
                                }
                            }
                        >
                            {words}
                        </mark>
                    }
                    .into_any()
                }
            }
        });
        view! {
            <div class="wt-pair__column">
                <h3 class="wt-pair__label">{analysis.label(i)}</h3>
                <p class="wt-pair__share">{found.unwrap_or_default()}</p>
                <div class="wt-text" dir="auto" data-testid=testid data-side=testid>{spans}</div>
            </div>
        }
    };
    view! {
        <section class="wt-pair" data-testid="pair-view">
            <p class="wt-pair__summary" data-testid="pair-summary">{summary}</p>
            <p class="wt-legend">
                <mark class=Mark::Verbatim.class()>"word for word"</mark>
                " "
                <mark class=Mark::Edit.class()>"edited inside a copied passage"</mark>
                " "
                <mark class=Mark::Paraphrase.class()>"reworded"</mark>
                " "
                <span class=Mark::Boilerplate.class()>"page clutter, not scored"</span>
                " "
                {credit_legend()}
            </p>
            <div class="wt-pair__columns">
                {column(left, side_l, "text-a", "text-b")}
                {column(right, side_r, "text-b", "text-a")}
            </div>
        </section>
    }
}

/// Scrolls the other column to the piece with the same link and highlights
/// both ends (and only them).
fn show_counterpart(ev: &leptos::ev::MouseEvent, key: &str, other: &str) {
    let document = document();
    if let Ok(active) = document.query_selector_all(&format!(".{ACTIVE}")) {
        for k in 0..active.length() {
            if let Some(el) = active
                .item(k)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.class_list().remove_1(ACTIVE);
            }
        }
    }
    if let Some(el) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = el.class_list().add_1(ACTIVE);
    }
    let selector = format!("[data-side={other}] [data-link=\"{key}\"]");
    if let Ok(Some(target)) = document.query_selector(&selector) {
        let _ = target.class_list().add_1(ACTIVE);
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_behavior(web_sys::ScrollBehavior::Instant);
        target.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
