//! The pure update: a message changes the model and may ask for effects (save,
//! edit, quit) that the run loop performs. No I/O here.

use super::app::{App, Mode};
use super::filter::Filter;
use super::keymap::{action_for, Action};
use super::msg::{Effect, Msg};
use super::row::{Row, RowKey, RowKind};
use super::search;
use super::tree;
use super::view::layout;
use crate::model::{Manual, Verdict};
use crate::store::TargetRef;
use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};

/// Rows the wheel moves per notch.
const WHEEL_STEP: usize = 3;

pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    let effects = match msg {
        // Terminals that report releases and repeats would otherwise act twice.
        Msg::Key(k) if k.kind != KeyEventKind::Press => Vec::new(),
        Msg::Key(k) => on_key(app, k),
        Msg::Mouse(m) => {
            on_mouse(app, m);
            Vec::new()
        }
        Msg::Resize(w, h) => {
            app.size = (w, h);
            Vec::new()
        }
        Msg::Loaded(slot) => {
            app.install(slot);
            Vec::new()
        }
        Msg::Removed(path) => {
            app.remove(&path);
            Vec::new()
        }
        Msg::Failed(e) => {
            app.status = Some(e);
            Vec::new()
        }
    };
    scroll_into_view(app);
    effects
}

fn on_key(app: &mut App, k: KeyEvent) -> Vec<Effect> {
    match app.mode.clone() {
        Mode::Help => {
            if matches!(
                k.code,
                KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q')
            ) {
                app.mode = Mode::Normal;
            }
            Vec::new()
        }
        Mode::Search { query, origin } => {
            on_search_key(app, k, query, origin);
            Vec::new()
        }
        Mode::Note { status, text } => on_note_key(app, k, status, text),
        Mode::Normal => match action_for(&k) {
            Some(a) => act(app, a),
            None => Vec::new(),
        },
    }
}

/// Edit a one-line prompt; `None` when the key is not text editing.
fn edit_line(text: &mut String, k: &KeyEvent) -> Option<()> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    match k.code {
        KeyCode::Char('u') if ctrl => text.clear(),
        KeyCode::Char(c) if !ctrl => text.push(c),
        KeyCode::Backspace => {
            text.pop();
        }
        _ => return None,
    }
    Some(())
}

fn on_search_key(app: &mut App, k: KeyEvent, mut query: String, origin: Option<RowKey>) {
    match k.code {
        KeyCode::Enter => {
            app.query = query;
            app.mode = Mode::Normal;
        }
        KeyCode::Esc => {
            app.mode = Mode::Normal;
            app.status = None;
            if let Some(o) = &origin {
                app.select_key(o);
            }
        }
        _ => {
            if edit_line(&mut query, &k).is_none() {
                return;
            }
            let from = origin.as_ref().and_then(|k| tree::locate(&app.plans, k));
            search_from(app, &query, from, true, true);
            app.mode = Mode::Search { query, origin };
        }
    }
}

fn on_note_key(app: &mut App, k: KeyEvent, status: Verdict, mut text: String) -> Vec<Effect> {
    match k.code {
        KeyCode::Esc => {
            app.mode = Mode::Normal;
            Vec::new()
        }
        KeyCode::Enter => {
            app.mode = Mode::Normal;
            let manual = Manual {
                status: Some(status),
                note: text.trim().to_string(),
            };
            set_manual(app, Some(manual))
        }
        _ => {
            edit_line(&mut text, &k);
            app.mode = Mode::Note { status, text };
            Vec::new()
        }
    }
}

/// Apply a manual verdict to the selected target in memory and ask for it to be saved.
fn set_manual(app: &mut App, manual: Option<Manual>) -> Vec<Effect> {
    let Some(&Row {
        plan,
        kind: RowKind::Target(g, t),
        ..
    }) = app.selected_row()
    else {
        return Vec::new();
    };
    let view = &mut app.plans[plan];
    view.set_manual(g, t, manual.clone());
    let target = TargetRef {
        goal: view.plan.goals[g].id.clone(),
        index: t,
    };
    let path = view.path.clone();
    app.status = Some(match &manual {
        Some(m) => format!(
            "manual verdict: {}",
            m.status.map_or("none", Verdict::as_str)
        ),
        None => "manual verdict cleared".into(),
    });
    // Rows depend on verdicts only through the filter.
    if app.filter != Filter::All {
        app.rebuild_rows();
    } else {
        app.forget_rows();
    }
    vec![Effect::SaveManual {
        path,
        target,
        manual,
    }]
}

fn act(app: &mut App, action: Action) -> Vec<Effect> {
    app.status = None;
    let page = tree_area(app).height.max(1) as usize;
    match action {
        Action::Down => move_by(app, 1),
        Action::Up => move_by(app, -1),
        Action::PageDown => move_by(app, page as isize),
        Action::PageUp => move_by(app, -(page as isize)),
        Action::Top => select(app, 0),
        Action::Bottom => select(app, app.rows.len().saturating_sub(1)),
        Action::Collapse => collapse(app),
        Action::Expand => expand(app),
        Action::Toggle => toggle(app),
        Action::Search => {
            app.mode = Mode::Search {
                query: String::new(),
                origin: app.selected_key(),
            }
        }
        Action::NextMatch | Action::PrevMatch => {
            if app.query.is_empty() {
                app.status = Some("no search yet: press / to search".into());
            } else {
                let query = app.query.clone();
                let from = app.selected_node();
                search_from(app, &query, from, action == Action::NextMatch, false);
            }
        }
        Action::Filter => {
            app.set_filter(app.filter.next());
            app.status = Some(format!("filter: {}", app.filter.label()));
        }
        Action::NextPlan | Action::PrevPlan => switch_plan(app, action == Action::NextPlan),
        Action::MarkMet | Action::MarkMissed | Action::MarkUnmeasured => {
            let status = match action {
                Action::MarkMet => Verdict::Met,
                Action::MarkMissed => Verdict::Missed,
                _ => Verdict::Unmeasured,
            };
            match selected_target(app) {
                Some(t) => {
                    let text = t
                        .manual
                        .as_ref()
                        .map(|m| m.note.clone())
                        .unwrap_or_default();
                    app.mode = Mode::Note { status, text };
                }
                None => app.status = Some("select a target to give it a verdict".into()),
            }
        }
        Action::ClearManual => match selected_target(app) {
            Some(t) if t.manual.is_some() => return set_manual(app, None),
            Some(_) => app.status = Some("this target has no manual verdict".into()),
            None => app.status = Some("select a target to clear its verdict".into()),
        },
        Action::Edit => {
            if let Some(row) = app.selected_row().copied() {
                let p = &app.plans[row.plan];
                let goal = match row.kind {
                    RowKind::Goal(g) | RowKind::Target(g, _) => Some(p.plan.goals[g].id.clone()),
                    _ => None,
                };
                return vec![Effect::Edit {
                    path: p.path.clone(),
                    goal,
                }];
            }
        }
        Action::DetailDown => app.detail_scroll = app.detail_scroll.saturating_add(1),
        Action::DetailUp => app.detail_scroll = app.detail_scroll.saturating_sub(1),
        Action::Help => app.mode = Mode::Help,
        Action::Quit => {
            app.quit = true;
            return vec![Effect::Quit];
        }
    }
    Vec::new()
}

fn selected_target(app: &App) -> Option<&crate::model::Target> {
    match app.selected_row()?.kind {
        RowKind::Target(g, t) => {
            let p = &app.plans[app.selected_row()?.plan];
            Some(&p.plan.goals[g].targets[t])
        }
        _ => None,
    }
}

fn select(app: &mut App, i: usize) {
    let i = i.min(app.rows.len().saturating_sub(1));
    if i != app.selected {
        app.detail_scroll = 0;
    }
    app.selected = i;
}

fn move_by(app: &mut App, delta: isize) {
    let i = app.selected.saturating_add_signed(delta);
    select(app, i);
}

fn collapse(app: &mut App) {
    let Some(row) = app.selected_row().copied() else {
        return;
    };
    if tree::has_children(&app.plans, &row) && !app.folds.is_folded(&app.plans, &row) {
        app.set_folded(app.selected, true);
    } else if let Some(parent) = app.rows[..app.selected]
        .iter()
        .rposition(|r| r.depth < row.depth)
    {
        select(app, parent);
    }
}

fn expand(app: &mut App) {
    let Some(row) = app.selected_row().copied() else {
        return;
    };
    if app.folds.is_folded(&app.plans, &row) {
        app.set_folded(app.selected, false);
    } else if app
        .rows
        .get(app.selected + 1)
        .is_some_and(|next| next.depth > row.depth)
    {
        select(app, app.selected + 1);
    }
}

fn toggle(app: &mut App) {
    let Some(row) = app.selected_row().copied() else {
        return;
    };
    if tree::has_children(&app.plans, &row) {
        let folded = app.folds.is_folded(&app.plans, &row);
        app.set_folded(app.selected, !folded);
    }
}

/// The next (or previous) plan shown, wrapping; a filter may hide plans in between.
fn switch_plan(app: &mut App, forward: bool) {
    let Some(cur) = app.selected_row().map(|r| r.plan) else {
        return;
    };
    let plan_rows = app
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.kind == RowKind::Plan);
    let found = if forward {
        let mut rows = plan_rows;
        let first = rows.clone().next();
        rows.find(|(_, r)| r.plan > cur).or(first)
    } else {
        let mut rows = plan_rows.rev();
        let last = rows.clone().next();
        rows.find(|(_, r)| r.plan < cur).or(last)
    };
    if let Some((i, _)) = found {
        select(app, i);
    }
}

/// Unfold everything above node `pos` of plan `pi` and select it.
fn reveal(app: &mut App, pi: usize, pos: usize) {
    if let Some(i) = app.reveal(pi, pos) {
        app.selected = i;
    }
    app.detail_scroll = 0;
}

/// Search from `from` (a node, or the first row) and reveal the hit; a message when none.
fn search_from(
    app: &mut App,
    query: &str,
    from: Option<(usize, usize)>,
    forward: bool,
    include_from: bool,
) {
    let filter = app.filter;
    let from = from.unwrap_or((0, 0));
    app.hits_for(query);
    let hit = app
        .hits
        .as_ref()
        .and_then(|h| search::next(&app.plans, h, filter, from, forward, include_from));
    app.status = match hit {
        Some((pi, pos)) => {
            reveal(app, pi, pos);
            None
        }
        None if !query.is_empty() => Some(format!("no match for {query}")),
        None => None,
    };
}

fn tree_area(app: &App) -> Rect {
    layout(Rect::new(0, 0, app.size.0, app.size.1)).map_or(Rect::default(), |l| l.tree)
}

fn on_mouse(app: &mut App, m: MouseEvent) {
    let Some(areas) = layout(Rect::new(0, 0, app.size.0, app.size.1)) else {
        return;
    };
    let at = Position::new(m.column, m.row);
    let in_tree = areas.tree.contains(at);
    let in_detail = areas.detail.contains(at);
    match m.kind {
        MouseEventKind::ScrollDown if in_tree => move_by(app, WHEEL_STEP as isize),
        MouseEventKind::ScrollUp if in_tree => move_by(app, -(WHEEL_STEP as isize)),
        MouseEventKind::ScrollDown if in_detail => {
            app.detail_scroll = app.detail_scroll.saturating_add(WHEEL_STEP as u16)
        }
        MouseEventKind::ScrollUp if in_detail => {
            app.detail_scroll = app.detail_scroll.saturating_sub(WHEEL_STEP as u16)
        }
        MouseEventKind::Down(MouseButton::Left) if in_tree && app.mode == Mode::Normal => {
            let i = app.offset + (m.row - areas.tree.y) as usize;
            if i == app.selected {
                toggle(app);
            } else if i < app.rows.len() {
                select(app, i);
            }
        }
        _ => {}
    }
}

/// Keep the selection on screen.
fn scroll_into_view(app: &mut App) {
    let h = tree_area(app).height.max(1) as usize;
    if app.selected < app.offset {
        app.offset = app.selected;
    } else if app.selected >= app.offset + h {
        app.offset = app.selected + 1 - h;
    }
    app.offset = app.offset.min(app.rows.len().saturating_sub(1));
}
