//! Display width: CJK characters take two terminal columns, so padding counts columns, not chars.

use unicode_width::UnicodeWidthStr;

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` followed by spaces up to `w` columns.
pub fn pad(s: &str, w: usize) -> String {
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(' ', w.saturating_sub(width(s))));
    out
}

/// The widest cell of each column.
pub fn column_widths(rows: &[Vec<String>]) -> Vec<usize> {
    let mut widths = Vec::new();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if widths.len() <= i {
                widths.push(0);
            }
            widths[i] = widths[i].max(width(cell));
        }
    }
    widths
}

/// Rows with every column padded to its widest cell, two spaces apart, trailing blanks trimmed.
pub fn align(rows: &[Vec<String>]) -> Vec<String> {
    let widths = column_widths(rows);
    rows.iter()
        .map(|row| {
            let cells: Vec<String> = row.iter().zip(&widths).map(|(c, w)| pad(c, *w)).collect();
            cells.join("  ").trim_end().to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_counts_two_columns() {
        assert_eq!(width("新增孵化器"), 10);
        assert_eq!(width("8家"), 3);
        assert_eq!(pad("孵化器", 8), "孵化器  ");
    }

    #[test]
    fn align_lines_up_mixed_scripts() {
        let rows = vec![
            vec!["新增孵化器".to_string(), "8家".to_string()],
            vec!["GDP".to_string(), "5%".to_string()],
        ];
        let lines = align(&rows);
        let col = |l: &str, needle: &str| width(&l[..l.find(needle).unwrap()]);
        assert_eq!(col(&lines[0], "8家"), col(&lines[1], "5%"));
    }
}
