//! The page's components, one per file.

pub mod added_facts;
pub mod app;
pub mod article_card;
pub mod article_editor;
pub mod article_summary;
pub mod article_view;
pub mod credit_mark;
pub mod export_bar;
pub mod fact_filters;
pub mod fact_panel;
pub mod fact_table;
pub mod heatmap;
pub mod import_panel;
pub mod lineage_panel;
pub mod lineage_view;
pub mod overview;
pub mod pair_table;
pub mod progress;
pub mod show_more;
pub mod side_by_side;
pub mod source_bar;
pub mod time_form;
pub mod timeline_view;

/// Scrolls the element matching `css` into sight once the page has drawn
/// what a click just changed (the next animation frame).
pub fn bring_into_view(css: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        if let Ok(Some(el)) = leptos::prelude::document().query_selector(css) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}
