//! The report as the worker sends it: a head (the report without its long
//! lists) and then one piece per article, pair, cluster and fact, each a
//! JSON document after its length (`u32`, little-endian). The page decodes
//! a piece at a time ([`Decoder::step`]) between pauses of its
//! [`crate::slices::Slicer`], so a report of thousands of articles (tens of
//! megabytes of JSON) never holds the page in one long task, and the result
//! is the same report that one `serde_json` decoding would give.
//!
//! Cost: one JSON encoding and decoding of the report, plus four bytes a
//! piece.

use serde::{Deserialize, Serialize};
use wiretrace_engine::report::{ArticleReport, Cluster, Fact, PairReport};
use wiretrace_engine::Report;

/// One item of a long list of the report, as written.
#[derive(Serialize)]
enum PieceRef<'a> {
    Article(&'a ArticleReport),
    Pair(&'a PairReport),
    Cluster(&'a Cluster),
    Fact(&'a Fact),
}

/// One item of a long list of the report, as read.
#[derive(Deserialize)]
enum Piece {
    Article(ArticleReport),
    Pair(PairReport),
    Cluster(Cluster),
    Fact(Fact),
}

/// `report` as a head and its pieces.
pub fn encode(report: &Report) -> Result<Vec<u8>, String> {
    let head = Report {
        wiretrace: report.wiretrace,
        articles: Vec::new(),
        pairs: Vec::new(),
        clusters: Vec::new(),
        lineage: report.lineage.clone(),
        origins: report.origins.clone(),
        timeline: report.timeline.clone(),
        facts: Vec::new(),
    };
    let mut out = Vec::new();
    frame(&mut out, &head)?;
    for a in &report.articles {
        frame(&mut out, &PieceRef::Article(a))?;
    }
    for p in &report.pairs {
        frame(&mut out, &PieceRef::Pair(p))?;
    }
    for c in &report.clusters {
        frame(&mut out, &PieceRef::Cluster(c))?;
    }
    for f in &report.facts {
        frame(&mut out, &PieceRef::Fact(f))?;
    }
    Ok(out)
}

fn frame(out: &mut Vec<u8>, value: &impl Serialize) -> Result<(), String> {
    let at = out.len();
    out.extend_from_slice(&[0; 4]);
    serde_json::to_writer(&mut *out, value).map_err(|e| e.to_string())?;
    let len = u32::try_from(out.len() - at - 4)
        .map_err(|_| "a piece of the report is over 4 GB".to_owned())?;
    out[at..at + 4].copy_from_slice(&len.to_le_bytes());
    Ok(())
}

/// Reads a report written by [`encode`], a piece at a time.
pub struct Decoder<'a> {
    bytes: &'a [u8],
    at: usize,
    report: Report,
}

impl<'a> Decoder<'a> {
    /// Starts reading `bytes`: decodes the head.
    pub fn new(bytes: &'a [u8]) -> Result<Self, String> {
        let mut decoder = Decoder {
            bytes,
            at: 0,
            report: Report {
                wiretrace: 0,
                articles: Vec::new(),
                pairs: Vec::new(),
                clusters: Vec::new(),
                lineage: Default::default(),
                origins: Vec::new(),
                timeline: Default::default(),
                facts: Vec::new(),
            },
        };
        let head = decoder.next().ok_or("the report is empty")??;
        decoder.report =
            serde_json::from_slice(head).map_err(|e| format!("the report's head: {e}"))?;
        Ok(decoder)
    }

    /// The next piece's bytes, if any.
    fn next(&mut self) -> Option<Result<&'a [u8], String>> {
        let rest = &self.bytes[self.at..];
        if rest.is_empty() {
            return None;
        }
        let Some((len, body)) = rest.split_first_chunk::<4>() else {
            return Some(Err("the report is cut short".to_owned()));
        };
        let len = u32::from_le_bytes(*len) as usize;
        if body.len() < len {
            return Some(Err("the report is cut short".to_owned()));
        }
        self.at += 4 + len;
        Some(Ok(&body[..len]))
    }

    /// Decodes the next piece; true once every piece is read.
    pub fn step(&mut self) -> Result<bool, String> {
        let Some(bytes) = self.next() else {
            return Ok(true);
        };
        match serde_json::from_slice(bytes?).map_err(|e| format!("a piece of the report: {e}"))? {
            Piece::Article(a) => self.report.articles.push(a),
            Piece::Pair(p) => self.report.pairs.push(p),
            Piece::Cluster(c) => self.report.clusters.push(c),
            Piece::Fact(f) => self.report.facts.push(f),
        }
        Ok(self.at == self.bytes.len())
    }

    /// The report read so far (all of it once [`Decoder::step`] said so).
    pub fn finish(self) -> Report {
        self.report
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiretrace_engine::{analyze, Article};

    fn decode(bytes: &[u8]) -> Result<Report, String> {
        let mut d = Decoder::new(bytes)?;
        while !d.step()? {}
        Ok(d.finish())
    }

    #[test]
    fn a_generated_report_comes_back_whole_piece_by_piece() {
        let articles: Vec<Article> = wiretrace_synth::corpus_of_size(40, 3)
            .articles
            .into_iter()
            .map(|a| Article {
                id: a.id,
                text: a.text,
                published: Some(a.published),
                ..Default::default()
            })
            .collect();
        let report = analyze(&articles);
        assert!(
            !report.pairs.is_empty() && !report.facts.is_empty() && !report.clusters.is_empty()
        );
        let bytes = encode(&report).expect("encodes");
        let back = decode(&bytes).expect("decodes");
        // What one decoding of the whole report's JSON gives (floats come
        // back as serde_json reads them, either way).
        let whole: Report = serde_json::from_slice(&serde_json::to_vec(&report).unwrap()).unwrap();
        assert_eq!(back, whole);
        assert_eq!(back.facts.len(), report.facts.len());
    }

    #[test]
    fn a_cut_or_garbled_report_is_refused_with_a_reason() {
        let articles = vec![
            Article {
                id: "a".into(),
                text: "One two three four five six seven eight nine ten.".into(),
                ..Default::default()
            },
            Article {
                id: "b".into(),
                text: "One two three four five six seven eight nine ten.".into(),
                ..Default::default()
            },
        ];
        let bytes = encode(&analyze(&articles)).expect("encodes");
        let cut = decode(&bytes[..bytes.len() - 3]).expect_err("cut short");
        assert!(cut.contains("cut short"), "{cut}");
        assert!(decode(&[]).expect_err("empty").contains("empty"));
        let mut garbled = bytes.clone();
        let last = garbled.len() - 2;
        garbled[last] = b'#';
        assert!(decode(&garbled)
            .expect_err("garbled")
            .contains("a piece of the report"));
    }
}
