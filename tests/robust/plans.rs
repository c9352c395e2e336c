//! Plan files through the real binary as a reviewer uses them: import, link, edit
//! by hand, then import and link again. Re-runs change nothing, hand edits
//! (comments, target order, verdicts, notes) survive, and a write that cannot be
//! done leaves the plan as it was with no stray file beside it.

use crate::support::{assert_clean, run, seed};
use std::path::Path;

const PLAN_DOC: &str = "corpus/guangdong-2023-plan.txt";
const SUMMARY_DOC: &str = "corpus/guangdong-2023-summary.txt";
const PLAN: &str = "plans/guangdong-2023-plan.toml";

/// Run a command that must succeed; its stdout.
fn ok(args: &[&str], dir: &Path) -> String {
    let out = run(args, dir);
    let code = assert_clean(&format!("{args:?}"), &out, false);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(code, 0, "{args:?}: {err}");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn file_name(fixture: &str) -> &str {
    fixture.rsplit('/').next().unwrap_or(fixture)
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("read the folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// A folder with the plan imported from its document and linked to its summary.
fn imported_and_linked() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("docs")).expect("docs folder");
    for doc in [PLAN_DOC, SUMMARY_DOC] {
        std::fs::write(dir.path().join("docs").join(file_name(doc)), seed(doc)).expect("copy doc");
    }
    let d = dir.path();
    assert!(ok(
        &["import", "docs/guangdong-2023-plan.txt", "--out", "plans"],
        d
    )
    .starts_with("wrote "));
    let linked = ok(
        &["link", PLAN, "--summary", "docs/guangdong-2023-summary.txt"],
        d,
    );
    assert!(linked.starts_with("wrote "), "{linked}");
    dir
}

/// The target blocks of a plan file: the head, then one string per `[[goal.target]]`.
fn blocks(text: &str) -> (String, Vec<String>) {
    let mut parts = text.split("[[goal.target]]\n");
    let head = parts.next().unwrap_or_default().to_string();
    let blocks = parts.map(|b| format!("[[goal.target]]\n{b}")).collect();
    (head, blocks)
}

fn metric(block: &str) -> &str {
    block
        .lines()
        .find_map(|l| l.strip_prefix("metric = "))
        .unwrap_or_default()
}

#[test]
fn import_and_link_reruns_keep_every_hand_edit() {
    let dir = imported_and_linked();
    let d = dir.path();
    let path = d.join(PLAN);
    let written = std::fs::read_to_string(&path).expect("the plan");
    let (head, mut targets) = blocks(&written);
    assert!(targets.len() >= 5, "{written}");
    let linked = |b: &String| b.contains("[goal.target.actual]");
    let unlinked = targets
        .iter()
        .position(|b| !linked(b))
        .expect("an unlinked target");
    let with_actual = targets.iter().position(linked).expect("a linked target");

    // A reviewer's pass: the last target moved first, a comment above one target,
    // verdicts with notes on a linked and an unlinked target, a remark at the end.
    let add = |b: &mut String, what: &str| {
        let at = b.find("\nquote = ").expect("a quote");
        let end = at + 1 + b[at + 1..].find('\n').expect("end of the quote line");
        b.insert_str(end + 1, what);
    };
    add(
        &mut targets[unlinked],
        "status = \"missed\"\nnote = \"口径不同，按统计公报\"  # asked the bureau\n",
    );
    add(
        &mut targets[with_actual],
        "status = \"met\"\nnote = \"\"\"\n核对过\n两行\"\"\"\n",
    );
    targets[1].insert_str(0, "# checked against the yearbook table\n");
    let last = targets.pop().expect("a target");
    targets.insert(0, last);
    let edited = format!("{head}{}# end of review\n", targets.concat());
    std::fs::write(&path, &edited).expect("hand edit");
    let order: Vec<String> = targets.iter().map(|b| metric(b).to_string()).collect();

    for _ in 0..2 {
        let link = ok(
            &["link", PLAN, "--summary", "docs/guangdong-2023-summary.txt"],
            d,
        );
        assert!(link.starts_with("unchanged "), "{link}");
        assert_eq!(std::fs::read_to_string(&path).expect("plan"), edited);
        let again = ok(
            &["import", "docs/guangdong-2023-plan.txt", "--out", "plans"],
            d,
        );
        assert!(again.starts_with("unchanged "), "{again}");
        assert_eq!(std::fs::read_to_string(&path).expect("plan"), edited);
    }
    let (_, now) = blocks(&edited);
    let now: Vec<&str> = now.iter().map(|b| metric(b)).collect();
    assert_eq!(now, order);
    assert_eq!(
        names(&d.join("plans")),
        ["guangdong-2023-plan.toml", "sources"]
    );

    // The verdicts are read as the reviewer meant them.
    let report = ok(&["report", PLAN, "--format", "json"], d);
    assert!(report.contains("口径不同，按统计公报"), "{report}");
    assert!(report.contains("核对过\\n两行"), "{report}");
}

#[test]
fn an_edit_made_between_runs_is_kept_by_the_next_run() {
    // `link` reads the file, and a reviewer's edit made since is kept: the next
    // run starts from the file as it is now.
    let dir = imported_and_linked();
    let d = dir.path();
    let path = d.join(PLAN);
    let text = std::fs::read_to_string(&path).expect("plan");
    let edited = text.replacen(
        "[[goal]]",
        "# added while plantrack was closed\n[[goal]]",
        1,
    );
    std::fs::write(&path, &edited).expect("edit");
    ok(
        &["link", PLAN, "--summary", "docs/guangdong-2023-summary.txt"],
        d,
    );
    assert_eq!(std::fs::read_to_string(&path).expect("plan"), edited);
}

#[cfg(unix)]
#[test]
fn a_write_that_fails_leaves_the_plan_and_no_temp_file() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    std::fs::write(d.join(file_name(PLAN_DOC)), seed(PLAN_DOC)).expect("doc");
    std::fs::create_dir_all(d.join("plans/sources")).expect("folders");
    std::fs::write(d.join("plans/sources/summary.txt"), seed(SUMMARY_DOC)).expect("doc");
    ok(&["import", file_name(PLAN_DOC), "--out", "plans"], d);
    let path = d.join(PLAN);
    let folder = d.join("plans");
    let before = std::fs::read(&path).expect("plan");
    let inode = std::fs::metadata(&path).expect("meta").ino();

    // Linking writes actuals, but the folder is read-only: no temp file can be made
    // beside the plan (unless run as root, whom permissions do not stop).
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let out = run(&["link", PLAN, "--summary", "plans/sources/summary.txt"], d);
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let code = assert_clean("link into a read-only folder", &out, true);
    let mut expected = vec!["guangdong-2023-plan.toml", "sources"];
    expected.sort();
    assert_eq!(names(&folder), expected);
    let after = std::fs::read(&path).expect("plan");
    if code == 2 {
        assert_eq!(after, before, "a failed write changed the plan");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("guangdong-2023-plan.toml"), "{err}");
    } else {
        // Written: by a rename over the old file, never in place.
        assert_ne!(after, before);
        assert_ne!(std::fs::metadata(&path).expect("meta").ino(), inode);
    }
}

#[test]
fn sources_outside_the_plan_folder_are_refused_by_every_command() {
    let dir = imported_and_linked();
    let d = dir.path();
    let text = std::fs::read_to_string(d.join(PLAN)).expect("plan");
    let source = "source = \"sources/guangdong-2023-plan.txt\"";
    assert!(text.contains(source), "{text}");
    for (bad, why) in [
        ("../../etc/passwd", "leaves the plan's folder"),
        ("sources/../../x.txt", "leaves the plan's folder"),
        ("/etc/passwd", "is absolute"),
    ] {
        let plan = text.replace(source, &format!("source = \"{bad}\""));
        let path = d.join("plans/bad.toml");
        std::fs::write(&path, &plan).expect("write");
        for cmd in [
            &["check", "plans/bad.toml"][..],
            &["report", "plans/bad.toml"],
            &["link", "plans/bad.toml"],
        ] {
            let out = run(cmd, d);
            assert_eq!(
                assert_clean(&format!("{cmd:?}"), &out, cmd[0] != "check"),
                2
            );
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains(&format!("`{bad}` {why}")), "{cmd:?}: {err}");
            assert_eq!(std::fs::read_to_string(&path).expect("plan"), plan);
        }
    }
}

#[test]
fn a_plan_whose_source_is_gone_is_reported_with_a_warning() {
    let dir = imported_and_linked();
    let d = dir.path();
    std::fs::remove_file(d.join("plans/sources/guangdong-2023-plan.txt")).expect("remove");
    let out = run(&["report", PLAN], d);
    assert_eq!(assert_clean("report", &out, false), 0);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("plantrack: warning: "), "{err}");
    assert!(
        err.contains("`sources/guangdong-2023-plan.txt` not found"),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("地区生产总值增长"));
    // `check` counts it as a problem of the file.
    assert_eq!(assert_clean("check", &run(&["check", PLAN], d), false), 2);
}
