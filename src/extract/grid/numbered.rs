//! Tables whose rows are known by their numbers (序号 1, 2, 3 …) rather than by their
//! lines: a table pasted as one line of blank-separated cells, or one cell per line
//! with its empty cells lost, so that rows keep different numbers of cells. A row runs
//! from its number to the next; its figure cells line up with the header's figure
//! columns, a two-row header (完成情况 over 完成数 | 同比增长) read with the
//! sub-columns in their group's place.

use super::{column_metric, column_role, Grid, Role, EMPTY_CELLS, SERIAL_HEADERS};
use crate::extract::{phrase, Item};
use crate::link::direction::{direction, Direction};
use crate::model::Op;
use crate::quantity::{self, Quantity, Trap};
use crate::vocab::time::PART_YEAR;

/// A cell that says what kind of indicator a row is, not what it counts.
const INDICATOR_TYPES: &[&str] = &["预期性", "约束性", "指导性", "预期", "约束"];
/// The longest a header or row cell may be, in characters; prose ends the table.
const MAX_CELL: usize = 40;
/// The most cells one row may hold before the table is taken to have ended.
const MAX_ROW_CELLS: usize = 16;

/// Every numbered table of the text, outside the spans already read (`taken`).
pub fn find(text: &str, taken: &[(usize, usize)]) -> Vec<Grid> {
    let mut grids = Vec::new();
    let mut from = 0;
    while let Some((at, word)) = SERIAL_HEADERS
        .iter()
        .filter_map(|w| text[from..].find(w).map(|i| (from + i, *w)))
        .min()
    {
        from = at + word.len();
        let inside = |&(s, e): &(usize, usize)| s <= at && at < e;
        if taken.iter().any(inside) || grids.iter().any(|g: &Grid| inside(&(g.start, g.end))) {
            continue;
        }
        if let Some(grid) = read_table(text, at) {
            from = grid.end.max(from);
            // A table another reader read, from a later cell on, is theirs.
            let overlaps = |&(s, e): &(usize, usize)| s < grid.end && grid.start < e;
            if !taken.iter().any(overlaps) {
                grids.push(grid);
            }
        }
    }
    grids
}

/// A cell: its byte span.
type Cell = (usize, usize);

/// The blank-separated cells from `at` on, stopping at prose.
fn cells_from(text: &str, at: usize) -> impl Iterator<Item = Cell> + '_ {
    let is_blank = |c: char| c.is_whitespace() || c == '\u{3000}';
    let mut pos = at;
    std::iter::from_fn(move || {
        let rest = &text[pos..];
        let lead = rest.len() - rest.trim_start_matches(is_blank).len();
        let start = pos + lead;
        if start >= text.len() {
            return None;
        }
        let len = text[start..].find(is_blank).unwrap_or(text.len() - start);
        pos = start + len;
        Some((start, start + len))
    })
    .take_while(move |&(a, b)| {
        let cell = &text[a..b];
        cell.chars().count() <= MAX_CELL && !cell.contains(['。', '；'])
    })
}

fn serial_of(cell: &str) -> Option<usize> {
    let digits = cell.trim_end_matches(['.', '、', '．']);
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The table whose header holds the serial column at `at`.
fn read_table(text: &str, at: usize) -> Option<Grid> {
    let cells: Vec<Cell> = cells_from(text, at).take(4096).collect();
    // The header: the serial column's cell and the role-naming cells after it, up to row 1.
    let first_row = cells
        .iter()
        .position(|&(a, b)| serial_of(&text[a..b]) == Some(1))?;
    let header = &cells[..first_row];
    let roles: Vec<Role> = header
        .iter()
        .map(|&(a, b)| column_role(&text[a..b]))
        .collect::<Option<_>>()?;
    if !roles.contains(&Role::Name) {
        return None;
    }
    let columns = figure_columns(&roles);
    if !columns.iter().any(|r| matches!(r, Role::Target(_)))
        || !columns.iter().any(|r| matches!(r, Role::Actual(_)))
    {
        return None;
    }
    let part_year = header
        .iter()
        .any(|&(a, b)| PART_YEAR.iter().any(|w| text[a..b].contains(w)));

    let mut grid = Grid {
        start: header.first()?.0,
        end: header.last()?.1,
        targets: Vec::new(),
        actuals: Vec::new(),
    };
    let mut i = first_row;
    let mut serial = 1;
    while i < cells.len() {
        // The row runs to the next number that opens a row (a name follows it).
        let end = (i + 1..cells.len())
            .take(MAX_ROW_CELLS + 1)
            .find(|&j| {
                serial_of(&text[cells[j].0..cells[j].1]) == Some(serial + 1)
                    && cells.get(j + 1).is_some_and(|&(a, b)| is_text(&text[a..b]))
            })
            .unwrap_or_else(|| cells.len().min(i + 1 + MAX_ROW_CELLS));
        let row = &cells[i + 1..end];
        if row.is_empty() {
            break;
        }
        read_row(text, &columns, row, serial, part_year, &mut grid);
        grid.end = grid.end.max(row.last().map_or(grid.end, |c| c.1));
        i = end;
        serial += 1;
        if end >= cells.len() || serial_of(&text[cells[end].0..cells[end].1]) != Some(serial) {
            break;
        }
    }
    (!grid.targets.is_empty() && !grid.actuals.is_empty()).then_some(grid)
}

/// The header's figure columns in the order rows give them. A two-row header flattened
/// names its groups first and their sub-columns after (完成情况 年度目标 完成数 同比增长):
/// the first group whose kind recurs is replaced by the run from that recurrence on.
fn figure_columns(roles: &[Role]) -> Vec<Role> {
    let figures: Vec<Role> = roles
        .iter()
        .copied()
        .filter(|r| {
            matches!(
                r,
                Role::Target(_) | Role::Actual(_) | Role::Growth(_) | Role::Ratio
            )
        })
        .collect();
    let same_kind = |x: &Role, y: &Role| {
        matches!(
            (x, y),
            (Role::Target(_), Role::Target(_)) | (Role::Actual(_), Role::Actual(_))
        )
    };
    for g in 0..figures.len() {
        if let Some(h) = (g + 1..figures.len()).find(|&h| same_kind(&figures[g], &figures[h])) {
            let mut out = figures[..g].to_vec();
            out.extend_from_slice(&figures[h..]);
            out.extend_from_slice(&figures[g + 1..h]);
            return out;
        }
    }
    figures
}

/// What a row's cell holds.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Content {
    Figure,
    Empty,
    Unit,
    Text,
}

fn content(cell: &str) -> Content {
    if EMPTY_CELLS.contains(&cell) {
        return Content::Empty;
    }
    // Table figures are written in digits: 二 of 二氧化硫 is no figure. A figure that
    // qualifies a noun after it (1000万元以上企业数) is part of a name.
    if cell
        .chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        if let Some(q) = figures(cell).last() {
            let after = &cell[phrase::with_trailing_op(cell, q.end)..];
            if after.chars().filter(|c| !c.is_ascii_punctuation()).count() < 2 {
                return Content::Figure;
            }
            return Content::Text;
        }
    }
    if is_unit(cell) {
        Content::Unit
    } else {
        Content::Text
    }
}

fn is_text(cell: &str) -> bool {
    content(cell) == Content::Text
}

/// A bare unit standing as the unit column's cell (亿元, %, 万人).
fn is_unit(cell: &str) -> bool {
    if cell.chars().count() > 4 || cell.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let probe = format!("1{cell}");
    quantity::find(&probe)
        .first()
        .is_some_and(|q| q.end == probe.len() && q.unit == cell)
}

/// The measured figures of a cell; a cell is never a heading, so "1-2" alone is a range.
fn figures(cell: &str) -> impl Iterator<Item = Quantity> {
    quantity::find(cell).into_iter().filter(|q| {
        matches!(q.trap, None | Some(Trap::Heading)) && (q.value.is_some() || q.min.is_some())
    })
}

fn read_row(
    text: &str,
    columns: &[Role],
    row: &[Cell],
    serial: usize,
    part_year: bool,
    grid: &mut Grid,
) {
    let kinds: Vec<Content> = row.iter().map(|&(a, b)| content(&text[a..b])).collect();
    let Some(first) = kinds
        .iter()
        .position(|k| matches!(k, Content::Figure | Content::Empty | Content::Unit))
    else {
        return;
    };
    let name_cells = &row[..first];
    let name: String = name_cells
        .iter()
        .map(|&(a, b)| &text[a..b])
        .filter(|c| !INDICATOR_TYPES.contains(c))
        .collect();
    let metric = phrase::clean_metric(&name);
    if metric.is_empty() {
        return;
    }
    let unit = row
        .iter()
        .zip(&kinds)
        .find(|(_, k)| **k == Content::Unit)
        .map_or("", |(&(a, b), _)| &text[a..b]);
    // The positional cells: from the first figure to the last, text between them
    // holding a column's place (统计口径调整,无同比数据).
    let placed: Vec<(Cell, Content)> = row
        .iter()
        .copied()
        .zip(kinds.iter().copied())
        .skip(first)
        .filter(|(_, k)| *k != Content::Unit)
        .collect();
    let Some(last) = placed
        .iter()
        .rposition(|(_, k)| matches!(k, Content::Figure | Content::Empty))
    else {
        return;
    };
    let placed = &placed[..=last];
    for (cell, role) in align(text, placed, columns) {
        let Some((is_target, metric)) = column_metric(role, &metric) else {
            continue;
        };
        let body = &text[cell.0..cell.1];
        let mut found: Vec<Quantity> = figures(body).collect();
        // A bare figure under a unit column: read with that unit, quoted as its cell.
        let probed = found.iter().all(|q| q.unit.is_empty()) && !unit.is_empty();
        if probed {
            found = super::figure(body, unit).into_iter().collect();
        }
        if !is_target {
            found.truncate(1);
        }
        for mut q in found {
            if is_target && !q.op_explicit && direction(&metric) == Direction::Lower {
                q.op = Op::Le;
            }
            let span = if probed {
                cell.0..cell.1
            } else {
                // The figure's own clause of the cell: "3150亿元左右,增长5%" holds two.
                let clause = body[..q.start].rfind([',', '，', '、']).map_or(0, |i| {
                    i + body[i..].chars().next().map_or(1, char::len_utf8)
                });
                cell.0 + clause..phrase::with_trailing_op(text, cell.0 + q.end).min(cell.1)
            };
            let mut item = Item::of(text, &q, span, metric.clone(), Some(serial));
            if item.quote.is_empty() {
                continue;
            }
            if is_target {
                grid.targets.push(item);
            } else {
                item.part_year = part_year;
                grid.actuals.push(item);
            }
        }
    }
}

/// Which column each positional cell fills. As many cells as columns: in order. More
/// cells: the first ones in order and the last in the last column (an extra note
/// between). Fewer: in order, a cell passing over a column it cannot be (a growth
/// column holds a percentage) so that the target column still gets its figure.
fn align(text: &str, placed: &[(Cell, Content)], columns: &[Role]) -> Vec<(Cell, Role)> {
    let (n, m) = (placed.len(), columns.len());
    if m == 0 {
        return Vec::new();
    }
    if n >= m {
        let mut out: Vec<(Cell, Role)> = placed[..m - 1]
            .iter()
            .zip(columns)
            .map(|((c, _), r)| (*c, *r))
            .collect();
        out.push((placed[n - 1].0, columns[m - 1]));
        return out;
    }
    let mut out = Vec::new();
    let mut r = 0;
    for (cell, kind) in placed {
        while r < m && *kind == Content::Figure && !fits(&text[cell.0..cell.1], columns[r]) {
            r += 1;
        }
        if r >= m {
            break;
        }
        out.push((*cell, columns[r]));
        r += 1;
    }
    out
}

fn fits(cell: &str, column: Role) -> bool {
    match column {
        Role::Growth(_) | Role::Ratio => figures(cell)
            .next()
            .is_some_and(|q| q.unit.is_empty() || q.unit == "%"),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_on_one_line_is_read_row_by_row() {
        let text = "表1 主要指标 序号 指标名称 单位 年度目标 完成数 \
                    1 区级财政收入 亿元 120 126.5 2 新增就业岗位 万个 3 2.8 \
                    下一步，我们将继续努力。";
        let grids = find(text, &[]);
        assert_eq!(grids.len(), 1);
        let g = &grids[0];
        let t: Vec<_> = g
            .targets
            .iter()
            .map(|i| (i.metric.as_str(), i.value))
            .collect();
        let a: Vec<_> = g
            .actuals
            .iter()
            .map(|i| (i.metric.as_str(), i.value))
            .collect();
        assert_eq!(
            t,
            [("区级财政收入", Some(120.0)), ("新增就业岗位", Some(3.0))]
        );
        assert_eq!(
            a,
            [("区级财政收入", Some(126.5)), ("新增就业岗位", Some(2.8))]
        );
        assert!(g.end < text.find("下一步").unwrap(), "prose ends the table");
    }

    #[test]
    fn a_two_row_header_puts_sub_columns_in_their_groups_place() {
        // 完成情况 spans 完成数 and 同比增长; 年度目标 stands after the group.
        let text = "序号 指标名称 完成情况 年度目标 完成数 同比增长 \
                    1 地区生产总值 1601.3亿元 1.1% 增长5%左右 \
                    2 一般公共预算收入 119.2亿元 -4.6% 增长3%";
        let g = &find(text, &[])[0];
        let t: Vec<_> = g
            .targets
            .iter()
            .map(|i| (i.metric.as_str(), i.value))
            .collect();
        assert_eq!(
            t,
            [("地区生产总值", Some(5.0)), ("一般公共预算收入", Some(3.0))]
        );
        let growth: Vec<_> = g
            .actuals
            .iter()
            .filter(|i| i.unit == "%")
            .map(|i| i.value)
            .collect();
        assert_eq!(growth, [Some(1.1), Some(-4.6)]);
    }

    #[test]
    fn spans_another_reader_took_are_left_alone() {
        let text = "序号 指标名称 年度目标 完成数 1 区级财政收入 120亿元 126.5亿元";
        assert_eq!(find(text, &[(0, text.len())]).len(), 0);
        assert_eq!(find(text, &[]).len(), 1);
    }
}
