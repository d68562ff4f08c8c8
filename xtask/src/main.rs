//! Project chores, run as `cargo xtask <command>`:
//!
//! - `setup`: install what the build and the tests need and is missing.
//! - `serve`: build the app and serve it on localhost, rebuilding on change.
//! - `bundle`: build `dist/` and the single offline file `dist/wiretrace.html`.
//! - `test`: every check CI runs (format, lints, tests, builds, browser tests).
//! - `bench`: engine benchmarks and the browser start-up benchmark.

mod bundle;
mod setup;
mod site;
mod test;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::run(),
        Some("serve") => setup::run().and_then(|()| site::serve()),
        Some("bundle") => setup::run().and_then(|()| bundle::run()),
        Some("test") => test::run(),
        Some("bench") => setup::run()
            .and_then(|()| bundle::run())
            .and_then(|()| bench()),
        _ => Err(format!(
            "usage: cargo xtask <setup | serve | bundle | test | bench>\n(got {:?})",
            args.first()
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Engine benchmarks (criterion) and the browser benchmark (start-up and
/// analysis in the wasm build).
fn bench() -> Result<(), String> {
    exec(cargo().args([
        "bench",
        "--package",
        "wiretrace-engine",
        "--bench",
        "analysis",
    ]))?;
    exec(cargo().args(["bench", "--package", "wiretrace-app", "--bench", "browser"]))
}

/// The workspace root (the folder above `xtask/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}

/// `cargo` as invoked by the user, run from the workspace root.
pub fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(root());
    cmd
}

/// Runs a command, echoing it; fails with its exit status.
pub fn exec(cmd: &mut Command) -> Result<(), String> {
    eprintln!("$ {}", describe(cmd));
    let status = cmd
        .status()
        .map_err(|e| format!("cannot start {}: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

/// Runs a command and returns its standard output, or None if it cannot run.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn describe(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|s| s.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ")
}
