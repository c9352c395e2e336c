//! Running the real binary on odd inputs: each run either succeeds or fails with
//! clear one-line errors and exit 2, and never panics.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn seed(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub const SEED: &str = "seeds/003_ed320ace82496732.txt";
pub const CORPUS_PLAN: &str = "corpus/national-2019-plan.txt";

pub fn run(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plantrack"))
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .output()
        .expect("run plantrack")
}

/// Exit 0, or exit 2 with only `plantrack: …` or `file:line:col: …` lines on
/// stderr (`one_line`: exactly one); never a panic (exit 101).
pub fn assert_clean(what: &str, out: &Output, one_line: bool) -> i32 {
    let code = out.status.code().unwrap_or(-1);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{what}: panicked:\n{err}");
    assert!(code == 0 || code == 2, "{what}: exit {code}\n{err}");
    if code == 2 {
        let lines: Vec<&str> = err.lines().collect();
        assert!(!lines.is_empty(), "{what}: exit 2 without a message");
        if one_line {
            assert_eq!(lines.len(), 1, "{what}: more than one error line:\n{err}");
            assert!(lines[0].starts_with("plantrack: "), "{what}: {err}");
        }
        for l in &lines {
            assert!(l.trim().len() > 12, "{what}: a bare error line {l:?}");
        }
    }
    code
}

/// The commands that read a document (parse, quantities, judge); returns the exit
/// code of `parse`.
pub fn reading_commands(file: &Path, dir: &Path) -> i32 {
    let f = file.to_str().expect("utf-8 path");
    let json = run(&["parse", f, "--format", "json"], dir);
    let parse = assert_clean(&format!("parse {f}"), &json, true);
    if parse == 0 {
        serde_json::from_slice::<serde_json::Value>(&json.stdout).expect("parse prints JSON");
    }
    assert_clean(
        &format!("quantities {f}"),
        &run(&["quantities", f], dir),
        true,
    );
    assert_clean(&format!("judge {f}"), &run(&["judge", f, f], dir), true);
    parse
}

/// Every command on one document file (or folder): the reading ones, then import,
/// check and report on it and on what import wrote; returns the exit code of `parse`.
pub fn every_command(file: &Path, dir: &Path) -> i32 {
    let parse = reading_commands(file, dir);
    let f = file.to_str().expect("utf-8 path");
    let out_dir: PathBuf = dir.join("out-plans");
    let o = out_dir.to_str().expect("utf-8 path");
    let import = run(&["import", f, "--out", o], dir);
    assert_clean(&format!("import {f}"), &import, false);
    // A document is no plan file: check and report say so, or read what import wrote.
    assert_clean(&format!("check {f}"), &run(&["check", f], dir), false);
    assert_clean(&format!("report {f}"), &run(&["report", f], dir), false);
    if out_dir.is_dir() {
        let check = run(&["check", o], dir);
        if import.status.code() == Some(0) && plans_in(&out_dir) > 0 {
            assert_eq!(
                assert_clean("check imported", &check, false),
                0,
                "imported plans do not check: {}",
                String::from_utf8_lossy(&check.stderr)
            );
        }
        assert_clean("report imported", &run(&["report", o], dir), false);
    }
    parse
}

fn plans_in(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|d| {
            d.filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "toml"))
            })
            .count()
        })
        .unwrap_or(0)
}

/// What `parse --format json` prints for a file.
pub fn parsed(file: &Path) -> serde_json::Value {
    let f = file.to_str().expect("utf-8 path");
    let out = run(
        &["parse", f, "--format", "json"],
        file.parent().expect("folder"),
    );
    assert_eq!(assert_clean(f, &out, true), 0);
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// The targets `parse --format json` gives for a file.
pub fn targets(file: &Path) -> Vec<serde_json::Value> {
    parsed(file)["targets"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}
