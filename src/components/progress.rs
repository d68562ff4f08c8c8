//! The analysis under way: a progress bar naming the stage ("Comparing
//! pairs: 1,234 of 5,000") with a Cancel button, and the note left when a
//! run was cancelled.
//!
//! The bar's elements stay in place while the run goes on; only its value,
//! width and label follow the progress, so a click on Cancel always lands.

use leptos::prelude::*;
use wiretrace_engine::{Progress, Stage};

/// Where the analysis stands, as the page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Run {
    /// Nothing running.
    #[default]
    Idle,
    /// An analysis is under way, this far.
    Running(Progress),
    /// The last run was cancelled.
    Cancelled,
}

impl Run {
    /// A run of `articles` articles that has just begun.
    pub fn started(articles: usize) -> Run {
        Run::Running(Progress {
            stage: Stage::Documents,
            done: 0,
            total: articles,
        })
    }

    /// Whether an analysis is under way.
    pub fn is_running(&self) -> bool {
        matches!(self, Run::Running(_))
    }

    /// The progress of the run under way.
    pub fn progress(&self) -> Option<Progress> {
        match self {
            Run::Running(p) => Some(*p),
            _ => None,
        }
    }
}

/// Whole percent done, 0 to 100, of a run.
fn percent(progress: Option<Progress>) -> u32 {
    progress.map_or(0, |p| (p.fraction() * 100.0).floor() as u32)
}

/// The progress bar and Cancel while `run` is running; "Analysis cancelled"
/// after a cancelled one.
#[component]
pub fn RunProgress(run: RwSignal<Run>, on_cancel: Callback<()>) -> impl IntoView {
    let progress = move || run.with(Run::progress);
    let value = move || percent(progress());
    let label = move || progress().map(|p| p.label()).unwrap_or_default();
    view! {
        <Show when=move || run.with(Run::is_running)>
            <div class="wt-progress">
                <div
                    class="wt-progress__track"
                    data-testid="progress"
                    role="progressbar"
                    aria-label="Analysis progress"
                    aria-valuemin="0"
                    aria-valuemax="100"
                    aria-valuenow=value
                    aria-valuetext=label
                >
                    <div class="wt-progress__fill" style:width=move || format!("{}%", value())></div>
                </div>
                <span class="wt-progress__label" data-testid="progress-label">{label}</span>
                <button class="wt-button" data-testid="cancel" on:click=move |_| on_cancel.run(())>
                    "Cancel"
                </button>
            </div>
        </Show>
        <Show when=move || run.with(|r| *r == Run::Cancelled)>
            <p class="wt-message" role="status" data-testid="cancelled">
                "Analysis cancelled. Your articles and the last results are as they were."
            </p>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_follows_the_whole_run_and_ends_at_100() {
        assert_eq!(percent(None), 0);
        assert_eq!(percent(Run::started(10).progress()), 0);
        let facts = Progress {
            stage: Stage::Facts,
            done: 0,
            total: 1,
        };
        assert_eq!(percent(Some(facts)), (Stage::Facts.span().0 * 100.0) as u32);
        let done = Progress {
            stage: Stage::Done,
            done: 1,
            total: 1,
        };
        assert_eq!(percent(Some(done)), 100);
    }

    #[test]
    fn only_a_run_under_way_is_running() {
        assert!(Run::started(2).is_running());
        assert!(!Run::Idle.is_running() && !Run::Cancelled.is_running());
        assert_eq!(Run::Cancelled.progress(), None);
    }
}
