//! The only module that touches files: documents in, plan files loaded with
//! located errors, and plan files written atomically and format-preserving.
//!
//! Editing goes through [`PlanFile`] (load -> edit -> save); the free functions
//! below each do one load-edit-save round, re-reading the file first, so they
//! apply to whatever is on disk at that moment.

mod atomic;
mod build;
mod edit;
mod file;
mod load;
mod location;
mod paths;
mod schema;
mod sources;

pub use file::PlanFile;
pub use paths::{find_plans, resolve_source};
pub use schema::MANUAL_SOURCE;
pub use sources::{find_documents, place_source, SOURCES_DIR};

use crate::error::{Error, Result};
use crate::model::{Actual, Manual, Plan};
use crate::read::{self, Document};
use std::path::Path;

/// Read a document file (any supported encoding, plain or HTML). An empty file
/// is an empty document.
pub fn read_document(path: &Path) -> Result<Document> {
    if path.is_dir() {
        return Err(Error::File {
            path: path.into(),
            message: "is a directory, expected a text or HTML document".into(),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let doc = read::read_bytes(&bytes);
    match read::unreadable(&doc) {
        Some(why) => Err(Error::File {
            path: path.into(),
            message: why.into(),
        }),
        None => Ok(doc),
    }
}

/// Load a plan file. Errors are located (file:line:col) and say what was expected.
/// Missing source documents do not stop it; see [`PlanFile::warnings`].
pub fn load_plan(path: &Path) -> Result<Plan> {
    load_plan_warned(path).map(|(plan, _)| plan)
}

/// Load a plan file for reading only, with the problems that did not stop it (missing
/// source documents, as in [`PlanFile::warnings`]).
pub fn load_plan_warned(path: &Path) -> Result<(Plan, Vec<Error>)> {
    let bytes = file::read_plan_bytes(path)?;
    let parsed = file::parse_checked(path, &bytes)?;
    Ok((parsed.plan, parsed.missing))
}

/// Every problem of a plan file (syntax, schema, ids, source paths), not just the first.
pub fn check_plan(path: &Path) -> Vec<Error> {
    let bytes = match file::read_plan_bytes(path) {
        Ok(b) => b,
        Err(e) => return vec![e],
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return vec![Error::File {
            path: path.into(),
            message: "is not UTF-8 text, expected a UTF-8 plan file".into(),
        }];
    };
    let parsed = load::parse_plan(path, text);
    let mut all = parsed.errors;
    all.extend(parsed.missing);
    all.sort_by_key(|e| match e {
        Error::At { line, col, .. } => (*line, *col),
        _ => (0, 0),
    });
    all
}

/// Write a plan made by `import`. A new file is written whole ([`plan_to_toml`]).
/// An existing one is updated in place and only gains what it lacks: missing
/// [plan] keys, goals (placed after their predecessor) and targets (matched by
/// quote); tool-written actuals are refreshed. Comments, order, hand edits,
/// manual verdicts and hand-written actuals are kept; the same plan twice
/// leaves the file byte-identical.
pub fn write_plan(path: &Path, plan: &Plan) -> Result<()> {
    let mut f = PlanFile::open_or_new(path)?;
    f.merge_plan(plan)?;
    f.save().map(|_| ())
}

/// The plan file text `import` would write for `plan` (for `parse --format toml`).
pub fn plan_to_toml(plan: &Plan) -> String {
    build::render_plan(plan)
}

/// Which target of a plan file: the goal's id and the target's index within the goal.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TargetRef {
    pub goal: String,
    pub index: usize,
}

/// Set or clear a reviewer's manual verdict, in place, atomically.
pub fn set_manual(path: &Path, target: &TargetRef, manual: Option<&Manual>) -> Result<()> {
    let mut f = PlanFile::open(path)?;
    f.set_manual(target, manual)?;
    f.save().map(|_| ())
}

/// Write linked actuals (None clears a tool-written actual), in place, atomically,
/// leaving manual fields, comments and hand-written actuals (`source = "manual"`) alone.
pub fn write_actuals(path: &Path, actuals: &[(TargetRef, Option<Actual>)]) -> Result<()> {
    let mut f = PlanFile::open(path)?;
    f.write_actuals(actuals)?;
    f.save().map(|_| ())
}

/// Write a file that is not a plan (the workbench's export of its view), atomically.
pub fn write_export(path: &Path, text: &str) -> Result<()> {
    atomic::write_atomic(path, text.as_bytes(), false)
}

/// The 1-based line of a goal's `[[goal]]` header, for opening an editor there.
pub fn goal_line(path: &Path, goal_id: &str) -> Option<usize> {
    let bytes = std::fs::read(path).ok()?;
    let text = std::str::from_utf8(&bytes).ok()?;
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc = toml_edit::ImDocument::parse(body).ok()?;
    let goal = doc
        .get("goal")?
        .as_array_of_tables()?
        .iter()
        .find(|g| g.get("id").and_then(|i| i.as_str()) == Some(goal_id))?;
    let start = goal.span()?.start;
    Some(location::Locator::new(path, body).line_col(start).0)
}
