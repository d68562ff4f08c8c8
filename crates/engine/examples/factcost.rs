//! One analysis of generated articles, with or without the facts stage, for
//! `perf stat` (instruction counts are steadier than times on a busy machine).
use wiretrace_engine::{analyze_with, Article, Options};
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse().unwrap())
        .unwrap_or(1000);
    let with = std::env::args().nth(2).as_deref() != Some("without");
    let arts: Vec<Article> = wiretrace_synth::corpus_of_size(n, 1)
        .articles
        .into_iter()
        .map(|a| Article {
            id: a.id,
            outlet: Some(a.outlet),
            published: Some(a.published),
            text: a.text,
            ..Default::default()
        })
        .collect();
    let mut options = Options::default();
    options.facts.enabled = with;
    let t = std::time::Instant::now();
    let r = analyze_with(&arts, &options);
    println!(
        "{} {:.3}s facts {}",
        if with { "with" } else { "without" },
        t.elapsed().as_secs_f64(),
        r.facts.len()
    );
}
