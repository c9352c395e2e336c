//! `check_plan` finds every schema problem and locates each one (line:col).

use plantrack::store;
use plantrack::Error;

/// Lines 1-6; each case below starts on line 7.
const HEAD: &str = r#"[plan]
title = "2014年嘉定区科技和信息化工作要点"
issuer = "上海市嘉定区科学技术委员会"
year = 2014

[[goal]]
"#;

/// (goal body appended to HEAD, expected line, col, message fragment)
const CASES: &[(&str, usize, usize, &str)] = &[
    (
        "id = \"一\"\n[[goal.target]]\nmetric = \"m\"\nop = \"=>\"\nvalue = 8\n",
        10,
        6,
        "unknown op `=>`, expected one of: >=, >, <=, <, range, approx",
    ),
    (
        "id = \"一\"\n[[goal.target]]\nmetric = \"m\"\nvalue = 8\nstatus = \"done\"\n",
        11,
        10,
        "unknown status `done`, expected one of: met, missed, unmeasured",
    ),
    (
        "id = \"一\"\n[[goal.target]]\nmetric = \"新增孵化器\"\nunit = \"家\"\n",
        8,
        1,
        "target has no number, expected `value`",
    ),
    (
        "id = \"一\"\n[[goal.target]]\nop = \"range\"\nmin = 20\n",
        8,
        1,
        "op = \"range\" needs both `min` and `max`",
    ),
    (
        "id = \"一\"\n[[goal.target]]\nop = \"range\"\nmin = 25\nmax = 20\n",
        10,
        7,
        "range min 25 is above max 20",
    ),
    (
        "id = \"一.(二)\"\n",
        7,
        6,
        "the parent of goal `一.(二)` is missing, expected a [[goal]] with id = \"一\"",
    ),
    (
        "id = \"一\"\n\n[[goal]]\nid = \"一\"\n",
        10,
        6,
        "duplicate goal id `一` (first at line 7)",
    ),
    (
        "id = \"一..3\"\n",
        7,
        6,
        "goal id `一..3` has an empty part",
    ),
    (
        "title = \"no id\"\n",
        6,
        1,
        "[[goal]] has no `id`",
    ),
    (
        "id = \"一\"\n[[goal.target]]\nvaule = 8\n",
        9,
        1,
        "unknown key `vaule` in [[goal.target]], expected one of: metric, op, value, min, max, unit, quote, status, note, actual (did you mean `value`?)",
    ),
    (
        "id = \"一\"\n[[goal.target]]\nvalue = \"八\"\n",
        9,
        9,
        "`value` must be a number, found a string",
    ),
    (
        "id = \"一\"\n[[goal.target]]\nvalue = 8\n[goal.target.actual]\nunit = \"家\"\n",
        10,
        1,
        "actual has no `value`",
    ),
    (
        "id = \"一\"\n[[goal.target]]\nvalue = 8\n[goal.target.actual]\nvalue = 9\nmatch = { score = 1, reson = \"x\" }\n",
        12,
        22,
        "unknown key `reson` in the actual's `match`",
    ),
    (
        "id = \"一\"\n[goal.target]\nvalue = 8\n",
        8,
        1,
        "write [[goal.target]]",
    ),
    (
        "id = \"一\"\ntitle = \"unterminated\n",
        8,
        22,
        "invalid TOML: invalid basic string, expected a closing quote",
    ),
];

fn located(e: &Error) -> (usize, usize, String) {
    match e {
        Error::At {
            line, col, message, ..
        } => (*line, *col, message.clone()),
        other => panic!("not located: {other}"),
    }
}

#[test]
fn each_schema_problem_is_reported_at_its_place() {
    let dir = tempfile::tempdir().unwrap();
    for (i, (body, line, col, fragment)) in CASES.iter().enumerate() {
        let path = dir.path().join(format!("case{i}.toml"));
        std::fs::write(&path, format!("{HEAD}{body}")).unwrap();
        let errors = store::check_plan(&path);
        assert_eq!(errors.len(), 1, "case {i}: {errors:?}");
        let (l, c, message) = located(&errors[0]);
        assert_eq!((l, c), (*line, *col), "case {i}: {message}");
        assert!(message.contains(fragment), "case {i}: {message}");
        assert!(errors[0]
            .to_string()
            .starts_with(&format!("{}:{line}:{col}: ", path.display())));
        // Loading refuses the same file with the same first problem.
        let load = store::load_plan(&path).unwrap_err();
        assert_eq!(load.to_string(), errors[0].to_string(), "case {i}");
    }
}

#[test]
fn all_problems_of_a_file_are_listed_in_file_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.toml");
    let body = "id = \"一.2\"\n[[goal.target]]\nop = \"≥\"\nvalue = 1\nstatus = \"ok\"\n\
                [[goal]]\nid = \"一.2\"\n[plan_extra]\n";
    std::fs::write(&path, format!("{HEAD}{body}")).unwrap();
    let places: Vec<(usize, usize)> = store::check_plan(&path)
        .iter()
        .map(|e| {
            let (l, c, _) = located(e);
            (l, c)
        })
        .collect();
    assert_eq!(places, [(7, 6), (9, 6), (11, 10), (13, 6), (14, 2)]);
}

#[test]
fn source_and_summary_paths_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("paths.toml");
    let text = HEAD.replace(
        "year = 2014\n",
        "year = 2014\nsource = \"/etc/passwd\"\nsummary = \"sources/2014-summary.txt\"\n",
    );
    std::fs::write(&path, format!("{text}id = \"一\"\n")).unwrap();
    let errors = store::check_plan(&path);
    let got: Vec<(usize, usize, String)> = errors.iter().map(located).collect();
    assert_eq!((got[0].0, got[0].1), (5, 10));
    assert!(
        got[0].2.contains("`/etc/passwd` is absolute"),
        "{}",
        got[0].2
    );
    assert_eq!((got[1].0, got[1].1), (6, 11));
    assert!(got[1].2.contains("`sources/2014-summary.txt` not found"));
    assert_eq!(got.len(), 2);
}

/// Every prefix of a valid plan (a save cut short) is either valid or reported
/// with a location inside the file; nothing panics.
#[test]
fn truncated_plans_are_reported_inside_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.toml");
    let full = format!(
        "{HEAD}id = \"一\"\n\n[[goal.target]]\nmetric = \"新增孵化器\"\nop = \"range\"\nmin = 20\nmax = 25\n\
         unit = \"家\"\nquote = \"新增孵化器20-25家\"\n\n[goal.target.actual]\nvalue = 21\n\
         match = {{ score = 0.5, reason = \"同一指标\" }}\n"
    );
    std::fs::write(&path, &full).unwrap();
    assert!(store::check_plan(&path).is_empty());
    let lines = full.lines().count() + 1;
    for (cut, _) in full.char_indices() {
        std::fs::write(&path, &full[..cut]).unwrap();
        for e in store::check_plan(&path) {
            let (line, col, _) = located(&e);
            assert!(line >= 1 && line <= lines && col >= 1, "cut {cut}: {e}");
        }
    }
}
