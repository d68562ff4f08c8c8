//! The generator's promises, checked on the default corpus and a few others.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use wiretrace_synth::{
    corpus_of_size, corpus_with_rewrites, generate, Config, Corpus, Kind, SpanMode, SynthArticle,
    TruthSpan,
};

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

// ---------------------------------------------------------------------------
// Wrapped wires, briefs and merged rewrites.

/// FNV-1a, to compare corpora with figures taken before these kinds existed.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[test]
fn older_configurations_give_the_same_bytes_as_before() {
    // Hashes computed on the generator before wrapped wires, briefs and
    // merged rewrites were added; benchmarks compare against figures
    // measured on these corpora.
    let c = corpus_of_size(200, 5);
    assert_eq!(fnv(&c.to_workspace_json()), 0x389c_1647_cdb6_339b);
    assert_eq!(fnv(&c.truth_json()), 0x7ca5_f362_60b9_ac87);
    let d = default_corpus();
    assert_eq!(fnv(&d.to_workspace_json()), 0xfb51_371e_22a9_b8b9);
    assert_eq!(fnv(&d.truth_json()), 0x602a_cb32_1200_9785);
    let e = generate(&Config {
        seed: 11,
        events: 3,
        derived_per_event: 9,
        independent_per_event: 1,
        unrelated: 3,
        words_per_article: 400,
        ..Config::default()
    });
    assert_eq!(fnv(&e.to_workspace_json()), 0x000a_f5a0_d882_691e);
    assert_eq!(fnv(&e.truth_json()), 0x2408_d034_2e9a_26cd);
}

fn rewrites_config() -> Config {
    Config {
        seed: 21,
        events: 5,
        wrapped_wire: true,
        briefs_per_event: 2,
        merged_per_event: 2,
        ..Config::default()
    }
}

/// A configured corpus with every new feature, and the mixed preset.
fn rewrite_corpora() -> [&'static Corpus; 2] {
    static A: OnceLock<Corpus> = OnceLock::new();
    static B: OnceLock<Corpus> = OnceLock::new();
    [
        A.get_or_init(|| generate(&rewrites_config())),
        B.get_or_init(|| corpus_with_rewrites(150, 4)),
    ]
}

/// `text` with runs of whitespace made one space.
fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn source_text<'a>(ids: &HashMap<&str, &'a SynthArticle>, s: &TruthSpan) -> &'a str {
    &ids[s.source.as_str()].text[s.source_start..s.source_end]
}

/// Sentences in `text`: closing punctuation outside quotes, at a word's
/// end, or closing a quote that ends the text.
fn sentence_count(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut quoted = false;
    let mut n = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted
            && matches!(c, '.' | '?' | '!')
            && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
        {
            n += 1;
        }
    }
    if [".\"", "?\"", "!\""]
        .iter()
        .any(|e| text.trim_end().ends_with(e))
    {
        n += 1;
    }
    n
}

fn figures(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.' | ':')))
        .map(|t| t.trim_matches(|c: char| !c.is_ascii_digit()))
        .filter(|t| !t.is_empty())
        .collect()
}

#[test]
fn wrapped_wires_look_like_agency_feeds() {
    let mut indented = 0;
    let mut blank = 0;
    let mut headed = 0;
    let mut trailed = 0;
    let mut wires = 0;
    for c in rewrite_corpora() {
        for a in c.articles.iter().filter(|a| a.truth.kind == Kind::Wire) {
            wires += 1;
            let lines: Vec<&str> = a.text.lines().collect();
            for l in &lines {
                assert!(
                    l.chars().count() <= 78 || !l.trim().contains(' '),
                    "{}: line too long: {l:?}",
                    a.id
                );
                assert!(!l.ends_with(' '), "{}: {l:?}", a.id);
            }
            let longest = lines.iter().map(|l| l.chars().count()).max().unwrap();
            assert!(longest >= 55, "{}: hard-wrapped, not short lines", a.id);
            // Paragraphs are long, so a wrapped one takes several lines.
            let body_lines = lines.iter().filter(|l| l.split(' ').count() > 8).count();
            assert!(body_lines > 40, "{}: {body_lines} body lines", a.id);
            if lines.iter().any(|l| l.starts_with("  ")) {
                indented += 1;
            } else {
                blank += 1;
            }
            if !lines[0].contains(&format!("({})", a.outlet)) {
                headed += 1;
            }
            let last = lines.last().unwrap();
            if !last.ends_with('.') {
                trailed += 1;
            }
        }
    }
    assert!(
        indented > 0 && blank > 0,
        "{indented} indented, {blank} blank"
    );
    assert!(headed * 3 >= wires * 2, "{headed} of {wires} with a header");
    assert!(trailed * 2 >= wires, "{trailed} of {wires} with a trailer");
}

#[test]
fn wrapping_changes_the_layout_of_wires_only() {
    let wrapped = rewrite_corpora()[0];
    let plain = generate(&Config {
        wrapped_wire: false,
        ..rewrites_config()
    });
    assert_eq!(wrapped.articles.len(), plain.articles.len());
    let (wi, pi) = (by_id(wrapped), by_id(&plain));
    for (w, p) in wrapped.articles.iter().zip(&plain.articles) {
        assert_eq!(w.id, p.id);
        if w.truth.kind == Kind::Wire {
            assert_ne!(w.text, p.text);
            assert!(
                normalised(&w.text).contains(&normalised(&p.text)),
                "{}: same words",
                w.id
            );
            continue;
        }
        assert_eq!(w.text, p.text, "{}", w.id);
        assert_eq!(w.truth.sources, p.truth.sources, "{}", w.id);
        assert_eq!(w.truth.spans.len(), p.truth.spans.len(), "{}", w.id);
        for (ws, ps) in w.truth.spans.iter().zip(&p.truth.spans) {
            // Same span of the derived article, pointing at the same words
            // of the wire wherever the layout put them.
            assert_eq!((ws.start, ws.end, ws.mode), (ps.start, ps.end, ps.mode));
            assert_eq!(ws.source, ps.source);
            assert_eq!(
                normalised(source_text(&wi, ws)),
                normalised(source_text(&pi, ps)),
                "{}: {ws:?}",
                w.id
            );
        }
    }
}

#[test]
fn spans_into_wrapped_wires_hold_the_copied_sentences() {
    let mut checked = 0;
    for c in rewrite_corpora() {
        let ids = by_id(c);
        for a in &c.articles {
            let mut last_end = 0;
            for s in &a.truth.spans {
                let src = ids[s.source.as_str()];
                assert!(a.truth.sources.contains(&s.source), "{}", a.id);
                assert!(s.start >= last_end && s.start < s.end && s.end <= a.text.len());
                last_end = s.end;
                assert!(s.source_start < s.source_end && s.source_end <= src.text.len());
                let (mine, theirs) = (&a.text[s.start..s.end], source_text(&ids, s));
                // Ranges start and end at words, never at layout.
                for t in [mine, theirs] {
                    assert_eq!(t.trim(), t, "{}: {s:?}", a.id);
                }
                if s.mode == SpanMode::Verbatim
                    && matches!(
                        a.truth.kind,
                        Kind::Verbatim | Kind::Truncated | Kind::Merged
                    )
                {
                    assert_eq!(normalised(mine), normalised(theirs), "{}", a.id);
                    if src.truth.kind == Kind::Wire {
                        checked += 1;
                    }
                }
                if s.mode == SpanMode::Verbatim {
                    let (m, t) = (words(mine), words(theirs));
                    let common = m.iter().filter(|w| t.contains(w)).count();
                    assert!(common * 2 >= m.len(), "{}: {mine:?} vs {theirs:?}", a.id);
                }
            }
        }
    }
    assert!(checked >= 30, "{checked} verbatim spans into wires");
}

#[test]
fn briefs_merge_consecutive_sentences_in_30_to_120_words() {
    let mut briefs = 0;
    let mut sentences = [0; 4];
    for c in rewrite_corpora() {
        let ids = by_id(c);
        for a in c.articles.iter().filter(|a| a.truth.kind == Kind::Brief) {
            briefs += 1;
            let n = a.text.split_whitespace().count();
            assert!((30..=120).contains(&n), "{}: {n} words", a.id);
            let wire = ids[a.truth.sources[0].as_str()];
            assert_eq!(wire.truth.kind, Kind::Wire);
            assert_eq!(a.truth.sources.len(), 1);
            let spans = &a.truth.spans;
            assert!((1..=3).contains(&spans.len()), "{}", a.id);
            sentences[spans.len()] += 1;
            // A headline line, then the sentences.
            let first = a.text.lines().next().unwrap();
            assert!(spans[0].start > first.len(), "{}: headline first", a.id);
            let mut last_source_end = 0;
            for s in spans {
                assert_eq!(s.mode, SpanMode::Paraphrase, "{}", a.id);
                let (mine, theirs) = (&a.text[s.start..s.end], source_text(&ids, s));
                assert_eq!(sentence_count(mine), 1, "{}: {mine:?}", a.id);
                let merged = sentence_count(theirs);
                assert!(
                    (2..=3).contains(&merged),
                    "{}: {merged} in {theirs:?}",
                    a.id
                );
                assert!(shares_run(theirs, mine, 4).is_some(), "{}: {mine:?}", a.id);
                assert_eq!(shares_run(theirs, mine, 9), None, "{}: {mine:?}", a.id);
                for f in figures(theirs) {
                    assert!(figures(mine).contains(&f), "{}: {f} kept in {mine:?}", a.id);
                }
                assert!(s.source_start >= last_source_end, "{}: in wire order", a.id);
                last_source_end = s.source_end;
            }
        }
    }
    assert!(briefs >= 15, "{briefs} briefs");
    assert!(
        sentences[1] > 0 && sentences[2] > 0 && sentences[3] > 0,
        "{sentences:?}"
    );
}

#[test]
fn merged_rewrites_merge_pairs_and_triples_of_most_of_the_wire() {
    let mut rewrites = 0;
    let mut sizes = [0; 4];
    let (mut total_merged_from, mut total_wire) = (0, 0);
    for c in rewrite_corpora() {
        let ids = by_id(c);
        for a in c.articles.iter().filter(|a| a.truth.kind == Kind::Merged) {
            rewrites += 1;
            let wire = ids[a.truth.sources[0].as_str()];
            assert_eq!(wire.truth.kind, Kind::Wire);
            let mut merged_from = 0;
            let mut merged = 0;
            for s in &a.truth.spans {
                let (mine, theirs) = (&a.text[s.start..s.end], source_text(&ids, s));
                if s.mode == SpanMode::Verbatim {
                    assert_eq!(normalised(mine), normalised(theirs), "{}", a.id);
                    continue;
                }
                merged += 1;
                assert_eq!(sentence_count(mine), 1, "{}: {mine:?}", a.id);
                let n = sentence_count(theirs);
                assert!((2..=3).contains(&n), "{}: {n} in {theirs:?}", a.id);
                sizes[n] += 1;
                merged_from += n;
                assert!(shares_run(theirs, mine, 4).is_some(), "{}: {mine:?}", a.id);
                assert_eq!(shares_run(theirs, mine, 9), None, "{}: {mine:?}", a.id);
                for f in figures(theirs) {
                    assert!(figures(mine).contains(&f), "{}: {f} kept in {mine:?}", a.id);
                }
            }
            let wire_sentences = sentence_count(&wire.text);
            assert!(
                merged >= 3 && merged_from * 5 >= wire_sentences,
                "{}: {merged} sentences merge {merged_from} of {wire_sentences} wire sentences",
                a.id
            );
            total_merged_from += merged_from;
            total_wire += wire_sentences;
            let n = a.text.split_whitespace().count();
            assert!((500..=900).contains(&n), "{}: {n} words", a.id);
        }
    }
    assert!(rewrites >= 15, "{rewrites} merged rewrites");
    assert!(sizes[2] > 0 && sizes[3] > 0, "{sizes:?}");
    // Most of what a rewrite keeps of its wire comes in merged sentences.
    assert!(
        total_merged_from * 2 >= total_wire,
        "{total_merged_from} of {total_wire} wire sentences merged"
    );
}

#[test]
fn merged_sentences_and_independent_reports_keep_their_distance() {
    for c in rewrite_corpora() {
        let mut wires: HashMap<usize, &SynthArticle> = HashMap::new();
        let mut inds: HashMap<usize, Vec<&SynthArticle>> = HashMap::new();
        for a in &c.articles {
            match a.truth.kind {
                Kind::Wire => {
                    wires.insert(a.truth.event.unwrap(), a);
                }
                Kind::Independent => inds.entry(a.truth.event.unwrap()).or_default().push(a),
                _ => {}
            }
        }
        for a in &c.articles {
            let Some(e) = a.truth.event else { continue };
            match a.truth.kind {
                Kind::Independent => {
                    assert_eq!(shares_run(&a.text, &wires[&e].text, 6), None, "{}", a.id);
                }
                Kind::Brief | Kind::Merged => {
                    // A merged sentence may keep phrases of the wire, but
                    // repeats nothing an independent reporter wrote.
                    for s in a
                        .truth
                        .spans
                        .iter()
                        .filter(|s| s.mode == SpanMode::Paraphrase)
                    {
                        let mine = &a.text[s.start..s.end];
                        for i in &inds[&e] {
                            assert_eq!(shares_run(mine, &i.text, 6), None, "{} vs {}", a.id, i.id);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

#[test]
fn rewrite_corpora_are_deterministic() {
    let [a, b] = rewrite_corpora();
    assert_eq!(&generate(&rewrites_config()), a);
    assert_eq!(
        corpus_with_rewrites(150, 4).to_workspace_json(),
        b.to_workspace_json()
    );
    assert_eq!(corpus_with_rewrites(150, 4).truth_json(), b.truth_json());
    assert_ne!(corpus_with_rewrites(150, 5).articles, b.articles);
    assert_eq!(b.articles.len(), 150);
    for n in [0, 5, 9, 17, 40] {
        assert_eq!(corpus_with_rewrites(n, 2).articles.len(), n);
    }
    let count = |k: Kind| b.articles.iter().filter(|a| a.truth.kind == k).count();
    let wires = count(Kind::Wire);
    assert!(count(Kind::Brief) >= wires && count(Kind::Merged) >= wires);
    for k in [
        Kind::Verbatim,
        Kind::LightEdit,
        Kind::Reordered,
        Kind::Paraphrase,
        Kind::Truncated,
        Kind::Mixed,
        Kind::Independent,
        Kind::Unrelated,
    ] {
        assert!(count(k) > 0, "{k:?}");
    }
    let ids: HashSet<&str> = b.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), b.articles.len());
    assert!(
        ids.iter().any(|i| i.ends_with("-brief")) && ids.iter().any(|i| i.ends_with("-merged"))
    );
    let truth: serde_json::Value = serde_json::from_str(&b.truth_json()).unwrap();
    let kinds: HashSet<&str> = truth
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["truth"]["kind"].as_str())
        .collect();
    assert!(kinds.contains("brief") && kinds.contains("merged"));
}

#[test]
fn rewrites_are_published_after_the_wire() {
    for c in rewrite_corpora() {
        let ids = by_id(c);
        for a in &c.articles {
            for s in &a.truth.sources {
                assert!(
                    ids[s.as_str()].published < a.published,
                    "{} before {s}",
                    a.id
                );
            }
        }
    }
}
