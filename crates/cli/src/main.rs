//! `wiretrace`: the engine on the command line.
//!
//! - `wiretrace analyze [--json] FILE…` reads workspace `.json` files,
//!   text, Markdown and saved `.html` pages (id = file stem, made unique)
//!   and prints the report, as text for a person or as the JSON report.
//! - `wiretrace import FILE… [-o OUT]` prints (or writes) the workspace the
//!   app would build from those files.
//! - `wiretrace share FILE… -o STORY.html [--bundle PATH]` writes the
//!   offline file with that workspace embedded.
//!
//! Files are read by `wiretrace_files::import`, as the app reads them. Bad
//! input is one line on stderr and exit code 2.

mod input;
mod render;

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "wiretrace",
    version,
    about = "Where news text comes from: shared phrasing between articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze workspace files, text, Markdown or saved web pages.
    Analyze {
        /// Print the JSON report instead of the summary.
        #[arg(long)]
        json: bool,
        /// Workspace `.json` files, `.txt`, `.md` or `.html` files.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
    },
    /// Print the workspace JSON built from files, as the app would import them.
    Import {
        /// Workspace `.json` files, `.txt`, `.md` or `.html` files.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Write the workspace here instead of printing it.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Write the offline file with a workspace embedded, to send to a colleague.
    Share {
        /// A workspace `.json` (or any files `import` reads).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The offline file to write.
        #[arg(short, long, required = true)]
        output: PathBuf,
        /// The offline bundle to embed into (default: $WIRETRACE_BUNDLE, else dist/wiretrace.html).
        #[arg(long)]
        bundle: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    match run(Cli::parse().command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("wiretrace: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Analyze { json, inputs } => {
            let workspace = input::load(&inputs)?;
            let report = wiretrace_engine::analyze(&workspace.articles);
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&report).expect("reports serialize")
                );
            } else {
                print!("{}", render::summary(&workspace, &report));
            }
        }
        Command::Import { inputs, output } => {
            let workspace = input::load(&inputs)?;
            let json = serde_json::to_string_pretty(&workspace).expect("workspaces serialize");
            match output {
                Some(path) => write(&path, &format!("{json}\n"))?,
                None => println!("{json}"),
            }
        }
        Command::Share {
            inputs,
            output,
            bundle,
        } => {
            let workspace = input::load(&inputs)?;
            let page = input::bundle(bundle.as_deref())?;
            let page =
                wiretrace_files::embed::embed(&page, &workspace).map_err(|e| e.to_string())?;
            write(&output, &page)?;
            println!(
                "wrote {} with {} articles",
                output.display(),
                workspace.articles.len()
            );
        }
    }
    Ok(())
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    std::fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
