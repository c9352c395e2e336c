//! Colour for text output: verdicts green, red or dim. Marks (✓ ✗ ?) always stand beside
//! the colour, so the report reads the same in black and white.

use crate::model::Verdict;

#[derive(Debug, Clone, Copy)]
pub struct Paint {
    pub on: bool,
}

impl Paint {
    pub fn verdict(self, v: Verdict, s: &str) -> String {
        let code = match v {
            Verdict::Met => "32",
            Verdict::Missed => "31",
            Verdict::Unmeasured => "2",
        };
        self.wrap(code, s)
    }

    pub fn bold(self, s: &str) -> String {
        self.wrap("1", s)
    }

    pub fn dim(self, s: &str) -> String {
        self.wrap("2", s)
    }

    fn wrap(self, code: &str, s: &str) -> String {
        if self.on && !s.is_empty() {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// "✓ met", "✗ missed", "? unmeasured".
pub fn verdict_label(v: Verdict) -> String {
    format!("{} {}", v.mark(), v.as_str())
}
