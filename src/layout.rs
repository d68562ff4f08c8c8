//! Layout of the lineage graph, left to right, as plain numbers for the SVG
//! view (pure, tested natively).
//!
//! Algorithm (a layered layout, kept simple so it never surprises):
//! 1. *Columns*: a node's column is its depth, the longest path to it from
//!    a root (Kahn's topological order). Roots, the nodes without a parent
//!    (inferred wires, agency copy in the set, independent reports), are
//!    column 0, so every child lies right of all its parents. Nodes on a
//!    cycle (the engine drops cycle edges; this is only a guard) go one
//!    column right of their placed parents.
//! 2. *Rows*: in column 0, inferred wires first, then the other roots
//!    that have children, then the articles linked to nothing; each group
//!    by publication time where known, then in input order. In every later
//!    column, nodes sit next to their parents (by the mean row of their
//!    parents), ties broken by time, then input order.
//! 3. *Coordinates*: fixed-size boxes, columns `col_gap` apart, rows
//!    `row_gap` apart, each column centred on the tallest one, so no two
//!    boxes overlap.
//! 4. *Edges*: a cubic curve from the parent's right side to the child's
//!    left side; several edges of one side get evenly spread ports, ordered
//!    by the other end's height so they do not cross at the box. An edge
//!    over several columns runs straight through each column it crosses,
//!    in the gap between two boxes nearest its line, so it never hides
//!    behind a box.
//!
//! Cost: O(N log N + E log E) for N nodes and E edges.

/// Sizes of the drawing, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    /// Width of a node's box.
    pub node_width: f64,
    /// Height of a node's box.
    pub node_height: f64,
    /// Space between two columns (where the edges run).
    pub col_gap: f64,
    /// Space between two boxes of one column.
    pub row_gap: f64,
    /// Space around the drawing.
    pub margin: f64,
    /// Length of an arrowhead: an edge's line stops this short of its
    /// child, and the arrowhead fills the rest.
    pub arrow: f64,
}

impl Default for Geometry {
    fn default() -> Self {
        Geometry {
            node_width: 232.0,
            node_height: 72.0,
            col_gap: 120.0,
            row_gap: 18.0,
            margin: 16.0,
            arrow: 10.0,
        }
    }
}

/// A node to place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutNode {
    /// An inferred wire (shown first among the roots).
    pub wire: bool,
    /// Publication time (seconds since the epoch), if known.
    pub time: Option<i64>,
}

/// An edge to route: parent `source` to child `target`, as node indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutEdge {
    /// The parent.
    pub source: usize,
    /// The child.
    pub target: usize,
}

/// How the rows of a column are ordered, to label the drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowOrder {
    /// Every article has a publication time.
    Time,
    /// Some have one: those first, by time, then the rest in input order.
    TimeThenInput,
    /// None has one: input order.
    Input,
}

impl RowOrder {
    /// The order in words, for the caption under the graph.
    pub fn caption(self) -> &'static str {
        match self {
            RowOrder::Time => "Top to bottom within a column: by publication time.",
            RowOrder::TimeThenInput => "Top to bottom within a column: by publication time where given, then in the order pasted.",
            RowOrder::Input => "Top to bottom within a column: in the order pasted (no publication times given).",
        }
    }
}

/// Where a node goes: its column and the top-left corner of its box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    /// Its column, 0 leftmost.
    pub column: usize,
    /// Left edge of the box.
    pub x: f64,
    /// Top edge of the box.
    pub y: f64,
}

/// How an edge is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// SVG path data, from the parent's port to an arrowhead's length
    /// before the child's.
    pub path: String,
    /// Where the edge leaves its parent.
    pub from: (f64, f64),
    /// Where it reaches its child.
    pub to: (f64, f64),
    /// Where its share label goes: on the curve into the child.
    pub label: (f64, f64),
    /// For an edge over several columns: each column it crosses and the
    /// height it crosses at (between two boxes).
    pub lanes: Vec<(usize, f64)>,
}

/// The whole drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// One per input node, in input order.
    pub nodes: Vec<Placed>,
    /// One per input edge, in input order.
    pub edges: Vec<Route>,
    /// Number of columns.
    pub columns: usize,
    /// Width of the drawing.
    pub width: f64,
    /// Height of the drawing.
    pub height: f64,
    /// How the rows were ordered.
    pub order: RowOrder,
}

/// Lays out `nodes` and `edges` (edges naming a node that does not exist,
/// or a node to itself, are drawn nowhere: their route is empty).
pub fn layout(nodes: &[LayoutNode], edges: &[LayoutEdge], g: &Geometry) -> Layout {
    let n = nodes.len();
    let valid = |e: &LayoutEdge| e.source < n && e.target < n && e.source != e.target;
    let mut parents: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for e in edges.iter().filter(|e| valid(e)) {
        if !parents[e.target].contains(&e.source) {
            parents[e.target].push(e.source);
            children[e.source].push(e.target);
        }
    }

    // 1. Columns: longest path from a root.
    let mut depth = vec![0usize; n];
    let mut done = vec![false; n];
    let mut waiting: Vec<usize> = parents.iter().map(Vec::len).collect();
    let mut ready: Vec<usize> = (0..n).filter(|&v| waiting[v] == 0).collect();
    while let Some(v) = ready.pop() {
        done[v] = true;
        for &c in &children[v] {
            depth[c] = depth[c].max(depth[v] + 1);
            waiting[c] -= 1;
            if waiting[c] == 0 {
                ready.push(c);
            }
        }
    }
    for v in 0..n {
        if !done[v] {
            depth[v] = parents[v]
                .iter()
                .filter(|&&p| done[p])
                .map(|&p| depth[p] + 1)
                .max()
                .unwrap_or(0);
            done[v] = true;
        }
    }
    let columns = depth.iter().map(|d| d + 1).max().unwrap_or(0);

    // 2. Rows, column by column; `pos` is a node's row relative to its
    // column's middle, which is where it ends up once columns are centred.
    let time_key = |v: usize| (nodes[v].time.is_none(), nodes[v].time.unwrap_or(0));
    let mut pos: Vec<Option<f64>> = vec![None; n];
    let mut by_column: Vec<Vec<usize>> = vec![Vec::new(); columns];
    for (c, column) in by_column.iter_mut().enumerate() {
        let mut members: Vec<(f64, usize)> = (0..n)
            .filter(|&v| depth[v] == c)
            .map(|v| {
                let placed: Vec<f64> = parents[v].iter().filter_map(|&p| pos[p]).collect();
                let centre = if placed.is_empty() {
                    f64::INFINITY
                } else {
                    placed.iter().sum::<f64>() / placed.len() as f64
                };
                (centre, v)
            })
            .collect();
        let alone = |v: usize| parents[v].is_empty() && children[v].is_empty();
        members.sort_by(|(cx, x), (cy, y)| {
            (!nodes[*x].wire)
                .cmp(&!nodes[*y].wire)
                .then(alone(*x).cmp(&alone(*y)))
                .then(cx.total_cmp(cy))
                .then(time_key(*x).cmp(&time_key(*y)))
                .then(x.cmp(y))
        });
        let middle = (members.len() as f64 - 1.0) / 2.0;
        for (row, &(_, v)) in members.iter().enumerate() {
            pos[v] = Some(row as f64 - middle);
        }
        *column = members.into_iter().map(|(_, v)| v).collect();
    }

    // 3. Coordinates.
    let tallest = by_column.iter().map(Vec::len).max().unwrap_or(0);
    let step = g.node_height + g.row_gap;
    let mut placed = vec![
        Placed {
            column: 0,
            x: 0.0,
            y: 0.0
        };
        n
    ];
    for (c, column) in by_column.iter().enumerate() {
        let top = g.margin + (tallest - column.len()) as f64 * step / 2.0;
        for (row, &v) in column.iter().enumerate() {
            placed[v] = Placed {
                column: c,
                x: g.margin + c as f64 * (g.node_width + g.col_gap),
                y: top + row as f64 * step,
            };
        }
    }
    let width = if columns == 0 {
        2.0 * g.margin
    } else {
        2.0 * g.margin + columns as f64 * g.node_width + (columns - 1) as f64 * g.col_gap
    };
    let height = if tallest == 0 {
        2.0 * g.margin
    } else {
        2.0 * g.margin + tallest as f64 * g.node_height + (tallest - 1) as f64 * g.row_gap
    };

    // 4. Edges, with ports spread along each side.
    let centre_y = |v: usize| placed[v].y + g.node_height / 2.0;
    let port = |side: &[usize], k: usize, node: usize| -> f64 {
        let slot = side.iter().position(|&e| e == k).unwrap_or(0);
        placed[node].y + g.node_height * (slot + 1) as f64 / (side.len() + 1) as f64
    };
    let mut outgoing: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut incoming: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (k, e) in edges.iter().enumerate().filter(|(_, e)| valid(e)) {
        outgoing[e.source].push(k);
        incoming[e.target].push(k);
    }
    for list in &mut outgoing {
        list.sort_by(|&a, &b| {
            centre_y(edges[a].target)
                .total_cmp(&centre_y(edges[b].target))
                .then(edges[a].target.cmp(&edges[b].target))
                .then(a.cmp(&b))
        });
    }
    for list in &mut incoming {
        list.sort_by(|&a, &b| {
            centre_y(edges[a].source)
                .total_cmp(&centre_y(edges[b].source))
                .then(edges[a].source.cmp(&edges[b].source))
                .then(a.cmp(&b))
        });
    }
    let column_x = |c: usize| g.margin + c as f64 * (g.node_width + g.col_gap);
    // The free heights of column `c` a long edge may cross at: above its
    // first box, between two boxes, below its last.
    let gaps = |c: usize| -> Vec<f64> {
        let ys: Vec<f64> = by_column[c].iter().map(|&v| placed[v].y).collect();
        let Some((first, last)) = ys.first().zip(ys.last()) else {
            return vec![height / 2.0];
        };
        std::iter::once(first - g.row_gap / 2.0)
            .chain(ys.windows(2).map(|w| (w[0] + g.node_height + w[1]) / 2.0))
            .chain(std::iter::once(last + g.node_height + g.row_gap / 2.0))
            .collect()
    };
    let routes = edges
        .iter()
        .enumerate()
        .map(|(k, e)| {
            if !valid(e) {
                return Route {
                    path: String::new(),
                    from: (0.0, 0.0),
                    to: (0.0, 0.0),
                    label: (0.0, 0.0),
                    lanes: Vec::new(),
                };
            }
            let from = (
                placed[e.source].x + g.node_width,
                port(&outgoing[e.source], k, e.source),
            );
            let to = (placed[e.target].x, port(&incoming[e.target], k, e.target));
            let end = (to.0 - g.arrow, to.1);
            // An edge over several columns crosses each column between
            // two boxes (the free height nearest its straight line).
            let (first, last) = (placed[e.source].column, placed[e.target].column);
            let mut points = vec![from];
            let mut lanes = Vec::new();
            for c in first + 1..last {
                let left = column_x(c);
                let straight = from.1 + (to.1 - from.1) * (left - from.0) / (end.0 - from.0);
                let y = gaps(c)
                    .into_iter()
                    .min_by(|a, b| (a - straight).abs().total_cmp(&(b - straight).abs()))
                    .unwrap_or(straight);
                points.extend([(left, y), (left + g.node_width, y)]);
                lanes.push((c, y));
            }
            points.push(end);
            // Curves between columns, straight runs through them. Forward
            // curves bend halfway; a backward one (only on a cycle) swings
            // out by a column gap on both sides.
            let bend = |a: (f64, f64), b: (f64, f64)| {
                if b.0 > a.0 {
                    (b.0 - a.0) / 2.0
                } else {
                    g.col_gap
                }
            };
            let mut path = format!("M {:.1} {:.1}", from.0, from.1);
            for (i, w) in points.windows(2).enumerate() {
                let (a, b) = (w[0], w[1]);
                if i % 2 == 1 {
                    path += &format!(" L {:.1} {:.1}", b.0, b.1);
                } else {
                    let d = bend(a, b);
                    path += &format!(
                        " C {:.1} {:.1}, {:.1} {:.1}, {:.1} {:.1}",
                        a.0 + d,
                        a.1,
                        b.0 - d,
                        b.1,
                        b.0,
                        b.1
                    );
                }
            }
            // The label sits on the last curve just before the arrowhead,
            // where the edges into different children have drawn apart.
            let a = points[points.len() - 2];
            let d = bend(a, end);
            let (p1, p2) = ((a.0 + d, a.1), (end.0 - d, end.1));
            let t = 0.9_f64;
            let at = |p0: f64, p1: f64, p2: f64, p3: f64| {
                (1.0 - t).powi(3) * p0
                    + 3.0 * (1.0 - t).powi(2) * t * p1
                    + 3.0 * (1.0 - t) * t * t * p2
                    + t.powi(3) * p3
            };
            Route {
                path,
                from,
                to,
                label: (at(a.0, p1.0, p2.0, end.0), at(a.1, p1.1, p2.1, end.1)),
                lanes,
            }
        })
        .collect();

    let known = nodes.iter().filter(|v| !v.wire && v.time.is_some()).count();
    let articles = nodes.iter().filter(|v| !v.wire).count();
    let order = if known == 0 {
        RowOrder::Input
    } else if known == articles {
        RowOrder::Time
    } else {
        RowOrder::TimeThenInput
    };
    Layout {
        nodes: placed,
        edges: routes,
        columns,
        width,
        height,
        order,
    }
}

/// Most nodes drawn at once: a larger graph is drawn one family at a time
/// ([`families`]), a family larger still as its first [`MAX_DRAWN`] nodes
/// from its roots ([`first_of`]).
pub const MAX_DRAWN: usize = 60;

/// The connected parts of `n` nodes joined by `links` (pairs of nodes, all
/// below `n`), by union–find: the largest first (ties: the one holding the
/// earlier node), each in node order; a node linked to nothing is a part of
/// its own. O(N + L) (near enough: path halving). The lineage's families
/// and the matrix picture's reuse groups are both these.
pub fn components(n: usize, links: impl IntoIterator<Item = (usize, usize)>) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (a, b) in links {
        let (x, y) = (root(&mut parent, a), root(&mut parent, b));
        if x != y {
            parent[x.max(y)] = x.min(y);
        }
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        let r = root(&mut parent, i);
        members[r].push(i);
    }
    let mut parts: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    parts.sort_by(|x, y| y.len().cmp(&x.len()).then(x[0].cmp(&y[0])));
    parts
}

/// The families of a graph of `n` nodes: its connected parts (through
/// edges either way) with two or more nodes, the largest first (ties: the
/// one holding the earlier node), each in node order; then the nodes linked
/// to nothing, as one last family if there are any. O(N + E).
pub fn families(n: usize, edges: &[LayoutEdge]) -> Vec<Vec<usize>> {
    let links = edges
        .iter()
        .filter(|e| e.source < n && e.target < n)
        .map(|e| (e.source, e.target));
    let (mut linked, alone): (Vec<Vec<usize>>, Vec<Vec<usize>>) =
        components(n, links).into_iter().partition(|m| m.len() > 1);
    let loners: Vec<usize> = alone.into_iter().flatten().collect();
    if !loners.is_empty() {
        linked.push(loners);
    }
    linked
}

/// The first `max` nodes of `family` in breadth-first order from its roots
/// (nodes without a parent in it: wires first, then in node order), each
/// parent before its children; the result in node order. O(N + E).
pub fn first_of(
    family: &[usize],
    nodes: &[LayoutNode],
    edges: &[LayoutEdge],
    max: usize,
) -> Vec<usize> {
    if family.len() <= max {
        return family.to_vec();
    }
    let inside: std::collections::HashSet<usize> = family.iter().copied().collect();
    let mut children: std::collections::HashMap<usize, Vec<usize>> =
        std::collections::HashMap::new();
    let mut has_parent = std::collections::HashSet::new();
    for e in edges.iter().filter(|e| {
        inside.contains(&e.source) && inside.contains(&e.target) && e.source != e.target
    }) {
        children.entry(e.source).or_default().push(e.target);
        has_parent.insert(e.target);
    }
    let mut roots: Vec<usize> = family
        .iter()
        .copied()
        .filter(|i| !has_parent.contains(i))
        .collect();
    roots.sort_by_key(|&i| (!nodes.get(i).is_some_and(|n| n.wire), i));
    let mut seen = std::collections::HashSet::new();
    let mut queue: std::collections::VecDeque<usize> = roots.into_iter().collect();
    let mut out = Vec::new();
    while let Some(i) = queue.pop_front() {
        if out.len() == max {
            break;
        }
        if !seen.insert(i) {
            continue;
        }
        out.push(i);
        if let Some(kids) = children.get_mut(&i) {
            kids.sort_unstable();
            queue.extend(kids.iter().copied());
        }
    }
    out.sort_unstable();
    out
}

/// `text` cut to at most `max` characters, with "…" when cut.
///
/// ```
/// assert_eq!(wiretrace_app::layout::clip("Wiretrace", 20), "Wiretrace");
/// assert_eq!(wiretrace_app::layout::clip("Wiretrace", 5), "Wire…");
/// ```
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

// Layout invariants: roots left, children right of parents, no overlap,
// the same drawing for the same graph.
#[cfg(test)]
mod tests {
    use super::*;

    fn article(time: Option<i64>) -> LayoutNode {
        LayoutNode { wire: false, time }
    }
    const WIRE: LayoutNode = LayoutNode {
        wire: true,
        time: None,
    };
    fn edges(list: &[(usize, usize)]) -> Vec<LayoutEdge> {
        list.iter()
            .map(|&(source, target)| LayoutEdge { source, target })
            .collect()
    }

    fn overlap(g: &Geometry, a: &Placed, b: &Placed) -> bool {
        a.x < b.x + g.node_width
            && b.x < a.x + g.node_width
            && a.y < b.y + g.node_height
            && b.y < a.y + g.node_height
    }

    /// Every invariant the view relies on.
    fn check(nodes: &[LayoutNode], es: &[LayoutEdge]) -> Layout {
        let g = Geometry::default();
        let out = layout(nodes, es, &g);
        assert_eq!(out.nodes.len(), nodes.len());
        assert_eq!(out.edges.len(), es.len());
        for (i, a) in out.nodes.iter().enumerate() {
            for b in &out.nodes[i + 1..] {
                assert!(!overlap(&g, a, b), "{a:?} overlaps {b:?}");
            }
            assert!(a.x >= 0.0 && a.y >= 0.0);
            assert!(a.x + g.node_width <= out.width && a.y + g.node_height <= out.height);
        }
        for (k, e) in es.iter().enumerate() {
            let (p, c) = (&out.nodes[e.source], &out.nodes[e.target]);
            assert!(c.column > p.column, "edge {k}: child left of its parent");
            assert!(c.x >= p.x + g.node_width + g.col_gap);
            let r = &out.edges[k];
            assert!(r.path.starts_with('M'));
            assert!(r.from.1 >= p.y && r.from.1 <= p.y + g.node_height);
            assert!(r.to.1 >= c.y && r.to.1 <= c.y + g.node_height);
            assert_eq!(
                r.lanes.len(),
                c.column - p.column - 1,
                "one lane per column crossed"
            );
            for &(col, y) in &r.lanes {
                for (v, q) in out.nodes.iter().enumerate() {
                    let clear = y < q.y - 3.0 || y > q.y + g.node_height + 3.0;
                    assert!(q.column != col || clear, "edge {k} crosses node {v} at {y}");
                }
            }
        }
        for (v, node) in nodes.iter().enumerate() {
            if node.wire {
                assert_eq!(out.nodes[v].column, 0, "a wire root is leftmost");
            }
        }
        assert_eq!(
            layout(nodes, es, &g),
            out,
            "the same graph, the same drawing"
        );
        out
    }

    #[test]
    fn wire_roots_are_leftmost_and_children_right_of_their_parents() {
        // 0..4 articles, 5 a wire: 5 → 0, 1, 2; 2 → 3 (a chain); 4 independent.
        let nodes = [
            article(None),
            article(None),
            article(None),
            article(None),
            article(None),
            WIRE,
        ];
        let out = check(&nodes, &edges(&[(5, 0), (5, 1), (5, 2), (2, 3)]));
        let col = |v: usize| out.nodes[v].column;
        assert_eq!(
            (col(5), col(0), col(1), col(2), col(3), col(4)),
            (0, 1, 1, 1, 2, 0)
        );
        assert_eq!(out.columns, 3);
        // The wire comes first in its column, above the independent report.
        assert!(out.nodes[5].y < out.nodes[4].y);
        assert_eq!(out.order, RowOrder::Input);
    }

    #[test]
    fn a_chain_of_twenty_fits_without_overlap() {
        let nodes: Vec<LayoutNode> = (0..20).map(|i| article(Some(i))).collect();
        let chain: Vec<(usize, usize)> = (0..19).map(|i| (i, i + 1)).collect();
        let out = check(&nodes, &edges(&chain));
        assert_eq!(out.columns, 20);
        assert!(out.width > 20.0 * Geometry::default().node_width);
    }

    #[test]
    fn twenty_nodes_with_two_wires_and_mixed_parents_do_not_overlap() {
        let mut nodes: Vec<LayoutNode> = (0..18).map(|i| article(Some(100 - i))).collect();
        nodes.push(WIRE);
        nodes.push(WIRE);
        let mut list = Vec::new();
        for i in 0..18 {
            match i % 4 {
                0 => list.push((18, i)),
                1 => list.push((19, i)),
                2 => list.extend([(18, i), (i - 2, i)]),
                _ => list.push((i - 1, i)),
            }
        }
        let out = check(&nodes, &edges(&list));
        assert_eq!(out.order, RowOrder::Time);
    }

    #[test]
    fn edge_order_does_not_change_where_nodes_go() {
        let nodes = [WIRE, article(Some(5)), article(Some(1)), article(None)];
        let a = check(&nodes, &edges(&[(0, 1), (0, 2), (2, 3)]));
        let b = check(&nodes, &edges(&[(2, 3), (0, 2), (0, 1)]));
        assert_eq!(a.nodes, b.nodes);
    }

    #[test]
    fn siblings_are_ordered_by_publication_time_then_input() {
        // Children of one wire: 1 published last, 2 first, 3 with no time.
        let nodes = [WIRE, article(Some(300)), article(Some(100)), article(None)];
        let out = check(&nodes, &edges(&[(0, 1), (0, 2), (0, 3)]));
        let y = |v: usize| out.nodes[v].y;
        assert!(y(2) < y(1) && y(1) < y(3), "{out:?}");
        assert_eq!(out.order, RowOrder::TimeThenInput);
        // The wire's ports follow its children top to bottom: no crossing.
        assert!(out.edges[1].from.1 < out.edges[0].from.1);
    }

    #[test]
    fn an_edge_over_several_columns_runs_between_the_boxes_it_passes() {
        // The wire 0 has children 1..=5; 6 is a child of 1 and of the wire,
        // so the wire's edge to 6 crosses column 1.
        let mut nodes = vec![WIRE];
        nodes.extend((0..6).map(|_| article(None)));
        let list = [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (1, 6), (0, 6)];
        let out = check(&nodes, &edges(&list));
        assert_eq!(out.nodes[6].column, 2);
        assert_eq!(out.edges[6].lanes.len(), 1);
        assert_eq!(
            out.edges[6].path.matches(" L ").count(),
            1,
            "a straight run through column 1"
        );
    }

    #[test]
    fn articles_linked_to_nothing_go_below_the_roots_with_children() {
        // 0 is linked to nothing and published first; 1 is the parent of 2.
        let nodes = [article(Some(1)), article(Some(5)), article(Some(9))];
        let out = check(&nodes, &edges(&[(1, 2)]));
        assert!(out.nodes[1].y < out.nodes[0].y, "{out:?}");
    }

    #[test]
    fn a_cycle_or_a_bad_edge_still_gives_a_drawing() {
        let nodes = [article(None), article(None), article(None)];
        let g = Geometry::default();
        let out = layout(&nodes, &edges(&[(0, 1), (1, 0), (2, 2), (0, 9)]), &g);
        assert_eq!(out.nodes.len(), 3);
        for (i, a) in out.nodes.iter().enumerate() {
            for b in &out.nodes[i + 1..] {
                assert!(!overlap(&g, a, b));
            }
        }
        assert!(out.edges[2].path.is_empty() && out.edges[3].path.is_empty());
        assert!(!out.edges[0].path.is_empty() && !out.edges[1].path.is_empty());
    }

    #[test]
    fn nothing_to_draw_is_an_empty_drawing() {
        let out = layout(&[], &[], &Geometry::default());
        assert_eq!(out.columns, 0);
        assert!(out.nodes.is_empty() && out.edges.is_empty());
    }

    #[test]
    fn clip_cuts_on_characters_not_bytes() {
        assert_eq!(clip("Événement à Bagdad", 9), "Événemen…");
        assert_eq!(clip("ab cd", 4), "ab…");
    }

    #[test]
    fn families_are_connected_parts_largest_first_and_loners_last() {
        let e = |source, target| LayoutEdge { source, target };
        let edges = [e(0, 1), e(3, 4), e(4, 5), e(6, 4)];
        assert_eq!(
            families(8, &edges),
            vec![vec![3, 4, 5, 6], vec![0, 1], vec![2, 7]]
        );
        assert!(families(0, &[]).is_empty());
        assert_eq!(
            families(2, &[]),
            vec![vec![0, 1]],
            "only loners: one family"
        );
    }

    #[test]
    fn a_large_family_is_cut_to_its_roots_and_their_nearest_children() {
        let e = |source, target| LayoutEdge { source, target };
        // 0 is a wire with children 1..=5; 2 has children 6 and 7.
        let mut nodes = vec![article(None); 8];
        nodes[0].wire = true;
        let edges = [
            e(0, 1),
            e(0, 2),
            e(0, 3),
            e(0, 4),
            e(0, 5),
            e(2, 6),
            e(2, 7),
        ];
        let family: Vec<usize> = (0..8).collect();
        assert_eq!(first_of(&family, &nodes, &edges, 4), vec![0, 1, 2, 3]);
        assert_eq!(
            first_of(&family, &nodes, &edges, 7),
            vec![0, 1, 2, 3, 4, 5, 6]
        );
        assert_eq!(first_of(&family, &nodes, &edges, 20), family);
    }
}
