//! Publication times: the strings people type or import, read as instants.
//!
//! Accepts RFC 3339 / ISO 8601 with an offset (`2024-01-04T10:00:00Z`,
//! `2024-01-04T13:00:00+03:00`), and without one (`2024-01-04T10:00`, as a
//! `datetime-local` field gives, or `2024-01-04 10:00`) taken as UTC, and a
//! bare date (`2024-01-04`, midnight UTC). Parsing is `chrono`'s; the engine
//! never reads a clock. Cost: O(length of the string).

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// Seconds since the Unix epoch, or None when the string is not a time.
///
/// ```
/// use wiretrace_engine::published::parse;
/// assert_eq!(parse("2024-01-04T10:00:00Z"), parse("2024-01-04T13:00:00+03:00"));
/// assert_eq!(parse("2024-01-04T10:00"), parse("2024-01-04T10:00:00Z"));
/// assert!(parse("2024-01-04").unwrap() < parse("2024-01-04T00:01").unwrap());
/// assert_eq!(parse("yesterday"), None);
/// ```
pub fn parse(text: &str) -> Option<i64> {
    let text = text.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.timestamp());
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(text, format) {
            return Some(t.and_utc().timestamp());
        }
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp())
}
