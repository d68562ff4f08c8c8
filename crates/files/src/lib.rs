//! Wiretrace's files: what comes in and what goes out, shared by the app and
//! the CLI so both read a file the same way and write the same exports.
//!
//! Pure Rust like the engine (no I/O, no clock, builds for wasm32): callers
//! hand in bytes and names and get articles, messages or text back.
//!
//! - [`import`]: one file (`.txt`, `.md`, `.html`, workspace `.json`) into
//!   articles, or one clear message saying what is wrong, importing nothing
//!   partial.
//! - [`html`]: a saved news page's article text, title and publication time,
//!   without the page around it.
//! - [`markdown`]: a Markdown article as plain text, its leading heading as
//!   the title.
//! - [`split`]: many articles pasted at once, cut on separator lines or on
//!   repeated headline/dateline patterns.
//! - [`export`]: the report as CSV (pair matrix; facts with first appearance;
//!   per-article verdicts and sources).
//! - [`embed`]: the workspace carried inside the single-file bundle, written
//!   and read back as untrusted input.

pub mod embed;
pub mod export;
pub mod html;
pub mod import;
pub mod markdown;
pub mod split;
