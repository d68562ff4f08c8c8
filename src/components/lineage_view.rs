//! The lineage graph: who took from whom, left to right, inferred wire
//! sources first. Nodes are focusable buttons; selecting one (click, Enter
//! or Space) opens its evidence in the side panel. The drawing is laid out
//! by [`crate::layout`] and scrolls when it is wider than the page. A graph
//! of more than [`MAX_DRAWN`] boxes is drawn one family at a time (chosen
//! from a list, largest first), a family larger still as its boxes nearest
//! its roots.

use crate::components::lineage_panel::LineagePanel;
use crate::layout::{
    clip, families, first_of, layout, Geometry, LayoutEdge, LayoutNode, MAX_DRAWN,
};
use crate::state::{Analysis, Focus};
use leptos::prelude::*;
use wiretrace_engine::published;
use wiretrace_engine::report::{
    articles_count, grouped, percent, AttributionMode, NodeKind, PublishedFrom, SourceMode,
};

/// Longest name line in a node box, in characters.
const NAME_CHARS: usize = 28;
/// Longest detail line in a node box, in characters.
const META_CHARS: usize = 33;

/// The CSS modifier of an edge's mode (solid, dashed, dash-dot).
fn mode_class(mode: SourceMode) -> &'static str {
    match mode {
        SourceMode::Verbatim => "wt-lineage__edge--verbatim",
        SourceMode::Paraphrase => "wt-lineage__edge--paraphrase",
        SourceMode::Mixed => "wt-lineage__edge--mixed",
    }
}

/// The lineage graph of `analysis` and the evidence panel of the selected node.
#[component]
pub fn LineageView(
    /// The analysis to show.
    analysis: Analysis,
    /// The open pair, set from the panel's "compare side by side".
    selected: RwSignal<Option<(usize, usize)>>,
    /// The article shown with one source marked, set from the panel.
    focus: RwSignal<Option<Focus>>,
    /// The selected node (an article id or `wire:AFP`): a click here, or
    /// the overview, sets it.
    chosen: RwSignal<Option<String>>,
) -> impl IntoView {
    let lineage = &analysis.report.lineage;
    let nodes: Vec<LayoutNode> = lineage
        .nodes
        .iter()
        .map(|n| {
            let article = analysis.index.article(&n.id);
            let time = article
                .map(|i| &analysis.report.articles[i])
                .filter(|a| a.published_from == PublishedFrom::Given)
                .and_then(|a| a.published.as_deref())
                .and_then(published::parse);
            LayoutNode {
                wire: n.kind == NodeKind::InferredWire,
                time,
            }
        })
        .collect();
    let edges: Vec<LayoutEdge> = lineage
        .edges
        .iter()
        .map(|e| LayoutEdge {
            source: analysis.index.node(&e.source).unwrap_or(usize::MAX),
            target: analysis.index.node(&e.target).unwrap_or(usize::MAX),
        })
        .collect();
    // A large graph is drawn one family at a time; a box chosen elsewhere
    // (the overview, the panel) brings its family up.
    let large = nodes.len() > MAX_DRAWN;
    let families = if large {
        families(nodes.len(), &edges)
    } else {
        vec![(0..nodes.len()).collect()]
    };
    let mut family_of = vec![0; nodes.len()];
    for (f, members) in families.iter().enumerate() {
        for &i in members {
            family_of[i] = f;
        }
    }
    let family = RwSignal::new(0usize);
    {
        let index = analysis.index.clone();
        Effect::new(move |_| {
            let Some(i) = chosen.with(|c| c.as_deref().and_then(|id| index.node(id))) else {
                return;
            };
            if family_of[i] != family.get_untracked() {
                family.set(family_of[i]);
            }
        });
    }
    let picker = large.then(|| family_picker(&analysis, &families, &edges, family));
    let families = std::sync::Arc::new(families);
    let (nodes, edges) = (std::sync::Arc::new(nodes), std::sync::Arc::new(edges));
    let graph_analysis = analysis.clone();
    let graph = move || {
        let members = &families[family.get()];
        let keep = first_of(members, &nodes, &edges, MAX_DRAWN);
        let cut = (keep.len() < members.len()).then(|| {
            view! {
                <p class="wt-note" data-testid="lineage-cut">
                    {format!(
                        "This family has {} boxes; the {} nearest its roots are drawn. Every article's sources are in the article table.",
                        grouped(members.len()),
                        keep.len()
                    )}
                </p>
            }
        });
        view! { {cut} {draw(&graph_analysis, &nodes, &edges, &keep, chosen)} }
    };
    let panel_analysis = analysis.clone();
    view! {
        <div class="wt-lineage" data-testid="lineage">
            <div class="wt-lineage__graph">
                {picker}
                {graph}
            </div>
            <aside class="wt-lineage__panel" data-testid="lineage-panel" aria-live="polite">
                {move || match chosen.get() {
                    Some(id) => view! { <LineagePanel analysis=panel_analysis.clone() node=id selected=selected focus=focus /> }.into_any(),
                    None => view! { <p class="wt-note">"Select a box in the graph to see where its text comes from and the evidence."</p> }.into_any(),
                }}
            </aside>
        </div>
    }
}

/// The choice of family for a graph too large to draw at once: each family
/// named by its first root (a wire first) and its size.
fn family_picker(
    analysis: &Analysis,
    families: &[Vec<usize>],
    edges: &[LayoutEdge],
    family: RwSignal<usize>,
) -> impl IntoView {
    let lineage = &analysis.report.lineage;
    let mut has_parent = vec![false; lineage.nodes.len()];
    let mut linked = vec![false; lineage.nodes.len()];
    let n = has_parent.len();
    for e in edges.iter().filter(|e| e.source < n && e.target < n) {
        has_parent[e.target] = true;
        linked[e.target] = true;
        linked[e.source] = true;
    }
    let options = families
        .iter()
        .enumerate()
        .map(|(f, members)| {
            let words = if members.iter().all(|&i| !linked[i]) {
                format!("Linked to nothing: {}", articles_count(members.len()))
            } else {
                let root = members
                    .iter()
                    .copied()
                    .filter(|&i| !has_parent[i])
                    .min_by_key(|&i| (lineage.nodes[i].kind != NodeKind::InferredWire, i))
                    .unwrap_or(members[0]);
                let node = &lineage.nodes[root];
                let what = if node.kind == NodeKind::InferredWire { " (inferred wire)" } else { "" };
                format!(
                    "{}{what} and what derives from it: {} boxes",
                    analysis.source_label(&node.id),
                    grouped(members.len())
                )
            };
            view! { <option value=f.to_string() selected=move || family.get() == f>{format!("{}. {words}", f + 1)}</option> }
        })
        .collect_view();
    let note = format!(
        "{} boxes are too many to draw at once: the graph shows one family at a time (articles linked by what they took, with their sources), the largest first, {} families in all.",
        grouped(lineage.nodes.len()),
        grouped(families.len())
    );
    view! {
        <p class="wt-note" data-testid="lineage-note">{note}</p>
        <label class="wt-lineage__family">
            "Family shown: "
            <select
                data-testid="lineage-family"
                on:change=move |ev| {
                    if let Ok(f) = event_target_value(&ev).parse::<usize>() {
                        family.set(f);
                    }
                }
            >
                {options}
            </select>
        </label>
    }
}

/// The drawing of nodes `keep` (indices into the lineage's nodes, in
/// order) and the edges between them.
fn draw(
    analysis: &Analysis,
    all_nodes: &[LayoutNode],
    all_edges: &[LayoutEdge],
    keep: &[usize],
    chosen: RwSignal<Option<String>>,
) -> impl IntoView {
    let lineage = &analysis.report.lineage;
    let g = Geometry::default();
    let mut local = vec![usize::MAX; all_nodes.len()];
    for (k, &i) in keep.iter().enumerate() {
        local[i] = k;
    }
    let kept_edges: Vec<usize> = (0..all_edges.len())
        .filter(|&k| {
            let e = all_edges[k];
            e.source < local.len()
                && e.target < local.len()
                && local[e.source] != usize::MAX
                && local[e.target] != usize::MAX
        })
        .collect();
    let nodes: Vec<LayoutNode> = keep.iter().map(|&i| all_nodes[i]).collect();
    let edges: Vec<LayoutEdge> = kept_edges
        .iter()
        .map(|&k| LayoutEdge {
            source: local[all_edges[k].source],
            target: local[all_edges[k].target],
        })
        .collect();
    let drawing = layout(&nodes, &edges, &g);
    let edge_list: Vec<&wiretrace_engine::report::Edge> =
        kept_edges.iter().map(|&k| &lineage.edges[k]).collect();
    let node_list: Vec<&wiretrace_engine::report::Node> =
        keep.iter().map(|&i| &lineage.nodes[i]).collect();

    let edge_views = edge_list
        .iter()
        .zip(&drawing.edges)
        .filter(|(_, route)| !route.path.is_empty())
        .map(|(e, route)| {
            let (source, target) = (e.source.clone(), e.target.clone());
            let touches = {
                let (s, t) = (source.clone(), target.clone());
                move || chosen.with(|c| c.as_deref() == Some(&s) || c.as_deref() == Some(&t))
            };
            let mode = AttributionMode::from(e.mode).label();
            let tip = format!(
                "{} → {}: {} of it, {mode}; {} (confidence {:.2}){}",
                analysis.source_label(&e.source),
                analysis.source_label(&e.target),
                percent(e.share),
                e.evidence.label(),
                e.confidence,
                e.version.map(|v| format!(", version {v}")).unwrap_or_default()
            );
            let pick = target.clone();
            view! {
                <g
                    class=format!("wt-lineage__edge {}", mode_class(e.mode))
                    class:wt-lineage__edge--near=touches
                    data-testid="lineage-edge"
                    data-source=source
                    data-target=target
                    data-mode=format!("{:?}", e.mode).to_lowercase()
                    on:click=move |_| chosen.set(Some(pick.clone()))
                >
                    <title>{tip}</title>
                    <path class="wt-lineage__hit" d=route.path.clone()></path>
                    <path
                        class="wt-lineage__line"
                        d=route.path.clone()
                        stroke-width=format!("{:.1}", 1.5 + 4.5 * e.share.clamp(0.0, 1.0))
                        marker-end="url(#wt-arrow)"
                    ></path>
                    <text class="wt-lineage__share" x=format!("{:.1}", route.label.0) y=format!("{:.1}", route.label.1) text-anchor="middle" dominant-baseline="central">
                        {percent(e.share)}
                    </text>
                </g>
            }
        })
        .collect_view();

    let node_views = node_list
        .iter()
        .zip(&drawing.nodes)
        .map(|(n, at)| {
            let id = n.id.clone();
            let wire = n.kind == NodeKind::InferredWire;
            let (name, meta, verdict) = if wire {
                let versions = if n.versions.is_empty() {
                    String::new()
                } else {
                    n.versions
                        .iter()
                        .map(|v| format!("v{}", v.version))
                        .collect::<Vec<_>>()
                        .join(" · ")
                        + " · "
                };
                let children = analysis.index.edges_from(&n.id).len();
                (
                    analysis.source_label(&n.id),
                    "inferred wire, not in the set".to_owned(),
                    format!(
                        "{versions}{}",
                        wiretrace_engine::report::articles_count(children)
                    ),
                )
            } else {
                let i = analysis.index.article(&n.id);
                let article = i.map(|i| &analysis.articles[i]);
                let report = i.map(|i| &analysis.report.articles[i]);
                let outlet = article
                    .filter(|a| a.title.is_some())
                    .and_then(|a| a.outlet.clone());
                let time = article.and_then(|a| a.published.clone());
                let meta = match (outlet, time) {
                    (Some(o), Some(t)) => format!("{o} · {t}"),
                    (Some(o), None) => o,
                    (None, Some(t)) => t,
                    (None, None) => "no time given".to_owned(),
                };
                let verdict = report.map_or_else(String::new, |r| {
                    let mut words = r.verdict.label().to_owned();
                    if let Some(v) = n.version.or(r.version) {
                        words += &format!(" · v{v}");
                    }
                    if r.uncredited {
                        words += " · uncredited";
                    }
                    words
                });
                (
                    i.map_or_else(|| n.id.clone(), |i| analysis.label(i)),
                    meta,
                    verdict,
                )
            };
            let label = format!(
                "{name}: {}; {meta}; {verdict}. Show its evidence.",
                if wire { "inferred wire source" } else { "article" }
            );
            let is_chosen = {
                let id = id.clone();
                move || chosen.with(|c| c.as_deref() == Some(&id))
            };
            let is_source = !analysis.index.edges_from(&n.id).is_empty();
            let stripe = is_source.then(|| {
                view! {
                    <rect
                        class=format!("wt-lineage__stripe {}", analysis.index.swatch(&n.id).class(None))
                        x="5" y="8" width="5" height=format!("{:.0}", g.node_height - 16.0) rx="2"
                    ></rect>
                }
            });
            let (pick, pick_key) = (id.clone(), id.clone());
            view! {
                <g
                    class="wt-lineage__node"
                    class:wt-lineage__node--wire=wire
                    class:wt-lineage__node--chosen=is_chosen.clone()
                    transform=format!("translate({:.1} {:.1})", at.x, at.y)
                    tabindex="0"
                    role="button"
                    aria-label=label
                    aria-pressed=move || is_chosen().to_string()
                    data-testid="lineage-node"
                    data-node=id
                    on:click=move |_| chosen.set(Some(pick.clone()))
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            chosen.set(Some(pick_key.clone()));
                        }
                    }
                >
                    <title>{format!("{name}\n{meta}\n{verdict}")}</title>
                    <rect class="wt-lineage__box" width=format!("{:.0}", g.node_width) height=format!("{:.0}", g.node_height) rx="8"></rect>
                    {stripe}
                    <text class="wt-lineage__name" x="16" y="24">{clip(&name, NAME_CHARS)}</text>
                    <text class="wt-lineage__meta" x="16" y="43">{clip(&meta, META_CHARS)}</text>
                    <text class="wt-lineage__meta wt-lineage__meta--verdict" x="16" y="61">{clip(&verdict, META_CHARS)}</text>
                </g>
            }
        })
        .collect_view();

    let caption = format!(
        "Left to right: inferred wire sources and other roots (articles with no source in the set), then each article one column right of its latest source. {} Line width: share taken; solid: word for word, dashed: reworded, dash-dot: both. Select a box (click, or Tab then Enter) to see its evidence.",
        drawing.order.caption()
    );
    view! {
        <div class="wt-lineage__scroll">
            <svg
                class="wt-lineage__svg"
                width=format!("{:.0}", drawing.width)
                height=format!("{:.0}", drawing.height)
                viewBox=format!("0 0 {:.0} {:.0}", drawing.width, drawing.height)
                role="group"
                aria-label="Lineage graph"
            >
                <defs>
                    <marker id="wt-arrow" viewBox="0 0 10 10" refX="0" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto">
                        <path d="M 0 0 L 10 5 L 0 10 z" class="wt-lineage__arrow"></path>
                    </marker>
                </defs>
                {edge_views}
                {node_views}
            </svg>
        </div>
        <p class="wt-note wt-lineage__caption">{caption}</p>
    }
}
