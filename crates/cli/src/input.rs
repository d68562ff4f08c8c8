//! Reading the command line's files: every kind through
//! `wiretrace_files::import`, so the CLI reads a file exactly as the app
//! does, and finding the offline bundle for `share`.

use std::path::{Path, PathBuf};
use wiretrace_engine::Workspace;
use wiretrace_files::import::import_all;

/// Environment variable naming the offline bundle for `share`.
pub const BUNDLE_ENV: &str = "WIRETRACE_BUNDLE";
/// Where `cargo xtask bundle` writes the offline file, under the repository.
pub const BUNDLE_PATH: &str = "dist/wiretrace.html";

/// The files as one workspace: text, Markdown, saved pages and workspace
/// files, in argument order, ids made unique.
pub fn load(paths: &[PathBuf]) -> Result<Workspace, String> {
    let files = paths
        .iter()
        .map(|path| {
            std::fs::read(path)
                .map(|bytes| (path.display().to_string(), bytes))
                .map_err(|e| format!("cannot read {}: {e}", path.display()))
        })
        .collect::<Result<Vec<_>, String>>()?;
    import_all(
        files
            .iter()
            .map(|(name, bytes)| (name.as_str(), bytes.as_slice())),
    )
    .map_err(|e| e.to_string())
}

/// The offline bundle: `--bundle`, else `$WIRETRACE_BUNDLE`, else
/// `dist/wiretrace.html` under the current folder or under a folder that
/// holds the executable (the repository, for `target/…/wiretrace`).
pub fn bundle(flag: Option<&Path>) -> Result<String, String> {
    let env = std::env::var_os(BUNDLE_ENV).filter(|v| !v.is_empty());
    let given = flag.map(Path::to_path_buf).or(env.map(PathBuf::from));
    let path = match given {
        Some(path) => path,
        None => {
            let exe = std::env::current_exe().ok();
            let roots = std::iter::once(PathBuf::from(".")).chain(
                exe.iter()
                    .flat_map(|e| e.ancestors().skip(1).map(Path::to_path_buf)),
            );
            let found = roots
                .map(|root| root.join(BUNDLE_PATH))
                .find(|candidate| candidate.is_file());
            found.ok_or_else(|| {
                format!(
                    "no offline bundle found ({BUNDLE_PATH} here or above the wiretrace executable); run `cargo xtask bundle`, or give --bundle PATH or set {BUNDLE_ENV}"
                )
            })?
        }
    };
    std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "cannot read the offline bundle {}: {e}; run `cargo xtask bundle` to build it",
            path.display()
        )
    })
}
