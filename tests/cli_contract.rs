//! The command line as scripts and people meet it: closed pipes and full disks, files
//! that are not documents, arguments in the wrong order, a summary of the wrong year,
//! one bad plan among good ones, the formats each command offers.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_plantrack"));
    c.env_remove("NO_COLOR");
    c
}

fn run(args: &[&str], dir: &Path) -> Output {
    bin().args(args).current_dir(dir).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A copy of bundled plans and their sources in a fresh folder, to change freely.
fn bundled(plans: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let sources = dir.path().join("sources");
    std::fs::create_dir(&sources).unwrap();
    for entry in std::fs::read_dir(repo().join("plans/sources")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, sources.join(p.file_name().unwrap())).unwrap();
    }
    for name in plans {
        std::fs::copy(repo().join("plans").join(name), dir.path().join(name)).unwrap();
    }
    dir
}

#[test]
fn a_reader_that_goes_away_ends_the_program_quietly() {
    // The JSON report of the bundled plans is far larger than a pipe holds, so the
    // program is still writing when the reader closes its end.
    let mut child = bin()
        .args(["report", "--format", "json", "plans"])
        .current_dir(repo())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 64];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut head)
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert!(text(&head).starts_with('{'));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_eq!(text(&o.stderr), "");
}

#[test]
fn a_full_disk_is_one_sentence_and_exit_2() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // not Linux: no device that is always full
    };
    let o = bin()
        .args(["report", "plans"])
        .current_dir(repo())
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(err.starts_with("plantrack: cannot write output"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn files_that_hold_no_document_are_refused_by_every_reader() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("blank.txt"), "\n \n\t\n").unwrap();
    // Bytes of every value, as a binary file has them.
    let noise: Vec<u8> = (0..8000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 11) as u8)
        .collect();
    std::fs::write(dir.path().join("noise.txt"), noise).unwrap();
    for (file, why) in [
        ("empty.txt", "holds no text"),
        ("blank.txt", "holds no text"),
        ("noise.txt", "is not text"),
    ] {
        for args in [
            vec!["parse", file],
            vec!["quantities", file],
            vec!["judge", file, file],
        ] {
            let o = run(&args, dir.path());
            let err = text(&o.stderr);
            assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
            assert!(err.contains(file) && err.contains(why), "{args:?}: {err}");
            assert!(o.stdout.is_empty(), "{args:?}");
        }
    }
    // import copies none of them into the plan folder's sources.
    let o = run(
        &["import", "empty.txt", "noise.txt", "--out", "plans"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(!dir.path().join("plans/sources/empty.txt").exists());
    assert!(!dir.path().join("plans/sources/noise.txt").exists());
}

#[test]
fn judge_with_the_files_swapped_says_so_and_names_the_right_order() {
    let src = repo().join("plans/sources");
    let o = run(
        &[
            "judge",
            "shanghai-2023-summary.txt",
            "shanghai-2023-plan.txt",
        ],
        &src,
    );
    // Said on stderr; scripts still get their (empty) links and exit 0.
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    let err = text(&o.stderr);
    assert!(err.contains("sets no targets"), "{err}");
    assert!(
        err.contains("plantrack judge shanghai-2023-plan.txt shanghai-2023-summary.txt"),
        "{err}"
    );
    let o = run(
        &[
            "judge",
            "shanghai-2023-plan.txt",
            "shanghai-2023-summary.txt",
            "--format",
            "json",
        ],
        &src,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["links"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["verdict"] == "met"));
}

#[test]
fn a_summary_of_another_year_is_refused_and_the_actuals_kept() {
    let dir = bundled(&["national-2023-plan.toml"]);
    let plan = dir.path().join("national-2023-plan.toml");
    let before = std::fs::read_to_string(&plan).unwrap();
    assert!(before.contains("[goal.target.actual]"));
    let args = [
        "link",
        "national-2023-plan.toml",
        "--summary",
        "sources/national-2016-summary.txt",
    ];
    let o = run(&args, dir.path());
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("reports on 2016") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), before);
    // Forced, it links, and names every actual it takes away.
    let o = run(&[&args[..], &["--force"]].concat(), dir.path());
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let removed = before.matches("\n[goal.target.actual]").count();
    assert_eq!(
        err.matches("removed the actual of").count(),
        removed,
        "{err}"
    );
}

#[test]
fn link_goes_on_past_a_plan_it_cannot_link_and_names_it() {
    let dir = bundled(&["jiading-2014-plan.toml", "national-2023-plan.toml"]);
    let o = run(
        &["link", "jiading-2014-plan.toml", "national-2023-plan.toml"],
        dir.path(),
    );
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err.contains("jiading-2014-plan.toml: names no summary"),
        "{err}"
    );
    assert!(
        err.contains("skipped 1 plan: jiading-2014-plan.toml"),
        "{err}"
    );
    assert!(out.contains("national-2023-plan.toml: 5 of"), "{out}");
}

#[test]
fn one_bad_plan_is_named_and_the_others_reported() {
    let dir = bundled(&["jiading-2014-plan.toml", "national-2023-plan.toml"]);
    std::fs::write(dir.path().join("broken.toml"), "[plan]\nyear = \"soon\"\n").unwrap();
    for format in ["text", "json", "markdown", "csv"] {
        let o = run(&["report", ".", "--format", format], dir.path());
        let (out, err) = (text(&o.stdout), text(&o.stderr));
        assert_eq!(o.status.code(), Some(2), "{format}");
        assert!(
            out.contains("嘉定") && out.contains("国务院"),
            "{format}: {out}"
        );
        assert!(err.contains("broken.toml:2:"), "{format}: {err}");
        assert!(err.contains("leaves out 1 plan file"), "{format}: {err}");
    }
}

#[test]
fn each_command_offers_the_formats_it_has_and_check_defaults_to_plans() {
    for (cmd, refused) in [
        ("parse", "csv"),
        ("judge", "markdown"),
        ("quantities", "toml"),
        ("report", "toml"),
    ] {
        let o = run(&[cmd, "--format", refused, "x"], &repo());
        assert_eq!(o.status.code(), Some(2), "{cmd}");
        assert!(text(&o.stderr).contains("invalid value"), "{cmd}");
    }
    let o = run(&["check"], &repo());
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(
        text(&o.stdout).starts_with("ok: 26 plans, "),
        "{}",
        text(&o.stdout)
    );
    let o = run(&["completions", "bash"], &repo());
    assert_eq!(o.status.code(), Some(0));
    assert!(text(&o.stdout).contains("plantrack"));
}

#[test]
fn parse_as_text_lists_every_target_and_actual_under_its_section() {
    let o = run(
        &["parse", "plans/sources/national-2016-summary.txt"],
        &repo(),
    );
    let out = text(&o.stdout);
    assert!(out.contains("(before the first heading)"), "{out}");
    assert!(
        out.contains("actual 城镇新增就业: 1314万人  「全年城镇新增就业1314万人」"),
        "{out}"
    );
    assert!(out.contains("6700公里 or more"), "{out}");
    assert!(out.contains("target 居民消费价格涨幅: ≈ 3%"), "{out}");
    assert!(!out.contains("Some("), "{out}");
    let o = run(&["parse", "plans/sources/jiading-2014-plan.txt"], &repo());
    let out = text(&o.stdout);
    assert!(
        out.starts_with("2014年上海市嘉定区科技与信息化工作要点 (plan, plans 2014)"),
        "{out}"
    );
    assert!(out.contains("11 targets, 0 actuals"), "{out}");
    let under = out.find("一.3 深入推进大孵化器建设").unwrap();
    assert!(
        out[under..].find("target 新增孵化器: ≥ 8家").is_some(),
        "{out}"
    );
}

#[test]
fn json_figures_carry_no_float_noise() {
    let mut child = bin()
        .args(["quantities", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("达到4.1万亿元，粮食产量1.39万亿斤".as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let out = text(&o.stdout);
    assert!(out.contains("\"value\": 4100000000000.0"), "{out}");
    assert!(out.contains("\"value\": 1390000000000.0"), "{out}");
}
