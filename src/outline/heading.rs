//! Numbered headings: `第一部分` / `第一章` (depth 0), `一、` (depth 1), `（一）` / `(一)`
//! (depth 2), `1.` `1、` `1．` (depth 3).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// 第一部分, 第二章, 第三篇: the parts a long plan is divided into.
    Part,
    Chinese,
    Paren,
    Arabic,
}

impl Style {
    pub fn depth(self) -> usize {
        match self {
            Style::Part => 0,
            Style::Chinese => 1,
            Style::Paren => 2,
            Style::Arabic => 3,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    pub style: Style,
    /// The numbering as it goes into a path id: "一", "(一)", "4".
    pub label: String,
    /// The heading text after the numbering, whole line.
    pub rest: String,
}

impl Heading {
    /// The heading's title: its text up to the first "。", without closing punctuation.
    pub fn title(&self) -> &str {
        title_of(&self.rest)
    }
}

/// The longest title a heading keeps whole; a longer one ends at its first blank.
const MAX_TITLE_CHARS: usize = 40;

pub fn title_of(rest: &str) -> &str {
    let mut head = rest.split('。').next().unwrap_or(rest);
    if let Some(blank) = head
        .char_indices()
        .skip(4)
        .find(|&(_, c)| c == ' ' || c == '\u{3000}')
    {
        // "2022年工作回顾 过去一年，全区…": where what follows the blank runs on as a
        // sentence, the blank ended the title (a page that lost its line breaks).
        if head.chars().count() > MAX_TITLE_CHARS || head[blank.0..].contains(['，', ',', '；']) {
            head = &head[..blank.0];
        }
    }
    head.trim_end_matches(['；', ';', '：', ':', ' ', '\u{3000}'])
        .trim()
}

const CN_DIGITS: &str = "一二三四五六七八九十";

fn is_cn_numeral(c: char) -> bool {
    CN_DIGITS.contains(c)
}

/// Parse a numbered heading at the start of a trimmed line.
pub fn parse(line: &str) -> Option<Heading> {
    let first = line.chars().next()?;
    if first == '第' {
        return part(line);
    }
    let (style, label, rest) = if is_cn_numeral(first) {
        let num: String = line.chars().take_while(|&c| is_cn_numeral(c)).collect();
        let after = &line[num.len()..];
        let rest = after.strip_prefix(['、', '．'])?;
        (Style::Chinese, num, rest)
    } else if first == '(' || first == '（' {
        let inner = &line[first.len_utf8()..];
        let num: String = inner.chars().take_while(|&c| is_cn_numeral(c)).collect();
        if num.is_empty() {
            return None;
        }
        let rest = inner[num.len()..].strip_prefix([')', '）'])?;
        let label = format!("({num})");
        (Style::Paren, label, rest)
    } else if first.is_ascii_digit() || ('０'..='９').contains(&first) {
        let digits: String = line
            .chars()
            .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
            .collect();
        let after = &line[digits.len()..];
        let after = after.trim_start_matches(' ');
        let rest = after.strip_prefix(['.', '、', '．'])?;
        // 5.12, 1.5亿: a number, not a heading.
        if rest
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        {
            return None;
        }
        let value = ascii_value(&digits);
        if !(1..=99).contains(&value) {
            return None;
        }
        (Style::Arabic, value.to_string(), rest)
    } else {
        return None;
    };
    if label.chars().count() > 4 {
        return None;
    }
    let rest = rest.trim_start_matches([' ', '\u{3000}', '\u{a0}']);
    // A numbered table row ("1.增加值 | 6%以上 | 16.7% |") is a row, not a heading.
    if title_of(rest).is_empty() || rest.contains(['|', '｜', '\t']) {
        return None;
    }
    Some(Heading {
        style,
        label,
        rest: rest.to_string(),
    })
}

/// Words that name a part of a long plan after its ordinal.
const PART_WORDS: &[&str] = &["部分", "章", "篇"];

/// The longest part heading: longer lines are prose that opens with an ordinal.
const MAX_PART_TITLE_CHARS: usize = 30;

/// "第二部分 主要任务", "第三章、加快建设现代产业体系".
fn part(line: &str) -> Option<Heading> {
    let after = &line['第'.len_utf8()..];
    let num: String = after.chars().take_while(|&c| is_cn_numeral(c)).collect();
    if num.is_empty() || num.chars().count() > 3 {
        return None;
    }
    let after = &after[num.len()..];
    let word = PART_WORDS.iter().find(|w| after.starts_with(**w))?;
    let rest = after[word.len()..]
        .trim_start_matches([' ', '\u{3000}', '\u{a0}', '、', '：', ':', '．', '.']);
    let title = title_of(rest);
    if title.is_empty() || title.chars().count() > MAX_PART_TITLE_CHARS || rest.contains('。') {
        return None;
    }
    Some(Heading {
        style: Style::Part,
        label: format!("第{num}{word}"),
        rest: rest.to_string(),
    })
}

fn ascii_value(digits: &str) -> u32 {
    digits.chars().fold(0u32, |n, c| {
        let d = c.to_digit(10).unwrap_or_else(|| c as u32 - '０' as u32);
        n.saturating_mul(10).saturating_add(d)
    })
}

/// Whether a heading line was cut before its end: an opened quote or bracket is not closed.
pub fn is_cut(rest: &str) -> bool {
    let pairs = [
        ('“', '”'),
        ('《', '》'),
        ('（', '）'),
        ('(', ')'),
        ('「', '」'),
    ];
    pairs
        .iter()
        .any(|&(o, c)| rest.matches(o).count() > rest.matches(c).count())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(line: &str) -> Option<(Style, String, String)> {
        parse(line).map(|h| (h.style, h.label.clone(), h.title().to_string()))
    }

    #[test]
    fn heading_styles() {
        let t = |s: Style, l: &str, t: &str| Some((s, l.to_string(), t.to_string()));
        assert_eq!(
            h("一、创新驱动,助力发展"),
            t(Style::Chinese, "一", "创新驱动,助力发展")
        );
        assert_eq!(h("十二．保障措施"), t(Style::Chinese, "十二", "保障措施"));
        assert_eq!(
            h("(一)发挥作用。全区纳入"),
            t(Style::Paren, "(一)", "发挥作用")
        );
        assert_eq!(
            h("（三）完善基础设施建设"),
            t(Style::Paren, "(三)", "完善基础设施建设")
        );
        assert_eq!(
            h("1. 推进产业发展。全区"),
            t(Style::Arabic, "1", "推进产业发展")
        );
        assert_eq!(
            h("12.强化主体地位。"),
            t(Style::Arabic, "12", "强化主体地位")
        );
        assert_eq!(
            h("3、完善社区事务受理系统建设"),
            t(Style::Arabic, "3", "完善社区事务受理系统建设")
        );
        assert_eq!(h("２．加强建设"), t(Style::Arabic, "2", "加强建设"));
        assert_eq!(
            h("第二部分 主要任务"),
            t(Style::Part, "第二部分", "主要任务")
        );
        assert_eq!(
            h("第十二章、加快建设现代产业体系"),
            t(Style::Part, "第十二章", "加快建设现代产业体系")
        );
    }

    #[test]
    fn not_headings() {
        for line in [
            "1-1  10个标准机房清单",
            "5.12全国防灾减灾日",
            "2017.02.13",
            "一是加强建设",
            "(统计口径调整)",
            "十三五规划",
            "1",
            "第一章",
            "第二部分是全年工作的重点。",
            "第一批试点单位名单",
        ] {
            assert_eq!(parse(line), None, "{line}");
        }
    }

    #[test]
    fn cut_headings() {
        assert!(is_cut("关于印发《杨浦区电子政务“十三五”"));
        assert!(!is_cut("“十二五”发展现状"));
    }
}
