//! Precision and recall on generated corpora with ground truth
//! (wiretrace-synth): wire stories, articles derived from them by controlled
//! edits, independent reports of the same events, and unrelated stories.
//! The figures are printed (run with `--nocapture`) and kept in BENCHMARKS.md.

use std::collections::BTreeMap;
use wiretrace_engine::report::{Label, Verdict};
use wiretrace_engine::{analyze, Article, Report};
use wiretrace_synth::{
    corpus_of_size, corpus_with_rewrites, generate, Config, Kind, SpanMode, SynthArticle,
};

fn articles(corpus: &[SynthArticle]) -> Vec<Article> {
    corpus
        .iter()
        .map(|a| Article {
            id: a.id.clone(),
            title: Some(a.title.clone()),
            outlet: Some(a.outlet.clone()),
            url: None,
            published: Some(a.published.clone()),
            text: a.text.clone(),
        })
        .collect()
}

fn derived(kind: Kind) -> bool {
    !matches!(kind, Kind::Wire | Kind::Independent | Kind::Unrelated)
}

/// Byte ranges the report labels as found (verbatim or paraphrase) in an article.
fn found(report: &Report, id: &str) -> Vec<(usize, usize, Label)> {
    report
        .article(id)
        .unwrap()
        .spans
        .iter()
        .filter(|s| matches!(s.label, Label::Verbatim | Label::Paraphrase))
        .map(|s| (s.start, s.end, s.label))
        .collect()
}

#[derive(Default, Debug)]
struct Tally {
    truth_bytes: usize,
    found_bytes: usize,
    hit_bytes: usize,
    verbatim_truth_found: usize,
    verbatim_truth_labelled_verbatim: usize,
    paraphrase_truth_found: usize,
    paraphrase_truth_labelled_paraphrase: usize,
}

/// Each article's ancestors in the true derivation graph, itself included.
fn ancestors(corpus: &[SynthArticle]) -> BTreeMap<String, std::collections::BTreeSet<String>> {
    let sources: BTreeMap<&str, &[String]> = corpus
        .iter()
        .map(|a| (a.id.as_str(), a.truth.sources.as_slice()))
        .collect();
    corpus
        .iter()
        .map(|a| {
            let mut seen = std::collections::BTreeSet::new();
            let mut todo = vec![a.id.clone()];
            while let Some(id) = todo.pop() {
                if seen.insert(id.clone()) {
                    todo.extend(sources[id.as_str()].iter().cloned());
                }
            }
            (a.id.clone(), seen)
        })
        .collect()
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// What the analysis got right on one corpus.
struct Figures {
    /// Per derived kind: (found, total).
    by_kind: BTreeMap<String, (usize, usize)>,
    /// Parents listed between articles that no derivation links: the two
    /// share no ancestor (themselves included) in the true derivation graph.
    false_links: usize,
    article_recall: f64,
    /// Derived articles whose lineage parents are all true ancestors (the
    /// right direction): a copy of a verbatim copy may hang from the wire
    /// itself, which is its ancestor too.
    source_recall: f64,
    /// Derived articles whose parents are exactly their true sources.
    exact_parents: f64,
    /// Parents that are inferred wires although every wire is in the set.
    inferred: usize,
    independent_flagged: usize,
    span_recall: f64,
    span_precision: f64,
    verbatim_label: f64,
    paraphrase_label: f64,
}

fn measure(corpus: &[SynthArticle]) -> Figures {
    let report = analyze(&articles(corpus));

    let (mut derived_total, mut derived_found, mut sources_right) = (0, 0, 0);
    let (mut exact, mut inferred) = (0, 0);
    let (mut independent_total, mut independent_flagged) = (0, 0);
    let mut tally = Tally::default();
    let mut by_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut false_links = 0;
    let ancestors = ancestors(corpus);
    for a in corpus {
        let r = report.article(&a.id).unwrap();
        for s in &r.sources {
            let Some(theirs) = ancestors.get(&s.source) else {
                inferred += 1;
                eprintln!("  inferred parent: {} from {}", a.id, s.source);
                continue;
            };
            if ancestors[&a.id].is_disjoint(theirs) {
                false_links += 1;
                eprintln!(
                    "  false link: {} from {} ({:.2}, {:?})",
                    a.id, s.source, s.share, s.mode
                );
            }
        }
        let spans = found(&report, &a.id);
        tally.found_bytes += spans.iter().map(|s| s.1 - s.0).sum::<usize>();
        if derived(a.truth.kind) {
            derived_total += 1;
            derived_found += usize::from(r.verdict != Verdict::Independent);
            let k = by_kind.entry(format!("{:?}", a.truth.kind)).or_default();
            k.0 += usize::from(r.verdict != Verdict::Independent);
            k.1 += 1;
            let mine = &ancestors[&a.id];
            let right = !r.sources.is_empty()
                && r.sources
                    .iter()
                    .all(|x| x.source != a.id && mine.contains(&x.source));
            sources_right += usize::from(right);
            let mut listed: Vec<&String> = r.sources.iter().map(|x| &x.source).collect();
            let mut truth: Vec<&String> = a.truth.sources.iter().collect();
            listed.sort();
            truth.sort();
            exact += usize::from(listed == truth);
            if !right {
                eprintln!(
                    "  lineage: {} ({:?}) from {:?}, truly from {:?}",
                    a.id, a.truth.kind, listed, truth
                );
            }
        } else if a.truth.kind == Kind::Independent {
            independent_total += 1;
            independent_flagged += usize::from(r.verdict != Verdict::Independent);
        }
        for t in &a.truth.spans {
            let len = t.end - t.start;
            tally.truth_bytes += len;
            for &(s, e, label) in &spans {
                let o = overlap((t.start, t.end), (s, e));
                tally.hit_bytes += o;
                match t.mode {
                    SpanMode::Verbatim => {
                        tally.verbatim_truth_found += o;
                        tally.verbatim_truth_labelled_verbatim +=
                            if label == Label::Verbatim { o } else { 0 };
                    }
                    SpanMode::Paraphrase => {
                        tally.paraphrase_truth_found += o;
                        tally.paraphrase_truth_labelled_paraphrase +=
                            if label == Label::Paraphrase { o } else { 0 };
                    }
                }
            }
        }
    }
    let ratio = |x: usize, y: usize| if y == 0 { 1.0 } else { x as f64 / y as f64 };
    let article_recall = ratio(derived_found, derived_total);
    let source_recall = ratio(sources_right, derived_total);
    let exact_parents = ratio(exact, derived_total);
    let independent_false = ratio(independent_flagged, independent_total);
    let span_recall = ratio(tally.hit_bytes, tally.truth_bytes);
    let span_precision = ratio(tally.hit_bytes, tally.found_bytes);
    let verbatim_label = ratio(
        tally.verbatim_truth_labelled_verbatim,
        tally.verbatim_truth_found,
    );
    let paraphrase_label = ratio(
        tally.paraphrase_truth_labelled_paraphrase,
        tally.paraphrase_truth_found,
    );
    eprintln!(
        "synthetic corpus of {} articles: derived articles found {article_recall:.3} ({derived_found}/{derived_total}), \
         hung from true ancestors only {source_recall:.3}, from exactly their true sources {exact_parents:.3}, \
         inferred wire parents {inferred}; independent reports flagged {independent_false:.3} \
         ({independent_flagged}/{independent_total}); span recall {span_recall:.3}, span precision {span_precision:.3}; \
         verbatim truth labelled verbatim {verbatim_label:.3}, paraphrase truth labelled paraphrase {paraphrase_label:.3}; \
         false links {false_links}; found by kind {by_kind:?}",
        corpus.len()
    );
    Figures {
        by_kind,
        false_links,
        article_recall,
        source_recall,
        exact_parents,
        inferred,
        independent_flagged,
        span_recall,
        span_precision,
        verbatim_label,
        paraphrase_label,
    }
}

#[test]
fn six_events_with_every_kind_of_copy() {
    let config = Config {
        seed: 11,
        events: 6,
        derived_per_event: 7,
        independent_per_event: 2,
        unrelated: 4,
        ..Config::default()
    };
    let f = measure(&generate(&config).articles);
    assert!(
        f.article_recall >= 0.95,
        "derived articles found: {:.3}",
        f.article_recall
    );
    assert!(
        f.source_recall >= 0.9,
        "hung from true ancestors: {:.3}",
        f.source_recall
    );
    assert!(
        f.exact_parents >= 0.75,
        "exactly the true sources: {:.3}",
        f.exact_parents
    );
    assert_eq!(f.inferred, 0, "wires inferred though all are in the set");
    assert_eq!(
        f.independent_flagged, 0,
        "independent reports taken for copies"
    );
    assert_eq!(f.false_links, 0, "sources listed between unlinked articles");
    assert!(f.span_recall >= 0.85, "span recall {:.3}", f.span_recall);
    assert!(
        f.span_precision >= 0.9,
        "span precision {:.3}",
        f.span_precision
    );
    assert!(
        f.verbatim_label >= 0.9,
        "verbatim labelled as such: {:.3}",
        f.verbatim_label
    );
    assert!(
        f.paraphrase_label >= 0.8,
        "paraphrase labelled as such: {:.3}",
        f.paraphrase_label
    );
}

/// Links allowed between unlinked articles of a large generated corpus: the
/// generator fills one template sentence of 17–19 words with two events'
/// place names ("A plea for blood donors was issued from hospitals in …,
/// while five facilities suspended elective surgery"), which reads as a
/// sentence copied with one name changed. (The engine before the rewrites
/// work listed 69 such links in this corpus; shorter shared runs between
/// stories of different events no longer count.)
const STOCK_SENTENCE_LINKS: usize = 3;

#[test]
fn two_hundred_articles_with_stock_phrases_across_events() {
    let f = measure(&corpus_of_size(200, 5).articles);
    // The misses are heavy paraphrases whose sentence pairs are weak and
    // sparse, the very shape of an independent report of the same facts
    // (see tests/rewrites.rs), which must stay unlinked. One of them
    // (e4-d8) matches only a sibling paraphrase, not the wire: the lineage
    // reads that as an independent report matching a rewrite's generic
    // wording, which is what keeps the hand-written independent reports
    // unlinked (118/129 since; 119/129 before).
    assert!(
        f.article_recall >= 0.91,
        "derived articles found: {:.3}",
        f.article_recall
    );
    assert!(
        f.source_recall >= 0.85,
        "hung from true ancestors: {:.3}",
        f.source_recall
    );
    assert_eq!(f.inferred, 0, "wires inferred though all are in the set");
    assert_eq!(
        f.independent_flagged, 0,
        "independent reports taken for copies"
    );
    assert!(
        f.false_links <= STOCK_SENTENCE_LINKS,
        "{} sources listed between unlinked articles",
        f.false_links
    );
    assert!(f.span_recall >= 0.85, "span recall {:.3}", f.span_recall);
    assert!(
        f.span_precision >= 0.85,
        "span precision {:.3}",
        f.span_precision
    );
}

#[test]
fn wrapped_wires_briefs_and_merged_rewrites() {
    let f = measure(&corpus_with_rewrites(200, 7).articles);
    // (kind, share of its articles that must be found): a generated brief
    // often keeps fewer than two four-word phrases of its source, or only a
    // quote, which is what an independent brief keeps too.
    for (kind, floor) in [("Brief", 0.55), ("Merged", 0.9)] {
        let (found, total) = f.by_kind[kind];
        assert!(total >= 10, "{kind}: only {total} generated");
        assert!(
            found as f64 >= floor * total as f64,
            "{kind}: {found} of {total} found"
        );
    }
    assert!(
        f.article_recall >= 0.85,
        "derived articles found: {:.3}",
        f.article_recall
    );
    assert_eq!(
        f.independent_flagged, 0,
        "independent reports taken for copies"
    );
    assert!(
        f.false_links <= STOCK_SENTENCE_LINKS,
        "{} sources listed between unlinked articles",
        f.false_links
    );
    assert!(
        f.span_precision >= 0.9,
        "span precision {:.3}",
        f.span_precision
    );
}
