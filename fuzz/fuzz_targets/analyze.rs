//! Fuzzes the whole analysis: arbitrary bytes, cut into up to eight articles
//! at 0xFF bytes and read as lossy UTF-8, must analyze without panicking and
//! give a report whose offsets lie on character boundaries and whose shares
//! lie in [0, 1]. Run with `cargo +nightly fuzz run analyze` from this folder's parent.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wiretrace_engine::{analyze, Article};

fuzz_target!(|data: &[u8]| {
    let articles: Vec<Article> = data
        .split(|&b| b == 0xFF)
        .take(8)
        .enumerate()
        .map(|(i, bytes)| Article {
            id: format!("a{i}"),
            text: String::from_utf8_lossy(bytes).into_owned(),
            ..Default::default()
        })
        .collect();
    let report = analyze(&articles);
    let text = |id: &str| &articles.iter().find(|a| a.id == id).unwrap().text;
    let on_boundary = |t: &str, r: (usize, usize)| r.0 <= r.1 && t.is_char_boundary(r.0) && t.is_char_boundary(r.1);
    for a in &report.articles {
        for share in [a.derived_share, a.verbatim_share, a.paraphrase_share] {
            assert!((0.0..=1.0).contains(&share));
        }
        for s in &a.spans {
            assert!(on_boundary(text(&a.id), (s.start, s.end)));
        }
    }
    for p in &report.pairs {
        for share in [p.a_in_b, p.b_in_a] {
            assert!((0.0..=1.0).contains(&share));
        }
        for passage in &p.passages {
            assert!(on_boundary(text(&p.a), (passage.a_start, passage.a_end)));
            assert!(on_boundary(text(&p.b), (passage.b_start, passage.b_end)));
        }
    }
    for c in &report.clusters {
        for m in &c.members {
            assert!(on_boundary(text(&m.article), (m.start, m.end)));
        }
    }
});
