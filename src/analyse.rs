//! The reading pipeline, text to targets: read → outline → quantities → targets/actuals.

use crate::extract::{self, Item};
use crate::model::DocKind;
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
    let mut outline = outline::outline(&doc);
    let found = extract::extract(&doc, &outline);
    settle_kind(&mut outline.meta, &found);
    Analysis {
        doc,
        outline,
        targets: found.targets,
        actuals: found.actuals,
    }
}

/// A document whose plan parts set no target is a summary, and one whose review parts
/// report nothing is a plan, whatever else its parts hold.
fn settle_kind(meta: &mut crate::outline::DocMeta, found: &extract::Extracted) {
    if meta.kind != DocKind::Combined {
        return;
    }
    match (found.targets.is_empty(), found.actuals.is_empty()) {
        (true, false) => {
            meta.kind = DocKind::Summary;
            meta.plan_year = None;
        }
        (false, true) => {
            meta.kind = DocKind::Plan;
            meta.summary_year = None;
        }
        _ => {}
    }
}
