//! Entry point of the browser app: set the panic hook, keep the offline
//! file's own source before anything is drawn (for "Save as file"), and
//! mount [`App`].

fn main() {
    console_error_panic_hook::set_once();
    wiretrace_app::files::capture_page();
    leptos::mount::mount_to_body(wiretrace_app::App);
}
