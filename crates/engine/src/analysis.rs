//! Analysis: runs the stages over a set of articles and assembles the report.
//!
//! Pipeline: prepare each article ([`crate::document`]: paragraphs,
//! boilerplate, sentences, tokens); index hashed word n-grams for match points
//! per pair ([`crate::candidates`]) and sentence terms for paraphrase
//! candidates ([`crate::paraphrase`]); compare every pair that has either
//! ([`crate::pair`]); infer the lineage ([`crate::lineage`]); score pairs and
//! articles ([`crate::scores`]); group passages into clusters
//! ([`crate::clusters`]); read publication times and order the set
//! ([`crate::timeline`]); find and group the facts ([`crate::facts`]).
//!
//! Cost: O(T) for T tokens in all, plus the shared text: pairs that share no
//! n-gram and no rare sentence terms are never compared, so the cost follows
//! total words, not the number of pairs.
//!
//! [`analyze_with_progress`] reports each stage and its count as it goes
//! ([`crate::progress`]); [`analyze_with`] is the same run without a listener.

use crate::boilerplate::{self, Clutter};
use crate::candidates::{match_points, Limits};
use crate::clusters::cluster;
use crate::credits::{self, Credit};
use crate::document::Document;
use crate::lineage::{self, AgencyCopy, Node};
use crate::options::Options;
use crate::pair::{compare, Context};
use crate::paraphrase::Terms;
use crate::progress::{Progress, Reporter, Stage};
use crate::report::{Report, REPORT_VERSION};
use crate::scores::{self, Scorer};

use crate::workspace::Article;

/// Analyzes articles with the default options.
///
/// ```
/// use wiretrace_engine::{analyze, Article};
/// let wire = "The strike killed two members and wounded seven others, said the official.";
/// let copy = "Reports say the strike killed two members and wounded seven others, said the official.";
/// let articles = [
///     Article { id: "wire".into(), text: wire.into(), ..Default::default() },
///     Article { id: "copy".into(), text: copy.into(), ..Default::default() },
/// ];
/// let report = analyze(&articles);
/// let pair = report.pair("wire", "copy").unwrap();
/// assert_eq!(pair.a_in_b, 1.0);
/// assert_eq!(&copy[pair.passages[0].b_start..pair.passages[0].b_end],
///            "the strike killed two members and wounded seven others, said the official");
/// ```
pub fn analyze(articles: &[Article]) -> Report {
    analyze_with(articles, &Options::default())
}

/// Analyzes articles with the given options.
pub fn analyze_with(articles: &[Article], options: &Options) -> Report {
    analyze_with_progress(articles, options, &mut |_| {})
}

/// Analyzes articles with the given options, telling `progress` which stage
/// runs and how far it is (about a hundred calls per stage at most, the last
/// one [`Stage::Done`]). The report is the one [`analyze_with`] gives.
pub fn analyze_with_progress(
    articles: &[Article],
    options: &Options,
    progress: &mut impl FnMut(Progress),
) -> Report {
    let mut reporter = Reporter::new(progress);
    reporter.stage(Stage::Documents, articles.len());
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let doc = Document::with_options(t, options);
            reporter.item(k + 1);
            doc
        })
        .collect();
    reporter.stage(Stage::Candidates, 1);
    let terms = Terms::new(&docs, &texts);
    let tokens: Vec<&[crate::text::Token]> = docs.iter().map(|d| d.tokens.as_slice()).collect();
    let limits = Limits {
        n: options.ngram,
        max_postings: options.max_postings,
        common: options.common,
        min_points: options.min_points,
        long: options.long_run_points,
    };
    let mut points = match_points(&tokens, limits);
    let mut sentence_candidates = terms.candidates(&options.paraphrase);
    let mut pairs: Vec<(u32, u32)> = points
        .keys()
        .chain(sentence_candidates.keys())
        .copied()
        .collect();
    pairs.sort_unstable();
    pairs.dedup();

    let ctx = Context {
        docs: &docs,
        texts: &texts,
        terms: &terms,
        options,
    };
    let mut scorer = Scorer::new(articles, &docs);
    let mut sides = Vec::new();
    reporter.stage(Stage::Pairs, pairs.len());
    for (k, (i, j)) in pairs.into_iter().enumerate() {
        reporter.item(k);
        let mut points = points.remove(&(i, j)).unwrap_or_default();
        let mut sentences = sentence_candidates.remove(&(i, j)).unwrap_or_default();
        // Compare in id order, whatever the input order, so that results do
        // not depend on it; then turn the finding back to input order.
        let swap = articles[j as usize].id < articles[i as usize].id;
        if swap {
            points
                .iter_mut()
                .for_each(|p| std::mem::swap(&mut p.a, &mut p.b));
            sentences
                .iter_mut()
                .for_each(|p| std::mem::swap(&mut p.0, &mut p.1));
        }
        let (x, y) = if swap { (j, i) } else { (i, j) };
        let found = compare(&ctx, (x as usize, y as usize), points, &sentences);
        if let Some(mut finding) = found {
            if swap {
                finding.swap_sides();
            }
            for p in &finding.passages {
                sides.push((
                    (i as usize, p.a_start..p.a_end),
                    (j as usize, p.b_start..p.b_end),
                ));
            }
            scorer.add_pair((i as usize, j as usize), finding);
        }
    }
    reporter.stage(Stage::Lineage, 1);
    let ids: Vec<String> = articles.iter().map(|a| a.id.clone()).collect();
    let (pairs, links) = scorer.finish();
    let times = scores::times(articles);
    let credits: Vec<Vec<Credit>> = texts.iter().map(|t| credits::find(t)).collect();
    let agency: Vec<AgencyCopy> = (0..articles.len())
        .map(|i| {
            let feed = docs[i].boilerplate.iter().any(|(r, k)| {
                *k == Clutter::Wire && boilerplate::feed_marker(&texts[i][r.clone()])
            });
            AgencyCopy::of(articles[i].outlet.as_deref(), feed, &credits[i], &docs[i])
        })
        .collect();
    let mut by_id: Vec<usize> = (0..articles.len()).collect();
    by_id.sort_by(|&x, &y| articles[x].id.cmp(&articles[y].id));
    let mut rank = vec![0; articles.len()];
    for (r, &i) in by_id.iter().enumerate() {
        rank[i] = r;
    }
    let lineage = lineage::infer(
        &lineage::Input {
            docs: &docs,
            times: &times,
            credits: &credits,
            agency: &agency,
            links: &links,
            rank: &rank,
        },
        options,
    );
    let wire_ids = lineage::wire_ids(&lineage);
    let timeline = crate::timeline::read(articles, &options.timeline);
    let node_id = |node: Node| match node {
        Node::Article(i) => ids[i].clone(),
        Node::Wire(w) => wire_ids[w].clone(),
    };
    reporter.stage(Stage::Scores, articles.len());
    let mut reports: Vec<_> = credits
        .into_iter()
        .enumerate()
        .map(|(i, credits)| {
            reporter.item(i);
            let prepared = scores::Prepared {
                index: i,
                article: &articles[i],
                doc: &docs[i],
                credits,
                published: timeline.shown(i, articles),
            };
            scores::article(prepared, &lineage, &node_id, options)
        })
        .collect();
    reporter.stage(Stage::Facts, 1);
    let (lineage_report, origins) =
        lineage::report(&lineage, articles, &reports, &agency, &wire_ids, &docs);
    let (facts, added) = crate::facts::find(
        &crate::facts::Input {
            articles,
            texts: &texts,
            docs: &docs,
            terms: &terms,
            times: &timeline,
            reports: &reports,
        },
        &options.facts,
    );
    for (report, added) in reports.iter_mut().zip(added) {
        report.added = added;
    }
    let clusters = cluster(&sides, &ids);
    reporter.done();
    Report {
        wiretrace: REPORT_VERSION,
        articles: reports,
        pairs,
        clusters,
        lineage: lineage_report,
        origins,
        timeline: timeline.report(articles),
        facts,
    }
}
