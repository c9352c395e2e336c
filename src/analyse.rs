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
    settle_kind(&mut outline, &found);
    Analysis {
        doc,
        outline,
        targets: found.targets,
        actuals: found.actuals,
    }
}

/// A document whose plan parts set no target is a summary, and one whose review parts
/// report nothing is a plan. One that does both is combined, unless its title names one
/// kind (a five-year plan with its review of the last five years is a plan), or it is an
/// unheaded news item, which is what most of its figures are.
fn settle_kind(outline: &mut Outline, found: &extract::Extracted) {
    let meta = &mut outline.meta;
    if meta.kind != DocKind::Combined {
        return;
    }
    let (t, a) = (found.targets.len(), found.actuals.len());
    let kind = match (t, a) {
        (0, 0) => return,
        (0, _) => DocKind::Summary,
        (_, 0) => DocKind::Plan,
        _ => match outline::title_kind(&meta.title) {
            // Its years stay: the plan's review still reports on its period.
            Some(k) => {
                meta.kind = k;
                return;
            }
            None if outline.sections.is_empty() && t > a => DocKind::Plan,
            None if outline.sections.is_empty() => DocKind::Summary,
            None => return,
        },
    };
    meta.kind = kind;
    match kind {
        DocKind::Summary => meta.plan_year = None,
        DocKind::Plan => meta.summary_year = None,
        DocKind::Combined => {}
    }
}
