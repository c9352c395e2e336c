//! Linking on ideal extraction: targets and actuals built from the hand-made gold
//! files, linked and judged, scored as the judge scorer scores the real binary (a met
//! or missed verdict counts only with the right actual quote; ambiguous links skipped).

use plantrack::extract::Item;
use plantrack::judge;
use plantrack::link;
use plantrack::model::Op;
use plantrack::quantity::Kind;
use std::fs;
use std::path::{Path, PathBuf};
use toml::Value;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus")
}

fn read_toml(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.parse()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn gold_of(doc: &str) -> Value {
    read_toml(&corpus().join(doc.replace(".txt", ".gold.toml")))
}

fn num(v: &Value, key: &str) -> Option<f64> {
    v.get(key)
        .and_then(|x| x.as_float().or_else(|| x.as_integer().map(|i| i as f64)))
}

fn string(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn kind_of(unit: &str) -> Kind {
    if unit.contains("百分点") {
        Kind::Points
    } else if unit.contains('%') || unit.contains('％') {
        Kind::Percent
    } else if unit.ends_with('元') {
        Kind::Money
    } else {
        Kind::Count
    }
}

/// The gold entries of one table ("target" or "actual") as extracted items.
/// `noisy` replaces each metric by what a naive reader would take: the words of the
/// quote before its figure (verbs, years, an earlier figure and all), when it has any.
fn items(gold: &Value, table: &str, text: &str, noisy: bool) -> Vec<Item> {
    let Some(entries) = gold.get(table).and_then(Value::as_array) else {
        return Vec::new();
    };
    entries
        .iter()
        .map(|e| {
            let quote = string(e, "quote");
            let start = text.find(&quote).unwrap_or(0);
            let unit = string(e, "unit");
            Item {
                section: string(e, "section"),
                metric: if noisy {
                    naive_metric(&quote).unwrap_or_else(|| string(e, "metric"))
                } else {
                    string(e, "metric")
                },
                op: Op::parse(&string(e, "op")).unwrap_or_default(),
                value: num(e, "value"),
                min: num(e, "min"),
                max: num(e, "max"),
                kind: kind_of(&unit),
                unit,
                start,
                end: start + quote.len(),
                quote,
                row: None,
                ..Item::default()
            }
        })
        .collect()
}

/// The quote up to the first digit of its last clause that holds one, when that names
/// something (a table cell "增长10%左右" leaves the metric to the row, as gold has it).
fn naive_metric(quote: &str) -> Option<String> {
    let clause_start = quote
        .char_indices()
        .filter(|(_, c)| ",，、;；\n".contains(*c))
        .map(|(i, c)| i + c.len_utf8())
        .rfind(|&i| quote[i..].chars().any(|c| c.is_ascii_digit()))
        .unwrap_or(0);
    let digit = clause_start + quote[clause_start..].find(|c: char| c.is_ascii_digit())?;
    let before = &quote[..digit];
    (before.chars().filter(|c| !c.is_ascii()).count() >= 5).then(|| before.to_string())
}

fn spans(text: &str, quote: &str) -> Vec<(usize, usize)> {
    if quote.is_empty() {
        return Vec::new();
    }
    text.match_indices(quote)
        .map(|(i, q)| (i, i + q.len()))
        .collect()
}

fn overlaps(a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    a.iter()
        .any(|&(x0, x1)| b.iter().any(|&(y0, y1)| x0 < y1 && y0 < x1))
}

/// (right, total, misses) over every pair of the corpus.
fn score_corpus(noisy: bool) -> (usize, usize, Vec<String>) {
    let mut pairs: Vec<PathBuf> = fs::read_dir(corpus())
        .expect("corpus folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".pair.toml"))
        .collect();
    pairs.sort();
    assert!(!pairs.is_empty(), "no pair files");
    let (mut right, mut total, mut misses) = (0, 0, Vec::new());
    for pf in pairs {
        let pair = read_toml(&pf);
        let plan = string(&pair["pair"], "plan");
        let summary = string(&pair["pair"], "summary");
        let ptext = fs::read_to_string(corpus().join(&plan)).expect("plan text");
        let stext = fs::read_to_string(corpus().join(&summary)).expect("summary text");
        let targets = items(&gold_of(&plan), "target", &ptext, noisy);
        let actuals = items(&gold_of(&summary), "actual", &stext, noisy);
        let links = link::match_all(&targets, &actuals);
        assert_eq!(links.len(), targets.len());
        let Some(gold_links) = pair.get("link").and_then(Value::as_array) else {
            continue;
        };
        for g in gold_links {
            if g.get("ambiguous").and_then(Value::as_bool) == Some(true) {
                continue;
            }
            total += 1;
            let want = string(g, "verdict");
            let gs = spans(&ptext, &string(g, "target"));
            let hit = links
                .iter()
                .find(|l| overlaps(&gs, &spans(&ptext, &targets[l.target].quote)));
            let (got, actual_quote, why) = match hit {
                Some(l) => {
                    let a = l.actual.map(|j| &actuals[j]);
                    let t = link::to_target(&targets[l.target], a, &summary);
                    let j = judge::compute(&t);
                    (
                        j.verdict.as_str().to_string(),
                        a.map(|a| a.quote.clone()).unwrap_or_default(),
                        format!("{} / {}", l.reason, j.reason),
                    )
                }
                None => ("unmeasured".into(), String::new(), "no target".into()),
            };
            let mut ok = got == want;
            if ok && want != "unmeasured" {
                ok = overlaps(
                    &spans(&stext, &string(g, "actual")),
                    &spans(&stext, &actual_quote),
                );
            }
            if ok {
                right += 1;
            } else {
                misses.push(format!(
                    "{}: {:?} want {want}, got {got} ({actual_quote:?}; {why})",
                    pf.file_name().unwrap_or_default().to_string_lossy(),
                    string(g, "target")
                ));
            }
        }
    }
    (right, total, misses)
}

fn check(noisy: bool, min: f64) {
    let (right, total, misses) = score_corpus(noisy);
    for m in &misses {
        println!("    wrong: {m}");
    }
    let acc = right as f64 / total as f64;
    println!("verdict accuracy {acc:.3} ({right}/{total})");
    assert!(total > 40, "too few scored links: {total}");
    assert!(acc >= min, "verdict accuracy {acc:.3} < {min}");
}

#[test]
fn verdicts_on_gold_extraction() {
    check(false, 0.95);
}

#[test]
fn verdicts_when_metrics_are_whole_quotes() {
    check(true, 0.90);
}
