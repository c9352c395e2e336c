//! The import's progress bar: drawn on stderr when it is a terminal, silent otherwise
//! (piped or redirected output gets the result lines only).

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;

pub fn bar(len: usize, stage: &'static str) -> ProgressBar {
    if !std::io::stderr().is_terminal() || crate::cli::quiet() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    let style = ProgressStyle::with_template(
        "{prefix:>9} [{bar:30}] {pos}/{len} documents, {per_sec}, {eta} left",
    )
    .map(|s| s.progress_chars("=> "))
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_prefix(stage);
    bar
}
