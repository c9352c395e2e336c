//! Plan file text -> `Plan`, collecting every problem with its location instead of
//! stopping at the first, so `check` can list them all.

use super::location::Locator;
use super::paths::resolve_source;
use super::schema::{self, type_name, unknown_key};
use crate::error::Error;
use crate::model::{parent_id, Actual, Goal, Manual, Op, Plan, PlanMeta, Target, Verdict};
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;
use toml_edit::{ImDocument, Item, Table, TableLike, Value};

/// What reading a plan file's text found.
pub(crate) struct Parsed {
    pub plan: Plan,
    /// Syntax and schema problems: the file cannot be trusted while any remain.
    pub errors: Vec<Error>,
    /// Source or summary documents that are not there: the plan still opens.
    pub missing: Vec<Error>,
}

/// Read a plan file's text; `path` locates errors and anchors relative source paths.
pub(crate) fn parse_plan(path: &Path, text: &str) -> Parsed {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut w = Walker {
        loc: Locator::new(path, body),
        errors: Vec::new(),
    };
    let doc = match ImDocument::parse(body) {
        Ok(doc) => doc,
        Err(e) => {
            let message = syntax_message(e.message());
            return Parsed {
                plan: Plan::default(),
                errors: vec![w.loc.at(e.span(), message)],
                missing: Vec::new(),
            };
        }
    };
    let root = doc.as_table();
    w.check_keys(root, "the file", schema::ROOT_KEYS);
    let meta = match root.get("plan") {
        Some(Item::Table(t)) => w.meta(t),
        Some(other) => {
            w.err(
                other.span(),
                "`plan` must be a table: write [plan] above its keys",
            );
            PlanMeta::default()
        }
        None => {
            w.err(
                None,
                "missing [plan] table, expected [plan] with title, issuer and year",
            );
            PlanMeta::default()
        }
    };
    let goals = match root.get("goal") {
        Some(Item::ArrayOfTables(goals)) => goals.iter().map(|g| w.goal(g)).collect(),
        Some(other) => {
            w.err(
                other.span(),
                "`goal` must be a list of tables: write [[goal]], not [goal]",
            );
            Vec::new()
        }
        None => Vec::new(),
    };
    let plan = Plan { meta, goals };
    if let Some(Item::ArrayOfTables(tables)) = root.get("goal") {
        w.check_ids(&plan.goals, tables.iter().collect());
    }
    let missing = match root.get("plan") {
        Some(Item::Table(t)) => w.check_paths(path, t),
        _ => Vec::new(),
    };
    Parsed {
        plan,
        errors: w.errors,
        missing,
    }
}

/// toml_edit's message is "what\nexpected ..."; one line reads better after file:line:col.
fn syntax_message(raw: &str) -> String {
    let parts: Vec<&str> = raw
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut msg = format!("invalid TOML: {}", parts.join(", "));
    if !msg.contains("expected") {
        if msg.contains("string") {
            msg.push_str(
                ", expected a closing quote on the same line (or \"\"\" for several lines)",
            );
        } else if msg.contains("duplicate key") {
            msg.push_str(", expected each key once per table");
        }
    }
    msg
}

struct Walker<'a> {
    loc: Locator<'a>,
    errors: Vec<Error>,
}

impl Walker<'_> {
    fn err(&mut self, span: Option<Range<usize>>, message: impl Into<String>) {
        self.errors.push(self.loc.at(span, message));
    }

    fn check_keys(&mut self, t: &dyn TableLike, name: &str, allowed: &[&str]) {
        for (key, _) in t.iter() {
            if !allowed.contains(&key) {
                let span = t.key(key).and_then(|k| k.span());
                self.err(span, unknown_key(key, name, allowed));
            }
        }
    }

    fn wrong_type(&mut self, item: &Item, key: &str, expected: &str) {
        let msg = format!("`{key}` must be {expected}, found {}", type_name(item));
        self.err(item.span(), msg);
    }

    fn string(&mut self, t: &dyn TableLike, key: &str) -> Option<String> {
        let item = t.get(key)?;
        match item.as_str() {
            Some(s) => Some(s.to_string()),
            None => {
                self.wrong_type(item, key, "a string in quotes");
                None
            }
        }
    }

    /// An optional true/false key; absent means false.
    fn flag(&mut self, t: &dyn TableLike, key: &str) -> bool {
        let Some(item) = t.get(key) else {
            return false;
        };
        match item.as_bool() {
            Some(b) => b,
            None => {
                self.wrong_type(item, key, "true or false");
                false
            }
        }
    }

    fn number(&mut self, t: &dyn TableLike, key: &str) -> Option<f64> {
        let item = t.get(key)?;
        let n = match item.as_value() {
            Some(Value::Integer(i)) => Some(*i.value() as f64),
            Some(Value::Float(f)) => Some(*f.value()),
            _ => None,
        };
        match n {
            Some(n) if n.is_finite() => Some(n),
            Some(_) => {
                self.err(item.span(), format!("`{key}` must be a finite number"));
                None
            }
            None => {
                self.wrong_type(item, key, "a number");
                None
            }
        }
    }

    fn meta(&mut self, t: &Table) -> PlanMeta {
        self.check_keys(t, "[plan]", schema::PLAN_KEYS);
        let year = match t.get("year") {
            Some(item) => match item.as_integer().map(i32::try_from) {
                Some(Ok(y)) => y,
                _ => {
                    self.wrong_type(item, "year", "a year such as 2014");
                    0
                }
            },
            None => {
                self.err(
                    t.span(),
                    "[plan] has no `year`, expected year = 2014 (the plan year)",
                );
                0
            }
        };
        let published = t.get("published").and_then(|item| match item.as_value() {
            Some(Value::Datetime(d)) => Some(d.value().to_string()),
            Some(Value::String(s)) => Some(s.value().clone()),
            _ => {
                self.wrong_type(item, "published", "a date such as 2014-01-27");
                None
            }
        });
        PlanMeta {
            title: self.string(t, "title").unwrap_or_default(),
            issuer: self.string(t, "issuer").unwrap_or_default(),
            year,
            source: self.string(t, "source"),
            summary: self.string(t, "summary"),
            source_url: self.string(t, "source_url"),
            doc_number: self.string(t, "doc_number"),
            published,
        }
    }

    fn goal(&mut self, t: &Table) -> Goal {
        self.check_keys(t, "[[goal]]", schema::GOAL_KEYS);
        let id = self.string(t, "id").unwrap_or_else(|| {
            if !t.contains_key("id") {
                self.err(t.span(), "[[goal]] has no `id`, expected id = \"一.(二)\"");
            }
            String::new()
        });
        let targets = match t.get("target") {
            Some(Item::ArrayOfTables(ts)) => ts.iter().map(|x| self.target(x)).collect(),
            Some(other) => {
                let msg = "`target` must be a list of tables: write [[goal.target]]";
                self.err(other.span(), msg);
                Vec::new()
            }
            None => Vec::new(),
        };
        Goal {
            id,
            title: self.string(t, "title").unwrap_or_default(),
            text: self.string(t, "text").unwrap_or_default(),
            targets,
        }
    }

    fn target(&mut self, t: &Table) -> Target {
        self.check_keys(t, "[[goal.target]]", schema::TARGET_KEYS);
        let op = match (self.string(t, "op"), t.get("op")) {
            (Some(s), Some(item)) => Op::parse(&s).unwrap_or_else(|| {
                let all: Vec<&str> = Op::ALL.iter().map(|o| o.as_str()).collect();
                let msg = format!("unknown op `{s}`, expected one of: {}", all.join(", "));
                self.err(item.span(), msg);
                Op::default()
            }),
            _ => Op::default(),
        };
        let (value, min, max) = (
            self.number(t, "value"),
            self.number(t, "min"),
            self.number(t, "max"),
        );
        let numbers_ok = [("value", value), ("min", min), ("max", max)]
            .iter()
            .all(|(k, v)| v.is_some() || !t.contains_key(k));
        // A misspelt `value` is already reported as such; "no number" would only repeat it.
        let number_typo = t.iter().any(|(k, _)| {
            !schema::TARGET_KEYS.contains(&k)
                && matches!(
                    schema::nearest(k, schema::TARGET_KEYS),
                    Some("value" | "min" | "max")
                )
        });
        if numbers_ok && !number_typo {
            self.check_numbers(t, op, value, min, max);
        }
        let status = t.get("status").and_then(|item| {
            let s = self.string(t, "status")?;
            Verdict::parse(&s).or_else(|| {
                let msg = format!("unknown status `{s}`, expected one of: met, missed, unmeasured");
                self.err(item.span(), msg);
                None
            })
        });
        let note = self.string(t, "note");
        let manual = (t.contains_key("status") || note.is_some()).then(|| Manual {
            status,
            note: note.unwrap_or_default(),
        });
        let actual = t.get("actual").and_then(|item| match item.as_table_like() {
            Some(a) => self.actual(a, item.span()),
            None => {
                self.wrong_type(item, "actual", "a table ([goal.target.actual])");
                None
            }
        });
        Target {
            metric: self.string(t, "metric").unwrap_or_default(),
            op,
            value,
            min,
            max,
            unit: self.string(t, "unit").unwrap_or_default(),
            quote: self.string(t, "quote").unwrap_or_default(),
            actual,
            manual,
        }
    }

    fn check_numbers(
        &mut self,
        t: &Table,
        op: Op,
        value: Option<f64>,
        min: Option<f64>,
        max: Option<f64>,
    ) {
        match (op, min, max) {
            (Op::Range, Some(lo), Some(hi)) if lo > hi => {
                let span = t.get("min").and_then(|i| i.span());
                self.err(
                    span,
                    format!("range min {lo} is above max {hi}, expected min <= max"),
                );
            }
            (Op::Range, Some(_), Some(_)) => {}
            (Op::Range, _, _) => self.err(
                t.span(),
                "target with op = \"range\" needs both `min` and `max`, e.g. min = 20 and max = 25",
            ),
            _ if value.is_none() && min.is_none() && max.is_none() => self.err(
                t.span(),
                "target has no number, expected `value` (or `min` and `max` with op = \"range\")",
            ),
            _ => {}
        }
    }

    fn actual(&mut self, a: &dyn TableLike, span: Option<Range<usize>>) -> Option<Actual> {
        self.check_keys(a, "[goal.target.actual]", schema::ACTUAL_KEYS);
        let value = self.number(a, "value");
        if value.is_none() && !a.contains_key("value") {
            self.err(
                span,
                "actual has no `value`, expected the reported figure, e.g. value = 63",
            );
        }
        let (score, reason) = match a.get("match") {
            Some(item) => match item.as_table_like() {
                Some(m) => {
                    self.check_keys(m, "the actual's `match`", schema::MATCH_KEYS);
                    (self.number(m, "score"), self.string(m, "reason"))
                }
                None => {
                    self.wrong_type(item, "match", "a table { score = 0.9, reason = \"...\" }");
                    (None, None)
                }
            },
            None => (None, None),
        };
        Some(Actual {
            value: value?,
            unit: self.string(a, "unit").unwrap_or_default(),
            quote: self.string(a, "quote").unwrap_or_default(),
            source: self.string(a, "source").unwrap_or_default(),
            metric: self.string(a, "metric").unwrap_or_default(),
            more: self.flag(a, "more"),
            score,
            reason,
        })
    }

    /// Ids name the tree: each must be unique and non-empty in every part, and its parent must exist.
    fn check_ids(&mut self, goals: &[Goal], tables: Vec<&Table>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (goal, table) in goals.iter().zip(&tables) {
            let span = table.get("id").and_then(|i| i.span());
            if goal.id.is_empty() {
                continue;
            }
            if goal.id.split('.').any(|part| part.trim().is_empty()) {
                let msg = format!(
                    "goal id `{}` has an empty part, expected parts joined by dots such as \"一.(二).3\"",
                    goal.id
                );
                self.err(span, msg);
                continue;
            }
            // The line is counted only for a duplicate: counting it for every goal
            // scanned the file from the top once per goal.
            let at = span.clone().map_or(0, |s| s.start);
            if let Some(&first) = seen.get(goal.id.as_str()) {
                let line = self.loc.line_col(first).0;
                let msg = format!(
                    "duplicate goal id `{}` (first at line {line}), expected each id once",
                    goal.id
                );
                self.err(span, msg);
            } else {
                seen.insert(&goal.id, at);
            }
        }
        let mut reported = std::collections::HashSet::new();
        for (goal, table) in goals.iter().zip(&tables) {
            if !reported.insert(goal.id.as_str()) {
                continue; // a duplicate: its parent was checked with the first
            }
            if let Some(parent) = parent_id(&goal.id) {
                let well_formed = !parent.split('.').any(|p| p.trim().is_empty());
                if well_formed && !seen.contains_key(parent) {
                    let span = table.get("id").and_then(|i| i.span());
                    let msg = format!(
                        "the parent of goal `{}` is missing, expected a [[goal]] with id = \"{parent}\"",
                        goal.id
                    );
                    self.err(span, msg);
                }
            }
        }
    }

    /// Unsafe paths are errors; documents that are simply not there are returned apart.
    fn check_paths(&mut self, plan_path: &Path, t: &Table) -> Vec<Error> {
        let mut missing = Vec::new();
        for key in ["source", "summary"] {
            let Some(item) = t.get(key) else { continue };
            let Some(rel) = item.as_str() else { continue };
            match resolve_source(plan_path, rel) {
                Err(e) => {
                    let msg = match e {
                        Error::File { message, .. } => format!("`{key}`: {message}"),
                        other => other.to_string(),
                    };
                    self.err(item.span(), msg);
                }
                Ok(full) if full.is_file() => {}
                Ok(full) => {
                    let what = if full.is_dir() {
                        "is a folder"
                    } else {
                        "not found"
                    };
                    let msg = format!(
                        "{key} document `{rel}` {what}, expected a document file relative to the plan file"
                    );
                    missing.push(self.loc.at(item.span(), msg));
                }
            }
        }
        missing
    }
}
