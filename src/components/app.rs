//! The whole page: editor, analyze button, results.

use crate::components::article_editor::ArticleEditor;
use crate::components::article_summary::ArticleSummary;
use crate::components::article_view::ArticleView;
use crate::components::heatmap::Heatmap;
use crate::components::lineage_view::LineageView;
use crate::components::pair_table::PairTable;
use crate::components::progress::{Run, RunProgress};
use crate::components::side_by_side::SideBySide;
use crate::components::timeline_view::TimelineView;
use crate::engine_client;
use crate::facts;
use crate::state::{Analysis, Draft, FactsUi, Focus};
use crate::storage;
use leptos::prelude::*;
use wiretrace_engine::{Article, Report};

/// Fewest articles that make a comparison.
const MIN_ARTICLES: usize = 2;

/// The Wiretrace page.
#[component]
pub fn App() -> impl IntoView {
    let saved = storage::load().unwrap_or_default();
    let initial: Vec<Article> = if saved.is_empty() {
        vec![Article::default(), Article::default()]
    } else {
        saved
    };
    let drafts = RwSignal::new(
        initial
            .iter()
            .enumerate()
            .map(|(i, a)| Draft::from_article(i as u64, a))
            .collect::<Vec<_>>(),
    );
    let analysis = RwSignal::new(None::<Analysis>);
    let selected = RwSignal::new(None::<(usize, usize)>);
    let focus = RwSignal::new(None::<Focus>);
    let message = RwSignal::new(None::<String>);
    let storage_problem = RwSignal::new(None::<String>);
    let run_state = RwSignal::new(Run::Idle);
    let facts_ui = FactsUi::new();
    // The editor key of each analyzed article, by id, to set its time.
    let keys = StoredValue::new(Vec::<(String, u64)>::new());

    // Keep what was pasted: every edit is written to local storage.
    Effect::new(move |_| {
        let articles =
            drafts.with(|ds| ds.iter().map(|d| d.to_article(d.key.to_string())).collect());
        storage_problem.set(storage::save(articles).err());
    });

    // The first frame after mounting, for the start-up benchmark.
    Effect::new(move |_| {
        request_animation_frame(|| {
            if let Some(performance) = window().performance() {
                let _ = performance.mark("wiretrace-first-frame");
            }
        })
    });

    // Analyzes the drafts. `keep` keeps what is open (the pair, the article,
    // the fact, the filters) for a re-analysis after a time was corrected;
    // otherwise the best pair opens and the rest is reset.
    let show = move |articles: Vec<Article>, draft_keys, report: Report, keep: bool| {
        let best = report
            .pairs
            .iter()
            .max_by(|x, y| x.shared_words.cmp(&y.shared_words))
            .and_then(|p| {
                let at = |id: &str| articles.iter().position(|a| a.id == id);
                Some((at(&p.a)?, at(&p.b)?))
            });
        let n = articles.len();
        keys.set_value(draft_keys);
        let new = Analysis::new(articles, report);
        if keep {
            let open = analysis.with_untracked(|old| {
                let old = old.as_ref()?;
                let f = old.index.fact(&facts_ui.open.get_untracked()?)?;
                let same = facts::same_fact(&old.report.facts[f], &new.index)?;
                Some(new.report.facts[same].id.clone())
            });
            facts_ui.open.set(open);
            if selected
                .get_untracked()
                .is_none_or(|(i, j)| i >= n || j >= n)
            {
                selected.set(best.or(Some((0, 1))));
            }
            if focus.get_untracked().is_some_and(|f| f.article >= n) {
                focus.set(None);
            }
        } else {
            selected.set(best.or(Some((0, 1))));
            focus.set(None);
            facts_ui.reset();
        }
        analysis.set(Some(new));
    };
    // Analyzes the drafts in the background; the page stays usable, and
    // what was shown stays until the new report arrives.
    let analyze_drafts = move |keep: bool| match prepare(&drafts.get()) {
        Ok((articles, draft_keys)) => {
            message.set(None);
            run_state.set(Run::started(articles.len()));
            engine_client::analyze(
                articles.clone(),
                move |p| run_state.set(Run::Running(p)),
                move |done| {
                    run_state.set(Run::Idle);
                    match done {
                        Ok(report) => show(articles, draft_keys, report, keep),
                        Err(why) => message.set(Some(why)),
                    }
                },
            );
        }
        Err(why) => message.set(Some(why)),
    };
    let cancel = Callback::new(move |()| {
        engine_client::cancel();
        run_state.set(Run::Cancelled);
    });
    let run = move |_| analyze_drafts(false);
    let on_time = Callback::new(move |(id, time): (String, Option<String>)| {
        let key = keys.with_value(|ks| ks.iter().find(|(i, _)| *i == id).map(|(_, k)| *k));
        let draft =
            key.and_then(|k| drafts.with_untracked(|ds| ds.iter().find(|d| d.key == k).copied()));
        if let Some(draft) = draft {
            draft.published.set(time.unwrap_or_default());
            analyze_drafts(true);
        }
    });

    view! {
        <header class="wt-header">
            <h1 class="wt-header__title">"Wiretrace"</h1>
            <p class="wt-header__tagline">
                "Paste articles about one event to see the phrasing they share. Everything runs in this browser tab; nothing is sent anywhere."
            </p>
        </header>
        <main class="wt-main">
            <ArticleEditor drafts=drafts />
            <div class="wt-actions">
                <button class="wt-button wt-button--primary" data-testid="analyze" on:click=run
                    disabled=move || run_state.with(Run::is_running)>
                    "Analyze"
                </button>
                <RunProgress run=run_state on_cancel=cancel />
                {move || message.get().map(|m| view! { <p class="wt-message wt-message--error" role="alert" data-testid="message">{m}</p> })}
                {move || storage_problem.get().map(|m| view! { <p class="wt-message" role="status">{m}</p> })}
            </div>
            // The results are drawn once; each part follows the analysis, and
            // the timeline keeps its time fields (and their focus) across a
            // re-analysis after a time was set.
            <Show when=move || analysis.with(Option::is_some)>
                <section class="wt-results" data-testid="results">
                    {move || analysis.get().map(|a| {
                        let (summary, one, lineage) = (a.clone(), a.clone(), a.clone());
                        view! {
                            <p class="wt-origins" data-testid="origins">{a.report.origins_line()}</p>
                            <h2>"Articles"</h2>
                            <ArticleSummary analysis=summary focus=focus />
                            {move || focus.get().map(|shown| view! { <ArticleView analysis=one.clone() focus=focus shown=shown facts=facts_ui /> })}
                            <h2>"Lineage"</h2>
                            <LineageView analysis=lineage selected=selected focus=focus />
                        }
                    })}
                    <h2>"Facts timeline"</h2>
                    <TimelineView analysis=analysis ui=facts_ui on_time=on_time />
                    {move || analysis.get().map(|a| {
                        let (matrix, pairs, side) = (a.clone(), a.clone(), a);
                        view! {
                            <h2>"Reuse matrix"</h2>
                            <Heatmap analysis=matrix selected=selected />
                            <h2>"Pairs that share phrasing"</h2>
                            <PairTable analysis=pairs selected=selected />
                            {move || selected.get().map(|(left, right)| view! { <SideBySide analysis=side.clone() left=left right=right /> })}
                        }
                    })}
                </section>
            </Show>
        </main>
    }
}

/// Articles ready to analyze, and each one's id with its editor key.
type Prepared = (Vec<Article>, Vec<(String, u64)>);

/// The articles to analyze: every draft with text, numbered A1, A2, … by its
/// place in the editor, with each one's id and editor key. Explains what is
/// wrong when they cannot be analyzed.
fn prepare(drafts: &[Draft]) -> Result<Prepared, String> {
    let mut articles = Vec::new();
    let mut keys = Vec::new();
    for (i, draft) in drafts.iter().enumerate() {
        let article = draft.to_article(format!("A{}", i + 1));
        if article.text.trim().is_empty() {
            continue;
        }
        if looks_binary(&article.text) {
            return Err(format!(
                "Article {} looks like binary data, not text. Paste the article's words (your text is kept as it is).",
                i + 1
            ));
        }
        keys.push((article.id.clone(), draft.key));
        articles.push(article);
    }
    if articles.len() < MIN_ARTICLES {
        return Err(format!(
            "Paste at least {MIN_ARTICLES} articles with text to compare ({} so far).",
            articles.len()
        ));
    }
    Ok((articles, keys))
}

/// Control characters other than white space, or many replacement characters,
/// mean a file's bytes were pasted rather than its text.
fn looks_binary(text: &str) -> bool {
    let odd = text
        .chars()
        .filter(|&c| (c.is_control() && !c.is_whitespace()) || c == '\u{FFFD}')
        .count();
    odd > 0 && odd * 100 >= text.chars().count().min(10_000)
}
