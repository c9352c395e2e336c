//! Source documents kept beside the plans that cite them, so a plan folder is
//! whole on its own and its plans name sources by relative paths only.

use super::atomic::write_atomic;
use crate::error::{Error, Result};
use std::path::{Component, Path, PathBuf};

/// The folder, under a plan folder, that holds the source documents.
pub const SOURCES_DIR: &str = "sources";

/// The path a plan file in `plan_dir` should use for `doc`: its path inside
/// `plan_dir` if it is there already, else `sources/<name>` after copying it there
/// (an existing copy with other content is refused rather than overwritten).
pub fn place_source(doc: &Path, plan_dir: &Path) -> Result<String> {
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |e| Error::io(p, e)
    };
    std::fs::create_dir_all(plan_dir).map_err(io(plan_dir))?;
    let doc_abs = doc.canonicalize().map_err(io(doc))?;
    let dir_abs = plan_dir.canonicalize().map_err(io(plan_dir))?;
    if let Ok(rel) = doc_abs.strip_prefix(&dir_abs) {
        return Ok(slash_path(rel));
    }
    let name = doc.file_name().ok_or_else(|| Error::File {
        path: doc.into(),
        message: "has no file name, expected a document file".into(),
    })?;
    let target: PathBuf = plan_dir.join(SOURCES_DIR).join(name);
    let bytes = std::fs::read(doc).map_err(io(doc))?;
    match std::fs::read(&target) {
        Ok(existing) if existing == bytes => {}
        Ok(_) => {
            return Err(Error::File {
                path: target,
                message: format!(
                    "already holds a different document; rename {} or remove the old copy",
                    doc.display()
                ),
            })
        }
        Err(_) => {
            std::fs::create_dir_all(plan_dir.join(SOURCES_DIR)).map_err(io(plan_dir))?;
            write_atomic(&target, &bytes, true)?;
        }
    }
    Ok(format!("{SOURCES_DIR}/{}", name.to_string_lossy()))
}

/// A relative path with `/` separators, as plan files write them.
fn slash_path(rel: &Path) -> String {
    rel.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Documents named by `paths`: files as given, folders searched (sorted, not
/// recursively) for .txt, .htm and .html files.
pub fn find_documents(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| Error::io(p, e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    f.is_file()
                        && f.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                            ["txt", "htm", "html"].contains(&x.to_ascii_lowercase().as_str())
                        })
                })
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}
