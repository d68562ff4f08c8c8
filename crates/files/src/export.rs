//! The report as CSV for spreadsheets: the pair matrix, the facts with their
//! first appearance, and each article's verdict and sources. Pure functions
//! over a [`Report`] and the articles it was made from, so the app's export
//! buttons and the CLI write the same files.
//!
//! Format: RFC 4180 (comma separated, CRLF line ends, a header row, a field
//! quoted when it holds a comma, a quote, a line break or edge white space,
//! quotes doubled). Text fields that a spreadsheet would run as a formula
//! (starting with `=`, `+`, `-`, `@`, tab or carriage return) get a leading
//! `'`, since titles and fact text come from pasted pages; numbers are
//! written as numbers. Shares are fractions in [0, 1] with
//! [`SHARE_DECIMALS`] decimals. Cost: linear in the report (the matrix is
//! N² cells for N articles, looked up through a map of the pairs).

use std::collections::HashMap;
use std::fmt::Write as _;
use wiretrace_engine::report::source_label;
use wiretrace_engine::{Article, Report};

/// Decimals written for a share (0.812 is 81.2%).
pub const SHARE_DECIMALS: usize = 3;

/// Separator between several values inside one field (sources, changes).
pub const LIST_SEPARATOR: &str = "; ";

/// The N×N matrix: row r, column c is the share of article r's body found
/// in article c (empty on the diagonal). Rows and columns in report order.
pub fn pair_matrix_csv(report: &Report) -> String {
    let mut shares: HashMap<(&str, &str), f64> = HashMap::new();
    for pair in &report.pairs {
        shares.insert((&pair.a, &pair.b), pair.a_in_b);
        shares.insert((&pair.b, &pair.a), pair.b_in_a);
    }
    let ids: Vec<&str> = report.articles.iter().map(|a| a.id.as_str()).collect();
    let mut out = String::new();
    let header: Vec<String> = std::iter::once("found in →".to_owned())
        .chain(ids.iter().map(|id| text(id)))
        .collect();
    line(&mut out, &header);
    for row in &ids {
        let mut cells = vec![text(row)];
        for col in &ids {
            cells.push(if row == col {
                String::new()
            } else {
                share(shares.get(&(*row, *col)).copied().unwrap_or(0.0))
            });
        }
        line(&mut out, &cells);
    }
    out
}

/// One row per fact: its id, text, first article and that article's time,
/// the articles that carry it, how many mentions, and its changed figures
/// ("A5: 100 → 118").
pub fn facts_csv(report: &Report) -> String {
    let published: HashMap<&str, &str> = report
        .articles
        .iter()
        .filter_map(|a| Some((a.id.as_str(), a.published.as_deref()?)))
        .collect();
    let mut out = String::new();
    line(
        &mut out,
        &[
            "fact",
            "text",
            "first",
            "first_published",
            "articles",
            "mentions",
            "changes",
        ]
        .map(str::to_owned),
    );
    for fact in &report.facts {
        let mut articles: Vec<&str> = Vec::new();
        for m in &fact.mentions {
            if !articles.contains(&m.article.as_str()) {
                articles.push(&m.article);
            }
        }
        let changes: Vec<String> = fact
            .changes
            .iter()
            .map(|c| format!("{}: {} → {}", c.article, c.from, c.to))
            .collect();
        line(
            &mut out,
            &[
                text(&fact.id),
                text(&fact.text),
                text(&fact.first),
                text(published.get(fact.first.as_str()).copied().unwrap_or("")),
                text(&articles.join(LIST_SEPARATOR)),
                fact.mentions.len().to_string(),
                text(&changes.join(LIST_SEPARATOR)),
            ],
        );
    }
    out
}

/// One row per article: id, title, outlet, URL, publication time (as the
/// timeline read it), words, verdict, shares, whether it is uncredited
/// agency copy, and its sources with share and mode ("AFP 90% verbatim").
pub fn articles_csv(report: &Report, articles: &[Article]) -> String {
    let given: HashMap<&str, &Article> = articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut out = String::new();
    line(
        &mut out,
        &[
            "article",
            "title",
            "outlet",
            "url",
            "published",
            "words",
            "verdict",
            "derived_share",
            "verbatim_share",
            "paraphrase_share",
            "uncredited",
            "sources",
        ]
        .map(str::to_owned),
    );
    for a in &report.articles {
        let article = given.get(a.id.as_str());
        let field = |f: fn(&Article) -> &Option<String>| {
            text(article.and_then(|x| f(x).as_deref()).unwrap_or(""))
        };
        let sources: Vec<String> = a
            .sources
            .iter()
            .map(|s| {
                let mode = serde_json::to_value(s.mode)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                format!(
                    "{} {} {mode}",
                    source_label(&s.source),
                    wiretrace_engine::report::percent(s.share)
                )
            })
            .collect();
        line(
            &mut out,
            &[
                text(&a.id),
                field(|x| &x.title),
                field(|x| &x.outlet),
                field(|x| &x.url),
                text(a.published.as_deref().unwrap_or("")),
                a.words.to_string(),
                text(a.verdict.label()),
                share(a.derived_share),
                share(a.verbatim_share),
                share(a.paraphrase_share),
                a.uncredited.to_string(),
                text(&sources.join(LIST_SEPARATOR)),
            ],
        );
    }
    out
}

/// A share as a fraction with [`SHARE_DECIMALS`] decimals.
fn share(s: f64) -> String {
    format!("{s:.SHARE_DECIMALS$}")
}

/// A text field, defused when a spreadsheet would read it as a formula.
fn text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

/// Appends one record, each field quoted as RFC 4180 asks, ended by CRLF.
fn line(out: &mut String, fields: &[String]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let quote = f.contains([',', '"', '\n', '\r'])
            || f.starts_with(char::is_whitespace)
            || f.ends_with(char::is_whitespace);
        if quote {
            let _ = write!(out, "\"{}\"", f.replace('"', "\"\""));
        } else {
            out.push_str(f);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiretrace_engine::analyze;

    /// Reads RFC 4180 back (quotes, doubled quotes, CRLF), to check what
    /// was written rather than its spelling.
    fn parse(csv: &str) -> Vec<Vec<String>> {
        let mut rows = vec![];
        let mut row = vec![];
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = csv.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        assert!(
            field.is_empty() && row.is_empty(),
            "the last line ends with CRLF"
        );
        rows
    }

    /// A council notice and two papers that ran it, written for this test.
    fn articles() -> Vec<Article> {
        let notice = "The town council of Marlow Fen voted on Tuesday to close the old footbridge over the river Lode after engineers found cracks in two of its three supports. \
            Repairs are expected to cost 240,000 pounds and to take until the spring, the council said in a statement. \
            Walkers will be sent over the road bridge a mile downstream, and a free minibus will run every half hour on market days. \
            The footbridge was built in 1911 and last repaired in 1987.";
        let paper = format!(
            "{notice} Local shop owners said they feared losing trade over the winter months."
        );
        let own = "A choir from the village of Hurst Green sang at the harvest festival, which drew more visitors than ever, the organisers said, with stalls selling apples, cider and bread.";
        vec![
            Article {
                id: "notice".into(),
                title: Some("Footbridge, closed".into()),
                outlet: Some("Marlow Fen Council".into()),
                published: Some("2024-10-01T09:00".into()),
                text: notice.into(),
                ..Default::default()
            },
            Article {
                id: "paper".into(),
                title: Some("=SUM(A1) \"bridge\" shut".into()),
                url: Some("https://example.org/bridge?a=1,b=2".into()),
                published: Some("2024-10-01T15:00".into()),
                text: paper,
                ..Default::default()
            },
            Article {
                id: "choir".into(),
                text: own.into(),
                ..Default::default()
            },
        ]
    }

    #[test]
    fn the_matrix_holds_each_direction_and_an_empty_diagonal() {
        let report = analyze(&articles());
        let rows = parse(&pair_matrix_csv(&report));
        assert_eq!(rows[0][1..], ["notice", "paper", "choir"]);
        assert_eq!(rows.len(), 4);
        let pair = report
            .pair("notice", "paper")
            .expect("the paper ran the notice");
        let (notice_in_paper, paper_in_notice) = if pair.a == "notice" {
            (pair.a_in_b, pair.b_in_a)
        } else {
            (pair.b_in_a, pair.a_in_b)
        };
        let cell = |r: usize, c: usize| rows[r][c].parse::<f64>().unwrap();
        assert!((cell(1, 2) - notice_in_paper).abs() < 1e-3 && cell(1, 2) > 0.5);
        assert!((cell(2, 1) - paper_in_notice).abs() < 1e-3);
        assert_eq!(rows[1][1], "");
        assert_eq!(cell(3, 1), 0.0, "the choir shares nothing");
    }

    #[test]
    fn articles_carry_their_verdict_sources_and_quoted_fields() {
        let list = articles();
        let report = analyze(&list);
        let csv = articles_csv(&report, &list);
        let rows = parse(&csv);
        assert_eq!(rows[0][0], "article");
        let paper = rows.iter().find(|r| r[0] == "paper").unwrap();
        // A title that looks like a formula is defused; quotes and commas survive.
        assert_eq!(paper[1], "'=SUM(A1) \"bridge\" shut");
        assert_eq!(paper[3], "https://example.org/bridge?a=1,b=2");
        let verdict = report
            .articles
            .iter()
            .find(|a| a.id == "paper")
            .unwrap()
            .verdict;
        assert_eq!(paper[6], verdict.label());
        assert!(paper[11].contains("notice"), "sources: {:?}", paper[11]);
        let choir = rows.iter().find(|r| r[0] == "choir").unwrap();
        assert_eq!(choir[6], "independent");
        assert_eq!(choir[11], "");
    }

    #[test]
    fn facts_name_their_first_article_and_its_time() {
        let report = analyze(&articles());
        let rows = parse(&facts_csv(&report));
        assert_eq!(rows[0][..3], ["fact", "text", "first"]);
        assert_eq!(rows.len(), report.facts.len() + 1);
        let cost = rows
            .iter()
            .find(|r| r[1].contains("240,000"))
            .expect("the cost is a fact");
        assert_eq!(cost[2], "notice");
        assert_eq!(cost[3], "2024-10-01T09:00");
        assert!(cost[4].contains("paper"), "{cost:?}");
    }

    #[test]
    fn quoting_follows_rfc_4180() {
        let mut out = String::new();
        line(
            &mut out,
            &["plain", "a,b", "say \"hi\"", "two\nlines", " edge", ""].map(str::to_owned),
        );
        assert_eq!(
            out,
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" edge\",\r\n"
        );
        assert_eq!(text("-3 dead"), "'-3 dead");
        assert_eq!(share(0.81234), "0.812");
    }
}
