//! The pure update: a message changes the model and may ask for effects (save,
//! copy, export, edit, quit) that the run loop performs. No I/O here.

use super::app::{App, Change, Mode};
use super::export;
use super::filter::Filter;
use super::keymap::{action_for, Action, Key};
use super::label;
use super::msg::{Effect, Msg};
use super::row::{Row, RowKey, RowKind};
use super::search;
use super::text::fit;
use super::tree;
use super::view::{help_max_scroll, help_page, layout};
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
    // Ctrl-c quits from any prompt or popup, as in the tree.
    if Key::of(&k) == Key::ctrl('c') {
        return act(app, Action::Quit);
    }
    match app.mode.clone() {
        Mode::Help => {
            on_help_key(app, &k);
            Vec::new()
        }
        Mode::Search { query, origin } => {
            on_search_key(app, k, query, origin);
            Vec::new()
        }
        Mode::Note { status, text } => on_note_key(app, k, status, text),
        Mode::ConfirmClear => {
            app.mode = Mode::Normal;
            if k.code == KeyCode::Char('y') {
                set_manual(app, None)
            } else {
                app.status = Some("kept the verdict and its note".into());
                Vec::new()
            }
        }
        Mode::Normal => match action_for(&k) {
            Some(a) => act(app, a),
            None => Vec::new(),
        },
    }
}

/// The help scrolls with the moving keys; ?, Esc and q close it.
fn on_help_key(app: &mut App, k: &KeyEvent) {
    let size = Rect::new(0, 0, app.size.0, app.size.1);
    let page = help_page(size).max(1);
    let max = help_max_scroll(size);
    let s = app.help_scroll;
    app.help_scroll = match action_for(k) {
        Some(Action::Down) => s.saturating_add(1),
        Some(Action::Up) => s.saturating_sub(1),
        Some(Action::PageDown) => s.saturating_add(page),
        Some(Action::PageUp) => s.saturating_sub(page),
        Some(Action::Top) => 0,
        Some(Action::Bottom) => max,
        Some(Action::Help | Action::Cancel | Action::Quit) => {
            app.mode = Mode::Normal;
            0
        }
        _ => s,
    }
    .min(max);
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
    let status = match &manual {
        Some(m) => format!(
            "manual verdict: {}",
            m.status.map_or("none", Verdict::as_str)
        ),
        None => "manual verdict cleared (U undoes)".into(),
    };
    let effects = set_manual_at(app, plan, g, t, manual);
    app.status = Some(status);
    effects
}

/// Set target `t` of goal `g` of plan `plan`, remember what it was for undo, and ask
/// the store to save it: undo writes through the same path as any verdict.
fn set_manual_at(
    app: &mut App,
    plan: usize,
    g: usize,
    t: usize,
    manual: Option<Manual>,
) -> Vec<Effect> {
    let view = &mut app.plans[plan];
    let before = view.plan.goals[g].targets[t].manual.clone();
    view.set_manual(g, t, manual.clone());
    let target = TargetRef {
        goal: view.plan.goals[g].id.clone(),
        index: t,
    };
    let path = view.path.clone();
    app.undo = Some(Change {
        path: path.clone(),
        goal: g,
        index: t,
        manual: before,
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

/// Take back the last verdict change (its inverse becomes the next undo), showing
/// the target it was made on.
fn undo(app: &mut App) -> Vec<Effect> {
    let Some(change) = app.undo.clone() else {
        app.status = Some("nothing to undo".into());
        return Vec::new();
    };
    let found = app
        .plans
        .iter()
        .position(|p| p.path == change.path)
        .filter(|&pi| {
            app.plans[pi]
                .plan
                .goals
                .get(change.goal)
                .is_some_and(|g| change.index < g.targets.len())
        });
    let Some(pi) = found else {
        app.undo = None;
        app.status = Some("cannot undo: that target is no longer in its plan".into());
        return Vec::new();
    };
    let pos = app.plans[pi].pos_of(RowKind::Target(change.goal, change.index));
    let effects = set_manual_at(app, pi, change.goal, change.index, change.manual.clone());
    reveal(app, pi, pos);
    app.status = Some(match &change.manual {
        Some(m) => format!(
            "undone: manual verdict {} again",
            m.status.map_or("none", Verdict::as_str)
        ),
        None => "undone: manual verdict cleared".into(),
    });
    effects
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
        Action::NextMissed | Action::PrevMissed => next_missed(app, action == Action::NextMissed),
        Action::Sort => {
            app.set_sort(app.sort.next());
            app.status = Some(format!("sorted by {}", app.sort.label()));
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
        Action::ClearManual => match selected_target(app).map(|t| t.manual.as_ref()) {
            Some(Some(m)) if !m.note.trim().is_empty() => app.mode = Mode::ConfirmClear,
            Some(Some(_)) => return set_manual(app, None),
            Some(None) => app.status = Some("this target has no manual verdict".into()),
            None => app.status = Some("select a target to clear its verdict".into()),
        },
        Action::Undo => return undo(app),
        Action::Copy => {
            if let Some(text) = copied(app) {
                app.status = Some(format!("copied: {}", fit(&text, 60)));
                return vec![Effect::Copy(text)];
            }
        }
        Action::ExportMarkdown | Action::ExportCsv => {
            let (name, text) = if action == Action::ExportCsv {
                (export::CSV_FILE, export::csv(app))
            } else {
                (export::MARKDOWN_FILE, export::markdown(app))
            };
            app.status = Some(format!("wrote {} rows to {name}", app.rows.len()));
            return vec![Effect::Export {
                path: name.into(),
                text,
            }];
        }
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
        Action::Help => {
            app.help_scroll = 0;
            app.mode = Mode::Help;
        }
        Action::Cancel => cancel(app),
        Action::Quit => {
            app.quit = true;
            return vec![Effect::Quit];
        }
    }
    Vec::new()
}

/// Esc in the tree closes what is open, one thing a press: the filter, then the last
/// search's highlights (n/N then start over), then the footer message.
fn cancel(app: &mut App) {
    if app.filter != Filter::All {
        app.set_filter(Filter::All);
        app.status = Some("filter: all".into());
    } else if !app.query.is_empty() {
        app.query.clear();
        app.hits = None;
    }
}

/// What `y` copies: a target's quote, else the row as shown.
fn copied(app: &App) -> Option<String> {
    let row = app.selected_row()?;
    Some(match selected_target(app) {
        Some(t) if !t.quote.is_empty() => t.quote.clone(),
        _ => label::plain(&app.plans, row),
    })
}

/// Select the next (or previous) missed target shown under the filter, unfolding to it.
fn next_missed(app: &mut App, forward: bool) {
    let missed: Vec<Vec<u32>> = app
        .plans
        .iter()
        .map(|p| p.targets_with(Verdict::Missed))
        .collect();
    let from = app.selected_node().unwrap_or((0, 0));
    match search::next(&app.plans, &missed, app.filter, from, forward, false) {
        Some((pi, pos)) => reveal(app, pi, pos),
        None => {
            app.status = Some(format!(
                "no missed target under the filter {}",
                app.filter.label()
            ))
        }
    }
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
        .and_then(|h| search::next(&app.plans, &h.per_plan, filter, from, forward, include_from));
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
