//! Trunk builds of the static site, with the project's wasm-opt on PATH.

use crate::{exec, root, setup::binaryen_bin};
use std::process::Command;

/// `trunk` with binaryen's wasm-opt first on PATH, run from the workspace root.
fn trunk() -> Command {
    let path = std::env::var("PATH").unwrap_or_default();
    let mut cmd = Command::new("trunk");
    cmd.current_dir(root())
        .env("PATH", format!("{}:{path}", binaryen_bin().display()))
        .env("NO_COLOR", "true");
    cmd
}

/// Release build of the static site into `dist/`.
pub fn build() -> Result<(), String> {
    exec(trunk().args(["build", "--release"]))
}

/// Builds and serves the app on localhost, rebuilding when files change.
pub fn serve() -> Result<(), String> {
    eprintln!("Wiretrace will be served at http://127.0.0.1:8080/ (Ctrl-C to stop)");
    exec(trunk().args(["serve", "--release"]))
}
