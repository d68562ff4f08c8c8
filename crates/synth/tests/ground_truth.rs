//! The generator's promises, checked on the default corpus and a few others.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use wiretrace_synth::{corpus_of_size, generate, Config, Corpus, Kind, SpanMode, SynthArticle};

fn default_corpus() -> &'static Corpus {
    static C: OnceLock<Corpus> = OnceLock::new();
    C.get_or_init(|| generate(&Config::default()))
}

fn by_id(c: &Corpus) -> HashMap<&str, &SynthArticle> {
    c.articles.iter().map(|a| (a.id.as_str(), a)).collect()
}

/// Words as the spec counts them: split at whitespace, lowercased,
/// punctuation stripped, empty tokens dropped.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every paraphrase span of the corpus: its article, its text, and the source text it rewords.
fn paraphrase_spans(c: &Corpus) -> Vec<(&SynthArticle, &str, &str)> {
    let ids = by_id(c);
    c.articles
        .iter()
        .flat_map(|a| a.truth.spans.iter().map(move |s| (a, s)))
        .filter(|(_, s)| s.mode == SpanMode::Paraphrase)
        .map(|(a, s)| {
            let src = ids[s.source.as_str()];
            (
                a,
                &a.text[s.start..s.end],
                &src.text[s.source_start..s.source_end],
            )
        })
        .collect()
}

fn shares_run(a: &str, b: &str, n: usize) -> Option<String> {
    let (a, b) = (words(a), words(b));
    let seen: HashSet<&[String]> = a.windows(n).collect();
    b.windows(n).find(|w| seen.contains(w)).map(|w| w.join(" "))
}

#[test]
fn same_seed_same_corpus_other_seed_other_corpus() {
    let config = Config::default();
    let a = generate(&config);
    assert_eq!(&a, default_corpus());
    assert_eq!(a.to_workspace_json(), default_corpus().to_workspace_json());
    let b = generate(&Config {
        seed: 2,
        ..config.clone()
    });
    assert_ne!(a, b);
    assert_ne!(a.articles[0].text, b.articles[0].text);
    assert_eq!(corpus_of_size(60, 9), corpus_of_size(60, 9));
}

#[test]
fn default_corpus_has_every_kind_and_expected_ids() {
    let c = default_corpus();
    let config = Config::default();
    let expected = config.events * (1 + config.derived_per_event + config.independent_per_event)
        + config.unrelated;
    assert_eq!(c.articles.len(), expected);
    let kinds: HashSet<Kind> = c.articles.iter().map(|a| a.truth.kind).collect();
    assert_eq!(kinds.len(), 9, "{kinds:?}");
    let ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    for id in [
        "e0-wire",
        "e0-d3-paraphrase",
        "e0-d5-mixed",
        "e0-ind1",
        "e3-d4-truncated",
        "u1",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    assert_eq!(
        ids.iter().collect::<HashSet<_>>().len(),
        ids.len(),
        "ids are unique"
    );
    for a in &c.articles {
        let t = &a.truth;
        match t.kind {
            Kind::Wire | Kind::Independent | Kind::Unrelated => {
                assert!(t.sources.is_empty() && t.spans.is_empty(), "{}", a.id);
            }
            _ => {
                assert!(!t.sources.is_empty() && !t.spans.is_empty(), "{}", a.id);
            }
        }
        assert_eq!(t.event.is_none(), t.kind == Kind::Unrelated, "{}", a.id);
        assert!(
            a.text
                .lines()
                .all(|l| !l.starts_with(' ') && !l.ends_with(' ')),
            "{}",
            a.id
        );
    }
    let wire = &c.articles[0];
    assert!(
        wire.text.contains(&format!("({}) – ", wire.outlet)),
        "dateline: {}",
        &wire.text[..60]
    );
}

#[test]
fn spans_lie_on_char_boundaries_and_verbatim_copies_are_identical() {
    let c = default_corpus();
    let ids = by_id(c);
    for a in &c.articles {
        let mut last_end = 0;
        for s in &a.truth.spans {
            let src = ids[s.source.as_str()];
            assert!(
                a.truth.sources.contains(&s.source),
                "{}: span source listed",
                a.id
            );
            assert!(s.start < s.end && s.end <= a.text.len(), "{}: {s:?}", a.id);
            assert!(
                s.source_start < s.source_end && s.source_end <= src.text.len(),
                "{}: {s:?}",
                a.id
            );
            assert!(
                a.text.is_char_boundary(s.start) && a.text.is_char_boundary(s.end),
                "{}: {s:?}",
                a.id
            );
            assert!(
                src.text.is_char_boundary(s.source_start)
                    && src.text.is_char_boundary(s.source_end),
                "{}: {s:?}",
                a.id
            );
            assert!(
                s.start >= last_end,
                "{}: spans in order, not overlapping",
                a.id
            );
            last_end = s.end;
            let (mine, theirs) = (
                &a.text[s.start..s.end],
                &src.text[s.source_start..s.source_end],
            );
            if matches!(a.truth.kind, Kind::Verbatim | Kind::Truncated) {
                assert_eq!(s.mode, SpanMode::Verbatim);
                assert_eq!(mine, theirs, "{}", a.id);
            }
            if s.mode == SpanMode::Verbatim {
                // Even edited copies keep most of their source's words.
                let (m, t) = (words(mine), words(theirs));
                let common = m.iter().filter(|w| t.contains(w)).count();
                assert!(common * 2 >= m.len(), "{}: {mine:?} vs {theirs:?}", a.id);
            }
        }
    }
}

#[test]
fn verbatim_and_truncated_copy_whole_and_leading_text() {
    let c = default_corpus();
    let ids = by_id(c);
    for a in c
        .articles
        .iter()
        .filter(|a| a.truth.kind == Kind::Truncated)
    {
        let src = ids[a.truth.sources[0].as_str()];
        assert_eq!(a.truth.spans.len(), 1);
        assert!(src.text.starts_with(&a.text), "{}", a.id);
        let share = words(&a.text).len() as f64 / words(&src.text).len() as f64;
        assert!((0.2..=0.7).contains(&share), "{}: {share}", a.id);
    }
    for a in c.articles.iter().filter(|a| a.truth.kind == Kind::Verbatim) {
        let src = ids[a.truth.sources[0].as_str()];
        let copied: usize = a.truth.spans.iter().map(|s| s.end - s.start).sum();
        assert!(copied * 10 >= src.text.len() * 9, "{}", a.id);
    }
}

#[test]
fn paraphrase_spans_share_no_six_word_run_with_their_source() {
    for c in [
        default_corpus(),
        &generate(&Config {
            seed: 5,
            ..Config::default()
        }),
    ] {
        let mut checked = 0;
        for (a, mine, theirs) in paraphrase_spans(c) {
            assert_eq!(
                shares_run(mine, theirs, 6),
                None,
                "{}: {mine:?} vs {theirs:?}",
                a.id
            );
            checked += 1;
        }
        assert!(checked >= 40, "only {checked} paraphrase spans");
    }
}

#[test]
fn paraphrases_keep_names_and_numbers() {
    let c = default_corpus();
    let mut checked = 0;
    for (a, mine, theirs) in paraphrase_spans(c) {
        // The lede carries the toll: the same figures, in the same form.
        if a.truth.kind != Kind::Paraphrase
            || !(theirs.contains("at least") || theirs.contains("At least"))
        {
            continue;
        }
        for w in theirs
            .split_whitespace()
            .filter(|w| w.chars().all(|c| c.is_ascii_digit() || c == ','))
        {
            assert!(mine.contains(w), "{}: {w} kept in {mine:?}", a.id);
        }
        checked += 1;
    }
    assert!(checked > 0);
}

#[test]
fn independent_reports_share_no_eight_word_run_with_their_wire() {
    for c in [default_corpus(), &corpus_of_size(120, 3)] {
        let wires: HashMap<usize, &SynthArticle> = c
            .articles
            .iter()
            .filter(|a| a.truth.kind == Kind::Wire)
            .map(|a| (a.truth.event.unwrap(), a))
            .collect();
        let mut checked = 0;
        for a in c
            .articles
            .iter()
            .filter(|a| a.truth.kind == Kind::Independent)
        {
            let wire = wires[&a.truth.event.unwrap()];
            assert_eq!(
                shares_run(&a.text, &wire.text, 8),
                None,
                "{} vs {}",
                a.id,
                wire.id
            );
            checked += 1;
        }
        assert!(checked > 0);
    }
}

#[test]
fn lengths_stay_within_a_quarter_of_the_target() {
    for config in [
        Config::default(),
        Config {
            seed: 11,
            words_per_article: 400,
            ..Config::default()
        },
    ] {
        let c = generate(&config);
        let target = config.words_per_article as f64;
        for a in c
            .articles
            .iter()
            .filter(|a| a.truth.kind != Kind::Truncated)
        {
            let n = a.text.split_whitespace().count() as f64;
            assert!(
                (target * 0.75..=target * 1.25).contains(&n),
                "{}: {n} words",
                a.id
            );
        }
    }
}

#[test]
fn derived_articles_are_published_after_their_sources() {
    let c = default_corpus();
    let ids = by_id(c);
    for a in &c.articles {
        assert_eq!(a.published.len(), 20, "{}", a.published);
        assert!(a.published.ends_with(":00Z") && a.published.as_bytes()[10] == b'T');
        for s in &a.truth.sources {
            assert!(
                ids[s.as_str()].published < a.published,
                "{} before {s}",
                a.id
            );
        }
    }
}

#[test]
fn mixed_articles_draw_on_two_sources() {
    let c = default_corpus();
    for a in c.articles.iter().filter(|a| a.truth.kind == Kind::Mixed) {
        assert_eq!(a.truth.sources.len(), 2, "{}", a.id);
        for s in &a.truth.sources {
            assert!(
                a.truth.spans.iter().any(|x| &x.source == s),
                "{}: uses {s}",
                a.id
            );
        }
    }
}

#[test]
fn workspace_json_has_the_interchange_shape() {
    let c = default_corpus();
    let v: serde_json::Value = serde_json::from_str(&c.to_workspace_json()).unwrap();
    assert_eq!(v["wiretrace"], 1);
    let arts = v["articles"].as_array().unwrap();
    assert_eq!(arts.len(), c.articles.len());
    for (j, a) in arts.iter().zip(&c.articles) {
        assert_eq!(j["id"], a.id.as_str());
        assert!(j["url"].is_null());
        for key in ["title", "outlet", "published", "text"] {
            assert!(j[key].is_string(), "{key}");
        }
    }
    let truth: serde_json::Value = serde_json::from_str(&c.truth_json()).unwrap();
    assert_eq!(truth[0]["truth"]["kind"], "wire");
    let kinds: Vec<&str> = truth
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["truth"]["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"light-edit"));
}

#[test]
fn corpus_of_size_gives_about_that_many_articles() {
    let c = corpus_of_size(1000, 7);
    assert!(
        (950..=1050).contains(&c.articles.len()),
        "{}",
        c.articles.len()
    );
    let count = |k: Kind| c.articles.iter().filter(|a| a.truth.kind == k).count();
    let wires = count(Kind::Wire);
    assert!((80..=110).contains(&wires), "{wires} events");
    assert!((90..=110).contains(&count(Kind::Unrelated)));
    assert_eq!(count(Kind::Independent), 2 * wires);
    for k in [
        Kind::Verbatim,
        Kind::LightEdit,
        Kind::Reordered,
        Kind::Paraphrase,
        Kind::Truncated,
        Kind::Mixed,
    ] {
        assert!(count(k) >= wires, "{k:?}");
    }
    assert_eq!(corpus_of_size(0, 1).articles.len(), 0);
    assert_eq!(corpus_of_size(5, 1).articles.len(), 5);
}
