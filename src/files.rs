//! Files out of the page and the page's own source: downloads through a
//! Blob and an object URL clicked as `<a download>` (no request is made),
//! and the offline file itself for "Save as file".
//!
//! The page's source: in the offline file it is the page as it was before
//! the app drew anything, `"<!DOCTYPE html>\n"` + the root element's
//! `outerHTML`, read once by [`capture_page`] before mounting (an inline
//! script's text serialises unchanged, so the wasm and glue come along); in
//! the served site it is `wiretrace.html` from the same origin. The
//! offline file is told apart by its Content-Security-Policy, which allows
//! no request (`'self'` appears only in the served site's). Cost: one copy
//! of the page (a few MB) held in the offline file; one fetch in the site.

use leptos::prelude::*;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wiretrace_engine::Workspace;
use wiretrace_files::embed;

/// The offline file beside the served site.
pub const OFFLINE_FILE: &str = "wiretrace.html";

/// Name of the file "Save as file" writes.
pub const SHARED_FILE_NAME: &str = "wiretrace-shared.html";

/// How long an object URL lives after its download started.
pub const OBJECT_URL_LIFETIME: std::time::Duration = std::time::Duration::from_secs(60);

static PAGE: OnceLock<String> = OnceLock::new();

/// Keeps the page's own source if this is the offline file. Call before
/// anything is mounted.
pub fn capture_page() {
    let doc = document();
    let csp = doc
        .query_selector("meta[http-equiv='Content-Security-Policy']")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default();
    if csp.contains("'self'") {
        return;
    }
    if let Some(root) = doc.document_element() {
        let _ = PAGE.set(format!("<!DOCTYPE html>\n{}", root.outer_html()));
    }
}

/// The offline file's source: captured at start, else fetched.
async fn page_source() -> Result<String, String> {
    if let Some(page) = PAGE.get() {
        return Ok(page.clone());
    }
    let unavailable = || {
        format!("\u{201c}Save as file\u{201d} needs the offline file {OFFLINE_FILE} beside this page, and it is not there (build it with `cargo xtask bundle`).")
    };
    let response = JsFuture::from(window().fetch_with_str(OFFLINE_FILE))
        .await
        .map_err(|_| unavailable())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| unavailable())?;
    if !response.ok() {
        return Err(unavailable());
    }
    let text = JsFuture::from(response.text().map_err(|_| unavailable())?)
        .await
        .map_err(|_| unavailable())?;
    text.as_string().ok_or_else(unavailable)
}

/// Downloads the offline file with `workspace` embedded.
pub async fn save_as_file(workspace: &Workspace) -> Result<(), String> {
    let page = page_source().await?;
    let shared = embed::embed(&page, workspace).map_err(|e| e.to_string())?;
    download(SHARED_FILE_NAME, "text/html", &shared)
}

/// Offers `text` as a file named `name` of type `mime`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let failed = |_| format!("The browser would not make the file {name}.");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let a: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(failed)?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        OBJECT_URL_LIFETIME,
    );
    Ok(())
}
