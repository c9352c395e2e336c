//! What a row says: its mark, its text and its counts. The screen, the clipboard and
//! the exports of the view all read rows through here, so they say the same.

use super::index::PlanView;
use super::row::{Row, RowKind};
use super::text::num;
use crate::judge::{Counts, Rollup};
use crate::model::{Op, Target, Verdict};

/// The manual-verdict marker (a neutral-width character).
pub const MANUAL_MARK: &str = "✎";

/// The mark at the head of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// A plan's or goal's roll-up.
    Rollup(Rollup),
    /// A target's verdict.
    Verdict(Verdict),
    Error,
    Warning,
}

impl Mark {
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Rollup(r) => r.mark(),
            Mark::Verdict(v) => v.mark(),
            Mark::Error | Mark::Warning => "!",
        }
    }

    /// "met", "partly measured", "error".
    pub fn word(self) -> &'static str {
        match self {
            Mark::Rollup(r) => r.as_str(),
            Mark::Verdict(v) => v.as_str(),
            Mark::Error => "error",
            Mark::Warning => "warning",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub mark: Mark,
    /// A reviewer's verdict decided a target's mark.
    pub manual: bool,
    pub text: String,
    /// A plan's or goal's counts, shown at the right.
    pub counts: Option<Counts>,
}

/// "4/6 ✓3 ✗1 ?2": how many targets are measured, then each verdict's count.
pub fn counts_label(c: &Counts) -> String {
    format!(
        "{}/{} ✓{} ✗{} ?{}",
        c.measured(),
        c.total(),
        c.met,
        c.missed,
        c.unmeasured
    )
}

/// ">= 8家", "20-25家", "~5%" for a target.
pub fn figure(t: &Target) -> String {
    let v = |x: Option<f64>| x.map(num).unwrap_or_else(|| "?".into());
    match t.op {
        Op::Range => format!("{}-{}{}", v(t.min), v(t.max), t.unit),
        Op::Approx => format!("~{}{}", v(t.threshold()), t.unit),
        op => format!("{} {}{}", op, v(t.threshold()), t.unit),
    }
}

pub fn label(plans: &[PlanView], row: &Row) -> Label {
    let p = &plans[row.plan];
    let plain = |mark, text| Label {
        mark,
        manual: false,
        text,
        counts: None,
    };
    match row.kind {
        RowKind::Plan => Label {
            mark: Mark::Rollup(p.total.rollup()),
            manual: false,
            text: match &p.error {
                Some(_) => format!("{} (not loaded)", p.label()),
                None => format!("{}  {}", p.label(), p.plan.meta.title),
            },
            counts: Some(p.total),
        },
        RowKind::Error => plain(
            Mark::Error,
            format!("could not load: {}", p.error.as_deref().unwrap_or("")),
        ),
        RowKind::Warning(w) => plain(Mark::Warning, format!("warning: {}", p.warnings[w])),
        RowKind::Goal(g) => Label {
            mark: Mark::Rollup(p.counts[g].rollup()),
            manual: false,
            text: p.goal_label(g),
            counts: Some(p.counts[g]),
        },
        RowKind::Target(g, i) => {
            let target = &p.plan.goals[g].targets[i];
            let j = &p.judgements[g][i];
            let mut text = format!("{} {}", target.metric, figure(target));
            if let Some(a) = &target.actual {
                text.push_str(&format!(" | {}{}", num(a.value), a.unit));
            }
            Label {
                mark: Mark::Verdict(j.verdict),
                manual: j.manual,
                text,
                counts: None,
            }
        }
    }
}

/// The row as one line of plain text: "◒ 国务院 2016  title  2/5 ✓2 ✗0 ?3".
pub fn plain(plans: &[PlanView], row: &Row) -> String {
    let l = label(plans, row);
    let manual = if l.manual { MANUAL_MARK } else { "" };
    let mut out = format!("{}{manual} {}", l.mark.symbol(), l.text);
    if let Some(c) = l.counts {
        out.push_str("  ");
        out.push_str(&counts_label(&c));
    }
    out
}
