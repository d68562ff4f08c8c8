//! Entry point of the wasm module: set the panic hook, then, in a page, mount
//! [`App`](wiretrace_app::App), or, in the analysis worker the page started
//! ([`wiretrace_app::engine_client`]), serve analyses
//! ([`wiretrace_app::worker::serve`]).

fn main() {
    console_error_panic_hook::set_once();
    if wiretrace_app::worker::in_worker() {
        wiretrace_app::worker::serve();
    } else {
        leptos::mount::mount_to_body(wiretrace_app::App);
    }
}
