//! An agency credit marked in an article's text: its kind named, photo
//! credits set apart (they credit a picture, not the text).

use crate::highlight::{credit_runs, Piece};
use crate::index::credit_title;
use leptos::prelude::*;
use wiretrace_engine::credits::Credit;

/// The pieces of one credit, wrapped in a mark that says what it is.
#[component]
pub fn CreditMark(
    /// The credit.
    credit: Credit,
    /// Its pieces of text, already rendered.
    children: Children,
) -> impl IntoView {
    let key = credit.kind.key();
    view! {
        <mark
            class=format!("wt-credit wt-credit--{key}")
            data-testid="credit"
            data-kind=key
            data-agency=credit.agency.clone()
            title=credit_title(&credit.agency, credit.kind)
        >
            {children()}
        </mark>
    }
}

/// The pieces rendered by `piece`, the runs inside a credit wrapped in a
/// [`CreditMark`].
pub fn with_credits<L>(
    pieces: &[Piece<L>],
    credits: &[Credit],
    mut piece: impl FnMut(&Piece<L>) -> AnyView,
) -> Vec<AnyView> {
    credit_runs(pieces)
        .into_iter()
        .flat_map(|(credit, run)| {
            let inner: Vec<AnyView> = pieces[run].iter().map(&mut piece).collect();
            match credit.and_then(|k| credits.get(k)) {
                Some(c) => {
                    vec![view! { <CreditMark credit=c.clone()>{inner}</CreditMark> }.into_any()]
                }
                None => inner,
            }
        })
        .collect()
}

/// The legend of the credit marks.
pub fn credit_legend() -> impl IntoView {
    view! {
        <mark class="wt-credit wt-credit--byline">"agency credit"</mark>
        " "
        <mark class="wt-credit wt-credit--photo">"photo credit (credits a picture, not the text)"</mark>
    }
}
