//! Calendar arithmetic on minutes since 1970-01-01 UTC: ISO 8601 stamps,
//! weekdays and the time phrases stories use. No time zones, no clock reads.

use crate::lexicon::{MONTHS, WEEKDAYS};

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month 1–12, day 1–31) of days since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// "2024-01-04T10:00:00Z".
pub fn iso(minutes: i64) -> String {
    let (y, m, d) = civil_from_days(minutes.div_euclid(1440));
    let t = minutes.rem_euclid(1440);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:00Z", t / 60, t % 60)
}

/// "Tuesday".
pub fn weekday(minutes: i64) -> &'static str {
    // 1970-01-01 was a Thursday (index 3 with Monday first).
    WEEKDAYS[(minutes.div_euclid(1440) + 3).rem_euclid(7) as usize]
}

/// "morning", "afternoon", "evening" or "night".
pub fn daypart(minutes: i64) -> &'static str {
    match minutes.rem_euclid(1440) / 60 {
        5..=11 => "morning",
        12..=16 => "afternoon",
        17..=20 => "evening",
        _ => "night",
    }
}

/// "9:15 am", "3 pm".
pub fn clock_phrase(minutes: i64) -> String {
    let t = minutes.rem_euclid(1440);
    let (h, m) = (t / 60, t % 60);
    let suffix = if h < 12 { "am" } else { "pm" };
    let h12 = match h % 12 {
        0 => 12,
        x => x,
    };
    if m == 0 {
        format!("{h12} {suffix}")
    } else {
        format!("{h12}:{m:02} {suffix}")
    }
}

/// "March 4".
pub fn date_phrase(minutes: i64) -> String {
    let (_, m, d) = civil_from_days(minutes.div_euclid(1440));
    format!("{} {d}", MONTHS[m as usize - 1])
}

/// The year.
pub fn year(minutes: i64) -> i64 {
    civil_from_days(minutes.div_euclid(1440)).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
        let jan4 = days_from_civil(2024, 1, 4) * 1440 + 600;
        assert_eq!(iso(jan4), "2024-01-04T10:00:00Z");
        assert_eq!(weekday(jan4), "Thursday");
        assert_eq!(clock_phrase(jan4 + 15), "10:15 am");
        assert_eq!(date_phrase(jan4), "January 4");
    }
}
