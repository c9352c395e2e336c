//! The document cut into passages, each with its role ([`roles`]): the stretches
//! under each top heading, a part heading or an unnumbered part line take the role
//! the heading gives; where no heading tells, each sentence's own cues decide.

use super::heading::Heading as Numbered;
use super::lines::Line;
use super::parts::{review_spans, type_of, Division};
use super::roles::{self, Heading, Role};
use super::{DocMeta, Part, PartKind, Section};
use crate::model::DocKind;

/// Where a passage begins and what its heading says of it.
struct Bound {
    start: usize,
    heading: Heading,
}

/// The parts of a document, in order, covering every figure a reader can place.
pub fn parts(
    text: &str,
    lines: &[Line],
    headings: &[Option<Numbered>],
    sections: &[Section],
    divs: &[Division],
    meta: &DocMeta,
    text_end: usize,
) -> Vec<Part> {
    let now = meta.now;
    // Where neither the text nor its date says which year it speaks from, the years
    // read off the whole document stand in.
    let guess = match meta.kind {
        DocKind::Summary => meta.summary_year.map(|y| y + 1),
        _ => meta.plan_year.or(meta.summary_year.map(|y| y + 1)),
    };
    let bounds = bounds(lines, headings, sections, divs, now);
    let mut out = Vec::new();
    let mut last: Option<Role> = None;
    let preamble = Bound {
        start: 0,
        heading: title_role(meta, divs),
    };
    let all = std::iter::once(&preamble)
        .chain(bounds.iter())
        .collect::<Vec<_>>();
    for (i, b) in all.iter().enumerate() {
        let end = all.get(i + 1).map_or(text_end, |n| n.start).min(text_end);
        if b.start >= end {
            continue;
        }
        let heading = match b.heading {
            // A heading that says nothing carries on the part before it, unless the
            // paragraph leading into it says what follows ("今年要着重做好以下八个方面工作").
            Heading::Silent if i > 0 => match lead_in(text, b.start, now).or(last) {
                Some(role) => Heading::Fixed(role),
                None => Heading::Silent,
            },
            h => h,
        };
        match heading {
            Heading::Fixed(role) => {
                fixed(&mut out, text, sections, role, b.start, end);
                last = Some(role);
            }
            Heading::Mixed(role) => {
                last = by_sentence(&mut out, text, b.start, end, now, guess, Some(role))
            }
            Heading::Silent => last = by_sentence(&mut out, text, b.start, end, now, guess, None),
        }
    }
    out
}

/// The role the document's title gives the text before any heading: a title naming
/// only a plan or only a summary governs it; a report of both leaves it to the text.
fn title_role(meta: &DocMeta, divs: &[Division]) -> Heading {
    if let Some(d) = divs.first() {
        if let Some(kind) = d.kind {
            return Heading::Fixed(Role {
                kind,
                year: d.year.or(year_of(meta, kind)),
                from: None,
            });
        }
    }
    match type_of(&meta.title) {
        (true, false) => Heading::Fixed(Role {
            kind: PartKind::Summary,
            year: meta.summary_year,
            from: None,
        }),
        (false, true) => Heading::Fixed(Role {
            kind: PartKind::Plan,
            year: meta.plan_year,
            from: None,
        }),
        _ => Heading::Silent,
    }
}

fn year_of(meta: &DocMeta, kind: PartKind) -> Option<i32> {
    match kind {
        PartKind::Plan => meta.plan_year,
        PartKind::Summary => meta.summary_year,
    }
}

/// Part headings, top-level headings and unnumbered part lines, in order.
fn bounds(
    lines: &[Line],
    headings: &[Option<Numbered>],
    sections: &[Section],
    divs: &[Division],
    now: Option<i32>,
) -> Vec<Bound> {
    let mut out: Vec<Bound> = divs
        .iter()
        .skip(1)
        .filter_map(|d| {
            let kind = d.kind?;
            Some(Bound {
                start: d.start,
                heading: Heading::Fixed(Role {
                    kind,
                    year: d.year,
                    from: None,
                }),
            })
        })
        .collect();
    let top = sections.iter().map(|s| s.depth).filter(|&d| d <= 2).min();
    for s in sections
        .iter()
        .filter(|s| Some(s.depth) == top || s.depth == 0)
    {
        if out.iter().any(|b| b.start == s.start) {
            continue;
        }
        out.push(Bound {
            start: s.start,
            heading: roles::of_title(&s.title, now),
        });
    }
    for (line, h) in lines.iter().zip(headings) {
        if h.is_some() || out.iter().any(|b| b.start == line.start) {
            continue;
        }
        if let Some(role) = roles::of_line(line.text, now) {
            out.push(Bound {
                start: line.start,
                heading: Heading::Fixed(role),
            });
        }
    }
    out.sort_by_key(|b| b.start);
    out
}

/// The role the paragraph just before `at` announces for what follows, if it ends
/// by introducing it.
fn lead_in(text: &str, at: usize, now: Option<i32>) -> Option<Role> {
    let before = text[..at].trim_end();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let para = &before[start..];
    if !para.ends_with(['。', '：', ':']) || !para.contains("以下") {
        return None;
    }
    let s = roles::sentences(text, start, start + para.len());
    let last = s.last()?;
    roles::of_sentences(std::slice::from_ref(last), now, None, false)[0]
}

/// A part whose heading fixes its role; a plan's own review sections (“十二五”发展现状)
/// report on the past inside it.
fn fixed(
    out: &mut Vec<Part>,
    text: &str,
    sections: &[Section],
    role: Role,
    start: usize,
    end: usize,
) {
    let mut at = start;
    if role.kind == PartKind::Plan {
        let inside: Vec<Section> = sections
            .iter()
            .filter(|s| start < s.start && s.start < end)
            .cloned()
            .collect();
        for (from, to, review) in review_spans(&inside, role.year) {
            plan_with_lookbacks(out, text, role, at, from);
            push(out, review, from, to.min(end));
            at = to.min(end);
        }
    }
    if role.kind == PartKind::Plan {
        plan_with_lookbacks(out, text, role, at, end);
    } else {
        push(out, role, at, end);
    }
}

/// A plan part, but for its paragraphs that open by looking back on the year just
/// past ("过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%…"): those report.
fn plan_with_lookbacks(out: &mut Vec<Part>, text: &str, role: Role, start: usize, end: usize) {
    let looked_back = Role {
        kind: PartKind::Summary,
        year: role.year.map(|y| y - 1),
        from: None,
    };
    let (mut back, mut at) = (false, start);
    for s in roles::sentences(text, start, end) {
        // A new paragraph, or a sentence that turns to this year, ends the look back.
        if s.para_start || s.opens_now {
            back = false;
        }
        back = back || s.looks_back();
        push(out, if back { looked_back } else { role }, at, s.end);
        at = s.end;
    }
    push(out, role, at, end);
}

/// A part no heading governs: sentence by sentence. Returns the role in force at its end.
fn by_sentence(
    out: &mut Vec<Part>,
    text: &str,
    start: usize,
    end: usize,
    now: Option<i32>,
    undated_now: Option<i32>,
    fallback: Option<Role>,
) -> Option<Role> {
    let sentences = roles::sentences(text, start, end);
    let now = now.or(undated_now).or_else(|| roles::infer_now(&sentences));
    let unheaded = fallback.is_none();
    let fallback = fallback.or_else(|| roles::prevailing(&sentences, now));
    let roles = roles::of_sentences(&sentences, now, fallback, unheaded);
    for (s, role) in sentences.iter().zip(&roles) {
        if let Some(role) = role {
            push(out, *role, s.start, s.end);
        }
    }
    roles.iter().rev().find_map(|r| *r)
}

/// Append a part, merging it into the last one when it carries on the same role.
fn push(out: &mut Vec<Part>, role: Role, start: usize, end: usize) {
    if start >= end {
        return;
    }
    if let Some(last) = out.last_mut() {
        if last.end == start
            && last.kind == role.kind
            && last.year == role.year
            && last.from == role.from
        {
            last.end = end;
            return;
        }
    }
    out.push(Part {
        kind: role.kind,
        year: role.year,
        from: role.from,
        start,
        end,
    });
}
