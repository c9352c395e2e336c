//! Status reports: the same verdicts as the TUI, as text, markdown, json or csv.
//!
//! Every renderer is a pure function from loaded plans (and their file paths) to a
//! string or value; verdicts come from [`crate::judge`], so a report never disagrees
//! with the screen. Files are read by [`crate::store`], never here.

pub mod csv;
pub mod diff;
pub mod figure;
pub mod json;
pub mod markdown;
pub mod matrix;
pub mod paint;
pub mod select;
pub mod text;
pub mod trend;
pub mod width;

pub use select::{any_missed, select, total_counts, Filter, GoalView, PlanView, TargetView};

/// What a report shows and how.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub filter: Filter,
    /// ANSI colour in text output (the caller decides: a terminal, and NO_COLOR unset).
    pub color: bool,
}
