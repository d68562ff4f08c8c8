//! Progress of one analysis: which stage runs and how far it has gone, for a
//! progress bar while a large set is analyzed.
//!
//! Algorithm: [`crate::analysis::analyze_with_progress`] names each stage as
//! it starts and counts the items of the stages that loop (articles read,
//! pairs compared, articles scored); a [`Reporter`] passes a count on only
//! when it has moved by at least a hundredth of the stage
//! ([`STEPS_PER_STAGE`]), so a stage reports at most about a hundred times
//! whatever its size. The fraction of the whole run is the stage's place in
//! a fixed split of the run ([`Stage::span`], measured on generated corpora)
//! plus its own share done, so it only ever rises, and ends at exactly 1.
//!
//! Cost: one comparison per item, one callback per report; no clock is read
//! (the engine reads none), so the pacing is by work, not by time.

use crate::report::grouped;
use serde::{Deserialize, Serialize};

/// Most reports one stage makes (besides its start): one every hundredth.
pub const STEPS_PER_STAGE: usize = 100;

/// A stage of the analysis, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Each article read: paragraphs, clutter, sentences, words.
    Documents,
    /// Shared n-grams and rare sentence terms: which pairs to compare.
    Candidates,
    /// The candidate pairs compared one by one.
    Pairs,
    /// Credits, agency copy, who took from whom, publication times.
    Lineage,
    /// Each article's shares, verdict, sources and spans.
    Scores,
    /// The facts timeline and the lineage report.
    Facts,
    /// The report is ready.
    Done,
}

impl Stage {
    /// What a person reads while the stage runs.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Documents => "Reading articles",
            Stage::Candidates => "Finding shared phrasing",
            Stage::Pairs => "Comparing pairs",
            Stage::Lineage => "Tracing lineage",
            Stage::Scores => "Scoring articles",
            Stage::Facts => "Grouping facts",
            Stage::Done => "Done",
        }
    }

    /// The part of the whole run this stage takes, as (start, end) fractions:
    /// its share of the wall time of `analyze` on `corpus_of_size(500, 1)`
    /// and `corpus_of_size(2000, 1)` natively (`examples/stagecost.rs`; the
    /// two sets split within 0.02 of each other).
    pub fn span(self) -> (f64, f64) {
        match self {
            Stage::Documents => (0.0, 0.21),
            Stage::Candidates => (0.21, 0.39),
            Stage::Pairs => (0.39, 0.48),
            Stage::Lineage => (0.48, 0.64),
            Stage::Scores => (0.64, 0.66),
            Stage::Facts => (0.66, 1.0),
            Stage::Done => (1.0, 1.0),
        }
    }
}

/// How far an analysis has gone: `done` of `total` items of `stage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The stage running.
    pub stage: Stage,
    /// Items of the stage done (articles, pairs), at most `total`.
    pub done: usize,
    /// Items the stage has; 1 for a stage that is one step.
    pub total: usize,
}

impl Progress {
    /// The fraction of the whole analysis done, from 0 to 1.
    ///
    /// ```
    /// use wiretrace_engine::progress::{Progress, Stage};
    /// let half = Progress { stage: Stage::Pairs, done: 50, total: 100 };
    /// let (start, end) = Stage::Pairs.span();
    /// assert_eq!(half.fraction(), start + (end - start) / 2.0);
    /// assert_eq!(Progress { stage: Stage::Done, done: 1, total: 1 }.fraction(), 1.0);
    /// ```
    pub fn fraction(&self) -> f64 {
        let (start, end) = self.stage.span();
        let part = if self.total == 0 {
            1.0
        } else {
            self.done.min(self.total) as f64 / self.total as f64
        };
        start + (end - start) * part
    }

    /// What a person reads: the stage, and the count for the stages that
    /// count items.
    ///
    /// ```
    /// use wiretrace_engine::progress::{Progress, Stage};
    /// let p = Progress { stage: Stage::Pairs, done: 1234, total: 5000 };
    /// assert_eq!(p.label(), "Comparing pairs: 1,234 of 5,000");
    /// assert_eq!(Progress { stage: Stage::Facts, done: 0, total: 1 }.label(), "Grouping facts");
    /// ```
    pub fn label(&self) -> String {
        if self.total <= 1 {
            self.stage.label().to_owned()
        } else {
            format!(
                "{}: {} of {}",
                self.stage.label(),
                grouped(self.done),
                grouped(self.total)
            )
        }
    }
}

/// Passes progress on to a callback, at most [`STEPS_PER_STAGE`] times per
/// stage besides its start.
pub struct Reporter<'a, F: FnMut(Progress)> {
    report: &'a mut F,
    stage: Stage,
    total: usize,
    next: usize,
}

impl<'a, F: FnMut(Progress)> Reporter<'a, F> {
    /// A reporter that has reported nothing yet.
    pub fn new(report: &'a mut F) -> Self {
        Reporter {
            report,
            stage: Stage::Documents,
            total: 0,
            next: 0,
        }
    }

    /// A stage with `total` items starts; reported at once.
    pub fn stage(&mut self, stage: Stage, total: usize) {
        self.stage = stage;
        self.total = total;
        self.next = 0;
        self.item(0);
    }

    /// `done` items of the current stage are done; reported if the count
    /// moved by a hundredth of the stage since the last report.
    pub fn item(&mut self, done: usize) {
        if done >= self.next {
            self.next = done + self.total.div_ceil(STEPS_PER_STAGE).max(1);
            (self.report)(Progress {
                stage: self.stage,
                done: done.min(self.total),
                total: self.total,
            });
        }
    }

    /// The analysis is over.
    pub fn done(&mut self) {
        self.stage(Stage::Done, 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_cover_the_run_in_stage_order() {
        let stages = [
            Stage::Documents,
            Stage::Candidates,
            Stage::Pairs,
            Stage::Lineage,
            Stage::Scores,
            Stage::Facts,
            Stage::Done,
        ];
        assert_eq!(stages[0].span().0, 0.0);
        assert_eq!(Stage::Facts.span().1, 1.0);
        for w in stages.windows(2) {
            assert!(w[0] < w[1]);
            assert_eq!(w[0].span().1, w[1].span().0, "{:?} then {:?}", w[0], w[1]);
        }
    }

    #[test]
    fn a_large_stage_reports_about_a_hundred_times() {
        let mut seen = Vec::new();
        let mut push = |p: Progress| seen.push(p);
        let mut reporter = Reporter::new(&mut push);
        reporter.stage(Stage::Pairs, 10_000);
        for k in 1..=10_000 {
            reporter.item(k);
        }
        assert_eq!(seen.len(), 101, "the start and every 1%");
        assert_eq!(seen[1].done, 100);
        assert_eq!(seen.last().unwrap().done, 10_000);
    }

    #[test]
    fn a_small_stage_reports_every_item() {
        let mut seen = Vec::new();
        let mut push = |p: Progress| seen.push(p.done);
        let mut reporter = Reporter::new(&mut push);
        reporter.stage(Stage::Documents, 3);
        for k in 1..=3 {
            reporter.item(k);
        }
        assert_eq!(seen, [0, 1, 2, 3]);
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }
}
