//! The stable JSON shape of `report --format json` (documented in docs/report-format.md).

use super::select::{select, total_counts, GoalView, PlanView, TargetView};
use super::Options;
use crate::judge::Counts;
use crate::model::{Plan, Target};
use serde_json::{json, Value};
use std::path::PathBuf;

pub fn render(plans: &[(PathBuf, Plan)], opts: &Options) -> Value {
    let views = select(plans, &opts.filter);
    json!({
        "counts": counts(total_counts(&views)),
        "plans": views.iter().map(plan).collect::<Vec<_>>(),
    })
}

pub fn counts(c: Counts) -> Value {
    json!({"met": c.met, "missed": c.missed, "unmeasured": c.unmeasured})
}

fn plan(v: &PlanView) -> Value {
    let m = &v.plan.meta;
    json!({
        "file": v.file.to_string_lossy(),
        "title": m.title,
        "issuer": m.issuer,
        "year": m.year,
        "counts": counts(v.counts),
        "goals": v.goals.iter().map(goal).collect::<Vec<_>>(),
    })
}

fn goal(g: &GoalView) -> Value {
    json!({
        "id": g.goal.id,
        "title": g.goal.title,
        "status": g.status,
        "targets": g.targets.iter().map(target).collect::<Vec<_>>(),
    })
}

fn target(tv: &TargetView) -> Value {
    let t = tv.target;
    let note = t
        .manual
        .as_ref()
        .map(|m| m.note.as_str())
        .filter(|n| !n.is_empty());
    let mut v = figures(t);
    let extra = json!({
        "quote": t.quote,
        "status": tv.judgement.verdict,
        "manual": tv.judgement.manual,
        "note": note,
        "actual": t.actual.as_ref().map(|a| json!({
            "value": number(a.value),
            "unit": a.unit,
            "quote": a.quote,
            "source": a.source,
        })),
    });
    if let (Value::Object(m), Value::Object(e)) = (&mut v, extra) {
        m.extend(e);
    }
    v
}

/// A target's metric and promise: the fields `report` and `diff` share.
pub fn figures(t: &Target) -> Value {
    json!({
        "metric": t.metric,
        "op": t.op,
        "value": t.value.map(number),
        "min": t.min.map(number),
        "max": t.max.map(number),
        "unit": t.unit,
    })
}

/// Whole numbers as JSON integers (8, not 8.0), so scripts compare them as written.
pub fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}
