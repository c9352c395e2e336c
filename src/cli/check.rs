use super::{count, report::plan_files, Out};
use plantrack::{store, Result};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:\n  plantrack check plans/*.toml\n  plantrack check plans")]
pub struct Args {
    /// Plan files to validate, or folders of them (default ./plans; searched for *.toml, skipping sources/).
    pub plans: Vec<PathBuf>,
}

/// Print every problem as `file:line:col: message` on stderr (exit 2), or a one-line tally.
pub fn run(args: Args) -> Result<ExitCode> {
    let files = plan_files(&args.plans)?;
    let mut problems = 0;
    let (mut goals, mut targets) = (0, 0);
    for file in &files {
        let errors = store::check_plan(file);
        if errors.is_empty() {
            if let Ok(plan) = store::load_plan(file) {
                goals += plan.goals.len();
                targets += plan.goals.iter().map(|g| g.targets.len()).sum::<usize>();
            }
        }
        for e in &errors {
            eprintln!("{e}");
        }
        problems += errors.len();
    }
    if problems > 0 {
        eprintln!(
            "plantrack: {} in {}",
            count(problems, "problem", "problems"),
            count(files.len(), "plan file", "plan files")
        );
        return Ok(ExitCode::from(2));
    }
    let mut out = Out::new();
    out.line(format_args!(
        "ok: {}, {}, {}",
        count(files.len(), "plan", "plans"),
        count(goals, "goal", "goals"),
        count(targets, "target", "targets")
    ))?;
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}
