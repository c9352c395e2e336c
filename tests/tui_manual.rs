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
    assert!(matches!(
        row.kind,
        plantrack::tui::tree::RowKind::Target(_, 0)
    ));
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
