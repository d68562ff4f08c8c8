//! Engine benchmarks (criterion, single-threaded): the five real seed
//! articles, generated corpora of 250 to 2,000 articles of ~700 words
//! (wiretrace-synth), to show how the cost grows with total words, and 612
//! articles of one event (one wire, 560 derivatives, 50 independent
//! reports), where nearly every pair shares text.
//!
//! Run with `cargo bench -p wiretrace-engine --bench analysis`; figures go to
//! BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;
use wiretrace_engine::{analyze, analyze_with, options::Options, Article};

fn seeds() -> Option<Vec<Article>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| Some(e.ok()?.path()))
        .collect();
    paths.sort();
    let articles: Vec<Article> = paths
        .iter()
        .map(|p| Article {
            id: p.file_stem().unwrap().to_string_lossy().into_owned(),
            text: std::fs::read_to_string(p).unwrap(),
            ..Default::default()
        })
        .collect();
    (!articles.is_empty()).then_some(articles)
}

/// A generated corpus as engine articles.
pub fn generated(n: usize) -> Vec<Article> {
    as_articles(wiretrace_synth::corpus_of_size(n, 1))
}

/// 612 articles about one event.
fn one_event() -> Vec<Article> {
    as_articles(wiretrace_synth::generate(&wiretrace_synth::Config {
        seed: 3,
        events: 1,
        derived_per_event: 560,
        independent_per_event: 50,
        unrelated: 1,
        ..Default::default()
    }))
}

fn as_articles(corpus: wiretrace_synth::Corpus) -> Vec<Article> {
    corpus
        .articles
        .into_iter()
        .map(|a| Article {
            id: a.id,
            title: Some(a.title),
            outlet: Some(a.outlet),
            url: None,
            published: Some(a.published),
            text: a.text,
        })
        .collect()
}

fn words(articles: &[Article]) -> u64 {
    articles
        .iter()
        .map(|a| a.text.split_whitespace().count() as u64)
        .sum()
}

fn bench(c: &mut Criterion) {
    match seeds() {
        Some(articles) => {
            c.bench_function("seeds/5", |b| b.iter(|| analyze(black_box(&articles))));
        }
        None => eprintln!("skipping seeds/5: ../shared/corpus/seeds not found"),
    }
    let mut group = c.benchmark_group("generated");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    for n in [250, 500, 1_000, 2_000] {
        let articles = generated(n);
        group.throughput(Throughput::Elements(words(&articles)));
        group.bench_with_input(BenchmarkId::from_parameter(n), &articles, |b, a| {
            b.iter(|| analyze(black_box(a)))
        });
    }
    let articles = one_event();
    group.throughput(Throughput::Elements(words(&articles)));
    group.bench_with_input(
        BenchmarkId::new("one-event", articles.len()),
        &articles,
        |b, a| b.iter(|| analyze(black_box(a))),
    );
    group.finish();

    // What the facts timeline costs: the same 1,000 articles with the stage
    // switched off, side by side (issue 8 allows at most a third more).
    let mut group = c.benchmark_group("facts");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    let articles = generated(1_000);
    let mut without = Options::default();
    without.facts.enabled = false;
    group.bench_function("1000/with-facts", |b| {
        b.iter(|| analyze(black_box(&articles)))
    });
    group.bench_function("1000/without-facts", |b| {
        b.iter(|| analyze_with(black_box(&articles), &without))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
