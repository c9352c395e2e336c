//! `plantrack check` as a user runs it: exit 0 with a tally, or exit 2 with one
//! `file:line:col: message` line per problem; never a panic.

use std::path::Path;
use std::process::{Command, Output};

const GOOD: &str = r#"[plan]
title = "2014年嘉定区科技和信息化工作要点"
issuer = "上海市嘉定区科学技术委员会"
year = 2014
source = "sources/jiading-2014-plan.txt"

[[goal]]
id = "三"
title = "聚焦企业创新主体培育"

[[goal]]
id = "三.3"
title = "推进知识产权发展战略应用"

[[goal.target]]
metric = "专利申请量"
op = ">"
value = 5000
unit = "件"
quote = "专利申请量超5000件"

[[goal.target]]
metric = "专利授权量"
op = ">"
value = 3000
unit = "件"
quote = "专利授权量超3000件"
"#;

fn check(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plantrack"))
        .arg("check")
        .args(args)
        .output()
        .unwrap()
}

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    std::fs::copy(
        "tests/fixtures/seeds/001_b9eb083d6560eb72.txt",
        dir.path().join("sources/jiading-2014-plan.txt"),
    )
    .unwrap();
    std::fs::write(dir.path().join("good.toml"), GOOD).unwrap();
    dir
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_good_plan_passes_with_a_tally() {
    let dir = folder();
    let out = check(&[&dir.path().join("good.toml")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "ok: 1 plan, 2 goals, 2 targets\n"
    );
    // A folder is searched for plan files, and sources/ is left alone.
    let out = check(&[dir.path()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_malformed_plan_fails_with_located_messages() {
    let dir = folder();
    let bad = dir.path().join("bad.toml");
    let text = GOOD
        .replace("op = \">\"\nvalue = 5000", "op = \"=>\"\nvaule = 5000")
        .replace("id = \"三\"", "id = \"四\"");
    std::fs::write(&bad, text).unwrap();
    let out = check(&[&dir.path().join("good.toml"), &bad]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    let b = bad.display();
    assert_eq!(
        lines[0],
        format!(
            "{b}:12:6: the parent of goal `三.3` is missing, expected a [[goal]] with id = \"三\""
        )
    );
    assert!(lines[1].starts_with(&format!("{b}:17:6: unknown op `=>`")));
    assert!(lines[2].starts_with(&format!("{b}:18:1: unknown key `vaule`")));
    assert_eq!(lines[3], "plantrack: 3 problems in 2 plan files");
    assert!(!err.contains("panicked"));
}

#[test]
fn garbage_and_missing_inputs_exit_2_without_panicking() {
    let dir = folder();
    let garbage = dir.path().join("garbage.toml");
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    std::fs::write(&garbage, bytes).unwrap();
    let syntax = dir.path().join("syntax.toml");
    std::fs::write(&syntax, "[plan]\ntitle = \"unterminated\nyear = 2014\n").unwrap();
    for (path, expect) in [
        (
            garbage.clone(),
            "garbage.toml: is not UTF-8 text".to_string(),
        ),
        (
            syntax.clone(),
            format!("{}:2:22: invalid TOML", syntax.display()),
        ),
        (
            dir.path().join("none.toml"),
            "no such file or folder".into(),
        ),
    ] {
        let out = check(&[&path]);
        assert_eq!(out.status.code(), Some(2), "{}", path.display());
        let err = stderr(&out);
        assert!(err.contains(&expect), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}
