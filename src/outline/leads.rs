//! Unnumbered goals: paragraphs that open with a short lead phrase ending in
//! "。" (打造张江嘉定园创新高地。围绕…), in documents whose top sections have no
//! numbered sub-levels.

use crate::vocab::marks::BULLETS;

/// Punctuation inside a lead phrase: a phrase with a comma is a sentence, not a lead.
const NOT_IN_LEAD: [char; 12] = [
    '，', ',', '；', ';', '：', ':', '！', '？', '!', '?', '“', '（',
];

const LEAD_CHARS: std::ops::RangeInclusive<usize> = 4..=40;

/// The lead phrase of a paragraph, if it opens with one.
pub fn lead_phrase(text: &str) -> Option<&str> {
    // A list item is not a goal of its own.
    if text.starts_with(BULLETS) {
        return None;
    }
    let end = text.find('。')?;
    let lead = &text[..end];
    // A goal's name holds no figure: 完成产值100亿元。 is a result, not a lead.
    let figure = lead.contains(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    if figure || !LEAD_CHARS.contains(&lead.chars().count()) || lead.contains(NOT_IN_LEAD) {
        return None;
    }
    Some(lead)
}

/// Whether the paragraph after `text` starts afresh, rather than carrying on a cut line.
pub fn ends_sentence(text: &str) -> bool {
    text.ends_with([
        '。', '！', '？', '；', '：', '”', '」', '）', ')', '!', '?', ';', ':', '.',
    ])
}

/// Whether `text`, following a line that ended as `prev_ended`, is a goal of its own.
/// A lead phrase standing alone after a cut line is the cut line's tail.
pub fn is_goal(text: &str, prev_ended: bool) -> Option<&str> {
    let lead = lead_phrase(text)?;
    let has_body = text.len() > lead.len() + '。'.len_utf8();
    (prev_ended || has_body).then_some(lead)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_phrases() {
        assert_eq!(
            lead_phrase("加强组织建设。完成区科协换届"),
            Some("加强组织建设")
        );
        assert_eq!(
            lead_phrase("着力推进科技园区、孵化器建设。加强"),
            Some("着力推进科技园区、孵化器建设")
        );
        assert_eq!(lead_phrase("“十三五”规划，认真做好考核工作等。"), None);
        assert_eq!(lead_phrase("——经济运行总体平稳。国内生产总值"), None);
        assert_eq!(lead_phrase("没有句号的一行"), None);
        assert_eq!(lead_phrase("完成产值100亿元。"), None);
    }

    #[test]
    fn cut_lines_are_not_goals() {
        assert_eq!(
            is_goal("主动对接科技创新中心工作。", true),
            Some("主动对接科技创新中心工作")
        );
        assert_eq!(
            is_goal("进区域融入科技创新中心工作的积极作用。", false),
            None
        );
        assert_eq!(
            is_goal("加强阵地建设。充分发挥", false),
            Some("加强阵地建设")
        );
    }
}
