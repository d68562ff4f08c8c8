//! Entry point of the browser app: set the panic hook and mount [`App`].

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(wiretrace_app::App);
}
