//! The keymap as data: one table dispatches keys, fills the `?` help and the footer hints.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Down,
    Up,
    Collapse,
    Expand,
    Toggle,
    Top,
    Bottom,
    PageDown,
    PageUp,
    Search,
    NextMatch,
    PrevMatch,
    Filter,
    NextMissed,
    PrevMissed,
    Sort,
    NextPlan,
    PrevPlan,
    MarkMet,
    MarkMissed,
    MarkUnmeasured,
    ClearManual,
    Undo,
    Copy,
    ExportMarkdown,
    ExportCsv,
    Edit,
    DetailDown,
    DetailUp,
    Help,
    Cancel,
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    const fn ch(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: false,
        }
    }
    const fn code(code: KeyCode) -> Key {
        Key { code, ctrl: false }
    }
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    /// The key of an event; Shift is already in the character ('G', '?').
    pub fn of(ev: &KeyEvent) -> Key {
        Key {
            code: ev.code,
            ctrl: ev.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    pub fn name(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "Up".into(),
            KeyCode::Down => "Down".into(),
            KeyCode::Left => "Left".into(),
            KeyCode::Right => "Right".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Esc => "Esc".into(),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
    /// Shown in the footer when not empty.
    pub hint: &'static str,
}

use Action as A;
use KeyCode as K;

#[rustfmt::skip]
pub static KEYMAP: &[Binding] = &[
    Binding { keys: &[Key::ch('j'), Key::code(K::Down)], action: A::Down, help: "move down", hint: "j/k move" },
    Binding { keys: &[Key::ch('k'), Key::code(K::Up)], action: A::Up, help: "move up", hint: "" },
    Binding { keys: &[Key::ch('h'), Key::code(K::Left)], action: A::Collapse, help: "fold, or go to the parent", hint: "h/l fold" },
    Binding { keys: &[Key::ch('l'), Key::code(K::Right)], action: A::Expand, help: "unfold, or go to the first child", hint: "" },
    Binding { keys: &[Key::code(K::Enter), Key::ch(' ')], action: A::Toggle, help: "fold or unfold", hint: "" },
    Binding { keys: &[Key::ch('g'), Key::code(K::Home)], action: A::Top, help: "first row", hint: "" },
    Binding { keys: &[Key::ch('G'), Key::code(K::End)], action: A::Bottom, help: "last row", hint: "" },
    Binding { keys: &[Key::code(K::PageDown), Key::ctrl('f')], action: A::PageDown, help: "page down", hint: "" },
    Binding { keys: &[Key::code(K::PageUp), Key::ctrl('b')], action: A::PageUp, help: "page up", hint: "" },
    Binding { keys: &[Key::ch('/')], action: A::Search, help: "search titles and text (Enter keeps, Esc returns)", hint: "/ search" },
    Binding { keys: &[Key::ch('n')], action: A::NextMatch, help: "next match", hint: "" },
    Binding { keys: &[Key::ch('N')], action: A::PrevMatch, help: "previous match", hint: "" },
    Binding { keys: &[Key::ch('f')], action: A::Filter, help: "filter: all, missed, unmeasured, met; unfolds to matches", hint: "f filter" },
    Binding { keys: &[Key::ch(']')], action: A::NextMissed, help: "next missed target", hint: "]/[ missed" },
    Binding { keys: &[Key::ch('[')], action: A::PrevMissed, help: "previous missed target", hint: "" },
    Binding { keys: &[Key::ch('s')], action: A::Sort, help: "sort: file, year, share met (worst first), issuer", hint: "s sort" },
    Binding { keys: &[Key::code(K::Tab)], action: A::NextPlan, help: "next plan", hint: "Tab plan" },
    Binding { keys: &[Key::code(K::BackTab)], action: A::PrevPlan, help: "previous plan", hint: "" },
    Binding { keys: &[Key::ch('m')], action: A::MarkMet, help: "manual verdict: met, with a note", hint: "m/x/u verdict" },
    Binding { keys: &[Key::ch('x')], action: A::MarkMissed, help: "manual verdict: missed, with a note", hint: "" },
    Binding { keys: &[Key::ch('u')], action: A::MarkUnmeasured, help: "manual verdict: unmeasured, with a note", hint: "" },
    Binding { keys: &[Key::ch('c')], action: A::ClearManual, help: "clear the verdict and its note (asks if there is a note)", hint: "" },
    Binding { keys: &[Key::ch('U')], action: A::Undo, help: "undo the last verdict change (again to redo it)", hint: "U undo" },
    Binding { keys: &[Key::ch('y')], action: A::Copy, help: "copy the target's quote or the row (OSC 52 clipboard)", hint: "" },
    Binding { keys: &[Key::ch('w')], action: A::ExportMarkdown, help: "write the rows shown to plantrack-view.md", hint: "" },
    Binding { keys: &[Key::ch('W')], action: A::ExportCsv, help: "write the rows shown to plantrack-view.csv", hint: "" },
    Binding { keys: &[Key::ch('e')], action: A::Edit, help: "edit the plan file at this goal ($EDITOR), then reload", hint: "e edit" },
    Binding { keys: &[Key::ch('J')], action: A::DetailDown, help: "scroll the detail pane down", hint: "" },
    Binding { keys: &[Key::ch('K')], action: A::DetailUp, help: "scroll the detail pane up", hint: "" },
    Binding { keys: &[Key::ch('?')], action: A::Help, help: "this help", hint: "? help" },
    Binding { keys: &[Key::code(K::Esc)], action: A::Cancel, help: "cancel: prompt, popup, then filter, then search highlights", hint: "" },
    Binding { keys: &[Key::ch('q'), Key::ctrl('c')], action: A::Quit, help: "quit", hint: "q quit" },
];

/// The action bound to a key press in the tree.
pub fn action_for(ev: &KeyEvent) -> Option<Action> {
    let key = Key::of(ev);
    KEYMAP
        .iter()
        .find(|b| b.keys.contains(&key))
        .map(|b| b.action)
}

/// "j, Down" for a binding's keys.
pub fn keys_label(b: &Binding) -> String {
    b.keys.iter().map(Key::name).collect::<Vec<_>>().join(", ")
}

/// The footer hints, in table order.
pub fn hints() -> Vec<&'static str> {
    KEYMAP
        .iter()
        .filter(|b| !b.hint.is_empty())
        .map(|b| b.hint)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn no_key_is_bound_twice() {
        let mut seen = HashSet::new();
        for b in KEYMAP {
            for k in b.keys {
                assert!(seen.insert(*k), "{} is bound twice", k.name());
            }
        }
    }

    #[test]
    fn every_action_has_one_binding() {
        let actions: HashSet<Action> = KEYMAP.iter().map(|b| b.action).collect();
        assert_eq!(actions.len(), KEYMAP.len());
    }
}
