//! Precision and recall on generated corpora with ground truth
//! (wiretrace-synth): wire stories, articles derived from them by controlled
//! edits, independent reports of the same events, and unrelated stories.
//! The figures are printed (run with `--nocapture`) and kept in BENCHMARKS.md.

use wiretrace_engine::report::{Label, Verdict};
use wiretrace_engine::{analyze, Article, Report};
use wiretrace_synth::{corpus_of_size, generate, Config, Kind, SpanMode, SynthArticle};

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

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// What the analysis got right on one corpus.
struct Figures {
    article_recall: f64,
    source_recall: f64,
    independent_flagged: usize,
    span_recall: f64,
    span_precision: f64,
    verbatim_label: f64,
    paraphrase_label: f64,
}

fn measure(corpus: &[SynthArticle]) -> Figures {
    let report = analyze(&articles(corpus));

    let (mut derived_total, mut derived_found, mut sources_right) = (0, 0, 0);
    let (mut independent_total, mut independent_flagged) = (0, 0);
    let mut tally = Tally::default();
    for a in corpus {
        let r = report.article(&a.id).unwrap();
        let spans = found(&report, &a.id);
        tally.found_bytes += spans.iter().map(|s| s.1 - s.0).sum::<usize>();
        if derived(a.truth.kind) {
            derived_total += 1;
            derived_found += usize::from(r.verdict != Verdict::Independent);
            let listed = |s: &String| r.sources.iter().any(|x| &x.source == s);
            sources_right += usize::from(a.truth.sources.iter().all(listed));
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
         with their true sources {source_recall:.3}; independent reports flagged {independent_false:.3} \
         ({independent_flagged}/{independent_total}); span recall {span_recall:.3}, span precision {span_precision:.3}; \
         verbatim truth labelled verbatim {verbatim_label:.3}, paraphrase truth labelled paraphrase {paraphrase_label:.3}",
        corpus.len()
    );
    Figures {
        article_recall,
        source_recall,
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
        "true sources listed: {:.3}",
        f.source_recall
    );
    assert_eq!(
        f.independent_flagged, 0,
        "independent reports taken for copies"
    );
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

#[test]
fn two_hundred_articles_with_stock_phrases_across_events() {
    let f = measure(&corpus_of_size(200, 5).articles);
    assert!(
        f.article_recall >= 0.95,
        "derived articles found: {:.3}",
        f.article_recall
    );
    assert!(
        f.source_recall >= 0.85,
        "true sources listed: {:.3}",
        f.source_recall
    );
    assert!(
        f.independent_flagged <= 1,
        "{} independent reports taken for copies",
        f.independent_flagged
    );
    assert!(f.span_recall >= 0.85, "span recall {:.3}", f.span_recall);
    assert!(
        f.span_precision >= 0.85,
        "span precision {:.3}",
        f.span_precision
    );
}
