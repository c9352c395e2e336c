//! The rows shown, with the filter and folds as they are, as markdown or CSV: what a
//! reviewer sees is what goes into the memo.

use super::app::App;
use super::label::{counts_label, label, plain};
use super::row::RowKind;
use crate::report::csv::field;

/// File names the exports are written to, in the working directory.
pub const MARKDOWN_FILE: &str = "plantrack-view.md";
pub const CSV_FILE: &str = "plantrack-view.csv";

pub const CSV_HEADER: &[&str] = &[
    "plan", "depth", "kind", "status", "text", "measured", "quote", "note",
];

/// The quote and the manual note of a target row.
fn quote_and_note(app: &App, kind: RowKind, plan: usize) -> (String, String) {
    match kind {
        RowKind::Target(g, t) => {
            let t = &app.plans[plan].plan.goals[g].targets[t];
            let note = t
                .manual
                .as_ref()
                .map(|m| m.note.clone())
                .unwrap_or_default();
            (t.quote.clone(), note)
        }
        _ => (String::new(), String::new()),
    }
}

fn kind_word(kind: RowKind) -> &'static str {
    match kind {
        RowKind::Plan => "plan",
        RowKind::Error => "error",
        RowKind::Warning(_) => "warning",
        RowKind::Goal(_) => "goal",
        RowKind::Target(..) => "target",
    }
}

/// One record per row shown, under a header.
pub fn csv(app: &App) -> String {
    let mut out = String::new();
    let mut record = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    record(CSV_HEADER.iter().map(|h| h.to_string()).collect());
    for row in &app.rows {
        let l = label(&app.plans, row);
        let (quote, note) = quote_and_note(app, row.kind, row.plan);
        record(vec![
            app.plans[row.plan].label(),
            row.depth.to_string(),
            kind_word(row.kind).into(),
            l.mark.word().into(),
            l.text,
            l.counts
                .map(|c| format!("{}/{}", c.measured(), c.total()))
                .unwrap_or_default(),
            quote,
            note,
        ]);
    }
    out
}

/// Text that reads as itself in markdown: one line, emphasis, code and links escaped.
/// `<` and `>` stay: in plan rows they stand before figures ("<= 4.5%"), opening no tag.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\r' | '\n' => out.push(' '),
            '\\' | '*' | '_' | '`' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The rows as a nested list, the tree as it is on screen.
pub fn markdown(app: &App) -> String {
    let total = app.total();
    let mut out = format!(
        "# plantrack view\n\nfilter: {} · sort: {} · {} · {}\n\n",
        app.filter.label(),
        app.sort.label(),
        total.rollup_label(),
        counts_label(&total)
    );
    for row in &app.rows {
        out.push_str(&"  ".repeat(row.depth as usize));
        out.push_str("- ");
        out.push_str(&md(&plain(&app.plans, row)));
        let (quote, note) = quote_and_note(app, row.kind, row.plan);
        if !quote.is_empty() {
            out.push_str(&format!(" — “{}”", md(&quote)));
        }
        if !note.is_empty() {
            out.push_str(&format!(" (note: {})", md(&note)));
        }
        out.push('\n');
    }
    out
}
