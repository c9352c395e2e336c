//! Web-page debris: the `# source:` line, navigation, page metadata and
//! footers. Marked as skipped ranges, never removed, so that offsets stay true.

use std::ops::Range;

/// Whole lines that are page furniture.
const EXACT: &[&str] = &[
    "返回上一级",
    "返回",
    "返回顶部",
    "字号",
    "打印",
    "打印本页",
    "关闭",
    "关闭窗口",
    "分享到",
    "分享",
    "留言咨询",
    "纠错",
    "相关文档",
    "使用说明",
    "相关信息",
    "相关链接",
    "标签",
    "政策留言板",
    "设为首页",
    "加入收藏",
    "收藏本站",
    "主动公开",
    "依申请公开",
    "去除导航",
    "大 中 小",
    "【大 中 小】",
    "星期一",
    "星期二",
    "星期三",
    "星期四",
    "星期五",
    "星期六",
    "星期日",
    "-",
    "您的姓名:*",
    "保存本页",
    "收藏",
    "【打印】",
    "【关闭】",
];

/// Lines holding one of these are copyright, ICP, QR-code or accessibility lines.
const CONTAINS: &[&str] = &[
    "扫一扫",
    "版权所有",
    "Copyright",
    "COPYRIGHT",
    "copyright",
    "ICP备",
    "公网安备",
    "不能读取jquery",
    "无障碍",
    "设为书签",
    "All Rights Reserved",
    "浏览次数",
    "阅读量",
    "访问量:",
    "本页面保存为书签",
];

/// Footer lines are short; a paragraph that mentions 无障碍 or 版权 is content.
const SHORT_LINE: usize = 240;

/// Page metadata labels (索引号: …) that open a line.
const PREFIX: &[&str] = &[
    "索引号",
    "索 引 号",
    "主题分类",
    "发布机构",
    "发文日期",
    "名 称",
    "名称:",
    "名称：",
    "文 号",
    "文号:",
    "文号：",
    "公开类型",
    "公开属性",
    "公开期限",
    "地址:",
    "地址：",
    "电话:",
    "电话：",
    "邮编",
    "工作时间",
    "来源:",
    "来源：",
    "当前位置",
    "您当前的位置",
    "您现在的位置",
    "字号:",
    "字号：",
    "标签:",
    "标签：",
    "分享到:",
    "分享到：",
];

/// Lines after which the rest of a page is its footer.
const FOOTER_START: &[&str] = &[
    "纠错",
    "留言咨询",
    "分享到",
    "分享到:",
    "分享到：",
    "政策留言板",
    "相关信息",
    "相关文档",
    "相关链接",
];

pub struct SourceLine {
    pub url: String,
    pub title: String,
    /// Byte length of the line with its line break.
    pub len: usize,
}

/// The `# source: <url> | <title>` first line, if the text has one.
pub fn source_line(text: &str) -> Option<SourceLine> {
    let rest = text.strip_prefix("# source:")?;
    let line_end = text.find('\n').map_or(text.len(), |e| e + 1);
    let body = rest[..line_end - "# source:".len()].trim();
    let (url, title) = body.split_once('|').unwrap_or((body, ""));
    Some(SourceLine {
        url: url.trim().to_string(),
        title: title.trim().to_string(),
        len: line_end,
    })
}

/// Trim what these pages pad lines with: spaces, no-break and ideographic spaces, CR.
pub fn trim(line: &str) -> &str {
    line.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{3000}')
}

pub fn is_debris(line: &str) -> bool {
    let line = trim(line);
    !line.is_empty()
        && (EXACT.contains(&line)
            || (line.len() <= SHORT_LINE && CONTAINS.iter().any(|w| line.contains(w)))
            || PREFIX.iter().any(|w| line.starts_with(w))
            || is_index_number(line))
}

/// 索引号 values standing alone: QA5301000-2017-09.
fn is_index_number(line: &str) -> bool {
    let b = line.as_bytes();
    b.len() >= 12
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2..].iter().all(|c| c.is_ascii_digit() || *c == b'-')
        && b.iter().filter(|&&c| c == b'-').count() == 2
}

/// Mark the debris lines of `text` from `start` on.
pub fn mark(text: &str, start: usize, skipped: &mut Vec<Range<usize>>) {
    let mut pos = start;
    for line in text[start..].split_inclusive('\n') {
        let end = pos + line.len();
        let trimmed = trim(line);
        if FOOTER_START.contains(&trimmed) && pos > text.len() / 2 {
            push(skipped, pos..text.len());
            return;
        }
        if is_debris(trimmed) {
            push(skipped, pos..end);
        }
        pos = end;
    }
}

fn push(skipped: &mut Vec<Range<usize>>, r: Range<usize>) {
    match skipped.last_mut() {
        Some(last) if last.end == r.start => last.end = r.end,
        _ => skipped.push(r),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_line_is_split() {
        let text = "# source: http://a.cn/x | 标题 A\n正文";
        let s = source_line(text).unwrap();
        assert_eq!(
            (s.url.as_str(), s.title.as_str()),
            ("http://a.cn/x", "标题 A")
        );
        assert_eq!(&text[s.len..], "正文");
    }

    #[test]
    fn debris_lines() {
        for l in [
            "返回上一级",
            "  沪ICP备11018171  ",
            "索 引 号: WA8201000",
            "QA5301000-2017-09",
        ] {
            assert!(is_debris(l), "{l}");
        }
        for l in ["一、加强组织建设", "打印机采购项目完成", "2017年工作要点"]
        {
            assert!(!is_debris(l), "{l}");
        }
    }
}
