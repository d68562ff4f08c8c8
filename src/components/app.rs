//! The whole page: editor, analyze button, results. The workspace is
//! [`Store`]'s; this page autosaves it on edits and analyzes a shared file's
//! workspace as soon as it opens.

use crate::components::article_editor::ArticleEditor;
use crate::components::article_summary::ArticleSummary;
use crate::components::article_view::ArticleView;
use crate::components::export_bar::ExportBar;
use crate::components::heatmap::Heatmap;
use crate::components::lineage_view::LineageView;
use crate::components::overview::OverviewPanel;
use crate::components::pair_table::PairTable;
use crate::components::progress::{Run, RunProgress};
use crate::components::side_by_side::SideBySide;
use crate::components::timeline_view::TimelineView;
use crate::engine_client;
use crate::facts;
use crate::state::{Analysis, Draft, FactsUi, Focus};
use crate::workspace::{self, Shown, Store};
use leptos::leptos_dom::helpers::window_event_listener_untyped;
use leptos::prelude::*;
use wiretrace_engine::{Article, Report};

/// Fewest articles that make a comparison.
const MIN_ARTICLES: usize = 2;

/// The Wiretrace page.
#[component]
pub fn App() -> impl IntoView {
    let store = Store::start();
    let drafts = store.drafts;
    let analysis = RwSignal::new(None::<Analysis>);
    let selected = RwSignal::new(None::<(usize, usize)>);
    let focus = RwSignal::new(None::<Focus>);
    let chosen = RwSignal::new(None::<String>);
    let message = RwSignal::new(None::<String>);
    let notice = RwSignal::new(None::<String>);
    let run_state = RwSignal::new(Run::Idle);
    let facts_ui = FactsUi::new();

    // Autosave: an edit (read without copying any text) starts the
    // workspace's save timer; leaving or hiding the page saves at once.
    Effect::new(move |ran: Option<()>| {
        drafts.with(|ds| ds.iter().for_each(Draft::track));
        if ran.is_some() {
            store.changed();
        }
    });
    for event in ["pagehide", "beforeunload"] {
        let _ = window_event_listener_untyped(event, move |_| store.flush());
    }
    let _ = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            store.flush();
        }
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
    let show = move |articles: Vec<Article>, report: Report, keep: bool| {
        leptos::task::spawn_local(async move {
            let best = report
                .pairs
                .iter()
                .max_by(|x, y| x.shared_words.cmp(&y.shared_words))
                .and_then(|p| {
                    let at = |id: &str| articles.iter().position(|a| a.id == id);
                    Some((at(&p.a)?, at(&p.b)?))
                });
            let n = articles.len();
            let new = Analysis::build(articles, report).await;
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
                if chosen
                    .with_untracked(|c| c.as_ref().is_some_and(|id| new.index.node(id).is_none()))
                {
                    chosen.set(None);
                }
            } else {
                selected.set(best.or(Some((0, 1))));
                focus.set(None);
                chosen.set(None);
                facts_ui.reset();
            }
            analysis.set(Some(new));
        })
    };
    // Analyzes the drafts in the background; the page stays usable, and
    // what was shown stays until the new report arrives.
    let analyze_drafts = move |keep: bool| match prepare(&drafts.get()) {
        Ok((articles, note)) => {
            notice.set(note);
            message.set(None);
            run_state.set(Run::started(articles.len()));
            engine_client::analyze(
                articles.clone(),
                move |p| run_state.set(Run::Running(p)),
                move |done| {
                    run_state.set(Run::Idle);
                    match done {
                        Ok(report) => show(articles, report, keep),
                        Err(why) => message.set(Some(why)),
                    }
                },
            );
        }
        Err(why) => {
            notice.set(None);
            message.set(Some(why));
        }
    };
    // A shared file shows its analysis at once, without a click.
    if matches!(store.shown.get_untracked(), Shown::Shared { .. }) {
        request_animation_frame(move || analyze_drafts(false));
    }
    let cancel = Callback::new(move |()| {
        engine_client::cancel();
        run_state.set(Run::Cancelled);
    });
    let run = move |_| analyze_drafts(false);
    let on_time = Callback::new(move |(id, time): (String, Option<String>)| {
        if let Some(draft) = store.find(&id) {
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
            <ArticleEditor store=store message=message />
            <div class="wt-actions">
                <button class="wt-button wt-button--primary" data-testid="analyze" on:click=run
                    disabled=move || run_state.with(Run::is_running)>
                    "Analyze"
                </button>
                <RunProgress run=run_state on_cancel=cancel />
                {move || message.get().map(|m| view! { <p class="wt-message wt-message--error" role="alert" data-testid="message">{m}</p> })}
                {move || notice.get().map(|m| view! { <p class="wt-message wt-message--note" role="status" data-testid="notice">{m}</p> })}
                {move || store.problem.get().map(|m| view! { <p class="wt-message wt-message--error" role="alert" data-testid="storage-problem">{m}</p> })}
            </div>
            // The results are drawn once; each part follows the analysis, and
            // the timeline keeps its time fields (and their focus) across a
            // re-analysis after a time was set.
            <Show when=move || analysis.with(Option::is_some)>
                <section class="wt-results" data-testid="results">
                    {move || analysis.get().map(|a| {
                        let (summary, one, lineage, out, first) = (a.clone(), a.clone(), a.clone(), a.clone(), a.clone());
                        view! {
                            <OverviewPanel analysis=first chosen=chosen selected=selected facts=facts_ui />
                            <ExportBar analysis=out message=message />
                            <p class="wt-origins" data-testid="origins">{a.report.origins_line()}</p>
                            <h2>"Articles"</h2>
                            <ArticleSummary analysis=summary focus=focus />
                            {move || focus.get().map(|shown| view! { <ArticleView analysis=one.clone() focus=focus shown=shown facts=facts_ui /> })}
                            <h2>"Lineage"</h2>
                            <LineageView analysis=lineage selected=selected focus=focus chosen=chosen />
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

/// Articles ready to analyze, and a note on what was left out or repeated.
type Prepared = (Vec<Article>, Option<String>);

/// The articles to analyze: every draft with text, under its id, and a note
/// naming the empty ones left out and the repeated texts. Explains what is
/// wrong when they cannot be analyzed.
fn prepare(drafts: &[Draft]) -> Result<Prepared, String> {
    let mut articles = Vec::new();
    let mut empty = Vec::new();
    for draft in drafts {
        let article = draft.to_article();
        if article.text.trim().is_empty() {
            empty.push(article.id);
            continue;
        }
        if looks_binary(&article.text) {
            return Err(format!(
                "Article {} looks like binary data, not text. Paste the article's words (your text is kept as it is).",
                article.id
            ));
        }
        articles.push(article);
    }
    if articles.len() < MIN_ARTICLES {
        return Err(format!(
            "Paste at least {MIN_ARTICLES} articles with text to compare ({} so far).",
            articles.len()
        ));
    }
    let mut notes = Vec::new();
    if !empty.is_empty() {
        notes.push(format!("Left out, no text: {}.", empty.join(", ")));
    }
    for (id, of) in workspace::duplicates(&[], &articles) {
        notes.push(format!("{id} has the same text as {of}."));
    }
    Ok((articles, (!notes.is_empty()).then(|| notes.join(" "))))
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
