//! The browser's local storage, as text under a key: the one place that
//! touches it. What is stored and when is [`crate::workspace`]'s business.

use gloo_storage::{LocalStorage, Storage};

/// Where the workspace is kept (read by tests and the worker's seeding too).
pub const KEY: &str = "wiretrace.workspace";

/// Where the person's own workspace is set aside while a shared file that
/// was opened is being edited (restored by "Back to my workspace").
pub const SET_ASIDE_KEY: &str = "wiretrace.workspace.set-aside";

/// Where a saved workspace that could not be read is kept, unchanged, so
/// autosave never overwrites it.
pub const UNREADABLE_KEY: &str = "wiretrace.workspace.unreadable";

/// What the person is told when the browser refuses to store.
pub const REFUSED: &str = "This browser did not let Wiretrace save your articles (its storage is full or turned off). Everything is still on screen; use \u{201c}Export workspace\u{201d} to keep a copy.";

/// The text stored under `key`, if any.
pub fn read(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok()?
}

/// Stores `text` under `key`; the message to show when the browser refuses
/// (quota full, storage disabled).
pub fn write(key: &str, text: &str) -> Result<(), String> {
    LocalStorage::raw()
        .set_item(key, text)
        .map_err(|_| REFUSED.to_owned())
}

/// Forgets `key`.
pub fn remove(key: &str) {
    let _ = LocalStorage::raw().remove_item(key);
}
