//! The outline: a document's metadata, its plan and summary parts, and its
//! headings as a tree of sections with path ids ("一", "一.(二)", "一.(二).3").

use crate::model::DocKind;
use crate::read::Document;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DocMeta {
    pub kind: DocKind,
    pub title: String,
    pub issuer: String,
    pub plan_year: Option<i32>,
    pub summary_year: Option<i32>,
    /// e.g. 嘉科[2014]1号
    pub doc_number: Option<String>,
    /// YYYY-MM-DD
    pub date: Option<String>,
}

/// Whether a stretch of the document states intentions or reports results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PartKind {
    Plan,
    Summary,
}

/// A contiguous part of the document: a combined file has a summary part then a plan part.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    pub kind: PartKind,
    pub year: Option<i32>,
    pub start: usize,
    pub end: usize,
}

/// A heading or an unnumbered lead-phrase goal.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// 1 for 一、, 2 for (一), 3 for 1. or a lead phrase.
    pub depth: usize,
    /// Byte span of the heading line.
    pub start: usize,
    /// End of the section's body: the start of the next section at the same or a higher level.
    pub end: usize,
    /// Index into `Outline::parts`.
    pub part: usize,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Outline {
    pub meta: DocMeta,
    pub parts: Vec<Part>,
    pub sections: Vec<Section>,
}

impl Outline {
    /// The deepest section holding `offset`, if any.
    pub fn section_at(&self, offset: usize) -> Option<&Section> {
        self.sections
            .iter()
            .filter(|s| s.start <= offset && offset < s.end)
            .max_by_key(|s| s.depth)
    }

    /// The part holding `offset`, if any.
    pub fn part_at(&self, offset: usize) -> Option<&Part> {
        self.parts
            .iter()
            .find(|p| p.start <= offset && offset < p.end)
    }
}

/// Read the outline of a document.
pub fn outline(doc: &Document) -> Outline {
    Outline {
        parts: vec![Part {
            kind: PartKind::Plan,
            year: None,
            start: 0,
            end: doc.text.len(),
        }],
        ..Outline::default()
    }
}
