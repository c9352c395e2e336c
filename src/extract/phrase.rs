//! The words around a number: the clause it stands in, the metric it counts, and a
//! short exact quote.

use super::marker::{marker_len, skip_markers};
use super::words::{
    ATTRIBUTES, BASELINES, BASELINE_OPENERS, BULLETS, CHANGE_WORDS, CLAUSE_ENDS, COMMIT_VERBS,
    FRAME_VERBS, FRAME_WORDS, GENERIC_WORDS, LEAD_FILLERS, PURPOSE_WORDS, SCOPE_ONLY,
    SENTENCE_ENDS, SUBJECT_ENDS, TASK_VERBS, TRAIL_VERBS,
};
use crate::quantity::numeral::arabic_digit;
use crate::vocab::chinese::is_han;
use crate::vocab::money::{names_only_payer, BUDGET_VERBS};
use crate::vocab::verbs::REACH_WORDS;

/// How far back (in characters) a quote may reach before its number.
const MAX_PREFIX_CHARS: usize = 24;
/// How far back the words that name a metric may reach: a whole clause as a reader
/// takes it in, so that a long subject ("全年中央财政用于科技、教育…的支出") is not cut
/// inside a word where the quote is cut.
const MAX_METRIC_CHARS: usize = 40;
/// How far forward a counted noun may reach after a measure word ("45家企业").
const MAX_SUFFIX_CHARS: usize = 12;

/// Start of the clause holding byte offset `at`, never before `floor`.
pub fn clause_start(text: &str, at: usize, floor: usize) -> usize {
    last_end_before(text, floor, at, |c| CLAUSE_ENDS.contains(&c))
}

/// Start of the sentence holding byte offset `at`.
pub fn sentence_start(text: &str, at: usize) -> usize {
    last_end_before(text, look_back(text, at), at, |c| {
        SENTENCE_ENDS.contains(&c)
    })
}

/// Start of the stretch ending at `at` since the last full stop or line break: a
/// sentence as a reader sees it, across the semicolons of a list.
pub fn paragraph_start(text: &str, at: usize) -> usize {
    last_end_before(text, look_back(text, at), at, |c| c == '。' || c == '\n')
}

/// Just after the last character of `text[from..at]` that `ends` accepts, else `from`.
/// A line break inside a sentence wrapped at a fixed width ends nothing.
fn last_end_before(text: &str, from: usize, at: usize, ends: impl Fn(char) -> bool) -> usize {
    text[from..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| ends(c) && !((c == '\n' || c == '\r') && is_soft_break(text, from + i)))
        .map(|(i, c)| from + i + c.len_utf8())
        .unwrap_or(from)
}

/// The fewest characters a line holds when a layout wrapped it mid-sentence.
const MIN_WRAPPED_LINE_CHARS: usize = 16;

/// Whether the line break at byte `at` wraps a sentence: a long line ending on a
/// word or figure, continued by one that starts with a word or figure and is no
/// heading ("一、", "（二）", "3.").
pub fn is_soft_break(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches('\r');
    let mut back = before.chars().rev();
    let Some(last) = back.next() else {
        return false;
    };
    if !is_word_char(last) {
        return false;
    }
    let long = back
        .take(MIN_WRAPPED_LINE_CHARS - 1)
        .take_while(|&c| c != '\n')
        .count()
        >= MIN_WRAPPED_LINE_CHARS - 1;
    let after = text[at..].trim_start_matches(['\r', '\n']);
    if text[at..text.len() - after.len()].matches('\n').count() > 1 {
        return false; // a blank line between: a new paragraph
    }
    let mut next = after.chars();
    long && next.next().is_some_and(is_word_char)
        && !starts_heading(after)
        && !starts_heading(current_line(before).trim_start())
}

/// The line that ends at the end of `before`, if it starts within a few hundred bytes:
/// a heading line is never wrapped prose.
fn current_line(before: &str) -> &str {
    let from = look_back_by(before, before.len(), MAX_LINE_LOOK_BACK);
    match before[from..].rfind('\n') {
        Some(nl) => &before[from + nl + 1..],
        None if from == 0 => before,
        None => "",
    }
}

/// How far back a line's start is looked for.
const MAX_LINE_LOOK_BACK: usize = 512;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !c.is_whitespace()
}

/// A line opening with an item number ("一、", "（二）", "3.") or a part's ordinal ("第").
fn starts_heading(line: &str) -> bool {
    marker_len(line) > 0 || line.starts_with('第')
}

/// How far back a sentence or paragraph may reach: far beyond any real one (the
/// longest in the fixtures is under 900 bytes), and a bound, so that text with no
/// full stop for megabytes is read in linear time.
pub const MAX_SENTENCE_BYTES: usize = 2048;

/// The char boundary at most [`MAX_SENTENCE_BYTES`] before `at`.
pub fn look_back(text: &str, at: usize) -> usize {
    look_back_by(text, at, MAX_SENTENCE_BYTES)
}

/// The char boundary at most `bytes` before `at`.
fn look_back_by(text: &str, at: usize, bytes: usize) -> usize {
    let mut from = at.saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// End of the clause that starts at or before `at`.
pub fn clause_end(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|&(i, c)| {
            CLAUSE_ENDS.contains(&c) && !((c == '\n' || c == '\r') && is_soft_break(text, at + i))
        })
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
    start
        + slice
            .char_indices()
            .nth(count - n)
            .map(|(i, _)| i)
            .unwrap_or(0)
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}' || c == '*'
}

/// A metric phrase cleaned of fillers, verbs and comparison words around it.
pub fn clean_metric(raw: &str) -> String {
    let mut s: String = raw
        .chars()
        .filter(|c| !is_space(*c) && !BULLETS.contains(c))
        .collect();
    s = drop_years(&s);
    let mut generic: Vec<&str> = GENERIC_WORDS.to_vec();
    generic.sort_by_key(|w| std::cmp::Reverse(w.len()));
    for w in generic {
        s = s.replace(w, "");
    }
    // A leading year ("2015年，争取…") dates the promise; it is not what is counted.
    loop {
        let before = s.len();
        if let Some(rest) = strip_year(&s) {
            s = rest.to_string();
        }
        s = skip_markers(&s).to_string();
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
        s = s
            .trim_matches(|c: char| "、，,：:“”\"'《》".contains(c))
            .to_string();
        s = strip_open_bracket(&s).to_string();
        s = without_starting_point(&s).to_string();
        if s.len() == before {
            return s;
        }
    }
}

/// A metric without bracketed romanisation ("國內(nèi)生產(chǎn)總值" -> "國內生產總值"):
/// brackets holding only lower-case Latin letters, tone marks included, right after a Han
/// character. An abbreviation ("(GDP)") is upper-case and stays.
pub fn without_romanisation(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['(', '（']) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find(['(', '（']) {
        let bracket = rest[open..].chars().next().map_or(1, char::len_utf8);
        let inner_start = open + bracket;
        let close = rest[inner_start..]
            .find([')', '）'])
            .map(|c| inner_start + c);
        let after_han = rest[..open].chars().next_back().is_some_and(is_han);
        match close {
            Some(c)
                if after_han
                    && c > inner_start
                    && rest[inner_start..c]
                        .chars()
                        .all(|ch| ch == ' ' || (ch.is_lowercase() && !is_han(ch)))
                    && rest[inner_start..c].trim() != "" =>
            {
                out.push_str(&rest[..open]);
                rest = &rest[c + rest[c..].chars().next().map_or(1, char::len_utf8)..];
            }
            _ => {
                out.push_str(&rest[..inner_start]);
                rest = &rest[inner_start..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// "补助标准由每人每年20元提高到": the change's starting point ends the metric.
fn without_starting_point(s: &str) -> &str {
    let cut = ["由", "从"]
        .iter()
        .filter_map(|w| s.rfind(w))
        .filter(|&i| s[i..].contains(|c: char| c.is_ascii_digit()))
        .min();
    // A metric that opens with the starting point ("从1997年的509亿元增加到") names
    // nothing; its subject stands in the clause before.
    match cut {
        Some(i) if i == 0 || s[..i].chars().count() >= 2 => &s[..i],
        _ => s,
    }
}

/// "（同比增长8.5%）": a bracket opened before a figure and closed after it frames the
/// figure; it is no part of the words before it.
fn strip_open_bracket(s: &str) -> &str {
    match s.strip_prefix(['（', '(']) {
        Some(rest) if !rest.contains(['）', ')']) => rest,
        _ => s,
    }
}

/// Remove every "2023年" (a date, not what is counted) from a metric.
fn drop_years(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('年') {
        let head = &rest[..i];
        match year_before(head) {
            Some((at, _)) => out.push_str(&head[..at]),
            None => {
                out.push_str(head);
                out.push('年');
            }
        }
        rest = &rest[i + '年'.len_utf8()..];
    }
    out.push_str(rest);
    out
}

fn strip_year(s: &str) -> Option<&str> {
    let digits: usize = s
        .chars()
        .map_while(|c| arabic_digit(c).map(|_| c.len_utf8()))
        .take(5)
        .sum();
    let (at, _) = year_before(&s[..digits])?;
    (at == 0).then(|| s[digits..].strip_prefix('年')).flatten()
}

/// The year written in exactly four digits (half- or full-width) at the end of
/// `head`: its byte offset and value.
pub fn year_before(head: &str) -> Option<(usize, i32)> {
    let mut at = head.len();
    let mut year = 0;
    let mut scale = 1;
    for (i, c) in head.char_indices().rev().take(5) {
        let Some(d) = arabic_digit(c) else {
            break;
        };
        if scale == 10_000 {
            return None;
        }
        year += d as i32 * scale;
        scale *= 10;
        at = i;
    }
    (scale == 10_000).then_some((at, year))
}

/// Whether a metric names only a change ("同比增长") and needs the subject said before it.
pub fn is_change_only(metric: &str) -> bool {
    let change = BASELINES
        .iter()
        .find_map(|b| metric.strip_prefix(b))
        .unwrap_or(metric);
    metric.is_empty()
        || CHANGE_WORDS.contains(&change)
        || SCOPE_ONLY.contains(&metric)
        || ATTRIBUTES.contains(&metric)
}

/// Whether a metric is only a verb of gaining ("新认定", "复审通过"), the thing counted
/// left to the sentence before.
pub fn is_verb_only(metric: &str) -> bool {
    let bare = |m: &str| {
        COMMIT_VERBS
            .iter()
            .find_map(|v| m.strip_prefix(v))
            .or_else(|| m.strip_prefix("复审"))
            .is_some_and(|rest| ["", "通过", "成功"].contains(&rest))
    };
    bare(metric) || metric.strip_prefix('新').is_some_and(bare)
}

/// Whether a metric is only a word of effort ("力争", "确保") and names nothing.
pub fn is_filler_only(metric: &str) -> bool {
    LEAD_FILLERS.contains(&metric)
}

/// The subject of a metric, to carry over to a following change or scope word:
/// without its own change word, and without 新增 (a following 累计 is not yearly).
pub fn subject_of(metric: &str) -> &str {
    let mut s = metric;
    for w in CHANGE_WORDS {
        if let Some(rest) = s.strip_suffix(w) {
            s = rest;
            break;
        }
    }
    // A verb in the first half ("新增", "新认定", "年初确定的新增…") and what precedes it
    // go: the subject is the thing.
    let verb_end = s
        .char_indices()
        .take_while(|&(i, _)| 2 * i < s.len())
        .find_map(|(i, _)| {
            (2..=4).rev().find_map(|n| {
                let end = s[i..].char_indices().nth(n).map(|(j, _)| i + j)?;
                is_verb_only(&s[i..end]).then_some(end)
            })
        });
    verb_end
        .filter(|&end| s[end..].chars().count() >= 2)
        .map_or(s, |end| &s[end..])
}

/// Characters that make the verb before them a noun (覆盖面, 增长率, 完成量, 增加值).
const NOUN_ENDINGS: [char; 5] = ['面', '率', '量', '额', '值'];

/// Whether a metric names nothing of its own: once the words that only frame a figure
/// (adverbs, verbs of reaching and changing, time words) are set aside, less than a
/// two-character noun is left.
pub fn names_nothing(metric: &str) -> bool {
    let mut left = 0;
    let mut rest = metric;
    while let Some(c) = rest.chars().next() {
        // A frame verb before 面, 率 or 量 is part of a noun (覆盖面, 增长率).
        let frame = FRAME_WORDS
            .iter()
            .chain(FRAME_VERBS)
            .chain(REACH_WORDS)
            .filter(|w| rest.starts_with(*w) && !rest[w.len()..].starts_with(NOUN_ENDINGS))
            .map(|w| w.len())
            .max();
        match frame {
            Some(n) => rest = &rest[n..],
            None => {
                if c.is_alphanumeric() && !c.is_ascii_digit() {
                    left += 1;
                }
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    left < 2
}

/// The noun phrase a clause opens with, up to its first word of doing or changing:
/// "单位国内生产总值能耗由前三年分别上升4.9%" -> "单位国内生产总值能耗". None when the
/// clause opens with a figure or a verb.
pub fn clause_subject(clause: &str) -> Option<String> {
    let opened = clean_metric(clause);
    let mut cut = opened.len();
    for (i, c) in opened.char_indices() {
        if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            cut = i;
            break;
        }
        if SUBJECT_ENDS
            .iter()
            .chain(FRAME_VERBS)
            .any(|w| opened[i..].starts_with(w))
        {
            cut = i;
            break;
        }
    }
    let mut subject = clean_metric(&opened[..cut]);
    // "中央财政拟投入社会保障资金2930亿元": who pays is no subject; the fund it pays is.
    if names_only_payer(&subject) {
        let fund = fund_after(&opened[cut..]);
        if fund.chars().count() >= 2 && !names_only_payer(fund) {
            subject.push_str(fund);
        }
    }
    // "过去一年，": a clause of time words says when, not what.
    (subject.chars().count() >= 2 && !names_nothing(&subject) && !is_filler_only(&subject))
        .then_some(subject)
}

/// The fund a budget verb names after it ("拟投入社会保障资金2930亿元" -> 社会保障资金).
fn fund_after(rest: &str) -> &str {
    let mut rest = rest;
    while let Some(n) = SUBJECT_ENDS
        .iter()
        .chain(FRAME_VERBS)
        .chain(BUDGET_VERBS)
        .filter(|w| rest.starts_with(*w))
        .map(|w| w.len())
        .max()
    {
        rest = &rest[n..];
    }
    let end = rest
        .find(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// What a clause that opens with a verb acts on: "继续提高企业退休人员基本养老金" ->
/// "企业退休人员基本养老金". None when no verb opens it, or it holds a figure.
pub fn clause_object(clause: &str) -> Option<String> {
    let opened = clean_metric(clause);
    if opened.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut rest = opened.as_str();
    // Frame words before the verb (继续, 今明两年) are skipped, and one adverb of manner
    // (扎实推进, 稳步扩大); a noun is not.
    loop {
        let skip = FRAME_WORDS
            .iter()
            .filter(|w| rest.starts_with(*w))
            .map(|w| w.len())
            .max();
        match skip {
            Some(n) => rest = &rest[n..],
            None => break,
        }
    }
    let verb_at = |s: &str, verbs: &[&str]| {
        verbs
            .iter()
            .filter(|v| s.starts_with(*v))
            .map(|v| v.len())
            .max()
    };
    // A change verb opens the clause; a task verb may follow an adverb of manner, but
    // "稳增长" is a noun, not a manner of some later verb.
    let (skip, verb) = verb_at(rest, FRAME_VERBS).map(|n| (0, n)).or_else(|| {
        rest.char_indices()
            .take(MANNER_CHARS + 1)
            .find_map(|(i, _)| verb_at(&rest[i..], TASK_VERBS).map(|n| (i, n)))
    })?;
    let rest = &rest[skip..];
    let object = clean_metric(&rest[verb..]);
    (object.chars().count() >= 2 && !names_nothing(&object)).then_some(object)
}

/// How long an adverb of manner before a task verb may be (扎实, 积极稳妥).
const MANNER_CHARS: usize = 4;

/// A metric that opens by naming again the last word of the thing the clause before
/// acted on ("推进新型农村社会养老保险试点，试点范围扩大到…"): the fuller name, once.
pub fn named_again(metric: &str, object: &str) -> Option<String> {
    let word: String = metric.chars().take(2).collect();
    (word.chars().count() == 2 && object.ends_with(&word) && object.len() > word.len())
        .then(|| format!("{object}{}", &metric[word.len()..]))
}

/// Whether a metric opens with 占 (a share: "占国内生产总值比例"), the whole it is a
/// share of said, the part left to the clause before.
pub fn is_share_only(metric: &str) -> bool {
    metric.starts_with('占')
}

/// The subject of the figure just named, for a following clause that names none: its
/// metric up to the baseline it was measured from ("财政赤字占国内生产总值的比重从",
/// "补助标准由每人每年"), else up to its first verb.
pub fn named_subject(metric: &str) -> Option<String> {
    let baseline = metric
        .char_indices()
        .skip(2)
        .find(|&(i, _)| {
            BASELINE_OPENERS.iter().any(|w| {
                // 比重, 比例 and 比率 are shares, not a comparison.
                metric[i..].starts_with(w) && !metric[i + w.len()..].starts_with(['重', '例', '率'])
            })
        })
        .map(|(i, _)| clean_metric(&metric[..i]));
    baseline
        .filter(|s| s.chars().count() >= 2 && !names_nothing(s))
        .or_else(|| clause_subject(metric))
}

/// The subject a sentence named before byte `at`: the opening noun phrase of the
/// nearest clause before the figure's own that has one.
pub fn subject_before(text: &str, at: usize, sentence: usize) -> Option<String> {
    clauses_before(text, at, sentence).find_map(|c| clause_object(c).or_else(|| clause_subject(c)))
}

/// What the clause just before the figure's own acted on, if it opens with a verb.
pub fn object_before(text: &str, at: usize, sentence: usize) -> Option<String> {
    clauses_before(text, at, sentence)
        .next()
        .and_then(clause_object)
}

/// The paragraph's lead sentence and the clauses of the figure's own sentence before
/// it: what the figure's paragraph is about.
pub fn topic(text: &str, at: usize, sentence: usize) -> String {
    let line = text[..sentence].rfind('\n').map_or(0, |i| i + 1);
    let lead_end = text[line..at]
        .find(['。', '：', ':'])
        .map_or(at, |i| line + i);
    let lead = &text[line..lead_end];
    let from = sentence.max(lead_end);
    let own = &text[from..clause_start(text, at, sentence).max(from)];
    let lead = &lead[last_chars(lead, 0, lead.len(), MAX_METRIC_CHARS)..];
    format!("{}{}", lead.trim(), own.trim())
}

/// What the sentence before ("一是积极推行新型农村合作医疗制度。") names at its end, for a
/// sentence that opens without a subject ("试点范围扩大到全国80%以上的县"); never across
/// a paragraph.
pub fn subject_of_sentence_before(text: &str, sentence: usize) -> Option<String> {
    let line = text[..sentence].rfind('\n').map_or(0, |i| i + 1);
    let mark = text[..sentence].chars().next_back()?;
    if sentence <= line || mark == '\n' {
        return None;
    }
    let before = sentence_start(text, sentence - mark.len_utf8()).max(line);
    clauses_before(text, sentence, before)
        .next()
        .and_then(|c| clause_object(c).or_else(|| clause_subject(c)))
}

/// The clauses of the sentence before the one holding byte `at`, nearest first.
fn clauses_before(text: &str, at: usize, sentence: usize) -> impl Iterator<Item = &str> {
    let mut end = clause_start(text, at, sentence);
    std::iter::from_fn(move || {
        if end <= sentence {
            return None;
        }
        // Step back over the clause mark to the clause before.
        let mark = text[..end].chars().next_back().map_or(1, char::len_utf8);
        let start = clause_start(text, end - mark, sentence);
        let clause = &text[start..end - mark];
        end = start;
        Some(clause)
    })
}

/// The end of a figure with the comparison word that follows it ("110万人以上").
pub fn with_trailing_op(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let skipped = rest.len()
        - rest
            .trim_start_matches(crate::quantity::tables::SPACES)
            .len();
    let after = &rest[skipped..];
    crate::quantity::tables::OPS_AFTER
        .iter()
        .filter(|(w, _)| after.starts_with(w))
        .map(|(w, _)| end + skipped + w.len())
        .max()
        .unwrap_or(end)
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
                || "、“”《》（）()".contains(*c)
                || [
                    "的", "被", "列", "获", "成", "进行", "参加", "和", "及", "等", "达", "为",
                    "实现", "用于", "支持", "主要", "重点", "其中", "比", "较", "同比", "增长",
                    "增加",
                ]
                .iter()
                .any(|w| tail[*i..].starts_with(w))
        })
        .map(|(i, _)| i)
        .unwrap_or_else(|| {
            tail.char_indices()
                .nth(MAX_SUFFIX_CHARS)
                .map(|(i, _)| i)
                .unwrap_or(tail.len())
        });
    &tail[..cut]
}

/// How far forward the words after a figure may name what it counts, with what is said
/// of it ("县（市、区）开展新型农村社会养老保险试点").
const MAX_COUNTED_CHARS: usize = 24;

/// Words after a figure that end what is said of the thing it counts: a comparison, a
/// breakdown, or the next figure's own words.
const COUNTED_STOPS: &[&str] = &["比上年", "同比", "比", "较", "其中", "分别", "占"];

/// The thing a figure counts when the words after the number name it, with what the
/// clause says of it: "2343个县（市、区）开展新型农村社会养老保险试点" ->
/// "县（市、区）开展新型农村社会养老保险试点". Examples
/// listed before 等 ("视力、听力等残疾儿童") give way to the thing they exemplify. Ends
/// at the clause end, the next figure, or a comparison; "" when under two characters
/// are left. `end` is where the figure (and its unit) ends.
pub fn counted_after(text: &str, end: usize) -> std::ops::Range<usize> {
    let stop = clause_end(text, end);
    // "惠及3400万人的引大济岷工程": the figure is said of the thing after 的.
    let from = end
        + if text[end..stop].starts_with('的') {
            '的'.len_utf8()
        } else {
            0
        };
    let tail = &text[from..stop];
    // "新认定50家、复审通过13家": a list goes on; nothing after the figure names it.
    if tail.starts_with(['、', '和', '及', '与', '（', '(']) {
        return end..end;
    }
    let mut cut = tail.len();
    let mut chars = 0;
    let mut rest = tail;
    while let Some(c) = rest.chars().next() {
        let at = tail.len() - rest.len();
        // A year inside the phrase ("列入2016年区专利试点企业") is a date, read through.
        if let Some(after) = strip_year(rest) {
            rest = after;
            continue;
        }
        if chars == MAX_COUNTED_CHARS
            || is_space(c)
            || arabic_digit(c).is_some()
            || COUNTED_STOPS.iter().any(|w| rest.starts_with(w))
        {
            cut = at;
            break;
        }
        chars += 1;
        rest = &rest[c.len_utf8()..];
    }
    let mut said = &tail[..cut];
    let mut start = from;
    if let Some(i) = said.find('等').filter(|&i| said[..i].contains('、')) {
        said = &said[i + '等'.len_utf8()..];
        start += i + '等'.len_utf8();
    }
    let said = said.trim_end_matches(['和', '及', '与', '、', '的', '（', '(', '“', '《']);
    if said.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return end..end;
    }
    start..start + said.len()
}

/// What an amount ending at `end` is for: the words after 用于 to the clause end, at
/// most a few ("用于促进就业" -> "促进就业").
pub fn purpose_after(text: &str, end: usize) -> Option<&str> {
    let rest = text[end..].trim_start_matches(is_space);
    let word = PURPOSE_WORDS.iter().find(|w| rest.starts_with(*w))?;
    let after = &rest[word.len()..];
    let stop = clause_end(after, 0).min(
        after
            .char_indices()
            .nth(MAX_SUFFIX_CHARS)
            .map_or(after.len(), |(i, _)| i),
    );
    let purpose = &after[..stop];
    (purpose.chars().count() >= 2).then_some(purpose)
}

/// Where a quote for a number starting at `num_start` begins: the clause start, no earlier
/// than `floor` (the previous figure's end) and no more than a few words back.
pub fn quote_start(text: &str, num_start: usize, floor: usize) -> usize {
    phrase_start(text, num_start, floor, MAX_PREFIX_CHARS)
}

/// Where the words naming the metric of a number at `num_start` begin: as for the
/// quote, but reaching further back in a long clause.
pub fn metric_start(text: &str, num_start: usize, floor: usize) -> usize {
    phrase_start(text, num_start, floor, MAX_METRIC_CHARS)
}

fn phrase_start(text: &str, num_start: usize, floor: usize, max_chars: usize) -> usize {
    let start = clause_start(text, num_start, floor);
    let start = last_chars(text, start, num_start, max_chars);
    // Skip leading blanks and list commas so that the quote starts on a word.
    let head = &text[start..num_start];
    let lead = head.len()
        - head
            .trim_start_matches(|c: char| {
                is_space(c) || "、，,；;".contains(c) || BULLETS.contains(&c)
            })
            .len();
    let head = strip_open_bracket(&head[lead..]);
    let lead = num_start - start - head.len();
    // "5230件和2100件": the joining word belongs to the list, not to the second figure.
    if ["和", "及", "与", "以及"].contains(&head) {
        return num_start;
    }
    start + lead + (head.len() - skip_markers(head).len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_fillers_and_verbs() {
        assert_eq!(clean_metric("全年新增孵化器"), "新增孵化器");
        assert_eq!(
            clean_metric("力争完成产学研合作对接项目 "),
            "产学研合作对接项目"
        );
        assert_eq!(clean_metric("高新技术企业总数超过"), "高新技术企业总数");
        assert_eq!(
            clean_metric("2015年，争取全年申请专利保护突破"),
            "申请专利保护"
        );
        assert_eq!(clean_metric("覆盖率达"), "覆盖率");
        assert_eq!(clean_metric("城镇调查失业率控制在"), "城镇调查失业率");
        assert_eq!(
            clean_metric("提出广东2023年地区生产总值预期目标为增长"),
            "广东地区生产总值增长"
        );
        assert_eq!(clean_metric("今年预期目标设定为"), "");
        assert_eq!(
            clean_metric("●2023年广东地区生产总值达到"),
            "广东地区生产总值"
        );
        assert_eq!(clean_metric("城镇调查失业率平均为"), "城镇调查失业率");
    }

    #[test]
    fn romanisation_in_brackets_is_no_part_of_a_name() {
        assert_eq!(
            without_romanisation("國內(nèi)生產(chǎn)總值"),
            "國內生產總值"
        );
        assert_eq!(
            without_romanisation("居民收入（shōu rù）增长"),
            "居民收入增长"
        );
        // Abbreviations and counted units in brackets stay.
        assert_eq!(
            without_romanisation("国内生产总值(GDP)"),
            "国内生产总值(GDP)"
        );
        assert_eq!(without_romanisation("县（市、区）"), "县（市、区）");
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
        assert_eq!(subject_of("新增公园"), "公园");
        assert!(is_change_only("累计"));
    }

    #[test]
    fn a_metric_of_frame_words_names_nothing() {
        assert!(names_nothing("已扩大到全国"));
        assert!(names_nothing("转为下降"));
        assert!(names_nothing("新开工建设"));
        assert!(names_nothing("去年又人均提高"));
        // A programme's reach, without the programme, names nothing either.
        assert!(names_nothing("覆盖面扩大"));
        assert!(names_nothing("试点范围扩大到"));
        assert!(!names_nothing("覆盖率"));
        assert!(!names_nothing("新农合覆盖面"));
        assert!(!names_nothing("城镇新增就业"));
        assert!(!names_nothing("单位国内生产总值能耗降低"));
    }

    #[test]
    fn the_subject_is_the_nearest_clause_that_opens_with_one() {
        let t = "2006年，单位国内生产总值能耗由前三年分别上升4.9%，转为下降1.2%。";
        let at = t.find("1.2").unwrap();
        assert_eq!(
            subject_before(t, at, 0).as_deref(),
            Some("单位国内生产总值能耗")
        );
        let t = "9880万人领取养老金，新型农村合作医疗制度不断完善，已扩大到全国86%的县";
        let at = t.find("86").unwrap();
        assert_eq!(
            subject_before(t, at, 0).as_deref(),
            Some("新型农村合作医疗制度")
        );
        let t = "3.58亿人参保，覆盖面扩大到60%以上";
        assert_eq!(subject_before(t, t.find("60").unwrap(), 0), None);
    }

    #[test]
    fn quotes_start_at_the_clause() {
        let t = "主要目标要求是：科技服务业区级税收增长 14%，新增";
        let n = t.find("14").unwrap();
        assert_eq!(&t[quote_start(t, n, 0)..n], "科技服务业区级税收增长 ");
    }
}
