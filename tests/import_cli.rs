//! `plantrack import` over a folder as a user runs it: one plan file per plan year,
//! each linked to its summary, a line per plan in document order, quiet stderr when
//! not on a terminal, and single-file errors listed at the end without stopping.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus")
}

fn import(docs: &Path, out: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plantrack"))
        .arg("import")
        .arg(docs)
        .arg("--out")
        .arg(out)
        .output()
        .expect("plantrack runs")
}

fn lines(o: &Output) -> Vec<String> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn imports_and_links_the_corpus_in_document_order() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("plans");
    let o = import(&corpus(), &out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // No progress bar when stderr is not a terminal; one line for the news item whose
    // text never says which year's targets it lists ("今年发展的主要预期目标是…").
    let stderr = String::from_utf8_lossy(&o.stderr);
    let skipped: Vec<&str> = stderr.lines().collect();
    assert_eq!(skipped.len(), 1, "{stderr}");
    assert!(
        skipped[0].starts_with("plantrack: skipped ")
            && skipped[0].contains("national-2016-plan.txt: it sets 5 targets but names no year"),
        "{stderr}"
    );
    let lines = lines(&o);
    let plans: Vec<&str> = lines
        .iter()
        .map(|l| {
            let file = l.split(": ").next().unwrap();
            file.rsplit('/').next().unwrap()
        })
        .collect();
    assert_eq!(
        plans,
        [
            "guangdong-2023-plan.toml",
            // News of a review that also gives the new year's targets plans that year too.
            "national-2016-summary.toml",
            "national-2019-plan.toml",
            "national-2021-plan.toml",
            "national-2021-summary.toml",
            // Dated by the congress session that heard it (十四届全国人大一次会议).
            "national-2023-plan.toml",
            "national-2023-summary.toml",
            "pudong-2022-combined.toml",
            "shanghai-2023-plan.toml",
        ]
    );
    for l in &lines {
        assert!(l.starts_with("wrote "), "{l}");
    }
    let national = lines
        .iter()
        .find(|l| l.contains("national-2021-plan"))
        .unwrap();
    assert!(national.contains(": 国务院 2021, "), "{national}");
    assert!(
        national.ends_with(" linked from sources/national-2021-summary.txt"),
        "{national}"
    );
    // A combined document links its plan to its own summary half.
    let pudong = lines.iter().find(|l| l.contains("pudong")).unwrap();
    assert!(
        pudong.ends_with("from sources/pudong-2022-combined.txt"),
        "{pudong}"
    );
    let text = std::fs::read_to_string(out.join("national-2021-plan.toml")).unwrap();
    assert!(
        text.contains("summary = \"sources/national-2021-summary.txt\""),
        "{text}"
    );
    assert!(out.join("sources/national-2021-summary.txt").is_file());

    // Importing again changes nothing.
    let again = import(&corpus(), &out);
    assert!(again.status.success());
    let again = self::lines(&again);
    assert_eq!(again.len(), lines.len());
    for (a, b) in again.iter().zip(&lines) {
        assert_eq!(a, &b.replacen("wrote", "unchanged", 1));
    }
}

#[test]
fn a_failing_document_is_listed_at_the_end_and_the_rest_imported() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("plans");
    // Another document already holds the name this one would be copied to.
    std::fs::create_dir_all(out.join("sources")).unwrap();
    std::fs::write(out.join("sources/national-2019-plan.txt"), "另一份文件").unwrap();
    let o = import(&corpus(), &out);
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    let errs: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.starts_with("plantrack: skipped "))
        .collect();
    assert_eq!(errs.len(), 1, "{stderr}");
    assert!(errs[0].starts_with("plantrack: "), "{stderr}");
    assert!(errs[0].contains("national-2019-plan.txt"), "{stderr}");
    let lines = lines(&o);
    assert_eq!(lines.len(), 8, "{lines:?}");
    assert!(!out.join("national-2019-plan.toml").exists());
    assert!(out.join("national-2021-plan.toml").is_file());
}

fn plantrack(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plantrack"))
        .args(args)
        .output()
        .expect("plantrack runs")
}

#[test]
fn a_metric_corrected_by_hand_is_kept_by_every_rerun_and_used_by_the_linker() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(
        docs.join("plan.txt"),
        "# source: https://example.org/plan | 2024年某区科技工作要点\n\n2024年某区科技工作要点\n\n\
         一、主要目标\n\n全年新增市级众创空间5家，新增高新技术企业60家。\n",
    )
    .unwrap();
    let summary = tmp.path().join("summary.txt");
    std::fs::write(
        &summary,
        "# source: https://example.org/summary | 2024年某区科技工作总结\n\n2024年某区科技工作总结\n\n\
         一、2024年工作回顾\n\n全年新认定创新创业孵化载体7家，新认定高新技术企业72家。\n",
    )
    .unwrap();
    let out = tmp.path().join("plans");
    assert!(import(&docs, &out).status.success());
    let plan = out.join("plan.toml");
    let link = || {
        let o = plantrack(&[
            "link".as_ref(),
            plan.as_os_str(),
            "--summary".as_ref(),
            summary.as_os_str(),
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    // The review counts the spaces under another name: read alone, one target is unmeasured.
    assert!(link().contains("1 of 2 targets linked"));
    // A reviewer names the metric as the review does.
    let text = std::fs::read_to_string(&plan).unwrap();
    let edited = text.replace(
        "metric = \"新增市级众创空间\"",
        "metric = \"新认定创新创业孵化载体\"  # as the review counts them",
    );
    assert_ne!(text, edited);
    std::fs::write(&plan, &edited).unwrap();
    assert!(link().contains("2 of 2 targets linked"));
    let linked = std::fs::read_to_string(&plan).unwrap();
    assert!(
        linked.contains("quote = \"全年新认定创新创业孵化载体7家\""),
        "{linked}"
    );
    // A re-import of the plan keeps the corrected metric and its comment, and the link,
    // and says that the plan was linked before.
    let again = import(&docs, &out);
    assert!(again.status.success());
    assert!(
        lines(&again)[0].ends_with("2 targets, 2 linked before"),
        "{:?}",
        lines(&again)
    );
    let after = std::fs::read_to_string(&plan).unwrap();
    assert_eq!(after, linked);
}
