//! The words around a number: the clause it stands in, the metric it counts, and a
//! short exact quote.

use super::words::{CHANGE_WORDS, CLAUSE_ENDS, LEAD_FILLERS, SENTENCE_ENDS, TRAIL_VERBS};

/// How far back (in characters) a quote may reach before its number.
const MAX_PREFIX_CHARS: usize = 24;
/// How far forward a counted noun may reach after a measure word ("45家企业").
const MAX_SUFFIX_CHARS: usize = 12;

/// Start of the clause holding byte offset `at`, never before `floor`.
pub fn clause_start(text: &str, at: usize, floor: usize) -> usize {
    let head = &text[floor..at];
    head.char_indices()
        .rev()
        .find(|(_, c)| CLAUSE_ENDS.contains(c))
        .map(|(i, c)| floor + i + c.len_utf8())
        .unwrap_or(floor)
}

/// Start of the sentence holding byte offset `at`.
pub fn sentence_start(text: &str, at: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| SENTENCE_ENDS.contains(c))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0)
}

/// End of the clause that starts at or before `at`.
pub fn clause_end(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|(_, c)| CLAUSE_ENDS.contains(c))
        .map(|(i, _)| at + i)
        .unwrap_or(text.len())
}

/// Keep at most the last `n` characters of a slice starting at `start`; returns the new start.
fn last_chars(text: &str, start: usize, end: usize, n: usize) -> usize {
    let slice = &text[start..end];
    let count = slice.chars().count();
    if count <= n {
        return start;
    }
    start + slice.char_indices().nth(count - n).map(|(i, _)| i).unwrap_or(0)
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}' || c == '*'
}

/// A metric phrase cleaned of fillers, verbs and comparison words around it.
pub fn clean_metric(raw: &str) -> String {
    let mut s: String = raw.chars().filter(|c| !is_space(*c)).collect();
    // A leading year ("2015年，争取…") dates the promise; it is not what is counted.
    loop {
        let before = s.len();
        if let Some(rest) = strip_year(&s) {
            s = rest.to_string();
        }
        for w in LEAD_FILLERS {
            if let Some(rest) = s.strip_prefix(w) {
                if !rest.is_empty() {
                    s = rest.to_string();
                }
            }
        }
        for w in TRAIL_VERBS {
            if let Some(rest) = s.strip_suffix(w) {
                s = rest.to_string();
            }
        }
        s = s.trim_matches(|c: char| "、，,：:“”\"'《》".contains(c)).to_string();
        if s.len() == before {
            return s;
        }
    }
}

fn strip_year(s: &str) -> Option<&str> {
    let digits = s.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 4 {
        s[digits..].strip_prefix('年')
    } else {
        None
    }
}

/// Whether a metric names only a change ("同比增长") and needs the subject said before it.
pub fn is_change_only(metric: &str) -> bool {
    metric.is_empty() || CHANGE_WORDS.contains(&metric)
}

/// The subject of a metric, without a trailing change word: "实现产值" stays, "产值同比增长" -> "产值".
pub fn subject_of(metric: &str) -> &str {
    for w in CHANGE_WORDS {
        if let Some(rest) = metric.strip_suffix(w) {
            return rest;
        }
    }
    metric
}

/// The noun counted after a measure word: "45家企业" -> "企业".
pub fn counted_noun(text: &str, end: usize) -> &str {
    let stop = clause_end(text, end);
    let tail = &text[end..stop];
    let cut = tail
        .char_indices()
        .take(MAX_SUFFIX_CHARS)
        .find(|(i, c)| {
            is_space(*c)
                || c.is_ascii_digit()
                || ["的", "被", "列", "获", "成", "进行", "参加", "和", "及", "等", "达", "为", "实现"]
                    .iter()
                    .any(|w| tail[*i..].starts_with(w))
        })
        .map(|(i, _)| i)
        .unwrap_or_else(|| tail.char_indices().nth(MAX_SUFFIX_CHARS).map(|(i, _)| i).unwrap_or(tail.len()));
    &tail[..cut]
}

/// Where a quote for a number starting at `num_start` begins: the clause start, no earlier
/// than `floor` (the previous figure's end) and no more than a few words back.
pub fn quote_start(text: &str, num_start: usize, floor: usize) -> usize {
    let start = clause_start(text, num_start, floor);
    let start = last_chars(text, start, num_start, MAX_PREFIX_CHARS);
    // Skip leading blanks so that the quote starts on a word.
    let lead = text[start..num_start].len() - text[start..num_start].trim_start_matches(is_space).len();
    start + lead
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_fillers_and_verbs() {
        assert_eq!(clean_metric("全年新增孵化器"), "新增孵化器");
        assert_eq!(clean_metric("力争完成产学研合作对接项目 "), "产学研合作对接项目");
        assert_eq!(clean_metric("高新技术企业总数超过"), "高新技术企业总数");
        assert_eq!(clean_metric("2015年，争取全年申请专利保护突破"), "申请专利保护");
        assert_eq!(clean_metric("覆盖率达"), "覆盖率");
        assert_eq!(clean_metric("城镇调查失业率控制在"), "城镇调查失业率");
    }

    #[test]
    fn finds_the_counted_noun() {
        let t = "新引进45家企业,其中";
        let end = t.find("家").unwrap() + "家".len();
        assert_eq!(counted_noun(t, end), "企业");
    }

    #[test]
    fn change_words_borrow_the_subject() {
        assert!(is_change_only("同比增长"));
        assert!(!is_change_only("产值同比增长"));
        assert_eq!(subject_of("国内生产总值增长"), "国内生产总值");
    }

    #[test]
    fn quotes_start_at_the_clause() {
        let t = "主要目标要求是：科技服务业区级税收增长 14%，新增";
        let n = t.find("14").unwrap();
        assert_eq!(&t[quote_start(t, n, 0)..n], "科技服务业区级税收增长 ");
    }
}
