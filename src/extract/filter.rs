//! Which numbers are figures at all, which figures of a plan are promises, and
//! which figures of a summary are reported results.

use super::phrase;
use super::words::{
    BASELINE_MARKERS, BASELINE_OPENERS, COMMIT_VERBS, HISTORY_MARKERS, INTENT_WORDS, MEETING_WORDS,
    NOT_INTENT, OUTCOME_WORDS, RANKINGS, SHARE_OF_PLAN, TARGET_INTROS,
};
use crate::quantity::Quantity;
use crate::vocab::chinese::is_han;
use crate::vocab::time::BASELINES;

/// Units that measure time spans, levels or batches ("三年行动计划", "市区两级",
/// "连续36个月"): never a target or a reported result.
const NON_FIGURE_UNITS: &[&str] = &[
    "年", "月", "个月", "日", "号", "岁", "周年", "届", "批", "轮", "级", "期间",
];

/// The longest stretch of quoted text (“…”) read as a name or slogan, in bytes.
const MAX_SLOGAN_BYTES: usize = 120;

/// A figure with a unit and a numeral, not a date, ordinal, name, slogan or idiom.
pub fn is_figure(text: &str, q: &Quantity) -> bool {
    let unit = q.unit.trim();
    if q.trap.is_some() || unit.is_empty() || NON_FIGURE_UNITS.contains(&unit) {
        return false;
    }
    if q.value.is_none() && (q.min.is_none() || q.max.is_none()) {
        return false;
    }
    // "第二个万亿元消费城市": a scale word alone after a classifier names a class,
    // not a figure (unlike "近万人次", "达到万兆").
    if q.text.starts_with(['万', '亿', '千', '百', '萬', '億'])
        && text[..q.start].ends_with(['个', '首', '第'])
    {
        return false;
    }
    !in_slogan(text, q.start) && !in_caption(text, q.start) && !is_starting_point(text, q)
}

/// "由每人每年120元提高到200元", "由7种扩大到15种": the first figure is where the change
/// started, not a figure of its own; the one after the verb is the level promised or
/// reached.
fn is_starting_point(text: &str, q: &Quantity) -> bool {
    let after = text[q.end..].trim_start_matches(crate::quantity::tables::SPACES);
    // Any short verb before 到 or 至 moves a level ("跃升到", "拓展到", "缩小至"); 达到
    // alone only reaches one.
    let to_verb = !after.starts_with("达到")
        && after
            .char_indices()
            .take(4)
            .find(|&(_, c)| !is_han(c) || c == '到' || c == '至')
            .is_some_and(|(i, c)| i > 0 && (c == '到' || c == '至'));
    if !to_verb {
        return false;
    }
    let clause = &text[phrase::clause_start(text, q.start, 0)..q.start];
    // The opener is a word of its own, not the end of one (理由, 自由, 由于).
    BASELINE_OPENERS.iter().any(|w| {
        clause.match_indices(w).any(|(i, _)| {
            !clause[..i].ends_with(['理', '自', '缘']) && !clause[i + w.len()..].starts_with('于')
        })
    })
}

/// Inside “…”: a name or a slogan (“挂1块牌子、立1套制度”), not a figure.
fn in_slogan(text: &str, at: usize) -> bool {
    // Quotes further away than a slogan is long cannot hold this one: looking no
    // further keeps the scan linear in text without quotes.
    let from = floor_boundary(text, at.saturating_sub(MAX_SLOGAN_BYTES));
    let to = floor_boundary(text, (at + MAX_SLOGAN_BYTES).min(text.len()));
    let before = &text[from..at];
    let open = before.rfind('“').map(|o| from + o);
    let close = before.rfind('”').map(|c| from + c);
    match open {
        Some(o) if close.is_none_or(|c| c < o) => {
            let after = &text[at..to];
            after
                .find('”')
                .is_some_and(|c| at + c - o <= MAX_SLOGAN_BYTES)
                && !after[..after.find('”').unwrap_or(0)].contains(['。', '\n'])
        }
        _ => false,
    }
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// On a table or figure caption line ("1-1  10个标准机房清单", "表2 …").
fn in_caption(text: &str, at: usize) -> bool {
    // A caption is a short line: one longer than a sentence may be is not one.
    let from = phrase::look_back(text, at);
    let start = match text[from..at].rfind('\n') {
        Some(i) => from + i + 1,
        None if from > 0 => return false,
        None => 0,
    };
    let line = text[start..].trim_start();
    let lead: String = line
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-' || *c == '.')
        .collect();
    // A caption number joins two numbers ("1-1", "2.3"); a heading's "1." does not.
    let joined = lead.split(['-', '.']).filter(|p| !p.is_empty()).count() >= 2;
    (joined && line[lead.len()..].starts_with([' ', '\u{3000}', '\u{a0}', '\t']))
        || ["表", "图"].iter().any(|w| {
            line.starts_with(w) && line[w.len()..].starts_with(|c: char| c.is_ascii_digit())
        })
}

/// Whether a number is written in Chinese numerals only (两个, 三期), not digits.
pub fn is_chinese_numeral(q: &Quantity) -> bool {
    !q.text
        .chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

fn small_chinese(q: &Quantity) -> bool {
    is_chinese_numeral(q) && q.value.or(q.max).is_some_and(|v| v.abs() < 100.0)
}

/// Years written in a stretch of text ("2018年", "2016年度", "２０１８年").
pub fn years_in(span: &str) -> impl Iterator<Item = (usize, i32)> + '_ {
    span.match_indices('年')
        .filter_map(move |(i, _)| phrase::year_before(&span[..i]))
}

/// A year used as a baseline ("比2015年增长", "在2014年基础上") dates the comparison, not the figure.
fn is_baseline_year(span: &str, at: usize) -> bool {
    span[..at].ends_with(['比', '较'])
        || span[at..]
            .chars()
            .skip(5)
            .take(4)
            .collect::<String>()
            .starts_with("基础")
}

/// A figure in a plan part that the issuer commits to, not a baseline or history.
pub fn is_commitment(text: &str, q: &Quantity, sentence: usize, year: Option<i32>) -> bool {
    let clause = phrase::clause_start(text, q.start, sentence);
    let before_clause = &text[clause..q.start];
    let before_sentence = &text[sentence..q.start];
    if holds_marker(&without_comparisons(before_clause), BASELINE_MARKERS) {
        return false;
    }
    if HISTORY_MARKERS.iter().any(|w| before_sentence.contains(w)) {
        return false;
    }
    // A sentence about an earlier year reviews it ("2018年實現全年經濟成長率6.6%").
    if let Some(y) = year {
        if years_in(before_sentence).any(|(at, w)| w < y && !is_baseline_year(before_sentence, at))
        {
            return false;
        }
    }
    // Small Chinese numerals in plans are mostly slogans (四个一, 三个板块, 一支队伍);
    // keep those a commitment verb stands right before ("新增两家"), and those that
    // close a clause opened by one ("新增高新技术企业二十家。"): a slogan's numeral
    // comes before its noun.
    if small_chinese(q) {
        let verb_before = q.value.is_some_and(|v| v >= 2.0)
            && COMMIT_VERBS
                .iter()
                .any(|w| before_clause.trim_end().ends_with(w));
        return verb_before || closes_commitment(text, q, before_clause);
    }
    true
}

/// A plan's clause without the earlier times it measures a change from: "比上年增加
/// 422亿元" plans an increase, and in "由上年18亿元增加到95亿元" the figure after 到 is
/// the plan; only the figure right after 由上年 is its baseline.
fn without_comparisons(clause: &str) -> String {
    let mut s = clause.to_string();
    for w in BASELINES {
        s = s.replace(w, "");
    }
    for opener in ["由", "从"] {
        for time in ["上年", "去年"] {
            let from = format!("{opener}{time}");
            if let Some(at) = s.find(&from) {
                if s[at + from.len()..].contains(['到', '至']) {
                    s.replace_range(at..at + from.len(), "");
                }
            }
        }
    }
    s
}

/// "新增高新技术企业二十家": a clause that opens with a commitment verb and ends on the figure.
fn closes_commitment(text: &str, q: &Quantity, before_clause: &str) -> bool {
    let opener = phrase::clean_metric(before_clause);
    let after = &text[phrase::with_trailing_op(text, q.end)..];
    COMMIT_VERBS
        .iter()
        .any(|w| opener.starts_with(w) && opener.len() > w.len())
        && (after.is_empty() || after.starts_with(|c: char| "。；;，,\n".contains(c)))
}

/// Whether a marker word stands in a span as itself, not inside a metric's noun
/// ("拥有" marks a baseline, "发明专利拥有量" is what is counted).
fn holds_marker(span: &str, markers: &[&str]) -> bool {
    markers.iter().any(|w| {
        span.match_indices(w)
            .any(|(i, _)| !span[i + w.len()..].starts_with(['量', '率']))
    })
}

/// A figure in a summary part that reports a result, not next year's target.
pub fn is_report(text: &str, q: &Quantity, year: Option<i32>) -> bool {
    if small_chinese(q) && q.value.is_some_and(|v| v < 2.0) {
        return false;
    }
    let start = phrase::paragraph_start(text, q.start);
    let before = &text[start..q.start];
    // Next year's target, or this year's restated: a report only when a word of
    // outcome follows it ("目标是新增50家，实际新增63家").
    let intro = TARGET_INTROS
        .iter()
        .filter_map(|w| before.rfind(w).map(|at| at + w.len()))
        .max();
    if let Some(at) = intro {
        if !OUTCOME_WORDS.iter().any(|w| before[at..].contains(w)) {
            return false;
        }
    }
    let clause_start = phrase::clause_start(text, q.start, start);
    let clause = &text[clause_start..q.start];
    // "中央财政拟安排…8183亿元，比上年增加930亿元": a sentence of intent sets a figure,
    // whatever part it stands in.
    let sentence = &text[phrase::sentence_start(text, q.start)..q.start];
    if INTENT_WORDS.iter().any(|w| {
        sentence.match_indices(w).any(|(i, _)| {
            !NOT_INTENT
                .iter()
                .any(|n| sentence[i..].starts_with(n) || sentence[..i + w.len()].ends_with(n))
        })
    }) {
        return false;
    }
    if RANKINGS.iter().any(|w| clause.contains(w)) {
        return false;
    }
    // "完成年度目标的124%" rates the figure just given against its target.
    if SHARE_OF_PLAN.iter().any(|w| clause.trim_end().ends_with(w)) {
        return false;
    }
    // A news report of the session itself: "近2900名代表出席开幕式".
    let whole_clause = &text[clause_start..phrase::clause_end(text, q.end)];
    if MEETING_WORDS.iter().any(|w| whole_clause.contains(w)) {
        return false;
    }
    !year.is_some_and(|y| years_in(before).any(|(_, w)| w > y))
}
