//! Timeline: when each article was published, where that time came from,
//! and the order of the set that first appearances follow.
//!
//! ## Algorithm
//! 1. **Given.** A time given with the article and readable
//!    ([`crate::published::parse`]) is taken as it is, to the minute.
//! 2. **Read from the text.** Otherwise [`crate::dates::published_in`] reads
//!    the text: a "Published" or "Updated" page line, an agency dateline, a
//!    date near the top. A time of day makes it precise to the minute (the
//!    zone as written: GMT, UTC, `Z`, `+03:00` and the common US and European
//!    abbreviations; no zone is read as UTC), else to the day.
//! 3. **Anchored.** The dates found so far (given or read, copyright years
//!    left out) *pin a week* when they all lie within
//!    [`TimelineOptions::week_days`] of each other. Then an article still
//!    without a time takes a missing year from them ("Thursday (Jan 4)" in a
//!    text that names no year) and, failing that, resolves its first bare
//!    weekday ("on Thursday") to the nearest such day to the latest pinned
//!    date: on or before it ([`crate::dates::resolve_weekday`]), or up to
//!    three days after it, with that article named as the anchor. Dates spread over more than a week pin nothing: a bare
//!    weekday could then be any of them.
//! 4. **Copyright.** Failing all of that, a copyright year ("© 2024") is kept
//!    as the year, shown but not used to order (it says nothing of the day).
//! 5. **Order.** Articles with a time (to the day or the minute) come first,
//!    by time; a day counts as its noon, so a day-only article sits among the
//!    same day's timed ones; ties, and the articles without a time, keep the
//!    order of entry. The [`Timeline`] says which of these it is, in words.
//!
//! Day-precision times read from the text order the facts timeline only: the
//! lineage stage uses given times alone, since "the same day" cannot tell
//! which of two papers took from the other.
//!
//! Cost: O(n) in the length of the texts (one date scan per article without
//! a given time, a second for the few that need an anchor), plus a sort of
//! the articles.

use crate::dates::{self, Cue, TextTime};
use crate::options::TimelineOptions;
use crate::published;
use crate::report::{Precision, PublishedFrom, TimeCue, TimeEvidence, Timeline, TimelineBasis};
use crate::workspace::Article;
use chrono::{Datelike, NaiveDate, NaiveTime};

/// One article's publication time as the timeline reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Time {
    /// Where it came from.
    pub from: PublishedFrom,
    /// Seconds since the epoch that order the article (noon for a day), or
    /// None when it has no time to order by (unknown, or a year only).
    pub key: Option<i64>,
    /// As shown: the given string, or ISO 8601 to the precision known.
    pub published: Option<String>,
    /// For a time read from the text: the evidence span, its kind and
    /// precision, and the article (an index) that anchored it.
    pub evidence: Option<Evidence>,
}

/// The words a time was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// Span start in the article text.
    pub start: usize,
    /// Span end (exclusive).
    pub end: usize,
    /// Kind of evidence.
    pub cue: TimeCue,
    /// How precise the time is.
    pub precision: Precision,
    /// Index of the article whose date resolved a weekday or lent a year.
    pub anchor: Option<usize>,
}

/// Publication times of all articles and the order of the set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Times {
    /// Per article, in input order.
    pub times: Vec<Time>,
    /// Article indices, earliest first.
    pub order: Vec<usize>,
    /// Per article: its place in `order`.
    pub rank: Vec<usize>,
    /// What the order rests on.
    pub basis: TimelineBasis,
}

/// Reads the publication time of every article and orders the set.
///
/// ```
/// use wiretrace_engine::{timeline, Article, options::TimelineOptions};
/// use wiretrace_engine::report::PublishedFrom;
/// let a = Article { id: "a".into(), text: "LONDON, Jan 4 (Reuters) - Oil rose.\n© 2024 Reuters".into(), ..Default::default() };
/// let b = Article { id: "b".into(), text: "Oil rose on Thursday, traders said.".into(), ..Default::default() };
/// let t = timeline::read(&[a, b], &TimelineOptions::default());
/// assert_eq!(t.times[0].published.as_deref(), Some("2024-01-04"));
/// assert_eq!(t.times[1].from, PublishedFrom::Text);
/// assert_eq!(t.times[1].published.as_deref(), Some("2024-01-04"));
/// ```
pub fn read(articles: &[Article], options: &TimelineOptions) -> Times {
    let mut times: Vec<Time> = articles.iter().map(given).collect();
    let mut copyright: Vec<Option<TextTime>> = vec![None; articles.len()];
    for (i, a) in articles.iter().enumerate() {
        if times[i].from != PublishedFrom::Unknown {
            continue;
        }
        match dates::published_in(&a.text) {
            Some(t) if t.cue == Cue::Copyright => copyright[i] = Some(t),
            Some(t) => times[i] = from_text(&t, None),
            None => {}
        }
    }
    // The dates known so far pin a week when they lie close together.
    let days: Vec<(usize, NaiveDate)> = times
        .iter()
        .enumerate()
        .filter_map(|(i, t)| t.key.map(|k| (i, day_of(k))))
        .collect();
    let pinned = match (
        days.iter().min_by_key(|(i, d)| (*d, *i)),
        days.iter().max_by_key(|(i, d)| (*d, std::cmp::Reverse(*i))),
    ) {
        (Some(&(_, lo)), Some(&(hi_i, hi))) if (hi - lo).num_days() <= options.week_days => {
            Some((hi_i, hi))
        }
        _ => None,
    };
    if let Some((anchor, latest)) = pinned {
        for (i, a) in articles.iter().enumerate() {
            if times[i].key.is_some() {
                continue;
            }
            if let Some(t) = dates::published_in_year(&a.text, Some(latest.year()))
                .filter(|t| t.cue != Cue::Copyright)
            {
                times[i] = from_text(&t, t.year_inferred.then_some(anchor));
                continue;
            }
            if let Some(&(weekday, start, end)) = dates::weekday_mentions(&a.text).first() {
                // The nearest such day: on or before the latest pinned date,
                // or up to three days after it ("on Thursday" in a paper
                // whose neighbours are dated the Wednesday).
                let before = dates::resolve_weekday(weekday, latest);
                let after = before + chrono::Days::new(7);
                let date = if (after - latest).num_days() <= 3 {
                    after
                } else {
                    before
                };
                times[i] = Time {
                    from: PublishedFrom::Text,
                    key: Some(noon(date)),
                    published: Some(date.to_string()),
                    evidence: Some(Evidence {
                        start,
                        end,
                        cue: TimeCue::Weekday,
                        precision: Precision::Day,
                        anchor: Some(anchor),
                    }),
                };
            }
        }
    }
    for (i, c) in copyright.into_iter().enumerate() {
        if let (Some(c), None) = (c, &times[i].key) {
            times[i] = Time {
                from: PublishedFrom::Text,
                key: None,
                published: Some(c.date.format("%Y").to_string()),
                evidence: Some(Evidence {
                    start: c.start,
                    end: c.end,
                    cue: TimeCue::Copyright,
                    precision: Precision::Year,
                    anchor: None,
                }),
            };
        }
    }
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_key(|&i| (times[i].key.is_none(), times[i].key, i));
    let mut rank = vec![0; articles.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r;
    }
    let keyed = times.iter().filter(|t| t.key.is_some()).count();
    let basis = if keyed == 0 {
        TimelineBasis::Entry
    } else if keyed == times.len() {
        TimelineBasis::Times
    } else {
        TimelineBasis::Partial
    };
    Times {
        times,
        order,
        rank,
        basis,
    }
}

/// A publication time as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// The time as shown ([`Time::published`]).
    pub published: Option<String>,
    /// Where it came from.
    pub from: PublishedFrom,
    /// The evidence, with the anchoring article's id.
    pub evidence: Option<TimeEvidence>,
}

impl Times {
    /// Article `i`'s time as the report shows it.
    pub fn shown(&self, i: usize, articles: &[Article]) -> Shown {
        let t = &self.times[i];
        Shown {
            published: t.published.clone(),
            from: t.from,
            evidence: t.evidence.as_ref().map(|e| TimeEvidence {
                start: e.start,
                end: e.end,
                cue: e.cue,
                precision: e.precision,
                anchor: e.anchor.map(|a| articles[a].id.clone()),
            }),
        }
    }

    /// The report's timeline: ids in order and the order in words.
    pub fn report(&self, articles: &[Article]) -> Timeline {
        let given = self
            .times
            .iter()
            .filter(|t| t.from == PublishedFrom::Given)
            .count();
        let read = self
            .times
            .iter()
            .filter(|t| t.from == PublishedFrom::Text && t.key.is_some())
            .count();
        let without = self.times.len() - given - read;
        let note = match self.basis {
            TimelineBasis::Entry => {
                "No publication times known: articles are in the order they were entered.".to_owned()
            }
            TimelineBasis::Times => format!("Ordered by publication time ({}).", sources(given, read)),
            TimelineBasis::Partial => format!(
                "Ordered by publication time ({}); {} without a time follow in the order they were entered.",
                sources(given, read),
                crate::report::articles_count(without)
            ),
        };
        Timeline {
            basis: self.basis,
            order: self.order.iter().map(|&i| articles[i].id.clone()).collect(),
            note,
        }
    }
}

fn sources(given: usize, read: usize) -> String {
    match (given, read) {
        (g, 0) => format!("{g} given"),
        (0, r) => format!("{r} read from the text"),
        (g, r) => format!("{g} given, {r} read from the text"),
    }
}

fn given(a: &Article) -> Time {
    match a.published.as_deref().and_then(published::parse) {
        Some(key) => Time {
            from: PublishedFrom::Given,
            key: Some(key),
            published: a.published.clone(),
            evidence: None,
        },
        None => Time {
            from: PublishedFrom::Unknown,
            key: None,
            published: None,
            evidence: None,
        },
    }
}

fn from_text(t: &TextTime, anchor: Option<usize>) -> Time {
    let cue = match t.cue {
        Cue::Dateline => TimeCue::Dateline,
        Cue::Updated => TimeCue::Updated,
        Cue::Published => TimeCue::Published,
        Cue::Copyright => TimeCue::Copyright,
        Cue::InText => TimeCue::InText,
    };
    let offset = t.time.and(match t.zone.as_deref() {
        None => Some(0),
        Some(z) => zone_offset(z),
    });
    let (key, published, precision) = match (t.time, offset) {
        (Some(time), Some(offset)) => {
            let at = t.date.and_time(time).and_utc().timestamp() - i64::from(offset) * 60;
            let shown = chrono::DateTime::from_timestamp(at, 0)
                .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string());
            (at, shown, Precision::Minute)
        }
        _ => (noon(t.date), Some(t.date.to_string()), Precision::Day),
    };
    Time {
        from: PublishedFrom::Text,
        key: Some(key),
        published,
        evidence: Some(Evidence {
            start: t.start,
            end: t.end,
            cue,
            precision,
            anchor,
        }),
    }
}

/// Minutes east of UTC for a zone as written, when it is unambiguous.
fn zone_offset(zone: &str) -> Option<i32> {
    let z = zone.trim().to_ascii_uppercase();
    let named = [
        ("Z", 0),
        ("GMT", 0),
        ("UTC", 0),
        ("UT", 0),
        ("WET", 0),
        ("BST", 60),
        ("CET", 60),
        ("CEST", 120),
        ("MEZ", 60),
        ("MESZ", 120),
        ("EET", 120),
        ("EEST", 180),
        ("MSK", 180),
        ("EST", -300),
        ("EDT", -240),
        ("CST", -360),
        ("CDT", -300),
        ("MST", -420),
        ("MDT", -360),
        ("PST", -480),
        ("PDT", -420),
    ];
    if let Some(&(_, m)) = named.iter().find(|(n, _)| *n == z) {
        return Some(m);
    }
    let rest = z
        .strip_prefix("UTC")
        .or_else(|| z.strip_prefix("GMT"))
        .unwrap_or(&z);
    let (sign, digits) = match rest.as_bytes().first()? {
        b'+' => (1, &rest[1..]),
        b'-' => (-1, &rest[1..]),
        _ => return None,
    };
    let (h, m) = match digits.split_once(':') {
        Some((h, m)) => (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?),
        None if digits.len() == 4 => (digits[..2].parse().ok()?, digits[2..].parse().ok()?),
        None => (digits.parse().ok()?, 0),
    };
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}

fn noon(date: NaiveDate) -> i64 {
    date.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default())
        .and_utc()
        .timestamp()
}

fn day_of(key: i64) -> NaiveDate {
    chrono::DateTime::from_timestamp(key, 0)
        .map(|d| d.date_naive())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn art(id: &str, published: Option<&str>, text: &str) -> Article {
        Article {
            id: id.into(),
            published: published.map(str::to_owned),
            text: text.into(),
            ..Default::default()
        }
    }

    fn read_all(articles: &[Article]) -> Times {
        read(articles, &TimelineOptions::default())
    }

    #[test]
    fn a_given_time_wins_over_the_text() {
        let t = read_all(&[art(
            "a",
            Some("2024-01-05T08:00:00Z"),
            "LONDON, Jan 4 (Reuters) - Oil rose.\n© 2024 Reuters",
        )]);
        assert_eq!(t.times[0].from, PublishedFrom::Given);
        assert_eq!(t.times[0].evidence, None);
        assert_eq!(t.basis, TimelineBasis::Times);
    }

    #[test]
    fn an_updated_line_with_a_zone_is_read_to_the_minute() {
        let text =
            "Rates held\nUpdated: January 4, 2024 at 3:15 p.m. EST\n\nThe bank kept rates steady.";
        let t = read_all(&[art("a", None, text)]);
        let time = &t.times[0];
        assert_eq!(time.published.as_deref(), Some("2024-01-04T20:15:00Z"));
        let ev = time.evidence.as_ref().unwrap();
        assert_eq!(
            (ev.cue, ev.precision),
            (TimeCue::Updated, Precision::Minute)
        );
        assert!(text[ev.start..ev.end].starts_with("Updated"));
    }

    #[test]
    fn a_weekday_is_resolved_only_when_the_others_pin_the_week() {
        let dated = art("a", None, "BAGHDAD, Jan. 5, 2024 (AFP) - A drone struck.");
        let weekday = art(
            "b",
            None,
            "A drone struck a base on Thursday, officials said.",
        );
        let t = read_all(&[dated.clone(), weekday.clone()]);
        assert_eq!(t.times[1].published.as_deref(), Some("2024-01-04"));
        let ev = t.times[1].evidence.as_ref().unwrap();
        assert_eq!((ev.cue, ev.anchor), (TimeCue::Weekday, Some(0)));
        assert_eq!(t.order, [1, 0]);

        // Dates three weeks apart pin no week: the weekday stays unknown.
        let later = art("c", Some("2024-01-26T09:00:00Z"), "Talks resumed.");
        let t = read_all(&[dated, weekday, later]);
        assert_eq!(t.times[1].from, PublishedFrom::Unknown);
        assert_eq!(t.basis, TimelineBasis::Partial);
        assert_eq!(t.order, [0, 2, 1]);
    }

    #[test]
    fn a_date_without_a_year_borrows_the_pinned_year() {
        let t = read_all(&[
            art("a", Some("2024-01-04T10:00:00Z"), "A drone struck."),
            art(
                "b",
                None,
                "Baghdad, Iraq\nThe Hashed force on Thursday (Jan 4) condemned the strike.",
            ),
        ]);
        assert_eq!(t.times[1].published.as_deref(), Some("2024-01-04"));
        assert_eq!(t.times[1].evidence.as_ref().unwrap().anchor, Some(0));
    }

    #[test]
    fn a_copyright_year_is_shown_but_does_not_order() {
        let t = read_all(&[
            art("a", None, "A drone struck a base.\n© 2024 AFP"),
            art("b", None, "Nothing dated here."),
        ]);
        assert_eq!(t.times[0].published.as_deref(), Some("2024"));
        assert_eq!(t.times[0].key, None);
        assert_eq!(t.times[1].from, PublishedFrom::Unknown);
        assert_eq!(t.basis, TimelineBasis::Entry);
        assert_eq!(t.order, [0, 1]);
        let report = t.report(&[art("a", None, ""), art("b", None, "")]);
        assert!(
            report.note.contains("order they were entered"),
            "{}",
            report.note
        );
    }

    #[test]
    fn zones_as_written() {
        assert_eq!(zone_offset("GMT"), Some(0));
        assert_eq!(zone_offset("+03:00"), Some(180));
        assert_eq!(zone_offset("UTC+3"), Some(180));
        assert_eq!(zone_offset("-0500"), Some(-300));
        assert_eq!(zone_offset("IST"), None);
    }
}
