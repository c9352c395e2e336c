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

/// Where a numbered heading opens inside a line: after a full stop or a blank (a page
/// that lost its line breaks: "…的报告 一、2023年…执行情况 2023年是…", "…增强。1、创新
/// 主体…"), or a heading of a lower level right after a heading's title, before any
/// punctuation ("一、“十一五”科技发展回顾(一)发展成效").
fn inline_headings(line: &str) -> Vec<usize> {
    use super::heading::{parse, Style};
    let mut out = Vec::new();
    // The depth of the heading the current piece opens with, if any.
    let mut open = parse(line).map(|h| h.style.depth());
    let mut since = 0;
    for (i, c) in line.char_indices().skip(1) {
        if !(c == '（' || c == '(' || c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        {
            continue;
        }
        let Some(h) = parse(&line[i..]) else {
            continue;
        };
        let before = line[..i].chars().next_back();
        let after_stop = before.is_some_and(|b| b == '。' || b == ' ' || b == '\u{3000}');
        let in_title = open.is_some_and(|d| d < h.style.depth())
            && !line[since..i].contains(['，', ',', '。', '；', ';', '：', ':'])
            && line[since..i].chars().count() <= MAX_INLINE_TITLE_CHARS;
        let style_ok = matches!(h.style, Style::Chinese | Style::Paren)
            || (h.style == Style::Arabic
                && line[i..]
                    .trim_start_matches(|d: char| d.is_ascii_digit())
                    .starts_with('、'));
        if (after_stop && style_ok) || (in_title && h.style != Style::Arabic) {
            out.push(i);
            open = Some(h.style.depth());
            since = i;
        }
    }
    out
}

/// How long a heading's title may run before a lower heading opens on the same line.
const MAX_INLINE_TITLE_CHARS: usize = 30;

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
        assert!(inline_headings("产值增长。3.5%的企业").is_empty());
        // A lower heading right after a heading's title, and a numbered item after a
        // full stop.
        let line = "规划如下。二、“十三五”发展回顾(一)主要成效五年来成效显著。1、产业加快集聚。";
        let cuts = inline_headings(line);
        let starts: Vec<String> = cuts
            .iter()
            .map(|&c| line[c..].chars().take(2).collect())
            .collect();
        assert_eq!(starts, ["二、", "(一", "1、"]);
        // Inside a sentence, after a comma, a bracketed numeral is prose.
        assert!(inline_headings("一、目标任务，分(一)(二)两步").is_empty());
    }
}
