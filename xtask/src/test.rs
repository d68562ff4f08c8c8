//! `cargo xtask test`: every check, in the order that fails fastest.
//!
//! The tools set up first (a fresh machine has not even the wasm32 target),
//! then formatting, clippy on the whole workspace, the engine built for
//! wasm32, the release site and the offline bundle built, then the whole
//! workspace's tests, with the browser end-to-end tests required (they skip
//! only under a plain `cargo test` that lacks a browser or a build).

use crate::{bundle, cargo, exec, setup};

/// Runs every check; stops at the first failure.
pub fn run() -> Result<(), String> {
    setup::run()?;
    exec(cargo().args(["fmt", "--all", "--", "--check"]))?;
    exec(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    exec(cargo().args([
        "build",
        "--package",
        "wiretrace-engine",
        "--target",
        "wasm32-unknown-unknown",
    ]))?;
    bundle::run()?;
    exec(
        cargo()
            .args(["test", "--workspace"])
            .env("WIRETRACE_E2E", "required"),
    )
}
