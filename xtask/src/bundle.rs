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

/// Builds `dist/` with Trunk, then writes `dist/wiretrace.html`.
pub fn run() -> Result<(), String> {
    site::build()?;
    let dist = root().join("dist");
    let html = bundle(
        &read(&find(&dist, |n| n.ends_with(".css"))?)?,
        &read(&find(&dist, |n| n.ends_with(".js"))?)?,
        &fs::read(find(&dist, |n| n.ends_with("_bg.wasm"))?).map_err(|e| e.to_string())?,
    )?;
    let out = dist.join("wiretrace.html");
    fs::write(&out, html).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    eprintln!(
        "wrote {} ({} bytes)",
        out.display(),
        fs::metadata(&out).map_or(0, |m| m.len())
    );
    Ok(())
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
    fn bundle_has_no_external_reference_and_a_closed_policy() {
        let html = bundle("body{}", "async function __wbg_init(m) {}", b"\0asm").unwrap();
        assert!(html.contains(BUNDLE_CSP));
        for needle in ["src=", "http:", "https:", "url(", "import "] {
            assert!(!html.contains(needle), "{needle} in bundle");
        }
    }
}
