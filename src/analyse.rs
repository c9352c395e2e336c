//! The reading pipeline, text to targets: read → outline → quantities → targets/actuals.

use crate::extract::{self, Item};
use crate::outline::{self, Outline};
use crate::read::Document;

/// Everything read from one document.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub doc: Document,
    pub outline: Outline,
    pub targets: Vec<Item>,
    pub actuals: Vec<Item>,
}

pub fn analyse(doc: Document) -> Analysis {
    let outline = outline::outline(&doc);
    let found = extract::extract(&doc, &outline);
    Analysis {
        doc,
        outline,
        targets: found.targets,
        actuals: found.actuals,
    }
}
