//! For news excerpts without a telling title or part headings: whether the
//! figures read as commitments or as results, and for which year.

use super::lines::Line;
use super::parts::years_in;
use super::words::{MULTI_YEAR_PAST, PLAN_CUES};
use super::PartKind;

#[derive(Debug, Default)]
pub struct Vote {
    plan: usize,
    summary: usize,
    /// Years named in sentences holding plan / summary figures, in order of first sight.
    plan_years: Vec<(i32, usize)>,
    summary_years: Vec<(i32, usize)>,
}

impl Vote {
    pub fn leans_plan(&self) -> bool {
        self.plan >= self.summary
    }

    /// The year most named beside figures of this kind.
    pub fn year(&self, part: PartKind) -> Option<i32> {
        let years = match part {
            PartKind::Plan => &self.plan_years,
            PartKind::Summary => &self.summary_years,
        };
        let best = years.iter().map(|&(_, n)| n).max()?;
        years.iter().find(|&&(_, n)| n == best).map(|&(y, _)| y)
    }
}

fn count(years: &mut Vec<(i32, usize)>, year: i32) {
    match years.iter_mut().find(|(y, _)| *y == year) {
        Some((_, n)) => *n += 1,
        None => years.push((year, 1)),
    }
}

/// Units and signs that make a number a figure rather than a date or an ordinal.
fn is_figure(clause: &str) -> bool {
    let mut chars = clause.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            while chars
                .peek()
                .is_some_and(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '))
            {
                chars.next();
            }
            if chars
                .peek()
                .is_some_and(|c| "%％万亿元家人个件项户座斤".contains(*c))
            {
                return true;
            }
        }
    }
    false
}

pub fn vote(lines: &[Line]) -> Vote {
    let mut v = Vote::default();
    for line in lines {
        if MULTI_YEAR_PAST.iter().any(|w| line.text.contains(w)) {
            continue;
        }
        for sentence in line.text.split(['。', '；', ';', '！', '!', '？', '?']) {
            let (mut plan, mut summary) = (0, 0);
            for clause in sentence.split(['，', ',', '、']).filter(|c| is_figure(c)) {
                if PLAN_CUES.iter().any(|w| clause.contains(w)) {
                    plan += 1;
                } else {
                    summary += 1;
                }
            }
            v.plan += plan;
            v.summary += summary;
            if plan + summary == 0 {
                continue;
            }
            for (_, year) in years_in(sentence) {
                if plan > 0 {
                    count(&mut v.plan_years, year);
                }
                if summary > 0 {
                    count(&mut v.summary_years, year);
                }
            }
        }
    }
    v
}
