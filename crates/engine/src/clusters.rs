//! Reuse clusters: one piece of text reused across many articles becomes one
//! cluster with all its copies, instead of N·(N−1)/2 pairwise passages.
//!
//! Algorithm: every passage side is a node (article, byte span); the two sides
//! of a passage are joined, and so are two nodes of one article whose spans
//! overlap by at least half of the shorter (union–find with path halving).
//! Each component with copies in two or more articles is a cluster; its
//! members are the union of its spans per article.
//!
//! Cost: O(P log P) for P passages (sorting spans per article), near-linear
//! union–find.
//!
//! Source: passim's clustering of aligned passages (Smith, Cordell and
//! Mullen, 2015).

use crate::report::{Cluster, Member};
use std::ops::Range;

/// One side of a passage: article index and byte span.
pub type Side = (usize, Range<usize>);

/// Groups passages (given as their two sides) into clusters; `ids[i]` names article `i`.
///
/// ```
/// use wiretrace_engine::clusters::cluster;
/// // The same paragraph in articles 0, 1 and 2: passages 0–1 and 1–2 overlap in article 1.
/// let passages = [((0, 0..100), (1, 10..110)), ((1, 12..108), (2, 50..146))];
/// let ids = ["a".to_string(), "b".to_string(), "c".to_string()];
/// let clusters = cluster(&passages, &ids);
/// assert_eq!(clusters.len(), 1);
/// assert_eq!(clusters[0].members.len(), 3);
/// ```
pub fn cluster(passages: &[(Side, Side)], ids: &[String]) -> Vec<Cluster> {
    let nodes: Vec<&Side> = passages.iter().flat_map(|(x, y)| [x, y]).collect();
    let mut parent: Vec<usize> = (0..nodes.len()).collect();
    for k in 0..passages.len() {
        union(&mut parent, 2 * k, 2 * k + 1);
    }
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by_key(|&n| (nodes[n].0, nodes[n].1.start, nodes[n].1.end));
    // Sweep each article's spans in order, joining overlapping ones.
    let mut open: Option<usize> = None;
    for &n in &order {
        if let Some(o) = open {
            let (a, b) = (&nodes[o], &nodes[n]);
            if a.0 == b.0 && overlaps(&a.1, &b.1) {
                union(&mut parent, o, n);
            }
            if a.0 != b.0 || b.1.end > a.1.end {
                open = Some(n);
            }
        } else {
            open = Some(n);
        }
    }

    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for n in 0..nodes.len() {
        groups.entry(find(&mut parent, n)).or_default().push(n);
    }
    let mut clusters: Vec<Vec<(usize, Range<usize>)>> = groups
        .into_values()
        .map(|members| merge_spans(members.iter().map(|&n| nodes[n].clone()).collect()))
        .filter(|spans| {
            let first = spans[0].0;
            spans.iter().any(|s| s.0 != first)
        })
        .collect();
    clusters.sort_by_key(|spans| {
        let articles = spans
            .iter()
            .map(|s| s.0)
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        (std::cmp::Reverse(articles), spans[0].0, spans[0].1.start)
    });
    clusters
        .into_iter()
        .enumerate()
        .map(|(id, spans)| Cluster {
            id,
            members: spans
                .into_iter()
                .map(|(article, span)| Member {
                    article: ids[article].clone(),
                    start: span.start,
                    end: span.end,
                })
                .collect(),
        })
        .collect()
}

/// Overlap of at least half of the shorter span.
fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    let common = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    let shorter = a.len().min(b.len()).max(1);
    common * 2 >= shorter
}

/// Sorted spans per article, overlapping ones merged.
fn merge_spans(mut spans: Vec<Side>) -> Vec<Side> {
    spans.sort_by_key(|s| (s.0, s.1.start, s.1.end));
    let mut out: Vec<Side> = Vec::new();
    for (article, span) in spans {
        match out.last_mut() {
            Some((a, last)) if *a == article && span.start <= last.end => {
                last.end = last.end.max(span.end)
            }
            _ => out.push((article, span)),
        }
    }
    out
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("a{i}")).collect()
    }

    #[test]
    fn disjoint_passages_are_separate_clusters() {
        let p = [((0, 0..50), (1, 0..50)), ((0, 100..150), (2, 0..50))];
        assert_eq!(cluster(&p, &ids(3)).len(), 2);
    }

    #[test]
    fn a_paragraph_in_five_articles_is_one_cluster() {
        let p: Vec<(Side, Side)> = (1..5).map(|k| ((0, 0..200), (k, 10..210))).collect();
        let c = cluster(&p, &ids(5));
        assert_eq!(c.len(), 1);
        assert_eq!(
            c[0].members
                .iter()
                .map(|m| m.article.as_str())
                .collect::<Vec<_>>(),
            ["a0", "a1", "a2", "a3", "a4"]
        );
        assert_eq!((c[0].members[0].start, c[0].members[0].end), (0, 200));
    }

    #[test]
    fn a_slight_overlap_does_not_join_clusters() {
        let p = [((0, 0..100), (1, 0..100)), ((0, 90..300), (2, 0..210))];
        assert_eq!(cluster(&p, &ids(3)).len(), 2);
    }
}
