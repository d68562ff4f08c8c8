//! The page's components, one per file.

pub mod app;
pub mod article_card;
pub mod article_editor;
pub mod article_summary;
pub mod heatmap;
pub mod pair_table;
pub mod side_by_side;
