//! The facts timeline as data: which facts a filter shows, which articles
//! make its columns, what each cell marks, and the words of a change, a
//! contradiction, a publication time and an origin. Pure (no signals, no
//! DOM), read from the report and its [`ReportIndex`], tested natively.
//!
//! Cost: a filter is O(F) over the facts (O(facts of one article) with the
//! article filter), plus a substring search of each remaining fact's
//! lowercased text; a row is O(C + changes + contradictions) for C columns.

use crate::index::ReportIndex;
use wiretrace_engine::report::{ArticleReport, Change, Fact, MentionHow, PublishedFrom, Report};

/// From this many facts on, single-article facts are hidden at first, so
/// the facts several articles share come first.
pub const MANY_FACTS: usize = 40;

/// Most articles shown as columns: beyond, only those carrying a drawn fact,
/// and at most this many of them.
pub const MAX_COLUMNS: usize = 40;

/// Most rows in a page of the timeline; "show more" draws another page.
pub const PAGE: usize = 100;

/// Cells a page of the timeline holds at most (a row has one per column):
/// with many columns a page has fewer rows, so it draws fast.
pub const PAGE_CELLS: usize = 1_000;

/// Rows in a page of the timeline for a set of `articles`: [`PAGE`], or
/// fewer (at least 20) when the columns are many (at most [`PAGE_CELLS`]
/// cells).
///
/// ```
/// use wiretrace_app::facts::{page_rows, PAGE};
/// assert_eq!(page_rows(5), PAGE);
/// assert_eq!(page_rows(2000), 25);
/// ```
pub fn page_rows(articles: usize) -> usize {
    (PAGE_CELLS / articles.clamp(1, MAX_COLUMNS)).clamp(20, PAGE)
}

/// Bytes of text shown on each side of a mention in the fact panel.
pub const CONTEXT: usize = 120;

/// Whether single-article facts are shown before the person chooses: yes
/// for small sets, no from [`MANY_FACTS`] facts on.
pub fn single_by_default(facts: usize) -> bool {
    facts < MANY_FACTS
}

/// What the person asked to see.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only facts with a changed number or a contradiction.
    pub changed_only: bool,
    /// Only facts this article (an index) carries.
    pub article: Option<usize>,
    /// Only facts whose text or any mention contains this, ignoring case.
    pub search: String,
    /// Show facts that only one article carries.
    pub single: bool,
}

/// The facts a filter lets through, facts of the text and photo captions
/// apart, each in the report's order (first appearance).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shown {
    /// Facts of the text, as indices into the report's facts.
    pub facts: Vec<usize>,
    /// Photo captions.
    pub captions: Vec<usize>,
    /// Every fact of the report.
    pub total: usize,
    /// Facts that pass the other filters but only one article carries,
    /// hidden because [`Filter::single`] is off.
    pub single_hidden: usize,
}

impl Shown {
    /// Rows shown, captions included.
    pub fn len(&self) -> usize {
        self.facts.len() + self.captions.len()
    }

    /// Whether nothing is shown.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// "showing 21 of 64 facts", and what the single-article switch hides.
    pub fn count_line(&self) -> String {
        let mut line = format!(
            "showing {} of {} fact{}",
            self.len(),
            self.total,
            if self.total == 1 { "" } else { "s" }
        );
        if self.single_hidden > 0 {
            line += &format!(" ({} more in one article only, hidden)", self.single_hidden);
        }
        line
    }
}

/// The facts of `report` that `filter` lets through.
pub fn shown(report: &Report, index: &ReportIndex, filter: &Filter) -> Shown {
    let needle = filter.search.trim().to_lowercase();
    let all: Vec<usize>;
    let candidates: &[usize] = match filter.article {
        Some(a) => index.facts_of(a),
        None => {
            all = (0..report.facts.len()).collect();
            &all
        }
    };
    let mut out = Shown {
        total: report.facts.len(),
        ..Shown::default()
    };
    for &f in candidates {
        let fact = &report.facts[f];
        if filter.changed_only && fact.changes.is_empty() && fact.contradictions.is_empty() {
            continue;
        }
        if !needle.is_empty() && !index.fact_contains(f, &needle) {
            continue;
        }
        if !filter.single && index.spread(f) < 2 {
            out.single_hidden += 1;
            continue;
        }
        if fact.caption {
            out.captions.push(f);
        } else {
            out.facts.push(f);
        }
    }
    out
}

/// The articles shown as columns, in timeline order: all of them, or, in a
/// set of more than [`MAX_COLUMNS`], those that carry one of `rows` (the
/// rows drawn), and of those at most [`MAX_COLUMNS`], the ones carrying the
/// most of the rows (ties to the earlier); the second value says whether
/// some articles were left out. O(A + mentions of `rows`).
pub fn columns(report: &Report, index: &ReportIndex, rows: &[usize]) -> (Vec<usize>, bool) {
    let order = index.timeline();
    if order.len() <= MAX_COLUMNS {
        return (order.to_vec(), false);
    }
    let mut carries = vec![0usize; report.articles.len()];
    for &f in rows {
        for a in report.facts[f]
            .mentions
            .iter()
            .filter_map(|m| index.article(&m.article))
            .collect::<std::collections::BTreeSet<usize>>()
        {
            carries[a] += 1;
        }
    }
    let mut kept: Vec<(usize, usize)> = order
        .iter()
        .enumerate()
        .filter(|&(_, &a)| carries[a] > 0)
        .map(|(at, &a)| (at, a))
        .collect();
    if kept.len() > MAX_COLUMNS {
        kept.sort_by(|x, y| carries[y.1].cmp(&carries[x.1]).then(x.0.cmp(&y.0)));
        kept.truncate(MAX_COLUMNS);
        kept.sort_unstable();
    }
    let cut = kept.len() < order.len();
    (kept.into_iter().map(|(_, a)| a).collect(), cut)
}

/// What a cell of the timeline says about its article and its fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The article does not carry the fact.
    Absent,
    /// The fact's first appearance.
    First,
    /// A later mention, and how it states the fact.
    Repeat(MentionHow),
}

impl Mark {
    /// The mark's symbol, shown beside its word so no meaning rests on colour.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Absent => "",
            Mark::First | Mark::Repeat(MentionHow::First) => "●",
            Mark::Repeat(MentionHow::Verbatim) => "=",
            Mark::Repeat(MentionHow::Reworded) => "≈",
            Mark::Repeat(MentionHow::Merged) => "⊂",
        }
    }

    /// The mark in one short word, as the cell shows it.
    pub fn word(self) -> &'static str {
        match self {
            Mark::Absent => "",
            Mark::First | Mark::Repeat(MentionHow::First) => "first",
            Mark::Repeat(MentionHow::Verbatim) => "verbatim",
            Mark::Repeat(MentionHow::Reworded) => "reworded",
            Mark::Repeat(MentionHow::Merged) => "merged",
        }
    }

    /// The mark in full, for the cell's tooltip (the engine's wording of a
    /// mention).
    pub fn title(self) -> String {
        match self {
            Mark::Absent => "does not carry it".to_owned(),
            Mark::First => "first appearance".to_owned(),
            Mark::Repeat(how) => format!("repeats it: {}", how.label()),
        }
    }
}

/// One cell of a fact's row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    /// The article (column), an index.
    pub article: usize,
    /// Whether and how it carries the fact.
    pub mark: Mark,
    /// A number of the fact changed in this article.
    pub changed: bool,
    /// This article contradicts the fact.
    pub contradicts: bool,
}

/// The cells of fact `f` under `columns`: one hash probe per column, the
/// fact's own changes and contradictions looked at once.
pub fn cells(report: &Report, index: &ReportIndex, f: usize, columns: &[usize]) -> Vec<Cell> {
    let fact = &report.facts[f];
    let changed: Vec<usize> = fact
        .changes
        .iter()
        .filter_map(|c| index.article(&c.article))
        .collect();
    let contradicting: Vec<usize> = fact
        .contradictions
        .iter()
        .filter_map(|c| index.article(&c.article))
        .collect();
    columns
        .iter()
        .map(|&a| Cell {
            article: a,
            mark: match index.mention(f, a).map(|k| fact.mentions[k].how) {
                None => Mark::Absent,
                Some(MentionHow::First) => Mark::First,
                Some(how) => Mark::Repeat(how),
            },
            changed: changed.contains(&a),
            contradicts: contradicting.contains(&a),
        })
        .collect()
}

/// A changed number in words: "100 → 118 attacks (more than 100 in A1, at
/// least 118 in A5)".
pub fn change_words(c: &Change) -> String {
    let unit = c
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    format!(
        "{} → {}{unit} ({} in {}, {} in {})",
        c.from, c.to, c.from_text, c.from_article, c.to_text, c.article
    )
}

/// A fact's contradictions grouped by what they say, in order: each note
/// with the articles that contradict it so, each named once.
pub fn contradiction_groups(fact: &Fact) -> Vec<(&str, Vec<&str>)> {
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for c in &fact.contradictions {
        match groups.iter_mut().find(|(note, _)| *note == c.note) {
            Some((_, articles)) if articles.contains(&c.article.as_str()) => {}
            Some((_, articles)) => articles.push(&c.article),
            None => groups.push((&c.note, vec![&c.article])),
        }
    }
    groups
}

/// One group of [`contradiction_groups`] in words: "contradicted in 001,
/// 003: …".
pub fn contradiction_words(note: &str, articles: &[&str]) -> String {
    format!("contradicted in {}: {note}", articles.join(", "))
}

/// Most characters of a time's evidence quoted beside it.
const EVIDENCE_CHARS: usize = 80;

/// Where an article's publication time came from, in words: "given",
/// "read from the text: “Jan 4 (Reuters)” (dateline)", or "unknown".
/// `text` is the article's text, for the evidence's words.
pub fn time_source(article: &ArticleReport, text: &str) -> String {
    match article.published_from {
        PublishedFrom::Given | PublishedFrom::Unknown => article.published_from.label().to_owned(),
        PublishedFrom::Text => match &article.published_evidence {
            None => article.published_from.label().to_owned(),
            Some(e) => {
                let words = text
                    .get(e.start..e.end)
                    .unwrap_or_default()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                let anchor = e
                    .anchor
                    .as_deref()
                    .map(|a| format!(", by {a}'s date"))
                    .unwrap_or_default();
                format!(
                    "{}: “{}” ({}{anchor})",
                    article.published_from.label(),
                    crate::layout::clip(&words, EVIDENCE_CHARS),
                    e.cue.label()
                )
            }
        },
    }
}

/// An article's time and where it came from, in one line: "2024-01-04,
/// read from the text: “Thursday” (…)", "2026-03-03T09:40, given", or "no
/// publication time known".
pub fn time_line(article: &ArticleReport, text: &str) -> String {
    match &article.published {
        Some(t) => format!("{t}, {}", time_source(article, text)),
        None => "no publication time known".to_owned(),
    }
}

/// An article's time as a column head shows it, in two short lines: the
/// day (or the year, or "no time"), then the time of day with where the
/// time came from ("06:00 · given", "from the text", or nothing when
/// unknown).
pub fn column_time(article: &ArticleReport) -> (String, String) {
    let from = match article.published_from {
        PublishedFrom::Given => "given",
        PublishedFrom::Text => "from the text",
        PublishedFrom::Unknown => "",
    };
    let Some(published) = article.published.as_deref() else {
        return ("no time".to_owned(), from.to_owned());
    };
    let local = datetime_local(published);
    match local.split_once('T') {
        Some((day, clock)) if published.len() > 10 => (day.to_owned(), format!("{clock} · {from}")),
        _ => (published.to_owned(), from.to_owned()),
    }
}

/// Where a fact's first words come from, in words. `origin` is the fact's
/// origin id, `first` the label of the article it first appears in and
/// `label` the label of the origin (an article's label, else the engine's
/// `source_label`).
pub fn origin_words(origin: &str, first: &str, label: &str) -> String {
    if origin == wiretrace_engine::report::OWN {
        format!("{first}'s own material")
    } else if origin.starts_with("wire:") {
        format!("{label}: an inferred wire source, not in the set")
    } else if origin.starts_with("credited:") {
        format!("{label}: credited in the text, not in the set")
    } else {
        format!("taken from {label}")
    }
}

/// A mention in its surroundings: the words before it, the mention, the
/// words after; `…` marks text left out, and a paragraph break is one line
/// break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// Text before the mention.
    pub before: String,
    /// The mention itself.
    pub marked: String,
    /// Text after it.
    pub after: String,
}

/// `start..end` of `text` with up to [`CONTEXT`] bytes on each side, cut
/// at a word; None when the range is not in the text.
pub fn snippet(text: &str, start: usize, end: usize) -> Option<Snippet> {
    let marked = text.get(start..end)?;
    let from = floor_boundary(text, start.saturating_sub(CONTEXT));
    let mut before = &text[from..start];
    if from > 0 {
        before = before
            .find(char::is_whitespace)
            .map_or("", |p| &before[p..]);
    }
    let to = ceil_boundary(text, (end + CONTEXT).min(text.len()));
    let mut after = &text[end..to];
    if to < text.len() {
        after = after.rfind(char::is_whitespace).map_or("", |p| &after[..p]);
    }
    let before = tidy(before.trim_start());
    let after = tidy(after.trim_end());
    Some(Snippet {
        before: if from > 0 && !before.is_empty() {
            format!("…{before}")
        } else {
            before
        },
        marked: marked.to_owned(),
        after: if to < text.len() && !after.is_empty() {
            format!("{after}…")
        } else {
            after
        },
    })
}

/// White space as a snippet shows it: a run holding a line break becomes
/// one line break, any other run one space.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap: Option<bool> = None;
    for c in text.chars() {
        if c.is_whitespace() {
            let newline = c == '\n';
            gap = Some(gap.unwrap_or(false) || newline);
        } else {
            if let Some(newline) = gap.take() {
                out.push(if newline { '\n' } else { ' ' });
            }
            out.push(c);
        }
    }
    if let Some(newline) = gap {
        out.push(if newline { '\n' } else { ' ' });
    }
    out
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A given publication time as a `datetime-local` field shows it
/// (`2024-01-04T10:00`, in UTC, as the engine reads a time without a zone);
/// empty when it is not a time.
pub fn datetime_local(given: &str) -> String {
    let Some(secs) = wiretrace_engine::published::parse(given) else {
        return String::new();
    };
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}",
        rest / 3600,
        rest % 3600 / 60
    )
}

/// Year, month and day of a day count since 1970-01-01 (proleptic
/// Gregorian; Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The fact of a new report that is `old` (a fact of an earlier analysis
/// of the same articles): the one holding one of its mentions. Fact ids
/// follow first appearance, so they move when times change.
pub fn same_fact(old: &Fact, index: &ReportIndex) -> Option<usize> {
    old.mentions
        .iter()
        .find_map(|m| index.fact_at(index.article(&m.article)?, m.start, m.end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::seeds_or_two;
    use wiretrace_engine::{analyze, Article};

    /// The seeds (ids 000 … 004) analyzed and indexed; None (with a note)
    /// when they are not there.
    fn seeds() -> Option<(Vec<Article>, Report, ReportIndex)> {
        let mut articles = seeds_or_two();
        if articles.len() != 5 {
            eprintln!("seeds not found: skipping");
            return None;
        }
        for a in &mut articles {
            a.id.truncate(3);
        }
        let report = analyze(&articles);
        let index = ReportIndex::new(&report, &articles);
        Some((articles, report, index))
    }

    fn fact_with<'a>(report: &'a Report, words: &str) -> (usize, &'a Fact) {
        report
            .facts
            .iter()
            .enumerate()
            .find(|(_, f)| f.text.contains(words))
            .unwrap_or_else(|| panic!("no fact says {words:?}"))
    }

    #[test]
    fn the_seeds_toll_is_first_in_000_and_repeated_in_the_four_others() {
        let Some((_, report, index)) = seeds() else {
            return;
        };
        let (f, _) = fact_with(&report, "wounded seven others");
        let cols = index.timeline().to_vec();
        let marks: Vec<Mark> = cells(&report, &index, f, &cols)
            .iter()
            .map(|c| c.mark)
            .collect();
        assert_eq!(marks[0], Mark::First, "{marks:?}");
        assert!(
            marks[1..].iter().all(|m| matches!(m, Mark::Repeat(_))),
            "{marks:?}"
        );
    }

    #[test]
    fn a_search_finds_a_fact_by_the_words_of_any_mention_ignoring_case() {
        let Some((_, report, index)) = seeds() else {
            return;
        };
        let filter = |search: &str| Filter {
            search: search.into(),
            single: true,
            ..Filter::default()
        };
        let (toll, _) = fact_with(&report, "wounded seven others");
        assert!(shown(&report, &index, &filter("SEVEN"))
            .facts
            .contains(&toll));
        // Only 001's rewording says "seven injured".
        assert_eq!(
            shown(&report, &index, &filter("seven injured")).facts,
            [toll]
        );
        assert!(shown(&report, &index, &filter("no such words anywhere")).is_empty());
        assert_eq!(
            shown(&report, &index, &filter("  ")).len(),
            report.facts.len()
        );
    }

    #[test]
    fn the_changed_filter_keeps_the_changed_count_and_the_contradicted_silence() {
        let Some((_, report, index)) = seeds() else {
            return;
        };
        let filter = Filter {
            changed_only: true,
            single: true,
            ..Filter::default()
        };
        let kept = shown(&report, &index, &filter);
        let (attacks, fact) = fact_with(&report, "more than 100 attacks");
        let (silence, _) = fact_with(&report, "no immediate comment");
        assert!(kept.facts.contains(&attacks) && kept.facts.contains(&silence));
        assert!(kept
            .facts
            .iter()
            .all(|&f| !report.facts[f].changes.is_empty()
                || !report.facts[f].contradictions.is_empty()));
        let change = &fact.changes[0];
        assert_eq!(
            change_words(change),
            "100 → 118 attacks (more than 100 in 000, at least 118 in 004)"
        );
        let cols = index.timeline().to_vec();
        let cells = cells(&report, &index, attacks, &cols);
        assert!(cells[4].changed && !cells[0].changed);
    }

    #[test]
    fn the_article_filter_keeps_what_that_article_carries_and_captions_come_apart() {
        let Some((_, report, index)) = seeds() else {
            return;
        };
        let a = index.article("004").unwrap();
        let filter = Filter {
            article: Some(a),
            single: true,
            ..Filter::default()
        };
        let kept = shown(&report, &index, &filter);
        assert_eq!(kept.len(), index.facts_of(a).len());
        for &f in kept.facts.iter().chain(&kept.captions) {
            assert!(report.facts[f].mentions.iter().any(|m| m.article == "004"));
        }
        assert!(!kept.captions.is_empty(), "004 carries photo captions");
        assert!(kept.captions.iter().all(|&f| report.facts[f].caption));
        assert!(kept.facts.iter().all(|&f| !report.facts[f].caption));
    }

    #[test]
    fn many_facts_hide_single_article_facts_until_asked() {
        let Some((_, report, index)) = seeds() else {
            return;
        };
        assert!(report.facts.len() >= MANY_FACTS);
        assert!(!single_by_default(report.facts.len()));
        assert!(single_by_default(MANY_FACTS - 1));
        let kept = shown(&report, &index, &Filter::default());
        assert!(kept.facts.iter().all(|&f| index.spread(f) >= 2));
        assert_eq!(kept.len() + kept.single_hidden, report.facts.len());
        assert!(kept.count_line().starts_with(&format!(
            "showing {} of {} facts",
            kept.len(),
            report.facts.len()
        )));
    }

    #[test]
    fn a_small_set_keeps_every_column_and_a_large_one_only_those_with_a_shown_fact() {
        let article = |i: usize, text: &str| Article {
            id: format!("a{i}"),
            text: text.into(),
            ..Default::default()
        };
        let mut articles: Vec<Article> = (0..MAX_COLUMNS + 2)
            .map(|i| article(i, &format!("Nothing of note number {i} happened here.")))
            .collect();
        articles[3] = article(
            3,
            "The mayor of Kestrel Bay said 212 people were evacuated on Tuesday.",
        );
        articles[7] = article(
            7,
            "The mayor of Kestrel Bay said 212 people were evacuated on Tuesday.",
        );
        let report = analyze(&articles);
        let index = ReportIndex::new(&report, &articles);
        let (f, _) = fact_with(&report, "212 people");
        let (kept, cut) = columns(&report, &index, &[f]);
        assert!(cut);
        assert_eq!(kept, [3, 7]);
        let (all, cut) = columns(&report, &index, &[]);
        assert!(cut && all.is_empty());
        // More carrying articles than columns: those carrying the most rows.
        let many: Vec<Article> = (0..MAX_COLUMNS + 10)
            .map(|i| {
                article(
                    i,
                    "The mayor of Kestrel Bay said 212 people were evacuated on Tuesday.",
                )
            })
            .collect();
        let report = analyze(&many);
        let index = ReportIndex::new(&report, &many);
        let rows: Vec<usize> = (0..report.facts.len()).collect();
        let (kept, cut) = columns(&report, &index, &rows);
        assert!(cut);
        assert_eq!(kept.len(), MAX_COLUMNS);
        let at = |a: usize| index.timeline().iter().position(|&x| x == a);
        assert!(
            kept.windows(2).all(|w| at(w[0]) < at(w[1])),
            "in timeline order"
        );
        let few = &articles[..4];
        let report = analyze(few);
        let index = ReportIndex::new(&report, few);
        assert_eq!(columns(&report, &index, &[]), (vec![0, 1, 2, 3], false));
    }

    #[test]
    fn a_snippet_holds_the_mention_and_its_surroundings_cut_at_words() {
        let text = "Headline\n\nFirst sentence  here. The mention itself. After it comes more.\n\n\nNext paragraph.";
        let start = text.find("The mention").unwrap();
        let end = start + "The mention itself.".len();
        let s = snippet(text, start, end).unwrap();
        assert_eq!(s.before, "Headline\nFirst sentence here. ");
        assert_eq!(s.marked, "The mention itself.");
        assert_eq!(s.after, " After it comes more.\nNext paragraph.");
        // A long paragraph is cut at a word, with an ellipsis, never inside
        // a character.
        let long = format!("{} target {}", "é word ".repeat(60), "ü word ".repeat(60));
        let start = long.find("target").unwrap();
        let s = snippet(&long, start, start + 6).unwrap();
        assert!(s.before.starts_with('…') && s.after.ends_with('…'), "{s:?}");
        assert!(s.before.len() <= CONTEXT + 4 && s.after.len() <= CONTEXT + 4);
        assert_eq!(snippet("short", 2, 99), None);
    }

    #[test]
    fn given_times_show_in_a_datetime_field_in_utc() {
        assert_eq!(datetime_local("2024-01-04T10:00"), "2024-01-04T10:00");
        assert_eq!(
            datetime_local("2024-01-04T13:30:00+03:00"),
            "2024-01-04T10:30"
        );
        assert_eq!(datetime_local("2024-02-29"), "2024-02-29T00:00");
        assert_eq!(datetime_local("1969-12-31T23:59:00Z"), "1969-12-31T23:59");
        assert_eq!(datetime_local("yesterday"), "");
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_726), (2024, 1, 4));
    }

    #[test]
    fn times_say_where_they_came_from() {
        let Some((articles, report, _)) = seeds() else {
            return;
        };
        for (a, r) in articles.iter().zip(&report.articles) {
            let words = time_source(r, &a.text);
            assert!(words.starts_with("read from the text: “"), "{words}");
            assert!(time_line(r, &a.text).starts_with("2024-01-04, "));
        }
        let (day, rest) = column_time(&report.articles[0]);
        assert_eq!(
            (day.as_str(), rest.as_str()),
            ("2024-01-04", "from the text")
        );
        let given = analyze(&crate::example::articles());
        assert_eq!(
            column_time(&given.articles[0]),
            ("2026-03-03".to_owned(), "09:40 · given".to_owned())
        );
        let none = analyze(&[Article::default(), Article::default()]);
        assert_eq!(
            column_time(&none.articles[0]),
            ("no time".to_owned(), String::new())
        );
        assert_eq!(time_source(&given.articles[0], ""), "given");
        assert_eq!(time_line(&given.articles[0], ""), "2026-03-03T09:40, given");
    }

    #[test]
    fn origins_and_contradictions_read_as_words() {
        assert_eq!(
            origin_words("own", "A3", "own reporting"),
            "A3's own material"
        );
        assert_eq!(
            origin_words("wire:AFP", "A1", "AFP"),
            "AFP: an inferred wire source, not in the set"
        );
        assert_eq!(
            origin_words("credited:REUTERS", "A5", "Reuters"),
            "Reuters: credited in the text, not in the set"
        );
        assert_eq!(
            origin_words("A1", "A2", "A1 · Wire"),
            "taken from A1 · Wire"
        );
        let Some((_, report, _)) = seeds() else {
            return;
        };
        let (_, silence) = fact_with(&report, "no immediate comment");
        let groups = contradiction_groups(silence);
        // Every contradiction's article is in its note's group, once.
        for c in &silence.contradictions {
            let (_, articles) = groups
                .iter()
                .find(|(note, _)| *note == c.note)
                .expect("its group");
            assert_eq!(
                articles.iter().filter(|a| **a == c.article).count(),
                1,
                "{} once",
                c.article
            );
        }
        let named: usize = groups.iter().map(|(_, a)| a.len()).sum();
        assert!(
            named < silence.contradictions.len(),
            "an article contradicting twice is named once"
        );
        assert!(!groups.is_empty());
        let (note, articles) = &groups[0];
        assert_eq!(
            contradiction_words(note, articles),
            format!("contradicted in {}: {note}", articles.join(", "))
        );
    }

    #[test]
    fn a_fact_keeps_its_identity_when_a_time_change_renumbers_the_facts() {
        let Some((mut articles, report, _)) = seeds() else {
            return;
        };
        let (_, toll) = fact_with(&report, "wounded seven others");
        // Early on the day the others' dates name (an earlier day would
        // move their weekdays back a week).
        articles[4].published = Some("2024-01-04T06:00".into());
        let later = analyze(&articles);
        let index = ReportIndex::new(&later, &articles);
        assert_eq!(later.timeline.order[0], "004");
        let f = same_fact(toll, &index).expect("the toll is still a fact");
        assert_eq!(later.facts[f].first, "004");
        assert!(later.facts[f].text.contains("seven"));
    }

    #[test]
    fn a_generated_set_without_times_is_in_entry_order() {
        let set = wiretrace_synth::facts::scenario("no_times", 3).unwrap();
        let articles: Vec<Article> = set
            .articles
            .iter()
            .map(|a| Article {
                id: a.id.clone(),
                outlet: Some(a.outlet.clone()),
                text: a.text.clone(),
                ..Default::default()
            })
            .collect();
        let report = analyze(&articles);
        let index = ReportIndex::new(&report, &articles);
        assert_eq!(
            report.timeline.basis,
            wiretrace_engine::report::TimelineBasis::Entry,
            "{}",
            report.timeline.note
        );
        assert_eq!(index.timeline(), (0..articles.len()).collect::<Vec<_>>());
    }
}
