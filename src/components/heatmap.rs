//! The reuse matrix: an N×N heatmap of directional containment. Row r,
//! column c is the share of article r found in article c; clicking a cell
//! opens that pair with r on the left. Up to [`matrix::TABLE_MAX`] articles
//! it is a table of cells with their figures; beyond, a picture on a canvas
//! ([`matrix::Picture`]: articles grouped by reuse, a cell per article or
//! per few articles), explored with the pointer or the arrow keys, the
//! cell under the cursor described in words below it.

use crate::matrix::{self, Picture, STEPS};
use crate::state::Analysis;
use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::{Clamped, JsCast};
use wiretrace_engine::report::{grouped, percent};

/// The N×N matrix of "share of row found in column".
#[component]
pub fn Heatmap(
    /// The analysis to show.
    analysis: Analysis,
    /// The open pair (left, right), as indices into the analyzed articles.
    selected: RwSignal<Option<(usize, usize)>>,
) -> impl IntoView {
    if analysis.articles.len() <= matrix::TABLE_MAX {
        view! { <CellTable analysis=analysis selected=selected /> }.into_any()
    } else {
        view! { <MatrixPicture analysis=analysis selected=selected /> }.into_any()
    }
}

/// The matrix as a table of cells, each with its figure.
#[component]
fn CellTable(analysis: Analysis, selected: RwSignal<Option<(usize, usize)>>) -> impl IntoView {
    let n = analysis.articles.len();
    let ids: Vec<String> = analysis.articles.iter().map(|a| a.id.clone()).collect();
    let header = ids
        .iter()
        .map(|id| view! { <th class="wt-heat__col" scope="col">{id.clone()}</th> })
        .collect_view();
    let rows = (0..n)
        .map(|r| {
            let cells = (0..n)
                .map(|c| {
                    if r == c {
                        return view! { <td class="wt-heat__cell wt-heat__cell--self"></td> }.into_any();
                    }
                    let share = matrix::shares(&analysis, r, c).0;
                    let title = format!("{} Click to compare.", matrix::cell_words(&analysis, r, c));
                    let is_open = move || selected.get() == Some((r, c));
                    view! {
                        <td
                            class=format!("wt-heat__cell wt-heat__cell--{}", matrix::step(share))
                            class:wt-heat__cell--open=is_open
                            data-testid="heat-cell"
                            data-row=ids[r].clone()
                            data-col=ids[c].clone()
                            title=title
                            tabindex="0"
                            on:click=move |_| selected.set(Some((r, c)))
                            on:keydown=move |ev| if ev.key() == "Enter" { selected.set(Some((r, c))) }
                        >
                            {(share > 0.0).then(|| percent(share))}
                        </td>
                    }
                    .into_any()
                })
                .collect_view();
            view! {
                <tr>
                    <th class="wt-heat__row" scope="row" title=analysis.label(r)>{analysis.label(r)}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="wt-note">"Each cell: the share of the row's article found in the column's article. Click a cell to compare the two."</p>
        <div class="wt-heat__scroll">
            <table class="wt-heat" data-testid="heatmap">
                <thead>
                    <tr><th></th>{header}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The colours of the steps and of an article against itself, read from
/// the stylesheet (so the picture follows the theme, light or dark): the
/// background of a hidden probe cell of each class.
fn palette() -> ([[u8; 3]; STEPS + 1], [u8; 3]) {
    let mut steps = [[255; 3]; STEPS + 1];
    let mut own = [200; 3];
    let document = document();
    let (Some(body), Some(window)) = (document.body(), web_sys::window()) else {
        return (steps, own);
    };
    let read = |class: &str| -> Option<[u8; 3]> {
        let probe = document.create_element("span").ok()?;
        probe.set_class_name(class);
        let _ = probe.set_attribute("hidden", "");
        body.append_child(&probe).ok()?;
        let colour = window
            .get_computed_style(&probe)
            .ok()
            .flatten()
            .and_then(|s| s.get_property_value("background-color").ok());
        probe.remove();
        parse_rgb(&colour?)
    };
    for (k, slot) in steps.iter_mut().enumerate() {
        if let Some(c) = read(&format!("wt-heat__cell wt-heat__cell--{k}")) {
            *slot = c;
        }
    }
    if let Some(c) = read("wt-heat__cell wt-heat__cell--self") {
        own = c;
    }
    (steps, own)
}

/// `rgb(1, 2, 3)` or `rgba(1, 2, 3, 1)` as bytes.
fn parse_rgb(css: &str) -> Option<[u8; 3]> {
    let inner = css.split_once('(')?.1.trim_end_matches(')');
    let mut parts = inner.split([',', ' ', '/']).filter(|p| !p.is_empty());
    let mut rgb = [0u8; 3];
    for slot in &mut rgb {
        *slot = parts
            .next()?
            .trim()
            .parse::<f64>()
            .ok()?
            .round()
            .clamp(0.0, 255.0) as u8;
    }
    Some(rgb)
}

/// The matrix of a large set as a picture on a canvas.
#[component]
fn MatrixPicture(analysis: Analysis, selected: RwSignal<Option<(usize, usize)>>) -> impl IntoView {
    let picture = std::sync::Arc::new(Picture::new(&analysis));
    let side = picture.side;
    let canvas = NodeRef::<Canvas>::new();
    // The cell under the pointer or the keyboard cursor, in cells.
    let cursor = RwSignal::new(None::<(usize, usize)>);
    {
        let picture = picture.clone();
        Effect::new(move |_| {
            let Some(canvas) = canvas.get() else { return };
            let Ok(Some(context)) = canvas.get_context("2d") else {
                return;
            };
            let Ok(context) = context.dyn_into::<web_sys::CanvasRenderingContext2d>() else {
                return;
            };
            let (steps, own) = palette();
            let pixels = picture.pixels(&steps, own);
            if let Ok(image) = web_sys::ImageData::new_with_u8_clamped_array_and_sh(
                Clamped(&pixels),
                side as u32,
                side as u32,
            ) {
                let _ = context.put_image_data(&image, 0.0, 0.0);
            }
        });
    }
    let at = move |ev: &web_sys::MouseEvent| -> Option<(usize, usize)> {
        let el = canvas.get_untracked()?;
        let (w, h) = (
            el.client_width().max(1) as f64,
            el.client_height().max(1) as f64,
        );
        let col = (ev.offset_x() as f64 / w * side as f64).floor();
        let row = (ev.offset_y() as f64 / h * side as f64).floor();
        (row >= 0.0 && col >= 0.0 && (row as usize) < side && (col as usize) < side)
            .then_some((row as usize, col as usize))
    };
    let open = {
        let picture = picture.clone();
        move |(row, col): (usize, usize)| {
            if let Some(best) = picture.cell(row, col) {
                selected.set(Some((best.row, best.col)));
                crate::components::bring_into_view("[data-testid=side-by-side]");
            }
        }
    };
    let open_click = open.clone();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let (row, col) = cursor.get_untracked().unwrap_or((0, 0));
        let last = side - 1;
        let next = match ev.key().as_str() {
            "ArrowUp" => (row.saturating_sub(1), col),
            "ArrowDown" => ((row + 1).min(last), col),
            "ArrowLeft" => (row, col.saturating_sub(1)),
            "ArrowRight" => (row, (col + 1).min(last)),
            "Home" => (row, 0),
            "End" => (row, last),
            "Enter" | " " => {
                ev.prevent_default();
                open((row, col));
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        cursor.set(Some(next));
    };
    let words = {
        let (picture, analysis) = (picture.clone(), analysis.clone());
        move || match cursor.get() {
            Some((row, col)) => picture.words(&analysis, row, col),
            None => {
                "Point at a cell, or focus the picture and use the arrow keys, to read it here."
                    .to_owned()
            }
        }
    };
    let cursor_style = move || {
        cursor.get().map_or_else(
            || "display: none".to_owned(),
            |(row, col)| {
                let size = 100.0 / side as f64;
                format!(
                    "left: {:.4}%; top: {:.4}%; width: {size:.4}%; height: {size:.4}%",
                    col as f64 * size,
                    row as f64 * size
                )
            },
        )
    };
    let n = analysis.articles.len();
    let scale = if picture.per_cell == 1 {
        "one cell per article".to_owned()
    } else {
        format!(
            "each cell {0} × {0} articles, showing the most shared pair in it",
            picture.per_cell
        )
    };
    let note = format!(
        "{} articles, too many for a table: each point is the share of the row's article found in the column's, darker for more ({scale}). Articles are grouped by reuse, the largest group first, so each square on the diagonal is a group of articles that share text ({} such groups). Click a point, or focus the picture and press Enter, to compare the pair.",
        grouped(n),
        grouped(picture.groups)
    );
    let label = format!("Reuse matrix of {} articles as a picture; the line below describes the cell under the cursor.", grouped(n));
    view! {
        <p class="wt-note" data-testid="matrix-note">{note}</p>
        <div class="wt-matrix">
            <canvas
                node_ref=canvas
                class="wt-matrix__canvas"
                data-testid="heatmap-picture"
                data-side=side.to_string()
                width=side.to_string()
                height=side.to_string()
                tabindex="0"
                role="img"
                aria-label=label
                aria-describedby="wt-matrix-words"
                on:mousemove=move |ev| cursor.set(at(&ev))
                on:click=move |ev| if let Some(cell) = at(&ev) { cursor.set(Some(cell)); open_click(cell) }
                on:keydown=on_key
                on:focus=move |_| if cursor.get_untracked().is_none() { cursor.set(Some((0, 0))) }
            ></canvas>
            <div class="wt-matrix__cursor" aria-hidden="true" style=cursor_style></div>
        </div>
        <p class="wt-matrix__words" id="wt-matrix-words" data-testid="matrix-words" aria-live="polite">{words}</p>
    }
}
