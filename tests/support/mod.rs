//! Plans built in code from the hand-made gold files, so report tests run on real data
//! without plan files: sections become goals, targets hang on their section's goal, and
//! corpus pairs give each target the actual its gold link names (if any).

#![allow(dead_code)]

use plantrack::model::{Actual, Goal, Op, Plan, PlanMeta, Target};
use plantrack::quantity::units::normalize;
use std::path::{Path, PathBuf};
use toml::Value;

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read_toml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn gold_of(dir: &Path, txt: &str) -> PathBuf {
    dir.join(txt.replace(".txt", ".gold.toml"))
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn f(v: &Value, key: &str) -> Option<f64> {
    v.get(key)
        .and_then(|x| x.as_float().or_else(|| x.as_integer().map(|i| i as f64)))
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// The plan a gold file describes, with no actuals yet.
pub fn plan_from_gold(gold_path: &Path) -> Plan {
    let gold = read_toml(gold_path);
    let doc = &gold["doc"];
    let txt = s(doc, "file");
    let first_line = std::fs::read_to_string(gold_path.with_file_name(txt))
        .ok()
        .and_then(|t| t.lines().next().map(str::to_string))
        .unwrap_or_default();
    let title = first_line
        .split_once(" | ")
        .map(|(_, t)| t.trim().to_string())
        .filter(|t| !t.starts_with('['))
        .unwrap_or_else(|| txt.trim_end_matches(".txt").to_string());
    // A combined document numbers its summary and its plan part alike; the plan part
    // comes last and holds the targets, so a repeated id takes the later title.
    let mut goals: Vec<Goal> = Vec::new();
    for sec in list(&gold, "section") {
        let (id, title) = (s(sec, "id"), s(sec, "title"));
        match goals.iter_mut().find(|g| g.id == id) {
            Some(g) => g.title = title.into(),
            None => goals.push(Goal {
                id: id.into(),
                title: title.into(),
                ..Goal::default()
            }),
        }
    }
    for t in list(&gold, "target") {
        let section = s(t, "section");
        let target = Target {
            metric: s(t, "metric").into(),
            op: Op::parse(s(t, "op")).unwrap_or_default(),
            value: f(t, "value"),
            min: f(t, "min"),
            max: f(t, "max"),
            unit: s(t, "unit").into(),
            quote: s(t, "quote").into(),
            ..Target::default()
        };
        match goals.iter_mut().find(|g| g.id == section) {
            Some(g) => g.targets.push(target),
            None => goals.insert(
                0,
                Goal {
                    id: section.into(),
                    targets: vec![target],
                    ..Goal::default()
                },
            ),
        }
    }
    Plan {
        meta: PlanMeta {
            title,
            issuer: s(doc, "issuer").into(),
            year: doc
                .get("plan_year")
                .and_then(Value::as_integer)
                .unwrap_or(0) as i32,
            source: Some(txt.into()),
            ..PlanMeta::default()
        },
        goals,
    }
}

/// Give each target the actual its pair link names, looked up in the summary's gold.
fn link_actuals(plan: &mut Plan, dir: &Path, pair: &Value) {
    let summary_txt = s(&pair["pair"], "summary");
    plan.meta.summary = Some(summary_txt.into());
    let summary = read_toml(&gold_of(dir, summary_txt));
    let actuals = list(&summary, "actual");
    for t in plan.goals.iter_mut().flat_map(|g| &mut g.targets) {
        let Some(link) = list(pair, "link")
            .iter()
            .find(|l| s(l, "target") == t.quote)
        else {
            continue;
        };
        let quote = s(link, "actual");
        // A link quote may span several gold actuals (a total and its growth): prefer the
        // exact quote, then one whose unit compares with the target's.
        let unit = normalize(1.0, &t.unit).1;
        let found = actuals
            .iter()
            .filter(|a| {
                let q = s(a, "quote");
                !quote.is_empty() && (q == quote || quote.contains(q) || q.contains(quote))
            })
            .max_by_key(|a| {
                (
                    s(a, "quote") == quote,
                    normalize(1.0, s(a, "unit")).1 == unit,
                )
            });
        t.actual = found.and_then(|a| {
            Some(Actual {
                value: f(a, "value")?,
                unit: s(a, "unit").into(),
                quote: s(a, "quote").into(),
                source: summary_txt.into(),
                metric: s(a, "metric").into(),
                ..Actual::default()
            })
        });
    }
}

/// One plan per corpus pair, named like a plan file (`corpus/<pair>.toml`).
pub fn corpus_plans() -> Vec<(PathBuf, Plan)> {
    let dir = fixtures().join("corpus");
    let mut pairs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".pair.toml"))
        .collect();
    pairs.sort();
    pairs
        .into_iter()
        .map(|pair_path| {
            let pair = read_toml(&pair_path);
            let mut plan = plan_from_gold(&gold_of(&dir, s(&pair["pair"], "plan")));
            link_actuals(&mut plan, &dir, &pair);
            let name = pair_path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .replace(".pair", "");
            (PathBuf::from("corpus").join(name), plan)
        })
        .collect()
}

/// The seed plans (no summaries: every target unmeasured).
pub fn seed_plans() -> Vec<(PathBuf, Plan)> {
    let dir = fixtures().join("seeds");
    let mut golds: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.toml"))
        .collect();
    golds.sort();
    golds
        .into_iter()
        .filter(|g| s(&read_toml(g)["doc"], "kind") != "summary")
        .map(|g| {
            let name = g
                .file_name()
                .unwrap()
                .to_string_lossy()
                .replace(".gold", "");
            (PathBuf::from("seeds").join(name), plan_from_gold(&g))
        })
        .collect()
}

pub fn all_plans() -> Vec<(PathBuf, Plan)> {
    let mut v = corpus_plans();
    v.extend(seed_plans());
    v
}

/// The corpus plan of `issuer`'s `year`.
pub fn corpus_plan(stem: &str) -> Plan {
    corpus_plans()
        .into_iter()
        .find(|(p, _)| p.file_stem().is_some_and(|s| s == stem))
        .map(|(_, plan)| plan)
        .unwrap_or_else(|| panic!("no corpus pair {stem}"))
}

/// Records of an RFC 4180 text: quoted fields may hold commas, quotes and line breaks.
pub fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// Every target of `plans` with its verdict from the judge, as (file, quote, verdict).
pub fn judged(plans: &[(PathBuf, Plan)]) -> Vec<(String, String, plantrack::model::Verdict)> {
    plans
        .iter()
        .flat_map(|(file, plan)| {
            plan.goals.iter().flat_map(|g| &g.targets).map(move |t| {
                (
                    file.to_string_lossy().into_owned(),
                    t.quote.clone(),
                    plantrack::judge::judge_target(t).verdict,
                )
            })
        })
        .collect()
}
