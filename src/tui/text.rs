//! Display-width helpers: CJK characters take two cells, and the chrome uses only
//! characters of unambiguous width.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` cells; a cut is shown by a trailing "..".
pub fn fit(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let room = max.saturating_sub(2);
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    if max >= 2 {
        out.push_str("..");
    }
    out
}

/// A number without a trailing ".0".
pub use crate::judge::trim_float as num;
