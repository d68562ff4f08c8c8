//! Property tests: invariants of tokens, spans, scores and input order.

use proptest::prelude::*;
use wiretrace_engine::text::tokenize;
use wiretrace_engine::{analyze, Article, Report};

/// Words and separators from several scripts, so offsets cross multibyte characters.
const WORDS: &[&str] = &[
    "strike",
    "Baghdad",
    "commander",
    "drone",
    "killed",
    "seven",
    "officials",
    "militia",
    "2,500",
    "U.S.",
    "Hashed’s",
    "café",
    "naïve",
    "bağımsız",
    "بغداد",
    "الحشد",
    "中国",
    "東京",
    "Ελλάδα",
    "🙂",
    "a",
    "the",
];
const SEPARATORS: &[&str] = &[
    " ", " ", " ", ", ", ". ", "\n", "\n\n", " — ", "“", "” ", "'s ", "\u{200f}",
];

/// Words that share nothing with [`WORDS`].
const OTHER_WORDS: &[&str] = &[
    "harbour",
    "ferry",
    "sandbank",
    "evacuated",
    "212",
    "Sorrel",
    "Meridian",
    "crews",
    "tide",
    "jetty",
];

fn text(max_words: usize) -> impl Strategy<Value = String> {
    text_from(WORDS, max_words)
}

fn text_from(words: &'static [&'static str], max_words: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(words),
            prop::sample::select(SEPARATORS),
        ),
        0..max_words,
    )
    .prop_map(|parts| parts.into_iter().map(|(w, s)| format!("{w}{s}")).collect())
}

fn articles(n: usize) -> impl Strategy<Value = Vec<Article>> {
    prop::collection::vec(text(120), 2..=n).prop_map(|texts| {
        texts
            .into_iter()
            .enumerate()
            .map(|(i, text)| Article {
                id: format!("a{i}"),
                text,
                ..Default::default()
            })
            .collect()
    })
}

fn text_of<'a>(articles: &'a [Article], id: &str) -> &'a str {
    &articles.iter().find(|a| a.id == id).unwrap().text
}

fn on_boundaries(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

/// Every offset in the report lies on character boundaries of its text, and every share in [0, 1].
fn check_report(articles: &[Article], report: &Report) {
    for a in &report.articles {
        let t = text_of(articles, &a.id);
        for share in [a.derived_share, a.verbatim_share, a.paraphrase_share] {
            assert!((0.0..=1.0).contains(&share), "{share}");
        }
        assert!((a.derived_share - a.verbatim_share - a.paraphrase_share).abs() < 1e-9);
        for s in &a.spans {
            assert!(on_boundaries(t, s.start, s.end));
        }
    }
    for p in &report.pairs {
        let (ta, tb) = (text_of(articles, &p.a), text_of(articles, &p.b));
        for share in [
            p.a_in_b,
            p.b_in_a,
            p.a_in_b_verbatim,
            p.a_in_b_paraphrase,
            p.b_in_a_verbatim,
            p.b_in_a_paraphrase,
        ] {
            assert!((0.0..=1.0).contains(&share), "{share}");
        }
        for passage in &p.passages {
            assert!(on_boundaries(ta, passage.a_start, passage.a_end));
            assert!(on_boundaries(tb, passage.b_start, passage.b_end));
            assert!(passage.similarity > 0.0 && passage.similarity <= 1.0 + 1e-9);
            for s in &passage.segments {
                assert!(
                    on_boundaries(ta, s.a_start, s.a_end) && on_boundaries(tb, s.b_start, s.b_end)
                );
            }
        }
    }
    for c in &report.clusters {
        for m in &c.members {
            assert!(on_boundaries(text_of(articles, &m.article), m.start, m.end));
        }
    }
}

/// The report with everything keyed by article id, for comparing two runs.
fn canonical(report: &Report) -> String {
    let mut pairs: Vec<String> = report
        .pairs
        .iter()
        .map(|p| {
            let (x, y) = if p.a < p.b { (p, false) } else { (p, true) };
            let (a, b, ab, ba) = if y {
                (&x.b, &x.a, x.b_in_a, x.a_in_b)
            } else {
                (&x.a, &x.b, x.a_in_b, x.b_in_a)
            };
            let mut spans: Vec<(usize, usize, usize, usize)> = p
                .passages
                .iter()
                .map(|q| {
                    if y {
                        (q.b_start, q.b_end, q.a_start, q.a_end)
                    } else {
                        (q.a_start, q.a_end, q.b_start, q.b_end)
                    }
                })
                .collect();
            spans.sort();
            format!("{a}-{b} {ab:.9} {ba:.9} {} {spans:?}", p.shared_words)
        })
        .collect();
    pairs.sort();
    let mut articles: Vec<String> = report
        .articles
        .iter()
        .map(|a| {
            format!(
                "{} {:.9} {:.9} {:?}",
                a.id, a.verbatim_share, a.paraphrase_share, a.spans
            )
        })
        .collect();
    articles.sort();
    let mut clusters: Vec<Vec<(String, usize, usize)>> = report
        .clusters
        .iter()
        .map(|c| {
            let mut m: Vec<_> = c
                .members
                .iter()
                .map(|m| (m.article.clone(), m.start, m.end))
                .collect();
            m.sort();
            m
        })
        .collect();
    clusters.sort();
    format!("{pairs:#?}\n{articles:#?}\n{clusters:?}")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn tokens_are_the_words_of_the_input_in_order(t in text(80)) {
        let tokens = tokenize(&t);
        let mut last = 0;
        for tok in &tokens {
            prop_assert!(tok.start >= last && tok.start < tok.end);
            prop_assert!(t.is_char_boundary(tok.start) && t.is_char_boundary(tok.end));
            // What lies between two tokens holds no letter or digit.
            prop_assert!(!t[last..tok.start].chars().any(char::is_alphanumeric), "{:?}", &t[last..tok.start]);
            prop_assert!(t[tok.start..tok.end].chars().any(char::is_alphanumeric));
            last = tok.end;
        }
        prop_assert!(!t[last..].chars().any(char::is_alphanumeric));
    }

    #[test]
    fn reports_stay_on_character_boundaries_with_shares_in_range(a in articles(5)) {
        check_report(&a, &analyze(&a));
    }

    #[test]
    fn input_order_does_not_change_the_result(a in articles(4), seed in any::<u64>()) {
        let mut shuffled = a.clone();
        // A deterministic shuffle from the seed.
        for i in (1..shuffled.len()).rev() {
            shuffled.swap(i, (seed as usize).wrapping_mul(i + 7) % (i + 1));
        }
        prop_assert_eq!(canonical(&analyze(&a)), canonical(&analyze(&shuffled)));
    }

    #[test]
    fn identical_texts_are_wholly_found_in_each_other(words in prop::collection::vec(prop::sample::select(&WORDS[..20]), 12..200)) {
        let t = words.join(" ");
        let a = [
            Article { id: "x".into(), text: t.clone(), ..Default::default() },
            Article { id: "y".into(), text: t, ..Default::default() },
        ];
        let report = analyze(&a);
        let pair = report.pair("x", "y").expect("identical texts share everything");
        prop_assert_eq!(pair.a_in_b, 1.0);
        prop_assert_eq!(pair.b_in_a, 1.0);
    }

    #[test]
    fn texts_with_no_word_in_common_share_nothing(x in text(100), y in text_from(OTHER_WORDS, 100)) {
        let a = [
            Article { id: "x".into(), text: x, ..Default::default() },
            Article { id: "y".into(), text: y, ..Default::default() },
        ];
        let report = analyze(&a);
        prop_assert!(report.pairs.is_empty(), "{:?}", report.pairs);
        prop_assert!(report.articles.iter().all(|r| r.derived_share == 0.0));
    }
}

#[test]
fn empty_and_whitespace_articles_are_analyzed_without_error() {
    let a: Vec<Article> = ["", "   \n\n", "\u{0}\u{1}", "word"]
        .iter()
        .enumerate()
        .map(|(i, t)| Article {
            id: format!("a{i}"),
            text: (*t).into(),
            ..Default::default()
        })
        .collect();
    let report = analyze(&a);
    assert!(report.pairs.is_empty());
    assert_eq!(
        report.articles.iter().map(|r| r.words).collect::<Vec<_>>(),
        [0, 0, 0, 1]
    );
}

/// A text of `words` hard-wrapped at `width` characters, with paragraph
/// breaks (blank line or indent) every `para` lines.
fn wrapped(words: &str, width: usize, para: usize, indent: bool) -> String {
    let mut out = String::new();
    let (mut line, mut lines) = (0, 0);
    for word in words.split_whitespace() {
        if line > 0 && line + 1 + word.chars().count() > width {
            lines += 1;
            out.push('\n');
            if lines % para == 0 {
                out.push_str(if indent { "   " } else { "\n" });
            }
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += word.chars().count();
    }
    out
}

proptest! {
    /// Reflowing never loses or reorders text: paragraphs are in order,
    /// disjoint, trimmed, and together hold every non-blank character; each
    /// sentence lies inside its paragraph.
    #[test]
    fn reflowed_paragraphs_cover_the_text_in_order(
        words in text(400),
        width in 40usize..90,
        para in 2usize..8,
        indent in any::<bool>(),
    ) {
        use wiretrace_engine::segment::{paragraphs, sentences};
        let text = wrapped(&words, width, para, indent);
        let paras = paragraphs(&text);
        let mut covered = 0;
        let mut last = 0;
        for p in &paras {
            prop_assert!(p.start >= last && p.start < p.end);
            prop_assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
            prop_assert_eq!(text[p.clone()].trim(), &text[p.clone()]);
            covered += text[p.clone()].chars().filter(|c| !c.is_whitespace()).count();
            for s in sentences(&text, p.clone()) {
                prop_assert!(p.start <= s.start && s.end <= p.end);
            }
            last = p.end;
        }
        prop_assert_eq!(covered, text.chars().filter(|c| !c.is_whitespace()).count());
    }
}
