//! The evidence of one lineage node. For an article: its parents with share,
//! mode, confidence and what set the direction, where its body comes from,
//! the agency credits in its text, and the passages it shares with its main
//! parent (or, when that is an inferred wire, with its sibling articles).
//! For an inferred wire: its children, its versions with what a later one
//! added, and the credits of its children that name it. Every quoted piece
//! of text is the article's own text, rendered as text.

use crate::components::bring_into_view;
use crate::index::{UNCREDITED, UNCREDITED_HELP};
use crate::state::{Analysis, Focus};
use leptos::prelude::*;
use std::ops::Range;
use wiretrace_engine::credits::{Credit, CreditKind};
use wiretrace_engine::report::{agency_key, percent, AttributionMode, Edge, Mode, OWN};

/// The evidence of node `node` (an article id or an inferred wire).
#[component]
pub fn LineagePanel(
    /// The analysis the node belongs to.
    analysis: Analysis,
    /// The node's id.
    node: String,
    /// The open pair; "compare side by side" sets it.
    selected: RwSignal<Option<(usize, usize)>>,
    /// The article shown with one source marked; "show in the text" sets it.
    focus: RwSignal<Option<Focus>>,
) -> impl IntoView {
    match analysis.index.article(&node) {
        Some(i) => article_panel(&analysis, i, selected, focus).into_any(),
        None => wire_panel(&analysis, &node).into_any(),
    }
}

/// An edge in words: "95% of it, verbatim; shared with siblings, none the
/// source (confidence 0.85), version 1".
fn edge_words(e: &Edge) -> String {
    format!(
        "{} of it, {}; {} (confidence {:.2}){}",
        percent(e.share),
        AttributionMode::from(e.mode).label(),
        e.evidence.label(),
        e.confidence,
        e.version
            .map(|v| format!(", version {v}"))
            .unwrap_or_default()
    )
}

/// The slice of `text` in `range`, or nothing if the range does not fit.
fn slice(text: &str, range: Range<usize>) -> String {
    text.get(range).unwrap_or_default().to_owned()
}

fn article_panel(
    analysis: &Analysis,
    i: usize,
    selected: RwSignal<Option<(usize, usize)>>,
    focus: RwSignal<Option<Focus>>,
) -> impl IntoView {
    let report = &analysis.report.articles[i];
    let text = &analysis.articles[i].text;
    let parents: Vec<&Edge> = analysis.parents(&report.id).collect();
    let parent_list = if parents.is_empty() {
        view! { <p class="wt-note">"No parent: nothing in the set is its source."</p> }.into_any()
    } else {
        let items = parents
            .iter()
            .map(|e| {
                view! {
                    <li data-testid="panel-parent" data-source=e.source.clone()>
                        <strong>{analysis.source_label(&e.source)}</strong>
                        ": "
                        {edge_words(e)}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="wt-panel__list">{items}</ul> }.into_any()
    };
    let show_source = report
        .attribution
        .iter()
        .find(|a| a.source != OWN)
        .or(report.attribution.first())
        .map(|a| a.source.clone());
    let show = show_source.map(|source| {
        let pick = Focus { article: i, source };
        view! {
            <button class="wt-button" data-testid="panel-show-text" on:click=move |_| {
                focus.set(Some(pick.clone()));
                bring_into_view("[data-testid=article-view]");
            }>
                "Show it in the text"
            </button>
        }
    });
    let flag = report.uncredited.then(|| {
        view! { <p><span class="wt-flag" title=UNCREDITED_HELP>{UNCREDITED}</span></p> }
    });

    let main = report.sources.first().map(|s| s.source.clone());
    let shared = match main {
        None => view! { <p class="wt-note">"It shares no passage with a source."</p> }.into_any(),
        Some(parent) => match analysis.index.article(&parent) {
            Some(p) => view! {
                <h4>{format!("Shared with its main parent, {}", analysis.label(p))}</h4>
                {passages(analysis, i, p, selected, true)}
            }
            .into_any(),
            None => {
                let siblings: Vec<usize> = analysis
                    .children(&parent)
                    .filter_map(|e| analysis.index.article(&e.target))
                    .filter(|&j| j != i)
                    .collect();
                let groups = siblings
                    .iter()
                    .enumerate()
                    .map(|(k, &j)| {
                        let shared = analysis.pair(i, j).map_or(0, |p| p.shared_words);
                        view! {
                            <details class="wt-panel__group" open=k == 0>
                                <summary>{format!("With {} ({} shared words)", analysis.label(j), shared)}</summary>
                                {passages(analysis, i, j, selected, k == 0)}
                            </details>
                        }
                    })
                    .collect_view();
                view! {
                    <h4>{format!("Shared with its siblings, from {}", analysis.source_label(&parent))}</h4>
                    <p class="wt-note">{format!("{} is not in the set: these are the passages this article shares with the other articles taken from it.", analysis.source_label(&parent))}</p>
                    {groups}
                }
                .into_any()
            }
        },
    };

    view! {
        <h3 class="wt-panel__title" data-testid="panel-title">{analysis.label(i)}</h3>
        <p>{report.verdict.label()}</p>
        {flag}
        <h4>"Parents"</h4>
        {parent_list}
        <h4>"Where its body comes from"</h4>
        <p data-testid="panel-attribution">{report.attribution_line()}</p>
        {show}
        <h4>"Agency credits in its text"</h4>
        {credit_list(text, &report.credits, None)}
        {shared}
    }
}

/// The passages article `i` shares with article `j`, as `i`'s text, with a
/// button that opens the pair side by side (when `compare`).
fn passages(
    analysis: &Analysis,
    i: usize,
    j: usize,
    selected: RwSignal<Option<(usize, usize)>>,
    compare: bool,
) -> impl IntoView {
    let Some(pair) = analysis.pair(i, j) else {
        return view! { <p class="wt-note">"They share no passage."</p> }.into_any();
    };
    let id = &analysis.report.articles[i].id;
    let text = &analysis.articles[i].text;
    let items = pair
        .passages
        .iter()
        .map(|p| {
            let range = if pair.a == *id {
                p.a_start..p.a_end
            } else {
                p.b_start..p.b_end
            };
            let (mode, key) = match p.mode {
                Mode::Verbatim => (AttributionMode::Verbatim.label(), "verbatim"),
                Mode::Paraphrase => (AttributionMode::Paraphrase.label(), "paraphrase"),
            };
            view! {
                <li data-testid="panel-passage" data-mode=key>
                    <span class="wt-note">{format!("{mode}, {} words", p.words)}</span>
                    <blockquote class="wt-quote" dir="auto">{slice(text, range)}</blockquote>
                </li>
            }
        })
        .collect_view();
    let button = compare.then(|| {
        view! {
            <button class="wt-button" data-testid="panel-compare" on:click=move |_| {
                selected.set(Some((i, j)));
                bring_into_view("[data-testid=pair-view]");
            }>
                "Compare side by side"
            </button>
        }
    });
    view! {
        {button}
        <ol class="wt-panel__passages">{items}</ol>
    }
    .into_any()
}

/// The credits as a list, each with its kind and its words; `whose` names
/// the article each is in, for a list gathered from several.
fn credit_list(text: &str, credits: &[Credit], whose: Option<&str>) -> impl IntoView {
    if credits.is_empty() {
        return view! { <p class="wt-note">"No agency credit in its text."</p> }.into_any();
    }
    let items = credits
        .iter()
        .map(|c| credit_item(text, c, whose))
        .collect_view();
    view! { <ul class="wt-panel__list">{items}</ul> }.into_any()
}

fn credit_item(text: &str, c: &Credit, whose: Option<&str>) -> impl IntoView {
    let key = c.kind.key();
    let kind = if c.kind == CreditKind::Photo {
        format!("{} (credits a picture, not the text)", c.kind.label())
    } else {
        c.kind.label().to_owned()
    };
    view! {
        <li data-testid="panel-credit" data-kind=key data-agency=c.agency.clone()>
            {whose.map(|w| format!("{w}: "))}
            <strong>{c.agency.clone()}</strong>
            {format!(" · {kind}: ")}
            <q class=format!("wt-credit wt-credit--{key}")>{slice(text, c.start..c.end)}</q>
        </li>
    }
}

fn wire_panel(analysis: &Analysis, id: &str) -> impl IntoView {
    let name = analysis.source_label(id);
    let node = analysis
        .index
        .node(id)
        .map(|k| &analysis.report.lineage.nodes[k]);
    let children: Vec<&Edge> = analysis.children(id).collect();
    let child_list = children
        .iter()
        .map(|e| {
            view! {
                <li data-testid="panel-child" data-target=e.target.clone()>
                    <strong>{analysis.source_label(&e.target)}</strong>
                    ": "
                    {edge_words(e)}
                </li>
            }
        })
        .collect_view();

    let versions = node.map(|n| n.versions.as_slice()).unwrap_or_default();
    let version_list = if versions.is_empty() {
        view! { <p class="wt-note">"One version: its children carry the same copy."</p> }.into_any()
    } else {
        let items = versions
            .iter()
            .map(|v| {
                let carriers = v
                    .articles
                    .iter()
                    .map(|a| analysis.source_label(a))
                    .collect::<Vec<_>>()
                    .join(", ");
                let added = v
                    .added
                    .iter()
                    .filter_map(|m| {
                        let k = analysis.index.article(&m.article)?;
                        let words = slice(&analysis.articles[k].text, m.start..m.end);
                        Some(view! {
                            <li data-testid="panel-added">
                                <span class="wt-note">{format!("as {} carries it", analysis.label(k))}</span>
                                <blockquote class="wt-quote" dir="auto">{words}</blockquote>
                            </li>
                        })
                    })
                    .collect_view();
                let what = (!v.added.is_empty()).then(|| {
                    view! {
                        <p>{format!("What v{} added:", v.version)}</p>
                        <ul class="wt-panel__passages">{added}</ul>
                    }
                });
                view! {
                    <li data-testid="panel-version" data-version=v.version.to_string()>
                        <strong>{format!("v{}", v.version)}</strong>
                        {format!(": carried by {carriers}")}
                        {what}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="wt-panel__list">{items}</ul> }.into_any()
    };

    let agency = node.and_then(|n| n.agency.clone());
    let naming = match &agency {
        None => view! { <p class="wt-note">"No credit in its children names an agency: an unknown wire."</p> }.into_any(),
        Some(agency) => {
            let key = agency_key(agency);
            let items: Vec<AnyView> = children
                .iter()
                .filter_map(|e| analysis.index.article(&e.target))
                .flat_map(|k| {
                    let label = analysis.label(k);
                    let text = &analysis.articles[k].text;
                    analysis.report.articles[k]
                        .credits
                        .iter()
                        .filter(|c| agency_key(&c.agency) == key)
                        .map(|c| credit_item(text, c, Some(&label)).into_any())
                        .collect::<Vec<_>>()
                })
                .collect();
            if items.is_empty() {
                view! { <p class="wt-note">{format!("None of its children names {agency}.")}</p> }.into_any()
            } else {
                view! { <ul class="wt-panel__list">{items}</ul> }.into_any()
            }
        }
    };

    view! {
        <h3 class="wt-panel__title" data-testid="panel-title">{format!("{name}: inferred wire source")}</h3>
        <p class="wt-note">"Not in the set: several articles share text that none of them can be the source of, so they meet at a source outside the set."</p>
        <h4>"Children"</h4>
        <ul class="wt-panel__list">{child_list}</ul>
        <h4>"Versions"</h4>
        {version_list}
        <h4>{format!("Credits naming {}", agency.clone().unwrap_or_else(|| name.clone()))}</h4>
        {naming}
    }
}
