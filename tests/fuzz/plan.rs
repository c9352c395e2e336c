//! Fuzzing the plan loader on mutated real plan files (plans/*.toml): cut short,
//! bytes flipped, lines duplicated, dropped, swapped or rewritten. Nothing panics;
//! `check` and `open` agree; every error is one located line; a file that opens
//! takes a reviewer's verdict and gives it back byte for byte.

use super::{harness, mutate, Rng};
use plantrack::model::{Manual, Verdict};
use plantrack::store::{self, PlanFile, TargetRef};
use plantrack::Error;

const TARGET: &str = "plan";

// Grouped by kind, several to a line: one per line would hide the groups.
#[rustfmt::skip]
const LINES: &[&str] = &[
    "[plan]", "[[goal]]", "[[goal.target]]", "[goal.target.actual]", "[goal.target.manual]",
    "[goal]", "[[plan]]", "[[goal.target.actual]]", "id = \"一\"", "id = \"一.1\"", "id = \"\"",
    "id = \"二.(三).4\"", "id = 3", "title = \"\"", "year = 2014", "year = 99999999999",
    "year = -1", "year = \"2014\"", "op = \">=\"", "op = \"range\"", "op = \"<\"", "op = \"~\"",
    "op = \"大于\"", "value = 8", "value = nan", "value = inf", "value = -inf", "value = 1e400",
    "value = -0.0", "value = \"8\"", "value = []", "value = {}", "min = 5", "max = 3",
    "min = 25\nmax = 20", "unit = \"家\"", "unit = \"%\"", "status = \"met\"",
    "status = \"missed\"", "status = \"done\"", "note = \"checked\"", "note = '''\n多行\n'''",
    "source = \"manual\"", "source = \"sources/x.txt\"", "source = \"../../etc/passwd\"",
    "source = \"/etc/passwd\"", "source = \"C:\\\\x.txt\"", "source = \"sources/\"",
    "source = \".\"", "summary = \"../x.txt\"", "published = 2014-01-27",
    "published = 2014-13-45", "published = \"yesterday\"", "quote = \"全年新增孵化器8家\"",
    "quote = \"\\u0000\"", "metric = \"新增孵化器\"", "score = 2.5", "reason = \"\"", "x = 1",
    "text = \"\"\"", "\"\"\"", "'''", "# comment", "", "=", "[", "]", "\u{feff}", "a.b.c = 1",
    "goal = 1", "plan = \"x\"",
];

fn check(bytes: &[u8]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, bytes).expect("write the input");
    let lines = bytes.split(|&b| b == b'\n').count();
    let problems = store::check_plan(&path);
    for e in &problems {
        let shown = e.to_string();
        assert!(!shown.trim().is_empty(), "an empty error");
        assert!(
            !shown.trim_end().contains('\n'),
            "an error over several lines: {shown}"
        );
        if let Error::At { line, col, .. } = e {
            assert!(
                *line >= 1 && *line <= lines + 1 && *col >= 1,
                "{shown}: outside the file ({lines} lines)"
            );
        }
    }
    let shown: Vec<String> = problems.iter().map(|e| e.to_string()).collect();
    let mut file = match PlanFile::open(&path) {
        Ok(f) => f,
        Err(e) => {
            assert!(!problems.is_empty(), "open refused what check passed: {e}");
            return;
        }
    };
    let mut warnings: Vec<String> = file.warnings().iter().map(|e| e.to_string()).collect();
    warnings.sort();
    let mut all = shown.clone();
    all.sort();
    assert_eq!(all, warnings, "check found more than open's warnings");
    assert!(
        !file.save().expect("save an unedited file"),
        "an unedited save wrote"
    );
    let Some(goal) = file.plan().goals.iter().find(|g| !g.targets.is_empty()) else {
        return;
    };
    let target = TargetRef {
        goal: goal.id.clone(),
        index: goal.targets.len() - 1,
    };
    if goal.targets[target.index].manual.is_some()
        || file.plan().goals.iter().filter(|g| g.id == goal.id).count() > 1
    {
        return;
    }
    let manual = Manual {
        status: Some(Verdict::Met),
        note: "检查过 \"ok\"\n第二行".into(),
    };
    file.set_manual(&target, Some(&manual))
        .expect("set a verdict");
    file.save().expect("save the verdict");
    let reread = store::load_plan(&path).expect("reload after a verdict");
    let g = reread
        .goals
        .iter()
        .find(|g| g.id == target.goal)
        .expect("the goal");
    assert_eq!(g.targets[target.index].manual.as_ref(), Some(&manual));
    store::set_manual(&path, &target, None).expect("clear the verdict");
    // Line ends aside: an edit writes a file of mixed ones with one style.
    let after = std::fs::read(&path).expect("read back");
    let lf = |b: &[u8]| String::from_utf8_lossy(b).replace("\r\n", "\n");
    if lf(bytes) == lf(&after) && mixed_line_ends(bytes) {
        return;
    }
    assert_eq!(after, bytes, "set then clear changed the file");
}

fn mixed_line_ends(bytes: &[u8]) -> bool {
    let crlf = bytes.windows(2).filter(|w| w == b"\r\n").count();
    crlf > 0 && crlf < bytes.iter().filter(|&&b| b == b'\n').count()
}

/// Line-level edits of a plan file, then (sometimes) byte-level ones.
fn make(pool: &[Vec<u8>]) -> impl FnMut(&mut Rng) -> Vec<u8> + '_ {
    move |rng| {
        let text = String::from_utf8_lossy(rng.pick::<Vec<u8>>(pool)).into_owned();
        let mut lines: Vec<String> = text.split_inclusive('\n').map(String::from).collect();
        if rng.one_in(3) {
            // A short file is quicker to explore: keep the header and a few goals.
            let from = rng.below(lines.len());
            let keep = 40 + rng.below(80);
            let head: Vec<String> = lines.iter().take(14).cloned().collect();
            let tail: Vec<String> = lines.iter().skip(from).take(keep).cloned().collect();
            lines = head.into_iter().chain(tail).collect();
        }
        for _ in 0..1 + rng.below(4) {
            let n = lines.len();
            let i = rng.below(n.max(1));
            match rng.below(6) {
                0 if n > 0 => {
                    lines.remove(i);
                }
                1 if n > 0 => {
                    let l = lines[i].clone();
                    lines.insert(rng.below(n), l);
                }
                2 if n > 1 => {
                    let j = rng.below(n);
                    lines.swap(i, j);
                }
                3 if n > 0 => {
                    // Keep the key, change the value, or the reverse.
                    let new = rng.pick(LINES);
                    lines[i] = match (lines[i].split_once('='), new.split_once('=')) {
                        (Some((k, _)), Some((_, v))) if rng.one_in(2) => format!("{k}={v}\n"),
                        _ => format!("{new}\n"),
                    };
                }
                _ => lines.insert(i.min(n), format!("{}\n", rng.pick(LINES))),
            }
        }
        let mut data = lines.concat().into_bytes();
        if rng.one_in(10) {
            data = data
                .iter()
                .flat_map(|&b| {
                    if b == b'\n' {
                        vec![b'\r', b'\n']
                    } else {
                        vec![b]
                    }
                })
                .collect();
        }
        if rng.one_in(2) {
            let utf8 = !rng.one_in(4);
            mutate(rng, &mut data, &[], utf8);
        }
        data
    }
}

#[test]
fn fuzz_plan() {
    let pool = harness::pool(TARGET, &["plans"], &["toml"]);
    harness::fuzz(TARGET, 0x5eed_0003, 400, make(&pool), check);
}
