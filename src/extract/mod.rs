//! Targets and actuals: which quantities of a document are commitments (in its
//! plan parts) and which are reported results (in its summary parts), each with
//! the metric it counts, its section and a short exact quote.

use crate::model::Op;
use crate::outline::Outline;
use crate::quantity::Kind;
use crate::read::Document;
use serde::Serialize;

/// A target or an actual as `plantrack parse` prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Item {
    /// Id of the deepest section holding it; "" before the first heading.
    pub section: String,
    /// An exact substring of the text holding the number.
    pub quote: String,
    pub metric: String,
    pub op: Op,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: String,
    #[serde(skip)]
    pub kind: Kind,
    /// Byte span of `quote` in the text.
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Extracted {
    pub targets: Vec<Item>,
    pub actuals: Vec<Item>,
}

/// Find the targets and actuals of a document.
pub fn extract(doc: &Document, outline: &Outline) -> Extracted {
    let _ = (doc, outline);
    Extracted::default()
}
