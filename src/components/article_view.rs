//! One article's text with what it took from one source marked, its agency
//! credits marked by kind, its source bar to switch to another source, and
//! the facts it added.

use crate::components::added_facts::AddedFacts;
use crate::components::credit_mark::{credit_legend, with_credits};
use crate::components::source_bar::SourceBar;
use crate::highlight::{source_pieces, Mark};
use crate::state::{Analysis, FactsUi, Focus};
use leptos::prelude::*;
use wiretrace_engine::report::{AttributionMode, Label};

/// The article of `focus`, its text from `focus.source` marked.
#[component]
pub fn ArticleView(
    /// The analysis the article belongs to.
    analysis: Analysis,
    /// The article and source to show; the view's own bar changes it, its
    /// close button clears it.
    focus: RwSignal<Option<Focus>>,
    /// What to show now.
    shown: Focus,
    /// The facts timeline, whose panel the added facts open.
    facts: FactsUi,
) -> impl IntoView {
    let i = shown.article;
    let article = &analysis.report.articles[i];
    let text = analysis.articles[i].text.clone();
    let swatch = analysis.index.swatch(&shown.source);
    let entry = article
        .attribution
        .iter()
        .find(|a| a.source == shown.source);
    let what = entry.map_or_else(
        || {
            format!(
                "{}: not a source of this article",
                analysis.source_label(&shown.source)
            )
        },
        wiretrace_engine::report::Attribution::label,
    );
    let mode = entry.map(|a| a.mode);
    let pieces = source_pieces(text.len(), &article.spans, &article.credits);
    let body = with_credits(&pieces, &article.credits, |piece| {
        let words = text[piece.range.clone()].to_owned();
        let span = piece.link.map(|k| &article.spans[k]);
        match span {
            Some(s) if s.source.as_deref() == Some(shown.source.as_str()) => {
                let reworded = s.label == Label::Paraphrase;
                view! {
                    <mark
                        class=format!("wt-text__mark wt-text__mark--source {}", swatch.class(mode))
                        class:wt-text__mark--reworded=reworded
                        data-testid="source-span"
                        data-source=shown.source.clone()
                        data-mode=if reworded { "paraphrase" } else if s.label == Label::Verbatim { "verbatim" } else { "new" }
                    >
                        {words}
                    </mark>
                }
                .into_any()
            }
            _ if piece.mark == Mark::Boilerplate => view! {
                <span class=Mark::Boilerplate.class() data-testid="boilerplate" title="Page clutter: left out of the scores">{words}</span>
            }
            .into_any(),
            _ => view! { <span>{words}</span> }.into_any(),
        }
    });
    let legend_mode = match mode {
        Some(AttributionMode::Own) => "its own material is marked",
        Some(AttributionMode::Credited) => {
            "the text it credits to an agency not in the set is marked"
        }
        _ => "word-for-word text is marked, reworded text also underlined",
    };
    view! {
        <section class="wt-article" data-testid="article-view" data-article=article.id.clone() data-source=shown.source.clone()>
            <header class="wt-article__header">
                <h3 class="wt-article__title">{analysis.label(i)}</h3>
                <button class="wt-button wt-button--quiet" data-testid="close-article-view" on:click=move |_| focus.set(None)>"Close"</button>
            </header>
            <p class="wt-article__what" data-testid="article-view-source">
                <span class=format!("wt-bar__swatch {}", swatch.class(mode)) aria-hidden="true"></span>
                {format!("Marked: {what}; {legend_mode}.")}
            </p>
            <SourceBar analysis=analysis.clone() article=i focus=focus />
            <p class="wt-legend">{credit_legend()}</p>
            <div class="wt-text" dir="auto" data-testid="article-text-view">{body}</div>
            <AddedFacts analysis=analysis.clone() article=i ui=facts />
        </section>
    }
}
