//! `wiretrace-synth --articles N [--seed S] [--rewrites] --out DIR`: writes
//! a synthetic corpus as `DIR/workspace.json` (Wiretrace workspace format)
//! and its ground truth as `DIR/truth.json` (`[{"id", "truth"}]`). With
//! `--rewrites` the corpus also has wires laid out as agency feeds, news
//! briefs and merged rewrites (`corpus_with_rewrites`); without it, the
//! same corpus as `corpus_of_size`.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: wiretrace-synth --articles N [--seed S] [--rewrites] --out DIR";

struct Args {
    articles: usize,
    seed: u64,
    rewrites: bool,
    out: PathBuf,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let (mut articles, mut seed, mut out, mut rewrites) = (None, 1u64, None, false);
    while let Some(flag) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match flag.as_str() {
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
    Ok(Args {
        articles: articles.ok_or("--articles is required")?,
        seed,
        rewrites,
        out: out.ok_or("--out is required")?,
    })
}

fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(a) => a,
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
