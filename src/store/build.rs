//! Model -> TOML tables, in the stable order a new plan file is written in:
//! [plan], then each [[goal]] followed by its [[goal.target]] and [goal.target.actual].

use crate::model::{Actual, Goal, Manual, Plan, PlanMeta, Target};
use toml_edit::{DocumentMut, InlineTable, Item, Table, Value};

const HEADER: &str = "\
# plantrack plan file: one issuer, one plan year. Edit freely; plantrack keeps
# comments, order and hand edits. A target's `status` and `note` are a reviewer's
# verdict and win over the computed one; [goal.target.actual] is written by
# `plantrack link` (set source = \"manual\" to keep an actual of your own).
";

/// The text a new plan file gets.
pub(crate) fn render_plan(plan: &Plan) -> String {
    let mut doc = DocumentMut::new();
    let mut meta = meta_table(&plan.meta);
    meta.decor_mut().set_prefix(format!("{HEADER}\n"));
    doc.insert("plan", Item::Table(meta));
    let mut goals = toml_edit::ArrayOfTables::new();
    for g in &plan.goals {
        goals.push(goal_table(g));
    }
    if !goals.is_empty() {
        doc.insert("goal", Item::ArrayOfTables(goals));
    }
    doc.to_string()
}

/// A string item; see [`text_value`].
fn text(s: &str) -> Item {
    Item::Value(text_value(s))
}

/// A string value in which characters a reader cannot see (no-break and zero-width
/// spaces, controls) are written as `\uXXXX`, so a hand edit does not lose them.
pub(crate) fn text_value(s: &str) -> Value {
    if !s.chars().any(invisible) {
        return Value::from(s);
    }
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if invisible(c) => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out.parse().unwrap_or_else(|_| Value::from(s))
}

fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{a0}' | '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// A figure as the file shows it: whole numbers without a trailing `.0`.
pub(crate) fn number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9e15 {
        Value::from(n as i64)
    } else {
        Value::from(n)
    }
}

pub(crate) fn meta_table(m: &PlanMeta) -> Table {
    let mut t = Table::new();
    t.insert("title", text(&m.title));
    t.insert("issuer", text(&m.issuer));
    t.insert("year", Item::Value(Value::from(i64::from(m.year))));
    let optional = [
        ("source", &m.source),
        ("summary", &m.summary),
        ("source_url", &m.source_url),
        ("doc_number", &m.doc_number),
    ];
    for (key, v) in optional {
        if let Some(v) = v {
            t.insert(key, text(v));
        }
    }
    if let Some(p) = &m.published {
        // A real TOML date when it is one, so editors and other tools read it as a date.
        let v = match p.parse::<toml_edit::Datetime>() {
            Ok(d) if d.time.is_none() => Value::from(d),
            _ => text_value(p),
        };
        t.insert("published", Item::Value(v));
    }
    t
}

pub(crate) fn goal_table(g: &Goal) -> Table {
    let mut t = Table::new();
    t.insert("id", text(&g.id));
    t.insert("title", text(&g.title));
    if !g.text.is_empty() {
        t.insert("text", text(&g.text));
    }
    if !g.targets.is_empty() {
        let mut targets = toml_edit::ArrayOfTables::new();
        for x in &g.targets {
            targets.push(target_table(x));
        }
        t.insert("target", Item::ArrayOfTables(targets));
    }
    t
}

pub(crate) fn target_table(x: &Target) -> Table {
    let mut t = Table::new();
    t.insert("metric", text(&x.metric));
    t.insert("op", text(x.op.as_str()));
    for (key, n) in [("value", x.value), ("min", x.min), ("max", x.max)] {
        if let Some(n) = n {
            t.insert(key, Item::Value(number(n)));
        }
    }
    t.insert("unit", text(&x.unit));
    t.insert("quote", text(&x.quote));
    if let Some(m) = &x.manual {
        for (key, v) in manual_values(m) {
            t.insert(key, Item::Value(v));
        }
    }
    if let Some(a) = &x.actual {
        t.insert("actual", Item::Table(actual_table(a)));
    }
    t
}

/// The target keys a manual verdict sets: `status` and `note`, each only when given.
pub(crate) fn manual_values(m: &Manual) -> Vec<(&'static str, Value)> {
    let mut out = Vec::new();
    if let Some(s) = m.status {
        out.push(("status", Value::from(s.as_str())));
    }
    if !m.note.is_empty() {
        out.push(("note", text_value(&m.note)));
    }
    out
}

/// The keys of an actual, in file order.
pub(crate) fn actual_values(a: &Actual) -> Vec<(&'static str, Value)> {
    let mut out = vec![
        ("value", number(a.value)),
        ("unit", text_value(&a.unit)),
        ("quote", text_value(&a.quote)),
    ];
    if !a.metric.is_empty() {
        out.push(("metric", text_value(&a.metric)));
    }
    out.push(("source", text_value(&a.source)));
    if a.more {
        out.push(("more", Value::from(true)));
    }
    if a.score.is_some() || a.reason.is_some() {
        let mut m = InlineTable::new();
        if let Some(s) = a.score {
            m.insert("score", number(s));
        }
        if let Some(r) = &a.reason {
            m.insert("reason", text_value(r));
        }
        out.push(("match", Value::InlineTable(m)));
    }
    out
}

pub(crate) fn actual_table(a: &Actual) -> Table {
    let mut t = Table::new();
    for (key, v) in actual_values(a) {
        t.insert(key, Item::Value(v));
    }
    t
}
