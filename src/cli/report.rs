//! `plantrack report`: the status of plan files as text, markdown, json or csv.

use super::{print_json, Format};
use plantrack::model::{Plan, Verdict};
use plantrack::report::{self, any_missed, select, Filter, Options};
use plantrack::{store, Error, Result};
use std::io::IsTerminal;
use std::path::PathBuf;
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
    // Refuse a wrong format before reading any file.
    if args.format == Format::Toml {
        return Err(not_toml());
    }
    let opts = Options {
        filter: Filter {
            statuses: args.status.iter().map(|s| (*s).into()).collect(),
            issuer: args.issuer.clone(),
            year: args.year,
            metric: args.metric.clone(),
        },
        color: color_wanted(),
    };
    if args.format == Format::Text && opts.filter.metric.is_none() {
        return text_report(&args, &opts);
    }
    let plans = load(&args.paths)?;
    match args.format {
        Format::Text if opts.filter.metric.is_some() => {
            print!("{}", report::trend::render_text(&plans, &opts))
        }
        Format::Text => print!("{}", report::text::render(&plans, &opts)),
        Format::Markdown => print!("{}", report::markdown::render(&plans, &opts)),
        Format::Json => print_json(&report::json::render(&plans, &opts))?,
        Format::Csv => print!("{}", report::csv::render(&plans, &opts)),
        Format::Toml => return Err(not_toml()),
    }
    let failed = args.fail_on == Some(FailOn::Missed) && any_missed(&select(&plans, &opts.filter));
    Ok(exit_code(failed))
}

/// The default report, plan by plan: each file is loaded, rendered and dropped, so
/// memory holds the report's text rather than every plan. As with the other formats,
/// nothing is printed when a file fails to load.
fn text_report(args: &Args, opts: &Options) -> Result<ExitCode> {
    let mut report = report::text::Stream::new(opts);
    let mut out = String::new();
    for file in plan_files(&args.paths)? {
        let plan = load_warned(&file)?;
        report.plan(&mut out, &file, &plan);
    }
    report.finish(&mut out);
    print!("{out}");
    Ok(exit_code(
        args.fail_on == Some(FailOn::Missed) && report.any_missed(),
    ))
}

fn exit_code(failed: bool) -> ExitCode {
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn not_toml() -> Error {
    Error::Usage("report prints text, markdown, json or csv, not toml".into())
}

/// Every plan file under `paths` (default ./plans), loaded through the store.
pub fn load(paths: &[PathBuf]) -> Result<Vec<(PathBuf, Plan)>> {
    plan_files(paths)?
        .into_iter()
        .map(|p| load_warned(&p).map(|plan| (p, plan)))
        .collect()
}

/// The plan files under `paths` (default ./plans); none is an error.
/// A plan whose source document is gone is still reported, with a warning.
fn load_warned(path: &std::path::Path) -> Result<Plan> {
    let (plan, warnings) = store::load_plan_warned(path)?;
    for w in warnings {
        eprintln!("plantrack: warning: {w}");
    }
    Ok(plan)
}

fn plan_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
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

/// Colour only on a terminal, and never when NO_COLOR is set to anything non-empty.
pub fn color_wanted() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}
