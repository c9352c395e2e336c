//! `report --format text`: per plan a header, then its goal tree with aligned target rows,
//! and across plans the issuer × year matrix.

use super::figure;
use super::matrix::Matrix;
use super::paint::{verdict_label, Paint};
use super::select::{select_plan, Filter, GoalView, PlanView, TargetView};
use super::width::align;
use super::Options;
use crate::judge::Counts;
use crate::model::Plan;
use std::path::{Path, PathBuf};

pub fn render(plans: &[(PathBuf, Plan)], opts: &Options) -> String {
    let mut report = Stream::new(opts);
    let mut out = String::new();
    for (file, plan) in plans {
        report.plan(&mut out, file, plan);
    }
    report.finish(&mut out);
    out
}

/// The text report built one plan at a time: a caller can load, render and drop each
/// plan in turn, so a portfolio of any size is never held in memory at once. Only each
/// issuer and year's counts are kept, for the closing totals and matrix.
pub struct Stream {
    paint: Paint,
    filter: Filter,
    plans: usize,
    totals: Counts,
    matrix: Matrix,
}

impl Stream {
    pub fn new(opts: &Options) -> Stream {
        Stream {
            paint: Paint { on: opts.color },
            filter: opts.filter.clone(),
            plans: 0,
            totals: Counts::default(),
            matrix: Matrix::default(),
        }
    }

    /// Appends `plan`'s section to `out`, or nothing when the filter drops the plan.
    pub fn plan(&mut self, out: &mut String, file: &Path, plan: &Plan) {
        if let Some(v) = select_plan(file, plan, &self.filter) {
            self.plans += 1;
            self.totals.merge(v.counts);
            self.matrix
                .add(&v.plan.meta.issuer, v.plan.meta.year, v.counts);
            self::plan(out, &v, self.paint);
            out.push('\n');
        }
    }

    /// Whether any listed target so far is missed (for `--fail-on missed`).
    pub fn any_missed(&self) -> bool {
        self.totals.missed > 0
    }

    /// Appends the closing lines: totals and the issuer × year matrix across plans.
    pub fn finish(&self, out: &mut String) {
        if self.plans == 0 {
            out.push_str("no plan matches\n");
            return;
        }
        if self.plans > 1 {
            out.push_str(&self.paint.bold(&format!(
                "All {} plans: {}",
                self.plans,
                summary_line(self.totals)
            )));
            out.push_str("\n\n");
            for l in self.matrix.text() {
                out.push_str(&l);
                out.push('\n');
            }
        }
    }
}

/// "✗ 5/5 measured · 5 targets: 4 ✓ met · 1 ✗ missed · 0 ? unmeasured · 80% met"
pub fn summary_line(c: Counts) -> String {
    format!(
        "{} · {} targets: {} ✓ met · {} ✗ missed · {} ? unmeasured · {:.0}% met",
        c.rollup_label(),
        c.total(),
        c.met,
        c.missed,
        c.unmeasured,
        c.share_met() * 100.0
    )
}

fn plan(out: &mut String, v: &PlanView, paint: Paint) {
    let m = &v.plan.meta;
    let title = if m.title.is_empty() {
        "(untitled plan)"
    } else {
        &m.title
    };
    out.push_str(&paint.bold(title));
    out.push('\n');
    out.push_str(&format!(
        "{} · {} · {}\n",
        m.issuer,
        m.year,
        v.file.display()
    ));
    out.push_str(&format!(
        "summary: {}\n",
        m.summary.as_deref().unwrap_or("none linked")
    ));
    out.push_str(&summary_line(v.counts));
    out.push_str("\n\n");

    // Target rows of all goals share one alignment, so columns line up down the plan.
    let rows: Vec<Vec<String>> = v
        .goals
        .iter()
        .flat_map(|g| g.targets.iter().map(move |t| row(g, t)))
        .collect();
    let mut aligned = align(&rows).into_iter();
    for g in &v.goals {
        out.push_str(&goal_header(g, paint));
        out.push('\n');
        for t in &g.targets {
            let line = aligned.next().unwrap_or_default();
            let verdict = t.judgement.verdict;
            let label = verdict_label(verdict);
            out.push_str(&line.replacen(&label, &paint.verdict(verdict, &label), 1));
            out.push('\n');
        }
    }
}

fn indent(g: &GoalView) -> String {
    "  ".repeat(g.goal.depth())
}

fn goal_header(g: &GoalView, paint: Paint) -> String {
    let name = match (g.goal.id.is_empty(), g.goal.title.is_empty()) {
        (true, true) => "(before the first heading)".to_string(),
        (true, false) => g.goal.title.clone(),
        (false, _) => format!("{} {}", g.goal.id, g.goal.title),
    };
    let status = format!("[{}]", g.rollup.rollup_label());
    format!(
        "{}{}  {}",
        indent(g),
        paint.bold(&name),
        paint.verdict(g.status, &status)
    )
}

fn row(g: &GoalView, tv: &TargetView) -> Vec<String> {
    let t = tv.target;
    let note = t.manual.as_ref().map(|m| m.note.as_str()).unwrap_or("");
    let manual = match (tv.judgement.manual, note.is_empty()) {
        (true, true) => "✎ manual".to_string(),
        (true, false) => format!("✎ manual: {note}"),
        (false, false) => format!("note: {note}"),
        (false, true) => String::new(),
    };
    vec![
        format!("{}  {}", indent(g), verdict_label(tv.judgement.verdict)),
        t.metric.clone(),
        figure::target(t),
        figure::actual(t.actual.as_ref()),
        manual,
    ]
}
