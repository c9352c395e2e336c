//! Writing one imported plan: its file name, the merge into that file, its links.

use plantrack::analyse::Analysis;
use plantrack::import::{actuals_for_year, link_actuals};
use plantrack::model::Plan;
use plantrack::store::PlanFile;
use plantrack::Result;
use std::path::Path;

/// `<stem>.toml`, or `<stem>-<year>.toml` when the document holds several plan years.
pub fn plan_file_name(doc: &Path, year: i32, several: bool) -> String {
    let stem = doc
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".into());
    if several {
        format!("{stem}-{year}.toml")
    } else {
        format!("{stem}.toml")
    }
}

/// Merge the plan into its file and link it to `summary` (its analysis and its path
/// as the plan file names it); returns the line to print.
pub fn write(
    out: &Path,
    plan: &Plan,
    plan_doc: Option<&Analysis>,
    summary: Option<(&Analysis, &String)>,
) -> Result<String> {
    let mut file = PlanFile::open_or_new(out)?;
    file.merge_plan(plan)?;
    let mut linked = 0;
    if let Some((analysis, rel)) = summary {
        let actuals = actuals_for_year(analysis, plan.meta.year);
        let links = link_actuals(file.plan(), plan_doc, &actuals, rel);
        linked = links.iter().filter(|(_, a)| a.is_some()).count();
        file.write_actuals(&links)?;
    }
    let changed = file.save()?;
    let p = file.plan();
    let targets: usize = p.goals.iter().map(|g| g.targets.len()).sum();
    // Without a summary in this import, the file keeps the links an earlier `link`
    // wrote: count those rather than report none.
    let (linked, whence) = match summary {
        Some((_, rel)) => (linked, format!(" from {rel}")),
        None => {
            let kept = p
                .goals
                .iter()
                .flat_map(|g| &g.targets)
                .filter(|t| t.actual.is_some())
                .count();
            (
                kept,
                if kept > 0 {
                    " before".to_string()
                } else {
                    String::new()
                },
            )
        }
    };
    Ok(format!(
        "{} {}: {} {}, {}, {}, {} linked{}",
        if changed { "wrote" } else { "unchanged" },
        out.display(),
        p.meta.issuer,
        p.meta.year,
        crate::cli::count(p.goals.len(), "goal", "goals"),
        crate::cli::count(targets, "target", "targets"),
        linked,
        whence
    ))
}
