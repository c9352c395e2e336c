//! `PlanFile`: a plan file held open for editing. It remembers the bytes it was
//! read from, and `save` refuses to overwrite the file if anyone changed it since.

use super::atomic::write_atomic;
use super::build::render_plan;
use super::edit;
use super::load::{parse_plan, Parsed};
use super::TargetRef;
use crate::error::{Error, Result};
use crate::model::{Actual, Manual, Plan};
use std::path::{Path, PathBuf};
use toml_edit::DocumentMut;

const BOM: &str = "\u{feff}";

/// A plan file loaded for reading and editing: load -> edit -> save.
#[derive(Debug)]
pub struct PlanFile {
    path: PathBuf,
    /// The bytes on disk when read (None: the file did not exist yet).
    on_disk: Option<Vec<u8>>,
    bom: bool,
    /// The document as read or last saved: a handle with no edit since writes nothing,
    /// even where the editor would not give back the bytes read (mixed line ends).
    saved_doc: Option<String>,
    /// Windows line ends: lines an edit adds get them too.
    crlf: bool,
    /// Whether the file ends with a line break (the TOML writer always adds one).
    final_newline: bool,
    doc: DocumentMut,
    plan: Plan,
    warnings: Vec<Error>,
}

impl PlanFile {
    /// Load a plan file. Syntax and schema problems are errors (the first one, located);
    /// a source or summary document that has gone missing is only a warning.
    pub fn open(path: &Path) -> Result<PlanFile> {
        let bytes = read_plan_bytes(path)?;
        let parsed = parse_checked(path, &bytes)?;
        let text = std::str::from_utf8(&bytes).unwrap_or_default();
        let body = text.strip_prefix(BOM).unwrap_or(text);
        let doc = body.parse::<DocumentMut>().map_err(|e| Error::File {
            path: path.into(),
            message: format!("cannot be edited: {}", e.message().trim()),
        })?;
        Ok(PlanFile {
            path: path.into(),
            bom: text.starts_with(BOM),
            // Mixed line ends (the TOML editor keeps none of them) go the way
            // most lines went.
            crlf: body.matches("\r\n").count() * 2 > body.matches('\n').count(),
            saved_doc: Some(doc.to_string()),
            final_newline: body.is_empty() || body.ends_with('\n'),
            on_disk: Some(bytes),
            doc,
            plan: parsed.plan,
            warnings: parsed.missing,
        })
    }

    /// The open file, or a new one holding nothing yet when `path` does not exist.
    pub fn open_or_new(path: &Path) -> Result<PlanFile> {
        if path.exists() || path.is_symlink() {
            return PlanFile::open(path);
        }
        Ok(PlanFile {
            path: path.into(),
            on_disk: None,
            saved_doc: None,
            bom: false,
            crlf: false,
            final_newline: true,
            doc: DocumentMut::new(),
            plan: Plan::default(),
            warnings: Vec::new(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The plan as of the last load or edit.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Problems that do not stop the plan from opening (missing source documents).
    pub fn warnings(&self) -> &[Error] {
        &self.warnings
    }

    /// The text `save` would write.
    pub fn text(&self) -> String {
        if self.on_disk.is_none() && self.doc.is_empty() {
            return String::new();
        }
        let mut body = self.doc.to_string();
        if !self.final_newline {
            if let Some(b) = body.strip_suffix('\n') {
                body = b.strip_suffix('\r').unwrap_or(b).to_string();
            }
        }
        if self.crlf {
            body = body.replace("\r\n", "\n").replace('\n', "\r\n");
        }
        if self.bom {
            format!("{BOM}{body}")
        } else {
            body
        }
    }

    /// Bring an imported plan into the file (see `write_plan`).
    pub fn merge_plan(&mut self, plan: &Plan) -> Result<()> {
        let fresh = self.on_disk.is_none() && self.doc.is_empty();
        self.apply(|doc| {
            if fresh {
                *doc = render_plan(plan)
                    .parse()
                    .map_err(|e: toml_edit::TomlError| e.message().to_string())?;
            } else {
                edit::merge_plan(doc, plan);
            }
            Ok(())
        })
    }

    /// Set or clear a reviewer's verdict on one target.
    pub fn set_manual(&mut self, target: &TargetRef, manual: Option<&Manual>) -> Result<()> {
        self.apply(|doc| edit::set_manual(doc, target, manual))
    }

    /// Write, replace or clear tool-written actuals; hand-written ones stay.
    pub fn write_actuals(&mut self, actuals: &[(TargetRef, Option<Actual>)]) -> Result<()> {
        self.apply(|doc| edit::write_actuals(doc, actuals))
    }

    /// Run an edit; if it fails, or leaves a file that no longer loads, undo it.
    fn apply(
        &mut self,
        edit: impl FnOnce(&mut DocumentMut) -> std::result::Result<(), String>,
    ) -> Result<()> {
        let before = self.doc.clone();
        let result = edit(&mut self.doc)
            .map_err(|m| self.fail(&m))
            .and_then(|()| self.refresh());
        if result.is_err() {
            self.doc = before;
        }
        result
    }

    /// Whether the file on disk is no longer what this handle read (or wrote last).
    pub fn changed_on_disk(&self) -> bool {
        let now = std::fs::read(&self.path).ok();
        now != self.on_disk
    }

    /// Write the edits, atomically. Nothing is written when the text is unchanged
    /// (returns false). Refuses, leaving the file alone, when it changed on disk
    /// since it was read: reload and apply the edit again.
    pub fn save(&mut self) -> Result<bool> {
        let text = self.text();
        let unedited = self.saved_doc.as_deref() == Some(self.doc.to_string().as_str());
        if unedited || self.on_disk.as_deref() == Some(text.as_bytes()) {
            return Ok(false);
        }
        if self.changed_on_disk() {
            return Err(self.fail(
                "changed on disk since plantrack read it; nothing was written, reload and try again",
            ));
        }
        write_atomic(&self.path, text.as_bytes(), self.on_disk.is_none())?;
        self.on_disk = Some(text.into_bytes());
        self.saved_doc = Some(self.doc.to_string());
        Ok(true)
    }

    fn fail(&self, message: &str) -> Error {
        Error::File {
            path: self.path.clone(),
            message: message.trim().to_string(),
        }
    }

    /// Re-read the model from the edited text, so `plan()` shows what will be saved.
    fn refresh(&mut self) -> Result<()> {
        let parsed = parse_plan(&self.path, &self.doc.to_string());
        if let Some(first) = parsed.errors.into_iter().next() {
            return Err(first);
        }
        self.plan = parsed.plan;
        self.warnings = parsed.missing;
        Ok(())
    }
}

/// A plan file's bytes, with a clear error for folders and missing files.
/// A plan file's bytes parsed: the plan and its warnings, or its first error.
pub(crate) fn parse_checked(path: &Path, bytes: &[u8]) -> Result<Parsed> {
    let text = std::str::from_utf8(bytes).map_err(|e| Error::File {
        path: path.into(),
        message: format!(
            "is not UTF-8 text (invalid byte at offset {}), expected a UTF-8 plan file",
            e.valid_up_to()
        ),
    })?;
    let mut parsed = parse_plan(path, text);
    if !parsed.errors.is_empty() {
        return Err(parsed.errors.swap_remove(0));
    }
    Ok(parsed)
}

pub(crate) fn read_plan_bytes(path: &Path) -> Result<Vec<u8>> {
    if path.is_dir() {
        return Err(Error::File {
            path: path.into(),
            message: "is a folder, expected a plan file (.toml)".into(),
        });
    }
    std::fs::read(path).map_err(|e| Error::io(path, e))
}
