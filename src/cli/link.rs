use super::{count, warn, Out};
use plantrack::analyse::analyse;
use plantrack::import::{actuals_for_year, link_actuals};
use plantrack::model::{Actual, Plan};
use plantrack::store::{self, PlanFile, TargetRef};
use plantrack::{judge, Error, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Plan files to link.
    #[arg(required = true)]
    pub plans: Vec<PathBuf>,
    /// The summary document that reports on the plan's year (default: the plan's `summary`).
    /// It is copied into the plan folder's sources/ if it lies outside it.
    #[arg(long)]
    pub summary: Option<PathBuf>,
    /// Link from a summary that says it reports on another year than the plan's.
    #[arg(long)]
    pub force: bool,
}

/// Link every plan it can; those it cannot are named on stderr with why, and the
/// exit status is 2 when any was skipped.
pub fn run(args: Args) -> Result<ExitCode> {
    let mut out = Out::new();
    let mut skipped = Vec::new();
    for path in &args.plans {
        match link_one(&args, path) {
            Ok(line) => out.line(line)?,
            Err(e) => {
                eprintln!("plantrack: {e}");
                skipped.push(path.display().to_string());
            }
        }
    }
    out.finish()?;
    if skipped.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    if args.plans.len() > 1 {
        eprintln!(
            "plantrack: skipped {}: {}",
            count(skipped.len(), "plan", "plans"),
            skipped.join(", ")
        );
    }
    Ok(ExitCode::from(2))
}

fn link_one(args: &Args, path: &Path) -> Result<String> {
    let mut file = PlanFile::open(path)?;
    let mut plan = file.plan().clone();
    let rel = match (&args.summary, &plan.meta.summary) {
        (Some(doc), _) => {
            let dir = path
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            store::place_source(doc, dir)?
        }
        (None, Some(rel)) => rel.clone(),
        (None, None) => return Err(Error::File {
            path: path.into(),
            message:
                "names no summary; add `summary = \"sources/…\"` to [plan] or pass --summary FILE"
                    .into(),
        }),
    };
    let summary_path = store::resolve_source(path, &rel)?;
    let summary = analyse(store::read_document(&summary_path)?);
    let actuals = actuals_for_year(&summary, plan.meta.year);
    let reports_on = summary.outline.meta.summary_year;
    if actuals.is_empty() && !args.force {
        if let Some(other) = reports_on.filter(|&y| y != plan.meta.year) {
            return Err(Error::File {
                path: path.into(),
                message: format!(
                    "is the plan for {}, but {} reports on {other}; nothing was changed (pass the summary of {} instead, or --force to link it anyway)",
                    plan.meta.year,
                    summary_path.display(),
                    plan.meta.year
                ),
            });
        }
    }
    if plan.meta.summary.is_none() {
        plan.meta.summary = Some(rel.clone());
        file.merge_plan(&plan)?;
    } else if plan.meta.summary.as_deref() != Some(rel.as_str()) {
        warn(format_args!(
            "note: {} names summary {}; linked from {rel} without changing that",
            path.display(),
            plan.meta.summary.as_deref().unwrap_or_default()
        ));
    }
    // The plan's own document, where it is still there, tells each target's paragraph.
    let plan_doc = plan
        .meta
        .source
        .as_deref()
        .and_then(|src| store::resolve_source(path, src).ok())
        .and_then(|p| store::read_document(&p).ok())
        .map(analyse);
    let links = link_actuals(file.plan(), plan_doc.as_ref(), &actuals, &rel);
    for (r, old) in removed(file.plan(), &links) {
        eprintln!(
            "plantrack: {}: removed the actual of {}#{} ({}{} from {}): {rel} no longer reports it",
            path.display(),
            r.goal,
            r.index + 1,
            judge::trim_float(old.value),
            old.unit,
            old.source
        );
    }
    let linked = links.iter().filter(|(_, a)| a.is_some()).count();
    file.write_actuals(&links)?;
    let changed = file.save()?;
    Ok(format!(
        "{} {}: {linked} of {} linked from {rel}",
        if changed { "wrote" } else { "unchanged" },
        path.display(),
        count(links.len(), "target", "targets")
    ))
}

/// The tool-written actuals a re-link takes away: those the plan holds where the new
/// link found none. Hand-written actuals are never touched, so never listed.
fn removed<'a>(
    plan: &'a Plan,
    links: &'a [(TargetRef, Option<Actual>)],
) -> impl Iterator<Item = (&'a TargetRef, &'a Actual)> {
    links
        .iter()
        .filter(|(_, new)| new.is_none())
        .filter_map(|(r, _)| {
            let goal = plan.goals.iter().find(|g| g.id == r.goal)?;
            let old = goal.targets.get(r.index)?.actual.as_ref()?;
            (old.source != "manual").then_some((r, old))
        })
}
