//! `diff` as aligned text or JSON.

use super::{Change, Entry};
use crate::model::{Plan, Target};
use crate::report::figure;
use crate::report::json::{figures, number};
use crate::report::paint::Paint;
use crate::report::width::align;
use serde_json::{json, Value};
use std::path::Path;

pub fn render_text(a: (&Path, &Plan), b: (&Path, &Plan), entries: &[Entry], color: bool) -> String {
    let paint = Paint { on: color };
    let (ma, mb) = (&a.1.meta, &b.1.meta);
    let mut out = paint.bold(&format!(
        "{} {} → {} {}",
        ma.issuer, ma.year, mb.issuer, mb.year
    ));
    out.push_str(&format!("\n{} → {}\n", a.0.display(), b.0.display()));
    let count = |c: Change| entries.iter().filter(|e| e.change == c).count();
    let tally: Vec<String> = Change::ALL
        .iter()
        .map(|c| format!("{} {}", count(*c), c.heading()))
        .collect();
    out.push_str(&tally.join(" · "));
    out.push('\n');
    for c in Change::ALL {
        let group: Vec<&Entry> = entries.iter().filter(|e| e.change == c).collect();
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "\n{}\n",
            paint.bold(&format!("{} ({})", c.heading(), group.len()))
        ));
        let rows: Vec<Vec<String>> = group.iter().map(|e| row(e)).collect();
        for l in align(&rows) {
            out.push_str(&l);
            out.push('\n');
        }
    }
    out
}

fn row(e: &Entry) -> Vec<String> {
    let shown = |t: Option<&Target>| t.map(figure::target).unwrap_or_else(|| "—".into());
    let metric = e
        .after
        .or(e.before)
        .map(|t| t.metric.clone())
        .unwrap_or_default();
    let was = match (e.before, e.after) {
        (Some(x), Some(y)) if x.metric != y.metric => format!("(was {})", x.metric),
        _ => String::new(),
    };
    vec![
        format!("  {metric}"),
        shown(e.before),
        "→".into(),
        shown(e.after),
        was,
    ]
}

pub fn render_json(a: (&Path, &Plan), b: (&Path, &Plan), entries: &[Entry]) -> Value {
    let side = |(file, plan): (&Path, &Plan)| {
        json!({
            "file": file.to_string_lossy(),
            "title": plan.meta.title,
            "issuer": plan.meta.issuer,
            "year": plan.meta.year,
        })
    };
    let target = |t: Option<&Target>| {
        t.map(|t| {
            let mut v = figures(t);
            if let Value::Object(m) = &mut v {
                m.insert("quote".into(), json!(t.quote));
            }
            v
        })
    };
    let counts: serde_json::Map<String, Value> = Change::ALL
        .iter()
        .map(|c| {
            let n = entries.iter().filter(|e| e.change == *c).count();
            (c.as_str().to_string(), json!(n))
        })
        .collect();
    json!({
        "a": side(a),
        "b": side(b),
        "counts": counts,
        "changes": entries.iter().map(|e| json!({
            "change": e.change.as_str(),
            "metric": e.after.or(e.before).map(|t| t.metric.as_str()),
            "similarity": (e.before.is_some() && e.after.is_some()).then(|| number((e.similarity * 100.0).round() / 100.0)),
            "before": target(e.before),
            "after": target(e.after),
        })).collect::<Vec<_>>(),
    })
}
