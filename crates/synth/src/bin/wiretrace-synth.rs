//! `wiretrace-synth --articles N [--seed S] [--rewrites] --out DIR`: writes
//! a synthetic corpus as `DIR/workspace.json` (Wiretrace workspace format)
//! and its ground truth as `DIR/truth.json` (`[{"id", "truth"}]`). With
//! `--rewrites` the corpus also has wires laid out as agency feeds, news
//! briefs and merged rewrites (`corpus_with_rewrites`); without it, the
//! same corpus as `corpus_of_size`.
//!
//! `wiretrace-synth --lineage DIR [--seed S] [--words W] [--no-times]`:
//! writes each lineage scenario (`wiretrace_synth::lineage`) as
//! `DIR/NAME/workspace.json` and its truth as `DIR/NAME/truth.json`; with
//! `--no-times` the articles have no publication times (`"published":
//! null`). `--words` is the length of a full article (default 400).

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: wiretrace-synth --articles N [--seed S] [--rewrites] --out DIR\n       wiretrace-synth --lineage DIR [--seed S] [--words W] [--no-times]";

struct Args {
    articles: usize,
    seed: u64,
    rewrites: bool,
    out: PathBuf,
}

/// `--lineage DIR` and its options.
struct Lineage {
    dir: PathBuf,
    seed: u64,
    words: usize,
    times: bool,
}

enum Command {
    Corpus(Args),
    Lineage(Lineage),
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Command, String> {
    let (mut articles, mut seed, mut out, mut rewrites) = (None, 1u64, None, false);
    let (mut lineage, mut words, mut times) = (None, 400usize, true);
    while let Some(flag) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match flag.as_str() {
            "--lineage" => lineage = Some(PathBuf::from(value("--lineage")?)),
            "--words" => {
                let v = value("--words")?;
                words = v
                    .parse()
                    .map_err(|_| format!("--words: not a number: {v}"))?;
            }
            "--no-times" => times = false,
            "--articles" => {
                let v = value("--articles")?;
                articles = Some(
                    v.parse()
                        .map_err(|_| format!("--articles: not a number: {v}"))?,
                );
            }
            "--seed" => {
                let v = value("--seed")?;
                seed = v
                    .parse()
                    .map_err(|_| format!("--seed: not a number: {v}"))?;
            }
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--rewrites" => rewrites = true,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument: {other}")),
        }
    }
    if let Some(dir) = lineage {
        return Ok(Command::Lineage(Lineage {
            dir,
            seed,
            words,
            times,
        }));
    }
    Ok(Command::Corpus(Args {
        articles: articles.ok_or("--articles is required")?,
        seed,
        rewrites,
        out: out.ok_or("--out is required")?,
    }))
}

/// Writes every lineage scenario under `l.dir`.
fn write_lineage(l: &Lineage) -> ExitCode {
    let all = wiretrace_synth::lineage::scenarios(l.seed, l.words);
    let write = |sc: &wiretrace_synth::lineage::Scenario| -> std::io::Result<()> {
        let dir = l.dir.join(sc.name);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("workspace.json"), sc.to_workspace_json())?;
        std::fs::write(dir.join("truth.json"), sc.truth_json())?;
        Ok(())
    };
    for sc in all {
        let sc = if l.times { sc } else { sc.without_times() };
        if let Err(e) = write(&sc) {
            eprintln!("wiretrace-synth: writing {}: {e}", l.dir.display());
            return ExitCode::FAILURE;
        }
        println!(
            "wrote {} ({} articles) to {}",
            sc.name,
            sc.articles.len(),
            l.dir.join(sc.name).display()
        );
    }
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(Command::Corpus(a)) => a,
        Ok(Command::Lineage(l)) => return write_lineage(&l),
        Err(e) => {
            if !e.is_empty() {
                eprintln!("wiretrace-synth: {e}");
            }
            eprintln!("{USAGE}");
            return if e.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            };
        }
    };
    let corpus = if args.rewrites {
        wiretrace_synth::corpus_with_rewrites(args.articles, args.seed)
    } else {
        wiretrace_synth::corpus_of_size(args.articles, args.seed)
    };
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(&args.out)?;
        std::fs::write(args.out.join("workspace.json"), corpus.to_workspace_json())?;
        std::fs::write(args.out.join("truth.json"), corpus.truth_json())?;
        Ok(())
    };
    if let Err(e) = write() {
        eprintln!("wiretrace-synth: writing {}: {e}", args.out.display());
        return ExitCode::FAILURE;
    }
    println!(
        "wrote {} articles to {}",
        corpus.articles.len(),
        args.out.display()
    );
    ExitCode::SUCCESS
}
