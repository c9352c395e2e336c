//! One document, written six ways (UTF-8, with a BOM, with CRLF line ends, both, in
//! GB18030, with full-width digits and percent signs), gives the same targets.

use crate::support::{parsed, seed, CORPUS_PLAN, SEED};
use serde_json::Value;
use std::path::Path;

/// What a target says, and its quote passed through `quote`.
fn said(t: &[Value], quote: impl Fn(&str) -> String) -> Vec<String> {
    t.iter()
        .map(|t| {
            format!(
                "{} | {} {} {} {} {} | {}",
                t["metric"].as_str().map(&quote).unwrap_or_default(),
                t["op"],
                t["value"],
                t["min"],
                t["max"],
                t["unit"].as_str().map(&quote).unwrap_or_default(),
                t["quote"].as_str().map(&quote).unwrap_or_default(),
            )
        })
        .collect()
}

fn same_targets_every_way(name: &str) {
    let dir = tempfile::tempdir().unwrap();
    let text = String::from_utf8(seed(name)).unwrap();
    let (gbk, _, unmappable) = encoding_rs::GB18030.encode(&text);
    assert!(!unmappable);
    let ways: [(&str, Vec<u8>); 6] = [
        ("utf8", text.clone().into_bytes()),
        (
            "bom",
            [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        ),
        ("crlf", text.replace('\n', "\r\n").into_bytes()),
        (
            "bom-crlf",
            format!("\u{feff}{}", text.replace('\n', "\r\n")).into_bytes(),
        ),
        ("gb18030", gbk.into_owned()),
        ("fullwidth", crate::mutate::widen(&text).into_bytes()),
    ];
    let files: Vec<(&str, std::path::PathBuf)> = ways
        .iter()
        .map(|(way, bytes)| {
            let path = dir.path().join(format!("{way}.txt"));
            std::fs::write(&path, bytes).unwrap();
            (*way, path)
        })
        .collect();
    let doc = |v: &Value| -> String {
        let d = &v["doc"];
        format!(
            "{} {} {} {}",
            d["kind"], d["issuer"], d["plan_year"], d["summary_year"]
        )
    };
    let first = parsed(&files[0].1);
    let plain = first["targets"].as_array().cloned().unwrap_or_default();
    assert!(plain.len() >= 5, "{name}: only {} targets", plain.len());
    let expected = said(&plain, |s| s.to_string());
    for (way, path) in &files[1..] {
        let all = parsed(Path::new(path));
        assert_eq!(doc(&all), doc(&first), "{name}: {way}");
        let got = all["targets"].as_array().cloned().unwrap_or_default();
        if *way == "fullwidth" {
            // Quotes differ in the widened characters only.
            assert_eq!(
                said(&got, |s| s.to_string()),
                said(&plain, crate::mutate::widen),
                "{name}: {way}"
            );
        } else {
            assert_eq!(said(&got, |s| s.to_string()), expected, "{name}: {way}");
        }
    }
}

#[test]
fn seed_document_gives_the_same_targets_in_every_encoding() {
    same_targets_every_way(SEED);
}

#[test]
fn corpus_plan_gives_the_same_targets_in_every_encoding() {
    same_targets_every_way(CORPUS_PLAN);
}
