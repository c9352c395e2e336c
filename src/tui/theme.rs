//! Colours and emphasis. With NO_COLOR set, meaning rests on marks and bold/reverse alone.

use crate::judge::Rollup;
use crate::model::Verdict;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Theme { color: true }
    }
}

impl Theme {
    /// Colour unless NO_COLOR is set to a non-empty value (no-color.org).
    pub fn from_env() -> Self {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn verdict(&self, v: Verdict) -> Style {
        match v {
            Verdict::Met => self.fg(Color::Green),
            Verdict::Missed => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            Verdict::Unmeasured => self.fg(Color::DarkGray),
        }
    }

    /// A goal's or plan's mark: partly measured is neither met's green nor the grey
    /// of nothing known.
    pub fn rollup(&self, r: Rollup) -> Style {
        match r {
            Rollup::Met => self.verdict(Verdict::Met),
            Rollup::Missed => self.verdict(Verdict::Missed),
            Rollup::Partial => self.fg(Color::Yellow),
            Rollup::Unmeasured => self.verdict(Verdict::Unmeasured),
        }
    }

    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// The target's quote inside the goal text, and search hits.
    pub fn highlight(&self) -> Style {
        let s = Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        if self.color {
            s.fg(Color::Black).bg(Color::Yellow)
        } else {
            s
        }
    }

    pub fn heading(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// A problem that did not stop a plan from loading.
    pub fn warning(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn manual(&self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
    }
}
