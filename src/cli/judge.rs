use super::{warn, Format, Out};
use plantrack::analyse::analyse;
use plantrack::import::actuals_for_year;
use plantrack::{judge, link, store, Result};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The plan document (its targets).
    pub plan: PathBuf,
    /// The summary document that reports on the plan's year (its actuals).
    pub summary: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let plan = analyse(store::read_document(&args.plan)?);
    let summary = analyse(store::read_document(&args.summary)?);
    // Nothing to judge is said, not an error: scripts still get their (empty) links.
    if plan.targets.is_empty() {
        let hint = if !plan.actuals.is_empty() && !summary.targets.is_empty() {
            format!(
                "; it reads as a summary and {} as a plan: try `plantrack judge {} {}`",
                args.summary.display(),
                args.summary.display(),
                args.plan.display()
            )
        } else {
            "; pass the plan first, then the summary that reports on its year".into()
        };
        warn(format_args!(
            "warning: {} sets no targets, so there is nothing to judge{hint}",
            args.plan.display()
        ));
    }
    if summary.actuals.is_empty() && !plan.targets.is_empty() && args.plan != args.summary {
        warn(format_args!(
            "warning: {} reports no figures: every target is unmeasured",
            args.summary.display()
        ));
    }
    // A report that judges itself (target beside result) reads all its figures;
    // another summary gives only those for the plan's year.
    let actuals = match plan.outline.meta.plan_year {
        Some(year) if args.plan != args.summary => {
            let actuals = actuals_for_year(&summary, year);
            if actuals.is_empty() && !summary.actuals.is_empty() {
                let reports_on = summary
                    .outline
                    .meta
                    .summary_year
                    .map_or("another year".to_string(), |y| y.to_string());
                warn(format_args!(
                    "warning: {} reports on {reports_on}, not on the plan's {year}: every target is unmeasured; pass the summary of {year} instead",
                    args.summary.display(),
                ));
            }
            actuals
        }
        _ => summary.actuals.clone(),
    };
    let links = link::match_all(&plan.targets, &actuals);
    let rows: Vec<_> = links
        .iter()
        .map(|l| {
            let t = &plan.targets[l.target];
            let a = l.actual.map(|i| &actuals[i]);
            let target = link::linked_target(t, a, l, &args.summary.to_string_lossy());
            let j = judge::compute(&target);
            json!({
                "target": t,
                "actual": a,
                "verdict": j.verdict,
                "ratio": j.ratio,
                "reason": j.reason,
                "match": {"score": l.score, "reason": l.reason},
            })
        })
        .collect();
    let mut out = Out::new();
    match args.format {
        Format::Json => out.json(&json!({ "links": rows }))?,
        Format::Text => {
            for r in &rows {
                out.line(format_args!(
                    "{} {}  {}",
                    r["verdict"].as_str().unwrap_or(""),
                    r["target"]["quote"].as_str().unwrap_or(""),
                    r["reason"].as_str().unwrap_or("")
                ))?;
            }
        }
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}
