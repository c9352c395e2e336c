//! Plan files under fault: stray temp files, files changed behind our back,
//! paths that leave the plan folder, missing sources, and inputs that are not plans.

use plantrack::model::{Manual, Verdict};
use plantrack::store::{self, PlanFile, TargetRef};
use plantrack::Error;
use std::path::{Path, PathBuf};

const PLAN: &str = r#"# reviewed by hand
[plan]
title = "2014年嘉定区科技和信息化工作要点"
issuer = "上海市嘉定区科学技术委员会"
year = 2014
source = "sources/plan.txt"

[[goal]]
id = "一"
title = "聚焦创新载体建设"

[[goal.target]]
metric = "新增孵化器"
op = ">="
value = 8
unit = "家"
quote = "全年新增孵化器8家"
"#;

fn folder(plan: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    std::fs::write(dir.path().join("sources/plan.txt"), "全年新增孵化器8家。").unwrap();
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, plan).unwrap();
    (dir, path)
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn met() -> Manual {
    Manual {
        status: Some(Verdict::Met),
        note: "checked".into(),
    }
}

fn first() -> TargetRef {
    TargetRef {
        goal: "一".into(),
        index: 0,
    }
}

#[test]
fn writes_leave_no_temp_files_behind() {
    let (dir, path) = folder(PLAN);
    store::set_manual(&path, &first(), Some(&met())).unwrap();
    store::write_plan(
        &dir.path().join("new.toml"),
        &store::load_plan(&path).unwrap(),
    )
    .unwrap();
    assert_eq!(names(dir.path()), ["new.toml", "plan.toml", "sources"]);
    // A refused write leaves nothing either.
    let mut f = PlanFile::open(&path).unwrap();
    f.set_manual(&first(), None).unwrap();
    std::fs::write(&path, PLAN).unwrap();
    assert!(f.save().is_err());
    assert_eq!(names(dir.path()), ["new.toml", "plan.toml", "sources"]);
}

#[test]
fn a_file_changed_on_disk_since_it_was_read_is_not_overwritten() {
    let (_dir, path) = folder(PLAN);
    let mut f = PlanFile::open(&path).unwrap();
    f.set_manual(&first(), Some(&met())).unwrap();
    let theirs = PLAN.replace("# reviewed by hand", "# edited in another window");
    std::fs::write(&path, &theirs).unwrap();
    assert!(f.changed_on_disk());
    let err = f.save().unwrap_err().to_string();
    assert!(err.contains("changed on disk"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);

    // Reloading picks up their change, and our edit then applies on top of it.
    let mut f = PlanFile::open(&path).unwrap();
    f.set_manual(&first(), Some(&met())).unwrap();
    assert!(f.save().unwrap());
    assert!(!f.save().unwrap(), "an unchanged handle writes nothing");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# edited in another window"));
    assert!(text.contains("status = \"met\""));
}

#[test]
fn paths_that_leave_the_plan_folder_are_refused() {
    let (_dir, path) = folder(&PLAN.replace("sources/plan.txt", "../../etc/passwd"));
    let err = store::load_plan(&path).unwrap_err();
    assert!(
        matches!(
            err,
            Error::At {
                line: 6,
                col: 10,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("leaves the plan's folder"));
    for bad in ["../../etc/passwd", "/etc/passwd", "sources/../../x"] {
        assert!(store::resolve_source(&path, bad).is_err(), "{bad}");
    }
    let ok = store::resolve_source(&path, "sources/plan.txt").unwrap();
    assert!(ok.is_file());
}

#[test]
fn a_plan_whose_source_is_gone_still_opens_with_a_warning() {
    let (dir, path) = folder(PLAN);
    std::fs::remove_file(dir.path().join("sources/plan.txt")).unwrap();
    let f = PlanFile::open(&path).unwrap();
    assert_eq!(f.plan().goals.len(), 1);
    let warning = f.warnings()[0].to_string();
    assert!(warning.contains("plan.toml:6:10: source document `sources/plan.txt` not found"));
    let problems = store::check_plan(&path);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].to_string(), warning);
}

#[test]
fn bom_and_windows_line_ends_are_kept_by_edits() {
    let crlf = format!("\u{feff}{}", PLAN.replace('\n', "\r\n"));
    let (_dir, path) = folder(&crlf);
    assert_eq!(store::load_plan(&path).unwrap().goals[0].id, "一");
    store::set_manual(&path, &first(), Some(&met())).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("status = \"met\"\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "mixed line ends");
    store::set_manual(&path, &first(), None).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), crlf);
}

#[test]
fn a_file_without_a_final_line_break_is_left_as_it_was() {
    for plan in [
        PLAN.trim_end().to_string(),
        PLAN.trim_end().replace('\n', "\r\n"),
    ] {
        let (_dir, path) = folder(&plan);
        let mut f = PlanFile::open(&path).unwrap();
        assert_eq!(f.text(), plan);
        assert!(!f.save().unwrap(), "an unedited file was written");
        store::set_manual(&path, &first(), Some(&met())).unwrap();
        assert!(std::fs::read_to_string(&path).unwrap().contains("checked"));
        store::set_manual(&path, &first(), None).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), plan);
    }
}

#[test]
fn mixed_line_ends_are_left_alone_until_an_edit_writes_one_style() {
    // One CRLF line among LF ones, as a Windows editor leaves a line it touched.
    let mixed = PLAN.replacen("year = 2014\n", "year = 2014\r\n", 1);
    let (_dir, path) = folder(&mixed);
    let mut f = PlanFile::open(&path).unwrap();
    assert!(!f.save().unwrap(), "an unedited file was written");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), mixed);
    // An edit writes the line ends most lines had, and changes nothing else.
    store::set_manual(&path, &first(), Some(&met())).unwrap();
    store::set_manual(&path, &first(), None).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), PLAN);
    let mostly_crlf = PLAN.replace('\n', "\r\n").replacen("2014\r\n", "2014\n", 1);
    let (_dir, path) = folder(&mostly_crlf);
    store::set_manual(&path, &first(), Some(&met())).unwrap();
    store::set_manual(&path, &first(), None).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        PLAN.replace('\n', "\r\n")
    );
}

#[test]
fn inputs_that_are_not_plans_get_one_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let err = store::load_plan(d).unwrap_err().to_string();
    assert!(
        err.ends_with("is a folder, expected a plan file (.toml)"),
        "{err}"
    );
    assert!(store::load_plan(&d.join("missing.toml")).is_err());

    let cases: [(&str, &[u8]); 4] = [
        ("empty.toml", b""),
        ("binary.toml", &[0xff, 0xfe, 0x00, 0x12, 0x80]),
        ("nul.toml", b"[plan]\ntitle = \"a\0b\"\nyear = 2014\n"),
        (
            "gbk.toml",
            &[b'[', b'p', b'l', b'a', b'n', b']', b'\n', 0xc4, 0xe3],
        ),
    ];
    for (name, bytes) in cases {
        let p = d.join(name);
        std::fs::write(&p, bytes).unwrap();
        let err = store::load_plan(&p).unwrap_err().to_string();
        assert!(err.contains(name) && !err.contains('\n'), "{name}: {err}");
        assert_eq!(store::check_plan(&p).len(), 1, "{name}");
    }
    let empty = store::load_plan(&d.join("empty.toml"))
        .unwrap_err()
        .to_string();
    assert!(empty.ends_with(
        "empty.toml:1:1: missing [plan] table, expected [plan] with title, issuer and year"
    ));
}

#[test]
fn documents_read_with_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let err = store::read_document(dir.path()).unwrap_err().to_string();
    assert!(err.contains("is a directory"), "{err}");
    assert!(store::read_document(&dir.path().join("nope.txt")).is_err());
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let err = store::read_document(&dir.path().join("empty.txt"))
        .unwrap_err()
        .to_string();
    assert!(
        err.ends_with("empty.txt: holds no text; expected a plan or summary as text or HTML"),
        "{err}"
    );
}

#[test]
fn find_plans_lists_plan_files_sorted_without_sources() {
    let (dir, path) = folder(PLAN);
    let d = dir.path();
    std::fs::write(d.join("sources/stray.toml"), "").unwrap();
    std::fs::create_dir(d.join("2015")).unwrap();
    std::fs::write(d.join("2015/b.toml"), "").unwrap();
    std::fs::write(d.join("a.toml"), "").unwrap();
    std::fs::write(d.join("notes.txt"), "").unwrap();
    let found = store::find_plans(&[d.to_path_buf()]).unwrap();
    assert_eq!(
        found,
        [d.join("a.toml"), path.clone(), d.join("2015/b.toml")]
    );
    let given = store::find_plans(&[d.join("notes.txt")]).unwrap();
    assert_eq!(given, [d.join("notes.txt")]);
    assert!(store::find_plans(&[d.join("nowhere")]).is_err());
}

#[test]
fn an_error_quoting_a_multi_line_value_stays_on_one_line() {
    let (_dir, path) = folder(&PLAN.replace("op = \">=\"", "op = '''\n大于\n'''\nid = \"a\\tb\""));
    let problems = store::check_plan(&path);
    assert!(!problems.is_empty());
    for e in &problems {
        let shown = e.to_string();
        assert!(!shown.contains(['\n', '\t']), "{shown:?}");
    }
    let op = problems[0].to_string();
    assert!(
        op.ends_with("unknown op `大于\\n`, expected one of: >=, >, <=, <, range, approx"),
        "{op}"
    );
}
