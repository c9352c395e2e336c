//! Tables flattened one row per line, cells split by tabs, `|` or wide gaps
//! (指标名称 | 单位 | 2024年计划 | 2024年完成 | 2025年计划). The header names each
//! column's role; every row then gives the targets and actuals its columns hold,
//! with the row's name as their metric and the unit column's unit.

mod numbered;

use super::{phrase, Item};
use crate::link::direction::{direction, Direction};
use crate::model::Op;
use crate::quantity::{self, Quantity};

/// What a column holds, read from its header.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Name,
    Unit,
    Target(Option<i32>),
    Actual(Option<i32>),
    /// A change reported beside the result (比上年增长%).
    Growth(Option<i32>),
    /// The row's number (序号).
    Serial,
    /// The result as a share of the target (完成进度, 完成率).
    Ratio,
    Other,
}

const NAME_HEADERS: &[&str] = &["指标", "项目", "名称", "内容"];
const UNIT_HEADERS: &[&str] = &["单位"];
const SERIAL_HEADERS: &[&str] = &["序号", "编号"];
const TARGET_HEADERS: &[&str] = &["计划", "目标", "预期", "任务"];
const ACTUAL_HEADERS: &[&str] = &["完成", "实际", "执行", "实绩", "实现"];
const GROWTH_HEADERS: &[&str] = &["增长", "增幅", "增速", "同比"];
const RATIO_HEADERS: &[&str] = &["进度", "完成率", "完成比例"];
/// Cells that stand for "no figure".
const EMPTY_CELLS: &[&str] = &["", "—", "-", "/", "——", "－", "无", "—/—"];
/// The fewest cells a row of a grid holds: name, and a target beside a result.
const MIN_CELLS: usize = 3;

/// A grid's span and what its rows give.
pub struct Grid {
    pub start: usize,
    pub end: usize,
    pub targets: Vec<Item>,
    pub actuals: Vec<Item>,
}

/// Every grid of the text. `plan_year` and `summary_year` pick the columns of the
/// document's own years when a grid holds several.
pub fn find_grids(text: &str, plan_year: Option<i32>, summary_year: Option<i32>) -> Vec<Grid> {
    let lines = lines(text);
    let mut grids = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let header = cells(text, lines[i]);
        let Some(roles) = header_roles(text, &header) else {
            if let Some((grid, next)) = stacked(text, &lines, i, plan_year, summary_year) {
                grids.push(grid);
                i = next;
            } else {
                i += 1;
            }
            continue;
        };
        let roles = pick_years(roles, plan_year, summary_year);
        let mut rows = Vec::new();
        let mut j = i + 1;
        while j < lines.len() {
            let row = cells(text, lines[j]);
            if row.len() != header.len() {
                break;
            }
            rows.push(row);
            j += 1;
        }
        if rows.is_empty() {
            i += 1;
            continue;
        }
        let mut grid = Grid {
            start: lines[i].0,
            end: lines[j - 1].1,
            targets: Vec::new(),
            actuals: Vec::new(),
        };
        for (r, row) in rows.iter().enumerate() {
            read_row(text, &roles, row, r, &mut grid);
        }
        grids.push(grid);
        i = j;
    }
    grids
}

/// The tables known by their row numbers, outside the spans other readers took.
pub fn find_numbered(text: &str, taken: &[(usize, usize)]) -> Vec<Grid> {
    numbered::find(text, taken)
}

/// The longest a cell of a table flattened one cell per line may be, in characters.
const MAX_STACKED_CELL: usize = 30;

/// A table flattened one cell per line (指标 / 年度目标 / 全年完成预计 / 地区生产总值 /
/// 增长6%左右 / 增长2.5%左右 / …): a run of header cells, each naming a column's role,
/// then rows of as many cells. Returns the grid and the line after it.
fn stacked(
    text: &str,
    lines: &[(usize, usize)],
    first: usize,
    plan_year: Option<i32>,
    summary_year: Option<i32>,
) -> Option<(Grid, usize)> {
    let mut cells = Vec::new();
    for (n, &(a, b)) in lines.iter().enumerate().skip(first) {
        let cell = trimmed(text, a, b);
        if cell.0 == cell.1 {
            continue;
        }
        let body = &text[cell.0..cell.1];
        if body.chars().count() > MAX_STACKED_CELL || body.contains(['。', '；']) {
            break;
        }
        cells.push((cell, n));
        if cells.len() > 4096 {
            break;
        }
    }
    // The header is the run of cells that each name a role.
    let width = cells
        .iter()
        .take_while(|(c, _)| column_role(&text[c.0..c.1]).is_some_and(|r| r != Role::Other))
        .count();
    if width < MIN_CELLS {
        return None;
    }
    let header: Vec<_> = cells[..width].iter().map(|(c, _)| *c).collect();
    let roles = pick_years(header_roles(text, &header)?, plan_year, summary_year);
    let rows: Vec<Vec<(usize, usize)>> = cells[width..]
        .chunks_exact(width)
        .map(|row| row.iter().map(|(c, _)| *c).collect())
        .collect();
    if rows.is_empty() {
        return None;
    }
    let last = cells[width + rows.len() * width - 1];
    let mut grid = Grid {
        start: header[0].0,
        end: last.0 .1,
        targets: Vec::new(),
        actuals: Vec::new(),
    };
    for (r, row) in rows.iter().enumerate() {
        read_row(text, &roles, row, r, &mut grid);
    }
    Some((grid, last.1 + 1))
}

/// What a column's cell gives for a row named `metric`: whether a target, and its
/// metric (a growth column's figure is the row's growth). None for other columns.
fn column_metric(role: Role, metric: &str) -> Option<(bool, String)> {
    match role {
        Role::Target(_) => Some((true, metric.to_string())),
        Role::Actual(_) => Some((false, metric.to_string())),
        Role::Growth(_) if metric.contains('增') => Some((false, metric.to_string())),
        Role::Growth(_) => Some((false, format!("{metric}增长"))),
        _ => None,
    }
}

/// Each line's byte span, without its line break.
fn lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        out.push((at, at + line.trim_end_matches(['\n', '\r']).len()));
        at += line.len();
    }
    out
}

/// The cells of a line as trimmed byte spans: split at tabs and bars (empty cells
/// kept), or else at gaps of two blanks or more (or one ideographic blank).
fn cells(text: &str, (start, end): (usize, usize)) -> Vec<(usize, usize)> {
    let line = &text[start..end];
    let spans = if line.contains(['\t', '|', '｜']) {
        split_bars(text, start, end)
    } else {
        split_gaps(text, start, end)
    };
    if spans.len() < MIN_CELLS {
        return Vec::new();
    }
    spans
}

fn split_bars(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let line = &text[start..end];
    let mut spans = Vec::new();
    let mut at = 0;
    for cell in line.split(['\t', '|', '｜']) {
        spans.push(trimmed(text, start + at, start + at + cell.len()));
        at += cell.len();
        at += line[at..].chars().next().map_or(0, char::len_utf8);
    }
    // Bars at the line's ends open and close the row; they frame no cell.
    if line.trim_start().starts_with(['|', '｜']) {
        spans.remove(0);
    }
    if line.trim_end().ends_with(['|', '｜']) {
        spans.pop();
    }
    spans
}

fn split_gaps(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let line = &text[start..end];
    let mut spans = Vec::new();
    let mut cell_start = None;
    let mut blank_bytes = 0;
    let mut wide = false;
    for (i, c) in line.char_indices() {
        if c == ' ' || c == '\u{3000}' {
            blank_bytes += c.len_utf8();
            wide |= c == '\u{3000}';
            continue;
        }
        let gap = blank_bytes >= 2 || wide;
        match cell_start {
            Some(s) if gap => {
                spans.push(trimmed(text, start + s, start + i - blank_bytes));
                cell_start = Some(i);
            }
            None => cell_start = Some(i),
            _ => {}
        }
        blank_bytes = 0;
        wide = false;
    }
    if let Some(s) = cell_start {
        spans.push(trimmed(text, start + s, end));
    }
    spans
}

fn trimmed(text: &str, start: usize, end: usize) -> (usize, usize) {
    let cell = &text[start..end];
    let lead = cell.len() - cell.trim_start().len();
    (start + lead, start + lead + cell.trim().len())
}

/// The roles of a header line's columns, if it is one: a name column and a column
/// of targets or results, and no figure but years.
fn header_roles(text: &str, header: &[(usize, usize)]) -> Option<Vec<Role>> {
    if header.is_empty() {
        return None;
    }
    let roles = header
        .iter()
        .map(|&(a, b)| column_role(&text[a..b]))
        .collect::<Option<Vec<Role>>>()?;
    let name = roles.iter().position(|r| *r == Role::Name)?;
    if roles[name + 1..]
        .iter()
        .any(|r| matches!(r, Role::Target(_) | Role::Actual(_)))
    {
        Some(roles)
    } else {
        None
    }
}

/// The role a header cell names, if it can be a header cell at all.
fn column_role(cell: &str) -> Option<Role> {
    if cell.chars().count() > 16 || has_figure(cell) {
        return None;
    }
    let year = year_of(cell);
    let has = |words: &[&str]| words.iter().any(|w| cell.contains(w));
    Some(if has(SERIAL_HEADERS) {
        Role::Serial
    } else if has(UNIT_HEADERS) {
        Role::Unit
    } else if has(RATIO_HEADERS) {
        Role::Ratio
    } else if has(GROWTH_HEADERS) && !has(TARGET_HEADERS) {
        Role::Growth(year)
    } else if has(ACTUAL_HEADERS) {
        Role::Actual(year)
    } else if has(TARGET_HEADERS) {
        Role::Target(year)
    } else if has(NAME_HEADERS) {
        Role::Name
    } else {
        Role::Other
    })
}

/// Digits in a header cell other than a year's.
fn has_figure(cell: &str) -> bool {
    let mut rest = cell.to_string();
    for (at, _) in year_spans(cell).into_iter().rev() {
        rest.replace_range(at..at + 4, "");
    }
    rest.chars().any(|c| c.is_ascii_digit())
}

fn year_spans(cell: &str) -> Vec<(usize, i32)> {
    let b = cell.as_bytes();
    (0..b.len().saturating_sub(3))
        .filter(|&i| {
            b[i..i + 4].iter().all(u8::is_ascii_digit)
                && (i == 0 || !b[i - 1].is_ascii_digit())
                && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
        })
        .filter_map(|i| Some((i, cell[i..i + 4].parse().ok()?)))
        .filter(|&(_, y)| (1949..=2100).contains(&y))
        .collect()
}

fn year_of(cell: &str) -> Option<i32> {
    year_spans(cell).first().map(|&(_, y)| y)
}

/// Where a grid gives several years of targets (or results), keep the document's own
/// year, else the latest; the others are history or restatement.
fn pick_years(roles: Vec<Role>, plan_year: Option<i32>, summary_year: Option<i32>) -> Vec<Role> {
    let years = |f: fn(&Role) -> Option<Option<i32>>| -> Vec<i32> {
        roles.iter().filter_map(f).flatten().collect()
    };
    let keep = |years: Vec<i32>, own: Option<i32>| -> Option<i32> {
        if years.len() < 2 {
            return None;
        }
        own.filter(|y| years.contains(y))
            .or_else(|| years.iter().copied().max())
    };
    let target_year = keep(
        years(|r| match r {
            Role::Target(y) => Some(*y),
            _ => None,
        }),
        plan_year,
    );
    let actual_year = keep(
        years(|r| match r {
            Role::Actual(y) => Some(*y),
            _ => None,
        }),
        summary_year,
    );
    roles
        .into_iter()
        .map(|r| match r {
            Role::Target(y) if target_year.is_some() && y != target_year => Role::Other,
            Role::Actual(y) | Role::Growth(y) if actual_year.is_some() && y != actual_year => {
                Role::Other
            }
            r => r,
        })
        .collect()
}

fn read_row(text: &str, roles: &[Role], row: &[(usize, usize)], r: usize, grid: &mut Grid) {
    let Some(name_at) = roles.iter().position(|r| *r == Role::Name) else {
        return;
    };
    let (name_start, name_end) = row[name_at];
    let (name, name_unit) = split_unit(&text[name_start..name_end]);
    let metric = phrase::clean_metric(name);
    if metric.is_empty() || has_figure(&metric) {
        return;
    }
    let unit = roles
        .iter()
        .position(|r| *r == Role::Unit)
        .map(|u| &text[row[u].0..row[u].1])
        .unwrap_or(name_unit);
    for (role, &(a, b)) in roles.iter().zip(row) {
        let Some((is_target, metric)) = column_metric(*role, &metric) else {
            continue;
        };
        let cell = &text[a..b];
        if EMPTY_CELLS.contains(&cell) {
            continue;
        }
        let growth_unit = if matches!(role, Role::Growth(_)) {
            "%"
        } else {
            unit
        };
        let Some(mut q) = figure(cell, growth_unit) else {
            continue;
        };
        // A bare figure of a ceiling (失业率, 能耗) is a limit not to pass.
        if is_target && !q.op_explicit && direction(&metric) == Direction::Lower {
            q.op = Op::Le;
        }
        let item = Item::of(text, &q, name_start..b, metric, Some(r));
        if is_target {
            grid.targets.push(item);
        } else {
            grid.actuals.push(item);
        }
    }
}

/// "地区生产总值（亿元）": the name, and the unit its brackets give.
fn split_unit(name: &str) -> (&str, &str) {
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(inner) = name.strip_suffix(close).and_then(|n| {
            let at = n.rfind(open)?;
            Some((&name[..at], &n[at + open.len_utf8()..]))
        }) {
            if inner.1.chars().count() <= 4 {
                return inner;
            }
        }
    }
    (name, "")
}

/// The figure of a cell, with the column's unit when the cell gives none.
fn figure(cell: &str, unit: &str) -> Option<Quantity> {
    let found = quantity::find(cell);
    if let Some(q) = found
        .iter()
        .find(|q| q.trap.is_none() && !q.unit.is_empty())
    {
        return Some(q.clone());
    }
    // A bare "5.5" alone reads like a heading number; with the column's unit written
    // after it ("5.5左右" + "%" -> "5.5%左右") it is the figure it is.
    let q = found.first().filter(|_| !unit.is_empty() && unit != "—")?;
    let with_unit = format!("{}{}{}", &cell[..q.end], unit, &cell[q.end..]);
    quantity::find(&with_unit)
        .into_iter()
        .find(|q| q.trap.is_none() && !q.unit.is_empty())
}

#[cfg(test)]
mod tests;
