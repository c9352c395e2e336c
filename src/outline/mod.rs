//! The outline: a document's metadata, its plan and summary parts, and its
//! headings as a tree of sections with path ids ("一", "一.(二)", "一.(二).3").

mod dates;
mod heading;
mod issuer;
mod leads;
mod lines;
mod meta;
mod parts;
mod passages;
mod roles;
mod session;
mod tree;
mod vote;
mod words;

use crate::model::DocKind;
use crate::read::Document;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DocMeta {
    pub kind: DocKind,
    /// The year the document speaks from (its 今年), where the title or date tells.
    #[serde(skip)]
    pub now: Option<i32>,
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
    /// The year reported on or planned for; the last year of a period or horizon.
    pub year: Option<i32>,
    /// The first year, when the part covers several (a five-year review, a 纲要's goals).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<i32>,
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
        // Sections are in document order, and a section closes every open one at
        // its depth or deeper (`set_ends`). So, walking back from the last section
        // that starts at or before `offset`, the first that holds it is the deepest,
        // and past a section of depth d only shallower ones can: a long document
        // is read without comparing every number with every section.
        let before = self.sections.partition_point(|s| s.start <= offset);
        let mut shallower_than = usize::MAX;
        for s in self.sections[..before].iter().rev() {
            if s.depth < shallower_than && offset < s.end {
                return Some(s);
            }
            shallower_than = shallower_than.min(s.depth);
            if shallower_than <= 1 {
                break;
            }
        }
        None
    }

    /// The part holding `offset`, if any.
    pub fn part_at(&self, offset: usize) -> Option<&Part> {
        self.parts
            .iter()
            .find(|p| p.start <= offset && offset < p.end)
    }
}

/// The kind a title names, when it names only one ("…工作要点", "…工作总结").
pub fn title_kind(title: &str) -> Option<DocKind> {
    match parts::type_of(title) {
        (true, false) => Some(DocKind::Summary),
        (false, true) => Some(DocKind::Plan),
        _ => None,
    }
}

/// Read the outline of a document.
pub fn outline(doc: &Document) -> Outline {
    let lines = lines::content_lines(doc);
    let headings: Vec<_> = lines.iter().map(|l| heading::parse(l.text)).collect();
    let divs = parts::divisions(&lines, &headings);
    let mut meta = meta::read(doc, &lines, &headings, &divs);
    // A report is a speech: its paragraphs open with topic sentences, not goal names.
    let leads = !meta.title.contains("报告");
    let mut sections = tree::sections(&lines, &headings, &divs, leads);
    let text_end = content_end(doc);
    set_ends(&mut sections, &divs, text_end);

    let parts = passages::parts(
        &doc.text, &lines, &headings, &sections, &divs, &meta, text_end,
    );
    settle_meta(&mut meta, &parts);
    for s in &mut sections {
        s.part = parts
            .iter()
            .position(|p| p.start <= s.start && s.start < p.end)
            .unwrap_or(0);
    }
    Outline {
        meta,
        parts,
        sections,
    }
}

/// Where the content ends: before a footer skipped to the end of the text.
fn content_end(doc: &Document) -> usize {
    match doc.skipped.last() {
        Some(r) if r.end == doc.text.len() => r.start,
        _ => doc.text.len(),
    }
}

/// A document's kind and years follow from its parts: one that reports and commits is
/// combined, whatever its title says; the plan year is the first one-year plan part's.
fn settle_meta(meta: &mut DocMeta, parts: &[Part]) {
    let first = |kind: PartKind| {
        let of_kind = || parts.iter().filter(move |p| p.kind == kind);
        of_kind()
            .find(|p| p.from.is_none())
            .or_else(|| of_kind().next())
            .and_then(|p| p.year)
    };
    let has = |kind: PartKind| parts.iter().any(|p| p.kind == kind);
    // A title naming both ("…计划执行情况与…计划草案的报告") makes a combined report,
    // though an excerpt may hold only one of its parts.
    let titled_both = parts::type_of(&meta.title) == (true, true);
    meta.kind = match (has(PartKind::Summary), has(PartKind::Plan)) {
        _ if titled_both => DocKind::Combined,
        (true, true) => DocKind::Combined,
        (true, false) => DocKind::Summary,
        (false, true) => DocKind::Plan,
        (false, false) => meta.kind,
    };
    // The review's year is the latest one before the plan: an opening
    // line may name the year a government took office.
    let latest_review = parts
        .iter()
        .filter(|p| p.kind == PartKind::Summary)
        .filter_map(|p| p.year)
        .filter(|&y| meta.now.is_none_or(|n| y < n))
        .max();
    if !parts.is_empty() {
        meta.plan_year = first(PartKind::Plan).or(meta
            .plan_year
            .filter(|_| has(PartKind::Plan) || titled_both));
        meta.summary_year = latest_review.or(first(PartKind::Summary)).or(meta
            .summary_year
            .filter(|_| has(PartKind::Summary) || titled_both));
    }
}

/// A section ends where the next one at its level or above begins, or where its division ends.
fn set_ends(sections: &mut [Section], divs: &[parts::Division], text_end: usize) {
    let mut open: Vec<usize> = Vec::new();
    let mut next_div = 1;
    for i in 0..sections.len() {
        let (start, depth) = (sections[i].start, sections[i].depth);
        while divs.get(next_div).is_some_and(|d| d.start <= start) {
            for j in open.drain(..) {
                sections[j].end = divs[next_div].start.max(sections[j].start);
            }
            next_div += 1;
        }
        while open.last().is_some_and(|&j| sections[j].depth >= depth) {
            let j = open.pop().unwrap_or_default();
            sections[j].end = start;
        }
        open.push(i);
    }
    let last_end = divs.get(next_div).map_or(text_end, |d| d.start);
    for j in open {
        sections[j].end = last_end.max(sections[j].start);
    }
}
