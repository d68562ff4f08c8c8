//! One line per analyzed article: how much of it derives from the others,
//! word for word or reworded, where its body comes from (a source bar), the
//! uncredited flag, and the verdict; a page at a time.

use crate::components::show_more::{ShowMore, PAGE};
use crate::components::source_bar::SourceBar;
use crate::index::{UNCREDITED, UNCREDITED_HELP};
use crate::state::{Analysis, Focus};
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

/// Table of the articles with their shares, main source, sources and verdict.
#[component]
pub fn ArticleSummary(
    /// The analysis to show.
    analysis: Analysis,
    /// The article and source shown marked; the source bars set it.
    focus: RwSignal<Option<Focus>>,
) -> impl IntoView {
    let total = analysis.report.articles.len();
    let limit = RwSignal::new(PAGE);
    let rows = move || {
        let analysis = analysis.clone();
        view! {
            <For
                each=move || 0..limit.get().min(total)
                key=|i| *i
                children=move |i| row(&analysis, i, focus)
            />
        }
    };
    view! {
        <div class="wt-table__scroll">
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
                    <th title="Where its body comes from, source by source; click a part of the bar to see that text marked">"Where it comes from"</th>
                    <th>"Verdict"</th>
                    <th class="wt-num">"Clutter"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
        <ShowMore limit=limit total=total noun="articles" testid="articles-more" />
    }
}

/// The row of article `i`.
fn row(analysis: &Analysis, i: usize, focus: RwSignal<Option<Focus>>) -> impl IntoView {
    let a = &analysis.report.articles[i];
    let (word, class) = (a.verdict.label(), verdict_class(a.verdict));
    let source = a
        .sources
        .first()
        .map(|s| {
            format!(
                "{} ({})",
                analysis.source_label(&s.source),
                percent(s.share)
            )
        })
        .unwrap_or_else(|| "—".to_owned());
    view! {
        <tr data-testid="article-row" data-article=a.id.clone()>
            <td>
                {analysis.label(i)}
                {a.uncredited.then(|| view! {
                    <br />
                    <span class="wt-flag" data-testid="uncredited" title=UNCREDITED_HELP>{UNCREDITED}</span>
                })}
            </td>
            <td class="wt-num">{a.words}</td>
            <td class="wt-num">{percent(a.derived_share)}</td>
            <td class="wt-num">{percent(a.verbatim_share)}</td>
            <td class="wt-num">{percent(a.paraphrase_share)}</td>
            <td class="wt-num" data-testid="content-share">{percent(a.content_share)}</td>
            <td>{source}</td>
            <td class="wt-table__sources"><SourceBar analysis=analysis.clone() article=i focus=focus /></td>
            <td><span class=format!("wt-verdict {class}") data-testid="verdict">{word}</span></td>
            <td class="wt-num" title="Paragraphs left out as page clutter">{a.boilerplate.len()}</td>
        </tr>
    }
}
