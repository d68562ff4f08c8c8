//! The table of the facts timeline: articles as columns in timeline order,
//! facts as rows, each cell saying whether that article carries the fact
//! (first, or repeated verbatim, reworded or within another statement), in
//! a symbol and a word, never in colour alone; changed numbers and
//! contradictions under the fact; photo captions in a group of their own
//! after the facts. Rows are focusable: click, Enter or Space opens the fact.

use crate::components::bring_into_view;
use crate::facts::{self, Cell, Mark, Shown};
use crate::state::{Analysis, FactsUi};
use leptos::prelude::*;

/// The facts `shown`, as a table that scrolls inside its box.
#[component]
pub fn FactTable(
    /// The analysis whose facts are shown.
    analysis: Analysis,
    /// The open fact (a row sets it) and how many rows are drawn.
    ui: FactsUi,
    /// The facts to show.
    shown: Memo<Shown>,
) -> impl IntoView {
    let legend = [
        Mark::First,
        Mark::Repeat(wiretrace_engine::report::MentionHow::Verbatim),
        Mark::Repeat(wiretrace_engine::report::MentionHow::Reworded),
        Mark::Repeat(wiretrace_engine::report::MentionHow::Merged),
    ]
    .into_iter()
    .map(|m| view! { <span class="wt-facts__key">{mark_view(m)}" "{m.title()}</span> })
    .collect_view();
    let table = move || {
        let shown = shown.get();
        let page = facts::page_rows(analysis.articles.len());
        let limit = ui.pages.get() * page;
        let rows: Vec<usize> = shown.facts.iter().chain(&shown.captions).copied().collect();
        let drawn: Vec<usize> = rows.iter().copied().take(limit).collect();
        let (columns, cut) = facts::columns(&analysis.report, &analysis.index, &drawn);
        let head = columns
            .iter()
            .map(|&a| column_head(&analysis, a))
            .collect_view();
        let body = drawn
            .iter()
            .filter(|&&f| !analysis.report.facts[f].caption)
            .map(|&f| row(&analysis, f, &columns, ui))
            .collect_view();
        let captions: Vec<usize> = drawn
            .iter()
            .copied()
            .filter(|&f| analysis.report.facts[f].caption)
            .collect();
        let caption_group = (!captions.is_empty()).then(|| {
            let rows = captions
                .iter()
                .map(|&f| row(&analysis, f, &columns, ui))
                .collect_view();
            view! {
                <tbody class="wt-facts__captions" data-testid="caption-group">
                    <tr>
                        <th class="wt-facts__group" colspan=columns.len() + 1 scope="rowgroup">
                            "Photo captions: they describe a picture, not the story"
                        </th>
                    </tr>
                    {rows}
                </tbody>
            }
        });
        let more = rows.len().saturating_sub(drawn.len());
        let more_button = (more > 0).then(|| {
            let step = more.min(page);
            view! {
                <button class="wt-button" data-testid="facts-more" on:click=move |_| ui.pages.update(|p| *p += 1)>
                    {format!("Show {step} more ({more} not drawn)")}
                </button>
            }
        });
        let empty = (rows.is_empty() && shown.total > 0).then(|| {
            view! { <p class="wt-note" data-testid="facts-none">"No fact matches these filters."</p> }
        });
        let cut_note = cut.then(|| {
            view! { <p class="wt-note">{format!("Columns: {} of the articles that carry a fact drawn here (those carrying the most), in timeline order; select a fact to see every article that carries it.", columns.len())}</p> }
        });
        view! {
            {cut_note}
            {empty}
            <div class="wt-facts__scroll" tabindex="-1">
                <table class="wt-facts__table">
                    <thead>
                        <tr>
                            <th class="wt-facts__corner" scope="col">"Fact (earliest first)"</th>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                    {caption_group}
                </table>
            </div>
            {more_button}
        }
    };
    view! {
        <div class="wt-facts__main">
            <p class="wt-legend wt-facts__legend">{legend}</p>
            {table}
        </div>
    }
}

/// The head of article `a`'s column: its id, its name, its time and where
/// the time came from.
fn column_head(analysis: &Analysis, a: usize) -> impl IntoView {
    let report = &analysis.report.articles[a];
    let article = &analysis.articles[a];
    let name = article
        .title
        .clone()
        .or_else(|| article.outlet.clone())
        .unwrap_or_default();
    let (day, from) = facts::column_time(report);
    let title = format!(
        "{}\n{}",
        analysis.label(a),
        facts::time_line(report, &article.text)
    );
    view! {
        <th class="wt-facts__column" scope="col" data-testid="timeline-article" data-article=report.id.clone() title=title>
            <span class="wt-facts__column-id">{report.id.clone()}</span>
            <span class="wt-facts__column-name">{name}</span>
            <span class="wt-facts__column-time" data-testid="timeline-time">{day}</span>
            <span class="wt-facts__column-from">{from}</span>
        </th>
    }
}

/// The row of fact `f`.
fn row(analysis: &Analysis, f: usize, columns: &[usize], ui: FactsUi) -> impl IntoView {
    let fact = &analysis.report.facts[f];
    let id = fact.id.clone();
    let changes = fact
        .changes
        .iter()
        .map(|c| {
            view! {
                <span class="wt-facts__change" data-testid="fact-change" data-article=c.article.clone()>
                    <span aria-hidden="true">"▲ "</span>
                    {format!("changed: {}", facts::change_words(c))}
                </span>
            }
        })
        .collect_view();
    let contradictions = facts::contradiction_groups(fact)
        .into_iter()
        .map(|(note, articles)| {
            view! {
                <span class="wt-facts__contradiction" data-testid="fact-contradiction" data-articles=articles.join(" ")>
                    <span aria-hidden="true">"✕ "</span>
                    {facts::contradiction_words(note, &articles)}
                </span>
            }
        })
        .collect_view();
    let cells = facts::cells(&analysis.report, &analysis.index, f, columns)
        .into_iter()
        .map(|c| cell(analysis, c))
        .collect_view();
    let is_open = {
        let id = id.clone();
        move || ui.open.with(|o| o.as_deref() == Some(id.as_str()))
    };
    let (pick, pick_key) = (id.clone(), id.clone());
    let label = format!(
        "{}: {}. Open its mentions.",
        fact.id,
        crate::layout::clip(&fact.text, 120)
    );
    view! {
        <tr
            class="wt-facts__row"
            class:wt-facts__row--open=is_open.clone()
            class:wt-facts__row--caption=fact.caption
            tabindex="0"
            aria-label=label
            aria-current=move || is_open().then_some("true")
            data-testid="fact-row"
            data-fact=id
            on:click=move |_| open_fact(ui, &pick)
            on:keydown=move |ev| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    open_fact(ui, &pick_key);
                }
            }
        >
            <th class="wt-facts__fact" scope="row">
                <span class="wt-facts__id">{fact.id.clone()}</span>
                <span class="wt-facts__text" dir="auto" title=fact.text.clone()>{fact.text.clone()}</span>
                {changes}
                {contradictions}
            </th>
            {cells}
        </tr>
    }
}

/// Opens fact `id` in the panel and brings the panel into sight.
fn open_fact(ui: FactsUi, id: &str) {
    ui.open.set(Some(id.to_owned()));
    bring_into_view("[data-testid=fact-panel]");
}

/// A mark as a symbol and a word.
fn mark_view(mark: Mark) -> impl IntoView {
    let key = mark.word();
    view! {
        <span class=format!("wt-facts__mark wt-facts__mark--{key}")>
            <span class="wt-facts__symbol" aria-hidden="true">{mark.symbol()}</span>
            " "
            {key}
        </span>
    }
}

/// One cell: the article's mark for the fact, and whether a number changed
/// or the fact is contradicted there.
fn cell(analysis: &Analysis, c: Cell) -> impl IntoView {
    let article = analysis.report.articles[c.article].id.clone();
    let mark = match c.mark {
        Mark::Absent => view! { <span class="wt-facts__absent" title="does not carry it">"–"</span> }.into_any(),
        Mark::First => view! {
            <span data-testid="fact-first" title=c.mark.title()>{mark_view(c.mark)}</span>
        }
        .into_any(),
        Mark::Repeat(_) => view! {
            <span data-testid="fact-repeat" data-how=c.mark.word() title=c.mark.title()>{mark_view(c.mark)}</span>
        }
        .into_any(),
    };
    view! {
        <td class="wt-facts__cell" data-article=article>
            {mark}
            {c.changed.then(|| view! { <span class="wt-facts__badge wt-facts__badge--change" title="a number of this fact changed here">"▲ changed"</span> })}
            {c.contradicts.then(|| view! { <span class="wt-facts__badge wt-facts__badge--contradiction" title="this article contradicts the fact">"✕ contradicts"</span> })}
        </td>
    }
}
