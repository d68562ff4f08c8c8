//! `cargo xtask bundle`: the static site in `dist/` and the single offline
//! file `dist/wiretrace.html`.
//!
//! Browsers refuse module imports and wasm fetches from `file://`, so the
//! bundle inlines everything: the stylesheet, the wasm-bindgen JS glue and
//! the wasm, gzipped ([`WASM_GZIP_LEVEL`]) then base64, unpacked in the page
//! by the browser's own `DecompressionStream('gzip')` and handed to the
//! glue's init function.
//!
//! The glue (its `export`s removed) is wrapped in one function,
//! `globalThis.wiretraceGlue`, that returns its init function: the page calls
//! it once, and the analysis worker (`src/engine_client.rs`) is a Blob-URL
//! script made of that function's source text and the page's compiled wasm
//! module, so neither the glue nor the wasm is in the file twice, and the
//! script is never rewritten after the page loads. Its
//! Content-Security-Policy allows no request at all; `worker-src blob:` lets
//! the page start that worker, which takes the same policy.
//!
//! The file must stay under [`SIZE_BUDGET`] (issue 10): the wasm is built
//! for size (cargo profile `wasm-release`, chosen in `index.html`), and a
//! build whose wasm still has a `name` or `producers` section, or whose file
//! is over the budget, fails here rather than ship.

use crate::{root, site};
use base64::Engine;
use flate2::{write::GzEncoder, Compression};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The bundle's policy: inline script and style, wasm compilation, the
/// analysis worker from a blob: URL, data images; nothing else.
pub const BUNDLE_CSP: &str = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; form-action 'none'; base-uri 'none'";

/// gzip level of the inlined wasm: the best, since it is packed once per build.
const WASM_GZIP_LEVEL: u32 = 9;

/// The global that holds the glue as a function (read by `src/engine_client.rs`).
const GLUE_GLOBAL: &str = "wiretraceGlue";

/// The most `dist/wiretrace.html` may weigh, in bytes (issue 10: under 1.5 MB).
pub const SIZE_BUDGET: u64 = 1_500_000;

/// Custom wasm sections that only weigh: function names and the toolchain's
/// producers record. wasm-opt drops them (`index.html`'s `data-wasm-opt-params`).
const DROPPED_SECTIONS: [&str; 2] = ["name", "producers"];

/// Builds `dist/` with Trunk, then writes `dist/wiretrace.html`.
pub fn run() -> Result<(), String> {
    site::build()?;
    let dist = root().join("dist");
    let wasm = fs::read(find(&dist, |n| n.ends_with("_bg.wasm"))?).map_err(|e| e.to_string())?;
    let kept: Vec<String> = custom_sections(&wasm)?
        .into_iter()
        .filter(|name| DROPPED_SECTIONS.contains(&name.as_str()))
        .collect();
    if !kept.is_empty() {
        return Err(format!("the wasm still has its {kept:?} section(s); is wasm-opt run with --strip-producers and without -g?"));
    }
    let html = bundle(
        &read(&find(&dist, |n| n.ends_with(".css"))?)?,
        &read(&find(&dist, |n| n.ends_with(".js"))?)?,
        &wasm,
    )?;
    let out = dist.join("wiretrace.html");
    fs::write(&out, &html).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    let size = html.len() as u64;
    eprintln!(
        "wrote {} ({size} bytes, budget {SIZE_BUDGET}; wasm {} bytes)",
        out.display(),
        wasm.len()
    );
    if size > SIZE_BUDGET {
        return Err(format!(
            "{} is {size} bytes, over the budget of {SIZE_BUDGET} (issue 10)",
            out.display()
        ));
    }
    Ok(())
}

/// The names of a wasm module's custom sections, in order.
fn custom_sections(wasm: &[u8]) -> Result<Vec<String>, String> {
    let bad = || "the wasm is malformed".to_owned();
    if wasm.get(..4) != Some(b"\0asm".as_slice()) {
        return Err("the wasm has no wasm header".into());
    }
    let mut names = Vec::new();
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let size = leb128(wasm, &mut at).ok_or_else(bad)?;
        let end = at
            .checked_add(size)
            .filter(|&e| e <= wasm.len())
            .ok_or_else(bad)?;
        if id == 0 {
            let mut name_at = at;
            let len = leb128(wasm, &mut name_at).ok_or_else(bad)?;
            let name = wasm.get(name_at..name_at + len).ok_or_else(bad)?;
            names.push(String::from_utf8_lossy(name).into_owned());
        }
        at = end;
    }
    Ok(names)
}

/// An unsigned LEB128 number at `*at`, moving `*at` past it.
fn leb128(bytes: &[u8], at: &mut usize) -> Option<usize> {
    let mut value = 0usize;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(*at)?;
        *at += 1;
        value |= usize::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

/// The single-file page from the stylesheet, the glue and the wasm.
fn bundle(css: &str, glue: &str, wasm: &[u8]) -> Result<String, String> {
    let script = inline_glue(glue)?;
    let wasm64 = base64::engine::general_purpose::STANDARD.encode(gzip(wasm)?);
    for (what, text) in [("stylesheet", css), ("JS glue", script.as_str())] {
        let lower = text.to_ascii_lowercase();
        if lower.contains("</script") || lower.contains("</style") {
            return Err(format!(
                "the {what} contains a closing tag and cannot be inlined"
            ));
        }
    }
    Ok(format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{BUNDLE_CSP}">
<title>Wiretrace</title>
<link rel="icon" href="data:,">
<style>
{css}
</style>
</head>
<body>
<script type="module">
// The wasm-bindgen glue as one function returning its init function, so the
// analysis worker can be made of the same source text.
globalThis.{GLUE_GLOBAL} = function () {{
'use strict';
{script}
return __wbg_init;
}};
{{
  // The wasm, inlined and gzipped: unpacked here and handed to the glue (no fetch).
  const binary = atob("{wasm64}");
  const packed = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) packed[i] = binary.charCodeAt(i);
  const unpacked = new Blob([packed]).stream().pipeThrough(new DecompressionStream("gzip"));
  const bytes = await new Response(unpacked).arrayBuffer();
  await globalThis.{GLUE_GLOBAL}()({{ module_or_path: bytes }});
}}
</script>
</body>
</html>
"#
    ))
}

/// The wasm compressed with gzip, which the page unpacks with `DecompressionStream`.
fn gzip(wasm: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::new(WASM_GZIP_LEVEL));
    encoder
        .write_all(wasm)
        .and_then(|()| encoder.finish())
        .map_err(|e| format!("cannot gzip the wasm: {e}"))
}

/// The wasm-bindgen glue made fit for an inline module: no `export`, no
/// import, and no default path to a wasm file beside it.
fn inline_glue(glue: &str) -> Result<String, String> {
    if !glue.contains("async function __wbg_init(") {
        return Err(
            "the JS glue has no __wbg_init function; is wasm-bindgen's target `web`?".into(),
        );
    }
    let mut out = String::with_capacity(glue.len());
    let mut in_export_list = false;
    for line in glue.lines() {
        let trimmed = line.trim_start();
        if in_export_list {
            in_export_list = !trimmed.contains("};");
            continue;
        }
        if trimmed.starts_with("export {") {
            in_export_list = !trimmed.contains("};");
            continue;
        }
        if trimmed.starts_with("export default ") {
            continue;
        }
        if trimmed.starts_with("import ") {
            return Err(format!("the JS glue imports another file (`{trimmed}`); wasm-bindgen snippets cannot be bundled"));
        }
        // With the wasm passed in, the glue's default `new URL(…, import.meta.url)` is never used.
        if trimmed.contains("import.meta.url") {
            out.push_str("throw new Error('wiretrace: the wasm is inlined in this page');\n");
            continue;
        }
        out.push_str(line.strip_prefix("export ").unwrap_or(line));
        out.push('\n');
    }
    Ok(out)
}

fn find(dist: &Path, pick: impl Fn(&str) -> bool) -> Result<PathBuf, String> {
    let mut found: Vec<PathBuf> = fs::read_dir(dist)
        .map_err(|e| format!("cannot read {}: {e}", dist.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(&pick))
        .collect();
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(format!(
            "expected one matching file in {}, found {n}: {found:?}",
            dist.display()
        )),
    }
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glue_loses_its_exports_and_its_wasm_path() {
        let glue = "let wasm;\nexport function run() {}\nexport class Handle {}\nasync function __wbg_init(module_or_path) {\n    if (typeof module_or_path === 'undefined') {\n        module_or_path = new URL('app_bg.wasm', import.meta.url);\n    }\n}\nexport { initSync };\nexport default __wbg_init;\n";
        let out = inline_glue(glue).unwrap();
        assert!(
            !out.lines().any(|l| l.trim_start().starts_with("export")),
            "{out}"
        );
        assert!(out.contains("function run() {}") && out.contains("class Handle {}"));
        assert!(!out.contains("import.meta") && !out.contains("app_bg.wasm"));
    }

    #[test]
    fn glue_with_imports_is_refused() {
        let glue = "import { x } from './snippets/a.js';\nasync function __wbg_init(m) {}\n";
        assert!(inline_glue(glue).unwrap_err().contains("snippets"));
    }

    #[test]
    fn wasm_is_inlined_gzipped_and_unpacks_to_itself() {
        use flate2::read::GzDecoder;
        use std::io::Read;
        let wasm: Vec<u8> = b"\0asm\x01\0\0\0"
            .iter()
            .copied()
            .cycle()
            .take(4096)
            .collect();
        let html = bundle("body{}", "async function __wbg_init(m) {}", &wasm).unwrap();
        let start = html.find("atob(\"").unwrap() + 6;
        let end = start + html[start..].find('"').unwrap();
        let packed = base64::engine::general_purpose::STANDARD
            .decode(&html[start..end])
            .unwrap();
        assert!(
            packed.len() < wasm.len() / 4,
            "{} bytes packed",
            packed.len()
        );
        let mut unpacked = Vec::new();
        GzDecoder::new(packed.as_slice())
            .read_to_end(&mut unpacked)
            .unwrap();
        assert_eq!(unpacked, wasm);
        assert!(html.contains("DecompressionStream(\"gzip\")"));
    }

    #[test]
    fn glue_is_kept_as_one_function_for_the_worker() {
        let html = bundle(
            "body{}",
            "let wasm;\nasync function __wbg_init(m) {}",
            b"\0asm",
        )
        .unwrap();
        let open = html
            .find(&format!("globalThis.{GLUE_GLOBAL} = function () {{"))
            .unwrap();
        let body = &html[open..];
        assert!(body.find("let wasm;").unwrap() < body.find("return __wbg_init;").unwrap());
        assert!(html.contains("worker-src blob:"));
        assert_eq!(
            html.matches("async function __wbg_init").count(),
            1,
            "the glue is in the file once"
        );
    }

    #[test]
    fn custom_sections_are_named() {
        // Header, a type section (id 1, empty), then custom sections "name"
        // and "producers" with a byte of content each.
        let mut wasm = b"\0asm\x01\0\0\0\x01\x01\0".to_vec();
        for name in ["name", "producers"] {
            wasm.extend([0, name.len() as u8 + 2, name.len() as u8]);
            wasm.extend(name.as_bytes());
            wasm.push(7);
        }
        assert_eq!(custom_sections(&wasm).unwrap(), ["name", "producers"]);
        assert!(custom_sections(&wasm[..wasm.len() - 1]).is_err());
        assert!(custom_sections(b"<html>").is_err());
    }

    #[test]
    fn bundle_has_no_external_reference_and_a_closed_policy() {
        let html = bundle("body{}", "async function __wbg_init(m) {}", b"\0asm").unwrap();
        assert!(html.contains(BUNDLE_CSP));
        for needle in ["src=", "http:", "https:", "url(", "import "] {
            assert!(!html.contains(needle), "{needle} in bundle");
        }
    }
}
