//! Wiretrace in the browser. [`App`] is the whole page: articles are pasted
//! into the editor, "Analyze" runs the engine in a Web Worker of this tab
//! ([`engine_client`] on the page's side, [`worker`] on the worker's: the
//! same wasm module), with a progress bar and Cancel, and the results show
//! each pair's shared phrasing, the lineage and the facts timeline. Nothing
//! is sent anywhere; the workspace ([`workspace::Store`]) is kept in the
//! browser's local storage, comes in from files or pastes, and goes out as
//! exports or one offline file.

pub mod components;
pub mod engine_client;
pub mod example;
pub mod facts;
pub mod files;
pub mod highlight;
pub mod index;
pub mod layout;
pub mod matrix;
pub mod overview;
pub mod pieces;
pub mod slices;
pub mod state;
pub mod storage;
pub mod worker;
pub mod workspace;

pub use components::app::App;
