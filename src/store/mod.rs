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
