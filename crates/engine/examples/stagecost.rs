//! Wall time of each analysis stage on a generated corpus, the source of the
//! split in `progress::Stage::span`:
//! `cargo run --release -p wiretrace-engine --example stagecost -- 2000`.

use std::time::Instant;
use wiretrace_engine::{analyze_with_progress, Article, Options, Stage};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(500);
    let articles: Vec<Article> = wiretrace_synth::corpus_of_size(n, 1)
        .articles
        .into_iter()
        .map(|a| Article {
            id: a.id,
            text: a.text,
            ..Default::default()
        })
        .collect();
    let start = Instant::now();
    let mut marks: Vec<(Stage, f64)> = Vec::new();
    analyze_with_progress(&articles, &Options::default(), &mut |p| {
        if marks.last().is_none_or(|(s, _)| *s != p.stage) {
            marks.push((p.stage, start.elapsed().as_secs_f64()));
        }
    });
    let total = marks.last().map_or(0.0, |m| m.1);
    println!("{n} articles: {total:.3} s");
    for w in marks.windows(2) {
        println!(
            "{:?}: {:.3} s, {:.2} of the run, ends at {:.2}",
            w[0].0,
            w[1].1 - w[0].1,
            (w[1].1 - w[0].1) / total,
            w[1].1 / total
        );
    }
}
