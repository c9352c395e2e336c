//! Numbers that are not measured quantities: years, dates, document numbers,
//! ordinals, heading enumerators, numerals inside words, and names holding numbers.

use super::numeral::Numeral;
use super::tables::{
    DOC_CLOSE, DOC_OPEN, HEADING_AFTER, SENTENCE_ENDS, SPACES, TRAP_PATTERNS, TRAP_WORDS,
};
use super::Trap;
use regex::{Regex, RegexBuilder};
use std::collections::HashMap;
use std::sync::LazyLock;

/// One regex over the whole text for every trap word and pattern, and each pattern
/// alone (anchored) to tell which one a match came from.
struct TrapMatcher {
    all: Regex,
    words: HashMap<&'static str, Trap>,
    patterns: Vec<(Regex, Trap)>,
}

static TRAPS: LazyLock<TrapMatcher> = LazyLock::new(|| {
    let mut words = TRAP_WORDS.to_vec();
    words.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    let alts: Vec<String> = words
        .iter()
        .map(|(w, _)| regex::escape(w))
        .chain(TRAP_PATTERNS.iter().map(|(p, _)| format!("(?:{p})")))
        .collect();
    let anchored =
        |p: &str| Regex::new(&format!("^(?:{p})$")).expect("trap patterns are valid regexes");
    TrapMatcher {
        // A larger lazy-DFA cache than the default: the Unicode classes of the
        // patterns need many states, and a cache that fills is cleared and rebuilt.
        all: RegexBuilder::new(&alts.join("|"))
            .dfa_size_limit(32 << 20)
            .build()
            .expect("trap table patterns are valid regexes"),
        words: words.into_iter().collect(),
        patterns: TRAP_PATTERNS
            .iter()
            .map(|(p, t)| (anchored(p), *t))
            .collect(),
    }
});

/// Spans of the text covered by a trap word or pattern, in order.
pub fn word_spans(text: &str) -> Vec<(usize, usize, Trap)> {
    let m = &*TRAPS;
    m.all
        .find_iter(text)
        .filter_map(|hit| {
            let s = hit.as_str();
            let trap = m.words.get(s).copied().or_else(|| {
                m.patterns
                    .iter()
                    .find(|(re, _)| re.is_match(s))
                    .map(|(_, t)| *t)
            })?;
            Some((hit.start(), hit.end(), trap))
        })
        .collect()
}

/// A number found, with what the trap rules look at.
pub struct Found<'a> {
    pub text: &'a str,
    /// Start of the quantity, sign or 百分之 included.
    pub start: usize,
    pub num_start: usize,
    pub num: &'a Numeral,
    /// The unit as written ("" when none).
    pub unit: &'a str,
}

fn prev_char(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

fn prev_char_skipping_spaces(text: &str, pos: usize) -> Option<char> {
    text[..pos].trim_end_matches(SPACES).chars().next_back()
}

fn next_char(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

fn next_char_skipping_spaces(text: &str, pos: usize) -> Option<char> {
    text[pos..].trim_start_matches(SPACES).chars().next()
}

/// Only spaces and list marks stand between `pos` and the start of its line.
fn at_line_start(text: &str, pos: usize) -> bool {
    let before =
        text[..pos].trim_end_matches(|c: char| SPACES.contains(&c) || matches!(c, '#' | '*' | '>'));
    before.is_empty() || before.ends_with(['\n', '\r'])
}

/// 1.2 at the start of a line before its title: a section number. 1,234.56 or 0.5
/// or 3.14159 alone on a line is a value.
fn is_heading_number(text: &str, f: &Found) -> bool {
    let written = &text[f.num_start..f.num.end];
    let Some((whole, part)) = written.split_once(['.', '．']) else {
        return false;
    };
    let short = |s: &str| (1..=2).contains(&s.chars().count());
    let titled = next_char_skipping_spaces(text, f.num.end)
        .is_some_and(|c| c.is_alphabetic() && !c.is_ascii_lowercase());
    at_line_start(text, f.start)
        && short(whole)
        && short(part)
        && !whole.starts_with(['0', '０'])
        && titled
}

fn int_in(num: &Numeral, lo: f64, hi: f64) -> bool {
    !num.has_point && num.value.fract() == 0.0 && num.value >= lo && num.value <= hi
}

/// A four-digit integer that reads as a calendar year.
pub fn is_year_number(num: &Numeral) -> bool {
    num.int_digits == 4 && int_in(num, 1000.0, 2100.0)
}

/// 2.0 (a version: counts are not written with .0 and no unit) or 5.12 (a month.day date name).
fn is_version_or_day(text: &str, start: usize, num: &Numeral) -> bool {
    let digits = &text[start..num.end];
    if digits.ends_with(".0") {
        return true;
    }
    let Some((month, day)) = digits.split_once('.') else {
        return false;
    };
    let rest = &text[num.end..];
    let named = prev_char(text, start) == Some('“')
        || ["全国", "国际", "世界", "纪念", "日", "节"]
            .iter()
            .any(|w| rest.starts_with(w));
    named
        && day.len() == 2
        && month.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
        && day.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// Which trap, if any, the number `f` falls into. `spans` come from [`word_spans`].
pub fn classify(f: &Found, spans: &[(usize, usize, Trap)]) -> Option<Trap> {
    let (text, num) = (f.text, f.num);
    let i = spans.partition_point(|s| s.0 <= f.num_start);
    if let Some(&(start, end, trap)) = i.checked_sub(1).map(|i| &spans[i]) {
        // A word begun inside the number's own lead (之一 of 百分之一) is not around it.
        let inside_lead = f.start < start && start < f.num_start;
        if end >= num.end && !inside_lead {
            return Some(trap);
        }
    }
    let before = prev_char(text, f.start);
    let after = next_char(text, num.end);
    let after_spaced = next_char_skipping_spaces(text, num.end);
    let before_spaced = prev_char_skipping_spaces(text, f.start);
    let bare = f.unit.is_empty();

    if before.is_some_and(|c| c.is_ascii_alphabetic())
        || (bare && after.is_some_and(|c| c.is_ascii_alphabetic()))
    {
        return Some(Trap::Code);
    }
    if bare && after.is_some_and(|c| HEADING_AFTER.contains(&c)) {
        let sentence_start = at_line_start(text, f.start)
            || before_spaced.is_some_and(|c| SENTENCE_ENDS.contains(&c));
        let enclosed =
            before.is_some_and(|c| matches!(c, '（' | '(')) && matches!(after, Some('）' | ')'));
        if (sentence_start || enclosed) && !is_year_number(num) {
            return Some(Trap::Heading);
        }
    }
    if bare && num.arabic && num.has_point && is_heading_number(text, f) {
        return Some(Trap::Heading);
    }
    let opens_doc = before.is_some_and(|c| DOC_OPEN.contains(&c))
        && after.is_some_and(|c| DOC_CLOSE.contains(&c));
    let after_doc = before.is_some_and(|c| DOC_CLOSE.contains(&c)) && after == Some('号');
    if (opens_doc && is_year_number(num))
        || after_doc
        || (before_spaced == Some('第') && after == Some('号'))
    {
        return Some(Trap::DocNumber);
    }
    if before_spaced == Some('第') {
        return Some(Trap::Ordinal);
    }
    if bare && after == Some('是') && (num.lone_digit || int_in(num, 1.0, 10.0)) {
        let clause_start = at_line_start(text, f.start)
            || before.is_some_and(|c| {
                matches!(c, '，' | '。' | '；' | '：' | '、' | '其' | ',' | ';' | ':')
            });
        if clause_start {
            return Some(Trap::Ordinal);
        }
    }
    if is_year_number(num) && (f.unit.starts_with('年') || after_spaced == Some('年')) {
        return Some(Trap::Year);
    }
    if bare && after_spaced == Some('月') && int_in(num, 1.0, 12.0) {
        return Some(Trap::Date);
    }
    let day_mark =
        after_spaced == Some('日') || (after_spaced == Some('号') && before_spaced == Some('月'));
    if bare && day_mark && int_in(num, 1.0, 31.0) {
        return Some(Trap::Date);
    }
    if bare && num.arabic && is_year_number(num) && int_in(num, 1949.0, 2100.0) {
        return Some(Trap::Year);
    }
    if bare && num.arabic && num.int_digits >= 7 {
        return Some(Trap::Code);
    }
    if bare && num.arabic && num.has_point && is_version_or_day(text, f.start, num) {
        return Some(Trap::Code);
    }
    // Counts are written with units (五十所); a Chinese digit string that is not a year is a name (五〇所).
    if !num.arabic && num.int_digits >= 2 {
        return Some(Trap::Code);
    }
    None
}
