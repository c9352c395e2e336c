//! In-place edits of a parsed plan file (toml_edit keeps every comment, blank line
//! and key order the edit does not touch). Each edit is a no-op when the file
//! already says the same thing, so re-runs leave the file byte-identical.

use super::build::{actual_values, goal_table, manual_values, meta_table, target_table};
use super::schema::MANUAL_SOURCE;
use super::TargetRef;
use crate::model::{Actual, Manual, Plan, Target};
use std::collections::HashMap;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, TableLike, Value};

/// Why an edit could not be applied.
pub(crate) type EditError = String;

/// Bring `plan` into the file without changing anything already there: missing
/// [plan] keys, goals and targets are added (new goals after their predecessor in
/// `plan`), tool-written actuals are refreshed; titles, texts, targets, manual
/// verdicts and hand-written actuals already in the file stay as they are.
pub(crate) fn merge_plan(doc: &mut DocumentMut, plan: &Plan) {
    let root = doc.as_table_mut();
    match root.get_mut("plan").and_then(Item::as_table_mut) {
        Some(existing) => {
            for (key, item) in meta_table(&plan.meta).iter() {
                if !existing.contains_key(key) {
                    existing.insert(key, item.clone());
                }
            }
        }
        None => {
            root.insert("plan", Item::Table(meta_table(&plan.meta)));
        }
    }
    if plan.goals.is_empty() {
        return;
    }
    let goals = root
        .entry("goal")
        .or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new()));
    let Some(goals) = goals.as_array_of_tables_mut() else {
        return;
    };
    // The first goal with an id wins, as in `find_target`.
    let mut index: HashMap<String, usize> = HashMap::new();
    for (i, t) in goals.iter().enumerate() {
        if let Some(id) = t.get("id").and_then(Item::as_str) {
            index.entry(id.to_string()).or_insert(i);
        }
    }
    // New goals are placed after the last goal (of `plan`'s order) already in the file.
    let mut inserted: Vec<(Option<usize>, Table)> = Vec::new();
    let mut anchor = None;
    for g in &plan.goals {
        match index.get(&g.id) {
            Some(&i) => {
                anchor = Some(i);
                if let Some(t) = goals.get_mut(i) {
                    merge_goal(t, g);
                }
            }
            None => inserted.push((anchor, goal_table(g))),
        }
    }
    if inserted.is_empty() {
        return;
    }
    let old: Vec<Table> = goals.iter().cloned().collect();
    goals.clear();
    let push_after = |at: Option<usize>, goals: &mut ArrayOfTables| {
        for (_, t) in inserted.iter().filter(|(a, _)| *a == at) {
            goals.push(t.clone());
        }
    };
    push_after(None, goals);
    for (i, t) in old.into_iter().enumerate() {
        goals.push(t);
        push_after(Some(i), goals);
    }
}

fn merge_goal(t: &mut Table, g: &crate::model::Goal) {
    for (key, v) in [("title", &g.title), ("text", &g.text)] {
        if !v.is_empty() && !t.contains_key(key) {
            t.insert(key, toml_edit::value(v));
        }
    }
    if g.targets.is_empty() {
        return;
    }
    let targets = t
        .entry("target")
        .or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new()));
    let Some(targets) = targets.as_array_of_tables_mut() else {
        return;
    };
    let mut existing: HashMap<(String, usize), usize> = HashMap::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, table) in targets.iter().enumerate() {
        let key = target_key(table);
        let n = seen.entry(key.clone()).or_default();
        existing.insert((key, *n), i);
        *n += 1;
    }
    let mut wanted: HashMap<String, usize> = HashMap::new();
    let mut matched: Vec<bool> = vec![false; targets.len()];
    let exact: Vec<Option<usize>> = g
        .targets
        .iter()
        .map(|x| {
            let key = model_target_key(x);
            let n = wanted.entry(key.clone()).or_default();
            let found = existing.get(&(key, *n)).copied();
            *n += 1;
            if let Some(i) = found {
                matched[i] = true;
            }
            found
        })
        .collect();
    for (x, found) in g.targets.iter().zip(exact) {
        // A newer reading may quote more or less of the same sentence around the same
        // figure ("加快推进全区12个街道" -> "…12个街道(镇)社区事务受理系统建设"): it is the
        // target already in the file, hand edits and verdict included.
        let found = found.or_else(|| {
            let i = (0..targets.len()).find(|&i| {
                !matched[i] && targets.get(i).is_some_and(|t| same_figure_requoted(t, x))
            })?;
            matched[i] = true;
            Some(i)
        });
        match found.and_then(|i| targets.get_mut(i)) {
            Some(table) => {
                if let Some(a) = &x.actual {
                    apply_actual(table, Some(a));
                }
            }
            None => targets.push(target_table(x)),
        }
    }
}

/// A target is known by its quote (an exact substring of the source, stable across
/// re-imports and untouched by hand edits of the metric); without one, by its metric.
fn target_key(t: &Table) -> String {
    let s = |k: &str| t.get(k).and_then(Item::as_str).unwrap_or("").to_string();
    match s("quote") {
        q if !q.is_empty() => q,
        _ => format!("\u{0}{}", s("metric")),
    }
}

/// Whether a target in the file and a newly read one are the same figure quoted
/// differently: one quote holds the other, and the numbers agree.
fn same_figure_requoted(t: &Table, x: &Target) -> bool {
    let quote = t.get("quote").and_then(Item::as_str).unwrap_or("");
    let number = |k: &str| {
        t.get(k)
            .and_then(|v| v.as_float().or_else(|| v.as_integer().map(|n| n as f64)))
    };
    !quote.is_empty()
        && !x.quote.is_empty()
        && (quote.contains(x.quote.as_str()) || x.quote.contains(quote))
        && number("value") == x.value
        && number("min") == x.min
        && number("max") == x.max
}

fn model_target_key(x: &Target) -> String {
    if x.quote.is_empty() {
        format!("\u{0}{}", x.metric)
    } else {
        x.quote.clone()
    }
}

fn find_target<'a>(doc: &'a mut DocumentMut, r: &TargetRef) -> Result<&'a mut Table, EditError> {
    let goal = doc
        .get_mut("goal")
        .and_then(Item::as_array_of_tables_mut)
        .and_then(|gs| {
            gs.iter_mut()
                .find(|g| g.get("id").and_then(Item::as_str) == Some(&r.goal))
        })
        .ok_or_else(|| format!("no goal with id `{}`", r.goal))?;
    goal.get_mut("target")
        .and_then(Item::as_array_of_tables_mut)
        .and_then(|ts| ts.get_mut(r.index))
        .ok_or_else(|| format!("goal `{}` has no target #{}", r.goal, r.index + 1))
}

/// Set or clear a reviewer's verdict on a target.
pub(crate) fn set_manual(
    doc: &mut DocumentMut,
    r: &TargetRef,
    manual: Option<&Manual>,
) -> Result<(), EditError> {
    let t = find_target(doc, r)?;
    let values = manual.map(manual_values).unwrap_or_default();
    for key in ["status", "note"] {
        match values.iter().find(|(k, _)| *k == key) {
            Some((_, v)) => set_value(t, key, v.clone()),
            None => {
                t.remove(key);
            }
        }
    }
    Ok(())
}

/// Write, replace or (None) clear the tool-written actual of each target. Every
/// reference is checked before anything changes, so a bad one leaves the file as it was.
pub(crate) fn write_actuals(
    doc: &mut DocumentMut,
    actuals: &[(TargetRef, Option<Actual>)],
) -> Result<(), EditError> {
    for (r, _) in actuals {
        find_target(doc, r)?;
    }
    for (r, a) in actuals {
        apply_actual(find_target(doc, r)?, a.as_ref());
    }
    Ok(())
}

/// Whether a target's actual was written by a reviewer (and so is never replaced).
fn is_manual_actual(t: &Table) -> bool {
    t.get("actual")
        .and_then(Item::as_table_like)
        .and_then(|a| a.get("source"))
        .and_then(Item::as_str)
        == Some(MANUAL_SOURCE)
}

fn apply_actual(target: &mut Table, actual: Option<&Actual>) {
    if is_manual_actual(target) {
        return;
    }
    let Some(a) = actual else {
        target.remove("actual");
        return;
    };
    let values = actual_values(a);
    match target.get_mut("actual").and_then(Item::as_table_like_mut) {
        Some(existing) => {
            let stale: Vec<String> = existing
                .iter()
                .map(|(k, _)| k.to_string())
                .filter(|k| !values.iter().any(|(v, _)| v == k))
                .collect();
            for k in stale {
                existing.remove(&k);
            }
            for (key, v) in values {
                set_value(existing, key, v);
            }
        }
        None => {
            let mut t = Table::new();
            for (key, v) in values {
                t.insert(key, Item::Value(v));
            }
            target.insert("actual", Item::Table(t));
        }
    }
}

/// Set `key` unless it already holds the same value; a replaced value keeps its
/// surrounding whitespace and trailing comment.
fn set_value(t: &mut dyn TableLike, key: &str, new: Value) {
    match t.get_mut(key) {
        Some(Item::Value(old)) if same(old, &new) => {}
        Some(Item::Value(old)) => {
            let decor = old.decor().clone();
            *old = new;
            *old.decor_mut() = decor;
        }
        Some(other) => *other = Item::Value(new),
        None => {
            t.insert(key, Item::Value(new));
        }
    }
}

/// Equal as data (8 and 8.0 are the same figure; formatting does not count).
fn same(a: &Value, b: &Value) -> bool {
    let num = |v: &Value| match v {
        Value::Integer(i) => Some(*i.value() as f64),
        Value::Float(f) => Some(*f.value()),
        _ => None,
    };
    match (a, b) {
        (Value::String(x), Value::String(y)) => x.value() == y.value(),
        (Value::Boolean(x), Value::Boolean(y)) => x.value() == y.value(),
        (Value::Datetime(x), Value::Datetime(y)) => x.value() == y.value(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same(p, q))
        }
        (Value::InlineTable(x), Value::InlineTable(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => matches!((num(a), num(b)), (Some(x), Some(y)) if x == y),
    }
}
