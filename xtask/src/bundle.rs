//! `cargo xtask bundle`: the static site in `dist/` and the single offline
//! file `dist/wiretrace.html`.
//!
//! Browsers refuse module imports and wasm fetches from `file://`, so the
//! bundle inlines everything: the stylesheet, the wasm-bindgen JS glue (its
//! `export`s removed so it runs as one inline module) and the wasm as base64,
//! decoded and handed to the glue's init function. Its Content-Security-Policy
//! allows no request at all.

use crate::{root, site};
use base64::Engine;
use std::fs;
use std::path::{Path, PathBuf};

/// The bundle's policy: inline script and style, wasm compilation, data images; nothing else.
pub const BUNDLE_CSP: &str = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; form-action 'none'; base-uri 'none'";

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
    let wasm64 = base64::engine::general_purpose::STANDARD.encode(wasm);
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
{script}
{{
  // The wasm, inlined: decoded here and handed to the glue (no fetch).
  const binary = atob("{wasm64}");
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  await __wbg_init({{ module_or_path: bytes }});
}}
</script>
</body>
</html>
"#
    ))
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
    fn bundle_has_no_external_reference_and_a_closed_policy() {
        let html = bundle("body{}", "async function __wbg_init(m) {}", b"\0asm").unwrap();
        assert!(html.contains(BUNDLE_CSP));
        for needle in ["src=", "http:", "https:", "url(", "import "] {
            assert!(!html.contains(needle), "{needle} in bundle");
        }
    }
}
