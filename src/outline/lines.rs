//! The document as trimmed, non-empty, non-debris lines with their byte spans.

use crate::read::Document;

#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    /// Byte offset of the trimmed text.
    pub start: usize,
    pub text: &'a str,
}

fn is_pad(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{3000}' || c == '\u{feff}'
}

/// Every line worth reading, in order; skipped ranges are left out.
pub fn content_lines(doc: &Document) -> Vec<Line<'_>> {
    let text = doc.text.as_str();
    let mut out = Vec::with_capacity(text.len() / 80 + 1);
    let mut skipped = doc.skipped.iter().peekable();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let line_start = pos;
        pos += raw.len();
        while skipped.peek().is_some_and(|r| r.end <= line_start) {
            skipped.next();
        }
        if skipped.peek().is_some_and(|r| r.start <= line_start) {
            continue;
        }
        let lead = raw.len() - raw.trim_start_matches(is_pad).len();
        let body = raw.trim_matches(is_pad);
        if body.is_empty() {
            continue;
        }
        out.push(Line {
            start: line_start + lead,
            text: body,
        });
    }
    out
}
