//! Many articles pasted at once, cut by `split::split`: one table of pastes
//! written for this test, each with the exact pieces and titles expected.

use wiretrace_files::split::split;

/// A wire story: headline, then a Reuters dateline.
const FERRY: &str = "Ferry runs aground off Kestrel Bay\nKESTREL BAY, March 3 (Reuters) - A passenger ferry carrying 212 people ran aground on a sandbank outside the harbour on Tuesday morning, the port authority said.\n\nAll passengers were taken ashore by lifeboat within two hours and nobody was hurt, a spokeswoman said, adding that divers would inspect the hull at low tide.";
/// A French agency story: headline, then an AFP dateline.
const GREVE: &str = "Grève dans les ports de l'Ouest\nNANTES (AFP) — Les dockers de trois ports de l'Ouest ont cessé le travail mercredi pour protester contre un projet de réforme des horaires, a-t-on appris auprès des syndicats.\n\nLe mouvement doit durer quarante-huit heures et pourrait retarder le départ de plusieurs navires de marchandises, selon la capitainerie.";
/// A local story with a byline instead of a dateline.
const LIBRARY: &str = "Library to open on Sundays\nBy Hana Okoro\n\nThe central library will open on Sunday afternoons from next month, the city council said on Thursday, after a petition signed by more than 3,000 residents.\n\nThe change will cost about 80,000 a year and will be paid for by closing the reading room one weekday morning.";
/// A story with no headline line at all.
const PLAIN: &str = "Heavy rain closed two roads in the hill villages on Friday, and the county asked drivers to avoid the pass until the water had gone down.\nCrews cleared a landslip near the quarry by early afternoon, but the lower road stayed shut because the bridge there had not yet been checked by engineers.";
/// Another one without a headline.
const PLAIN2: &str = "The school board voted on Monday evening to keep the old gymnasium, reversing a decision it made in the spring after parents and former pupils raised money for a new roof.\nWork on the roof starts in the summer holidays, and the hall should be ready for the first basketball games of the new season.";

/// Pieces as their text and title.
type Pieces = Vec<(String, Option<String>)>;

fn pieces(paste: &str) -> Pieces {
    split(paste)
        .into_iter()
        .map(|p| {
            assert!(p.start < p.end && p.end <= paste.len(), "{p:?}");
            (paste[p.start..p.end].to_owned(), p.title)
        })
        .collect()
}

fn expect(texts: &[(&str, Option<&str>)]) -> Pieces {
    texts
        .iter()
        .map(|(t, title)| ((*t).to_owned(), title.map(str::to_owned)))
        .collect()
}

#[test]
fn pastes_are_cut_into_their_articles() {
    let ferry = (FERRY, Some("Ferry runs aground off Kestrel Bay"));
    let greve = (GREVE, Some("Grève dans les ports de l'Ouest"));
    let library = (LIBRARY, Some("Library to open on Sundays"));
    let copyright_tail =
        format!("{PLAIN}\n\n---\n© 2026 Hill Country Gazette. All rights reserved.");
    let long_halves = format!("{PLAIN}\n\n---\n\n{PLAIN2}");
    let setext = format!("Storm closes ports\n==================\n\n{PLAIN}");
    let lone_headline = format!("Gym saved by parents\n\n---\n\n{PLAIN2}");
    let crlf = format!(
        "{}\r\n---\r\n{}\r\n",
        PLAIN.replace('\n', "\r\n"),
        PLAIN2.replace('\n', "\r\n")
    );
    let markdown = format!("## {}\n\n## {}", FERRY, LIBRARY);
    let cases: Vec<(String, Pieces)> = vec![
        // Dashes between two wire stories.
        (format!("{FERRY}\n\n---\n\n{GREVE}"), expect(&[ferry, greve])),
        // Stars, equals, spaced stars, hashes and underscores.
        (
            format!("{PLAIN}\n***\n{PLAIN2}\n\n=====\n{FERRY}\n* * *\n{GREVE}\n#####\n{LIBRARY}\n____\n{PLAIN}"),
            expect(&[(PLAIN, None), (PLAIN2, None), ferry, greve, library, (PLAIN, None)]),
        ),
        // A form feed between pages.
        (format!("{PLAIN}\u{c}{PLAIN2}"), expect(&[(PLAIN, None), (PLAIN2, None)])),
        // No separators: headline + dateline, headline + byline.
        (format!("{FERRY}\n\n{GREVE}\n\n\n{LIBRARY}"), expect(&[ferry, greve, library])),
        // Text before the first headline pattern is a piece of its own.
        (format!("{PLAIN}\n\n{FERRY}"), expect(&[(PLAIN, None), ferry])),
        // One article starting with its headline and dateline stays whole.
        (FERRY.to_owned(), expect(&[ferry])),
        // A rule with only a copyright line after it: one article.
        (copyright_tail.clone(), expect(&[(copyright_tail.as_str(), None)])),
        // A rule between two full texts: two articles.
        (long_halves, expect(&[(PLAIN, None), (PLAIN2, None)])),
        // A setext headline's underline is not a separator.
        (setext.clone(), expect(&[(setext.as_str(), Some("Storm closes ports"))])),
        // A lone headline before a rule joins the text after it.
        (lone_headline.clone(), expect(&[(lone_headline.as_str(), Some("Gym saved by parents"))])),
        // Windows line breaks, trimmed.
        (
            crlf,
            expect(&[
                (PLAIN.replace('\n', "\r\n").as_str(), None),
                (PLAIN2.replace('\n', "\r\n").as_str(), None),
            ]),
        ),
        // Markdown headline hashes: kept in the text, not in the title.
        (
            markdown,
            expect(&[
                (format!("## {FERRY}").as_str(), Some("Ferry runs aground off Kestrel Bay")),
                (format!("## {LIBRARY}").as_str(), Some("Library to open on Sundays")),
            ]),
        ),
        // Separators and blank lines around: no empty pieces.
        (format!("\n\n---\n\n  {FERRY}\n\n---\n---\n\n"), expect(&[ferry])),
        // Nothing pasted, nothing cut.
        (" \n\n\t\n".to_owned(), vec![]),
    ];
    assert!(cases.len() >= 10);
    for (paste, expected) in cases {
        assert_eq!(pieces(&paste), expected, "paste:\n{paste}");
    }
}

#[test]
fn a_ten_megabyte_paste_splits_in_linear_time() {
    // Many real articles, and as many tiny pieces that must join them.
    let unit = format!("{FERRY}\n\n---\n\n{LIBRARY}\n\n***\nCopyright line.\n\n");
    let paste = unit.repeat(10 * 1024 * 1024 / unit.len());
    let started = std::time::Instant::now();
    let pieces = split(&paste);
    let took = started.elapsed();
    assert_eq!(pieces.len(), 2 * (paste.len() / unit.len()));
    assert!(took.as_secs() < 60, "took {took:?}");
}
