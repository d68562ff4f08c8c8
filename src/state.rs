//! The page's state: the articles being edited and the last analysis.

use crate::index::ReportIndex;
use crate::overview::Overview;
use crate::slices::Slicer;
use leptos::prelude::*;
use std::sync::Arc;
use wiretrace_engine::report::{Edge, PairReport};
use wiretrace_engine::{Article, Report};

/// One article in the editor, addressed by its id; each field is its own
/// signal so typing in one box re-renders only that box.
#[derive(Debug, Clone, Copy)]
pub struct Draft {
    /// Which box this is on screen (unique for the page's life; an id can
    /// come back after a clear, a box cannot), the editor list's key.
    pub serial: u64,
    /// The article's id: given when it was added (or read from a saved
    /// workspace) and never changed, so reloads, the report and every view
    /// name it the same way.
    pub id: StoredValue<String>,
    /// Headline.
    pub title: RwSignal<String>,
    /// Publishing outlet.
    pub outlet: RwSignal<String>,
    /// Where it was found.
    pub url: RwSignal<String>,
    /// Publication time as typed (`datetime-local` value or free text).
    pub published: RwSignal<String>,
    /// The article text.
    pub text: RwSignal<String>,
}

impl Draft {
    /// A draft holding `article`'s fields, under its id.
    pub fn from_article(article: &Article) -> Self {
        let field = |v: &Option<String>| RwSignal::new(v.clone().unwrap_or_default());
        static SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        Draft {
            serial: SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            id: StoredValue::new(article.id.clone()),
            title: field(&article.title),
            outlet: field(&article.outlet),
            url: field(&article.url),
            published: field(&article.published),
            text: RwSignal::new(article.text.clone()),
        }
    }

    /// The draft's id.
    pub fn id(&self) -> String {
        self.id.get_value()
    }

    /// The draft as an engine article; empty fields become `None`. Reads
    /// every field tracked, so an effect calling it re-runs on any edit.
    pub fn to_article(&self) -> Article {
        let field = |s: RwSignal<String>| {
            let v = s.get();
            (!v.trim().is_empty()).then(|| v.trim().to_owned())
        };
        Article {
            id: self.id(),
            title: field(self.title),
            outlet: field(self.outlet),
            url: field(self.url),
            published: field(self.published),
            text: self.text.get(),
        }
    }

    /// [`Draft::to_article`] without subscribing to the fields.
    pub fn to_article_untracked(&self) -> Article {
        leptos::prelude::untrack(|| self.to_article())
    }

    /// Subscribes the running effect to every field, without copying them.
    pub fn track(&self) {
        self.title.track();
        self.outlet.track();
        self.url.track();
        self.published.track();
        self.text.track();
    }

    /// Nothing typed in any field (such a draft is replaced by an import).
    pub fn is_blank_untracked(&self) -> bool {
        [self.title, self.outlet, self.url, self.published, self.text]
            .iter()
            .all(|s| s.with_untracked(|v| v.trim().is_empty()))
    }
}

/// A finished analysis: the articles as they were analyzed, the report and
/// its index. Cheap to clone (each part is shared), so every view can hold one.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// The analyzed articles, in editor order, under their workspace ids.
    pub articles: Arc<Vec<Article>>,
    /// What the engine found.
    pub report: Arc<Report>,
    /// Lookups into the report, built once.
    pub index: Arc<ReportIndex>,
    /// What the overview says, built once.
    pub overview: Arc<Overview>,
}

impl Analysis {
    /// The analysis of `articles` that produced `report`, indexed.
    pub fn new(articles: Vec<Article>, report: Report) -> Self {
        let index = ReportIndex::new(&report, &articles);
        Self::with_index(articles, report, index)
    }

    /// The analysis around a finished index: the overview made, all shared.
    fn with_index(articles: Vec<Article>, report: Report, index: ReportIndex) -> Self {
        let overview = Overview::new(&report, &index, &articles);
        Analysis {
            articles: Arc::new(articles),
            report: Arc::new(report),
            index: Arc::new(index),
            overview: Arc::new(overview),
        }
    }

    /// [`Analysis::new`] in slices of the page's thread ([`Slicer`]): the
    /// facts, the bulk of the index for a large set, a few hundred at a time.
    pub async fn build(articles: Vec<Article>, report: Report) -> Self {
        /// Facts indexed between two checks of the slice's clock.
        const FACTS_STEP: usize = 200;
        let mut slicer = Slicer::new();
        let mut index = ReportIndex::without_facts(&report);
        slicer.pause().await;
        let mut at = 0;
        while at < report.facts.len() {
            let to = (at + FACTS_STEP).min(report.facts.len());
            index.add_facts(&report, &articles, at..to);
            at = to;
            slicer.pause().await;
        }
        Self::with_index(articles, report, index)
    }

    /// The display label of article `i`: its title, else its outlet, else its id.
    pub fn label(&self, i: usize) -> String {
        label(&self.articles[i])
    }

    /// The label of a lineage node or source id: an article's label, else
    /// the engine's wording of the source (`wire:AFP` → "AFP").
    pub fn source_label(&self, id: &str) -> String {
        match self.index.article(id) {
            Some(i) => self.label(i),
            None => wiretrace_engine::report::source_label(id),
        }
    }

    /// The pair of articles `i` and `j`, in either order.
    pub fn pair(&self, i: usize, j: usize) -> Option<&PairReport> {
        self.index.pair(i, j).map(|k| &self.report.pairs[k])
    }

    /// The lineage edges into node `id`: its parents.
    pub fn parents(&self, id: &str) -> impl Iterator<Item = &Edge> {
        self.index
            .edges_to(id)
            .iter()
            .map(|&k| &self.report.lineage.edges[k])
    }

    /// The lineage edges out of node `id`: its children.
    pub fn children(&self, id: &str) -> impl Iterator<Item = &Edge> {
        self.index
            .edges_from(id)
            .iter()
            .map(|&k| &self.report.lineage.edges[k])
    }
}

/// An article's short display name: its id, then its title or outlet if given.
pub fn label(article: &Article) -> String {
    match article.title.as_deref().or(article.outlet.as_deref()) {
        Some(name) => format!("{} · {}", article.id, name),
        None => article.id.clone(),
    }
}

/// One article shown on its own, with the text it took from one source
/// marked (a source id as in the report: an article id, `wire:AFP`,
/// `credited:REUTERS` or `own`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focus {
    /// Index of the article.
    pub article: usize,
    /// The source whose text is marked.
    pub source: String,
}

/// The article choice of the facts filter that means every article.
pub const ALL: &str = "all";

/// What the facts timeline shows: its filters and the fact open in its
/// panel. Kept by the page, outside the results, so a re-analysis after a
/// time is corrected keeps them.
#[derive(Debug, Clone, Copy)]
pub struct FactsUi {
    /// Only facts with a changed number or a contradiction.
    pub changed_only: RwSignal<bool>,
    /// Only facts this article id carries; [`ALL`] for all.
    pub article: RwSignal<String>,
    /// Search over the facts' and their mentions' words.
    pub search: RwSignal<String>,
    /// Show single-article facts; None until the person chooses (then the
    /// size of the set decides, [`crate::facts::single_by_default`]).
    pub single: RwSignal<Option<bool>>,
    /// How many pages of rows are drawn ([`crate::facts::page_rows`] a page).
    pub pages: RwSignal<usize>,
    /// The fact open in the panel (a fact id of the current report).
    pub open: RwSignal<Option<String>>,
}

impl FactsUi {
    /// Nothing filtered, nothing open.
    pub fn new() -> Self {
        FactsUi {
            changed_only: RwSignal::new(false),
            article: RwSignal::new(ALL.to_owned()),
            search: RwSignal::new(String::new()),
            single: RwSignal::new(None),
            pages: RwSignal::new(1),
            open: RwSignal::new(None),
        }
    }

    /// Back to nothing filtered and nothing open, for a new analysis.
    pub fn reset(&self) {
        self.changed_only.set(false);
        self.article.set(ALL.to_owned());
        self.search.set(String::new());
        self.single.set(None);
        self.pages.set(1);
        self.open.set(None);
    }
}

impl Default for FactsUi {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::future::Future;
    use std::task::{Context, Poll, Waker};

    #[test]
    fn an_analysis_built_in_slices_is_the_one_built_at_once() {
        let articles: Vec<Article> = wiretrace_synth::corpus_of_size(30, 2)
            .articles
            .into_iter()
            .map(|a| Article {
                id: a.id,
                text: a.text,
                published: Some(a.published),
                ..Default::default()
            })
            .collect();
        let report = wiretrace_engine::analyze(&articles);
        assert!(
            report.facts.len() > 200,
            "more facts than one step: {}",
            report.facts.len()
        );
        let mut built = std::pin::pin!(Analysis::build(articles.clone(), report.clone()));
        // Natively the slices never wait: the first poll finishes.
        let Poll::Ready(built) = built.as_mut().poll(&mut Context::from_waker(Waker::noop()))
        else {
            panic!("the build waited natively");
        };
        assert_eq!(built, Analysis::new(articles, report));
    }
}
