//! `wiretrace`: the engine on the command line.
//!
//! `wiretrace analyze [--json] <workspace.json | files…>` reads a workspace
//! file or plain text files (id = file stem) and prints the report, as text
//! for a person or as the JSON report. Bad input is one line on stderr and
//! exit code 2.

mod input;
mod render;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
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
    /// Analyze a workspace file or several text files.
    Analyze {
        /// Print the JSON report instead of the summary.
        #[arg(long)]
        json: bool,
        /// One workspace `.json` file, or two or more text files.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let Command::Analyze { json, inputs } = Cli::parse().command;
    match input::load(&inputs) {
        Ok(workspace) => {
            let report = wiretrace_engine::analyze(&workspace.articles);
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&report).expect("reports serialize")
                );
            } else {
                print!("{}", render::summary(&workspace, &report));
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("wiretrace: {message}");
            ExitCode::from(2)
        }
    }
}
