//! The reuse matrix as data: the colour step of a share, the words of a
//! cell, and for a set too large for a table of cells the picture drawn on
//! a canvas ([`Picture`]): articles grouped by reuse, so that every block
//! on the diagonal is a group sharing text, and cells of several articles
//! when there are more articles than [`MAX_SIDE`] pixels.
//!
//! Cost: O(A + P) to build for A articles and P pairs in the report (one
//! union–find pass, [`crate::layout::components`], and one pass over the pairs, never over all A² cells),
//! plus the picture's side² cells, at most [`MAX_SIDE`]². Pure, so it is
//! tested natively; the component only copies [`Picture::pixels`] to the
//! canvas.

use crate::state::Analysis;
use wiretrace_engine::report::percent;

/// Colour steps of a share (CSS `wt-heat__cell--0` … `--5`; 0 is nothing shared).
pub const STEPS: usize = 5;
/// Most articles drawn as a table of cells; more are drawn as a picture.
pub const TABLE_MAX: usize = 40;
/// Most cells along a side of the picture: beyond it a cell holds several articles.
pub const MAX_SIDE: usize = 600;

/// The colour step of `share`: 0 for nothing, then 1 to [`STEPS`] by fifths.
pub fn step(share: f64) -> usize {
    if share <= 0.0 {
        0
    } else {
        1 + ((share * STEPS as f64) as usize).min(STEPS - 1)
    }
}

/// The share of article `r` found in article `c`: all, word for word, reworded.
pub fn shares(analysis: &Analysis, r: usize, c: usize) -> (f64, f64, f64) {
    analysis.pair(r, c).map_or((0.0, 0.0, 0.0), |p| {
        if p.a == analysis.articles[r].id {
            (p.a_in_b, p.a_in_b_verbatim, p.a_in_b_paraphrase)
        } else {
            (p.b_in_a, p.b_in_a_verbatim, p.b_in_a_paraphrase)
        }
    })
}

/// What the cell of row `r`, column `c` says, in words.
pub fn cell_words(analysis: &Analysis, r: usize, c: usize) -> String {
    let (share, verbatim, paraphrase) = shares(analysis, r, c);
    format!(
        "{} found in {}: {} ({} word for word, {} reworded).",
        analysis.label(r),
        analysis.label(c),
        percent(share),
        percent(verbatim),
        percent(paraphrase)
    )
}

/// The most shared pair in one cell of the picture.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Best {
    /// The share of the row's article found in the column's.
    pub share: f64,
    /// The row's article (a position in the analyzed articles).
    pub row: usize,
    /// The column's article.
    pub col: usize,
}

/// The matrix of a large set as `side` × `side` cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// Article positions in drawing order: reuse groups together, the
    /// largest group first, each in the order of the analyzed articles.
    pub order: Vec<usize>,
    /// Articles per cell along a side (1 when each article has its own row).
    pub per_cell: usize,
    /// Cells along a side.
    pub side: usize,
    /// Per cell, row by row: the most shared pair in it, if any shares.
    pub cells: Vec<Option<Best>>,
    /// How many groups of articles that share text (two or more articles).
    pub groups: usize,
}

impl Picture {
    /// The picture of `analysis`'s matrix.
    pub fn new(analysis: &Analysis) -> Self {
        let n = analysis.articles.len();
        let positions: Vec<(usize, usize, &wiretrace_engine::report::PairReport)> = analysis
            .report
            .pairs
            .iter()
            .filter(|p| p.shared_words > 0)
            .filter_map(|p| {
                Some((
                    analysis.index.article(&p.a)?,
                    analysis.index.article(&p.b)?,
                    p,
                ))
            })
            .collect();
        // Articles joined by the pairs that share anything.
        let groups = crate::layout::components(n, positions.iter().map(|&(a, b, _)| (a, b)));
        let shared_groups = groups.iter().filter(|g| g.len() > 1).count();
        let order: Vec<usize> = groups.into_iter().flatten().collect();
        let mut rank = vec![0; n];
        for (k, &i) in order.iter().enumerate() {
            rank[i] = k;
        }
        let per_cell = n.div_ceil(MAX_SIDE).max(1);
        let side = n.div_ceil(per_cell);
        let mut cells: Vec<Option<Best>> = vec![None; side * side];
        for &(a, b, p) in &positions {
            for (row, col, share) in [(a, b, p.a_in_b), (b, a, p.b_in_a)] {
                if share <= 0.0 {
                    continue;
                }
                let cell = &mut cells[(rank[row] / per_cell) * side + rank[col] / per_cell];
                if cell.is_none_or(|best| share > best.share) {
                    *cell = Some(Best { share, row, col });
                }
            }
        }
        Picture {
            order,
            per_cell,
            side,
            cells,
            groups: shared_groups,
        }
    }

    /// The cell at (`row`, `col`) in cells; None outside the picture.
    pub fn cell(&self, row: usize, col: usize) -> Option<Best> {
        if row >= self.side || col >= self.side {
            return None;
        }
        self.cells[row * self.side + col]
    }

    /// The articles in row (or column) `k` of cells, as positions.
    pub fn articles_at(&self, k: usize) -> &[usize] {
        let from = (k * self.per_cell).min(self.order.len());
        let to = ((k + 1) * self.per_cell).min(self.order.len());
        &self.order[from..to]
    }

    /// The picture as RGBA bytes, row by row, painting each cell with
    /// `colours[step]` (its share's step) and a cell of one article against
    /// itself with `own`.
    pub fn pixels(&self, colours: &[[u8; 3]; STEPS + 1], own: [u8; 3]) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.side * self.side * 4);
        for r in 0..self.side {
            for c in 0..self.side {
                let rgb = match self.cells[r * self.side + c] {
                    _ if r == c && self.per_cell == 1 => own,
                    Some(best) => colours[step(best.share)],
                    None => colours[0],
                };
                out.extend_from_slice(&[rgb[0], rgb[1], rgb[2], 255]);
            }
        }
        out
    }

    /// What the cell at (`row`, `col`) says, in words, for the line under
    /// the picture.
    pub fn words(&self, analysis: &Analysis, row: usize, col: usize) -> String {
        let (rows, cols) = (self.articles_at(row), self.articles_at(col));
        let span = |ids: &[usize]| match ids {
            [one] => analysis.label(*one),
            [first, .., last] => format!(
                "{} to {}",
                analysis.articles[*first].id, analysis.articles[*last].id
            ),
            [] => String::new(),
        };
        match self.cell(row, col) {
            _ if self.per_cell == 1 && row == col => {
                format!("{}: the article itself.", span(rows))
            }
            Some(best) if self.per_cell == 1 => {
                format!(
                    "{} Press Enter or click to compare.",
                    cell_words(analysis, best.row, best.col)
                )
            }
            Some(best) => format!(
                "Rows {}, columns {}: most shared, {} Press Enter or click to compare.",
                span(rows),
                span(cols),
                cell_words(analysis, best.row, best.col)
            ),
            None if self.per_cell == 1 => {
                format!("{} and {} share nothing.", span(rows), span(cols))
            }
            None => format!(
                "Rows {}, columns {}: nothing shared.",
                span(rows),
                span(cols)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiretrace_engine::{analyze, Article};

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.to_owned(),
            text: text.to_owned(),
            ..Default::default()
        }
    }

    const WIRE: &str = "Flood waters rose across the northern valley on Tuesday, forcing hundreds of families from their homes as rescue crews worked through the night. The regional governor said three bridges had collapsed and that emergency shelters had been opened in four towns. Forecasters warned that more rain was expected over the weekend.";
    const OTHER: &str = "The city council approved a new budget for the public library system after a long debate about opening hours, staff pay and the cost of repairing the roof of the central branch, which has leaked for years.";

    fn set() -> Analysis {
        let articles = vec![
            article("a", OTHER),
            article("b", WIRE),
            article("c", "Unrelated words about a chess tournament held in a small town hall where the youngest player won every game she played."),
            article("d", &format!("{WIRE} Local volunteers brought food.")),
        ];
        let report = analyze(&articles);
        Analysis::new(articles, report)
    }

    #[test]
    fn steps_follow_fifths_and_nothing_is_step_zero() {
        assert_eq!(step(0.0), 0);
        assert_eq!(step(0.01), 1);
        assert_eq!(step(0.2), 2);
        assert_eq!(step(0.99), 5);
        assert_eq!(step(1.0), 5);
    }

    #[test]
    fn a_reuse_group_comes_first_and_its_cells_hold_the_shares() {
        let a = set();
        let p = Picture::new(&a);
        assert_eq!(p.per_cell, 1);
        assert_eq!(p.side, 4);
        assert_eq!(p.groups, 1);
        assert_eq!(
            &p.order[..2],
            &[1, 3],
            "b and d share the wire text: drawn first, together"
        );
        let best = p.cell(0, 1).expect("b found in d");
        assert_eq!((best.row, best.col), (1, 3));
        assert!(best.share > 0.9, "{}", best.share);
        assert!(p.cell(2, 3).is_none(), "a and c share nothing");
        assert!(
            p.words(&a, 0, 1).starts_with("b found in d: "),
            "{}",
            p.words(&a, 0, 1)
        );
        assert!(p.words(&a, 2, 3).ends_with("share nothing."));
        let pixels = p.pixels(&[[0; 3], [1; 3], [2; 3], [3; 3], [4; 3], [5; 3]], [9; 3]);
        assert_eq!(pixels.len(), 4 * 4 * 4);
        assert_eq!(&pixels[0..4], &[9, 9, 9, 255], "the article against itself");
        assert_eq!(pixels[4], 5, "b in d is nearly all of b");
        assert_eq!(pixels[(2 * 4 + 3) * 4], 0, "nothing shared");
    }

    #[test]
    fn a_set_larger_than_the_picture_puts_several_articles_in_a_cell() {
        let articles: Vec<Article> = (0..MAX_SIDE * 2 + 1)
            .map(|i| {
                article(
                    &format!("x{i:04}"),
                    &format!("Story number {i} about nothing much."),
                )
            })
            .collect();
        let report = analyze(&articles);
        let a = Analysis::new(articles, report);
        let p = Picture::new(&a);
        assert_eq!(p.per_cell, 3);
        assert_eq!(p.side, (MAX_SIDE * 2 + 1).div_ceil(3));
        assert_eq!(p.cells.len(), p.side * p.side);
        assert_eq!(
            p.articles_at(p.side - 1).len(),
            (MAX_SIDE * 2 + 1) - 3 * (p.side - 1)
        );
        assert_eq!(p.groups, 0);
        assert!(
            p.words(&a, 0, 1).contains("x0000 to x0002"),
            "{}",
            p.words(&a, 0, 1)
        );
    }
}
