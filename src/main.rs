//! Entry point of the wasm module: set the panic hook, then, in a page, keep
//! the offline file's own source before anything is drawn (for "Save as
//! file") and mount [`App`](wiretrace_app::App), or, in the analysis worker
//! the page started ([`wiretrace_app::engine_client`]), serve analyses
//! ([`wiretrace_app::worker::serve`]).

fn main() {
    console_error_panic_hook::set_once();
    if wiretrace_app::worker::in_worker() {
        wiretrace_app::worker::serve();
    } else {
        wiretrace_app::files::capture_page();
        leptos::mount::mount_to_body(wiretrace_app::App);
    }
}
