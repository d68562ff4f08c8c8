//! Wire stories as an agency feed delivers them: header lines (slug,
//! priority or version, timestamp, byline), the body hard-wrapped at a
//! width drawn per story, paragraphs separated by a blank line or marked by
//! an indented first line, and trailer lines (a credit, an end marker, a
//! rule).
//!
//! Only the layout changes: the pieces keep their text, and each piece's
//! byte range is moved to where its words now are. Wrapping replaces
//! spaces by line breaks inside a paragraph, so a piece's range holds its
//! text with some spaces turned into `\n`; header lines, indentation and
//! paragraph breaks lie outside every piece.
//!
//! Everything here is drawn from its own random source, so a wrapped
//! corpus says the same things as the unwrapped one.

use crate::article::Built;
use crate::clock::civil_from_days;
use crate::event::Event;
use crate::lexicon::{capitalise, surname, FEMALE, MALE, MONTHS, WEEKDAYS};
use crate::rng::{between, index, pick, Rng};
use rand::Rng as _;

/// Lays `b` (a wire story about `ev`, just assembled) out as a feed.
pub fn lay_out(b: &mut Built, ev: &Event, rng: &mut Rng) {
    let width = between(rng, 64, 78) as usize;
    let indent = if rng.random_bool(0.5) {
        0
    } else {
        between(rng, 2, 3) as usize
    };
    let indent_first = indent > 0 && rng.random_bool(0.7);
    let words: usize = b.pieces.iter().map(|p| p.words()).sum();

    let mut text = String::new();
    for line in header(rng, ev, b.published, words) {
        text.push_str(&line);
        text.push('\n');
    }
    if !text.is_empty() && rng.random_bool(0.7) {
        text.push('\n');
    }
    let mut ranges = vec![(0, 0); b.pieces.len()];
    for (k, para) in b.paras.iter().enumerate() {
        if k > 0 {
            text.push_str(if indent > 0 { "\n" } else { "\n\n" });
        }
        let pad = if indent > 0 && (k > 0 || indent_first) {
            indent
        } else {
            0
        };
        text.extend(std::iter::repeat_n(' ', pad));
        let start = text.len();
        let mut body = String::new();
        for (i, &j) in para.iter().enumerate() {
            if i > 0 {
                body.push(' ');
            }
            let s = start + body.len();
            body.push_str(&b.pieces[j].text);
            ranges[j] = (s, start + body.len());
        }
        text.push_str(&wrap(&body, pad, width));
    }
    let trailer = trailer(rng, ev, b.published);
    if !trailer.is_empty() {
        text.push_str(if rng.random_bool(0.6) { "\n\n" } else { "\n" });
        text.push_str(&trailer.join("\n"));
    }
    b.text = text;
    b.ranges = ranges;
    b.wrapped = true;
}

/// `para` with spaces replaced by line breaks so that no line is longer
/// than `width` characters (unless a single word is), the first line
/// starting `indent` characters in. Byte offsets are unchanged.
fn wrap(para: &str, indent: usize, width: usize) -> String {
    let mut out = String::with_capacity(para.len());
    let mut col = indent;
    for (i, word) in para.split(' ').enumerate() {
        let len = word.chars().count();
        if i > 0 {
            if col + 1 + len > width {
                out.push('\n');
                col = 0;
            } else {
                out.push(' ');
                col += 1;
            }
        }
        out.push_str(word);
        col += len;
    }
    out
}

/// The agency's full name, sometimes.
fn agency_name(rng: &mut Rng, agency: &str) -> &'static str {
    let long = rng.random_bool(0.5);
    match agency {
        "AFP" if long => "Agence France-Presse",
        "AFP" => "AFP",
        "AP" if long => "Associated Press",
        "AP" => "AP",
        _ => "Reuters",
    }
}

/// A reporter's name (not one of the event's people).
fn reporter(rng: &mut Rng) -> String {
    let first = if rng.random_bool(0.5) {
        pick(rng, FEMALE)
    } else {
        pick(rng, MALE)
    };
    format!("{first} {}", surname(rng))
}

fn longest_word(s: &str) -> &str {
    s.split([' ', '-'])
        .max_by_key(|w| w.chars().count())
        .unwrap_or(s)
}

/// Header lines: slug, priority or version, timestamp and byline, each
/// present or not, in one of a few orders.
fn header(rng: &mut Rng, ev: &Event, published: i64, words: usize) -> Vec<String> {
    let nouns: Vec<&str> = ev
        .hazard
        .nouns
        .iter()
        .copied()
        .filter(|n| !n.contains(' '))
        .collect();
    let topic = capitalise(pick(rng, &nouns));
    let place = longest_word(&ev.city).to_string();
    let country = ev.country.to_uppercase().replace(' ', "-");
    let slug = match index(rng, 6) {
        0 => format!("BC-{topic}-{place},{words:04}"),
        1 => format!("{} {place}/", topic.to_uppercase()),
        2 => format!("{country}-{}/", topic.to_uppercase()),
        3 => format!(
            "{country}-{}/{}",
            topic.to_uppercase(),
            place.to_uppercase()
        ),
        4 => format!("AM-{topic}-{place},{words}"),
        _ => format!("{place}-{topic} {words:04}"),
    };
    let version = pick(
        rng,
        &[
            "URGENT",
            "FLASH",
            "BULLETIN",
            "PRIORITY",
            "1st Ld-Writethru",
            "2nd Ld-Writethru",
            "3rd Ld-Writethru",
            "UPDATE 1",
            "UPDATE 2",
            "REFILE",
            "CORRECTED",
            "Eds: Updates death toll.",
        ],
    )
    .to_string();
    let stamp = timestamp(rng, published);
    let by = match index(rng, 4) {
        0 => format!("By {}", reporter(rng)),
        1 => format!("By {} and {}", reporter(rng), reporter(rng)),
        2 => format!("By {}", reporter(rng).to_uppercase()),
        _ => {
            let name = reporter(rng);
            format!("By {name}, {}", agency_name(rng, ev.agency))
        }
    };
    let mut lines = Vec::new();
    let with_slug = rng.random_bool(0.85);
    let with_version = rng.random_bool(0.6);
    let with_stamp = rng.random_bool(0.7);
    let with_by = rng.random_bool(0.6);
    if with_version && rng.random_bool(0.3) {
        lines.push(version.clone());
    }
    if with_slug {
        lines.push(slug);
    }
    if with_version && lines.last() != Some(&version) {
        lines.push(version);
    }
    let stamp_last = rng.random_bool(0.3);
    if with_stamp && !stamp_last {
        lines.push(stamp.clone());
    }
    if with_by {
        lines.push(by);
    }
    if with_stamp && stamp_last {
        lines.push(stamp);
    }
    lines
}

/// The filing time in one of the agencies' formats.
fn timestamp(rng: &mut Rng, minutes: i64) -> String {
    let day = minutes.div_euclid(1440);
    let (y, m, d) = civil_from_days(day);
    let t = minutes.rem_euclid(1440);
    let (hh, mm) = (t / 60, t % 60);
    let month = MONTHS[m as usize - 1];
    let mon = &month[..3];
    let yy = y % 100;
    match index(rng, 6) {
        0 => format!("{d:02}/{m:02}/{y} {hh:02}:{mm:02} GMT"),
        1 => format!("{d:02}{hh:02}{mm:02} GMT {mon} {yy:02}"),
        2 => format!("{y}-{m:02}-{d:02} {hh:02}:{mm:02} UTC"),
        3 => format!("{mon} {d}, {y} {hh:02}:{mm:02} GMT"),
        4 => format!(
            "{}, {d} {month} {y}, {hh:02}:{mm:02} GMT",
            WEEKDAYS[(day + 3).rem_euclid(7) as usize]
        ),
        _ => format!("{hh:02}{mm:02} GMT {d:02}-{}-{yy:02}", mon.to_uppercase()),
    }
}

/// Trailer lines: perhaps a credit or a filing code, then an end marker.
fn trailer(rng: &mut Rng, ev: &Event, published: i64) -> Vec<String> {
    let mut lines = Vec::new();
    if rng.random_bool(0.35) {
        let initials = |rng: &mut Rng| -> String {
            let n = between(rng, 2, 3);
            (0..n)
                .map(|_| char::from(b'a' + index(rng, 26) as u8))
                .collect()
        };
        lines.push(match index(rng, 4) {
            0 => format!(
                "(Reporting by {}; Editing by {})",
                reporter(rng),
                reporter(rng)
            ),
            1 => format!("{}/{}", initials(rng), initials(rng)),
            2 => {
                let filed = published + i64::from(between(rng, 0, 5));
                format!("{} {}", ev.agency.to_uppercase(), timestamp(rng, filed))
            }
            _ => format!("Additional reporting by {}", reporter(rng)),
        });
    }
    if rng.random_bool(0.85) {
        let rule = |rng: &mut Rng, c: char| -> String {
            std::iter::repeat_n(c, between(rng, 3, 40) as usize).collect()
        };
        lines.push(match index(rng, 8) {
            0 => "more".to_string(),
            1 => "end".to_string(),
            2 => "(END)".to_string(),
            3 => "ENDS".to_string(),
            4 => "-30-".to_string(),
            5 => "###".to_string(),
            6 => rule(rng, '-'),
            _ => rule(rng, '='),
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrap_breaks_at_spaces_only_and_keeps_offsets() {
        let para = "one two three four five six seven eight nine ten eleven twelve";
        let w = wrap(para, 2, 20);
        assert_eq!(w.len(), para.len());
        assert_eq!(w.replace('\n', " "), para);
        let mut lines = w.lines();
        assert!(lines.next().unwrap().chars().count() + 2 <= 20);
        assert!(lines.all(|l| l.chars().count() <= 20));
        assert_eq!(
            wrap("averyveryverylongword x", 0, 5),
            "averyveryverylongword\nx"
        );
    }
}
