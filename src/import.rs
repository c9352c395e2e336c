//! From analysed documents to plans: the goal tree and targets of each plan year,
//! and the actuals a summary gives them. Pure: the CLI reads and writes the files.

use crate::analyse::Analysis;
use crate::extract::Item;
use crate::link;
use crate::model::{Actual, Goal, Plan, PlanMeta, Target};
use crate::outline::{PartKind, Section};
use crate::quantity::Kind;
use crate::store::TargetRef;

/// Id of the goal that holds targets stated before the first heading.
pub const PREAMBLE_ID: &str = "总";
const PREAMBLE_TITLE: &str = "总体目标";

/// One plan per year the document sets targets for: the plan part's year, and for a
/// target-beside-result table inside a summary part, that summary's year.
/// `source` is the document's path as the plan file will name it.
pub fn plans_from(a: &Analysis, source: &str) -> Vec<Plan> {
    let meta = &a.outline.meta;
    let mut years: Vec<i32> = Vec::new();
    let year_of = |item: &Item| -> Option<i32> {
        match a.outline.part_at(item.start) {
            Some(p) if p.kind == PartKind::Summary => p.year.or(meta.summary_year),
            Some(p) => p.year.or(meta.plan_year),
            None => meta.plan_year,
        }
    };
    for t in &a.targets {
        if let Some(y) = year_of(t) {
            if !years.contains(&y) {
                years.push(y);
            }
        }
    }
    let has_plan_part = a.outline.parts.iter().any(|p| p.kind == PartKind::Plan);
    if let Some(y) = meta.plan_year.filter(|_| has_plan_part) {
        if !years.contains(&y) {
            years.push(y);
        }
    }
    years.sort();
    years
        .into_iter()
        .map(|year| {
            let targets: Vec<&Item> = a
                .targets
                .iter()
                .filter(|t| year_of(t) == Some(year))
                .collect();
            let in_summary = targets.iter().any(|t| {
                a.outline
                    .part_at(t.start)
                    .is_some_and(|p| p.kind == PartKind::Summary)
            });
            Plan {
                meta: PlanMeta {
                    title: if meta.title.is_empty() {
                        a.doc.source_title.clone().unwrap_or_default()
                    } else {
                        meta.title.clone()
                    },
                    issuer: meta.issuer.clone(),
                    year,
                    source: Some(source.to_string()),
                    // A target-beside-result table reports on itself.
                    summary: in_summary.then(|| source.to_string()),
                    source_url: a.doc.source_url.clone(),
                    doc_number: meta.doc_number.clone(),
                    published: meta.date.clone(),
                },
                goals: goals_for(a, &targets, &parts_of(a, year, &targets)),
            }
        })
        .collect()
}

/// The parts a plan of `year` is read from: the plan parts of that year, and any
/// part holding one of its targets.
fn parts_of(a: &Analysis, year: i32, targets: &[&Item]) -> Vec<usize> {
    let meta = &a.outline.meta;
    (0..a.outline.parts.len())
        .filter(|&i| {
            let p = &a.outline.parts[i];
            (p.kind == PartKind::Plan && p.year.or(meta.plan_year) == Some(year))
                || targets
                    .iter()
                    .any(|t| p.start <= t.start && t.start < p.end)
        })
        .collect()
}

/// The goals of the given parts of the document, with `targets` placed in them.
fn goals_for(a: &Analysis, targets: &[&Item], parts: &[usize]) -> Vec<Goal> {
    let sections: Vec<&Section> = a
        .outline
        .sections
        .iter()
        .filter(|s| parts.contains(&s.part))
        .collect();
    let mut goals: Vec<Goal> = Vec::new();
    let preamble: Vec<&&Item> = targets.iter().filter(|t| t.section.is_empty()).collect();
    if !preamble.is_empty() {
        goals.push(Goal {
            id: PREAMBLE_ID.into(),
            title: PREAMBLE_TITLE.into(),
            text: lines_holding(&a.doc.text, preamble.iter().map(|t| t.start)),
            targets: preamble
                .iter()
                .map(|t| link::to_target(t, None, ""))
                .collect(),
        });
    }
    for (i, s) in sections.iter().enumerate() {
        if goals.iter().any(|g| g.id == s.id) {
            continue;
        }
        // A parent id that the document skipped still needs a goal, or the tree breaks.
        let mut missing = Vec::new();
        let mut parent = crate::model::parent_id(&s.id);
        while let Some(p) = parent {
            if goals.iter().any(|g| g.id == p) || missing.contains(&p) {
                break;
            }
            missing.push(p);
            parent = crate::model::parent_id(p);
        }
        for p in missing.into_iter().rev() {
            goals.push(Goal {
                id: p.to_string(),
                ..Goal::default()
            });
        }
        let body_end = sections
            .get(i + 1)
            .map(|n| n.start.min(s.end))
            .unwrap_or(s.end);
        goals.push(Goal {
            id: s.id.clone(),
            title: s.title.clone(),
            text: a.doc.text[s.start..body_end.max(s.start)]
                .trim()
                .to_string(),
            targets: targets
                .iter()
                .filter(|t| t.section == s.id && s.start <= t.start && t.start < s.end)
                .map(|t| link::to_target(t, None, ""))
                .collect(),
        });
    }
    goals
}

/// The distinct lines of `text` holding the given offsets, in order, joined by newlines.
fn lines_holding(text: &str, offsets: impl Iterator<Item = usize>) -> String {
    let mut spans: Vec<(usize, usize)> = offsets
        .map(|at| {
            let start = text[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
            let end = text[at..].find('\n').map(|i| at + i).unwrap_or(text.len());
            (start, end)
        })
        .collect();
    spans.dedup();
    spans
        .iter()
        .map(|&(s, e)| text[s..e].trim())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A plan file's target as the linker sees it.
fn as_item(goal: &Goal, t: &Target) -> Item {
    Item {
        section: goal.id.clone(),
        quote: t.quote.clone(),
        metric: t.metric.clone(),
        op: t.op,
        value: t.value,
        min: t.min,
        max: t.max,
        unit: t.unit.clone(),
        kind: kind_of_unit(&t.unit),
        ..Item::default()
    }
}

/// The sort of figure a unit measures, for targets read back from a plan file.
pub fn kind_of_unit(unit: &str) -> Kind {
    let (_, base) = crate::quantity::units::normalize(1.0, unit);
    if base.contains('%') {
        Kind::Percent
    } else if base.contains("百分点") {
        Kind::Points
    } else if base.contains('元') {
        Kind::Money
    } else {
        Kind::Count
    }
}

/// The actual of every target of `plan` from a summary's figures (None: unmeasured).
/// `source` is the summary's path as the plan file names it. `plan_doc`, the plan's
/// own document read again, gives each target the paragraph it stands in (found by
/// its quote), which the plan file does not keep.
pub fn link_actuals(
    plan: &Plan,
    plan_doc: Option<&Analysis>,
    summary: &[Item],
    source: &str,
) -> Vec<(TargetRef, Option<Actual>)> {
    let mut refs = Vec::new();
    let mut items = Vec::new();
    for g in &plan.goals {
        for (index, t) in g.targets.iter().enumerate() {
            refs.push(TargetRef {
                goal: g.id.clone(),
                index,
            });
            let mut item = as_item(g, t);
            if let Some(read) = plan_doc.and_then(|d| d.targets.iter().find(|x| x.quote == t.quote))
            {
                item.topic = read.topic.clone();
            }
            items.push(item);
        }
    }
    link::match_all(&items, summary)
        .into_iter()
        .zip(refs)
        .map(|(l, r)| {
            let actual = l.actual.map(|i| &summary[i]);
            let mut linked = link::linked_target(&items[l.target], actual, &l, source).actual;
            if let Some(a) = linked.as_mut() {
                a.score = a.score.map(|s| (s * 100.0).round() / 100.0);
            }
            (r, linked)
        })
        .collect()
}

/// The figures a document reports for `year`: its summary parts of that year (or of
/// no stated year), and the result cells of its target-beside-result tables.
pub fn actuals_for_year(a: &Analysis, year: i32) -> Vec<Item> {
    let meta = &a.outline.meta;
    a.actuals
        .iter()
        .filter(|item| match (item.period, a.outline.part_at(item.start)) {
            // A five-year total or a later year's figure never measures one year's target.
            (Some((from, to)), _) => from == year && to == year,
            (None, part) => match part {
                Some(p) if p.kind == PartKind::Summary => {
                    p.year.or(meta.summary_year).is_none_or(|y| y == year)
                }
                _ => meta.summary_year.is_none_or(|y| y == year),
            },
        })
        .cloned()
        .collect()
}
