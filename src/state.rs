//! The page's state: the articles being edited and the last analysis.

use leptos::prelude::*;
use wiretrace_engine::{Article, Report};

/// One article in the editor; each field is its own signal so typing in one
/// box re-renders only that box.
#[derive(Debug, Clone, Copy)]
pub struct Draft {
    /// Stable key for the editor list (not shown).
    pub key: u64,
    /// Headline.
    pub title: RwSignal<String>,
    /// Publishing outlet.
    pub outlet: RwSignal<String>,
    /// Publication time as typed (`datetime-local` value or free text).
    pub published: RwSignal<String>,
    /// The article text.
    pub text: RwSignal<String>,
}

impl Draft {
    /// A draft holding `article`'s fields.
    pub fn from_article(key: u64, article: &Article) -> Self {
        let field = |v: &Option<String>| RwSignal::new(v.clone().unwrap_or_default());
        Draft {
            key,
            title: field(&article.title),
            outlet: field(&article.outlet),
            published: field(&article.published),
            text: RwSignal::new(article.text.clone()),
        }
    }

    /// The draft as an engine article with id `id`; empty fields become
    /// `None`. Reads every field tracked, so an effect calling it re-runs on
    /// any edit.
    pub fn to_article(&self, id: String) -> Article {
        let field = |s: RwSignal<String>| {
            let v = s.get();
            (!v.trim().is_empty()).then(|| v.trim().to_owned())
        };
        Article {
            id,
            title: field(self.title),
            outlet: field(self.outlet),
            url: None,
            published: field(self.published),
            text: self.text.get(),
        }
    }
}

/// A finished analysis: the articles as they were analyzed and the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// The analyzed articles, in editor order (ids are their labels).
    pub articles: Vec<Article>,
    /// What the engine found.
    pub report: Report,
}

impl Analysis {
    /// The display label of article `i`: its title, else its outlet, else its id.
    pub fn label(&self, i: usize) -> String {
        label(&self.articles[i])
    }
}

/// An article's short display name: its id, then its title or outlet if given.
pub fn label(article: &Article) -> String {
    match article.title.as_deref().or(article.outlet.as_deref()) {
        Some(name) => format!("{} · {}", article.id, name),
        None => article.id.clone(),
    }
}
