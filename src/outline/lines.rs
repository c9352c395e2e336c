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
        let start = line_start + lead;
        let mut at = 0;
        for cut in inline_headings(body) {
            push_trimmed(&mut out, start + at, &body[at..cut]);
            at = cut;
        }
        push_trimmed(&mut out, start + at, &body[at..]);
    }
    out
}

fn push_trimmed<'a>(out: &mut Vec<Line<'a>>, start: usize, text: &'a str) {
    let lead = text.len() - text.trim_start_matches(is_pad).len();
    let body = text.trim_matches(is_pad);
    if !body.is_empty() {
        out.push(Line {
            start: start + lead,
            text: body,
        });
    }
}

/// Where a numbered heading opens inside a line, after a full stop or a blank: a page
/// that lost its line breaks ("…的报告 一、2023年…执行情况 2023年是…").
fn inline_headings(line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, c) in line.char_indices().skip(1) {
        if !(c == '（' || c == '(' || "一二三四五六七八九十".contains(c)) {
            continue;
        }
        let before = line[..i].chars().next_back();
        if !before.is_some_and(|b| b == '。' || b == ' ' || b == '\u{3000}') {
            continue;
        }
        let opens = super::heading::parse(&line[i..]).is_some_and(|h| {
            matches!(
                h.style,
                super::heading::Style::Chinese | super::heading::Style::Paren
            )
        });
        if opens {
            out.push(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_inside_a_line_open_lines_of_their_own() {
        let line = "草案的报告 一、2023年计划执行情况 2023年是关键一年。（一）经济运行";
        let cuts = inline_headings(line);
        assert_eq!(cuts.len(), 2);
        assert!(line[cuts[0]..].starts_with("一、2023年"));
        assert!(line[cuts[1]..].starts_with("（一）经济"));
        // A numeral inside prose opens nothing.
        assert!(inline_headings("完成一、二期工程。三方面工作").is_empty());
    }
}
