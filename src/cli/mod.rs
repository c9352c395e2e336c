//! The command line: one file per subcommand, each with its arguments and a `run`.
//! Exit codes follow ripgrep: 0 success, 1 "something missed" (report --fail-on), 2 error.

mod check;
mod diff;
mod import;
mod judge;
mod link;
mod parse;
mod quantities;
mod report;
mod tui;

use clap::{Parser, Subcommand, ValueEnum};
use plantrack::Result;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "plantrack",
    version,
    about = "Hold governments to their own numbers: read work plans (工作要点) and summaries (工作总结), judge every numeric target met, missed or unmeasured.",
    long_about = None,
    after_help = "With no command, plantrack opens the review TUI on ./plans.\nExamples:\n  plantrack parse plans/sources/jiading-2014-plan.txt --format json\n  plantrack judge plan.txt summary.txt\n  plantrack check plans/*.toml\n  plantrack report --status missed"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Read a document: its kind, issuer and years, sections, targets and actuals.
    Parse(parse::Args),
    /// List every number found in a text (a file, or - for stdin), with byte offsets.
    Quantities(quantities::Args),
    /// Judge a plan document against the summary that reports on its year.
    Judge(judge::Args),
    /// Turn documents into plan files (one per issuer and plan year).
    Import(import::Args),
    /// Write the actuals of a plan's summary into its plan file.
    Link(link::Args),
    /// Print the status of plans as text, markdown, json or csv.
    Report(report::Args),
    /// Compare two years' plans of one issuer: targets added, dropped, raised, lowered.
    Diff(diff::Args),
    /// Validate plan files; report each problem as file:line:col.
    Check(check::Args),
    /// Open the review workbench on plan files or folders (default ./plans).
    Tui(tui::Args),
}

/// Output formats shared by the commands that print data.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Text,
    Json,
    Toml,
    Markdown,
    Csv,
}

pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Some(Command::Parse(a)) => parse::run(a),
        Some(Command::Quantities(a)) => quantities::run(a),
        Some(Command::Judge(a)) => judge::run(a),
        Some(Command::Check(a)) => check::run(a),
        Some(Command::Import(a)) => import::run(a),
        Some(Command::Link(a)) => link::run(a),
        Some(Command::Report(a)) => report::run(a),
        Some(Command::Diff(a)) => diff::run(a),
        Some(Command::Tui(a)) => tui::run(a),
        None => tui::run(tui::Args::default()),
    }
}

/// Print a value as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize>(value: &T) -> Result<()> {
    let s = serde_json::to_string_pretty(value)
        .map_err(|e| plantrack::Error::Usage(format!("cannot encode JSON: {e}")))?;
    println!("{s}");
    Ok(())
}
