//! Byte offsets of a plan file turned into the `file:line:col` a reader can jump to.

use crate::error::Error;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A file's text, for turning spans into located errors.
pub(crate) struct Locator<'a> {
    path: PathBuf,
    text: &'a str,
}

impl<'a> Locator<'a> {
    pub(crate) fn new(path: &Path, text: &'a str) -> Self {
        Locator {
            path: path.to_path_buf(),
            text,
        }
    }

    /// 1-based line and column (in characters, so Chinese text counts one per glyph).
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }

    /// An error at the start of `span` (the top of the file when unknown).
    pub(crate) fn at(&self, span: Option<Range<usize>>, message: impl Into<String>) -> Error {
        let (line, col) = self.line_col(span.map_or(0, |s| s.start));
        Error::At {
            path: self.path.clone(),
            line,
            col,
            message: one_line(message.into()),
        }
    }
}

/// An error is one line, whatever the file held: control characters (a quoted
/// value's line break) are shown escaped.
fn one_line(message: String) -> String {
    if !message.contains(char::is_control) {
        return message;
    }
    message
        .chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "a = 1\n标题 = \"x\"\n";
        let loc = Locator::new(Path::new("p.toml"), text);
        assert_eq!(loc.line_col(0), (1, 1));
        let x = text.find("= \"x").unwrap();
        assert_eq!(loc.line_col(x), (2, 4));
        assert_eq!(loc.line_col(text.len() + 10), (3, 1));
    }
}
