//! `plantrack report`: the status of plan files as text, markdown, json or csv.

use super::{color_wanted, warn, Out};
use plantrack::model::{Plan, Verdict};
use plantrack::report::{self, any_missed, select, Filter, Options};
use plantrack::{store, Error, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Plan files or folders of them (default ./plans).
    pub paths: Vec<PathBuf>,
    /// text (aligned, coloured on a terminal), markdown, json or csv.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Only targets with this verdict (repeatable).
    #[arg(long, value_enum)]
    pub status: Vec<Status>,
    /// Only plans whose issuer contains this text.
    #[arg(long)]
    pub issuer: Option<String>,
    /// Only plans for this year.
    #[arg(long)]
    pub year: Option<i32>,
    /// Only targets whose metric or quote contains this text; as text, a trend across years.
    #[arg(long)]
    pub metric: Option<String>,
    /// Exit with code 1 when any listed target is missed.
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
    Csv,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Met,
    Missed,
    Unmeasured,
}

impl From<Status> for Verdict {
    fn from(s: Status) -> Verdict {
        match s {
            Status::Met => Verdict::Met,
            Status::Missed => Verdict::Missed,
            Status::Unmeasured => Verdict::Unmeasured,
        }
    }
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    Missed,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let opts = Options {
        filter: Filter {
            statuses: args.status.iter().map(|s| (*s).into()).collect(),
            issuer: args.issuer.clone(),
            year: args.year,
            metric: args.metric.clone(),
        },
        color: color_wanted(),
    };
    let files = plan_files(&args.paths)?;
    let mut out = Out::new();
    let mut unread = Vec::new();
    let missed = if args.format == Format::Text && opts.filter.metric.is_none() {
        text_report(&mut out, &files, &opts, &mut unread)?
    } else {
        let plans: Vec<(PathBuf, Plan)> = files
            .iter()
            .filter_map(|p| load_or_note(p, &mut unread).map(|plan| (p.clone(), plan)))
            .collect();
        match args.format {
            Format::Text => out.text(&report::trend::render_text(&plans, &opts))?,
            Format::Markdown => out.text(&report::markdown::render(&plans, &opts))?,
            Format::Json => out.json(&report::json::render(&plans, &opts))?,
            Format::Csv => out.text(&report::csv::render(&plans, &opts))?,
        }
        any_missed(&select(&plans, &opts.filter))
    };
    out.finish()?;
    if !unread.is_empty() {
        if files.len() == 1 {
            return Ok(ExitCode::from(2));
        }
        eprintln!(
            "plantrack: the report leaves out {} that could not be read: {}",
            super::count(unread.len(), "plan file", "plan files"),
            unread.join(", ")
        );
        return Ok(ExitCode::from(2));
    }
    Ok(exit_code(args.fail_on == Some(FailOn::Missed) && missed))
}

/// The default report, plan by plan: each file is loaded, rendered, written and
/// dropped, so memory holds one plan rather than every plan. Returns whether any
/// listed target was missed.
fn text_report(
    out: &mut Out,
    files: &[PathBuf],
    opts: &Options,
    unread: &mut Vec<String>,
) -> Result<bool> {
    let mut report = report::text::Stream::new(opts);
    let mut chunk = String::new();
    for file in files {
        if let Some(plan) = load_or_note(file, unread) {
            report.plan(&mut chunk, file, &plan);
            out.text(&chunk)?;
            chunk.clear();
        }
    }
    report.finish(&mut chunk);
    out.text(&chunk)?;
    Ok(report.any_missed())
}

fn exit_code(failed: bool) -> ExitCode {
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A plan file for the report, or None with its located error on stderr (the
/// file's name kept for the closing line). A plan whose source document is gone
/// is still reported, with a warning.
fn load_or_note(path: &Path, unread: &mut Vec<String>) -> Option<Plan> {
    match store::load_plan_warned(path) {
        Ok((plan, warnings)) => {
            for w in warnings {
                warn(format_args!("warning: {w}"));
            }
            Some(plan)
        }
        Err(e) => {
            eprintln!("plantrack: {e}");
            unread.push(path.display().to_string());
            None
        }
    }
}

/// The plan files under `paths` (default ./plans); none is an error.
pub fn plan_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let paths = if paths.is_empty() {
        vec![PathBuf::from("plans")]
    } else {
        paths.to_vec()
    };
    let files = store::find_plans(&paths)?;
    if files.is_empty() {
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::Usage(format!(
            "no plan files in {}; `plantrack import` makes them",
            names.join(", ")
        )));
    }
    Ok(files)
}
