use plantrack::analyse::{analyse, Analysis};
use plantrack::import::{actuals_for_year, link_actuals, plans_from};
use plantrack::link::pair::{find_summary, DocInfo};
use plantrack::model::{DocKind, Plan};
use plantrack::store::{self, PlanFile};
use plantrack::{Error, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Documents, or folders of them (.txt, .htm, .html; UTF-8 or GB18030).
    #[arg(required = true)]
    pub docs: Vec<PathBuf>,
    /// The plan folder to write into; documents are copied into its sources/ folder.
    #[arg(long, default_value = "plans")]
    pub out: PathBuf,
}

/// One document read for import.
struct Source {
    path: PathBuf,
    /// As plan files in the output folder name it.
    rel: String,
    analysis: Analysis,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let mut errors: Vec<Error> = Vec::new();
    let mut sources = Vec::new();
    for path in store::find_documents(&args.docs)? {
        match read_source(&path, &args.out) {
            Ok(s) => sources.push(s),
            Err(e) => errors.push(e),
        }
    }
    let infos: Vec<DocInfo> = sources
        .iter()
        .map(|s| DocInfo::from(&s.analysis.outline.meta))
        .collect();
    for (i, s) in sources.iter().enumerate() {
        let plans = plans_from(&s.analysis, &s.rel);
        let several = plans.len() > 1;
        for mut plan in plans {
            let summary = match plan.meta.summary {
                Some(_) => Some(i),
                None => summary_for(&plan, &infos, i),
            };
            if let Some(j) = summary {
                plan.meta.summary = Some(sources[j].rel.clone());
            }
            let name = plan_file_name(&s.path, plan.meta.year, several);
            let out = args.out.join(name);
            match write(&out, &plan, summary.map(|j| &sources[j])) {
                Ok(line) => println!("{line}"),
                Err(e) => errors.push(e),
            }
        }
    }
    for e in &errors {
        eprintln!("plantrack: {e}");
    }
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

fn read_source(path: &Path, out: &Path) -> Result<Source> {
    let analysis = analyse(store::read_document(path)?);
    let rel = store::place_source(path, out)?;
    Ok(Source {
        path: path.to_path_buf(),
        rel,
        analysis,
    })
}

/// The summary among the sources that reports on the plan's year, from its issuer.
fn summary_for(plan: &Plan, infos: &[DocInfo], own: usize) -> Option<usize> {
    let wanted = DocInfo {
        issuer: plan.meta.issuer.clone(),
        kind: DocKind::Plan,
        plan_year: Some(plan.meta.year),
        summary_year: None,
    };
    find_summary(&wanted, infos)
        .filter(|&j| j != own || infos[j].summary_year == Some(plan.meta.year))
}

fn plan_file_name(doc: &Path, year: i32, several: bool) -> String {
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

/// Merge the plan into its file and link it; returns the line to print.
fn write(out: &Path, plan: &Plan, summary: Option<&Source>) -> Result<String> {
    let mut file = PlanFile::open_or_new(out)?;
    file.merge_plan(plan)?;
    let mut linked = 0;
    if let Some(s) = summary {
        let actuals = actuals_for_year(&s.analysis, plan.meta.year);
        let links = link_actuals(file.plan(), &actuals, &s.rel);
        linked = links.iter().filter(|(_, a)| a.is_some()).count();
        file.write_actuals(&links)?;
    }
    let changed = file.save()?;
    let p = file.plan();
    let targets: usize = p.goals.iter().map(|g| g.targets.len()).sum();
    Ok(format!(
        "{} {}: {} {}, {} goals, {} targets, {} linked{}",
        if changed { "wrote" } else { "unchanged" },
        out.display(),
        p.meta.issuer,
        p.meta.year,
        p.goals.len(),
        targets,
        linked,
        summary
            .map(|s| format!(" from {}", s.rel))
            .unwrap_or_default()
    ))
}
