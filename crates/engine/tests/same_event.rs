//! Topic is not reuse: hand-written fixtures (tests/fixtures/same_event, see
//! its README) with, for six invented events, an independent report of the
//! same facts and two rewrites of the first report.

use std::path::PathBuf;
use wiretrace_engine::report::Verdict;
use wiretrace_engine::{analyze, Article, PairReport};

fn fixture(event: usize, name: &str) -> Article {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/same_event/event{event}/{name}.txt"));
    Article {
        id: name.into(),
        text: std::fs::read_to_string(&path).unwrap(),
        ..Default::default()
    }
}

/// Analyzes report_a with one other file of the event; returns the pair
/// (None if they share nothing) and the other file's verdict.
fn against_report_a(event: usize, name: &str) -> (Option<PairReport>, Verdict) {
    let report = analyze(&[fixture(event, "report_a"), fixture(event, name)]);
    (report.pairs.first().cloned(), report.articles[1].verdict)
}

#[test]
fn independent_reports_of_one_event_share_at_most_a_quote() {
    for event in 1..=6 {
        let (pair, verdict) = against_report_a(event, "report_b");
        let share = pair.as_ref().map_or(0.0, |p| p.a_in_b.max(p.b_in_a));
        assert!(
            share < 0.05,
            "event {event}: independent report shares {share:.2}"
        );
        assert_eq!(verdict, Verdict::Independent, "event {event}");
        let paraphrase = pair.map_or(0.0, |p| p.b_in_a_paraphrase);
        assert_eq!(
            paraphrase, 0.0,
            "event {event}: same facts taken for paraphrase"
        );
    }
}

#[test]
fn verbatim_rewrites_are_mostly_verbatim() {
    for event in 1..=6 {
        let (pair, verdict) = against_report_a(event, "rewrite_verbatim");
        let pair = pair.expect("a rewrite shares text");
        assert!(
            pair.b_in_a_verbatim >= 0.7,
            "event {event}: {:.2} verbatim",
            pair.b_in_a_verbatim
        );
        assert!(
            pair.b_in_a_paraphrase <= 0.1,
            "event {event}: {:.2} paraphrase",
            pair.b_in_a_paraphrase
        );
        assert_eq!(verdict, Verdict::WhollyDerived, "event {event}");
    }
}

#[test]
fn paraphrased_rewrites_are_found_as_paraphrase() {
    for event in 1..=6 {
        let (pair, verdict) = against_report_a(event, "rewrite_paraphrase");
        let pair = pair.expect("a paraphrase is found");
        assert!(
            pair.b_in_a_paraphrase >= 0.6,
            "event {event}: {:.2} paraphrase",
            pair.b_in_a_paraphrase
        );
        assert!(
            pair.b_in_a_verbatim <= 0.1,
            "event {event}: {:.2} verbatim",
            pair.b_in_a_verbatim
        );
        assert_ne!(verdict, Verdict::Independent, "event {event}");
    }
}
