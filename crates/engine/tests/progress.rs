//! `analyze_with_progress`: the same report as `analyze_with`, and progress
//! that names the stages in order, rises to exactly 1 and stays cheap.

use wiretrace_engine::progress::{Stage, STEPS_PER_STAGE};
use wiretrace_engine::{analyze_with, analyze_with_progress, Article, Options, Progress};

fn corpus(n: usize) -> Vec<Article> {
    wiretrace_synth::corpus_of_size(n, 3)
        .articles
        .into_iter()
        .map(|a| Article {
            id: a.id,
            title: Some(a.title),
            outlet: Some(a.outlet),
            published: Some(a.published),
            text: a.text,
            ..Default::default()
        })
        .collect()
}

#[test]
fn progress_run_gives_the_same_report_and_rising_fractions() {
    let articles = corpus(120);
    let options = Options::default();
    let mut seen: Vec<Progress> = Vec::new();
    let with = analyze_with_progress(&articles, &options, &mut |p| seen.push(p));
    let without = analyze_with(&articles, &options);
    assert_eq!(with, without, "listening must not change the report");
    assert!(!with.pairs.is_empty(), "the corpus shares text");

    let fractions: Vec<f64> = seen.iter().map(Progress::fraction).collect();
    assert_eq!(fractions[0], 0.0);
    assert!(
        fractions.windows(2).all(|w| w[0] <= w[1]),
        "fractions fall somewhere: {fractions:?}"
    );
    assert_eq!(*fractions.last().unwrap(), 1.0);
    assert_eq!(seen.last().unwrap().stage, Stage::Done);

    let mut stages: Vec<Stage> = seen.iter().map(|p| p.stage).collect();
    stages.dedup();
    assert_eq!(
        stages,
        [
            Stage::Documents,
            Stage::Candidates,
            Stage::Pairs,
            Stage::Lineage,
            Stage::Scores,
            Stage::Facts,
            Stage::Done
        ]
    );
    // Pairs are counted: the comparison stage moves in many steps, but never
    // more than one a hundredth of it (plus its start).
    let pairs: Vec<&Progress> = seen.iter().filter(|p| p.stage == Stage::Pairs).collect();
    assert!(pairs[0].total > 100, "{} candidate pairs", pairs[0].total);
    assert!(
        pairs.len() > 10 && pairs.len() <= STEPS_PER_STAGE + 1,
        "{} reports",
        pairs.len()
    );
    assert!(seen.iter().all(|p| p.done <= p.total));
}

#[test]
fn input_order_changes_neither_report_nor_final_progress() {
    let mut articles = corpus(30);
    let first = analyze_with_progress(&articles, &Options::default(), &mut |_| {});
    articles.reverse();
    let mut last = None;
    let reversed = analyze_with_progress(&articles, &Options::default(), &mut |p| last = Some(p));
    assert_eq!(first.pairs.len(), reversed.pairs.len());
    assert_eq!(last.map(|p| p.fraction()), Some(1.0));
}
