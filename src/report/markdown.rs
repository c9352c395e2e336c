//! `report --format markdown`: per plan a heading, a summary line and one table of
//! targets with both quotes; across plans the issuer × year matrix.

use super::figure;
use super::matrix::Matrix;
use super::paint::verdict_label;
use super::select::{select, total_counts, PlanView};
use super::text::summary_line;
use super::Options;
use crate::model::Plan;
use std::path::PathBuf;

const COLUMNS: &[&str] = &[
    "goal",
    "metric",
    "target",
    "actual",
    "verdict",
    "manual",
    "target quote",
    "actual quote",
];

pub fn render(plans: &[(PathBuf, Plan)], opts: &Options) -> String {
    let views = select(plans, &opts.filter);
    let mut out = String::from("# Plan status\n\n");
    if views.is_empty() {
        out.push_str("No plan matches.\n");
        return out;
    }
    out.push_str(&format!("{}\n\n", summary_line(total_counts(&views))));
    for v in &views {
        plan(&mut out, v);
    }
    if views.len() > 1 {
        out.push_str("## Issuer × year\n\n");
        out.push_str(&Matrix::build(&views).markdown());
    }
    out
}

fn plan(out: &mut String, v: &PlanView) {
    let m = &v.plan.meta;
    out.push_str(&format!(
        "## {} {} · {}\n\n",
        m.issuer,
        m.year,
        cell(&m.title)
    ));
    out.push_str(&format!("- file: `{}`\n", v.file.display()));
    out.push_str(&format!(
        "- summary: {}\n",
        m.summary
            .as_deref()
            .map(cell)
            .unwrap_or("none linked".into())
    ));
    out.push_str(&format!("- {}\n\n", summary_line(v.counts)));
    if v.counts.total() == 0 {
        out.push_str("No targets.\n\n");
        return;
    }
    out.push_str(&format!("| {} |\n", COLUMNS.join(" | ")));
    out.push_str(&format!("|{}\n", " --- |".repeat(COLUMNS.len())));
    for (g, tv) in v.targets() {
        let t = tv.target;
        let note = t.manual.as_ref().map(|m| m.note.as_str()).unwrap_or("");
        let manual = if tv.judgement.manual {
            format!("✎ {note}")
        } else {
            note.to_string()
        };
        let cells = [
            format!("{} {}", g.goal.id, g.goal.title),
            t.metric.clone(),
            figure::target(t),
            figure::actual(t.actual.as_ref()),
            verdict_label(tv.judgement.verdict),
            manual,
            t.quote.clone(),
            t.actual
                .as_ref()
                .map(|a| a.quote.clone())
                .unwrap_or_default(),
        ];
        let cells: Vec<String> = cells.iter().map(|c| cell(c.trim())).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push('\n');
}

/// Text safe inside a table cell: pipes escaped, line breaks as <br>.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace('\n', "<br>")
}
