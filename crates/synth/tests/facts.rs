//! The fact test sets: deterministic, well-formed, and truthful about what
//! their texts say.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use wiretrace_synth::facts::{self, FactArticle, FactSet, TrueFact, TrueMention, NAMES};

const SEEDS: std::ops::Range<u64> = 0..10;

fn all() -> &'static [Vec<FactSet>] {
    static ALL: OnceLock<Vec<Vec<FactSet>>> = OnceLock::new();
    ALL.get_or_init(|| SEEDS.map(facts::scenarios).collect())
}

fn each(name: &str) -> impl Iterator<Item = &'static FactSet> + '_ {
    all().iter().flatten().filter(move |s| s.name == name)
}

fn article<'a>(set: &'a FactSet, id: &str) -> &'a FactArticle {
    set.articles
        .iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("{}: no article {id}", set.name))
}

fn text<'a>(set: &'a FactSet, m: &TrueMention) -> &'a str {
    &article(set, &m.article).text[m.start..m.end]
}

fn position(set: &FactSet, id: &str) -> usize {
    set.articles
        .iter()
        .position(|a| a.id == id)
        .expect("listed")
}

/// Mentions by time, ties by article order (no time sorts first, equal).
fn by_time<'a>(set: &FactSet, f: &'a TrueFact) -> Vec<&'a TrueMention> {
    let mut v: Vec<&TrueMention> = f.mentions.iter().collect();
    v.sort_by_key(|m| {
        let a = article(set, &m.article);
        (a.published.clone(), position(set, &m.article))
    });
    v
}

#[test]
fn same_seed_same_sets_other_seed_other_sets() {
    assert_eq!(facts::scenarios(4), facts::scenarios(4));
    assert_eq!(all()[0], facts::scenarios(0));
    let (a, b) = (&all()[0], &all()[1]);
    for (x, y) in a.iter().zip(b) {
        assert_ne!(x.articles[0].text, y.articles[0].text, "{}", x.name);
    }
    assert_eq!(facts::scenario("nope", 0), None);
}

#[test]
fn every_set_has_its_name_4_to_10_articles_and_unique_ids() {
    for sets in all() {
        let names: Vec<&str> = sets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, NAMES);
        for set in sets {
            let n = set.articles.len();
            assert!((4..=10).contains(&n), "{}: {n} articles", set.name);
            let ids: HashSet<&str> = set.articles.iter().map(|a| a.id.as_str()).collect();
            assert_eq!(ids.len(), n, "{}: duplicate ids", set.name);
            let keys: HashSet<&str> = set.facts.iter().map(|f| f.key.as_str()).collect();
            assert_eq!(keys.len(), set.facts.len(), "{}: duplicate keys", set.name);
            for f in &set.facts {
                assert!(f.key.starts_with(&format!("e{}/", f.event)), "{}", f.key);
            }
            for a in &set.articles {
                assert!(!a.text.is_empty());
                let mentioned = set
                    .facts
                    .iter()
                    .any(|f| f.mentions.iter().any(|m| m.article == a.id));
                assert!(mentioned, "{}: {} states no fact", set.name, a.id);
            }
        }
    }
}

#[test]
fn spans_are_sentences_on_char_boundaries_inside_their_article() {
    let closing = ['.', '?', '!', '"', '\''];
    for set in all().iter().flatten() {
        let mut spans: HashMap<&str, HashSet<(usize, usize)>> = HashMap::new();
        for f in &set.facts {
            for m in &f.mentions {
                let a = article(set, &m.article);
                let t = &a.text;
                assert!(m.start < m.end && m.end <= t.len(), "{}: {m:?}", f.key);
                assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
                let s = &t[m.start..m.end];
                assert_eq!(s, s.trim(), "{}: {s:?}", f.key);
                assert!(s.ends_with(closing), "{}: ends mid-sentence: {s:?}", f.key);
                let before = &t[..m.start];
                let gap = &before[before.trim_end().len()..];
                assert!(
                    before.is_empty()
                        || (!gap.is_empty()
                            && (gap.contains("\n\n") || before.trim_end().ends_with(closing))),
                    "{}: starts mid-sentence: {s:?}",
                    f.key
                );
                let after = &t[m.end..];
                assert!(
                    after.is_empty() || after.starts_with(char::is_whitespace),
                    "{}: {s:?}",
                    f.key
                );
                let first = s.chars().next().expect("non-empty");
                assert!(
                    first.is_uppercase() || first.is_ascii_digit() || first == '"',
                    "{}: {s:?}",
                    f.key
                );
                spans
                    .entry(&m.article)
                    .or_default()
                    .insert((m.start, m.end));
            }
        }
        // Two sentences never overlap: a span is shared only whole.
        for (id, s) in spans {
            let mut v: Vec<(usize, usize)> = s.into_iter().collect();
            v.sort();
            for w in v.windows(2) {
                assert!(
                    w[0].1 <= w[1].0,
                    "{}: {id}: {:?} overlaps {:?}",
                    set.name,
                    w[0],
                    w[1]
                );
            }
        }
    }
}

#[test]
fn only_tag_lines_and_lone_datelines_are_outside_every_span() {
    let taglines = ["— ", "(With ", "Additional reporting by ", "© ", "Source: "];
    for set in all().iter().flatten() {
        for a in &set.articles {
            let mut covered = vec![false; a.text.len()];
            for m in set.facts.iter().flat_map(|f| &f.mentions) {
                if m.article == a.id {
                    covered[m.start..m.end].iter_mut().for_each(|c| *c = true);
                }
            }
            let mut rest = String::new();
            for (i, ch) in a.text.char_indices() {
                rest.push(if covered[i] { '\u{1}' } else { ch });
            }
            for piece in rest.split('\u{1}').map(str::trim).filter(|p| !p.is_empty()) {
                let tagline = taglines.iter().any(|t| piece.starts_with(t));
                let dateline = !piece.contains('\n')
                    && (piece.ends_with(" —") || piece.ends_with(':'))
                    && piece.split_whitespace().count() <= 5;
                assert!(
                    tagline || dateline,
                    "{}: {}: {piece:?} is in no fact",
                    set.name,
                    a.id
                );
            }
        }
    }
}

#[test]
fn a_fact_has_one_mention_per_article_in_article_order_and_the_right_first() {
    for set in all().iter().flatten() {
        for f in &set.facts {
            assert!(!f.mentions.is_empty(), "{}", f.key);
            let pos: Vec<usize> = f
                .mentions
                .iter()
                .map(|m| position(set, &m.article))
                .collect();
            assert!(
                pos.windows(2).all(|w| w[0] < w[1]),
                "{}: {}: mentions not one per article in article order",
                set.name,
                f.key
            );
            assert_eq!(
                f.first,
                by_time(set, f)[0].article,
                "{}: {}",
                set.name,
                f.key
            );
            for m in &f.mentions {
                assert_eq!(article(set, &m.article).event, f.event, "{}", f.key);
            }
        }
    }
}

/// The ways the generator writes `v`: "five", "1,200", "$3.4 million", "34".
fn renderings(v: f64) -> Vec<String> {
    const WORDS: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let mut out = Vec::new();
    if v >= 1e6 && (v / 1e5).fract() == 0.0 {
        let tenths = (v / 1e5) as u64;
        out.push(if tenths.is_multiple_of(10) {
            format!("${} million", tenths / 10)
        } else {
            format!("${}.{} million", tenths / 10, tenths % 10)
        });
    }
    let n = v as u64;
    if n < 10 {
        out.push(WORDS[n as usize].to_string());
        let mut cap = WORDS[n as usize].to_string();
        cap[..1].make_ascii_uppercase();
        out.push(cap);
    }
    let digits = n.to_string();
    let mut commas = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            commas.push(',');
        }
        commas.push(c);
    }
    out.push(commas);
    out.push(digits);
    out
}

#[test]
fn values_are_figures_the_sentence_writes() {
    for set in all().iter().flatten() {
        for f in &set.facts {
            for m in &f.mentions {
                let s = text(set, m);
                for &v in &m.values {
                    assert!(
                        renderings(v).iter().any(|r| s.contains(r.as_str())),
                        "{}: {}: {v} not in {s:?}",
                        set.name,
                        f.key
                    );
                }
            }
        }
    }
}

/// Numbers written in digits in `s` that are neither years, clock times,
/// nor part of the fixed wording ("in the next 48 hours").
fn digit_figures(s: &str) -> Vec<f64> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit()
            || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b':'))
        {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len()
            && (b[i].is_ascii_digit()
                || ((b[i] == b',' || b[i] == b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let tok = &s[start..i];
        let rest = &s[i..];
        let clock = rest.starts_with(':') || rest.starts_with(" am") || rest.starts_with(" pm");
        let year = tok.len() == 4
            && !tok.contains(',')
            && (tok.starts_with("19") || tok.starts_with("20"));
        let money = start > 0 && b[start - 1] == b'$';
        if clock || year || (tok == "48" && rest.starts_with(" hours")) {
            continue;
        }
        let v: f64 = tok.replace(',', "").parse().expect("digits");
        // Money is written in tenths of a million.
        out.push(if money { (v * 10.0).round() * 1e5 } else { v });
    }
    out
}

#[test]
fn every_figure_in_digits_is_a_value_of_a_fact_its_sentence_states() {
    for set in all().iter().flatten() {
        let mut by_span: HashMap<(&str, usize, usize), Vec<f64>> = HashMap::new();
        for f in &set.facts {
            for m in &f.mentions {
                by_span
                    .entry((m.article.as_str(), m.start, m.end))
                    .or_default()
                    .extend(&m.values);
            }
        }
        for ((id, start, end), values) in by_span {
            let s = &article(set, id).text[start..end];
            for v in digit_figures(s) {
                assert!(
                    values.contains(&v),
                    "{}: {v} of {s:?} is no value ({values:?})",
                    set.name
                );
            }
        }
    }
}

#[test]
fn merged_sentences_carry_several_facts_and_copies_carry_the_wire_facts() {
    for set in each("rewordings") {
        let mut facts_per_span: HashMap<(&str, usize), usize> = HashMap::new();
        for f in &set.facts {
            for m in &f.mentions {
                *facts_per_span
                    .entry((m.article.as_str(), m.start))
                    .or_default() += 1;
            }
        }
        let merged = facts_per_span
            .iter()
            .any(|((id, _), n)| *n >= 2 && (id.contains("brief") || id.contains("merged")));
        assert!(merged, "no merged sentence carries two facts");
        assert!(
            facts_per_span
                .iter()
                .filter(|(_, n)| **n >= 2)
                .all(|((id, _), _)| id.contains("brief") || id.contains("merged")),
            "only merged sentences carry several facts"
        );
        let lede = set
            .facts
            .iter()
            .find(|f| f.key == "e0/lede")
            .expect("a lede");
        assert!(lede.mentions.len() >= 4, "{:?}", lede.mentions);
        assert!(lede.mentions.iter().any(|m| m.article == "rewordings-wire"));
        // An independent report shares some of the wire's facts.
        let shared = set.facts.iter().any(|f| {
            f.mentions.iter().any(|m| m.article == "rewordings-wire")
                && f.mentions.iter().any(|m| m.article.contains("-ind"))
        });
        assert!(shared, "no fact of the wire in an independent report");
        // Copies say what the wire says: every fact of a verbatim copy is
        // the wire's, with the same values.
        if let Some(copy) = set.articles.iter().find(|a| a.id.contains("verbatim")) {
            for f in &set.facts {
                let Some(c) = f.mentions.iter().find(|m| m.article == copy.id) else {
                    continue;
                };
                let w = f
                    .mentions
                    .iter()
                    .find(|m| m.article == "rewordings-wire")
                    .unwrap_or_else(|| panic!("{}: only in the copy", f.key));
                assert_eq!((text(set, c), &c.values), (text(set, w), &w.values));
            }
        }
        assert!(set.facts.iter().all(|f| f.changes.is_empty()));
    }
}

#[test]
fn update_sets_carry_a_change_at_the_first_article_with_the_new_value() {
    for set in each("update") {
        let lede = set
            .facts
            .iter()
            .find(|f| f.key == "e0/lede")
            .expect("a lede");
        assert!(!lede.changes.is_empty(), "the toll changes");
        assert!(lede.changes.iter().any(|c| c.article == "update-wire-v2"));
        let mut times: Vec<(&str, &str)> = set
            .articles
            .iter()
            .map(|a| (a.published.as_deref().expect("timed"), a.id.as_str()))
            .collect();
        times.sort();
        let v2 = times.iter().position(|t| t.1 == "update-wire-v2").unwrap();
        assert!(times[..v2].iter().all(|t| t.1.contains("v1")), "{times:?}");
        assert!(times[v2..].iter().all(|t| t.1.contains("v2")), "{times:?}");
        for f in &set.facts {
            let sorted = by_time(set, f);
            for c in &f.changes {
                assert!(c.to > c.from, "{}: {c:?}", f.key);
                let k = sorted.iter().position(|m| m.article == c.article).unwrap();
                assert!(sorted[k].values.contains(&c.to));
                assert!(sorted[..k].iter().all(|m| !m.values.contains(&c.to)));
                assert!(sorted[..k].iter().any(|m| m.values.contains(&c.from)));
                assert!(article(set, &c.article).id.contains("v2"));
            }
            // Version-1 papers never carry a new value, version-2 ones never an old one.
            for m in &f.mentions {
                let v1 = m.article.contains("v1");
                for c in &f.changes {
                    let wrong = if v1 { c.to } else { c.from };
                    assert!(!m.values.contains(&wrong), "{}: {m:?}", f.key);
                }
            }
        }
    }
}

#[test]
fn lookalike_facts_never_mix_events() {
    for set in each("lookalike") {
        let events: Vec<usize> = set.articles.iter().map(|a| a.event).collect();
        assert_eq!(events.iter().filter(|e| **e == 0).count(), 3);
        assert_eq!(events.iter().filter(|e| **e == 1).count(), 3);
        for f in &set.facts {
            for m in &f.mentions {
                assert_eq!(article(set, &m.article).event, f.event, "{}", f.key);
                assert!(m.article.contains(&format!("-e{}-", f.event)));
            }
        }
        for e in 0..2 {
            assert!(set.facts.iter().any(|f| f.key == format!("e{e}/lede")));
        }
    }
}

#[test]
fn no_times_is_rewordings_without_times_first_in_article_order() {
    for sets in all() {
        let (r, n) = (&sets[0], &sets[3]);
        assert_eq!(
            (r.name.as_str(), n.name.as_str()),
            ("rewordings", "no_times")
        );
        assert_eq!(n.articles.len(), r.articles.len());
        for (a, b) in r.articles.iter().zip(&n.articles) {
            assert_eq!((&a.id, &a.text, &a.outlet), (&b.id, &b.text, &b.outlet));
            assert!(a.published.is_some() && b.published.is_none());
        }
        for (f, g) in r.facts.iter().zip(&n.facts) {
            assert_eq!((&f.key, &f.mentions), (&g.key, &g.mentions));
            assert_eq!(g.first, g.mentions[0].article);
        }
    }
    // Somewhere a fact's first mention moves when times go.
    assert!(all().iter().any(|sets| sets[0]
        .facts
        .iter()
        .zip(&sets[3].facts)
        .any(|(f, g)| f.first != g.first)));
    for set in each("update") {
        let bare = facts::strip_times(set);
        for (f, g) in set.facts.iter().zip(&bare.facts) {
            assert_eq!(g.first, g.mentions[0].article);
            assert_eq!(f.changes.len(), g.changes.len());
            for c in &g.changes {
                let k = g.mentions.iter().position(|m| m.values.contains(&c.to));
                assert_eq!(
                    Some(c.article.as_str()),
                    k.map(|k| g.mentions[k].article.as_str())
                );
            }
        }
    }
}

#[test]
fn sets_round_trip_through_json() {
    for set in all()[0].iter() {
        let json = serde_json::to_string(set).expect("serializes");
        let back: FactSet = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(&back, set);
    }
}
