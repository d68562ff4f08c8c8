//! Agency credit detection (criterion, single-threaded): `credits::find`
//! over every text of a generated corpus of 1,000 articles of ~700 words
//! (wiretrace-synth), and of 1,000 articles with agency-feed wires, briefs
//! and merged rewrites.
//!
//! Run with `cargo bench -p wiretrace-engine --bench credits`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;
use wiretrace_engine::credits::find;

fn texts(corpus: wiretrace_synth::Corpus) -> Vec<String> {
    corpus.articles.into_iter().map(|a| a.text).collect()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("credits");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    let corpora = [
        (
            "generated",
            texts(wiretrace_synth::corpus_of_size(1_000, 1)),
        ),
        (
            "rewrites",
            texts(wiretrace_synth::corpus_with_rewrites(1_000, 1)),
        ),
    ];
    for (name, texts) in &corpora {
        let bytes: usize = texts.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::new(*name, texts.len()), texts, |b, t| {
            b.iter(|| {
                t.iter()
                    .map(|text| find(black_box(text)).len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
