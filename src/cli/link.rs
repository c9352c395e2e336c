use plantrack::analyse::analyse;
use plantrack::import::{actuals_for_year, link_actuals};
use plantrack::store::{self, PlanFile};
use plantrack::{Error, Result};
use std::path::PathBuf;
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
}

pub fn run(args: Args) -> Result<ExitCode> {
    for path in &args.plans {
        let mut file = PlanFile::open(path)?;
        let mut plan = file.plan().clone();
        let rel = match (&args.summary, &plan.meta.summary) {
            (Some(doc), _) => {
                let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
                store::place_source(doc, dir)?
            }
            (None, Some(rel)) => rel.clone(),
            (None, None) => {
                return Err(Error::File {
                    path: path.clone(),
                    message: "names no summary; add `summary = \"sources/…\"` to [plan] or pass --summary FILE".into(),
                })
            }
        };
        if plan.meta.summary.is_none() {
            plan.meta.summary = Some(rel.clone());
            file.merge_plan(&plan)?;
        } else if plan.meta.summary.as_deref() != Some(rel.as_str()) {
            eprintln!(
                "plantrack: note: {} names summary {}; linked from {rel} without changing that",
                path.display(),
                plan.meta.summary.as_deref().unwrap_or_default()
            );
        }
        let summary = analyse(store::read_document(&store::resolve_source(path, &rel)?)?);
        let links = link_actuals(
            file.plan(),
            &actuals_for_year(&summary, plan.meta.year),
            &rel,
        );
        let linked = links.iter().filter(|(_, a)| a.is_some()).count();
        file.write_actuals(&links)?;
        let changed = file.save()?;
        println!(
            "{} {}: {linked} of {} targets linked from {rel}",
            if changed { "wrote" } else { "unchanged" },
            path.display(),
            links.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}
