//! The reviewers' keys: ] and [ through the misses, sorting, copying, exporting the
//! view, and a help that scrolls and keeps its borders over CJK text.

mod support;
mod tui_support;

use crossterm::event::KeyCode;
use plantrack::model::Verdict;
use plantrack::tui::keymap::{keys_label, KEYMAP};
use plantrack::tui::tree::flatten;
use plantrack::tui::{App, Effect, Filter, Mode, RowKind};
use tui_support::*;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// National plans, Jiading with one miss, Pudong and Guangdong with several.
fn with_misses() -> Vec<plantrack::tui::PlanSlot> {
    let mut slots = national();
    slots.push(slot("jiading", jiading_mixed()));
    slots.push(slot("pudong-2022", corpus_plan("pudong-2022")));
    slots.push(slot("guangdong-2023", corpus_plan("guangdong-2023")));
    // In path order, as the workbench loads them.
    slots.sort_by(|a, b| a.path.cmp(&b.path));
    slots
}

fn selected_verdict(app: &App) -> Option<Verdict> {
    match app.selected_row()?.kind {
        RowKind::Target(g, t) => Some(app.plans[app.selected_row()?.plan].judgements[g][t].verdict),
        _ => None,
    }
}

fn missed_total(app: &App) -> usize {
    app.plans.iter().map(|p| p.total.missed).sum()
}

#[test]
fn brackets_walk_every_missed_target_unfolding_to_it_and_wrap() {
    let mut app = app(with_misses(), 120, 30);
    let n = missed_total(&app);
    assert!(n >= 8, "{n}");
    // Fold every plan: each jump opens the way to its target.
    for _ in 0..app.plans.len() {
        key(&mut app, KeyCode::Char('h'));
        key(&mut app, KeyCode::Tab);
    }
    assert_eq!(app.rows.len(), app.plans.len());
    let mut seen = Vec::new();
    for _ in 0..n {
        key(&mut app, KeyCode::Char(']'));
        assert_eq!(selected_verdict(&app), Some(Verdict::Missed));
        let k = app.selected_key().unwrap();
        assert!(!seen.contains(&k), "{k:?} twice");
        seen.push(k);
        // The rows are what a full rebuild gives: folds opened, nothing else.
        assert_eq!(app.rows, flatten(&app.plans, Some(&app.folds), app.filter));
    }
    // In tree order, then around to the first again.
    key(&mut app, KeyCode::Char(']'));
    assert_eq!(app.selected_key().unwrap(), seen[0]);
    key(&mut app, KeyCode::Char('['));
    assert_eq!(app.selected_key().unwrap(), seen[n - 1]);
    key(&mut app, KeyCode::Char('['));
    assert_eq!(app.selected_key().unwrap(), seen[n - 2]);
    // A filter that hides misses leaves nothing to jump to, and says so.
    while app.filter != Filter::Met {
        key(&mut app, KeyCode::Char('f'));
    }
    let at = app.selected_key();
    key(&mut app, KeyCode::Char(']'));
    assert_eq!(app.selected_key(), at);
    assert_eq!(
        app.status.as_deref(),
        Some("no missed target under the filter met")
    );
}

#[test]
fn sort_cycles_year_share_met_issuer_and_back_to_files() {
    let mut app = app(with_misses(), 120, 40);
    let files = app.rows.clone();
    let paths: Vec<_> = app.plans.iter().map(|p| p.path.clone()).collect();
    key(&mut app, KeyCode::Char('j'));
    let held = app.selected_key();

    key(&mut app, KeyCode::Char('s'));
    assert_eq!(app.status.as_deref(), Some("sorted by year"));
    let years: Vec<i32> = app.plans.iter().map(|p| p.plan.meta.year).collect();
    assert!(years.windows(2).all(|w| w[0] <= w[1]), "{years:?}");
    assert_eq!(years[0], 2014);
    assert_eq!(app.selected_key(), held, "the selection stays on its node");

    key(&mut app, KeyCode::Char('s'));
    let shares: Vec<f64> = app.plans.iter().map(|p| p.total.share_met()).collect();
    assert!(shares.windows(2).all(|w| w[0] <= w[1]), "{shares:?}");
    // Goals too: each goal's sub-goals, worst first.
    for p in &app.plans {
        for kids in p.children.iter().chain([&p.roots]) {
            let s: Vec<f64> = kids.iter().map(|&g| p.counts[g].share_met()).collect();
            assert!(s.windows(2).all(|w| w[0] <= w[1]), "{s:?}");
        }
    }
    assert_eq!(app.rows, flatten(&app.plans, Some(&app.folds), app.filter));
    // Searching still finds, in the new order.
    keys(&mut app, "/孵化器");
    key(&mut app, KeyCode::Enter);
    assert!(
        plantrack::tui::label::plain(&app.plans, app.selected_row().unwrap()).contains("孵化器")
    );
    assert_eq!(
        app.selected_row().unwrap().plan,
        plan_index(&app, "jiading")
    );

    key(&mut app, KeyCode::Char('s'));
    let issuers: Vec<&str> = app
        .plans
        .iter()
        .map(|p| p.plan.meta.issuer.as_str())
        .collect();
    assert!(issuers.windows(2).all(|w| w[0] <= w[1]), "{issuers:?}");

    key(&mut app, KeyCode::Char('s'));
    assert_eq!(app.status.as_deref(), Some("sorted by file"));
    let back: Vec<_> = app.plans.iter().map(|p| p.path.clone()).collect();
    assert_eq!(back, paths);
    assert_eq!(app.rows, files, "document order again");
}

fn plan_index(app: &App, name: &str) -> usize {
    app.plans
        .iter()
        .position(|p| p.path.to_string_lossy().contains(name))
        .unwrap()
}

#[test]
fn y_copies_the_quote_of_a_target_and_the_text_of_other_rows() {
    let mut app = app(
        vec![slot("national-2016", corpus_plan("national-2016"))],
        120,
        30,
    );
    let effects = key(&mut app, KeyCode::Char('y'));
    let Effect::Copy(text) = &effects[0] else {
        panic!("{effects:?}")
    };
    assert!(
        text.starts_with("◒ 国务院 2016") && text.ends_with("2/5 ✓2 ✗0 ?3"),
        "{text}"
    );
    keys(&mut app, "jj");
    let RowKind::Target(g, t) = app.selected_row().unwrap().kind else {
        panic!("not on a target")
    };
    let quote = app.plans[0].plan.goals[g].targets[t].quote.clone();
    assert!(!quote.is_empty());
    assert_eq!(
        key(&mut app, KeyCode::Char('y')),
        vec![Effect::Copy(quote.clone())]
    );
    assert!(app.status.as_deref().unwrap().starts_with("copied: "));
    // What the terminal receives: OSC 52 with the quote in base64.
    let seq = plantrack::tui::clipboard::osc52(&quote);
    assert!(seq.starts_with("\x1b]52;c;") && seq.ends_with('\x07'));
}

#[test]
fn exports_hold_exactly_the_rows_shown() {
    let mut app = app(with_misses(), 120, 30);
    key(&mut app, KeyCode::Char('f'));
    assert_eq!(app.filter, Filter::Missed);
    let effects = key(&mut app, KeyCode::Char('W'));
    let [Effect::Export { path, text }] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert_eq!(path.to_str(), Some("plantrack-view.csv"));
    let records = support::csv_records(text);
    assert_eq!(records[0], plantrack::tui::export::CSV_HEADER);
    assert_eq!(records.len(), app.rows.len() + 1);
    let col = |name: &str| {
        plantrack::tui::export::CSV_HEADER
            .iter()
            .position(|h| *h == name)
            .unwrap()
    };
    let targets: Vec<&Vec<String>> = records
        .iter()
        .filter(|r| r[col("kind")] == "target")
        .collect();
    assert_eq!(targets.len(), missed_total(&app));
    assert!(targets
        .iter()
        .all(|r| r[col("status")] == "missed" && !r[col("quote")].is_empty()));
    assert!(records.iter().any(|r| r[col("kind")] == "plan"
        && r[col("status")] == "missed"
        && r[col("measured")] == "4/10"));
    assert_eq!(
        app.status.as_deref(),
        Some(format!("wrote {} rows to plantrack-view.csv", app.rows.len()).as_str())
    );

    let effects = key(&mut app, KeyCode::Char('w'));
    let [Effect::Export { path, text }] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert_eq!(path.to_str(), Some("plantrack-view.md"));
    let items: Vec<&str> = text
        .lines()
        .filter(|l| l.trim_start().starts_with("- "))
        .collect();
    assert_eq!(items.len(), app.rows.len());
    assert!(text.contains("filter: missed · sort: file"), "{text}");
    // The nesting follows the tree: each item indented two spaces a level.
    for (line, row) in items.iter().zip(&app.rows) {
        let indent = line.len() - line.trim_start().len();
        assert_eq!(indent, 2 * row.depth as usize, "{line}");
    }
    insta::assert_snapshot!(items[..6].join("\n"));
}

#[test]
fn help_scrolls_to_its_last_key_at_60_by_15() {
    let mut app = app(with_misses(), 60, 15);
    key(&mut app, KeyCode::Char('?'));
    let first = screen(&app);
    assert!(contains(&first, "j: more below"), "{first:#?}");
    let last_help = KEYMAP.last().unwrap().help;
    assert!(!contains(&first, "q, Ctrl-c"), "the last keys are below");
    key(&mut app, KeyCode::Char('G'));
    let s = screen(&app);
    assert!(
        contains(&s, "q, Ctrl-c") && contains(&s, last_help),
        "{s:#?}"
    );
    assert!(contains(&s, "k: more above"));
    assert!(contains(&s, "close it"));
    // Down past the end stays at the end; every key and the end of what it does were
    // on screen on the way (the help wraps at 60 columns).
    let mut seen: Vec<String> = first.clone();
    key(&mut app, KeyCode::Char('g'));
    for _ in 0..2 * KEYMAP.len() {
        key(&mut app, KeyCode::Char('j'));
        seen.extend(screen(&app));
    }
    assert_eq!(screen(&app), s);
    for b in KEYMAP {
        let last_word = b.help.rsplit(' ').next().unwrap();
        assert!(
            contains(&seen, &keys_label(b)),
            "{} never shown",
            keys_label(b)
        );
        assert!(contains(&seen, last_word), "{} never shown", b.help);
    }
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode, Mode::Normal);
    assert!(!app.quit);
}

/// The character at display column `col` of a screen line.
fn at_column(line: &str, col: usize) -> Option<char> {
    let mut at = 0;
    for c in line.chars() {
        if at == col {
            return Some(c);
        }
        at += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    }
    None
}

#[test]
fn help_borders_hold_over_cjk_text() {
    // Jiading's long Chinese titles run under both of the popup's side borders.
    for (w, h) in [(60u16, 15u16), (61, 20), (80, 24), (121, 40)] {
        let mut app = app(vec![slot("jiading", jiading_mixed())], w, h);
        key(&mut app, KeyCode::Char('?'));
        let s = screen(&app);
        let top = s.iter().position(|l| l.contains("+ keys ")).unwrap();
        let left = UnicodeWidthStr::width(&s[top][..s[top].find('+').unwrap()]);
        let right = UnicodeWidthStr::width(&s[top][..s[top].rfind('+').unwrap()]);
        let mut inner = 0;
        for line in &s[top + 1..] {
            if at_column(line, left) == Some('+') {
                break;
            }
            assert_eq!(at_column(line, left), Some('|'), "{w}x{h}: {line:?}");
            assert_eq!(at_column(line, right), Some('|'), "{w}x{h}: {line:?}");
            inner += 1;
        }
        assert!(inner >= 10, "{w}x{h}: {s:#?}");
        // Wide characters did sit against the left border, or the test proves nothing.
        let before = s[top + 1..top + 1 + inner]
            .iter()
            .filter(|l| {
                let prefix: String = l.chars().take_while(|c| *c != '|').collect();
                prefix.chars().any(|c| c.width_cjk() == Some(2))
            })
            .count();
        assert!(before > 0, "{w}x{h}: no CJK beside the popup");
    }
}
