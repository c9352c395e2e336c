//! Manual verdicts: m / x / u with a note prompt, c to clear; the model, the marks and
//! the counts change at once, and the save is asked of the store.

mod support;
mod tui_support;

use crossterm::event::KeyCode;
use plantrack::judge::plan_counts;
use plantrack::model::{Manual, Verdict};
use plantrack::store::TargetRef;
use plantrack::tui::{App, Effect, Mode};
use tui_support::*;

fn on_patent_target() -> App {
    let mut app = app(vec![slot("jiading", jiading_mixed())], 120, 40);
    // The goal's text matches first; its first target row follows it.
    keys(&mut app, "/专利申请量");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('j'));
    let row = app.selected_row().unwrap();
    assert!(matches!(row.kind, plantrack::tui::RowKind::Target(_, 0)));
    app
}

#[test]
fn a_manual_verdict_with_a_note_is_applied_and_saved() {
    let mut app = on_patent_target();
    let before = app.plans[0].total;
    assert!(keys(&mut app, "m").is_empty());
    assert!(matches!(
        app.mode,
        Mode::Note {
            status: Verdict::Met,
            ..
        }
    ));
    assert!(screen(&app)
        .last()
        .unwrap()
        .starts_with("note (met), Enter saves:"));
    let effects = keys(&mut app, "电话确认5312件");
    assert!(effects.is_empty());
    let effects = key(&mut app, KeyCode::Enter);
    let manual = Manual {
        status: Some(Verdict::Met),
        note: "电话确认5312件".into(),
    };
    assert_eq!(
        effects,
        vec![Effect::SaveManual {
            path: "plans/jiading.toml".into(),
            target: TargetRef {
                goal: "三.3".into(),
                index: 0,
            },
            manual: Some(manual.clone()),
        }]
    );
    // The cached counts move along the ancestor chain and agree with the judge.
    let view = &app.plans[0];
    assert_eq!(view.total.met, before.met + 1);
    assert_eq!(view.total.unmeasured, before.unmeasured - 1);
    assert_eq!(view.total, plan_counts(&view.plan));
    assert_eq!(view.counts, plantrack::judge::goal_counts(&view.plan));
    let tree = tree_lines(&app);
    let row = tree.iter().find(|l| l.contains("专利申请量")).unwrap();
    assert!(row.trim_start().starts_with("✓✎"), "{row}");
    assert!(screen(&app)[0].contains(&format!("met {}", before.met + 1)));
}

#[test]
fn missed_and_unmeasured_keys_and_the_note_prefill() {
    let mut app = on_patent_target();
    keys(&mut app, "x");
    keys(&mut app, "只有4800件");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.plans[0].judgements[app_goal(&app)][0].verdict,
        Verdict::Missed
    );
    // The prompt starts from the existing note.
    keys(&mut app, "u");
    assert_eq!(
        app.mode,
        Mode::Note {
            status: Verdict::Unmeasured,
            text: "只有4800件".into()
        }
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        app.plans[0].judgements[app_goal(&app)][0].verdict,
        Verdict::Missed,
        "Esc cancels"
    );
}

fn app_goal(app: &App) -> usize {
    app.plans[0]
        .plan
        .goals
        .iter()
        .position(|g| g.id == "三.3")
        .unwrap()
}

#[test]
fn clear_removes_the_manual_verdict() {
    let mut app = on_patent_target();
    keys(&mut app, "m");
    key(&mut app, KeyCode::Enter);
    let effects = keys(&mut app, "c");
    assert_eq!(
        effects,
        vec![Effect::SaveManual {
            path: "plans/jiading.toml".into(),
            target: TargetRef {
                goal: "三.3".into(),
                index: 0
            },
            manual: None,
        }]
    );
    assert_eq!(app.plans[0].total, plan_counts(&jiading_mixed()));
    assert!(keys(&mut app, "c").is_empty());
    assert_eq!(
        app.status.as_deref(),
        Some("this target has no manual verdict")
    );
}

#[test]
fn verdict_keys_on_a_goal_say_what_to_select() {
    let mut app = on_patent_target();
    key(&mut app, KeyCode::Char('h'));
    assert!(keys(&mut app, "m").is_empty());
    assert_eq!(app.mode, Mode::Normal);
    assert!(screen(&app).last().unwrap().contains("select a target"));
}

/// The plan written by the store into a temp folder, and the app opened on that folder.
fn app_on_file() -> (tempfile::TempDir, std::path::PathBuf, App) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jiading-2014.toml");
    plantrack::store::write_plan(&path, &jiading_mixed()).unwrap();
    let slots = plantrack::tui::run::load_all(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(slots.len(), 1);
    assert!(slots[0].plan.is_ok(), "{:?}", slots[0].plan.as_ref().err());
    let mut app = App::new(slots, (120, 40), plantrack::tui::theme::Theme::default());
    keys(&mut app, "/专利申请量");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('j'));
    (dir, path, app)
}

fn perform(app: &mut App, effects: Vec<Effect>) {
    for e in effects {
        if let Effect::SaveManual {
            path,
            target,
            manual,
        } = e
        {
            assert!(plantrack::tui::run::save_manual(
                app,
                &path,
                &target,
                manual.as_ref()
            ));
        }
    }
}

fn patent_manual(plan: &plantrack::model::Plan) -> Option<Manual> {
    let goal = plan.goals.iter().find(|g| g.id == "三.3").unwrap();
    goal.targets[0].manual.clone()
}

#[test]
fn manual_verdict_round_trip_through_the_plan_file() {
    let (_dir, path, mut app) = app_on_file();
    keys(&mut app, "x");
    keys(&mut app, "区知识产权局: 4800件");
    let effects = key(&mut app, KeyCode::Enter);
    perform(&mut app, effects);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("区知识产权局: 4800件"), "{text}");
    // What the file now holds, read back through the store, is what the view shows.
    let slot = plantrack::tui::run::load(&path);
    let plan = slot.plan.clone().unwrap();
    assert_eq!(
        patent_manual(&plan),
        Some(Manual {
            status: Some(Verdict::Missed),
            note: "区知识产权局: 4800件".into()
        })
    );
    plantrack::tui::update(&mut app, plantrack::tui::Msg::Loaded(slot));
    assert_eq!(app.plans[0].total, plan_counts(&plan));
    let tree = tree_lines(&app);
    let row = tree.iter().find(|l| l.contains("专利申请量")).unwrap();
    assert!(row.trim_start().starts_with("✗✎"), "{row}");
    assert!(app
        .selected_row()
        .is_some_and(|r| matches!(r.kind, plantrack::tui::RowKind::Target(_, 0))));
    // Clearing a verdict with a note asks first; y clears it from the file, and the
    // rest of the file is untouched.
    assert!(keys(&mut app, "c").is_empty());
    let effects = keys(&mut app, "y");
    perform(&mut app, effects);
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(!after.contains("4800件"));
    assert_eq!(
        patent_manual(&plantrack::store::load_plan(&path).unwrap()),
        None
    );
    assert_eq!(
        plantrack::store::load_plan(&path).unwrap(),
        jiading_mixed_as_stored(&path)
    );
}

/// The plan as first written, read back (the store may normalise, e.g. goal text).
fn jiading_mixed_as_stored(path: &std::path::Path) -> plantrack::model::Plan {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join(path.file_name().unwrap());
    plantrack::store::write_plan(&fresh, &jiading_mixed()).unwrap();
    plantrack::store::load_plan(&fresh).unwrap()
}

#[test]
fn a_failed_save_says_so_and_shows_the_file() {
    let (_dir, path, mut app) = app_on_file();
    keys(&mut app, "m");
    let effects = key(&mut app, KeyCode::Enter);
    std::fs::remove_file(&path).unwrap();
    let Effect::SaveManual {
        path: p,
        target,
        manual,
    } = &effects[0]
    else {
        panic!("{effects:?}")
    };
    assert!(!plantrack::tui::run::save_manual(
        &mut app,
        p,
        target,
        manual.as_ref()
    ));
    assert!(app.status.as_deref().unwrap().starts_with("not saved: "));
    let screen = screen(&app);
    assert!(contains(&screen, "could not load:"), "{screen:?}");
    assert_eq!(path, *p);
}

#[test]
fn clearing_a_note_asks_first_and_any_other_key_keeps_it() {
    let mut app = on_patent_target();
    keys(&mut app, "m");
    keys(&mut app, "电话确认5312件");
    key(&mut app, KeyCode::Enter);
    let kept = patent_manual(&app.plans[0].plan);
    assert!(keys(&mut app, "c").is_empty());
    assert_eq!(app.mode, Mode::ConfirmClear);
    let footer = screen(&app).pop().unwrap();
    assert!(
        footer.starts_with("clear the verdict and its note \"电话确认5312件\"? y clears"),
        "{footer}"
    );
    // A mistyped key (here the j of moving on) keeps both and does not move.
    let at = app.selected;
    assert!(keys(&mut app, "j").is_empty());
    assert_eq!((app.mode.clone(), app.selected), (Mode::Normal, at));
    assert_eq!(patent_manual(&app.plans[0].plan), kept);
    assert_eq!(app.status.as_deref(), Some("kept the verdict and its note"));
    // Esc keeps them too; y clears.
    keys(&mut app, "c");
    key(&mut app, KeyCode::Esc);
    assert_eq!(patent_manual(&app.plans[0].plan), kept);
    keys(&mut app, "c");
    let effects = keys(&mut app, "y");
    assert!(matches!(
        &effects[..],
        [Effect::SaveManual { manual: None, .. }]
    ));
    assert_eq!(patent_manual(&app.plans[0].plan), None);
}

#[test]
fn undo_takes_back_the_last_change_and_again_redoes_it() {
    let mut app = on_patent_target();
    assert!(keys(&mut app, "U").is_empty());
    assert_eq!(app.status.as_deref(), Some("nothing to undo"));
    keys(&mut app, "x");
    keys(&mut app, "只有4800件");
    key(&mut app, KeyCode::Enter);
    let noted = patent_manual(&app.plans[0].plan);
    keys(&mut app, "c");
    keys(&mut app, "y");
    // Move away: undo finds its target again and shows it.
    let target = app.selected_key();
    keys(&mut app, "gG");
    let effects = keys(&mut app, "U");
    assert_eq!(app.selected_key(), target);
    assert_eq!(patent_manual(&app.plans[0].plan), noted);
    assert_eq!(
        effects,
        vec![Effect::SaveManual {
            path: "plans/jiading.toml".into(),
            target: TargetRef {
                goal: "三.3".into(),
                index: 0
            },
            manual: noted.clone(),
        }]
    );
    assert_eq!(app.plans[0].total, plan_counts(&app.plans[0].plan));
    assert_eq!(
        app.status.as_deref(),
        Some("undone: manual verdict missed again")
    );
    // U again undoes the undo.
    keys(&mut app, "U");
    assert_eq!(patent_manual(&app.plans[0].plan), None);
}

#[test]
fn undo_writes_through_the_store_and_keeps_hand_edits() {
    let (_dir, path, mut app) = app_on_file();
    keys(&mut app, "m");
    keys(&mut app, "电话确认");
    let effects = key(&mut app, KeyCode::Enter);
    perform(&mut app, effects);
    // A reviewer's comment, added by hand after the verdict was saved.
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.insert_str(0, "# checked with the district office\n");
    std::fs::write(&path, &text).unwrap();
    plantrack::tui::update(
        &mut app,
        plantrack::tui::Msg::Loaded(plantrack::tui::run::load(&path)),
    );
    keys(&mut app, "c");
    let effects = keys(&mut app, "y");
    perform(&mut app, effects);
    assert_eq!(
        patent_manual(&plantrack::store::load_plan(&path).unwrap()),
        None
    );
    let effects = keys(&mut app, "U");
    perform(&mut app, effects);
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(
        after.starts_with("# checked with the district office\n"),
        "{after}"
    );
    assert_eq!(
        patent_manual(&plantrack::store::load_plan(&path).unwrap()),
        Some(Manual {
            status: Some(Verdict::Met),
            note: "电话确认".into()
        })
    );
}
