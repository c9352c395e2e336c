//! The gold files' scoring rules (as the shared scorer applies them), for tests that
//! hold the reader to the hand-made answers in tests/fixtures.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// One gold target or actual.
#[derive(Debug, Clone)]
pub struct GoldItem {
    pub quote: String,
    pub op: Option<String>,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: String,
    pub ambiguous: bool,
}

pub struct Gold {
    pub file: String,
    pub doc: toml::Table,
    pub sections: Vec<(String, String)>,
    pub targets: Vec<GoldItem>,
    pub actuals: Vec<GoldItem>,
}

fn num(v: Option<&toml::Value>) -> Option<f64> {
    v.and_then(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)))
}

fn items(t: &toml::Table, key: &str) -> Vec<GoldItem> {
    t.get(key)
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_table())
                .map(|t| GoldItem {
                    quote: t["quote"].as_str().unwrap_or_default().to_string(),
                    op: t.get("op").and_then(|v| v.as_str()).map(String::from),
                    value: num(t.get("value")),
                    min: num(t.get("min")),
                    max: num(t.get("max")),
                    unit: t
                        .get("unit")
                        .and_then(|v| v.as_str())
                        .unwrap_or_default()
                        .to_string(),
                    ambiguous: t
                        .get("ambiguous")
                        .and_then(|v| v.as_bool())
                        .unwrap_or(false),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Every *.gold.toml under tests/fixtures/<folder>.
pub fn load_all(folder: &str) -> Vec<(PathBuf, Gold)> {
    let dir = fixtures().join(folder);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let t: toml::Table = toml::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            let doc = t["doc"].as_table().unwrap().clone();
            let file = doc["file"].as_str().unwrap().to_string();
            let sections = t
                .get("section")
                .and_then(|v| v.as_array())
                .map(|a| {
                    a.iter()
                        .map(|s| {
                            (
                                s["id"].as_str().unwrap().to_string(),
                                s["title"].as_str().unwrap().to_string(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let gold = Gold {
                targets: items(&t, "target"),
                actuals: items(&t, "actual"),
                file,
                doc,
                sections,
            };
            (dir.join(&gold.file), gold)
        })
        .collect()
}

const SCALES: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("千万", 1e7),
    ("百万", 1e6),
    ("万", 1e4),
    ("亿", 1e8),
    ("千", 1e3),
    ("百", 1e2),
];

/// Written independently of the crate's own normaliser, so that a bug there shows here.
fn norm_unit(value: Option<f64>, unit: &str) -> (Option<f64>, String) {
    let mut u = String::new();
    let mut depth = 0;
    for c in unit.trim().chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth -= 1,
            _ if depth == 0 => u.push(c),
            _ => {}
        }
    }
    let u = u.replace('％', "%").replace('萬', "万").replace('億', "亿");
    let mut best: Option<&(&str, f64)> = None;
    for s in SCALES {
        if u.starts_with(s.0) && best.is_none_or(|b| s.0.len() > b.0.len()) {
            best = Some(s);
        }
    }
    match best {
        Some((p, m)) => (value.map(|v| v * m), u[p.len()..].to_string()),
        None => (value, u),
    }
}

fn same_num(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * 1f64.max(a.abs()).max(b.abs()),
        (None, None) => true,
        _ => false,
    }
}

/// A predicted item in the shape the scorer reads.
pub struct Pred<'a> {
    pub quote: &'a str,
    pub op: &'a str,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: &'a str,
}

fn key(
    op: Option<&str>,
    value: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
    unit: &str,
) -> (bool, Option<f64>, Option<f64>, String) {
    if op == Some("range") || (min.is_some() && value.is_none()) {
        let (lo, u) = norm_unit(min, unit);
        let (hi, _) = norm_unit(max, unit);
        (true, lo, hi, u)
    } else {
        let (v, u) = norm_unit(value, unit);
        (false, v, None, u)
    }
}

fn same_quantity(g: &GoldItem, p: &Pred) -> bool {
    let kg = key(g.op.as_deref(), g.value, g.min, g.max, &g.unit);
    let kp = key(Some(p.op), p.value, p.min, p.max, p.unit);
    let unit_ok = kg.3 == kp.3 || kg.3.is_empty() || kp.3.is_empty();
    kg.0 == kp.0 && unit_ok && same_num(kg.1, kp.1) && same_num(kg.2, kp.2)
}

pub fn spans(text: &str, quote: &str) -> Vec<(usize, usize)> {
    if quote.is_empty() {
        return vec![];
    }
    text.match_indices(quote)
        .map(|(i, _)| (i, i + quote.len()))
        .collect()
}

pub fn overlaps(a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    a.iter().any(|x| b.iter().any(|y| x.0 < y.1 && y.0 < x.1))
}

/// (true positives, false positives, false negatives, right ops, missed quotes, extra quotes)
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub op_right: usize,
    pub misses: Vec<String>,
    pub extras: Vec<String>,
}

pub fn match_items(text: &str, gold: &[GoldItem], pred: &[Pred], strict_op: bool) -> Score {
    let pspans: Vec<_> = pred.iter().map(|p| spans(text, p.quote)).collect();
    let mut used = vec![false; pred.len()];
    let mut order: Vec<usize> = (0..gold.len()).collect();
    order.sort_by_key(|&i| gold[i].ambiguous);
    let (mut tp, mut fn_, mut op_right) = (0, 0, 0);
    let mut misses = vec![];
    for gi in order {
        let g = &gold[gi];
        let gs = spans(text, &g.quote);
        let fits = |pi: usize, strict: bool| {
            !used[pi]
                && overlaps(&gs, &pspans[pi])
                && same_quantity(g, &pred[pi])
                && (!strict || g.op.as_deref().is_none_or(|o| o == pred[pi].op))
        };
        let mut hit = (0..pred.len()).find(|&pi| fits(pi, strict_op));
        if hit.is_none() && strict_op {
            hit = (0..pred.len()).find(|&pi| fits(pi, false));
        }
        match hit {
            Some(pi) => {
                used[pi] = true;
                if g.ambiguous {
                    continue;
                }
                tp += 1;
                if g.op.as_deref().is_none_or(|o| o == pred[pi].op) {
                    op_right += 1;
                }
            }
            None if !g.ambiguous => {
                fn_ += 1;
                misses.push(g.quote.clone());
            }
            None => {}
        }
    }
    let extras: Vec<String> = (0..pred.len())
        .filter(|&i| !used[i])
        .map(|i| pred[i].quote.to_string())
        .collect();
    Score {
        tp,
        fp: extras.len(),
        fn_,
        op_right,
        misses,
        extras,
    }
}

pub fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        1.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        1.0
    };
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}
