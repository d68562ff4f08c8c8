//! `cargo xtask setup`: installs what is missing, skips what is present.
//!
//! rustfmt, clippy and the wasm32 target (rustup); Trunk and wasm-bindgen-cli from crates.io at
//! pinned versions (wasm-bindgen-cli must equal the `wasm-bindgen` in
//! Cargo.lock); wasm-opt from the npm package `binaryen` (Debian's binaryen is
//! too old and breaks the wasm); Chromium and ChromeDriver from Debian's
//! packages, installed only when running as root.

use crate::{exec, output, root};
use std::path::PathBuf;
use std::process::Command;

/// Trunk 0.22 needs a newer rustc than these machines have.
const TRUNK_VERSION: &str = "0.21.14";
/// The binaryen release whose wasm-opt Trunk.toml pins (`version_132`).
const BINARYEN_VERSION: &str = "132";

/// Installs every missing tool.
pub fn run() -> Result<(), String> {
    components()?;
    wasm_target()?;
    cargo_tool("trunk", "trunk", TRUNK_VERSION, true)?;
    cargo_tool(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        &wasm_bindgen_version()?,
        false,
    )?;
    wasm_opt()?;
    chromium()
}

/// rustfmt and clippy, for the format and lint checks.
fn components() -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let present = |tool: &str| output(Command::new(&cargo).args([tool, "--version"])).is_some();
    if present("fmt") && present("clippy") {
        return Ok(());
    }
    exec(Command::new("rustup").args(["component", "add", "rustfmt", "clippy"]))
}

fn wasm_target() -> Result<(), String> {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    exec(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// Installs `krate` at `version` unless `binary --version` already reports it.
fn cargo_tool(binary: &str, krate: &str, version: &str, locked: bool) -> Result<(), String> {
    let current = output(Command::new(binary).arg("--version")).unwrap_or_default();
    if current.split_whitespace().nth(1) == Some(version) {
        return Ok(());
    }
    eprintln!("installing {krate} {version} (found: {})", current.trim());
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.args(["install", krate, "--version", version, "--force"]);
    if locked {
        cmd.arg("--locked");
    }
    exec(&mut cmd)
}

/// The `wasm-bindgen` version Cargo.lock resolved; the CLI must match it.
pub fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

/// Where the npm package `binaryen` is installed: in the cargo target
/// directory (`$CARGO_TARGET_DIR`, else `target/`), per checkout.
fn binaryen_prefix() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root().join("target"), PathBuf::from)
        .join("tools/binaryen")
}

/// The folder of binaryen's `wasm-opt`.
pub fn binaryen_bin() -> PathBuf {
    binaryen_prefix().join("node_modules/.bin")
}

fn wasm_opt() -> Result<(), String> {
    let current =
        output(Command::new(binaryen_bin().join("wasm-opt")).arg("--version")).unwrap_or_default();
    if current.contains(&format!("version_{BINARYEN_VERSION}")) {
        return Ok(());
    }
    if output(Command::new("npm").arg("--version")).is_none() {
        apt_install(&["nodejs", "npm"])?;
    }
    let prefix = binaryen_prefix();
    std::fs::create_dir_all(&prefix).map_err(|e| e.to_string())?;
    exec(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg(format!("binaryen@{BINARYEN_VERSION}")),
    )
}

fn chromium() -> Result<(), String> {
    let present = |b: &str| output(Command::new(b).arg("--version")).is_some();
    if present("chromium") && present("chromedriver") {
        return Ok(());
    }
    apt_install(&["chromium", "chromium-driver"])
}

/// Installs Debian packages as root; otherwise says exactly what to run.
fn apt_install(packages: &[&str]) -> Result<(), String> {
    let command = format!(
        "apt-get update && apt-get install -y {}",
        packages.join(" ")
    );
    let uid = output(Command::new("id").arg("-u")).unwrap_or_default();
    if uid.trim() != "0" {
        return Err(format!(
            "{} missing; as root, run: {command}",
            packages.join(", ")
        ));
    }
    exec(
        Command::new("apt-get")
            .arg("update")
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    exec(
        Command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}
