//! Parts: where a document turns from reporting a past year to planning the
//! next. Part headings (`2016年工作总结`, `一、2022年…计划执行情况`) divide a
//! combined file; review sections inside a plan (`“十二五”发展现状`) are summary parts.

use super::heading::{Heading, Style};
use super::lines::Line;
use super::roles::Role;
use super::words::{
    FORWARD_WORDS, PERIODS, PLAN_HEADINGS, PLAN_TYPES, REVIEW_WORDS, SUMMARY_TYPES,
};
use super::{PartKind, Section};
use crate::quantity::numeral::arabic_digit;

/// A stretch of the document under one part heading; ids restart in each.
#[derive(Debug, Clone)]
pub struct Division {
    pub start: usize,
    pub kind: Option<PartKind>,
    pub year: Option<i32>,
}

/// Whether a title-like phrase names a summary, a plan, or both.
pub fn type_of(text: &str) -> (bool, bool) {
    // 计划执行情况 reports on a plan: it is a summary.
    let text = text.replace("计划执行情况", "执行情况");
    let summary = SUMMARY_TYPES.iter().any(|w| text.contains(w));
    let plan = PLAN_TYPES.iter().any(|w| text.contains(w));
    (summary, plan)
}

/// Each year written in `text` (2016年, 2019全年, ２０１６年) with its byte offset.
pub fn years_in(text: &str) -> Vec<(usize, i32)> {
    four_digit_years(text)
        .filter(|&(_, end, _)| {
            let after = text[end..].trim_start_matches(' ');
            after.starts_with('年') || after.starts_with("全年")
        })
        .map(|(start, _, year)| (start, year))
        .collect()
}

/// Runs of exactly four digits (half- or full-width) reading 19xx or 20xx:
/// (start, end, year).
pub fn four_digit_years(text: &str) -> impl Iterator<Item = (usize, usize, i32)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || loop {
        let (start, c) = chars.next()?;
        let Some(first) = arabic_digit(c) else {
            continue;
        };
        let (mut end, mut n, mut value) = (start + c.len_utf8(), 1, first as i32);
        while let Some(d) = chars.peek().and_then(|&(_, c)| arabic_digit(c)) {
            let (at, c) = chars.next().unwrap_or_default();
            end = at + c.len_utf8();
            n += 1;
            value = value.saturating_mul(10).saturating_add(d as i32);
        }
        if n == 4 && (1900..2100).contains(&value) {
            return Some((start, end, value));
        }
    })
}

/// The last year of a five-year period named in `text` (十三五 -> 2020).
pub fn period_year(text: &str) -> Option<i32> {
    PERIODS
        .iter()
        .find(|(name, _)| text.contains(name))
        .map(|&(_, y)| y)
}

/// The five-year period named in `text`, as (first year, last year).
pub fn period_span(text: &str) -> Option<(i32, i32)> {
    period_year(text).map(|last| (last - 4, last))
}

/// A part heading: a short line naming one year's summary or plan, and nothing else.
pub fn part_heading(line: &str, heading: Option<&Heading>) -> Option<(PartKind, Option<i32>)> {
    let text = match heading {
        Some(h) if matches!(h.style, Style::Chinese | Style::Part) => h.title(),
        Some(_) => return None,
        None => line,
    };
    if text.chars().count() > 40
        || text.contains(['：', ':', '，', ',', '。', '《', '》'])
        || text.starts_with("关于")
    {
        return None;
    }
    let year = years_in(text).first().map(|&(_, y)| y);
    year?;
    let (summary, plan) = type_of(text);
    // Only a numbered heading: a bare line naming a target is a news headline.
    let plan =
        plan || (!summary && heading.is_some() && PLAN_HEADINGS.iter().any(|w| text.contains(w)));
    match (summary, plan) {
        (true, false) => Some((PartKind::Summary, year)),
        (false, true) => Some((PartKind::Plan, year)),
        _ => None,
    }
}

/// Divide the document at its part headings.
pub fn divisions(lines: &[Line], headings: &[Option<Heading>]) -> Vec<Division> {
    let mut divs = vec![Division {
        start: 0,
        kind: None,
        year: None,
    }];
    for (line, heading) in lines.iter().zip(headings) {
        let Some((kind, year)) = part_heading(line.text, heading.as_ref()) else {
            continue;
        };
        let last = divs.last_mut().expect("one division at least");
        match last.kind {
            None => {
                last.kind = Some(kind);
                last.year = year;
            }
            // A caption such as 表1:…完成情况 inside a summary part.
            Some(k) if k == kind => {}
            Some(_) => divs.push(Division {
                start: line.start,
                kind: Some(kind),
                year,
            }),
        }
    }
    divs
}

fn has_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// Whether a heading reviews the past: review words, or the five-year period
/// before the plan's, and no forward-looking words.
fn is_review(title: &str, plan_year: Option<i32>) -> bool {
    let earlier_period = period_year(title)
        .zip(plan_year)
        .is_some_and(|(p, y)| p < y);
    (has_any(title, REVIEW_WORDS) || earlier_period) && !has_any(title, FORWARD_WORDS)
}

/// Sections of a plan that review the past, as (start, end, year): the
/// highest-level review heading wins, and a forward-looking top heading is
/// searched one level down.
pub fn review_spans(sections: &[Section], plan_year: Option<i32>) -> Vec<(usize, usize, Role)> {
    let mut out = Vec::new();
    let mut covered_until = 0;
    for s in sections.iter().filter(|s| s.depth <= 2) {
        if s.start < covered_until || !is_review(&s.title, plan_year) {
            continue;
        }
        let named = years_in(&s.title).first().map(|&(_, y)| y);
        // A title naming a past five-year period ("“十五”期间…主要情况") reviews all of it.
        let period = period_span(&s.title).filter(|&(_, to)| plan_year.is_none_or(|y| to < y));
        let (year, from) = match (named, period) {
            (Some(y), _) => (Some(y), None),
            (None, Some((from, to))) => (Some(to), Some(from)),
            (None, None) => (plan_year.map(|y| y - 1), None),
        };
        out.push((
            s.start,
            s.end,
            Role {
                kind: PartKind::Summary,
                year,
                from,
            },
        ));
        covered_until = s.end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_headings() {
        assert_eq!(
            part_heading("2016年工作总结", None),
            Some((PartKind::Summary, Some(2016)))
        );
        assert_eq!(
            part_heading("2017年工作要点", None),
            Some((PartKind::Plan, Some(2017)))
        );
        let h = super::super::heading::parse("一、2022年国民经济和社会发展计划执行情况");
        assert_eq!(
            part_heading("", h.as_ref()),
            Some((PartKind::Summary, Some(2022)))
        );
        assert_eq!(
            part_heading("青浦区科委、科协2016年工作总结和2017年工作要点", None),
            None
        );
        assert_eq!(part_heading("表1:2022年主要指标完成情况", None), None);
    }

    #[test]
    fn review_headings() {
        assert!(is_review("“十二五”发展", Some(2020)));
        assert!(!is_review("“十三五”发展形势", Some(2020)));
        assert!(!is_review("“十二五”发展现状与“十三五”趋势研判", Some(2020)));
        assert!(is_review("2014年工作回顾", Some(2015)));
    }
}
