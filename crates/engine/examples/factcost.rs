//! One analysis of generated articles, with or without the facts stage, for
//! callgrind (instruction counts are steadier than times on a busy machine);
//! it prints the wall time and this thread's CPU time of the analysis (the
//! last of `REPEAT` runs: `factcost N with|without [REPEAT]`).
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
    let repeat: usize = std::env::args()
        .nth(3)
        .map(|s| s.parse().unwrap())
        .unwrap_or(1);
    for _ in 1..repeat {
        analyze_with(&arts, &options);
    }
    let t = std::time::Instant::now();
    let cpu = cpu_seconds();
    let r = analyze_with(&arts, &options);
    println!(
        "{} {:.3}s wall {:.2}s cpu facts {}",
        if with { "with" } else { "without" },
        t.elapsed().as_secs_f64(),
        cpu_seconds() - cpu,
        r.facts.len()
    );
}

/// This thread's CPU time (user + system) from /proc on Linux, 0 elsewhere:
/// steadier than wall time on a loaded machine, since waiting for a core
/// is left out.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/thread-self/stat") else {
        return 0.0;
    };
    // Fields after the command name in parentheses: utime and stime are
    // the 12th and 13th, in clock ticks of 1/100 s.
    let after = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}
