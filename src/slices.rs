//! Long work on the page's thread done in slices, so that no task of the
//! page runs long enough to hold up a click or a frame: the work calls
//! [`Slicer::pause`] between small steps, and once a slice has run for
//! [`SLICE_MS`] it yields to the browser (a zero-delay timeout) before
//! going on. Natively (in tests) it never waits.

/// Longest a slice of work runs before the page gets its turn, in
/// milliseconds: well under the 50 ms a browser counts as a long task.
pub const SLICE_MS: f64 = 25.0;

/// The clock of the slice of work running now.
#[derive(Debug)]
pub struct Slicer {
    since: f64,
}

impl Default for Slicer {
    fn default() -> Self {
        Self::new()
    }
}

impl Slicer {
    /// A slice starting now.
    pub fn new() -> Self {
        Slicer { since: now() }
    }

    /// Yields to the browser if this slice has run its time; returns at
    /// once otherwise.
    pub async fn pause(&mut self) {
        if now() - self.since >= SLICE_MS {
            yield_now().await;
            self.since = now();
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

#[cfg(not(target_arch = "wasm32"))]
fn now() -> f64 {
    0.0
}

/// One turn of the browser's event loop: a zero-delay timeout.
#[cfg(target_arch = "wasm32")]
async fn yield_now() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[cfg(not(target_arch = "wasm32"))]
async fn yield_now() {}
