//! The form that sets or corrects each article's publication time, with
//! where the time in use came from (given, read from the text with the
//! words it was read from, or unknown). A change goes to the page, which
//! sets the article's time in the editor and analyzes again. The fields are
//! keyed by article id and stay in place across that re-analysis, so the
//! one being edited keeps its focus and what was typed.

use crate::components::show_more::{ShowMore, PAGE};
use crate::facts;
use crate::state::Analysis;
use leptos::html::Input;
use leptos::prelude::*;
use wiretrace_engine::report::PublishedFrom;

/// One time field per article, in the order they were entered, drawn once
/// the form is `open`, a page at a time.
#[component]
pub fn TimeForm(
    /// The analysis whose articles are listed.
    analysis: Signal<Option<Analysis>>,
    /// Whether the form is open (its fields are drawn only then).
    #[prop(into)]
    open: Signal<bool>,
    /// Called with an article id and its new time (None when cleared).
    on_time: Callback<(String, Option<String>)>,
) -> impl IntoView {
    let limit = RwSignal::new(PAGE);
    let total = move || analysis.with(|a| a.as_ref().map_or(0, |a| a.report.articles.len()));
    let ids = move || {
        if !open.get() {
            return Vec::new();
        }
        let limit = limit.get();
        analysis.with(|a| {
            a.as_ref().map_or_else(Vec::new, |a| {
                a.report
                    .articles
                    .iter()
                    .take(limit)
                    .map(|r| r.id.clone())
                    .collect()
            })
        })
    };
    view! {
        <div class="wt-times__form" data-testid="time-form">
            <p class="wt-note">"A time without a zone is read as UTC. Changing one analyzes the articles again: the order, first appearances and the lineage follow it."</p>
            <For each=ids key=|id| id.clone() children=move |id| view! { <TimeRow analysis=analysis id=id on_time=on_time /> } />
            {move || view! { <ShowMore limit=limit total=total() noun="articles" testid="times-more" /> }}
        </div>
    }
}

/// What the row of article `id` shows: its label, its given time as the
/// field's value, and where the time in use came from.
fn row_words(analysis: &Option<Analysis>, id: &str) -> (String, String, String) {
    let Some((a, i)) = analysis
        .as_ref()
        .and_then(|a| Some((a, a.index.article(id)?)))
    else {
        return (id.to_owned(), String::new(), String::new());
    };
    let (r, article) = (&a.report.articles[i], &a.articles[i]);
    let given = article.published.clone().unwrap_or_default();
    let value = facts::datetime_local(&given);
    let mut source = if !given.is_empty() && value.is_empty() {
        format!("“{given}” is not a time; ")
    } else {
        String::new()
    };
    source += &match (&r.published, r.published_from) {
        (Some(t), PublishedFrom::Text) => format!("{t}, {}", facts::time_source(r, &article.text)),
        _ => facts::time_source(r, &article.text),
    };
    (a.label(i), value, source)
}

/// The field of one article.
#[component]
fn TimeRow(
    analysis: Signal<Option<Analysis>>,
    id: String,
    on_time: Callback<(String, Option<String>)>,
) -> impl IntoView {
    let words = {
        let id = id.clone();
        Memo::new(move |_| analysis.with(|a| row_words(a, &id)))
    };
    let input = NodeRef::<Input>::new();
    // Keep the field in step with the analysis without touching it while it
    // already shows that value (a field being typed in keeps its place).
    Effect::new(move |_| {
        let value = words.with(|w| w.1.clone());
        if let Some(el) = input.get() {
            if el.value() != value {
                el.set_value(&value);
            }
        }
    });
    let field = format!("wt-time-{id}");
    let (change_id, clear_id) = (id.clone(), id.clone());
    view! {
        <div class="wt-times__row">
            <label class="wt-times__label" for=field.clone()>{move || words.with(|w| w.0.clone())}</label>
            <input
                id=field
                node_ref=input
                type="datetime-local"
                class="wt-times__input"
                data-testid="time-input"
                data-article=id.clone()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    on_time.run((change_id.clone(), (!v.trim().is_empty()).then_some(v)));
                }
            />
            <button
                type="button"
                class="wt-button wt-button--quiet"
                data-testid="time-clear"
                data-article=id.clone()
                disabled=move || words.with(|w| w.1.is_empty())
                title="Forget the given time (a time in the text is read instead)"
                on:click=move |_| {
                    if let Some(el) = input.get() {
                        el.set_value("");
                    }
                    on_time.run((clear_id.clone(), None));
                }
            >
                "Clear"
            </button>
            <span class="wt-times__source" data-testid="time-source" data-article=id>{move || words.with(|w| w.2.clone())}</span>
        </div>
    }
}
