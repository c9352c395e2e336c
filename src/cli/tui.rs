use plantrack::{Error, Result};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug, Default)]
pub struct Args {
    /// Plan files or folders of plan files (default: ./plans).
    pub paths: Vec<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Error::Usage(
            "the review TUI needs a terminal; for text output use `plantrack report`".into(),
        ));
    }
    // The workbench's theme reads NO_COLOR (no-color.org); --color speaks through it.
    // Set before any thread starts.
    match super::color_choice() {
        super::Color::Never => std::env::set_var("NO_COLOR", "1"),
        super::Color::Always => std::env::remove_var("NO_COLOR"),
        super::Color::Auto => {}
    }
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("plans")]
    } else {
        args.paths
    };
    plantrack::tui::run(&paths).map(ExitCode::from)
}
