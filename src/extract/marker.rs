//! List markers that number the items of a plan ("（1）", "①", "2、", "一是"): they
//! order the list, they are not part of what an item counts, so quotes and metrics
//! start after them.

const CN_DIGITS: &str = "一二三四五六七八九十";

/// Byte length of the list marker at the start of `s`, or 0.
pub fn marker_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    if is_circled(first) {
        return first.len_utf8();
    }
    if first == '（' || first == '(' {
        let close = if first == '（' { '）' } else { ')' };
        let inner = &s[first.len_utf8()..];
        let n = numeral_len(inner);
        if n > 0 && inner[n..].starts_with(close) {
            return first.len_utf8() + n + close.len_utf8();
        }
        return 0;
    }
    let n = numeral_len(s);
    if n == 0 {
        return 0;
    }
    let rest = &s[n..];
    let arabic = s.as_bytes()[0].is_ascii_digit();
    let Some(next) = rest.chars().next() else {
        return 0;
    };
    match next {
        '）' | ')' | '、' => n + next.len_utf8(),
        // "1.5万" is a decimal, "1.新增" an item.
        '.' | '．' if arabic => {
            let after = &rest[next.len_utf8()..];
            match after.chars().next() {
                Some(c) if c.is_ascii_digit() || ('０'..='９').contains(&c) => 0,
                _ => n + next.len_utf8(),
            }
        }
        '是' | '．' if !arabic => n + next.len_utf8(),
        _ => 0,
    }
}

/// Skip every list marker (and the blanks after it) at the start of `s`.
pub fn skip_markers(s: &str) -> &str {
    let mut rest = s;
    loop {
        let n = marker_len(rest);
        if n == 0 {
            return rest;
        }
        rest = rest[n..].trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    }
}

fn is_circled(c: char) -> bool {
    // ①-⑳, ⑴-⒇, ⒈-⒛, ❶-❿, ➀-➓
    matches!(c, '\u{2460}'..='\u{249B}' | '\u{2776}'..='\u{2793}')
}

/// Length of a short item number: one or two arabic digits (half or full width), or
/// up to three Chinese numerals.
fn numeral_len(s: &str) -> usize {
    let arabic: usize = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .take(3)
        .map(char::len_utf8)
        .sum();
    if arabic > 0 {
        return if s[..arabic].chars().count() <= 2 {
            arabic
        } else {
            0
        };
    }
    let cn: usize = s
        .chars()
        .take_while(|c| CN_DIGITS.contains(*c))
        .take(4)
        .map(char::len_utf8)
        .sum();
    if s[..cn].chars().count() <= 3 {
        cn
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_item_numbers() {
        assert_eq!(skip_markers("（1）新增高新技术企业"), "新增高新技术企业");
        assert_eq!(skip_markers("(12) 新增"), "新增");
        assert_eq!(skip_markers("①新增孵化器"), "新增孵化器");
        assert_eq!(skip_markers("3、完成"), "完成");
        assert_eq!(skip_markers("3.完成"), "完成");
        assert_eq!(skip_markers("二是新增"), "新增");
        assert_eq!(skip_markers("（三）1.新增"), "新增");
    }

    #[test]
    fn keeps_words_and_decimals() {
        assert_eq!(skip_markers("1.5万家"), "1.5万家");
        assert_eq!(skip_markers("十三五期间"), "十三五期间");
        assert_eq!(skip_markers("2023年"), "2023年");
        assert_eq!(skip_markers("一批"), "一批");
        assert_eq!(skip_markers("(2023)"), "(2023)");
        assert_eq!(skip_markers(""), "");
    }
}
