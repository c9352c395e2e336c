//! Search: hits highlighted in the tree rows, and n / N visiting exactly the nodes a
//! plain scan of every row's text finds, under each filter.

mod support;
mod tui_support;

use crossterm::event::KeyCode;
use plantrack::tui::tree::{flatten, key_of};
use plantrack::tui::{App, Filter};
use plantrack::tui::{Row, RowKey, RowKind};
use ratatui::style::{Color, Modifier};
use tui_support::*;

fn with_jiading() -> Vec<plantrack::tui::PlanSlot> {
    let mut slots = national();
    slots.push(slot("jiading", jiading_mixed()));
    slots.push(slot("putuo", seed_plan("003_ed320ace82496732")));
    slots
}

/// A row's own searchable text, read straight from the plan.
fn row_text(app: &App, r: &Row) -> String {
    let p = &app.plans[r.plan];
    match r.kind {
        RowKind::Plan => format!("{} {}", p.label(), p.plan.meta.title),
        RowKind::Goal(g) => {
            let goal = &p.plan.goals[g];
            format!("{} {} {}", goal.id, goal.title, goal.text)
        }
        RowKind::Target(g, t) => {
            let t = &p.plan.goals[g].targets[t];
            format!("{} {}", t.quote, t.metric)
        }
        RowKind::Error => p.error.clone().unwrap_or_default(),
        RowKind::Warning(w) => p.warnings[w].clone(),
    }
}

/// Every node whose text holds `query`, in tree order, as a plain scan finds them.
fn expected_hits(app: &App, query: &str) -> Vec<RowKey> {
    flatten(&app.plans, None, app.filter)
        .iter()
        .filter(|r| row_text(app, r).contains(query))
        .map(|r| key_of(&app.plans, r))
        .collect()
}

#[test]
fn n_and_shift_n_visit_the_hits_a_plain_scan_finds_under_every_filter() {
    let mut app = app(with_jiading(), 120, 30);
    for query in ["专利", "增长", "2016"] {
        for _ in 0..4 {
            let want = expected_hits(&app, query);
            assert!(!want.is_empty() || app.filter != Filter::All, "{query}");
            key(&mut app, KeyCode::Char('g'));
            keys(&mut app, &format!("/{query}"));
            key(&mut app, KeyCode::Enter);
            let mut got = Vec::new();
            if !want.is_empty() {
                got.push(app.selected_key().unwrap());
                for _ in 1..want.len() {
                    key(&mut app, KeyCode::Char('n'));
                    got.push(app.selected_key().unwrap());
                }
                assert_eq!(got, want, "{query} under {:?}", app.filter);
                key(&mut app, KeyCode::Char('n'));
                assert_eq!(app.selected_key().as_ref(), want.first(), "n wraps");
                key(&mut app, KeyCode::Char('N'));
                assert_eq!(app.selected_key().as_ref(), want.last(), "N wraps back");
                key(&mut app, KeyCode::Char('N'));
                if want.len() > 1 {
                    assert_eq!(app.selected_key().as_ref(), want.get(want.len() - 2));
                }
            } else {
                assert!(app.status.as_deref().unwrap().starts_with("no match"));
            }
            key(&mut app, KeyCode::Char('f'));
        }
    }
}

#[test]
fn typing_narrows_and_backspace_widens_the_search() {
    let mut app = app(with_jiading(), 120, 30);
    keys(&mut app, "/专利授");
    let narrow = app.selected_key();
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Enter);
    // The hits of 专利, not of 专利授, drive n now.
    let want = expected_hits(&app, "专利");
    assert!(want.len() > 2);
    let mut seen = vec![app.selected_key().unwrap()];
    for _ in 1..want.len() {
        key(&mut app, KeyCode::Char('n'));
        seen.push(app.selected_key().unwrap());
    }
    seen.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    let mut sorted = want.clone();
    sorted.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    assert_eq!(seen, sorted);
    assert!(want.contains(narrow.as_ref().unwrap()));
}

/// The cells of `needle` in screen line `y`, if it is there.
fn cells_of(buf: &ratatui::buffer::Buffer, y: u16, needle: &str) -> Option<Vec<u16>> {
    use unicode_width::UnicodeWidthStr;
    // One entry per character on screen: the filler cell after a wide one is dropped.
    let mut row: Vec<(u16, &str)> = Vec::new();
    let mut x = 0;
    while x < buf.area.width {
        let sym = buf[(x, y)].symbol();
        row.push((x, sym));
        x += sym.width().max(1) as u16;
    }
    let chars: Vec<String> = needle.chars().map(String::from).collect();
    (0..row.len()).find_map(|start| {
        let got = row.get(start..start + chars.len())?;
        got.iter()
            .zip(&chars)
            .all(|((_, s), c)| s == c)
            .then(|| got.iter().map(|(x, _)| *x).collect())
    })
}

#[test]
fn search_hits_are_highlighted_in_the_tree_rows() {
    let mut app = app(with_jiading(), 140, 60);
    keys(&mut app, "/专利");
    key(&mut app, KeyCode::Enter);
    let buf = render(&app);
    let tree = tree_lines(&app);
    let hl = app.theme.highlight();
    // A hit row that is not selected: 专利 highlighted, the rest of the row not.
    let y = tree
        .iter()
        .enumerate()
        .filter(|(_, l)| l.contains("专利授权量"))
        .map(|(i, _)| i as u16 + 2)
        .find(|&y| y as usize - 2 + app.offset != app.selected)
        .expect("the 专利授权量 row on screen");
    let hit = cells_of(&buf, y, "专利").unwrap();
    for x in &hit {
        assert_eq!(buf[(*x, y)].bg, Color::Yellow, "hit cell {x}");
        assert!(buf[(*x, y)].modifier.contains(Modifier::UNDERLINED));
    }
    let rest = cells_of(&buf, y, "授权量").unwrap();
    for x in &rest {
        assert_ne!(buf[(*x, y)].bg, hl.bg.unwrap(), "non-hit cell {x}");
    }
    // Rows without the query have no highlight at all.
    let plain = tree
        .iter()
        .position(|l| l.contains("孵化器"))
        .map(|i| i as u16 + 2)
        .unwrap();
    assert!((0..buf.area.width / 2).all(|x| buf[(x, plain)].bg != Color::Yellow));
    // While typing, the hits of the query typed so far are lit.
    keys(&mut app, "/孵化");
    let buf = render(&app);
    let y = tree_lines(&app)
        .iter()
        .position(|l| l.contains("孵化器"))
        .map(|i| i as u16 + 2)
        .unwrap();
    let cells = cells_of(&buf, y, "孵化").unwrap();
    assert!(cells
        .iter()
        .all(|&x| buf[(x, y)].modifier.contains(Modifier::BOLD)));
}
