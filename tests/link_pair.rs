//! Pairing plans with summaries, on the document metadata of the gold fixtures.

use plantrack::link::pair::{find_plan, find_summary, same_issuer, DocInfo};
use plantrack::model::DocKind;
use std::fs;
use std::path::{Path, PathBuf};
use toml::Value;

fn fixtures(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir)
}

fn doc_info(doc: &Value) -> DocInfo {
    let year = |k: &str| doc.get(k).and_then(Value::as_integer).map(|y| y as i32);
    DocInfo {
        issuer: doc["issuer"].as_str().unwrap_or_default().to_string(),
        kind: match doc["kind"].as_str() {
            Some("summary") => DocKind::Summary,
            Some("combined") => DocKind::Combined,
            _ => DocKind::Plan,
        },
        plan_year: year("plan_year"),
        summary_year: year("summary_year"),
    }
}

/// (file name, metadata) of every gold file in a fixture folder.
fn docs(dir: &str) -> Vec<(String, DocInfo)> {
    let mut out: Vec<(String, DocInfo)> = fs::read_dir(fixtures(dir))
        .expect("fixture folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.toml"))
        .map(|p| {
            let gold: Value = fs::read_to_string(&p)
                .expect("gold file")
                .parse()
                .expect("gold toml");
            let doc = &gold["doc"];
            (
                doc["file"].as_str().unwrap_or_default().to_string(),
                doc_info(doc),
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn every_corpus_plan_finds_its_summary() {
    let docs = docs("corpus");
    let infos: Vec<DocInfo> = docs.iter().map(|(_, d)| d.clone()).collect();
    let mut checked = 0;
    for entry in fs::read_dir(fixtures("corpus")).expect("corpus") {
        let path = entry.expect("entry").path();
        if !path.to_string_lossy().ends_with(".pair.toml") {
            continue;
        }
        let pair: Value = fs::read_to_string(&path)
            .expect("pair")
            .parse()
            .expect("pair toml");
        let plan = pair["pair"]["plan"].as_str().expect("plan");
        let summary = pair["pair"]["summary"].as_str().expect("summary");
        if plan == summary {
            continue; // a report that judges itself needs no pairing
        }
        let p = docs.iter().position(|(f, _)| f == plan).expect("plan gold");
        let found = find_summary(&infos[p], &infos).map(|i| docs[i].0.as_str());
        assert_eq!(found, Some(summary), "{plan}");
        let s = docs
            .iter()
            .position(|(f, _)| f == summary)
            .expect("summary");
        assert_eq!(
            find_plan(&infos[s], &infos).map(|i| docs[i].0.as_str()),
            Some(plan)
        );
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} pairs checked");
}

#[test]
fn issuer_names_tolerate_abbreviation_and_enclosing_place() {
    let seeds = docs("seeds");
    let jiading = &seeds
        .iter()
        .find(|(_, d)| d.issuer.contains("嘉定"))
        .expect("the 嘉定 seed")
        .1
        .issuer;
    assert!(same_issuer(jiading, "嘉定区科委"));
    assert!(same_issuer(jiading, "上海市嘉定区科学技术委员会"));
    assert!(!same_issuer(jiading, "普陀区科委"));
    assert!(!same_issuer(jiading, "科学技术委员会"));
    assert!(same_issuer("浦东新区人民政府", "上海市浦东新区政府"));
    assert!(!same_issuer("上海市人民政府", "广东省人民政府"));
    assert!(same_issuer("上海市杨浦区人民政府办公室", "杨浦区府办"));
}

#[test]
fn a_plan_pairs_with_the_summary_of_its_own_year_and_issuer() {
    let seeds = docs("seeds");
    let plan = seeds
        .iter()
        .map(|(_, d)| d)
        .find(|d| d.issuer.contains("嘉定") && d.kind == DocKind::Plan)
        .expect("the 嘉定 plan");
    let year = plan.plan_year.expect("plan year");
    let summary = |issuer: &str, kind: DocKind, y: i32| DocInfo {
        issuer: issuer.into(),
        kind,
        plan_year: (kind == DocKind::Combined).then_some(y + 1),
        summary_year: Some(y),
    };
    let candidates = vec![
        summary("嘉定区科委", DocKind::Summary, year - 1),
        summary("普陀区科委", DocKind::Summary, year),
        summary("嘉定区科委", DocKind::Combined, year),
        summary("嘉定区科学技术委员会", DocKind::Summary, year),
    ];
    assert_eq!(find_summary(plan, &candidates), Some(3));
    assert_eq!(find_summary(plan, &candidates[..3]), Some(2));
    assert_eq!(find_summary(plan, &candidates[..2]), None);
}

#[test]
fn judging_against_another_year_s_summary_warns_and_measures_nothing() {
    let corpus = fixtures("corpus");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plantrack"))
        .arg("judge")
        .arg(corpus.join("national-2019-plan.txt"))
        .arg(corpus.join("national-2016-summary.txt"))
        .args(["--format", "json"])
        .output()
        .expect("run plantrack");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("reports on 2016, not on the plan's 2019"),
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let links = json["links"].as_array().expect("links");
    assert!(!links.is_empty());
    assert!(links.iter().all(|l| l["verdict"] == "unmeasured"));
}
