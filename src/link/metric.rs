//! A metric reduced to what it counts: folded characters, synonyms made canonical,
//! filler words dropped, and its scope and aspect set aside as separate features.

use super::chinese::simplify;
use super::scope::{
    aspect_of, mask_protected, scope_of, Aspect, Scope, CUMULATIVE_WORDS, DECLINE_WORDS,
    GROWTH_WORDS, INCREMENT_WORDS, PROTECTED, SHARE_WORDS,
};
use super::synonyms::{
    ACQUIRE_VERBS, FILLERS, HEAD_NOUNS, LEADING_FILLERS, PLACES, SYNONYMS, TRAILING_FILLERS,
    UNIT_WORDS,
};
use crate::vocab::time::SINGLE_YEAR_WORDS;
use crate::vocab::verbs::{DOING_VERBS, LEVEL_VERBS, REACH_WORDS};
use regex::Regex;
use std::sync::OnceLock;

/// What a metric counts and what kind of figure it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Features {
    /// The metric without filler, scope or aspect words, synonyms canonical.
    pub core: String,
    /// The noun at the end of `core` that names what is counted.
    pub head: String,
    pub scope: Scope,
    pub scope_word: Option<&'static str>,
    /// None when neither the metric nor the figure's own clause says.
    pub aspect: Option<Aspect>,
    pub aspect_word: Option<&'static str>,
}

/// The features of a metric; `quote` supplies the aspect when the metric is silent
/// (a table cell "11.4%" under 同比增长 says nothing, "增长4.8%" does).
pub fn features(metric: &str, quote: &str) -> Features {
    let source = if metric.trim().is_empty() {
        quote
    } else {
        metric
    };
    let text = canonical(&drop_brackets(&simplify(source)));
    let (scope, scope_word) = scope_of(&text);
    let clause = last_clause(&simplify(quote));
    // A share word the metric itself was named with (财政赤字占…比重, folded to 赤字率)
    // says what the metric is, not what kind of figure the clause gives.
    let named = simplify(source);
    let stated = aspect_of(&text).or_else(|| {
        aspect_of(&clause).filter(|&(a, w)| !(a == Aspect::Share && named.contains(w)))
    });
    // "赤字率下降到1.5%": a change word with 到 names the level reached.
    let stated = match stated {
        Some((Aspect::Growth | Aspect::Decline, _)) if reaches_level(&clause) => {
            Some((Aspect::Level, "到"))
        }
        other => other,
    };
    let core = core_of(&text);
    let (aspect, aspect_word) = match stated {
        Some((a, w)) => (Some(a), Some(w)),
        // A rate (失业率, 覆盖率) stated as it stands is a level.
        None if core.ends_with('率') => (Some(Aspect::Level), None),
        None => (None, None),
    };
    Features {
        head: head_of(&core),
        core,
        scope,
        scope_word,
        aspect,
        aspect_word,
    }
}

/// The longest head noun `core` ends with, else its last two characters.
pub fn head_of(core: &str) -> String {
    if let Some(h) = HEAD_NOUNS
        .iter()
        .filter(|h| core.ends_with(*h))
        .max_by_key(|h| h.len())
    {
        return h.to_string();
    }
    let chars: Vec<char> = core.chars().collect();
    chars[chars.len().saturating_sub(2)..].iter().collect()
}

/// Replace every synonym by its canonical form, longest variant first at each position;
/// a second pass folds what the first made ("R&D经费支出" -> "研发经费支出" -> "研发经费").
pub fn canonical(text: &str) -> String {
    let once = canonical_once(text);
    if once == text {
        once
    } else {
        canonical_once(&once)
    }
}

fn canonical_once(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let hit = SYNONYMS
            .iter()
            .filter(|(v, _)| rest.starts_with(v))
            .max_by_key(|(v, _)| v.len());
        match hit {
            Some((v, c)) => {
                out.push_str(c);
                i += v.len();
            }
            None => {
                let c = rest.chars().next().unwrap_or(' ');
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}

/// The metric with scope, aspect and filler words, numbers, punctuation and the
/// leading place name removed.
fn core_of(text: &str) -> String {
    let removable: Vec<&str> = [
        INCREMENT_WORDS,
        CUMULATIVE_WORDS,
        GROWTH_WORDS,
        DECLINE_WORDS,
        SHARE_WORDS,
        FILLERS,
        LEVEL_VERBS,
        DOING_VERBS,
        REACH_WORDS,
    ]
    .concat();
    let kept = remove_words(&drop_figures(text), &removable);
    let kept: String = kept
        .chars()
        .filter(|c| !(c.is_ascii_digit() || c.is_whitespace() || is_punct(*c)))
        .collect();
    let mut core = trim_edges(&kept);
    if let Some(place) = PLACES.iter().find(|p| core.starts_with(*p)) {
        let rest = core[place.len()..].trim_start_matches(['省', '市']);
        if rest.chars().count() >= 2 {
            core = trim_edges(rest);
        }
    }
    // "认定高新技术企业" reports the same additions as "新增高新技术企业": the verb
    // says how a thing was gained, not what is counted.
    if let Some(verb) = ACQUIRE_VERBS.iter().find(|v| core.starts_with(*v)) {
        let rest = &core[verb.len()..];
        if rest.chars().count() >= 2 {
            core = trim_edges(rest);
        }
    }
    core
}

/// Remove every occurrence of `words` (longest first at each position), leaving
/// protected nouns whole.
fn remove_words(text: &str, words: &[&str]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        if let Some(p) = PROTECTED.iter().find(|p| rest.starts_with(*p)) {
            out.push_str(p);
            i += p.len();
            continue;
        }
        match words
            .iter()
            .filter(|w| rest.starts_with(*w))
            .max_by_key(|w| w.len())
        {
            Some(w) => i += w.len(),
            None => {
                let c = rest.chars().next().unwrap_or(' ');
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}

/// Remove every number with its scale and unit (2023年 included).
fn drop_figures(text: &str) -> String {
    static FIGURE: OnceLock<Regex> = OnceLock::new();
    let re = FIGURE.get_or_init(|| {
        let units: Vec<String> = UNIT_WORDS.iter().map(|u| regex::escape(u)).collect();
        Regex::new(&format!(
            r"[0-9][0-9.,]*\s*(?:多|余)?(?:万亿|千万|百万|亿|万|千|百)?(?:{}|年)?",
            units.join("|")
        ))
        .expect("figure pattern")
    });
    re.replace_all(text, "").into_owned()
}

fn trim_edges(s: &str) -> String {
    s.trim_start_matches(|c| LEADING_FILLERS.contains(&c))
        .trim_end_matches(|c| TRAILING_FILLERS.contains(&c))
        .to_string()
}

fn is_punct(c: char) -> bool {
    (c.is_ascii_punctuation() && c != '&')
        || "，。、；：？！“”‘’（）《》〈〉【】〔〕—…·～％\u{00A0}".contains(c)
}

fn drop_brackets(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '（' | '[' | '【' | '〔' => depth += 1,
            ')' | '）' | ']' | '】' | '〕' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether the words right before a clause's last figure name a level reached (in
/// "由每人每年120元提高到200元" the figure is 200, reached).
fn reaches_level(clause: &str) -> bool {
    let number = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    let head = clause
        .rfind(|c: char| c.is_ascii_digit())
        .map_or(clause, |i| clause[..i].trim_end_matches(number));
    // "增加到去年的98亿元": the time the level was reached stands between.
    let head = head.trim_end_matches('的');
    let head = SINGLE_YEAR_WORDS
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(head);
    LEVEL_VERBS
        .iter()
        .any(|w| head.ends_with(w) || head.ends_with(&format!("{w}全国")))
}

/// The last clause of a quote that holds a digit: where the figure itself sits.
fn last_clause(quote: &str) -> String {
    let masked = mask_protected(quote);
    masked
        .split(|c: char| ",，、;；。\n:：".contains(c))
        .rfind(|s| s.chars().any(|c| c.is_ascii_digit()))
        .unwrap_or("")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn core(metric: &str) -> String {
        features(metric, "").core
    }

    #[test]
    fn fillers_years_and_places_drop_out() {
        assert_eq!(core("全年新增孵化器"), "孵化器");
        assert_eq!(core("力争实现专利申请量"), "专利申请");
        assert_eq!(core("上海地区生产总值预计增长"), "生产总值");
        assert_eq!(core("2023年广东地区生产总值"), "生产总值");
        assert_eq!(core("國內生產總值(GDP)成長率"), "生产总值");
        assert_eq!(core("新增在孵企业"), "在孵企业");
        assert_eq!(core("国内生产总值达到99.1万亿元,增长"), "生产总值");
    }

    #[test]
    fn a_level_reached_is_read_at_the_last_figure() {
        let aspect = |m: &str, q: &str| features(m, q).aspect;
        assert_eq!(
            aspect("补助标准", "补助标准由每人每年120元提高到200元"),
            Some(Aspect::Level)
        );
        assert_eq!(
            aspect(
                "中央财政此项支出",
                "财政此项支出从2006年20.5亿元增加到去年的98亿元"
            ),
            Some(Aspect::Level)
        );
        assert_eq!(aspect("补助标准", "补助标准提高20元"), Some(Aspect::Growth));
    }

    #[test]
    fn a_sub_region_is_kept() {
        assert_eq!(core("广州地区生产总值"), "广州生产总值");
    }

    #[test]
    fn protected_nouns_survive() {
        let f = features("规模以上工业增加值", "规模以上工业增加值突破4万亿元");
        assert_eq!(f.core, "规模以上工业增加值");
        assert_eq!(f.aspect, None);
        assert_eq!(f.head, "增加值");
    }

    #[test]
    fn the_quote_gives_the_aspect_when_the_metric_is_silent() {
        let f = features("国内生产总值", "国内生产总值达到99.1万亿元,增长6.1%");
        assert_eq!(f.aspect, Some(Aspect::Growth));
        let f = features("国内生产总值", "国内生产总值达到99.1万亿元");
        assert_eq!(f.aspect, None);
        let f = features("城镇调查失业率", "城镇调查失业率平均为5.1%");
        assert_eq!(f.aspect, Some(Aspect::Level));
    }
}
