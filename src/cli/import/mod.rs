//! `plantrack import`: documents to plan files, one per plan year, each linked to the
//! summary that reports on its year.
//!
//! Built for folders of many thousands of documents: all cores work, and memory is
//! bounded by one batch of documents, not the corpus. A first pass reads only what
//! pairing needs (each document's issuer, kind and years); the second analyses a
//! batch at a time in parallel, pairs its plans, links and writes them. A summary
//! outside the batch is read again when a plan needs it.

mod pairing;
mod progress;
mod write;

use pairing::SummaryIndex;
use plantrack::analyse::{analyse, Analysis};
use plantrack::import::plans_from;
use plantrack::link::pair::DocInfo;
use plantrack::model::Plan;
use plantrack::{outline, store, Error, Result};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
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

/// Documents analysed at once per worker thread: enough to keep every core busy
/// and most plan/summary pairs inside one batch, few enough to keep memory small.
const BATCH_PER_THREAD: usize = 32;

/// What the first pass keeps of a document.
struct Doc {
    path: PathBuf,
    /// As plan files in the output folder name it.
    rel: String,
}

/// What became of a document: a plan file written, or a reason none was.
enum Outcome {
    Wrote(String),
    Skipped(String),
}

/// One plan to write: the plan, its file, and the summary (document index) it links to.
struct Job {
    plan: Plan,
    out: PathBuf,
    /// The document the plan was read from.
    doc: usize,
    summary: Option<usize>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let paths = store::find_documents(&args.docs)?;
    let mut errors: Vec<Error> = Vec::new();
    let (docs, infos) = scan(&paths, &args.out, &mut errors);
    let index = SummaryIndex::new(&infos);
    let bar = progress::bar(docs.len(), "importing");
    let mut stdout = super::Out::new();
    let batch = BATCH_PER_THREAD * rayon::current_num_threads();
    for start in (0..docs.len()).step_by(batch.max(1)) {
        let end = (start + batch).min(docs.len());
        let lines = import_batch(&docs, &infos, &index, start..end, &args.out);
        bar.inc((end - start) as u64);
        bar.suspend(|| -> Result<()> {
            for line in lines {
                match line {
                    Ok(Outcome::Wrote(line)) => stdout.line(line)?,
                    Ok(Outcome::Skipped(why)) => super::warn(format_args!("skipped {why}")),
                    Err(e) => errors.push(e),
                }
            }
            // A batch's lines are shown as it ends, not when the buffer fills.
            stdout.flush()
        })?;
    }
    bar.finish_and_clear();
    stdout.finish()?;
    for e in &errors {
        eprintln!("plantrack: {e}");
    }
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// First pass, in parallel: each document's pairing facts, its copy placed in the
/// output folder. Failed documents go to `errors` and drop out.
fn scan(paths: &[PathBuf], out: &Path, errors: &mut Vec<Error>) -> (Vec<Doc>, Vec<DocInfo>) {
    let bar = progress::bar(paths.len(), "reading");
    let scanned: Vec<Result<(Doc, DocInfo)>> = paths
        .par_iter()
        .map(|path| {
            let doc = store::read_document(path)?;
            let info = DocInfo::from(&outline::outline(&doc).meta);
            let rel = store::place_source(path, out)?;
            bar.inc(1);
            Ok((
                Doc {
                    path: path.clone(),
                    rel,
                },
                info,
            ))
        })
        .collect();
    bar.finish_and_clear();
    let mut docs = Vec::with_capacity(scanned.len());
    let mut infos = Vec::with_capacity(scanned.len());
    for s in scanned {
        match s {
            Ok((d, i)) => {
                docs.push(d);
                infos.push(i);
            }
            Err(e) => errors.push(e),
        }
    }
    (docs, infos)
}

/// Second pass over documents `range`: the result line of every plan written, in
/// document order, or the error that stopped it.
fn import_batch(
    docs: &[Doc],
    infos: &[DocInfo],
    index: &SummaryIndex,
    range: std::ops::Range<usize>,
    out: &Path,
) -> Vec<Result<Outcome>> {
    let read = |i: usize| store::read_document(&docs[i].path).map(analyse);
    let mut results: Vec<Result<Outcome>> = Vec::new();
    let analysed: Vec<Result<Analysis>> = range.clone().into_par_iter().map(read).collect();
    let mut own: HashMap<usize, Analysis> = HashMap::new();
    let mut jobs: Vec<Job> = Vec::new();
    for (i, a) in range.zip(analysed) {
        match a {
            Ok(a) => {
                let before = jobs.len();
                jobs.extend(plans_of(&a, i, docs, infos, index, out));
                if jobs.len() == before && !a.targets.is_empty() {
                    // Targets of no known year belong to no plan; say so rather than
                    // drop them unseen.
                    results.push(Ok(Outcome::Skipped(format!(
                        "{}: it sets {} but names no year for them; \
                         put the plan year in its title (e.g. 2016年工作要点) and import it again",
                        docs[i].path.display(),
                        super::count(a.targets.len(), "target", "targets")
                    ))));
                }
                own.insert(i, a);
            }
            Err(e) => results.push(Err(e)),
        }
    }
    // Summaries paired from outside the batch.
    let mut outside: Vec<usize> = jobs
        .iter()
        .filter_map(|j| j.summary)
        .filter(|j| !own.contains_key(j))
        .collect();
    outside.sort_unstable();
    outside.dedup();
    let extra: Vec<(usize, Result<Analysis>)> =
        outside.into_par_iter().map(|j| (j, read(j))).collect();
    for (j, a) in extra {
        match a {
            Ok(a) => {
                own.insert(j, a);
            }
            Err(e) => results.push(Err(e)),
        }
    }
    // Plans that share a file are merged into it in order, by one worker.
    let mut by_file: BTreeMap<&Path, Vec<usize>> = BTreeMap::new();
    for (k, job) in jobs.iter().enumerate() {
        by_file.entry(job.out.as_path()).or_default().push(k);
    }
    let groups: Vec<Vec<usize>> = by_file.into_values().collect();
    let mut written: Vec<(usize, Result<Outcome>)> = groups
        .into_par_iter()
        .flat_map_iter(|group| {
            group.into_iter().map(|k| {
                let job = &jobs[k];
                let summary = job
                    .summary
                    .and_then(|j| own.get(&j).map(|a| (a, &docs[j].rel)));
                let plan_doc = own.get(&job.doc);
                (
                    k,
                    write::write(&job.out, &job.plan, plan_doc, summary).map(Outcome::Wrote),
                )
            })
        })
        .collect();
    written.sort_by_key(|(k, _)| *k);
    results.extend(written.into_iter().map(|(_, r)| r));
    results
}

/// The plans of document `i`, each with its file and the summary it links to.
fn plans_of(
    a: &Analysis,
    i: usize,
    docs: &[Doc],
    infos: &[DocInfo],
    index: &SummaryIndex,
    out: &Path,
) -> Vec<Job> {
    let plans = plans_from(a, &docs[i].rel);
    let several = plans.len() > 1;
    plans
        .into_iter()
        .map(|mut plan| {
            let summary = match plan.meta.summary {
                Some(_) => Some(i),
                None => index
                    .find(infos, &plan.meta.issuer, plan.meta.year)
                    .filter(|&j| j != i || infos[j].summary_year == Some(plan.meta.year)),
            };
            if let Some(j) = summary {
                plan.meta.summary = Some(docs[j].rel.clone());
            }
            let name = write::plan_file_name(&docs[i].path, plan.meta.year, several);
            Job {
                out: out.join(name),
                plan,
                doc: i,
                summary,
            }
        })
        .collect()
}
