//! Tables of target beside result (计划执行情况: 指标 | 年度目标 | 完成), as web pages
//! flatten them: one cell per line with a serial number opening each row (rows of
//! cells split by tabs, bars or gaps are read by `grid`). Each row gives targets and
//! actuals with the row's indicator name as their metric.

use super::phrase;
use super::Item;
use crate::quantity::{self, Kind};

/// Header words of a column of targets.
const TARGET_HEADERS: &[&str] = &["目标", "计划", "预期"];
/// Cell words that mark a cell as a target even without its column header.
const TARGET_CELL_WORDS: &[&str] = &[
    "左右",
    "以上",
    "以内",
    "力争",
    "高于",
    "不低于",
    "不超过",
    "调整为",
    "控制在",
];
/// Cell words (the 属性 column) that are neither name nor figure.
const ATTRIBUTE_CELLS: &[&str] = &["预期性", "约束性", "指导性"];
/// A cell this long is prose: the table has ended.
const MAX_CELL_CHARS: usize = 40;

/// One row's cells as byte spans of the text.
struct Row {
    name: (usize, usize),
    cells: Vec<(usize, usize)>,
}

pub struct Table {
    pub start: usize,
    pub end: usize,
    rows: Vec<Row>,
}

/// Lines of `text` with their byte spans, trimmed of blanks.
fn lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        out.push((at + lead, at + lead + trimmed.len()));
        at += line.len();
    }
    out
}

fn is_header_line(s: &str) -> bool {
    s.chars().count() <= 12
        && (TARGET_HEADERS.iter().any(|w| s.contains(w)))
        && !s.chars().any(|c| c.is_ascii_digit())
}

fn serial(s: &str) -> Option<usize> {
    (!s.is_empty() && s.len() <= 3 && s.chars().all(|c| c.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// Every target-beside-result table in the text.
pub fn find_tables(text: &str) -> Vec<Table> {
    let ls = lines(text);
    let mut tables = Vec::new();
    let mut i = 0;
    while i < ls.len() {
        let s = &text[ls[i].0..ls[i].1];
        let header_here = is_header_line(s)
            && ls[i.saturating_sub(6)..i]
                .iter()
                .any(|&(a, b)| text[a..b].contains("指标"));
        if !header_here {
            i += 1;
            continue;
        }
        if let Some((table, next)) = read_cell_table(text, &ls, i + 1) {
            tables.push(table);
            i = next;
        } else {
            i += 1;
        }
    }
    tables
}

/// A table of one cell per line: rows open with serial numbers 1, 2, 3 ….
fn read_cell_table(text: &str, ls: &[(usize, usize)], from: usize) -> Option<(Table, usize)> {
    let first =
        (from..ls.len().min(from + 8)).find(|&j| serial(&text[ls[j].0..ls[j].1]) == Some(1))?;
    let mut rows = Vec::new();
    let mut j = first;
    let mut expect = 1;
    while j < ls.len() && serial(&text[ls[j].0..ls[j].1]) == Some(expect) {
        let name_line = j + 1;
        if name_line >= ls.len() {
            break;
        }
        let mut k = name_line + 1;
        let mut cells = Vec::new();
        while k < ls.len() {
            let cell = &text[ls[k].0..ls[k].1];
            if serial(cell) == Some(expect + 1) || cell.chars().count() > MAX_CELL_CHARS {
                break;
            }
            if !cell.is_empty() && !ATTRIBUTE_CELLS.contains(&cell) {
                cells.push(ls[k]);
            }
            k += 1;
        }
        rows.push(Row {
            name: ls[name_line],
            cells,
        });
        expect += 1;
        j = k;
    }
    if rows.is_empty() {
        return None;
    }
    let end = ls.get(j).map(|l| l.0).unwrap_or(text.len());
    Some((
        Table {
            start: ls[first].0,
            end,
            rows,
        },
        j,
    ))
}

impl Table {
    /// The targets and actuals of every row.
    pub fn items(&self, text: &str) -> (Vec<Item>, Vec<Item>) {
        let mut targets = Vec::new();
        let mut actuals = Vec::new();
        for (r, row) in self.rows.iter().enumerate() {
            let name = phrase::clean_metric(&text[row.name.0..row.name.1]);
            let numeric: Vec<_> = row
                .cells
                .iter()
                .filter(|&&(a, b)| quantity::find(&text[a..b]).iter().any(|q| q.trap.is_none()))
                .copied()
                .collect();
            let mut seen_level = false;
            for (c, &(a, b)) in numeric.iter().enumerate() {
                let cell = &text[a..b];
                let is_target = TARGET_CELL_WORDS.iter().any(|w| cell.contains(w))
                    || (c + 1 == numeric.len() && numeric.len() >= 2 && !cell.contains('%'))
                    || cell.starts_with("增长");
                for q in quantity::find(cell)
                    .into_iter()
                    .filter(|q| q.trap.is_none())
                {
                    let lead = &cell[phrase::clause_start(cell, q.start, 0)..q.start];
                    let growth = lead.contains("增长")
                        || lead.contains("增速")
                        || (!is_target && seen_level && matches!(q.kind, Kind::Percent));
                    let metric = if growth && !name.contains("增") {
                        format!("{name}增长")
                    } else {
                        name.clone()
                    };
                    let from = a + phrase::clause_start(cell, q.start, 0);
                    let from = from
                        + (text[from..].len()
                            - text[from..].trim_start_matches(['(', '（', ' ']).len());
                    let end = a + phrase::with_trailing_op(cell, q.end);
                    let start = widen_until_unique(text, from, end);
                    let item = Item::of(text, &q, start..end, metric, Some(r));
                    if is_target {
                        targets.push(item);
                    } else {
                        seen_level |= !matches!(q.kind, Kind::Percent);
                        actuals.push(item);
                    }
                }
            }
        }
        (targets, actuals)
    }
}

/// A cell such as "1.6%" recurs across a table; the quote takes in the cells before it
/// (one line each) until it is unique, so that it points at one place.
fn widen_until_unique(text: &str, start: usize, end: usize) -> usize {
    let mut start = start;
    for _ in 0..2 {
        if text.matches(&text[start..end]).nth(1).is_none() {
            break;
        }
        let prev_end = text[..start].trim_end_matches(['\n', '\r', ' ']).len();
        if prev_end == 0 {
            break;
        }
        start = text[..prev_end].rfind('\n').map(|i| i + 1).unwrap_or(0);
    }
    start
}
