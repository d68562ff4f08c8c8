//! Where one article's body comes from, as a bar: one segment per source,
//! as wide as its share, coloured by source (own material grey, agencies
//! credited but not in the set hatched), with a text legend so nothing is
//! told by colour alone. Clicking a segment shows the article with that
//! source's text marked.

use crate::components::bring_into_view;
use crate::state::{Analysis, Focus};
use leptos::prelude::*;
use wiretrace_engine::report::source_label;

/// The source bar of article `article`, with its legend.
#[component]
pub fn SourceBar(
    /// The analysis the article belongs to.
    analysis: Analysis,
    /// Index of the article.
    article: usize,
    /// The article and source shown marked; a click on a segment sets it.
    focus: RwSignal<Option<Focus>>,
) -> impl IntoView {
    let report = &analysis.report.articles[article];
    let id = report.id.clone();
    let entries: Vec<(String, String, String, f64)> = report
        .attribution
        .iter()
        .map(|a| {
            let class = analysis.index.swatch(&a.source).class(Some(a.mode));
            (a.source.clone(), class, a.label(), a.share)
        })
        .collect();
    let segments = entries
        .iter()
        .map(|(source, class, words, share)| {
            let pick = Focus {
                article,
                source: source.clone(),
            };
            let is_open = {
                let pick = pick.clone();
                move || focus.with(|f| f.as_ref() == Some(&pick))
            };
            view! {
                <button
                    type="button"
                    class=format!("wt-bar__segment {class}")
                    class:wt-bar__segment--open=is_open
                    data-testid="source-segment"
                    data-source=source.clone()
                    style:width=format!("{:.2}%", share * 100.0)
                    title=format!("{words}. Click to mark it in the text.")
                    aria-label=format!("{words}: mark it in the text")
                    on:click=move |_| {
                        focus.set(Some(pick.clone()));
                        bring_into_view("[data-testid=article-view]");
                    }
                ></button>
            }
        })
        .collect_view();
    let legend = entries
        .iter()
        .map(|(source, class, words, _)| {
            view! {
                <li class="wt-bar__entry" data-testid="source-legend" data-source=source.clone()>
                    <span class=format!("wt-bar__swatch {class}") aria-hidden="true"></span>
                    {words.clone()}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="wt-bar" data-testid="source-bar" data-article=id.clone() role="group" aria-label=format!("Where {} comes from", source_label(&id))>
            {segments}
        </div>
        <ul class="wt-bar__legend">{legend}</ul>
    }
}
