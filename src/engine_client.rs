//! The one asynchronous boundary between the page and the engine: articles go
//! in, progress comes back while the engine runs, then the report (or why
//! there is none). The engine runs in a Web Worker ([`crate::worker`]), so
//! the page keeps answering clicks and keys however large the set.
//!
//! The worker starts on the first [`analyze`] and is kept for the next ones.
//! It is a Blob-URL script of a few lines that instantiates the page's own
//! compiled wasm module, posted to it (so the engine is in the bundle once):
//! - in the served site the script imports the wasm-bindgen glue beside the
//!   page (its hashed URL is read from the `modulepreload` link Trunk writes);
//! - in the offline file, which has no file to import, the page keeps its
//!   glue as a function, `globalThis.wiretraceGlue`, whose source text
//!   becomes the worker's script (see `xtask/src/bundle.rs`).
//!
//! A Blob-URL worker takes the page's Content-Security-Policy, so the worker
//! can make no request the page could not (a module worker's imports count
//! as worker scripts: the site's policy has `worker-src 'self' blob:`). [`cancel`] terminates the worker;
//! the next [`analyze`] starts another.
//!
//! Cost on the page's thread: posting the workspace JSON, then decoding the
//! report a piece at a time ([`crate::pieces`]) in slices that leave the
//! page free between them (measured as `wiretrace-decode`; see BENCHMARKS.md).

use crate::pieces::Decoder;
use crate::slices::Slicer;
use crate::worker::{FAILED, PROGRESS, READY, REPORT};
use js_sys::{Array, Function, Reflect, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, Event, MessageEvent, Url, Worker, WorkerOptions, WorkerType};
use wiretrace_engine::{Article, Progress, Report, Workspace};

/// User Timing measure from [`analyze`] to the decoded report.
pub const ANALYZE_MEASURE: &str = "wiretrace-analyze";
/// User Timing measure of decoding the report on the page's thread.
pub const DECODE_MEASURE: &str = "wiretrace-decode";
/// The global the offline file keeps its wasm-bindgen glue in, as a function.
const GLUE_GLOBAL: &str = "wiretraceGlue";

/// What runs is told, in order: progress any number of times, then done.
type OnProgress = Box<dyn FnMut(Progress)>;
/// The end of a run: the report, or a sentence saying why there is none.
type OnDone = Box<dyn FnOnce(Result<Report, String>)>;

/// One analysis asked for and not finished.
struct Job {
    on_progress: OnProgress,
    on_done: OnDone,
}

/// The worker and what it is doing.
struct Engine {
    worker: Worker,
    /// The boot script's Blob URL, revoked once the worker is ready.
    script: Option<String>,
    /// The workspace waiting for the worker to be ready.
    queued: Option<Uint8Array>,
    job: Option<Job>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
    /// Counts the runs asked for and cancelled, so the report of a run
    /// that was cancelled while the page read it is dropped.
    static RUN: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The report the worker sent ([`crate::pieces`]), read a piece at a time
/// in slices of the page's thread.
async fn decode(bytes: &[u8]) -> Result<Report, String> {
    let mut slicer = Slicer::new();
    let mut decoder = Decoder::new(bytes)?;
    while !decoder.step()? {
        slicer.pause().await;
    }
    Ok(decoder.finish())
}

/// Analyzes `articles` in the worker. `on_progress` hears how far it is;
/// `on_done` gets the report, or why there is none. A run still going is
/// cancelled first: one runs at a time.
pub fn analyze(
    articles: Vec<Article>,
    on_progress: impl FnMut(Progress) + 'static,
    on_done: impl FnOnce(Result<Report, String>) + 'static,
) {
    if ENGINE.with_borrow(|e| e.as_ref().is_some_and(|e| e.job.is_some())) {
        cancel();
    }
    RUN.set(RUN.get() + 1);
    mark(&start_mark(ANALYZE_MEASURE));
    let workspace = match serde_json::to_vec(&Workspace::new(articles)) {
        Ok(json) => Uint8Array::from(json.as_slice()),
        Err(e) => return on_done(Err(e.to_string())),
    };
    if ENGINE.with_borrow(Option::is_none) {
        match spawn() {
            Ok(engine) => ENGINE.set(Some(engine)),
            Err(why) => {
                return on_done(Err(format!(
                "The analysis could not start in the background ({why}). Your articles are kept."
            )))
            }
        }
    }
    let ready = ENGINE.with_borrow_mut(|e| {
        let engine = e.as_mut()?;
        engine.job = Some(Job {
            on_progress: Box::new(on_progress),
            on_done: Box::new(on_done),
        });
        if engine.script.is_some() {
            engine.queued = Some(workspace);
            None
        } else {
            Some((engine.worker.clone(), workspace))
        }
    });
    if let Some((worker, workspace)) = ready {
        send(&worker, &workspace);
    }
}

/// Stops the run, if one is going, without a word to its listeners: the
/// worker is terminated and the next [`analyze`] starts another.
pub fn cancel() {
    RUN.set(RUN.get() + 1);
    if let Some(engine) = ENGINE.take() {
        engine.worker.terminate();
        if let Some(url) = engine.script {
            let _ = Url::revoke_object_url(&url);
        }
    }
}

/// Starts the worker and hands it the page's compiled wasm module.
fn spawn() -> Result<Engine, String> {
    let (source, kind) = boot_script()?;
    let options = BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = Blob::new_with_str_sequence_and_options(&Array::of1(&source.into()), &options)
        .map_err(describe)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let worker_options = WorkerOptions::new();
    worker_options.set_type(kind);
    worker_options.set_name("wiretrace-engine");
    let worker = Worker::new_with_options(&url, &worker_options).map_err(describe)?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        heard(&event.data());
    });
    // A script error inside the worker is an `ErrorEvent` with a message; a
    // worker that could not load at all gets a plain `Event`.
    let on_error = Closure::<dyn FnMut(Event)>::new(|event: Event| {
        event.prevent_default();
        let message = Reflect::get(&event, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| "it could not start".to_owned());
        fail(format!("the background worker failed: {message}"));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    worker
        .post_message(&wasm_bindgen::module())
        .map_err(describe)?;
    Ok(Engine {
        worker,
        script: Some(url),
        queued: None,
        job: None,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// The worker's boot script and its kind: it waits for the module, then
/// instantiates it with the glue, whose start function serves.
fn boot_script() -> Result<(String, WorkerType), String> {
    let boot = format!(
        "self.onmessage = (event) => {{ init({{ module_or_path: event.data }}).catch((e) => self.postMessage([\"{FAILED}\", String(e)])); }};"
    );
    let glue = Reflect::get(&js_sys::global(), &GLUE_GLOBAL.into()).unwrap_or(JsValue::UNDEFINED);
    if let Some(glue) = glue.dyn_ref::<Function>() {
        let source = String::from(glue.to_string());
        return Ok((
            format!("const init = ({source})();\n{boot}"),
            WorkerType::Classic,
        ));
    }
    let url = glue_url().ok_or("the page's script was not found")?;
    let url = serde_json::to_string(&url).map_err(|e| e.to_string())?;
    Ok((
        format!("import init from {url};\n{boot}"),
        WorkerType::Module,
    ))
}

/// The absolute URL of the wasm-bindgen glue that Trunk preloads.
fn glue_url() -> Option<String> {
    let link = web_sys::window()?
        .document()?
        .query_selector("link[rel=modulepreload][href$='.js']")
        .ok()??;
    Reflect::get(&link, &"href".into()).ok()?.as_string()
}

/// A message from the worker.
fn heard(data: &JsValue) {
    let message: &Array = data.unchecked_ref();
    let payload = message.get(1);
    match message.get(0).as_string().as_deref() {
        Some(READY) => {
            let queued = ENGINE.with_borrow_mut(|e| {
                let engine = e.as_mut()?;
                if let Some(url) = engine.script.take() {
                    let _ = Url::revoke_object_url(&url);
                }
                Some((engine.worker.clone(), engine.queued.take()?))
            });
            if let Some((worker, workspace)) = queued {
                send(&worker, &workspace);
            }
        }
        Some(PROGRESS) => {
            let progress = payload
                .as_string()
                .and_then(|json| serde_json::from_str::<Progress>(&json).ok());
            if let Some(progress) = progress {
                // The listener runs with the engine released: it may start
                // or cancel a run.
                let job = ENGINE.with_borrow_mut(|e| e.as_mut().and_then(|e| e.job.take()));
                if let Some(mut job) = job {
                    (job.on_progress)(progress);
                    ENGINE.with_borrow_mut(|e| {
                        if let Some(engine) = e.as_mut().filter(|e| e.job.is_none()) {
                            engine.job = Some(job);
                        }
                    });
                }
            }
        }
        Some(REPORT) => {
            let job = ENGINE.with_borrow_mut(|e| e.as_mut().and_then(|e| e.job.take()));
            let bytes = payload.unchecked_ref::<Uint8Array>().to_vec();
            let run = RUN.get();
            wasm_bindgen_futures::spawn_local(async move {
                mark(&start_mark(DECODE_MEASURE));
                let decoded = decode(&bytes)
                    .await
                    .map_err(|e| format!("the report could not be read: {e}"));
                measure(DECODE_MEASURE);
                measure(ANALYZE_MEASURE);
                // A run cancelled or replaced while its report was read
                // says nothing.
                if let Some(job) = job.filter(|_| RUN.get() == run) {
                    (job.on_done)(decoded);
                }
            });
        }
        Some(FAILED) => fail(payload.as_string().unwrap_or_default()),
        _ => {}
    }
}

/// The run failed: its listener is told, and the worker, which may be in
/// any state, is let go.
fn fail(why: String) {
    let job = ENGINE.with_borrow_mut(|e| e.as_mut().and_then(|e| e.job.take()));
    cancel();
    if let Some(job) = job {
        (job.on_done)(Err(format!(
            "The analysis stopped: {why}. Your articles are kept; press Analyze to try again."
        )));
    }
}

/// Posts a workspace to the worker, its buffer transferred, not copied.
fn send(worker: &Worker, workspace: &Uint8Array) {
    let transfer = Array::of1(&workspace.buffer());
    if let Err(e) = worker.post_message_with_transfer(workspace, &transfer) {
        fail(describe(e));
    }
}

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}

fn start_mark(name: &str) -> String {
    format!("{name}-start")
}

fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Ends the User Timing measure `name` begun by `mark(start_mark(name))`.
fn measure(name: &str) {
    let end = format!("{name}-end");
    mark(&end);
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark_and_end_mark(name, &start_mark(name), &end);
    }
}
