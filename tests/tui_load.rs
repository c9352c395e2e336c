//! Plan files as the workbench loads them from disk: a missing source document is a
//! warning row, a file that does not parse an error row; neither takes the view down.

mod support;
mod tui_support;

use crossterm::event::KeyCode;
use plantrack::tui::run::load_all;
use plantrack::tui::RowKind;
use tui_support::*;

/// A folder with the Jiading plan naming a source that is not there, and a broken file.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut plan = jiading_mixed();
    plan.meta.source = Some("sources/gone-2014-plan.txt".into());
    plantrack::store::write_plan(&dir.path().join("jiading-2014.toml"), &plan).expect("written");
    std::fs::write(
        dir.path().join("broken.toml"),
        "[plan]\ntitle = \"x\nyear = 2014\n",
    )
    .expect("written");
    dir
}

#[test]
fn a_missing_source_is_a_warning_row_and_a_broken_file_an_error_row() {
    let dir = folder();
    let slots = load_all(&[dir.path().to_path_buf()]).expect("loaded");
    assert_eq!(slots.len(), 2);
    let jiading = slots.iter().find(|s| s.plan.is_ok()).unwrap();
    assert_eq!(jiading.warnings.len(), 1, "{:?}", jiading.warnings);
    assert!(jiading.warnings[0].contains("gone-2014-plan.txt"));
    let mut app = app(slots, 140, 40);
    let tree = tree_lines(&app);
    let warning = tree
        .iter()
        .find(|l| l.contains("warning:"))
        .unwrap_or_else(|| panic!("{tree:#?}"));
    assert!(
        warning.contains("! warning:") && warning.contains("gone-2014-plan"),
        "{warning}"
    );
    assert!(
        tree.iter()
            .any(|l| l.contains("could not load:") && l.contains("broken.toml")),
        "{tree:#?}"
    );
    assert!(
        contains(&screen(&app), "met 1, missed 1"),
        "the plan still opens"
    );
    // The plan's detail lists the warning in full.
    let i = app
        .rows
        .iter()
        .position(|r| matches!(r.kind, RowKind::Warning(0)))
        .unwrap();
    app.selected = i;
    let detail = detail_lines(&app).join("");
    assert!(
        detail.contains("warning:") && detail.contains("not found"),
        "{detail}"
    );
    // Filters hide targets, not the problems of a plan.
    for _ in 0..3 {
        key(&mut app, KeyCode::Char('f'));
        assert!(contains(&tree_lines(&app), "warning:"), "{:?}", app.filter);
        assert!(
            contains(&tree_lines(&app), "could not load:"),
            "{:?}",
            app.filter
        );
    }
}

#[test]
fn the_source_restored_clears_the_warning_on_reload() {
    let dir = folder();
    let sources = dir.path().join("sources");
    std::fs::create_dir(&sources).unwrap();
    std::fs::write(sources.join("gone-2014-plan.txt"), "全年新增孵化器8家。\n").unwrap();
    let slots = load_all(&[dir.path().to_path_buf()]).expect("loaded");
    assert!(slots.iter().all(|s| s.warnings.is_empty()));
    let app = app(slots, 140, 40);
    assert!(!contains(&tree_lines(&app), "warning:"));
}
