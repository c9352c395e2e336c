//! What a row of the goal tree is: the words every other part of the workbench shares.
//! It depends on nothing else in the TUI, so the modules above it import it one way.

use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Plan,
    /// A plan file that failed to load.
    Error,
    /// A problem that did not stop the plan from loading (a missing source document).
    Warning(usize),
    Goal(usize),
    Target(usize, usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub plan: usize,
    pub kind: RowKind,
    pub depth: u16,
}

/// A row's identity across reloads.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RowKey {
    pub path: PathBuf,
    pub goal: Option<String>,
    /// The target's index within its goal; for a warning row (no goal), the warning's.
    pub target: Option<usize>,
}
