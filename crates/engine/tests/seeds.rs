//! Table tests on the five real seed articles in ../shared/corpus/seeds (a
//! January 2024 strike in Baghdad, reusing AFP and Reuters copy). Skipped with
//! a message when ../shared is absent.

use std::path::PathBuf;
use wiretrace_engine::text::fold;
use wiretrace_engine::{analyze, Article, Report};

fn seeds() -> Option<Vec<Article>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| Some(e.ok()?.path()))
        .collect();
    paths.sort();
    let articles = paths
        .iter()
        .map(|p| Article {
            id: p.file_name().unwrap().to_string_lossy()[..3].to_owned(),
            text: std::fs::read_to_string(p).unwrap(),
            ..Default::default()
        })
        .collect::<Vec<_>>();
    (articles.len() == 5).then_some(articles)
}

fn with_seeds(check: impl FnOnce(&[Article], &Report)) {
    match seeds() {
        Some(articles) => check(&articles, &analyze(&articles)),
        None => eprintln!("skipping: ../shared/corpus/seeds not found next to the project"),
    }
}

fn folded_words(text: &str) -> Vec<String> {
    wiretrace_engine::text::tokenize(text)
        .iter()
        .map(|t| fold(&text[t.start..t.end]))
        .collect()
}

/// (a, b, lowest and highest share of a found in b, in percent)
const SHARES: &[(&str, &str, f64, f64)] = &[
    // 004 (Times of Israel) carries most of the AFP copy in 000, "Hashed" renamed "PMF".
    ("000", "004", 45.0, 75.0),
    // 002 (WION) rewrites the AFP copy of 000 with long verbatim stretches.
    ("000", "002", 40.0, 70.0),
    // 003 is a retranslation of AFP: reworded, little verbatim.
    ("003", "004", 0.0, 6.0),
    ("002", "003", 0.0, 8.0),
];

#[test]
fn directional_shares_match_what_a_reader_sees() {
    with_seeds(|articles, report| {
        for &(a, b, low, high) in SHARES {
            let pair = report
                .pair(a, b)
                .unwrap_or_else(|| panic!("{a}-{b} share something"));
            let share = 100.0
                * if pair.a == a {
                    pair.a_in_b
                } else {
                    pair.b_in_a
                };
            assert!(
                (low..=high).contains(&share),
                "{a} in {b}: {share:.1}% not in {low}..{high}"
            );
        }
        assert_eq!(report.articles.len(), articles.len());
    });
}

#[test]
fn the_renamed_block_of_000_in_004_is_one_long_passage() {
    with_seeds(|articles, report| {
        let pair = report.pair("000", "004").unwrap();
        let longest = pair.passages.iter().max_by_key(|p| p.words).unwrap();
        assert!(
            longest.words > 100,
            "longest passage {} words",
            longest.words
        );
        let in_004 = &articles[4].text[longest.b_start..longest.b_end];
        let in_000 = &articles[0].text[longest.a_start..longest.a_end];
        assert!(
            in_004.contains("PMF") && in_000.contains("Hashed"),
            "the rename is bridged"
        );
        assert!(
            pair.passages.len() <= 6,
            "{} fragments",
            pair.passages.len()
        );
    });
}

#[test]
fn every_segment_is_the_same_words_on_both_sides() {
    with_seeds(|articles, report| {
        let text = |id: &str| &articles.iter().find(|a| a.id == id).unwrap().text;
        for pair in &report.pairs {
            let (ta, tb) = (text(&pair.a), text(&pair.b));
            for p in &pair.passages {
                assert!(p.words >= 6 && p.similarity > 0.0 && p.similarity <= 1.0);
                for s in &p.segments {
                    assert_eq!(
                        folded_words(&ta[s.a_start..s.a_end]),
                        folded_words(&tb[s.b_start..s.b_end])
                    );
                }
            }
        }
    });
}
