//! Sections with path ids: `一`, `一.(一)`, `一.(一).1`, `一.1` when the middle
//! level is absent, `第二部分.一` under a part heading, and lead-phrase goals
//! `一.1`, `一.2` under their section.

use super::heading::{self, Heading, Style};
use super::leads;
use super::lines::Line;
use super::parts::Division;
use super::Section;

/// Ids in force at a point of the document.
#[derive(Default)]
struct Path {
    part: Option<String>,
    top: Option<String>,
    middle: Option<String>,
    leads: usize,
}

impl Path {
    fn id(&mut self, style: Style, label: &str) -> String {
        match style {
            Style::Part => {
                self.part = Some(label.to_string());
                self.top = None;
                self.middle = None;
                self.leads = 0;
                label.to_string()
            }
            Style::Chinese => {
                let id = join(self.part.as_deref(), label);
                self.top = Some(id.clone());
                self.middle = None;
                self.leads = 0;
                id
            }
            Style::Paren => {
                let id = join(self.top.as_deref().or(self.part.as_deref()), label);
                self.middle = Some(id.clone());
                id
            }
            Style::Arabic => join(
                self.middle
                    .as_deref()
                    .or(self.top.as_deref())
                    .or(self.part.as_deref()),
                label,
            ),
        }
    }
}

fn join(parent: Option<&str>, label: &str) -> String {
    match parent {
        Some(p) => format!("{p}.{label}"),
        None => label.to_string(),
    }
}

/// Build the sections of the document in order; `end` and `part` are filled in later.
/// The numbering starts afresh in each division (a combined file's two parts).
pub fn sections(
    lines: &[Line],
    headings: &[Option<Heading>],
    divs: &[Division],
    leads: bool,
) -> Vec<Section> {
    let mut out = Vec::new();
    let mut first = 0;
    for (d, _) in divs.iter().enumerate() {
        let div_end = divs.get(d + 1).map_or(usize::MAX, |next| next.start);
        let last = first + lines[first..].partition_point(|l| l.start < div_end);
        division_sections(&lines[first..last], &headings[first..last], leads, &mut out);
        first = last;
    }
    out
}

fn division_sections(
    lines: &[Line],
    headings: &[Option<Heading>],
    leads: bool,
    out: &mut Vec<Section>,
) {
    // Lead phrases are goals only where no numbered level sits below the top one.
    let sub_levels = !leads
        || headings
            .iter()
            .flatten()
            .any(|h| matches!(h.style, Style::Paren | Style::Arabic));
    let mut path = Path::default();
    let mut prev_ended = true;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if let Some(h) = &headings[i] {
            let mut rest = h.rest.clone();
            // A heading cut across two lines is joined with its tail.
            if heading::is_cut(&rest) && i + 1 < lines.len() && headings[i + 1].is_none() {
                i += 1;
                rest.push_str(lines[i].text);
            }
            let id = path.id(h.style, &h.label);
            out.push(section(
                id,
                heading::title_of(&rest),
                h.style.depth(),
                line.start,
            ));
            prev_ended = true;
        } else {
            if let (false, Some(top)) = (sub_levels, &path.top) {
                if let Some(lead) = leads::is_goal(line.text, prev_ended) {
                    path.leads += 1;
                    let id = format!("{top}.{}", path.leads);
                    out.push(section(id, lead, 3, line.start));
                }
            }
            prev_ended = leads::ends_sentence(line.text);
        }
        i += 1;
    }
}

fn section(id: String, title: &str, depth: usize, start: usize) -> Section {
    Section {
        id,
        title: title.to_string(),
        depth,
        start,
        end: start,
        part: 0,
    }
}
