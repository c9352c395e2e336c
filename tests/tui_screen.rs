//! The README's screen capture and keys table, and docs/tui-screen.txt, are what the
//! program draws and binds: rendered here from the bundled plans/ on a TestBackend.
//! After a change that moves them, regenerate both files with
//! `PLANTRACK_BLESS=1 cargo test --test tui_screen`.

mod support;
mod tui_support;

use crossterm::event::KeyCode;
use plantrack::tui::keymap::{Key, KEYMAP};
use std::path::{Path, PathBuf};
use tui_support::*;

const WIDTH: u16 = 100;
const HEIGHT: u16 = 30;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The workbench on plans/ as `plantrack` opens it there, after `]` (the first miss).
fn capture() -> String {
    // Relative paths, as the program shows them when run in the repository.
    let cwd = std::env::current_dir().unwrap();
    assert_eq!(cwd, root(), "cargo runs tests in the package root");
    let mut slots = plantrack::tui::run::load_all(&[PathBuf::from("plans")]).unwrap();
    slots.sort_by(|a, b| a.path.cmp(&b.path));
    let mut app = app(slots, WIDTH, HEIGHT);
    key(&mut app, KeyCode::Char(']'));
    let mut text = screen(&app).join("\n");
    text.push('\n');
    text
}

/// The README's fenced block that starts with the header line.
fn readme_block(readme: &str) -> Option<(usize, usize)> {
    let start = readme.find("```\nplantrack  ")? + 4;
    let end = start + readme[start..].find("```\n")?;
    Some((start, end))
}

fn key_name(k: &Key) -> String {
    format!("`{}`", k.name())
}

/// The keymap as a markdown table, in keymap order.
fn keys_table() -> String {
    let mut t = String::from("| keys | what they do |\n| --- | --- |\n");
    for b in KEYMAP {
        let keys: Vec<String> = b.keys.iter().map(key_name).collect();
        t.push_str(&format!("| {} | {} |\n", keys.join(", "), b.help));
    }
    t
}

fn table_span(readme: &str) -> Option<(usize, usize)> {
    let start = readme.find("| keys | what they do |\n")?;
    let end = start + readme[start..].find("\n\n")? + 1;
    Some((start, end))
}

#[test]
fn readme_and_docs_show_what_the_program_draws_and_binds() {
    let screen = capture();
    let docs = root().join("docs/tui-screen.txt");
    let readme_path = root().join("README.md");
    let mut readme = std::fs::read_to_string(&readme_path).unwrap();
    let (start, end) = readme_block(&readme).expect("README screen block");
    let (ts, te) = table_span(&readme).expect("README keys table");
    if std::env::var_os("PLANTRACK_BLESS").is_some() {
        // The later span first, so the earlier one's offsets hold.
        assert!(start < ts);
        readme.replace_range(ts..te, &keys_table());
        readme.replace_range(start..end, &screen);
        std::fs::write(&readme_path, &readme).unwrap();
        std::fs::write(&docs, &screen).unwrap();
        return;
    }
    let hint = "regenerate with PLANTRACK_BLESS=1 cargo test --test tui_screen";
    assert_eq!(readme[start..end], screen, "README screen capture; {hint}");
    assert_eq!(
        std::fs::read_to_string(&docs).unwrap(),
        screen,
        "docs/tui-screen.txt; {hint}"
    );
    assert_eq!(readme[ts..te], keys_table(), "README keys table; {hint}");
    // The totals in the capture are the judge's over every bundled plan file.
    let mut total = plantrack::judge::Counts::default();
    for path in plantrack::store::find_plans(&[PathBuf::from("plans")]).unwrap() {
        total.merge(plantrack::judge::plan_counts(
            &plantrack::store::load_plan(&path).unwrap(),
        ));
    }
    let words = format!(
        "{}: met {}, missed {}, unmeasured {}",
        total.rollup_label(),
        total.met,
        total.missed,
        total.unmeasured
    );
    assert!(screen.lines().next().unwrap().contains(&words), "{words}");
}
