//! The app's wasm module when it runs in a Web Worker: it analyzes the
//! workspaces the page posts and posts back progress and the report.
//!
//! The page ([`crate::engine_client`]) starts a dedicated worker whose small
//! boot script instantiates this very module (the page hands over its own
//! compiled `WebAssembly.Module`, so no second copy of the engine is built or
//! shipped); the module's start function sees a `DedicatedWorkerGlobalScope`
//! and calls [`serve`] instead of mounting the app.
//!
//! Protocol (every message from the worker is an array `[kind, payload]`):
//! - page → worker: the module (read by the boot script), then one
//!   workspace JSON (`Uint8Array`, UTF-8) per analysis;
//! - worker → page: [`READY`] once listening; [`PROGRESS`] with a
//!   [`Progress`] as JSON, about a hundred times per stage at most;
//!   [`REPORT`] with the report in pieces ([`crate::pieces`], a `Uint8Array`
//!   whose buffer is transferred, not copied); [`FAILED`] with a sentence when the workspace is unreadable.
//!
//! Cost: the analysis itself, plus one JSON encoding of the report's pieces; the
//! worker handles one workspace at a time (the page cancels by terminating it).

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};
use wiretrace_engine::{analyze_with_progress, Options, Progress, Workspace};

/// Kind of the message that says the worker listens.
pub const READY: &str = "ready";
/// Kind of a progress message; its payload is a [`Progress`] as JSON.
pub const PROGRESS: &str = "progress";
/// Kind of the message with the report; its payload is the report JSON in a `Uint8Array`.
pub const REPORT: &str = "report";
/// Kind of the message that says the analysis could not run; its payload is why.
pub const FAILED: &str = "failed";

/// Whether this code runs in a dedicated Web Worker rather than in a page.
pub fn in_worker() -> bool {
    js_sys::global().is_instance_of::<DedicatedWorkerGlobalScope>()
}

/// Listens for workspaces to analyze, then tells the page it is ready.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new({
        let scope = scope.clone();
        move |event: MessageEvent| {
            let bytes = Uint8Array::new(&event.data()).to_vec();
            match run(&bytes, &scope) {
                Ok(report) => {
                    let payload = Uint8Array::from(report.as_slice());
                    let transfer = Array::of1(&payload.buffer());
                    let _ = scope.post_message_with_transfer(
                        &Array::of2(&REPORT.into(), &payload),
                        &transfer,
                    );
                }
                Err(why) => post(&scope, FAILED, &why.into()),
            }
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page keeps it; so does its handler.
    on_message.forget();
    post(&scope, READY, &JsValue::NULL);
}

/// Analyzes one workspace (JSON bytes), posting progress; the report in pieces.
fn run(workspace: &[u8], scope: &DedicatedWorkerGlobalScope) -> Result<Vec<u8>, String> {
    let text = std::str::from_utf8(workspace).map_err(|e| e.to_string())?;
    let workspace = Workspace::from_json(text).map_err(|e| e.to_string())?;
    let report = analyze_with_progress(
        &workspace.articles,
        &Options::default(),
        &mut |p: Progress| {
            if let Ok(json) = serde_json::to_string(&p) {
                post(scope, PROGRESS, &json.into());
            }
        },
    );
    crate::pieces::encode(&report)
}

fn post(scope: &DedicatedWorkerGlobalScope, kind: &str, payload: &JsValue) {
    let _ = scope.post_message(&Array::of2(&kind.into(), payload));
}
