//! The command line: one file per subcommand, each with its arguments and a `run`.
//! Exit codes follow ripgrep: 0 success, 1 "something missed" (report --fail-on), 2 error.

mod check;
mod diff;
mod import;
mod judge;
mod link;
mod out;
mod parse;
mod quantities;
mod report;
mod tui;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use plantrack::Result;
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::OnceLock;

pub use out::Out;

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
    /// When to colour text output: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, global = true, default_value_t = Color::Auto)]
    pub color: Color,
    /// Print no notes, warnings or progress on stderr; errors are still printed.
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// What the global flags asked for, set once before any command runs.
struct Settings {
    color: Color,
    quiet: bool,
}

static SETTINGS: OnceLock<Settings> = OnceLock::new();

/// Colour when asked, or by default only on a terminal and never when NO_COLOR is set.
pub fn color_wanted() -> bool {
    match color_choice() {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

pub fn color_choice() -> Color {
    SETTINGS.get().map_or(Color::Auto, |s| s.color)
}

pub fn quiet() -> bool {
    SETTINGS.get().is_some_and(|s| s.quiet)
}

/// A warning or note for people on stderr, unless `--quiet`.
pub fn warn(message: impl std::fmt::Display) {
    if !quiet() {
        eprintln!("plantrack: {message}");
    }
}

/// `n` things, in the singular when there is one ("1 target", "2 targets").
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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
    /// Print a shell completion script (for example: plantrack completions bash > ~/.local/share/bash-completion/completions/plantrack).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// The output of the commands that print one document's data: for people or for scripts.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Text,
    Json,
}

pub fn run(cli: Cli) -> Result<ExitCode> {
    let _ = SETTINGS.set(Settings {
        color: cli.color,
        quiet: cli.quiet,
    });
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
        Some(Command::Completions { shell }) => completions(shell),
        None => tui::run(tui::Args::default()),
    }
}

fn completions(shell: clap_complete::Shell) -> Result<ExitCode> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "plantrack", &mut buf);
    let mut out = Out::new();
    out.text(&String::from_utf8_lossy(&buf))?;
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}
