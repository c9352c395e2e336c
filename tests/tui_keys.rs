//! Keys and mouse: moving, folding, search, filter, plan switching, help, quit.

mod support;
mod tui_support;

use crossterm::event::{KeyCode, MouseEventKind};
use plantrack::judge::judge_target;
use plantrack::model::Verdict;
use plantrack::tui::keymap::{keys_label, KEYMAP};
use plantrack::tui::RowKind;
use plantrack::tui::{App, Effect, Mode};
use tui_support::*;

fn with_jiading() -> Vec<plantrack::tui::PlanSlot> {
    let mut slots = national();
    slots.push(slot("jiading", jiading_mixed()));
    slots.push(slot("putuo", seed_plan("003_ed320ace82496732")));
    slots
}

/// The text of the selected row's node.
fn selected_text(app: &App) -> String {
    let r = app.selected_row().unwrap();
    let p = &app.plans[r.plan];
    match r.kind {
        RowKind::Goal(g) => format!("{} {}", p.plan.goals[g].title, p.plan.goals[g].text),
        RowKind::Target(g, t) => {
            let t = &p.plan.goals[g].targets[t];
            format!("{} {}", t.metric, t.quote)
        }
        _ => p.label(),
    }
}

#[test]
fn moving_and_paging() {
    let mut app = app(with_jiading(), 120, 30);
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Down);
    assert_eq!(app.selected, 2);
    key(&mut app, KeyCode::Char('k'));
    assert_eq!(app.selected, 1);
    key(&mut app, KeyCode::Char('G'));
    assert_eq!(app.selected, app.rows.len() - 1);
    // The selection stays on screen.
    let tree = tree_lines(&app);
    assert!(tree.iter().any(|l| !l.is_empty()));
    assert!(app.offset > 0 && app.selected < app.offset + 27);
    key(&mut app, KeyCode::Home);
    assert_eq!((app.selected, app.offset), (0, 0));
    key(&mut app, KeyCode::PageDown);
    let page = app.selected;
    assert!(page > 5, "{page}");
    key(&mut app, KeyCode::PageUp);
    assert_eq!(app.selected, 0);
    key(&mut app, KeyCode::End);
    assert_eq!(app.selected, app.rows.len() - 1);
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(app.selected, 0);
}

#[test]
fn key_releases_do_nothing() {
    let mut app = app(with_jiading(), 120, 30);
    release(&mut app, KeyCode::Char('j'));
    assert_eq!(app.selected, 0);
    assert!(release(&mut app, KeyCode::Char('q')).is_empty());
    assert!(!app.quit);
}

#[test]
fn folding_hides_children_and_survives_a_reload() {
    let mut app = app(with_jiading(), 120, 30);
    let n = app.rows.len();
    key(&mut app, KeyCode::Char('h'));
    assert_eq!(app.rows.len(), n - 6, "national-2016 folded to one row");
    assert!(tree_lines(&app)[0].starts_with("▸ "));
    key(&mut app, KeyCode::Char('l'));
    assert_eq!(app.rows.len(), n);
    // l on an open node goes to its first child; h on a leaf goes to its parent.
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    assert!(matches!(
        app.selected_row().unwrap().kind,
        RowKind::Target(0, 0)
    ));
    key(&mut app, KeyCode::Left);
    assert!(matches!(app.selected_row().unwrap().kind, RowKind::Goal(0)));
    key(&mut app, KeyCode::Left);
    assert_eq!(app.rows.len(), n - 5);
    // Reloading the plan keeps the fold, keyed by path and goal id.
    update_reload(&mut app, "national-2016");
    assert_eq!(app.rows.len(), n - 5);
    assert!(matches!(app.selected_row().unwrap().kind, RowKind::Goal(0)));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.rows.len(), n);
}

fn update_reload(app: &mut App, name: &str) {
    plantrack::tui::update(
        app,
        plantrack::tui::Msg::Loaded(slot(name, corpus_plan(name))),
    );
}

#[test]
fn incremental_search_finds_patent_targets_inside_folds() {
    let mut app = app(with_jiading(), 120, 30);
    // Fold every plan: the search must open the way to its hit.
    for _ in 0..app.plans.len() {
        key(&mut app, KeyCode::Char('h'));
        key(&mut app, KeyCode::Tab);
    }
    assert_eq!(app.rows.len(), app.plans.len());
    keys(&mut app, "/专");
    assert!(matches!(app.mode, Mode::Search { .. }));
    keys(&mut app, "利申请");
    assert!(
        selected_text(&app).contains("专利申请"),
        "{}",
        selected_text(&app)
    );
    let footer = screen(&app).pop().unwrap();
    assert_eq!(footer, "/专利申请");
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode, Mode::Normal);
    // n walks every node mentioning 专利, in order, and wraps.
    let mut hits = vec![app.selected_key().unwrap()];
    for _ in 0..40 {
        key(&mut app, KeyCode::Char('n'));
        assert!(
            selected_text(&app).contains("专利"),
            "{}",
            selected_text(&app)
        );
        let k = app.selected_key().unwrap();
        if k == hits[0] {
            break;
        }
        hits.push(k);
    }
    assert!(hits.len() >= 4, "{hits:?}");
    key(&mut app, KeyCode::Char('N'));
    assert_eq!(app.selected_key().unwrap(), *hits.last().unwrap());
}

#[test]
fn escape_leaves_search_where_it_started() {
    let mut app = app(with_jiading(), 120, 30);
    key(&mut app, KeyCode::Char('j'));
    let start = app.selected_key();
    keys(&mut app, "/孵化器");
    assert_ne!(app.selected_key(), start);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.selected_key(), start);
    assert!(!app.quit, "Esc in a prompt does not quit");
    keys(&mut app, "/没有这个词");
    assert_eq!(app.status.as_deref(), Some("no match for 没有这个词"));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.status, None);
}

#[test]
fn filter_cycles_missed_unmeasured_met_all() {
    let mut app = app(with_jiading(), 120, 200);
    let all = app.rows.len();
    for want in [Verdict::Missed, Verdict::Unmeasured, Verdict::Met] {
        key(&mut app, KeyCode::Char('f'));
        assert!(screen(&app)[0].contains(&format!("[filter: {want}]")));
        let mut targets = 0;
        for (row, line) in app.rows.iter().zip(tree_lines(&app)) {
            match row.kind {
                RowKind::Target(g, t) => {
                    let target = &app.plans[row.plan].plan.goals[g].targets[t];
                    assert_eq!(judge_target(target).verdict, want);
                    assert!(line.trim_start().starts_with(want.mark()), "{line}");
                    targets += 1;
                }
                RowKind::Goal(g) => {
                    let c = app.plans[row.plan].counts[g];
                    assert!(c.verdict() == want || c.missed + c.met + c.unmeasured > 0);
                }
                _ => {}
            }
        }
        assert!(targets > 0, "{want}");
        assert!(app.rows.len() < all);
    }
    key(&mut app, KeyCode::Char('f'));
    assert_eq!(app.rows.len(), all);
}

/// Whether `rows` hold a plan or goal row with nothing under it.
fn empty_headers(app: &App) -> Vec<String> {
    let rows = &app.rows;
    rows.iter()
        .enumerate()
        .filter(|(i, r)| {
            matches!(r.kind, RowKind::Plan | RowKind::Goal(_))
                && rows.get(i + 1).is_none_or(|n| n.depth <= r.depth)
        })
        .map(|(_, r)| {
            plantrack::tui::tree::key_of(&app.plans, r)
                .path
                .display()
                .to_string()
        })
        .collect()
}

#[test]
fn a_filter_shows_only_matching_rows_and_unfolds_to_them() {
    let mut app = app(with_jiading(), 120, 200);
    // Fold every plan: the filter must open the way to its matches.
    for _ in 0..app.plans.len() {
        key(&mut app, KeyCode::Char('h'));
        key(&mut app, KeyCode::Tab);
    }
    assert_eq!(app.rows.len(), app.plans.len());
    for want in [Verdict::Missed, Verdict::Unmeasured, Verdict::Met] {
        key(&mut app, KeyCode::Char('f'));
        let expected: usize = app
            .plans
            .iter()
            .map(|p| match want {
                Verdict::Missed => p.total.missed,
                Verdict::Unmeasured => p.total.unmeasured,
                Verdict::Met => p.total.met,
            })
            .sum();
        let targets = app
            .rows
            .iter()
            .filter(|r| matches!(r.kind, RowKind::Target(..)))
            .count();
        assert_eq!(targets, expected, "every {want} target is on screen");
        assert!(
            empty_headers(&app).is_empty(),
            "{want}: {:?}",
            empty_headers(&app)
        );
    }
    // Only the jiading plan misses anything: the missed filter shows it alone.
    key(&mut app, KeyCode::Char('f'));
    key(&mut app, KeyCode::Char('f'));
    assert_eq!(app.filter, plantrack::tui::Filter::Missed);
    let plans: Vec<String> = app
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Plan)
        .map(|r| app.plans[r.plan].label())
        .collect();
    assert_eq!(plans, vec!["上海市嘉定区科学技术委员会 2014"]);
    insta::assert_snapshot!(screen(&app)[..8].join("\n"));
    // Tab walks the plans the filter shows, and stays put when there is one.
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.current_plan().unwrap().label(), plans[0]);
}

#[test]
fn tab_switches_plans() {
    let mut app = app(with_jiading(), 120, 30);
    let labels: Vec<String> = app.plans.iter().map(|p| p.label()).collect();
    for expected in labels.iter().skip(1).chain(labels.iter().take(1)) {
        key(&mut app, KeyCode::Tab);
        assert_eq!(app.current_plan().unwrap().label(), *expected);
        let totals = app.current_plan().unwrap().total.rollup_label();
        assert!(screen(&app)[1].contains(&format!("{expected}: {totals}")));
    }
    key(&mut app, KeyCode::BackTab);
    assert_eq!(app.current_plan().unwrap().label(), *labels.last().unwrap());
}

#[test]
fn help_lists_every_key_and_closes() {
    let mut app = app(with_jiading(), 120, 40);
    key(&mut app, KeyCode::Char('?'));
    let s = screen(&app);
    for b in KEYMAP {
        let line = format!("{}  ", keys_label(b));
        assert!(
            s.iter()
                .any(|l| l.contains(line.trim()) && l.contains(b.help)),
            "{}",
            b.help
        );
    }
    assert!(contains(&s, "q, Ctrl-c") && contains(&s, "quit"));
    // Keys do not act behind the popup; Esc closes it without quitting.
    key(&mut app, KeyCode::Char('j'));
    assert_eq!(app.selected, 0);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode, Mode::Normal);
    assert!(!app.quit);
    assert!(!contains(&screen(&app), "Ctrl-c"));
}

#[test]
fn footer_hints_come_from_the_keymap() {
    let app = app(with_jiading(), 160, 30);
    let footer = screen(&app).pop().unwrap();
    for h in plantrack::tui::keymap::hints() {
        assert!(footer.contains(h), "{h}");
    }
}

#[test]
fn q_and_ctrl_c_quit_and_escape_does_not() {
    let mut a = app(with_jiading(), 120, 30);
    assert_eq!(key(&mut a, KeyCode::Char('q')), vec![Effect::Quit]);
    assert!(a.quit);
    // Ctrl-c quits from a prompt too.
    let mut a = app(with_jiading(), 120, 30);
    keys(&mut a, "/专利");
    let ctrl_c = crossterm::event::KeyEvent::new(
        KeyCode::Char('c'),
        crossterm::event::KeyModifiers::CONTROL,
    );
    assert_eq!(
        plantrack::tui::update(&mut a, plantrack::tui::Msg::Key(ctrl_c)),
        vec![Effect::Quit]
    );
    // Esc in the tree never quits: it closes the filter, then the search highlights.
    let mut app = app(with_jiading(), 120, 30);
    assert!(key(&mut app, KeyCode::Esc).is_empty());
    assert!(!app.quit);
    keys(&mut app, "/专利");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('f'));
    assert_eq!(app.filter, plantrack::tui::Filter::Missed);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.filter, plantrack::tui::Filter::All);
    assert_eq!(app.query, "专利");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.query, "");
    assert!(!app.quit);
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(
        app.status.as_deref(),
        Some("no search yet: press / to search")
    );
}

#[test]
fn wheel_scrolls_and_click_selects() {
    let mut app = app(with_jiading(), 120, 30);
    mouse(&mut app, MouseEventKind::ScrollDown, 5, 5);
    assert_eq!(app.selected, 3);
    mouse(&mut app, MouseEventKind::ScrollUp, 5, 5);
    assert_eq!(app.selected, 0);
    // Row 4 of the screen is the third tree row (two header lines).
    click(&mut app, 10, 4);
    assert_eq!(app.selected, 2);
    let n = app.rows.len();
    click(&mut app, 10, 3);
    click(&mut app, 10, 3);
    assert_eq!(app.rows.len(), n - 5, "a second click folds");
    // The wheel over the detail pane scrolls it, not the tree.
    mouse(&mut app, MouseEventKind::ScrollDown, 100, 10);
    assert_eq!((app.selected, app.detail_scroll), (1, 3));
}

#[test]
fn edit_asks_for_the_goal_of_the_selection() {
    let mut app = app(with_jiading(), 120, 30);
    keys(&mut app, "/孵化器");
    key(&mut app, KeyCode::Enter);
    let effects = key(&mut app, KeyCode::Char('e'));
    assert_eq!(
        effects,
        vec![Effect::Edit {
            path: "plans/jiading.toml".into(),
            goal: Some("一.3".into()),
        }]
    );
}

#[test]
fn folding_in_place_gives_the_rows_a_full_rebuild_would() {
    use plantrack::tui::tree::{flatten, has_children};
    for filter_presses in 0..2 {
        let mut app = app(with_jiading(), 120, 30);
        for _ in 0..filter_presses {
            key(&mut app, KeyCode::Char('f'));
        }
        let mut i = 0;
        while i < app.rows.len() {
            if has_children(&app.plans, &app.rows[i]) {
                app.set_folded(i, true);
                assert_eq!(
                    app.rows,
                    flatten(&app.plans, Some(&app.folds), app.filter),
                    "fold {i}"
                );
                if i % 3 != 0 {
                    app.set_folded(i, false);
                    assert_eq!(
                        app.rows,
                        flatten(&app.plans, Some(&app.folds), app.filter),
                        "unfold {i}"
                    );
                }
            }
            i += 1;
        }
        // Unfold the outer nodes again, with inner folds kept.
        for i in (0..app.rows.len()).rev() {
            app.set_folded(i, false);
            assert_eq!(app.rows, flatten(&app.plans, Some(&app.folds), app.filter));
        }
    }
}

#[test]
fn filter_rows_match_a_full_rebuild_after_folds_and_verdicts_change() {
    use plantrack::tui::tree::flatten;
    let mut app = app(with_jiading(), 120, 40);
    let same = |app: &App| {
        assert_eq!(
            app.rows,
            flatten(&app.plans, Some(&app.folds), app.filter),
            "{:?}",
            app.filter
        )
    };
    // Cycle once so every filter's rows are stashed, then change folds and a verdict.
    for _ in 0..4 {
        key(&mut app, KeyCode::Char('f'));
        same(&app);
    }
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('h'));
    for _ in 0..4 {
        key(&mut app, KeyCode::Char('f'));
        same(&app);
    }
    let target = app
        .rows
        .iter()
        .position(|r| match r.kind {
            RowKind::Target(g, t) => app.plans[r.plan].judgements[g][t].verdict != Verdict::Met,
            _ => false,
        })
        .unwrap();
    app.selected = target;
    keys(&mut app, "m");
    key(&mut app, KeyCode::Enter);
    for _ in 0..4 {
        key(&mut app, KeyCode::Char('f'));
        same(&app);
    }
}
