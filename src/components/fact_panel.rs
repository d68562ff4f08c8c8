//! One fact in full: where it first appeared (with that article's time and
//! where the time came from), where its first words come from, its changed
//! numbers and contradictions, and every article's mention of it, each in
//! its paragraph with the mention marked. All quoted text is the articles'
//! own, rendered as text nodes.

use crate::facts::{self, Snippet};
use crate::state::{Analysis, FactsUi};
use leptos::prelude::*;

/// Mentions listed before "show all".
const MENTIONS_SHOWN: usize = 50;

/// The panel of fact `fact` (an index into the report's facts).
#[component]
pub fn FactPanel(
    /// The analysis the fact belongs to.
    analysis: Analysis,
    /// The fact, an index into the report's facts.
    fact: usize,
    /// Its close button clears the open fact.
    ui: FactsUi,
) -> impl IntoView {
    let f = &analysis.report.facts[fact];
    let first = analysis.index.article(&f.first);
    let first_words = first.map_or_else(
        || format!("First appeared in {}.", f.first),
        |i| {
            format!(
                "First appeared in {} — {}.",
                analysis.label(i),
                facts::time_line(&analysis.report.articles[i], &analysis.articles[i].text)
            )
        },
    );
    let first_label = first.map_or_else(|| f.first.clone(), |i| analysis.label(i));
    let origin = facts::origin_words(&f.origin, &first_label, &analysis.source_label(&f.origin));
    let kinds = f
        .kinds
        .iter()
        .map(|k| {
            serde_json::to_string(k)
                .unwrap_or_default()
                .trim_matches('"')
                .to_owned()
        })
        .chain(f.caption.then(|| "photo caption".to_owned()))
        .collect::<Vec<_>>()
        .join(" · ");
    let carriers = analysis.index.spread(fact);

    let changes = (!f.changes.is_empty()).then(|| {
        let items = f
            .changes
            .iter()
            .map(|c| {
                view! {
                    <li data-testid="panel-change" data-article=c.article.clone()>
                        <span class="wt-fact__what">{format!("{}: ", article_name(&analysis, &c.article))}</span>
                        {facts::change_words(c)}
                        {in_context(&analysis, &c.article, c.start, c.end, "wt-fact__mark--change")}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h4><span aria-hidden="true">"▲ "</span>"Changed numbers"</h4>
            <ul class="wt-panel__list">{items}</ul>
        }
    });
    let contradictions = (!f.contradictions.is_empty()).then(|| {
        let items = f
            .contradictions
            .iter()
            .map(|c| {
                view! {
                    <li data-testid="panel-contradiction" data-article=c.article.clone()>
                        <span class="wt-fact__what">{format!("{}: ", article_name(&analysis, &c.article))}</span>
                        {c.note.clone()}
                        {in_context(&analysis, &c.article, c.start, c.end, "wt-fact__mark--contradiction")}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h4><span aria-hidden="true">"✕ "</span>"Contradicted"</h4>
            <ul class="wt-panel__list">{items}</ul>
        }
    });

    let all = RwSignal::new(f.mentions.len() <= MENTIONS_SHOWN);
    let mentions = {
        let analysis = analysis.clone();
        move || {
            let f = &analysis.report.facts[fact];
            let limit = if all.get() {
                f.mentions.len()
            } else {
                MENTIONS_SHOWN
            };
            f.mentions
                .iter()
                .take(limit)
                .map(|m| {
                    let how = serde_json::to_string(&m.how)
                        .unwrap_or_default()
                        .trim_matches('"')
                        .to_owned();
                    let time = analysis
                        .index
                        .article(&m.article)
                        .and_then(|i| analysis.report.articles[i].published.clone())
                        .unwrap_or_else(|| "no time".to_owned());
                    view! {
                        <li data-testid="fact-mention" data-article=m.article.clone() data-how=how>
                            <strong>{article_name(&analysis, &m.article)}</strong>
                            {format!(" · {} · {time}", m.how.label())}
                            {in_context(&analysis, &m.article, m.start, m.end, "wt-fact__mark--mention")}
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let show_all = (f.mentions.len() > MENTIONS_SHOWN).then(|| {
        let n = f.mentions.len();
        view! {
            <button class="wt-button" on:click=move |_| all.set(true) hidden=move || all.get()>
                {format!("Show all {n} mentions")}
            </button>
        }
    });

    view! {
        <section class="wt-fact" data-testid="fact-panel" data-fact=f.id.clone()>
            <header class="wt-fact__header">
                <h3 class="wt-panel__title" data-testid="fact-panel-title">
                    {format!("{} · in {}", f.id, wiretrace_engine::report::articles_count(carriers))}
                </h3>
                <button class="wt-button wt-button--quiet" data-testid="close-fact-panel" on:click=move |_| ui.open.set(None)>"Close"</button>
            </header>
            <blockquote class="wt-quote" dir="auto">{f.text.clone()}</blockquote>
            <p class="wt-note">{kinds}</p>
            <p data-testid="fact-first-appeared">{first_words}</p>
            <p data-testid="fact-origin">{format!("Where its first words come from: {origin}.")}</p>
            {changes}
            {contradictions}
            <h4>{format!("Every mention, earliest first ({})", f.mentions.len())}</h4>
            <ol class="wt-panel__passages">{mentions}</ol>
            {show_all}
        </section>
    }
}

/// An article's label from its id (the id itself when it is not in the set).
fn article_name(analysis: &Analysis, id: &str) -> String {
    analysis
        .index
        .article(id)
        .map_or_else(|| id.to_owned(), |i| analysis.label(i))
}

/// `start..end` of article `id` in its paragraph, the span marked with
/// class `mark` (text nodes only).
fn in_context(
    analysis: &Analysis,
    id: &str,
    start: usize,
    end: usize,
    mark: &'static str,
) -> impl IntoView {
    let snippet = analysis
        .index
        .article(id)
        .and_then(|i| facts::snippet(&analysis.articles[i].text, start, end));
    snippet.map(|Snippet { before, marked, after }| {
        view! {
            <blockquote class="wt-quote wt-fact__context" dir="auto">
                {before}
                <mark class=format!("wt-fact__mark {mark}") data-testid="fact-span">{marked}</mark>
                {after}
            </blockquote>
        }
    })
}
