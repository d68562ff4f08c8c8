//! One line per analyzed article: how much of it derives from the others,
//! word for word or reworded, and the verdict.

use crate::state::Analysis;
use leptos::prelude::*;
use wiretrace_engine::report::percent;
use wiretrace_engine::report::Verdict;

/// The verdict's CSS modifier.
fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::WhollyDerived => "wt-verdict--wholly",
        Verdict::PartiallyDerived => "wt-verdict--partly",
        Verdict::Independent => "wt-verdict--independent",
    }
}

/// Table of the articles with their shares, main source and verdict.
#[component]
pub fn ArticleSummary(
    /// The analysis to show.
    analysis: Analysis,
) -> impl IntoView {
    let rows = analysis
        .report
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let (word, class) = (a.verdict.label(), verdict_class(a.verdict));
            let source = a
                .sources
                .first()
                .map(|s| format!("{} ({})", s.source, percent(s.share)))
                .unwrap_or_else(|| "—".to_owned());
            view! {
                <tr data-testid="article-row">
                    <td>{analysis.label(i)}</td>
                    <td class="wt-num">{a.words}</td>
                    <td class="wt-num">{percent(a.derived_share)}</td>
                    <td class="wt-num">{percent(a.verbatim_share)}</td>
                    <td class="wt-num">{percent(a.paraphrase_share)}</td>
                    <td class="wt-num" data-testid="content-share">{percent(a.content_share)}</td>
                    <td>{source}</td>
                    <td><span class=format!("wt-verdict {class}") data-testid="verdict">{word}</span></td>
                    <td class="wt-num" title="Paragraphs left out as page clutter">{a.boilerplate.len()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="wt-table" data-testid="article-summary">
            <thead>
                <tr>
                    <th>"Article"</th>
                    <th class="wt-num">"Words"</th>
                    <th class="wt-num" title="Share of its body found in another article that may be its source">"Derived"</th>
                    <th class="wt-num">"Word for word"</th>
                    <th class="wt-num">"Reworded"</th>
                    <th class="wt-num" title="Share of its body in sentences that come from a source, however reworded: what the verdict follows">"Content from sources"</th>
                    <th>"Main source"</th>
                    <th>"Verdict"</th>
                    <th class="wt-num">"Clutter"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
